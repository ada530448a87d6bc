"""Score each line of an article as boilerplate or body with a small learned model.

Shallow features of the kind boilerpipe and jusText use (length, sentence-final punctuation,
capitalisation, stop-word density, digits, links and handles, position, repetition) plus the
multilingual cues of `transforms/cues.py` as features, not verdicts. Two passes of boosted
trees: the first scores each line by its own features and the shape of the two lines on each
side, the second adds its neighbours' scores, because a comment thread or a menu is a run of
lines, not one line.

The weights are plain arrays (`transforms/data/boilerplate.npz`), trained on the dev split of
the extraction benchmarks by `training/train_boilerplate.py`; inference is numpy, no pickle.
Two models ship: `text` for plain-text articles and page dumps, `html` for the lines
trafilatura leaves in its output.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
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
_SENTENCE_END = re.compile(r"[.!?…。！？]['’\"”»)\]」』）]*$")
_TAIL = 24  # characters of a line's end that can hold its final stop and closing marks
CJK_START = 0x2E80  # the first code point of the Chinese, Japanese and Korean scripts
CJK_PROSE_CHARS = 20  # characters of a sentence in those scripts, at the least, to be prose
_INNER_SENTENCE = re.compile(r"(?<=\w)[.!?]['’\"”»]?\s+['‘\"“«]?[A-ZÀ-Þ]")


def _character_classes() -> np.ndarray:
    """Bits per code point for `_character_counts`: 1 digit, 2 capital, 4 menu separator,
    8 handle or hashtag mark. Capitals are Latin-1, Greek and Cyrillic ones; the table ends
    after the last separator, and code points past it have no class."""
    table = np.zeros(ord("›") + 2, dtype=np.int64)
    capitals = [
        *range(ord("A"), ord("Z") + 1),
        *(c for c in range(0xC0, 0xDF) if c != 0xD7),  # À-Þ but the multiplication sign
        *range(0x391, 0x3AA),
        *range(0x410, 0x430),
    ]
    for bit, points in (
        (1, range(ord("0"), ord("9") + 1)),
        (2, capitals),
        (4, map(ord, "|•·»›/")),
        (8, map(ord, "@#")),
    ):
        table[list(points)] |= bit
    return table


_CHARACTER_CLASSES = _character_classes()
_BULLET = re.compile(r"^\s*(?:[-*•▪►▸·]|\d{1,3}[.)])\s")
_YEAR_OR_TIME = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.h]\d\d\b")
_WORD_BINS = (1, 3, 7, 15, 30)

CUE_FEATURES = (
    "cue_byline", "cue_dateline", "cue_caption", "cue_promo", "cue_share", "cue_follow",
    "cue_trailer", "cue_credit", "cue_comments", "cue_comment_author", "cue_bio",
    "cue_editor_note",
)  # fmt: skip
BASE_FEATURES = (
    "log_chars", "log_words",
    *(f"words_le_{n}" for n in _WORD_BINS), "words_gt_30",
    "ends_sentence", "ends_colon", "ends_comma", "inner_sentence", "question",
    "title_case", "upper", "all_caps", "digits", "letters", "stopwords", "word_length",
    "links", "separators", "bullet", "year_or_time", "copyright",
    "repeated",
    *CUE_FEATURES, "position", "from_start", "to_end", "chars_before",
    "prose", "in_main", "main_distance", "prose_nearby",
)  # fmt: skip
# Of the lines around each line, what tells a run of prose from a run of menu items or
# headlines: a menu item stands among short lines, a subheading between paragraphs.
_NEIGHBOURED = (
    "log_chars", "ends_sentence", "stopwords", "prose", "title_case", "links", "words_le_3",
    "digits",
)  # fmt: skip
_OFFSETS = (-2, -1, 1, 2)
NEIGHBOUR_FEATURES = tuple(f"{name}_{k:+d}" for k in _OFFSETS for name in _NEIGHBOURED)
LEXICAL_FEATURES = ("words_mean", "words_min", "words_max", "words_known")
_PROSE = BASE_FEATURES.index("prose")
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


def line_features(
    lines: list[str],
    tokens: list[list[str]] | None = None,
    cue_features: tuple[str, ...] = CUE_FEATURES,
) -> np.ndarray:
    """One row of BASE_FEATURES per line (lines stripped, none empty); of the cues, those in
    `cue_features` (the others are 0)."""
    tokens = tokens if tokens is not None else line_tokens(lines)
    n = len(lines)
    # Past a few hundred characters a line is prose; its head tells its make-up as well.
    heads = [line[:HEAD] for line in lines]
    digits, upper, capitalised, separators, handles = _character_counts(heads).T
    # Each line's counts and tests in one Python pass, then the ratios column by column with
    # numpy: an article has a few dozen lines, and numpy's cost is per call, not per line.
    (
        sizes, spaces, words, ends, colon, comma, inner, question,
        token_chars, known, stopwords, links, dashes, bullet, dated, copyright, prose,
    ) = np.array(
        [
            _line_counts(*line)
            for line in zip(lines, heads, tokens, digits.tolist(), strict=True)
        ],
        dtype=np.float64,
    ).reshape(n, _LINE_COUNTS).T  # fmt: skip
    count = np.maximum(1, words)
    known = np.maximum(1, known)
    letters = np.maximum(0, token_chars - digits)
    seen = Counter(lines)
    columns = [
        np.log1p(sizes),
        np.log1p(spaces),
        *(words <= b for b in _WORD_BINS),
        words > 30,
        ends,
        colon,
        comma,
        inner,
        question,
        capitalised / count,
        upper / np.maximum(1, letters),
        (letters > 3) & (upper == letters),
        digits / np.maximum(1, np.minimum(sizes, HEAD)),
        letters / np.maximum(1, np.minimum(sizes, HEAD)),
        stopwords / known,
        np.minimum(12.0, token_chars / known),
        (handles + links) / count,
        np.minimum(5, separators + dashes) / 5,
        bullet,
        dated,
        copyright,
        _column(seen[line] > 1 for line in lines),
    ]
    rows = np.zeros((n, len(BASE_FEATURES)), dtype=np.float64)
    rows[:, : len(columns)] = np.column_stack(columns)
    # Only the cues a model's trees split on: the rules have taken most cue lines already.
    if cue_features:
        at = [BASE_FEATURES.index(name) for name in cue_features]
        tests = [CUE_TESTS[name] for name in cue_features]
        rows[:, at] = [[test(head) for test in tests] for head in heads]
    positions = np.arange(n)
    at = BASE_FEATURES.index("position")
    rows[:, at] = positions / max(1, n - 1)
    rows[:, at + 1] = np.log1p(positions)
    rows[:, at + 2] = np.log1p(n - 1 - positions)
    rows[:, at + 3] = (np.cumsum(sizes) - sizes) / max(1.0, sizes.sum())
    start, end = main_block(lines, prose)
    rows[:, -4] = prose
    rows[:, -3] = (positions >= start) & (positions < end)
    rows[:, -2] = np.log1p(np.maximum(start - positions, positions - end + 1).clip(min=0))
    rows[:, -1] = _window_mean(prose, 5)
    return rows


_LINE_COUNTS = 17  # the values `_line_counts` gives for each line


def _line_counts(line: str, head: str, tokens: list[str], digits: int) -> tuple[float | bool, ...]:
    """One line's counts and tests for `line_features`, in the order it unpacks them."""
    spaces = line.count(" ")
    ends = ends_sentence(line)
    return (
        len(line),
        spaces + 1,
        len(head.split()),
        ends,
        line.endswith(":"),
        line.endswith((",", ";", "-", "–")),
        _INNER_SENTENCE.search(head) is not None,
        line.rstrip("'’\"”»)").endswith("?"),
        sum(map(len, tokens)),
        len(tokens),
        sum(map(STOPWORDS.__contains__, tokens)),
        head.count("http") + head.count("www."),
        head.count(" - ") + head.count(" – "),
        _BULLET.match(head) is not None,
        # A match has three digits at least: most lines need no search.
        digits > 2 and _YEAR_OR_TIME.search(head) is not None,
        "©" in head or "(c)" in head or "(C)" in head,
        _is_prose(line, spaces, ends),
    )


def neighbour_features(base: np.ndarray) -> np.ndarray:
    """One row of NEIGHBOUR_FEATURES per line: some of its neighbours' BASE_FEATURES, -1 where
    the article has no such neighbour."""
    picked = base[:, [BASE_FEATURES.index(name) for name in _NEIGHBOURED]]
    n = len(picked)
    columns = []
    for k in _OFFSETS:
        shifted = np.full_like(picked, -1.0)
        if abs(k) < n:
            if k < 0:
                shifted[-k:] = picked[:k]
            else:
                shifted[:-k] = picked[k:]
        columns.append(shifted)
    return np.hstack(columns)


def model_features(neighbours: bool) -> tuple[str, ...]:
    """What a model's passes read, in order (the first pass all but the context): with its
    neighbours' shape (`neighbours`) or without."""
    around = NEIGHBOUR_FEATURES if neighbours else ()
    return (*BASE_FEATURES, *around, *LEXICAL_FEATURES, *CONTEXT_FEATURES)


def shape_features(
    lines: list[str],
    neighbours: bool,
    tokens: list[list[str]] | None = None,
    cue_features: tuple[str, ...] = CUE_FEATURES,
) -> np.ndarray:
    """Each line's BASE_FEATURES, and its NEIGHBOUR_FEATURES when `neighbours`."""
    base = line_features(lines, tokens, cue_features)
    return np.hstack([base, neighbour_features(base)]) if neighbours else base


def _short(test: Callable[[str], object]) -> Callable[[str], bool]:
    """A cue of short lines only (a bio may run long, and its pattern is anchored)."""
    return lambda line: len(line) <= 160 and bool(test(line))


def _either(
    first: Callable[[str], object], second: Callable[[str], object]
) -> Callable[[str], bool]:
    return lambda line: bool(first(line) or second(line))


# How each of CUE_FEATURES is tested on a line's head.
CUE_TESTS: dict[str, Callable[[str], bool]] = {
    "cue_byline": _short(cues.BYLINE.match),
    "cue_dateline": lambda line: len(line) < 80 and bool(cues.DATE_PREFIX.match(line)),
    "cue_caption": _short(cues.CAPTION.search),
    "cue_promo": _short(cues.PROMO.match),
    "cue_share": _short(_either(cues.INTERFACE.match, cues.SHARE.match)),
    "cue_follow": _short(_either(cues.FOLLOW.match, cues.ADVERTISEMENT.match)),
    "cue_trailer": _short(cues.TRAILER.search),
    "cue_credit": _short(_either(cues.CREDIT.match, cues.TAGS.match)),
    "cue_comments": _short(cues.COMMENTS_HEADER.match),
    # A comment author's line ends in a colon: most lines need no search.
    "cue_comment_author": _short(
        _either(
            lambda line: line.endswith(":") and cues.COMMENT_AUTHOR.match(line),
            cues.COMMENT_MARKER.match,
        )
    ),
    "cue_bio": _either(cues.BIO.match, cues.BIO_FOLLOW.match),
    "cue_editor_note": lambda line: bool(cues.EDITOR_NOTE.match(line)),
}


def _column(values: Iterable[float | bool]) -> np.ndarray:
    return np.fromiter(values, dtype=np.float64)


def _character_counts(heads: list[str]) -> np.ndarray:
    """Per line: digits, capitals, capitalised words, menu separators, @ and # marks.

    Counted over the code points of all lines at once with numpy, not per line in Python:
    each code point's classes are bits of one lookup table.
    """
    codes = np.frombuffer("\n".join(heads).encode("utf-32-le"), dtype=np.uint32)
    classes = _CHARACTER_CLASSES.take(np.minimum(codes, len(_CHARACTER_CLASSES) - 1))
    after_space = np.empty(len(codes), dtype=bool)
    after_space[0] = True
    after_space[1:] = (codes[:-1] == 32) | (codes[:-1] == 10)
    upper = (classes >> 1) & 1
    columns = [classes & 1, upper, upper & after_space, (classes >> 2) & 1, classes >> 3]
    starts = np.cumsum([0, *(len(h) + 1 for h in heads[:-1])])
    return np.add.reduceat(np.column_stack(columns), starts, axis=0)


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
    rows = np.empty((n, len(CONTEXT_FEATURES)))
    if n == 0:
        return rows
    padded = np.concatenate([[0.5, 0.5], scores, [0.5, 0.5]])
    confident = scores < CONFIDENT_BODY
    above, below = _distances(confident)
    # The best (lowest) score among the _NEAR lines before each line, and after it.
    fenced = np.concatenate([np.ones(_NEAR), scores, np.ones(_NEAR)])
    best_before = np.minimum.reduce([fenced[k : k + n] for k in range(_NEAR)])
    best_after = np.minimum.reduce([fenced[k : k + n] for k in range(_NEAR + 1, 2 * _NEAR + 1)])
    rows[:, 0] = padded[1 : n + 1]
    rows[:, 1] = padded[3 : n + 3]
    rows[:, 2] = padded[0:n]
    rows[:, 3] = padded[4 : n + 4]
    rows[:, 4] = _window_mean(scores, 3)
    rows[:, 5] = scores.mean()
    rows[:, 6] = _window_mean(scores, 8)
    rows[:, 7] = best_before
    rows[:, 8] = best_after
    rows[:, 9] = np.maximum(best_before, best_after)
    rows[:, 10] = np.log1p(above)
    rows[:, 11] = np.log1p(below)
    rows[:, 12] = (above < _FAR) & (below < _FAR)
    rows[:, 13] = (np.cumsum(confident) - confident) / max(1, confident.sum())
    rows[:, 14] = confident.mean()
    return rows


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
    cumulative = np.zeros(n + 1)
    np.cumsum(values, out=cumulative[1:])
    positions = np.arange(n)
    low = np.maximum(positions - radius, 0)
    high = np.minimum(positions + radius + 1, n)
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
    # Whether the first pass reads its neighbours' shape: chosen per model on dev, out of fold.
    neighbours: bool = True

    @functools.cached_property
    def cue_features(self) -> tuple[str, ...]:
        """The cue features either pass splits on; the others need not be computed."""
        used: set[int] = set()
        for trees in (self.first, self.second):
            inner = trees.left != np.arange(trees.left.shape[1])  # a leaf points to itself
            used.update(trees.feature[inner].tolist())
        return tuple(name for name in CUE_FEATURES if BASE_FEATURES.index(name) in used)

    def scores(self, lines: list[str]) -> np.ndarray:
        """The probability that each line is boilerplate."""
        return self._passes(lines)[0]

    def is_boilerplate(self, lines: list[str]) -> np.ndarray:
        """Whether each line is boilerplate, by its score and its group's threshold."""
        scores, base = self._passes(lines)
        return scores >= self._bars(base[:, _PROSE], scores)

    def _passes(self, lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The second pass's scores, and the base features they came from."""
        if not lines:
            width = len(model_features(self.neighbours)) - len(CONTEXT_FEATURES)
            return np.zeros(0), np.zeros((0, width))
        tokens = line_tokens(lines)
        features = shape_features(lines, self.neighbours, tokens, self.cue_features)
        base = np.hstack([features, lexical_features(tokens, self.lexicon)])
        first = _sigmoid(self.first.logits(base))
        return _sigmoid(self.second.logits(np.hstack([base, context_features(first)]))), base

    def _bars(self, prose: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """The threshold each line's score is held to, by its group (prose or not, inside the
        span of sure body lines or not)."""
        return np.asarray(self.thresholds)[prose.astype(int), body_span(scores).astype(int)]

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        """The model as named arrays, for `np.savez`."""
        meta = {
            "thresholds": [list(row) for row in self.thresholds],
            "features": list(model_features(self.neighbours)),
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
        neighbours = meta["features"] == list(model_features(True))
        if meta["features"] != list(model_features(neighbours)):
            raise ValueError(f"boilerplate model {prefix!r} was trained on other features")
        plain, prose = meta["thresholds"]
        return cls(
            first=Trees.from_arrays(data, f"{prefix}_first"),
            second=Trees.from_arrays(data, f"{prefix}_second"),
            lexicon={word: float(odds) for word, odds in meta["lexicon"]},
            thresholds=((float(plain[0]), float(plain[1])), (float(prose[0]), float(prose[1]))),
            neighbours=neighbours,
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
    return _is_prose(line, line.count(" "), ends_sentence(line))


def _is_prose(line: str, spaces: int, ends: bool) -> bool:
    """`reads_like_prose` from the line's spaces and final stop, where they are at hand; a line
    in a script written without spaces by its length."""
    if not ends or line.isupper():
        return False
    return spaces >= 7 or (len(line) >= CJK_PROSE_CHARS and writes_without_spaces(line))


def writes_without_spaces(line: str) -> bool:
    """Whether most of the line is Chinese, Japanese or Korean, written without spaces between
    words (Korean spaces its phrases, not its words): its words are not counted by spaces."""
    return not line.isascii() and sum(ord(c) >= CJK_START for c in line) * 2 > len(line)


def east_asian(text: str) -> bool:
    """Whether the text holds a Chinese, Japanese or Korean character."""
    return not text.isascii() and any(ord(c) >= CJK_START for c in text)


def ends_sentence(line: str) -> bool:
    """Whether the line ends a sentence (closing quotes and brackets allowed after the stop)."""
    # Searched from near the end: a `$`-anchored search from the start tries every position.
    return _SENTENCE_END.search(line, max(0, len(line) - _TAIL)) is not None


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
