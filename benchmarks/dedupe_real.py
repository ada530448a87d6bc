"""Near-duplicate detection on real text, with hard negatives: precision and recall.

The articles are real:
- every page of the Zyte and trafilatura-eval benchmarks, extracted by newsbeam: 1,171
  distinct articles, many from one site (shared boilerplate, the same topics, short items);
- the five seeds: one 2017 story as five outlets printed it. 000 and 002 are the same wire
  story (a true pair); 001, 003 and 004 are different reports of the same event, sharing names
  and phrases (hard negatives);
- an edited copy of every 10th page (a new preface, the last paragraph cut, 2% of the words
  changed), as syndication makes them.

The positives are the planted copies, 000-002, and pages the corpora hold twice under two
names (the same extracted text). MarkDuplicates runs on the local runner, and every other link
it makes is a false positive, counted by kind and listed.

    python -m benchmarks.dedupe_real --shared ../shared
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

import apache_beam as beam

from benchmarks.common import markdown_table, require, shared_argument
from benchmarks.dedupe import edited_copy
from benchmarks.dumps import site_of, trafilatura_pages, zyte_pages
from pipeline.runners import LocalRunner
from schemas import ArticleRecord
from transforms.dedupe import DedupeConfig, MarkDuplicates
from transforms.extract import extract_html, extract_text, word_count

EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def record(key: str, text: str, hours: int) -> ArticleRecord:
    return ArticleRecord(
        id=key, url=None, source="bench", title=None, authors=[],
        published_at=EPOCH + dt.timedelta(hours=hours), language=None, language_score=None,
        text=text, word_count=word_count(text), topics=[], entities=[], duplicate_of=None,
        removed=[], ingested_at=EPOCH, pipeline_version="bench",
    )  # fmt: skip


def articles(shared: Path) -> tuple[list[ArticleRecord], dict[str, str], dict[str, str]]:
    """The articles, each one's story (a copy shares its original's), and each one's site."""
    rng = random.Random(11)
    out, story, site = [], {}, {}
    pages = [(f"zyte/{k}", e["url"], html) for k, e, html in zyte_pages(shared)]
    pages += [(f"traf/{k}", e.get("url") or k, html) for k, e, html in trafilatura_pages(shared)]
    first_with_text: dict[str, str] = {}
    for number, (key, url, html) in enumerate(pages):
        text = extract_html(html, url).text
        if word_count(text) < 5:
            continue
        out.append(record(key, text, number))
        # A page the corpora hold twice (under two names) is one story: a natural copy.
        story[key] = first_with_text.setdefault(" ".join(text.split()), key)
        site[key] = site_of(url)
        if number % 10 == 0:
            copy = "\n".join(edited_copy(text.split("\n"), rng))
            out.append(record(f"{key}#copy", copy, number + 10_000))
            story[f"{key}#copy"], site[f"{key}#copy"] = story[key], "syndicated.example"
    for path in sorted((shared / "seeds").glob("*.txt")):
        key = f"seed/{path.name[:3]}"
        out.append(record(key, extract_text(path.read_bytes()).text, 20_000 + len(out)))
        story[key] = "seed/000" if key == "seed/002" else key
        site[key] = f"outlet-{path.name[:3]}.example"
    return out, story, site


def mark(records: list[ArticleRecord]) -> dict[str, str]:
    """Each marked article's duplicate_of, by MarkDuplicates on the local runner."""
    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as work:
        with beam.Pipeline(runner=LocalRunner()) as p:
            spill = f"{work}/spill"
            marked = (p | beam.Create(records) | MarkDuplicates(DedupeConfig(), spill_to=spill))[
                "ok"
            ]
            _ = (
                marked
                | beam.Filter(lambda a: a.duplicate_of)
                | beam.Map(lambda a: f"{a.id}\t{a.duplicate_of}")
                | beam.io.WriteToText(f"{work}/links")
            )
        for path in Path(work).glob("links*"):
            for line in path.read_text().splitlines():
                article, original = line.split("\t")
                found[article] = original
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    args = parser.parse_args()
    require(args.shared / "corpora")
    records, story, site = articles(args.shared)
    by_id = {r.id: r for r in records}
    links = mark(records)
    positives = {a for a in story if story[a] != a}  # each copy, its original not counted
    correct = {a for a, o in links.items() if story[a] == story[o]}
    wrong = {a: o for a, o in links.items() if story[a] != story[o]}
    kinds = {"seed: different report of the same event": 0, "same site": 0,
             "short items (< 80 words)": 0, "other": 0}  # fmt: skip
    for a, o in wrong.items():
        if a.startswith("seed/") and o.startswith("seed/"):
            kinds["seed: different report of the same event"] += 1
        elif site[a] == site[o]:
            kinds["same site"] += 1
        elif min(by_id[a].word_count, by_id[o].word_count) < 80:
            kinds["short items (< 80 words)"] += 1
        else:
            kinds["other"] += 1
    print(f"## Near-duplicates in real text ({len(records)} articles, {len(positives)} true "
          f"copies)\n")  # fmt: skip
    print(markdown_table(
        ["articles", "true copies", "marked", "precision", "recall"],
        [[len(records), len(positives), len(links),
          len(correct) / len(links) if links else 1.0, len(correct) / len(positives)]],
    ))  # fmt: skip
    print("\nSeeds: 002 marked as a copy of 000:", links.get("seed/002") == "seed/000"
          or links.get("seed/000") == "seed/002")  # fmt: skip
    print("\nFalse positives by kind:\n")
    print(markdown_table(["kind", "links"], [[k, n] for k, n in kinds.items()]))
    for a, o in sorted(wrong.items())[:20]:
        print(f"- {a} ({by_id[a].word_count} words) -> {o} ({by_id[o].word_count} words)")


if __name__ == "__main__":
    main()
