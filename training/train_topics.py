"""Train the IPTC topic models that `transforms/topics.py` ships: English, and multilingual.

Training data: the cue-word lists in `training/topics/keywords.tsv` (English, German, French,
Spanish) and example sentences in `training/topics/sentences.tsv`, both written for newsbeam;
the train and dev splits of SIB-200 English (7 and 14 label variants), and, for the
multilingual model, of the 23 other languages of sib200-multi (from ../shared), mapped to IPTC
codes. Every test sentence is held out in every language (the splits are parallel).

    python -m training.train_topics [--shared ../shared] [--choose]

`--choose` fits on the train splits only and prints top-1 on each language's dev split: the
settings below were chosen so.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from transforms.topics import ENGLISH_MODEL, MULTILINGUAL_MODEL

ROOT = Path(__file__).resolve().parents[1]
SIB_TO_IPTC = {
    "entertainment": "01000000",
    "crime": "02000000",
    "disasters": "03000000",
    "business": "04000000",
    "education": "05000000",
    "nature": "06000000",
    "health": "07000000",
    "travel": "10000000",
    "politics": "11000000",
    "religion": "12000000",
    "science/technology": "13000000",
    "science": "13000000",
    "technology": "13000000",
    "sports": "15000000",
}  # fmt: skip  (geography has no IPTC top-level code: left out)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def keyword_documents(path: Path, seed: int = 13) -> list[tuple[str, str]]:
    """Each cue list as one document, plus overlapping groups of four cues."""
    rng = random.Random(seed)
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, cues = line.split("\t")
        words = [w.strip() for w in cues.split(",") if w.strip()]
        docs.append((code, " ".join(words)))
        for _ in range(3):
            rng.shuffle(words)
            docs += [(code, " ".join(words[i : i + 4])) for i in range(0, len(words), 4)]
    return docs


def sentence_documents(path: Path) -> list[tuple[str, str]]:
    """Hand-written example sentences, one document each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        tuple(line.split("\t", 1)) for line in lines if line.strip() and not line.startswith("#")
    ]


def held_out_ids(shared: Path) -> set[str]:
    """Every SIB-200 test sentence's id. The splits are parallel across languages (an id is one
    sentence in every language), so no language's copy of a test sentence is trained on."""
    root = shared / "corpora" / "news-topic"
    tests = [root / "sib200-eng" / "test.tsv", root / "sib200-eng" / "eng_14cat" / "test.tsv"]
    tests += sorted((root / "sib200-multi").glob("*/test.tsv"))
    return {r["index_id"] for path in tests for r in read_tsv(path)}


def sib_documents(
    shared: Path, languages: str, splits: tuple[str, ...] = ("train.tsv", "dev.tsv")
) -> list[tuple[str, str]]:
    """SIB-200 sentences with an IPTC code, minus every test sentence in any language.

    `languages` "english": English (the 7 and 14 label variants); "others": the 23 other
    languages of sib200-multi.
    """
    root = shared / "corpora" / "news-topic"
    held_out = held_out_ids(shared)
    if languages == "english":
        folders = [root / "sib200-eng", root / "sib200-eng" / "eng_14cat"]
    else:
        folders = sorted(p for p in (root / "sib200-multi").iterdir() if p.name != "eng_Latn")
    docs = []
    for folder in folders:
        for split in splits:
            for row in read_tsv(folder / split):
                code = SIB_TO_IPTC.get(row["category"])
                if code and row["index_id"] not in held_out:
                    docs.append((code, row["text"]))
    return docs


# Chosen on the dev splits (`--choose`): C, and the weight of the English and hand-written
# documents in the multilingual model (without it, 23 languages' data drown English's).
C = 10.0
ENGLISH_WEIGHT = 12.0


def fit(
    docs: list[tuple[str, str]], weights: list[float] | None = None, c: float = C
) -> tuple[TfidfVectorizer, LogisticRegression]:
    """Fit TF-IDF and logistic regression on (code, text) documents."""
    order = sorted(range(len(docs)), key=lambda i: docs[i])
    labels = [docs[i][0] for i in order]
    # Character n-grams within words: they generalise from few examples (inflections, compounds,
    # cognates across languages) far better than whole words; chosen on the dev splits.
    vectorizer = TfidfVectorizer(
        sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 6), min_df=2, dtype=np.float64
    )
    features = vectorizer.fit_transform([docs[i][1] for i in order])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(
        features, labels, sample_weight=None if weights is None else [weights[i] for i in order]
    )
    return vectorizer, model


def multilingual(
    english: list[tuple[str, str]], others: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[float]]:
    """The multilingual model's documents and weights."""
    return english + others, [ENGLISH_WEIGHT] * len(english) + [1.0] * len(others)


def language_split(shared: Path, split: str) -> dict[str, list[tuple[str, str]]]:
    """One SIB-200 split of each of the 24 languages: {language: [(code, text), ...]}."""
    root = shared / "corpora" / "news-topic" / "sib200-multi"
    return {
        folder.name: [
            (SIB_TO_IPTC[r["category"]], r["text"])
            for r in read_tsv(folder / split)
            if r["category"] in SIB_TO_IPTC
        ]
        for folder in sorted(root.iterdir())
    }


GOAL_LANGUAGES = ("eng_Latn", "deu_Latn", "fra_Latn", "spa_Latn", "ita_Latn", "por_Latn",
                  "nld_Latn")  # fmt: skip


def dev_scores(shared: Path, vectorizer: TfidfVectorizer, model: LogisticRegression) -> str:
    dev = language_split(shared, "dev.tsv")
    scores = {
        lang: float(np.mean(model.predict(vectorizer.transform([t for _, t in rows]))
                            == np.array([code for code, _ in rows])))
        for lang, rows in dev.items()
    }  # fmt: skip
    shown = " ".join(f"{lang[:3]} {scores[lang]:.3f}" for lang in GOAL_LANGUAGES)
    return f"dev top-1: mean {np.mean(list(scores.values())):.3f}; {shown}"


def choose(shared: Path, written: list[tuple[str, str]]) -> None:
    """Fit on the train splits only; print top-1 on each language's dev split."""
    english = written + sib_documents(shared, "english", ("train.tsv",))
    others = sib_documents(shared, "others", ("train.tsv",))
    print("English model:", dev_scores(shared, *fit(english)), flush=True)
    for weight in (1.0, 4.0, 12.0):
        docs, weights = english + others, [weight] * len(english) + [1.0] * len(others)
        print(f"multilingual, English weight {weight:g}:",
              dev_scores(shared, *fit(docs, weights)), flush=True)  # fmt: skip


# Features a shipped model keeps: the strongest, by their largest absolute weight. 24
# languages' character n-grams are 437k features (22 MB); this keeps the file near 10 MB.
KEEP_FEATURES = 200_000


def arrays(vectorizer: TfidfVectorizer, model: LogisticRegression) -> dict[str, np.ndarray]:
    """The arrays the tagger loads, pruned to the KEEP_FEATURES strongest features."""
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    weights = model.coef_.astype(np.float32)
    strength = np.abs(weights).max(axis=0)
    keep = np.sort(np.argsort(-strength, kind="stable")[:KEEP_FEATURES])
    return {
        "vocabulary": np.array(json.dumps([vocabulary[i] for i in keep], ensure_ascii=False)),
        "idf": vectorizer.idf_.astype(np.float32)[keep],
        "weights": weights[:, keep],
        "bias": model.intercept_.astype(np.float32),
        "classes": np.array(model.classes_),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "transforms" / "data")
    parser.add_argument("--choose", action="store_true", help="fit on train, score dev, stop")
    args = parser.parse_args()
    data = ROOT / "training" / "topics"
    written = keyword_documents(data / "keywords.tsv") + sentence_documents(data / "sentences.tsv")
    if args.choose:
        choose(args.shared, written)
        return
    english = written + sib_documents(args.shared, "english")
    others = sib_documents(args.shared, "others")
    for name, (docs, weights) in (
        (ENGLISH_MODEL, (english, None)),
        (MULTILINGUAL_MODEL, multilingual(english, others)),
    ):
        saved = arrays(*fit(docs, weights))
        np.savez_compressed(args.output / name, **saved)
        print(f"{name}: {len(docs)} documents, {len(saved['idf'])} features", flush=True)


if __name__ == "__main__":
    main()
