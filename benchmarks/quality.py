"""Extraction quality through the real pipeline, beside bare trafilatura, on two benchmarks.

Zyte's article-extraction benchmark (181 pages, gold bodies; 4-token shingle P/R/F1) and
trafilatura's evaluation set (990 pages, must-have / must-not-have snippets), as HTML through
`newsbeam run` and as plain-text page dumps through the cleaner (`benchmarks/dumps.py`). Every
number is given for the test sites and the dev sites apart (`benchmarks/splits/sites.tsv`);
rules and models were made on dev.

    python -m benchmarks.quality [--shared ../shared] [--only plain|zyte|trafilatura]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
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
from benchmarks.dumps import BODY, all_dumps, site_of, split_of, trafilatura_pages, zyte_pages
from schemas import read_table
from transforms.clean import mark_lines
from transforms.extract import extract_html, main_text
from transforms.language import detect_language

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter:
    """The multiset of `size`-token shingles of a text (tokens are `\\w+` runs)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def zyte_scores(
    gold: dict[str, str], predicted: dict[str, str], keys: set[str] | None = None
) -> dict[str, float]:
    """The Zyte benchmark metric: per-page shingle TP/FP/FN shares, averaged, then P/R/F1."""
    gold = {k: v for k, v in gold.items() if keys is None or k in keys}
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


def snippet_scores(
    evaldata: dict, predicted: dict[str, str], keys: set[str] | None = None
) -> dict[str, float]:
    """trafilatura's metric: a `with` snippet found is a TP, a `without` snippet found an FP."""
    tp = fp = fn = tn = 0
    for key, entry in evaldata.items():
        if keys is not None and key not in keys:
            continue
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
            seconds: float, splits: dict[str, str],
            published: dict[str, dict] | None = None) -> str:  # fmt: skip
    """Score our pipeline and bare trafilatura (and published outputs) on one benchmark,
    on its dev and test sites apart (`splits`: page key -> split)."""
    baseline, baseline_ms = timed(bare_trafilatura, pages)
    _, extract_ms = timed(lambda html: extract_html(html).text, pages)
    rows = []
    for split in ("test", "dev"):
        keys = {k for k in pages if splits[k] == split}

        def score(texts: dict, keys: set[str] = keys) -> list[float]:
            return list(scorer({k: texts.get(k, "") for k in keys}, keys).values())

        rows.append([split, len(keys), "newsbeam run (pipeline)", *score(ours)])
        rows.append(
            [split, len(keys), f"trafilatura {trafilatura.__version__} bare", *score(baseline)]
        )
        for tool, texts in (published or {}).items():
            rows.append([split, len(keys), f"{tool} (published output)", *score(texts)])
    header = ["split", "pages", "extractor", "precision", "recall", "F1", "accuracy"]
    timing = (
        f"ms per page: whole `newsbeam run` {seconds * 1000 / len(pages):.1f}, "
        f"`extract_html` {extract_ms:.1f}, bare trafilatura {baseline_ms:.1f}"
    )
    return f"### {name} ({len(pages)} pages)\n\n" + markdown_table(header, rows) + f"\n\n{timing}"


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
    truth = json.loads((root / "ground-truth.json").read_text())
    splits = {k: split_of(site_of(v["url"])) for k, v in truth.items()}
    return compare(
        "Zyte article-extraction benchmark",
        lambda t, keys: zyte_scores(gold, t, keys),
        pages,
        ours,
        seconds,
        splits,
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
    splits = {k: split_of(site_of(k)) for k in pages}
    return compare(
        "trafilatura evaluation set",
        lambda t, keys: snippet_scores(evaldata, t, keys),
        pages,
        ours,
        seconds,
        splits,
    )


def plain_text(shared: Path, work: Path) -> str:
    """Page dumps through the plain-text cleaner: body lines kept, boilerplate lines removed."""
    require(shared / "corpora")
    counts: dict[tuple[str, str, str], Counter] = {}
    for dump in all_dumps(shared):
        if not dump.lines:
            continue
        split = split_of(dump.site)
        body_text = " ".join(
            line for line, label in zip(dump.lines, dump.labels, strict=True) if label == BODY
        )
        language = detect_language(body_text or " ".join(dump.lines))[0] or "?"
        for scope in ("all", f"lang:{language}"):
            for cleaner, model in (("newsbeam", "text"), ("rules only", None)):
                if model is None and scope != "all":
                    continue
                kinds = mark_lines(dump.lines, find_title=True, model=model).kinds
                tally = counts.setdefault((split, scope, cleaner), Counter())
                tally["pages"] += 1
                for line, label, kind in zip(dump.lines, dump.labels, kinds, strict=True):
                    if label is None:
                        continue
                    words = len(line.split())
                    side = "body" if label == BODY else "boiler"
                    gone = kind is not None
                    tally[f"{side}_lines"] += 1
                    tally[f"{side}_words"] += words
                    tally[f"{side}_lines_removed"] += gone
                    tally[f"{side}_words_removed"] += words * gone
    largest = Counter(
        {k[1]: v["body_lines"] for k, v in counts.items() if k[0] == "test" and k[1] != "all"}
    )
    rows = []
    for split in ("test", "dev"):
        scopes = ["all", *(s for s, _ in largest.most_common(5))] if split == "test" else ["all"]
        for scope in scopes:
            for cleaner in ("newsbeam", "rules only"):
                tally = counts.get((split, scope, cleaner))
                if tally is None:
                    continue
                rows.append([
                    split, scope.removeprefix("lang:"), cleaner, tally["pages"],
                    tally["body_lines"], 1 - tally["body_lines_removed"] / max(1, tally["body_lines"]),
                    1 - tally["body_words_removed"] / max(1, tally["body_words"]),
                    tally["boiler_lines"], tally["boiler_lines_removed"] / max(1, tally["boiler_lines"]),
                    tally["boiler_words_removed"] / max(1, tally["boiler_words"]),
                ])  # fmt: skip
    header = [
        "split", "language", "cleaner", "pages", "body lines", "body lines kept", "body words kept",
        "boilerplate lines", "boilerplate lines removed", "boilerplate words removed",
    ]  # fmt: skip
    return (
        "### Plain-text page dumps (Zyte + trafilatura-eval, labelled lines)\n\n"
        + markdown_table(header, rows)
        + "\n\n"
        + cleaner_cost(shared)
    )


# Timed runs of the cleaning cost, the best one kept (as timeit advises): on this shared
# machine identical runs differ by 15 % or more.
REPEATS = 15


def cleaner_cost(shared: Path, pages: int = 200) -> str:
    """What the line models add per article: the cleaning of 200 pages with each and without."""
    articles = []
    for _, _, html in itertools.islice(
        itertools.chain(zyte_pages(shared), trafilatura_pages(shared)), pages
    ):
        try:
            articles.append(main_text(html)[1])
        except Exception:  # noqa: BLE001 - a page trafilatura cannot read has no article
            continue
    timings: dict[str | None, float] = {}
    for model in ("html", "text", None):
        mark_lines(["warm", "up"], find_title=False, model=model)
        runs = []
        for _ in range(REPEATS):  # the best, in CPU time: other work only ever adds time
            # Without the cyclic collector, as timeit measures: otherwise its passes over
            # this process's other objects (every page dump above) land on whichever line ran.
            gc.disable()
            start = time.process_time()
            for lines in articles:
                mark_lines(lines, find_title=False, model=model)
            runs.append((time.process_time() - start) * 1000 / len(articles))
            gc.enable()
        timings[model] = min(runs)
    lines = sum(map(len, articles)) / len(articles)
    return (
        f"Cleaning cost per article ({len(articles)} articles, {lines:.0f} lines on average): "
        f"{timings[None]:.2f} ms rules only; the HTML path's line model adds "
        f"{timings['html'] - timings[None]:.2f} ms, the plain-text one "
        f"{timings['text'] - timings[None]:.2f} ms."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    parser.add_argument("--only", choices=["plain", "zyte", "trafilatura"])
    args = parser.parse_args()
    for name, bench in (("plain", plain_text), ("zyte", zyte), ("trafilatura", trafilatura_eval)):
        if args.only in (None, name):
            with tempfile.TemporaryDirectory() as work:
                print(bench(args.shared.resolve(), Path(work)), "\n", flush=True)


if __name__ == "__main__":
    main()
