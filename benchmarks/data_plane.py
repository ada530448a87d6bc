"""What Beam's local runner alone costs a worker: synthetic article rows made by one stage and
handed through a shuffle to a stage that drops them, nothing of newsbeam's stages in between.

The memory benchmark runs it at two sizes: a worker's growth here is the runner's (its data
channel queues what a worker sends faster than the launcher takes it, up to a cap), not the
pipeline's.

    python -m benchmarks.data_plane --articles 10000
"""

from __future__ import annotations

import argparse

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from benchmarks.memory import article
from pipeline.runners import LocalRunner

PER_SEED = 100


def _articles(seed: int) -> list[dict[str, str]]:
    return [article(n) for n in range(seed, seed + PER_SEED)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    args = parser.parse_args()
    options = PipelineOptions(["--direct_num_workers=2", "--direct_running_mode=multi_processing"])
    with beam.Pipeline(runner=LocalRunner(), options=options) as p:
        _ = (
            p
            | "Seeds" >> beam.Create(list(range(0, args.articles, PER_SEED)))
            | "Make" >> beam.FlatMap(_articles)
            | "Shuffle" >> beam.Reshuffle()
            | "Drop" >> beam.Map(lambda _: None)
        )


if __name__ == "__main__":
    main()
