"""Score each line of an article as boilerplate or body with a small learned model.

Shallow features of the kind boilerpipe and jusText use (length, sentence-final punctuation,
capitalisation, stop-word density, digits, links and handles, position, repetition) plus the
multilingual cues of `transforms/cues.py` as features, not verdicts. Two passes of boosted
trees: the first scores each line alone, the second adds its neighbours' scores, because a comment thread
or a menu is a run of lines, not one line.

The weights are plain arrays (`transforms/data/boilerplate.npz`), trained on the dev split of
the extraction benchmarks by `training/train_boilerplate.py`; inference is numpy, no pickle.
Two models ship: `text` for plain-text articles and page dumps, `html` for the lines
trafilatura leaves in its output.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import numpy as np

from transforms import cues

# Short function words of the languages most news is written in; prose is dense with them,
# menus, credits and tag lists are not. Written for newsbeam, from general knowledge.
STOPWORDS = frozenset(
    """
    the a an and or of to in on at for with from by is are was were be been has have had it its
    this that these those as but not he she they we you his her their our will would said says
    der die das und oder ein eine einer eines dem den des ist sind war waren wird wurde hat haben
    mit von zu im am auf für nicht sich auch es er sie wir bei nach aus wie dass als noch
    le la les un une des du de et ou est sont était été a ont dans sur pour par avec pas que qui
    il elle ils nous vous ce cette ces son sa ses au aux se plus mais
    el los las unos unas y o es son era fue ha han en con por para que se su sus del al lo como
    más pero no una uno
    il lo gli i una è sono era ha hanno di da con per che si non della del nel alla
    o os as um uma é são foi tem em com por para que se não do da dos das no na mais
    het een van en is zijn was op voor met niet dat die deze
    """.split()
)
_TOKEN = re.compile(r"\w+")
HEAD = 300
_SENTENCE_END = re.compile(r"[.!?…]['’\"”»)\]]*$")
_TAIL = 24  # characters of a line's end that can hold its final stop and closing marks
_INNER_SENTENCE = re.compile(r"\w[.!?]['’\"”»]?\s+['‘\"“«]?[A-ZÀ-Þ]")
# Menu separators, counted per code point (`_character_counts`).
_SEPARATOR_CODES = np.array([ord(c) for c in "|•·»›/"], dtype=np.uint32)
_BULLET = re.compile(r"^\s*(?:[-*•▪►▸·]|\d{1,3}[.)])\s")
_YEAR_OR_TIME = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.h]\d\d\b")
_WORD_BINS = (1, 3, 7, 15, 30)

BASE_FEATURES = (
    "log_chars", "log_words",
    *(f"words_le_{n}" for n in _WORD_BINS), "words_gt_30",
    "ends_sentence", "ends_colon", "ends_comma", "inner_sentence", "question",
    "title_case", "upper", "all_caps", "digits", "letters", "stopwords", "word_length",
    "links", "separators", "bullet", "year_or_time", "copyright",
    "repeated",
    "cue_byline", "cue_dateline", "cue_caption", "cue_promo", "cue_share", "cue_follow",
    "cue_trailer", "cue_credit", "cue_comments", "cue_comment_author", "cue_bio",
    "cue_editor_note", "position", "from_start", "to_end", "chars_before",
    "prose", "in_main", "main_distance", "prose_nearby",
)  # fmt: skip
LEXICAL_FEATURES = ("words_mean", "words_min", "words_max", "words_known")
CONTEXT_FEATURES = (
    "prev", "next", "prev2", "next2", "window", "document", "window_wide",
    "best_before", "best_after", "sandwich", "body_above", "body_below", "inside_body",
    "body_share_before", "body_share",
)  # fmt: skip
# A first-pass score under this is a line the model is sure is body; the span from the first
# such line to the last is where the article runs, and a line's place to it is a feature.
CONFIDENT_BODY = 0.2
_FAR = 999  # lines to the nearest sure body line when there is none on that side
_NEAR = 5  # lines looked at on each side for the best body score


def line_tokens(lines: list[str]) -> list[list[str]]:
    """Each line's lower-cased word tokens (of its first HEAD characters), for both feature sets."""
    return [_TOKEN.findall(line[:HEAD].lower()) for line in lines]


def line_features(lines: list[str], tokens: list[list[str]] | None = None) -> np.ndarray:
    """One row of BASE_FEATURES per line (lines stripped, none empty)."""
    tokens = tokens if tokens is not None else line_tokens(lines)
    n = len(lines)
    seen = Counter(lines)
    sizes = [len(line) for line in lines]
    total = max(1, sum(sizes))
    rows = np.zeros((n, len(BASE_FEATURES)), dtype=np.float64)
    table: list[list[float | bool]] = []
    # Past a few hundred characters a line is prose; its head tells its make-up as well.
    heads = [line[:HEAD] for line in lines]
    # Python ints: arithmetic on numpy scalars costs several times more per operation.
    counts = _character_counts(heads).tolist()
    for (full, line, words_lower), (digits, upper, capitalised, separators, handles) in zip(
        zip(lines, heads, tokens, strict=True), counts, strict=True
    ):
        words = line.split()
        count = max(1, len(words))
        token_chars = sum(map(len, words_lower))
        letters = max(0, token_chars - digits)
        row = [
            math.log1p(len(full)),
            math.log1p(full.count(" ") + 1),
            *(float(len(words) <= b) for b in _WORD_BINS),
            float(len(words) > 30),
            ends_sentence(full),
            float(full.endswith(":")),
            float(full.endswith((",", ";", "-", "–"))),
            _INNER_SENTENCE.search(line) is not None,
            float(full.rstrip("'’\"”»)").endswith("?")),
            capitalised / count,
            upper / max(1, letters),
            float(letters > 3 and upper == letters),
            digits / max(1, len(line)),
            letters / max(1, len(line)),
            sum(map(STOPWORDS.__contains__, words_lower)) / max(1, len(words_lower)),
            min(12.0, token_chars / max(1, len(words_lower))),
            (handles + line.count("http") + line.count("www.")) / count,
            min(5, separators + line.count(" - ") + line.count(" – ")) / 5,
            _BULLET.match(line) is not None,
            digits > 2 and _YEAR_OR_TIME.search(line) is not None,  # a match has 3 digits
            float("©" in line or "(c)" in line.lower()),
            float(seen[full] > 1),
        ]
        # Cues are short lines (a bio may run long, and its pattern is anchored).
        short = len(full) <= 160
        row += [
            short and cues.BYLINE.match(line) is not None,
            len(full) < 80 and cues.DATE_PREFIX.match(line) is not None,
            short and cues.CAPTION.search(line) is not None,
            short and cues.PROMO.match(line) is not None,
            short and bool(cues.INTERFACE.match(line) or cues.SHARE.match(line)),
            short and bool(cues.FOLLOW.match(line) or cues.ADVERTISEMENT.match(line)),
            short and cues.TRAILER.search(line) is not None,
            short and bool(cues.CREDIT.match(line) or cues.TAGS.match(line)),
            short and cues.COMMENTS_HEADER.match(line) is not None,
            short and bool(cues.COMMENT_AUTHOR.match(line) or cues.COMMENT_MARKER.match(line)),
            bool(cues.BIO.match(line) or cues.BIO_FOLLOW.match(line)),
            cues.EDITOR_NOTE.match(line) is not None,
        ]
        table.append(row)
    rows[:, : len(table[0])] = table
    positions = np.arange(n)
    at = BASE_FEATURES.index("position")
    rows[:, at] = positions / max(1, n - 1)
    rows[:, at + 1] = np.log1p(positions)
    rows[:, at + 2] = np.log1p(n - 1 - positions)
    rows[:, at + 3] = (np.cumsum(sizes) - sizes) / total
    prose = np.array([reads_like_prose(line) for line in lines], dtype=np.float64)
    start, end = main_block(lines, prose)
    rows[:, -4] = prose
    rows[:, -3] = (positions >= start) & (positions < end)
    rows[:, -2] = np.log1p(np.maximum(start - positions, positions - end + 1).clip(min=0))
    rows[:, -1] = _window_mean(prose, 5)
    return rows


def _character_counts(heads: list[str]) -> np.ndarray:
    """Per line: digits, capitals, capitalised words, menu separators, @ and # marks.

    Counted over the code points of all lines at once with numpy, not per line in Python.
    """
    codes = np.frombuffer("\n".join(heads).encode("utf-32-le"), dtype=np.uint32)
    starts = np.cumsum([0, *(len(h) + 1 for h in heads[:-1])])
    upper = (
        ((codes >= 65) & (codes <= 90))
        | ((codes >= 0xC0) & (codes <= 0xDE) & (codes != 0xD7))
        | ((codes >= 0x391) & (codes <= 0x3A9))
        | ((codes >= 0x410) & (codes <= 0x42F))
    )
    after_space = np.concatenate([[True], (codes[:-1] == 32) | (codes[:-1] == 10)])
    columns = [
        (codes >= 48) & (codes <= 57),
        upper,
        upper & after_space,
        np.isin(codes, _SEPARATOR_CODES),
        (codes == 64) | (codes == 35),
    ]
    return np.add.reduceat(np.column_stack(columns).astype(np.int64), starts, axis=0)


def main_block(lines: list[str], prose: np.ndarray) -> tuple[int, int]:
    """The run of lines richest in prose (most prose words net of other words), [start, end).

    Body text is one dense stretch of sentences; menus, teasers and footers around it are
    short lines. The maximum-sum segment, as in Finn's body text extraction.
    """
    values = [
        len(line.split()) if is_prose else -0.5 * len(line.split()) - 2
        for line, is_prose in zip(lines, prose, strict=True)
    ]
    best, best_span, total, start = 0.0, (0, 0), 0.0, 0
    for i, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def lexical_features(tokens: list[list[str]], lexicon: dict[str, float]) -> np.ndarray:
    """One row of LEXICAL_FEATURES per line: its words' boilerplate log-odds.

    The lexicon holds words seen on many dev sites ("privacy", "newsletter", "anmelden"), each
    with how much more often it stands in boilerplate than in body lines.
    """
    rows = np.zeros((len(tokens), len(LEXICAL_FEATURES)))
    for i, words in enumerate(tokens):
        odds = [lexicon[t] for t in words if t in lexicon]
        if odds:
            rows[i] = (
                sum(odds) / len(odds),
                min(odds),
                max(odds),
                len(odds) / max(1, len(words)),
            )
    return rows


def context_features(scores: np.ndarray) -> np.ndarray:
    """One row of CONTEXT_FEATURES per line: the first pass's scores around it.

    Besides the near neighbours, where the line stands to the lines the model is sure are body:
    a subheading or a list inside the article has body on both sides, a menu or a list of
    related headlines has it on one side only, or far away.
    """
    n = len(scores)
    if n == 0:
        return np.zeros((0, len(CONTEXT_FEATURES)))
    padded = np.concatenate([[0.5, 0.5], scores, [0.5, 0.5]])
    confident = scores < CONFIDENT_BODY
    above, below = _distances(confident)
    sure_so_far = np.concatenate([[0], np.cumsum(confident)])[:-1]
    fenced = np.concatenate([np.ones(_NEAR), scores, np.ones(_NEAR)])
    windows = np.lib.stride_tricks.sliding_window_view(fenced, _NEAR)
    best_before, best_after = windows[:n].min(axis=1), windows[_NEAR + 1 :].min(axis=1)
    return np.column_stack(
        [
            padded[1 : n + 1],
            padded[3 : n + 3],
            padded[0:n],
            padded[4 : n + 4],
            _window_mean(scores, 3),
            np.full(n, scores.mean()),
            _window_mean(scores, 8),
            best_before,
            best_after,
            np.maximum(best_before, best_after),
            np.log1p(above),
            np.log1p(below),
            (above < _FAR) & (below < _FAR),
            sure_so_far / max(1, confident.sum()),
            np.full(n, confident.mean()),
        ]
    )


def body_span(scores: np.ndarray) -> np.ndarray:
    """Whether each line lies between the first and the last line the model is sure is body."""
    confident = np.flatnonzero(scores < CONFIDENT_BODY)
    positions = np.arange(len(scores))
    if not len(confident):
        return np.zeros(len(scores), dtype=bool)
    return (positions >= confident[0]) & (positions <= confident[-1])


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Each position's mean of `values` within `radius` on either side (cut at the ends)."""
    n = len(values)
    cumulative = np.concatenate([[0.0], np.cumsum(values)])
    low = np.clip(np.arange(n) - radius, 0, n)
    high = np.clip(np.arange(n) + radius + 1, 0, n)
    return (cumulative[high] - cumulative[low]) / (high - low)


def _distances(marked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lines from each line up to the nearest marked line before it, and down to the next."""
    n = len(marked)
    positions = np.arange(n)
    last = np.maximum.accumulate(np.where(marked, positions, -1))
    before = np.concatenate([[-1], last[:-1]])
    following = np.minimum.accumulate(np.where(marked, positions, n)[::-1])[::-1]
    after = np.concatenate([following[1:], [n]])
    above = np.where(before >= 0, positions - before, _FAR)
    below = np.where(after < n, after - positions, _FAR)
    return above, below


@dataclass(frozen=True)
class Trees:
    """A boosted tree ensemble as flat arrays (trees x nodes); leaves point to themselves."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    bias: float
    depth: int

    @functools.cached_property
    def _flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        # Flat node indices (tree offset + node) and np.take: a third of the cost of 2-D
        # indexing. `children` interleaves each node's left and right child.
        trees, width = self.feature.shape
        offsets = np.repeat(np.arange(trees) * width, width)
        children = np.column_stack([self.left.ravel() + offsets, self.right.ravel() + offsets])
        roots = (np.arange(trees) * width)[:, None]
        return (
            self.feature.ravel(),
            self.threshold.ravel(),
            children.ravel(),
            self.value.ravel(),
            roots,
        )

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Sum of the trees' leaf values for each row of `x`, plus the bias."""
        feature, threshold, children, value, roots = self._flat
        cells = (np.arange(x.shape[0]) * x.shape[1])[None, :]
        values = x.ravel()
        node = np.broadcast_to(roots, (len(roots), x.shape[0]))
        for _ in range(self.depth):
            right = values.take(cells + feature.take(node)) > threshold.take(node)
            node = children.take(2 * node + right)
        return value.take(node).sum(axis=0) + self.bias

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The ensemble as named arrays, for `np.savez`."""
        return {
            f"{prefix}_{name}": getattr(self, name)
            for name in ("feature", "threshold", "left", "right", "value")
        } | {f"{prefix}_shape": np.array([self.bias, self.depth])}

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray], prefix: str) -> Trees:
        """Read an ensemble written by `to_arrays`."""
        bias, depth = data[f"{prefix}_shape"]
        return cls(
            *(
                data[f"{prefix}_{name}"]
                for name in ("feature", "threshold", "left", "right", "value")
            ),
            bias=float(bias),
            depth=int(depth),
        )


@dataclass(frozen=True)
class LineModel:
    """Two boosted-tree passes and the decision thresholds.

    `thresholds[prose][inside]` is the score from which a line is boilerplate, by whether it
    reads like prose and whether it lies inside the span of sure body lines: the trees' scores
    are not equally trustworthy in each group, and a prose line needs the most certainty (text
    loss is worse than leftover junk).
    """

    first: Trees
    second: Trees
    lexicon: dict[str, float]
    thresholds: tuple[tuple[float, float], tuple[float, float]]

    def scores(self, lines: list[str]) -> np.ndarray:
        """The probability that each line is boilerplate."""
        if not lines:
            return np.zeros(0)
        tokens = line_tokens(lines)
        base = np.hstack([line_features(lines, tokens), lexical_features(tokens, self.lexicon)])
        first = _sigmoid(self.first.logits(base))
        return _sigmoid(self.second.logits(np.hstack([base, context_features(first)])))

    def bars(self, lines: list[str], scores: np.ndarray) -> np.ndarray:
        """The threshold each line's score is held to, by its group."""
        bars = np.asarray(self.thresholds)
        prose = np.array([reads_like_prose(line) for line in lines], dtype=int)
        return bars[prose, body_span(scores).astype(int)]

    def is_boilerplate(self, lines: list[str]) -> np.ndarray:
        """Whether each line is boilerplate, by its score and its group's threshold."""
        scores = self.scores(lines)
        return scores >= self.bars(lines, scores)

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The model as named arrays, for `np.savez`."""
        meta = {
            "thresholds": [list(row) for row in self.thresholds],
            "features": [*BASE_FEATURES, *LEXICAL_FEATURES, *CONTEXT_FEATURES],
            "lexicon": sorted(self.lexicon.items()),
        }
        return (
            self.first.to_arrays(f"{prefix}_first")
            | self.second.to_arrays(f"{prefix}_second")
            | {f"{prefix}_meta": np.array(json.dumps(meta))}
        )

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray], prefix: str) -> LineModel:
        """Read a model written by `to_arrays`; refuse one trained on other features."""
        meta = json.loads(str(data[f"{prefix}_meta"]))
        if meta["features"] != [*BASE_FEATURES, *LEXICAL_FEATURES, *CONTEXT_FEATURES]:
            raise ValueError(f"boilerplate model {prefix!r} was trained on other features")
        plain, prose = meta["thresholds"]
        return cls(
            first=Trees.from_arrays(data, f"{prefix}_first"),
            second=Trees.from_arrays(data, f"{prefix}_second"),
            lexicon={word: float(odds) for word, odds in meta["lexicon"]},
            thresholds=((float(plain[0]), float(plain[1])), (float(prose[0]), float(prose[1]))),
        )


@functools.cache
def line_model(kind: str) -> LineModel:
    """The shipped model of `kind` ("text" or "html"), read once per process.

    A few kilobytes of weights: cheap enough to load on first use, so the pure cleaning
    functions need no setup step.
    """
    source = resources.files("transforms") / "data" / "boilerplate.npz"
    with source.open("rb") as f, np.load(f, allow_pickle=False) as data:
        return LineModel.from_arrays(dict(data.items()), kind)


def reads_like_prose(line: str) -> bool:
    """A body-like line: several words ending a sentence, not shouted in capitals."""
    return line.count(" ") >= 7 and ends_sentence(line) and not line.isupper()


def ends_sentence(line: str) -> bool:
    """Whether the line ends a sentence (closing quotes and brackets allowed after the stop)."""
    # Searched from near the end: a `$`-anchored search from the start tries every position.
    return _SENTENCE_END.search(line, max(0, len(line) - _TAIL)) is not None


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
