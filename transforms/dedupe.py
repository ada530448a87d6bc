"""Mark syndicated copies: exact (same canonical URL or body) and near duplicates (MinHash LSH).

The work is spread so that no step gathers all articles on one worker:

1. each article gets a MinHash signature and band keys (plus exact keys: URL, body hash);
2. articles meeting in a band bucket become candidate pairs (star pairs, so a bucket costs
   linear time), verified by estimated Jaccard similarity;
3. connected components of verified pairs by a fixed number of label-propagation rounds, each
   a CoGroupByKey; the label is the earliest member (published_at, then id);
4. every article whose component label is not itself gets `duplicate_of` = the label's id.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from datasketch import MinHash

from schemas import ArticleRecord

_WORD = re.compile(r"\w+")
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


class Sketch(NamedTuple):
    """What dedupe needs of one article: its rank (who is canonical) and its signature."""

    rank: str
    keys: tuple[str, ...]
    signature: np.ndarray


def normalise(text: str) -> list[str]:
    """Lower-cased word tokens: what syndicated copies keep when they change punctuation."""
    return _WORD.findall(text.lower())


def shingles(words: list[str], size: int) -> set[bytes]:
    """The set of `size`-word shingles (the whole text when it is shorter)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@functools.lru_cache(maxsize=4)
def _template(num_perm: int, seed: int) -> MinHash:
    # Drawing the permutations is most of a MinHash's set-up; draw them once per process.
    return MinHash(num_perm=num_perm, seed=seed)


def signature(words: list[str], cfg: DedupeConfig) -> np.ndarray:
    """The MinHash signature of a text's shingles."""
    template = _template(cfg.num_perm, cfg.seed)
    sketch = MinHash(
        num_perm=cfg.num_perm,
        seed=cfg.seed,
        permutations=template.permutations,
        scheme=template.scheme,
    )
    sketch.update_batch(list(shingles(words, cfg.shingle_words)))
    return sketch.hashvalues


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def rank(article: ArticleRecord) -> str:
    """Order of precedence as a sortable string: earliest `published_at` first, then id."""
    when = article.published_at
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") if when else _UNDATED
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


def candidate_pairs(
    key: str, members: Iterable[Sketch], cfg: DedupeConfig
) -> Iterator[tuple[tuple, tuple]]:
    """Verified pairs (earlier rank, later rank) from one bucket.

    Each member is compared with the bucket's earliest member and its predecessor, not with
    all others, so a bucket costs linear time; the components join the rest.
    """
    ordered = sorted(members, key=lambda s: s.rank)[: cfg.max_bucket]
    exact = key.startswith(("text:", "url:"))
    for i in range(1, len(ordered)):
        for other in {0, i - 1}:
            a, b = ordered[other], ordered[i]
            if exact or similarity(a.signature, b.signature) >= cfg.threshold:
                yield a.rank, b.rank


def _propagate(element: tuple[str, dict]) -> Iterator[tuple[str, str]]:
    node, grouped = element
    label = min(grouped["label"], default=node)
    yield node, label
    for neighbour in grouped["edges"]:
        yield neighbour, label


class _SketchFn(beam.DoFn):
    def __init__(self, cfg: DedupeConfig):
        self._cfg = cfg

    def process(self, article: ArticleRecord) -> Iterator[tuple[str, Sketch]]:
        s = sketch(article, self._cfg)
        for key in s.keys:
            yield key, s


class _PairsFn(beam.DoFn):
    def __init__(self, cfg: DedupeConfig):
        self._cfg = cfg
        self._pairs = Metrics.counter("newsbeam.dedupe", "verified_pairs")

    def process(self, bucket: tuple[str, Iterable[Sketch]]) -> Iterator[tuple[str, str]]:
        for pair in candidate_pairs(bucket[0], bucket[1], self._cfg):
            self._pairs.inc()
            yield pair


class _MarkFn(beam.DoFn):
    def __init__(self) -> None:
        self._duplicates = Metrics.counter("newsbeam.dedupe", "duplicates")

    def process(self, element: tuple[str, dict]) -> Iterator[ArticleRecord]:
        _, grouped = element
        canonical = min(grouped["label"], default=None)
        for article in grouped["article"]:
            if canonical is not None and id_of(canonical) != article.id:
                self._duplicates.inc()
                article = article._replace(duplicate_of=id_of(canonical))
            yield article


class MarkDuplicates(beam.PTransform):
    """Fill `duplicate_of` of every article that copies an earlier one."""

    def __init__(self, cfg: DedupeConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, articles: beam.PCollection) -> beam.PCollection:
        edges = (
            articles
            | "Sketch" >> beam.ParDo(_SketchFn(self._cfg))
            | "GroupBuckets" >> beam.GroupByKey()
            | "VerifyPairs" >> beam.ParDo(_PairsFn(self._cfg))
            | "DistinctPairs" >> beam.Distinct()
        )
        # Both directions: a label travels along an edge either way.
        links = edges | "BothWays" >> beam.FlatMap(lambda e: [e, (e[1], e[0])])
        labels = edges | "Seed" >> beam.FlatMap(lambda e: [(e[0], e[0]), (e[1], e[1])])
        for round_ in range(self._cfg.rounds):
            labels = (
                {"label": labels, "edges": links}
                | f"Join{round_}" >> beam.CoGroupByKey()
                | f"Spread{round_}" >> beam.FlatMap(_propagate)
                | f"Lowest{round_}" >> beam.CombinePerKey(min)
            )
        return (
            {
                "article": articles | "ById" >> beam.Map(lambda a: (a.id, a)),
                "label": labels | "LabelById" >> beam.Map(lambda kv: (id_of(kv[0]), kv[1])),
            }
            | "JoinLabels" >> beam.CoGroupByKey()
            | "Mark" >> beam.ParDo(_MarkFn())
        )
