"""The sink alone, for the throughput benchmark: N synthetic articles of one date written.

Rows are made on the workers (from numbers), so the job graph stays small at any N; it prints
the number of Parquet files written.

    python -m benchmarks.sink_only --rows 100000 --output /tmp/sink [--output_shards 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.runners import LocalRunner
from schemas import ArticleRecord, Entity, RejectRecord, Topic
from tests.live_site import WORDS
from transforms.sink import SinkConfig, WriteTables

DAY = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC)


def synthetic_article(number: int) -> ArticleRecord:
    """An article of about 500 words, with topics and entities, all on one date."""
    rng = random.Random(number)
    text = " ".join(rng.choice(WORDS) for _ in range(500))
    return ArticleRecord(
        id=f"{number:012d}", url=f"https://news.example/{number}", source="bench",
        title=f"Story {number}", authors=["A. Writer"], published_at=DAY, language="en",
        language_score=0.99, text=text, word_count=500,
        topics=[Topic("04000000", "economy, business and finance", 0.7)],
        entities=[Entity("Lindenau", "LOC", 2), Entity("Harbour Board", "ORG", 1)],
        duplicate_of=None, removed=[], ingested_at=DAY, pipeline_version="bench",
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--output_shards", type=int, default=None)
    args = parser.parse_args()
    options = PipelineOptions(["--direct_num_workers=2", "--direct_running_mode=multi_processing"])
    with beam.Pipeline(runner=LocalRunner(), options=options) as p:
        # 100 seeds spread over the workers, each making its share of rows.
        articles = (
            p
            | "Seeds" >> beam.Create(range(100))
            | "Spread" >> beam.Reshuffle()
            | "Rows" >> beam.FlatMap(lambda s: map(synthetic_article, range(s, args.rows, 100)))
        )
        rejects = p | "NoRejects" >> beam.Create([], reshuffle=False).with_output_types(
            RejectRecord
        )
        tables = {"articles": articles, "rejects": rejects}
        tables | WriteTables(SinkConfig(str(args.output), shards=args.output_shards))
    print(len(list(args.output.rglob("*.parquet"))))


if __name__ == "__main__":
    main()
