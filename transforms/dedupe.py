"""Mark syndicated copies: exact (same canonical URL or body) and near duplicates (MinHash LSH).

The work is spread so that no step gathers all articles on one worker:

1. each article gets a MinHash signature and band keys (plus exact keys: URL, body hash);
2. articles meeting in a band bucket become candidate pairs (star and chain pairs, so a bucket
   costs linear time); buckets carry ranks only (shuffled in a fixed number of groups of
   buckets), and the signatures join the few candidates afterwards to verify them by estimated
   Jaccard similarity;
3. connected components of verified pairs by a fixed number of label-propagation rounds, each
   a CoGroupByKey; the label is the earliest member (published_at, then id);
4. every article whose component label is not itself gets `duplicate_of` = the label's id.

Given a spill folder, the articles themselves never cross a stage boundary: each worker spills
its bundle's articles to a file (`transforms/spill.py`) and sends on their sketches; the marking
stage reads the files back, with the labels and the repeated ids as side inputs.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import posixpath
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics

from schemas import ArticleRecord
from transforms.records import Reject, SplitRejects
from transforms.spill import SpillFile, read_spilled

STAGE = "dedupe"

_WORD = re.compile(r"\w+")
EXACT_KEYS = ("text:", "url:")
# Bucket keys travel to their buckets in this many groups, each entry one string: nearly every
# bucket holds a single article, and a runner that holds a shuffle's input in memory (the local
# runner's launcher) pays per group and per element (100,000 stories of the dedupe benchmark:
# 2,786 -> 2,340 MiB and 222 -> 155 s against a group per band key). At a million articles a
# group holds about 4,000 entries.
BUCKET_GROUPS = 8192
_ENTRY = "\x00"  # between a bucket key and a rank in one entry
_UNDATED = "9999-12-31T23:59:59.999999"  # undated articles come after every dated one


@dataclass(frozen=True)
class DedupeConfig:
    """Near-duplicate parameters (see README, Syndication, for how they were chosen)."""

    shingle_words: int = 3
    num_perm: int = 128
    bands: int = 32  # 32 bands x 4 rows: pairs at Jaccard 0.6 meet in a bucket 98.8% of the time
    threshold: float = 0.6
    seed: int = 1
    rounds: int = 4  # label propagation rounds: components up to this diameter are joined
    max_bucket: int = 1000  # larger buckets are shingles of boilerplate, not syndication

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


class Candidate(NamedTuple):
    """Two articles that met in a bucket; `exact` when the bucket is an exact key."""

    earlier: str
    later: str
    exact: bool


class Sketch(NamedTuple):
    """What dedupe needs of one article: its rank (who is canonical) and its signature."""

    rank: str
    keys: tuple[str, ...]
    signature: np.ndarray


class Spilled(NamedTuple):
    """An article spilled to a file: its sketch, and its place among the records of its id
    (`record_order`, then the file and row it was spilled to)."""

    sketch: Sketch
    order: tuple[str, ...]


def normalise(text: str) -> list[str]:
    """Lower-cased word tokens: what syndicated copies keep when they change punctuation."""
    return _WORD.findall(text.lower())


def shingles(words: list[str], size: int) -> set[bytes]:
    """The set of `size`-word shingles (the whole text when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


# MinHash as datasketch 2 computes it (scheme "affine32"), so signatures, thresholds and the
# measured precision and recall stay exactly what they were (a test compares the two); written
# here because importing datasketch pulls in SciPy, about half a second of every start-up.
_MURMUR_FINALISER = ((16, 0x85EBCA6B), (13, 0xC2B2AE35), (16, None))
_CHUNK = 4096  # shingles hashed at a time: a long text's (shingles x permutations) stays small


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Odd multipliers and offsets of the affine maps h -> a * h + b (mod 2^32)."""
    draw = np.random.RandomState(seed)
    a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    return a, draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)


def _shingle_hashes(items: list[bytes]) -> np.ndarray:
    """The first 4 bytes of each item's SHA-1 (little-endian), then MurmurHash3's finaliser."""
    digests = b"".join(hashlib.sha1(item).digest()[:4] for item in items)
    h = np.frombuffer(digests, dtype="<u4").astype(np.uint32)
    for shift, multiplier in _MURMUR_FINALISER:
        h ^= h >> np.uint32(shift)
        if multiplier is not None:
            h *= np.uint32(multiplier)  # wraps mod 2^32, as intended
    return h


def signature(words: list[str], cfg: DedupeConfig) -> np.ndarray:
    """The MinHash signature of a text's shingles."""
    a, b = _permutations(cfg.num_perm, cfg.seed)
    items = list(shingles(words, cfg.shingle_words))
    minimum = np.full(cfg.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(items), _CHUNK):
        hashed = _shingle_hashes(items[start : start + _CHUNK])
        np.minimum(minimum, (hashed[:, None] * a + b).min(axis=0), out=minimum)
    return minimum


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def rank(article: ArticleRecord) -> str:
    """Order of precedence as a sortable string: earliest `published_at` first, then id."""
    when = article.published_at
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") if when else _UNDATED
    return f"{stamp}|{article.id}"


def id_of(rank_key: str) -> str:
    """The article id inside a rank key."""
    return rank_key.rsplit("|", 1)[1]


def sketch(article: ArticleRecord, cfg: DedupeConfig) -> Sketch:
    """Band keys, exact keys and signature of an article."""
    words = normalise(article.text)
    sig = signature(words, cfg)
    keys = [
        f"b{band}:"
        + hashlib.blake2b(
            sig[band * cfg.rows : (band + 1) * cfg.rows].tobytes(), digest_size=8
        ).hexdigest()
        for band in range(cfg.bands)
    ]
    keys.append("text:" + hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest())
    if article.url:
        keys.append("url:" + article.url)
    return Sketch(rank(article), tuple(keys), sig)


def candidate_pairs(key: str, ranks: Iterable[str], cfg: DedupeConfig) -> Iterator[Candidate]:
    """Candidate pairs from one bucket: each member with the earliest and with its predecessor.

    Comparing every pair would cost quadratic time in a big bucket; the star and chain keep it
    linear, and the connected components join the rest.
    """
    ordered = sorted(set(ranks))[: cfg.max_bucket]
    exact = key.startswith(EXACT_KEYS)
    for i in range(1, len(ordered)):
        for other in {0, i - 1}:
            yield Candidate(ordered[other], ordered[i], exact)


def bucket_entries(found: Sketch) -> Iterator[tuple[int, str]]:
    """(group, "key\\x00rank") for each of an article's bucket keys."""
    for key in found.keys:
        yield zlib.crc32(key.encode("utf-8")) % BUCKET_GROUPS, f"{key}{_ENTRY}{found.rank}"


def group_candidates(entries: Iterable[str], cfg: DedupeConfig) -> Iterator[Candidate]:
    """The candidate pairs of every bucket in one group of entries."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        key, rank_key = entry.rsplit(_ENTRY, 1)  # a rank never holds it
        buckets[key].append(rank_key)
    for key, ranks in buckets.items():
        yield from candidate_pairs(key, ranks, cfg)


def verified(candidate: Candidate, a: np.ndarray, b: np.ndarray, cfg: DedupeConfig) -> bool:
    """Whether a candidate pair is a duplicate: exact key shared, or similar enough."""
    return candidate.exact or similarity(a, b) >= cfg.threshold


def _propagate(element: tuple[str, dict]) -> Iterator[tuple[str, str]]:
    node, grouped = element
    label = min(grouped["label"], default=node)
    yield node, label
    for neighbour in grouped["edges"]:
        yield neighbour, label


def _first_signature(
    element: tuple[str, dict],
) -> Iterator[tuple[str, tuple[Candidate, np.ndarray]]]:
    _, grouped = element
    for signature_a in grouped["signature"]:
        for candidate in grouped["candidate"]:
            yield candidate.later, (candidate, signature_a)


class _SketchFn(beam.DoFn):
    def __init__(self, cfg: DedupeConfig):
        self._cfg = cfg
        self._articles = Metrics.counter("newsbeam.dedupe", "articles")

    def process(self, article: ArticleRecord) -> Iterator[Sketch]:
        self._articles.inc()
        yield sketch(article, self._cfg)


class _VerifyFn(beam.DoFn):
    def __init__(self, cfg: DedupeConfig):
        self._cfg = cfg
        self._pairs = Metrics.counter("newsbeam.dedupe", "verified_pairs")

    def process(self, element: tuple[str, dict]) -> Iterator[tuple[str, str]]:
        _, grouped = element
        for signature_b in grouped["signature"]:
            for candidate, signature_a in grouped["pending"]:
                if verified(candidate, signature_a, signature_b, self._cfg):
                    self._pairs.inc()
                    yield candidate.earlier, candidate.later


def record_order(article: ArticleRecord) -> tuple[str, str, str]:
    """Which record of a repeated id is kept: the first by source, URL and ingestion time."""
    when = article.ingested_at
    ingested = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") if when else ""
    return article.source, article.url or "", ingested


def one_per_id(
    articles: Iterable[ArticleRecord], known_ids: frozenset[str]
) -> Iterator[ArticleRecord | Reject]:
    """The one article of an id, and a reject for each repeat of the same record.

    An id is an input record's identity: the same record ingested twice (a feed listing a link
    twice, the same file given twice, an --append of files already in the output) gives one
    row, and the repeats are accounted for as rejects.
    """
    for number, article in enumerate(sorted(articles, key=record_order)):
        yield _repeat(article, known_ids, first=number == 0)


def _repeat(
    article: ArticleRecord, known_ids: frozenset[str], first: bool
) -> ArticleRecord | Reject:
    """The article, or the reject of a repeat (of a row in the output, or of a record before)."""
    if article.id in known_ids:
        return Reject(article.source, article.url, STAGE, "repeat: already in the output")
    if not first:
        return Reject(article.source, article.url, STAGE, "repeat: same record twice in input")
    return article


class _Marker:
    """Sets `duplicate_of` from an article's component label, and counts the copies."""

    def __init__(self) -> None:
        self._duplicates = Metrics.counter("newsbeam.dedupe", "duplicates")

    def mark(self, article: ArticleRecord, label: str | None) -> ArticleRecord:
        if label is None or id_of(label) == article.id:
            return article
        self._duplicates.inc()
        return article._replace(duplicate_of=id_of(label))


class MarkFn(beam.DoFn):
    """Set `duplicate_of` from the lowest rank among an article's labels (the stream);
    repeats of one record become rejects.
    """

    def __init__(self, known_ids: frozenset[str] = frozenset()) -> None:
        self._known_ids = known_ids

    def setup(self) -> None:
        self._marker = _Marker()

    def process(self, element: tuple[str, dict]) -> Iterator[ArticleRecord | Reject]:
        _, grouped = element
        canonical = min(grouped["label"], default=None)
        for article in one_per_id(grouped["article"], self._known_ids):
            yield (
                self._marker.mark(article, canonical)
                if isinstance(article, ArticleRecord)
                else article
            )


class _SpillFn(beam.DoFn):
    """Spill each bundle's articles to a file of `folder`; pass on the file's path, and each
    article's sketch and order (`Spilled`).

    The path goes out with the bundle's first article, not when the bundle ends: Beam's Dask
    runner drops what `finish_bundle` emits. Only a stage after the side inputs reads the
    files, and a bundle's outputs count only once it has finished (closed its file).
    """

    def __init__(self, folder: str, cfg: DedupeConfig):
        self._folder, self._cfg = folder, cfg
        self._articles = Metrics.counter("newsbeam.dedupe", "articles")

    def start_bundle(self) -> None:
        self._file: SpillFile | None = None

    def process(self, article: ArticleRecord) -> Iterator[Spilled | str]:
        self._articles.inc()
        if self._file is None:
            self._file = SpillFile(self._folder)
            yield self._file.path
        row = self._file.add(article)
        place = (posixpath.basename(self._file.path), f"{row:012d}")
        yield Spilled(sketch(article, self._cfg), (*record_order(article), *place))

    def finish_bundle(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None  # a DoFn may be pickled again after a bundle (Dask caches it)


class _RestoreFn(beam.DoFn):
    """Read a spill file back: each article marked, or the reject of a repeat of its id."""

    def __init__(self, known_ids: frozenset[str]) -> None:
        self._known_ids = known_ids

    def setup(self) -> None:
        self._marker = _Marker()

    def process(
        self, path: str, label_of: dict[str, str], first_of: dict[str, tuple[str, ...]]
    ) -> Iterator[ArticleRecord | Reject]:
        name = posixpath.basename(path)
        for row, article in enumerate(read_spilled(path)):
            order = (*record_order(article), name, f"{row:012d}")
            first = first_of.get(article.id, order) == order
            kept = _repeat(article, self._known_ids, first)
            yield self._marker.mark(kept, label_of.get(kept.id)) if kept is article else kept


def _count_and_first(values: Iterable[tuple[int, tuple[str, ...]]]) -> tuple[int, tuple[str, ...]]:
    """Records of one id: how many, and the order of the first (a combiner: its output is
    shaped like its input)."""
    values = list(values)
    return sum(count for count, _ in values), min(order for _, order in values)


class MarkDuplicates(beam.PTransform):
    """Fill `duplicate_of` of every article that copies an earlier one.

    Returns {"ok": articles, "rejected": repeats of a record (one row per id)}.

    With `spill_to`, the articles are spilled to files there (removed by whoever commits the
    run) and read back to be marked, so they never cross a stage boundary. Without it they
    reach the marking step as they are: for runners that recompute a side input's whole
    upstream (Beam's Dask runner does), where a spill would be written twice under other
    names.
    """

    def __init__(
        self,
        cfg: DedupeConfig,
        known_ids: frozenset[str] = frozenset(),
        spill_to: str | None = None,
    ):
        super().__init__()
        self._cfg, self._known_ids, self._spill_to = cfg, known_ids, spill_to

    def expand(self, articles: beam.PCollection) -> dict[str, beam.PCollection]:
        if self._spill_to is None:
            sketches = articles | "Sketch" >> beam.ParDo(_SketchFn(self._cfg))
            return self._mark_in_memory(articles, self._labels(sketches))
        spilled = articles | "Spill" >> beam.ParDo(_SpillFn(self._spill_to, self._cfg))
        files = spilled | "SpillFiles" >> beam.Filter(lambda s: isinstance(s, str))
        kept = spilled | "Sketches" >> beam.Filter(lambda s: isinstance(s, Spilled))
        labels = self._labels(kept | "Sketch" >> beam.Map(lambda s: s.sketch))
        first_of = beam.pvalue.AsDict(
            kept
            | "Orders" >> beam.Map(lambda s: (id_of(s.sketch.rank), (1, s.order)))
            | "CountIds" >> beam.CombinePerKey(_count_and_first)
            | "Repeated" >> beam.Filter(lambda id_first: id_first[1][0] > 1)
            | "FirstOfId" >> beam.MapTuple(lambda id_, first: (id_, first[1]))
        )
        return (
            files
            | "Restore" >> beam.ParDo(_RestoreFn(self._known_ids), labels, first_of)
            | "SplitRejects" >> SplitRejects()
        )

    def _labels(self, sketches: beam.PCollection) -> beam.pvalue.AsDict:
        """Each copied or copying article's component label (id -> lowest rank), a side input."""
        cfg = self._cfg
        signatures = sketches | "SignatureByRank" >> beam.Map(lambda s: (s.rank, s.signature))
        # Buckets carry ranks only: signatures join the few candidate pairs afterwards.
        candidates = (
            sketches
            | "BucketKeys" >> beam.FlatMap(bucket_entries)
            | "GroupBuckets" >> beam.GroupByKey()
            | "Candidates" >> beam.FlatMapTuple(lambda _, entries: group_candidates(entries, cfg))
            | "PairKey" >> beam.Map(lambda c: ((c.earlier, c.later), c.exact))
            | "DistinctPairs" >> beam.CombinePerKey(any)
            | "ByEarlier" >> beam.MapTuple(lambda pair, exact: (pair[0], Candidate(*pair, exact)))
        )
        pending = (
            {"candidate": candidates, "signature": signatures}
            | "JoinEarlier" >> beam.CoGroupByKey()
            | "CarrySignature" >> beam.FlatMap(_first_signature)
        )
        edges = (
            {"pending": pending, "signature": signatures}
            | "JoinLater" >> beam.CoGroupByKey()
            | "Verify" >> beam.ParDo(_VerifyFn(cfg))
        )
        # Connected components: labels travel along edges both ways, the lowest rank wins.
        links = edges | "BothWays" >> beam.FlatMap(lambda e: [e, (e[1], e[0])])
        labels = edges | "Seed" >> beam.FlatMap(lambda e: [(e[0], e[0]), (e[1], e[1])])
        for round_ in range(cfg.rounds):
            labels = (
                {"label": labels, "edges": links}
                | f"Join{round_}" >> beam.CoGroupByKey()
                | f"Spread{round_}" >> beam.FlatMap(_propagate)
                | f"Lowest{round_}" >> beam.CombinePerKey(min)
            )
        return beam.pvalue.AsDict(
            labels
            | "LabelById" >> beam.MapTuple(lambda rank, label: (id_of(rank), label))
            | "LowestLabel" >> beam.CombinePerKey(min)
        )

    def _mark_in_memory(
        self, articles: beam.PCollection, label_of: beam.pvalue.AsDict
    ) -> dict[str, beam.PCollection]:
        # Articles are not shuffled: only the records of a repeated id are grouped.
        repeated = beam.pvalue.AsDict(
            articles
            | "Ids" >> beam.Map(lambda a: (a.id, 1))
            | "CountIds" >> beam.CombinePerKey(sum)
            | "Repeated" >> beam.Filter(lambda id_count: id_count[1] > 1)
        )
        once = (
            articles
            | "Once" >> beam.Filter(lambda a, repeated: a.id not in repeated, repeated)
            | "OnceById" >> beam.Map(lambda a: (a.id, [a]))
        )
        twice = (
            articles
            | "Twice" >> beam.Filter(lambda a, repeated: a.id in repeated, repeated)
            | "TwiceById" >> beam.Map(lambda a: (a.id, a))
            | "GroupTwice" >> beam.GroupByKey()
        )
        return (
            (once, twice)
            | "AllIds" >> beam.Flatten()
            | "WithLabel" >> beam.Map(_with_label, label_of)
            | "Mark" >> beam.ParDo(MarkFn(self._known_ids))
            | "SplitRejects" >> SplitRejects()
        )


def _with_label(
    element: tuple[str, Iterable[ArticleRecord]], label_of: dict[str, str]
) -> tuple[str, dict]:
    """The records of one id and its component label, as `MarkFn` takes them."""
    id_, articles = element
    return id_, {"article": articles, "label": [label_of[id_]] if id_ in label_of else []}
