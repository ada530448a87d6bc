"""Near-duplicate detection at scale: synthetic articles with planted copies.

For each size (default 1k, 10k, 100k) a separate process generates articles inside the pipeline
(so nothing is shipped from the driver), runs MarkDuplicates on the local runner, and reports wall
time, peak memory and precision / recall of the planted duplicate links.

    python -m benchmarks.dedupe [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from benchmarks.common import markdown_table, peak_memory_mb
from pipeline.runners import LocalRunner
from schemas import ArticleRecord
from transforms.dedupe import DedupeConfig, MarkDuplicates

SHARD = 1000  # articles generated per element
COPY_SHARE = 0.1  # share of stories that are syndicated
EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def _vocabulary(size: int = 20_000) -> list[str]:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choices(letters, k=rng.randint(3, 10))) for _ in range(size)]


VOCABULARY = _vocabulary()
# Zipf-distributed word use, like real text; cumulative so each draw is a bisection.
CUM_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))


def _paragraphs(rng: random.Random) -> list[str]:
    return [
        " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=rng.randint(25, 45))) + "."
        for _ in range(rng.randint(6, 10))
    ]


def edited_copy(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A syndicated copy: a new preface, the last paragraph trimmed, a few words changed."""
    copy = [
        " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=20)) + ".",
        *paragraphs[:-1],
    ]
    words = "\n".join(copy).split(" ")
    for _ in range(len(words) // 50):  # about 2% of the words
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return " ".join(words).split("\n")


def generate(shard: int) -> list[tuple[ArticleRecord, str]]:
    """Articles of one shard, each with its true story id (copies share the original's)."""
    rng = random.Random(shard)
    out: list[tuple[ArticleRecord, str]] = []
    for n in range(SHARD):
        story = f"s{shard}-{n}"
        paragraphs = _paragraphs(rng)
        versions = [paragraphs]
        if rng.random() < COPY_SHARE:
            versions += [edited_copy(paragraphs, rng) for _ in range(rng.randint(1, 3))]
        for v, text in enumerate(versions):
            published = EPOCH + dt.timedelta(hours=rng.randint(0, 24 * 365))
            record = ArticleRecord(
                id=f"{story}-{v}", url=None, source="synthetic", title=None, authors=[],
                published_at=published, language="xx", language_score=None, text="\n".join(text),
                word_count=0, topics=[], entities=[], duplicate_of=None, removed=[],
                ingested_at=EPOCH, pipeline_version="bench",
            )  # fmt: skip
            out.append((record, story))
    return out


def run_size(size: int, workers: int, work: Path) -> dict:
    """Run the dedupe pipeline over `size` synthetic stories; score the planted links."""
    start = time.perf_counter()
    mode = "multi_processing" if workers > 1 else "in_memory"
    options = PipelineOptions(direct_num_workers=workers, direct_running_mode=mode)
    with beam.Pipeline(runner=LocalRunner(), options=options) as p:
        generated = (
            p
            | "Shards" >> beam.Create(range(size // SHARD))
            | "Spread" >> beam.Reshuffle()
            | "Generate" >> beam.FlatMap(generate)
        )
        truth = generated | "Truth" >> beam.MapTuple(lambda a, story: f"{a.id}\t{story}")
        marked = (
            generated
            | "Articles" >> beam.MapTuple(lambda a, _: a)
            | "MarkDuplicates" >> MarkDuplicates(DedupeConfig(), spill_to=str(work / "spill"))
        )["ok"]
        links = marked | "Links" >> beam.Map(lambda a: f"{a.id}\t{a.duplicate_of or ''}")
        truth | "WriteTruth" >> beam.io.WriteToText(str(work / "truth"))
        links | "WriteLinks" >> beam.io.WriteToText(str(work / "links"))
    seconds = time.perf_counter() - start
    story = dict(
        line.split("\t") for f in work.glob("truth*") for line in f.read_text().splitlines()
    )
    links = dict(
        line.split("\t") for f in work.glob("links*") for line in f.read_text().splitlines()
    )
    copies = sum(1 for s in story if not s.endswith("-0"))
    predicted = {a: c for a, c in links.items() if c}
    correct = sum(1 for a, c in predicted.items() if story[a] == story[c])
    return {
        "articles": len(story),
        # Rows out: a local-runner fault has dropped a bundle's rows on a loaded machine.
        "rows": len(links),
        "planted": copies,
        "seconds": seconds,
        "peak_mb": peak_memory_mb(),
        "precision": correct / len(predicted) if predicted else 1.0,
        "recall": correct / copies if copies else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child_workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        with tempfile.TemporaryDirectory() as work:
            print(json.dumps(run_size(args.child, args.child_workers, Path(work))))
        return
    rows, speeds = [], {}
    for size in args.sizes:
        for workers in args.workers:
            # One process per run, so peak memory is that run's own.
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.dedupe", "--child", str(size),
                 "--child_workers", str(workers)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            r = json.loads(done.stdout.strip().splitlines()[-1])
            speeds[size, workers] = r["articles"] / r["seconds"]
            rows.append([f"{size:,} stories", workers, r["articles"], r["rows"], r["planted"],
                         r["seconds"], speeds[size, workers], r["peak_mb"], r["precision"],
                         r["recall"]])  # fmt: skip
            print(rows[-1], file=sys.stderr, flush=True)
    header = ["input", "workers", "articles", "rows out", "planted copies", "seconds",
              "articles/s", "peak MiB", "precision", "recall"]  # fmt: skip
    print(markdown_table(header, rows))
    largest, most = max(args.sizes), max(args.workers)
    if (largest, most) in speeds:
        # Time per article held steady from 10k to 100k stories: project a day of 1M linearly.
        print(
            f"\nProjected, 1,000,000 stories (about 1.2M articles) on {most} workers: "
            f"{1.2e6 / speeds[largest, most] / 60:.0f} min at the {largest:,}-story rate."
        )


if __name__ == "__main__":
    main()
