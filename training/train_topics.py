"""Train the IPTC topic model that `transforms/topics.py` ships.

Training data: the cue-word lists in `training/topics/keywords.tsv` (English, German, French,
Spanish) and example sentences in `training/topics/sentences.tsv`, both written for newsbeam, and the train and dev splits of SIB-200 English (7 and 14 label
variants, from ../shared), mapped to IPTC codes. Every sentence of either test split is held out.

    python -m training.train_topics [--shared ../shared] [--output transforms/data/topics.npz]
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


def sib_documents(shared: Path) -> list[tuple[str, str]]:
    """SIB-200 English train and dev sentences with an IPTC code, minus any test sentence."""
    root = shared / "corpora" / "news-topic" / "sib200-eng"
    held_out = {
        r["text"].strip()
        for split in (root, root / "eng_14cat")
        for r in read_tsv(split / "test.tsv")
    }
    held_out_ids = {
        r["index_id"] for split in (root, root / "eng_14cat") for r in read_tsv(split / "test.tsv")
    }
    docs = []
    for folder in (root, root / "eng_14cat"):
        for split in ("train.tsv", "dev.tsv"):
            for row in read_tsv(folder / split):
                code = SIB_TO_IPTC.get(row["category"])
                if (
                    code
                    and row["text"].strip() not in held_out
                    and row["index_id"] not in held_out_ids
                ):
                    docs.append((code, row["text"]))
    return docs


def train(docs: list[tuple[str, str]]) -> dict[str, np.ndarray]:
    """Fit TF-IDF and logistic regression; return the arrays the tagger loads."""
    labels, texts = zip(*sorted(docs), strict=True)
    # Character n-grams within words: they generalise from few examples (inflections, compounds,
    # cognates across languages) far better than whole words; chosen on the dev splits.
    vectorizer = TfidfVectorizer(
        sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 6), min_df=2, dtype=np.float64
    )
    features = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced")  # C chosen on dev
    model.fit(features, labels)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {
        "vocabulary": np.array(json.dumps(vocabulary, ensure_ascii=False)),
        "idf": vectorizer.idf_.astype(np.float32),
        "weights": model.coef_.astype(np.float32),
        "bias": model.intercept_.astype(np.float32),
        "classes": np.array(model.classes_),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "transforms" / "data" / "topics.npz")
    args = parser.parse_args()
    data = ROOT / "training" / "topics"
    docs = (
        keyword_documents(data / "keywords.tsv")
        + sentence_documents(data / "sentences.tsv")
        + sib_documents(args.shared)
    )
    arrays = train(docs)
    np.savez_compressed(args.output, **arrays)
    print(f"trained on {len(docs)} documents, {len(arrays['idf'])} features -> {args.output}")


if __name__ == "__main__":
    main()
