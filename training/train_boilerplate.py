"""Train the boilerplate line models that `transforms/boilerplate.py` ships.

Data: the dev split (by site, `benchmarks/splits/sites.tsv`) of the two extraction benchmarks in
../shared. The `text` model learns from page dumps (every visible block of a page, one per
line); the `html` model from the lines trafilatura leaves in its output. Test sites are never
read here.

The two passes are fitted the stacking way: the context pass learns from first-pass scores
predicted out of fold (by site), so it sees scores as noisy as at inference. The thresholds are
chosen on out-of-fold scores, one per group of lines (prose or not, inside the span of sure body
lines or not): the most boilerplate removed while dev body recall stays at the target, and a
prose line's bar never under PROSE_FLOOR.

    python -m training.train_boilerplate [--shared ../shared] [--output transforms/data/boilerplate.npz]
"""

from __future__ import annotations

import argparse
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from benchmarks.dumps import BODY, Dump, all_dumps, extractor_dumps, split_of
from transforms.boilerplate import (
    LineModel,
    Trees,
    body_span,
    context_features,
    lexical_features,
    line_tokens,
    reads_like_prose,
    shape_features,
)

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5
TREES = 100
WORD = re.compile(r"\w+")
DEPTH = 5
# Body lines kept, out of fold on dev, at the chosen thresholds.
RECALL_TARGET = 0.99
# A line that reads like prose is cut only when the model is this sure at least: text loss is
# worse than leftover junk, whatever the dev numbers would trade.
PROSE_FLOOR = 0.99


@dataclass
class Pages:
    """Every labelled dev page's features, labels (1 = boilerplate) and prose flags."""

    features: list[np.ndarray]
    labels: list[np.ndarray]
    known: list[np.ndarray]
    prose: list[np.ndarray]
    sites: list[str]
    lines: list[list[str]]


def dev_pages(dumps: list[Dump], neighbours: bool = True) -> Pages:
    pages = Pages([], [], [], [], [], [])
    for dump in dumps:
        if split_of(dump.site) != "dev" or not dump.lines:
            continue
        if all(label is None for label in dump.labels):
            continue
        pages.features.append(shape_features(dump.lines, neighbours))
        pages.labels.append(np.array([label != BODY for label in dump.labels], dtype=int))
        pages.known.append(np.array([label is not None for label in dump.labels]))
        pages.prose.append(np.array([reads_like_prose(line) for line in dump.lines]))
        pages.sites.append(dump.site)
        pages.lines.append(dump.lines)
    return pages


@dataclass(frozen=True)
class Leaves:
    """How much each leaf of a model's trees must hold, and the L2 penalty on its values."""

    min_lines: int = 20
    l2: float = 0.0


# The text model reads whole pages, menus and all: with small leaves its trees learn one site's
# own lines, and its scores on new sites drift from the out-of-fold scores its thresholds were
# chosen on. Larger leaves and a penalty keep them comparable (dev, outer folds by site, two
# draws of the folds: body kept 0.984 -> 0.988 and 0.981 -> 0.986, boilerplate removed 0.766 ->
# 0.785 and 0.770 -> 0.794, with the rules). The html model gains nothing (out of fold on dev:
# Zyte F1 0.974 -> 0.973, trafilatura-eval 0.945 both ways), and keeps sklearn's defaults.
LEAVES = {"text": Leaves(min_lines=80, l2=1.0), "html": Leaves()}


def _fit(x: np.ndarray, y: np.ndarray, leaves: Leaves) -> HistGradientBoostingClassifier:
    # Body lines weigh more: a lost paragraph costs more than a leftover menu item.
    model = HistGradientBoostingClassifier(
        max_iter=TREES, max_depth=DEPTH, learning_rate=0.1, class_weight={0: 3.0, 1: 1.0},
        min_samples_leaf=leaves.min_lines, l2_regularization=leaves.l2, random_state=0,
        early_stopping=False,
    )  # fmt: skip
    return model.fit(x, y)


def flat_trees(model: HistGradientBoostingClassifier) -> Trees:
    """The fitted ensemble as `Trees` arrays (leaves made self-loops)."""
    trees = [predictors[0].nodes for predictors in model._predictors]
    width = max(len(nodes) for nodes in trees)
    shape = (len(trees), width)
    feature, threshold = np.zeros(shape, np.int64), np.full(shape, np.inf)
    left, right = (
        np.tile(np.arange(width), (len(trees), 1)),
        np.tile(np.arange(width), (len(trees), 1)),
    )
    value = np.zeros(shape)
    for t, nodes in enumerate(trees):
        inner = nodes["is_leaf"] == 0
        count = len(nodes)
        feature[t, :count] = np.where(inner, nodes["feature_idx"], 0)
        threshold[t, :count] = np.where(inner, nodes["num_threshold"], np.inf)
        left[t, :count] = np.where(inner, nodes["left"], np.arange(count))
        right[t, :count] = np.where(inner, nodes["right"], np.arange(count))
        value[t, :count] = np.where(inner, 0.0, nodes["value"])
    bias = float(np.ravel(model._baseline_prediction)[0])
    return Trees(feature, threshold, left, right, value, bias, DEPTH)


def _stack(rows: list[np.ndarray], masks: list[np.ndarray]) -> np.ndarray:
    return np.vstack([r[m] for r, m in zip(rows, masks, strict=True)])


def _first_scores(
    model: HistGradientBoostingClassifier, base: list[np.ndarray]
) -> list[np.ndarray]:
    return [model.predict_proba(b)[:, 1] for b in base]


def build_lexicon(pages: Pages, chosen: list[int], min_sites: int = 5) -> dict[str, float]:
    """Words' boilerplate log-odds over the labelled lines of `chosen` pages.

    Only words found on `min_sites` sites or more: a site's own menu words teach nothing.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sites: dict[str, set[str]] = defaultdict(set)
    for i in chosen:
        for line, boiler, known in zip(
            pages.lines[i], pages.labels[i], pages.known[i], strict=True
        ):
            if not known:
                continue
            for word in set(WORD.findall(line.lower())):
                counts[word][int(boiler)] += 1
                sites[word].add(pages.sites[i])
    body = sum(c[0] for c in counts.values()) + 1
    boiler = sum(c[1] for c in counts.values()) + 1
    return {
        word: round(math.log((c[1] + 1) / boiler) - math.log((c[0] + 1) / body), 3)
        for word, c in counts.items()
        if len(sites[word]) >= min_sites
    }


def _out_of_fold(pages: Pages, fit_and_score) -> list[np.ndarray]:
    """Score every page with what was learnt from the other folds' sites."""
    scored: list[np.ndarray] = [np.zeros(0)] * len(pages.sites)
    index = np.arange(len(pages.sites))
    for train_idx, held_idx in GroupKFold(n_splits=FOLDS).split(index, groups=pages.sites):
        for i, score in zip(held_idx, fit_and_score(list(train_idx), list(held_idx)), strict=True):
            scored[i] = score
    return scored


def train(
    pages: Pages, recall_target: float, neighbours: bool = True, leaves: Leaves = Leaves()
) -> tuple[LineModel, dict[str, float]]:
    """Fit both passes and pick the thresholds; report out-of-fold dev numbers."""
    y = np.concatenate([lab[k] for lab, k in zip(pages.labels, pages.known, strict=True)])

    def rows(features: list[np.ndarray], chosen: list[int]) -> tuple[np.ndarray, np.ndarray]:
        x = np.vstack([features[i][pages.known[i]] for i in chosen])
        return x, np.concatenate([pages.labels[i][pages.known[i]] for i in chosen])

    def lexical(train_idx: list[int], held_idx: list[int]) -> list[np.ndarray]:
        lexicon = build_lexicon(pages, train_idx)
        return [lexical_features(line_tokens(pages.lines[i]), lexicon) for i in held_idx]

    lexical_oof = _out_of_fold(pages, lexical)
    base = [np.hstack(pair) for pair in zip(pages.features, lexical_oof, strict=True)]

    def first_pass(train_idx: list[int], held_idx: list[int]) -> list[np.ndarray]:
        model = _fit(*rows(base, train_idx), leaves)
        return [model.predict_proba(base[i])[:, 1] for i in held_idx]

    first_oof = _out_of_fold(pages, first_pass)
    both = [np.hstack([b, context_features(s)]) for b, s in zip(base, first_oof, strict=True)]

    def second_pass(train_idx: list[int], held_idx: list[int]) -> list[np.ndarray]:
        model = _fit(*rows(both, train_idx), leaves)
        return [model.predict_proba(both[i])[:, 1] for i in held_idx]

    second_oof = _out_of_fold(pages, second_pass)
    scores = np.concatenate([s[k] for s, k in zip(second_oof, pages.known, strict=True)])
    prose = np.concatenate([p[k] for p, k in zip(pages.prose, pages.known, strict=True)])
    inside = np.concatenate([body_span(s)[k] for s, k in zip(second_oof, pages.known, strict=True)])
    thresholds, dev = choose_thresholds(scores, y, prose, inside, recall_target)

    everything = list(range(len(pages.sites)))
    line_model = LineModel(
        first=flat_trees(_fit(*rows(base, everything), leaves)),
        second=flat_trees(_fit(*rows(both, everything), leaves)),
        lexicon=build_lexicon(pages, everything),
        thresholds=thresholds,
        neighbours=neighbours,
    )
    return line_model, dev


def choose_thresholds(
    scores: np.ndarray,
    boiler: np.ndarray,
    prose: np.ndarray,
    inside: np.ndarray,
    recall_target: float,
) -> tuple[tuple[tuple[float, float], tuple[float, float]], dict[str, float]]:
    """One bar per group (prose or not, inside the body span or not), removing the most
    boilerplate with body recall >= the target.

    The body lines the bars lose are a budget the groups share: a knapsack with one choice
    per group, solved exactly over the budget's few hundred lines (a search over a price per
    lost line misses budgets where a group's curve is not convex).
    """
    body = boiler == 0
    budget = int((1 - recall_target) * body.sum())
    grid = np.round(np.concatenate([np.arange(0.30, 0.95, 0.01), np.arange(0.95, 1.0, 0.001)]), 3)
    grid = np.append(grid, 1.01)  # a group may keep every line
    groups = ((0, 0), (0, 1), (1, 0), (1, 1))
    # best[b] = (boilerplate lines taken, bars) with at most b body lines lost so far; of
    # equal choices the highest bar, which loses the fewest
    best: list[tuple[int, tuple[float, ...]]] = [(0, ())] * (budget + 1)
    for group in groups:
        chosen = (prose == group[0]) & (inside == group[1])
        bars = grid[grid >= PROSE_FLOOR] if group[0] else grid
        body_scores = np.sort(scores[chosen & body])
        boiler_scores = np.sort(scores[chosen & ~body])
        lost = len(body_scores) - np.searchsorted(body_scores, bars, side="left")
        taken = len(boiler_scores) - np.searchsorted(boiler_scores, bars, side="left")
        best = [
            max(
                (
                    (best[b - int(cost)][0] + int(gain), (*best[b - int(cost)][1], float(bar)))
                    for bar, cost, gain in zip(bars[::-1], lost[::-1], taken[::-1], strict=True)
                    if cost <= b
                ),
                key=lambda option: option[0],
            )
            for b in range(budget + 1)
        ]
    taken_total, chosen_bars = best[budget]
    bar = dict(zip(groups, chosen_bars, strict=True))
    thresholds = ((bar[0, 0], bar[0, 1]), (bar[1, 0], bar[1, 1]))
    kept = (
        1
        - sum((scores[(prose == g[0]) & (inside == g[1]) & body] >= bar[g]).sum() for g in groups)
        / body.sum()
    )
    dev = {"body_kept": float(kept), "boilerplate_removed": taken_total / (~body).sum()}
    return thresholds, dev


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "transforms/data/boilerplate.npz")
    parser.add_argument(
        "--models", nargs="+", choices=("text", "html"), default=["text", "html"],
        help="the models to train; the others' arrays are kept from --output",
    )  # fmt: skip
    args = parser.parse_args()
    arrays: dict[str, np.ndarray] = {}
    if set(args.models) != {"text", "html"}:
        with np.load(args.output, allow_pickle=False) as kept:
            arrays = {k: kept[k] for k in kept.files if k.split("_", 1)[0] not in args.models}
    # The neighbours' shape helps the text model (dev, out of fold, at the same body lines kept:
    # boilerplate removed 0.725 -> 0.749 with the rules) but not the html model (0.394 -> 0.387):
    # trafilatura has already cut the menus and teaser lists whose shape gives them away.
    for kind, read, neighbours in (
        ("text", all_dumps, True),
        ("html", extractor_dumps, False),
    ):
        if kind not in args.models:
            continue
        dumps = read(args.shared)
        model, dev = train(dev_pages(dumps, neighbours), RECALL_TARGET, neighbours, LEAVES[kind])
        arrays.update(model.to_arrays(kind))
        print(
            f"{kind}: thresholds (other, prose) x (outside, inside) {model.thresholds}; "
            f"dev out-of-fold body kept {dev['body_kept']:.3f}, "
            f"boilerplate removed {dev['boilerplate_removed']:.3f}"
        )
    np.savez_compressed(args.output, **arrays)


if __name__ == "__main__":
    main()
