"""Extraction quality through the real pipeline, beside bare trafilatura, on two benchmarks.

Zyte's article-extraction benchmark (181 pages, gold bodies; 4-token shingle P/R/F1) and
trafilatura's evaluation set (990 pages, must-have / must-not-have snippets).

    python -m benchmarks.quality [--shared ../shared] [--only zyte|trafilatura]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from benchmarks.common import markdown_table, require, run_pipeline, shared_argument
from schemas import read_table
from transforms.extract import extract_html

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    """The multiset of `size`-token shingles of a text (tokens are `\\w+` runs)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def zyte_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """The Zyte benchmark metric: per-page shingle TP/FP/FN shares, averaged, then P/R/F1."""
    shares = []
    for key, expected in gold.items():
        true, pred = shingles(expected), shingles(predicted.get(key, ""))
        tp = sum((true & pred).values())
        fp, fn = sum((pred - true).values()), sum((true - pred).values())
        total = tp + fp + fn
        shares.append((tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0))
    tp, fp, fn = (sum(s[i] for s in shares) / len(shares) for i in range(3))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    exact = sum(_TOKEN.findall(gold[k]) == _TOKEN.findall(predicted.get(k, "")) for k in gold)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "accuracy": exact / len(gold),
    }


def snippet_scores(evaldata: dict, predicted: dict[str, str]) -> dict[str, float]:
    """trafilatura's metric: a `with` snippet found is a TP, a `without` snippet found an FP."""
    tp = fp = fn = tn = 0
    for key, entry in evaldata.items():
        text = " ".join((predicted.get(key) or "").split())
        for chunk in entry["with"]:
            found = " ".join(chunk.split()) in text
            tp, fn = tp + found, fn + (not found)
        for chunk in entry["without"]:
            found = " ".join(chunk.split()) in text
            fp, tn = fp + found, tn + (not found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "accuracy": (tp + tn) / (tp + fp + fn + tn),
    }


def pipeline_texts(
    input_dir: Path, work: Path, name_of: Callable[[str], str]
) -> tuple[dict, float]:
    """Run the pipeline over `input_dir`; map each article's input name to its text."""
    out = work / "out"
    seconds = run_pipeline("--input", str(input_dir), "--output", str(out))
    articles = read_table(str(out), "articles").select(["source", "title", "text"]).to_pylist()
    return {name_of(a["source"]): a["text"] for a in articles}, seconds


def timed(function: Callable[[bytes], str | None], pages: dict[str, bytes]) -> tuple[dict, float]:
    """Apply `function` to every page; return texts and milliseconds per page."""
    texts, start = {}, time.perf_counter()
    for key, html in pages.items():
        try:
            texts[key] = function(html) or ""
        except Exception:  # noqa: BLE001 - the benchmark scores a crash as a miss
            texts[key] = ""
    return texts, (time.perf_counter() - start) * 1000 / len(pages)


def bare_trafilatura(html: bytes) -> str | None:
    """The baseline: trafilatura as a user calls it, comments excluded."""
    return trafilatura.extract(html, include_comments=False)


def compare(name: str, scorer: Callable[[dict], dict], pages: dict[str, bytes], ours: dict,
            seconds: float, published: dict[str, dict] | None = None) -> str:  # fmt: skip
    """Score our pipeline and bare trafilatura (and published outputs) on one benchmark."""
    baseline, baseline_ms = timed(bare_trafilatura, pages)
    _, extract_ms = timed(lambda html: extract_html(html).text, pages)
    rows = [
        [
            "newsbeam run (pipeline)",
            *scorer(ours).values(),
            f"{seconds * 1000 / len(pages):.1f} (whole run)",
        ],
        ["newsbeam extract_html", "", "", "", "", f"{extract_ms:.1f}"],
        [
            f"trafilatura {trafilatura.__version__} bare",
            *scorer(baseline).values(),
            f"{baseline_ms:.1f}",
        ],
    ]
    for tool, texts in (published or {}).items():
        rows.append([f"{tool} (published output)", *scorer(texts).values(), ""])
    header = ["extractor", "precision", "recall", "F1", "accuracy", "ms/page"]
    return f"### {name} ({len(pages)} pages)\n\n" + markdown_table(header, rows)


def zyte(shared: Path, work: Path) -> str:
    root = require(shared / "corpora" / "article-extraction-benchmark")
    gold = {
        k: v["articleBody"] for k, v in json.loads((root / "ground-truth.json").read_text()).items()
    }
    pages = {
        p.name.split(".")[0]: gzip.decompress(p.read_bytes())
        for p in (root / "html").glob("*.html.gz")
    }
    ours, seconds = pipeline_texts(root / "html", work, lambda s: Path(s).name.split(".")[0])
    published = {}
    for tool in ("trafilatura", "rs_trafilatura", "readability", "newspaper", "news_please"):
        data = json.loads(gzip.decompress((root / "output" / f"{tool}.json.gz").read_bytes()))
        data = data.get("output", data)
        published[tool] = {k: (v.get("articleBody") or "") for k, v in data.items()}
    return compare(
        "Zyte article-extraction benchmark",
        lambda t: zyte_scores(gold, t),
        pages,
        ours,
        seconds,
        published,
    )


def trafilatura_eval(shared: Path, work: Path) -> str:
    root = require(shared / "corpora" / "trafilatura-eval")
    evaldata = json.loads((root / "evaldata.json").read_text())
    unpacked = work / "unpacked"
    with tarfile.open(root / "html.tar.xz", "r:xz") as archive:
        archive.extractall(unpacked, filter="data")
    # Flat, safe names for the pipeline's input; the map leads back to the eval's keys.
    inputs, keys, pages = work / "pages", {}, {}
    inputs.mkdir()
    for number, (key, entry) in enumerate(sorted(evaldata.items())):
        found = next(
            (
                unpacked / d / entry["file"]
                for d in ("cache", "eval")
                if (unpacked / d / entry["file"]).exists()
            ),
            None,
        )
        if found is None:
            continue
        name = f"{number:04d}.html"
        shutil.copyfile(found, inputs / name)
        keys[name], pages[key] = key, found.read_bytes()
    ours, seconds = pipeline_texts(inputs, work, lambda s: keys[Path(s).name])
    return compare(
        "trafilatura evaluation set", lambda t: snippet_scores(evaldata, t), pages, ours, seconds
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    parser.add_argument("--only", choices=["zyte", "trafilatura"])
    args = parser.parse_args()
    for name, bench in (("zyte", zyte), ("trafilatura", trafilatura_eval)):
        if args.only in (None, name):
            with tempfile.TemporaryDirectory() as work:
                print(bench(args.shared.resolve(), Path(work)), "\n", flush=True)


if __name__ == "__main__":
    main()
