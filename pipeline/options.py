"""newsbeam's own pipeline options, and the per-stage configs built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from apache_beam.options.pipeline_options import PipelineOptions

from transforms.dedupe import DedupeConfig
from transforms.entities import EntityConfig
from transforms.extract import ExtractConfig
from transforms.fetch import FetchConfig
from transforms.language import LanguageConfig
from transforms.sink import SinkConfig
from transforms.sources import ReadConfig
from transforms.topics import TopicConfig

DEFAULT_SAMPLES = "samples"


def pipeline_version() -> str:
    """The installed newsbeam version, stamped on every article row."""
    try:
        return version("newsbeam")
    except PackageNotFoundError:
        return "0.0.0+unknown"


class NewsbeamOptions(PipelineOptions):
    """Options of `newsbeam run`; Beam's own options (--runner, ...) pass through beside them."""

    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument(
            "--input",
            action="append",
            default=None,
            help="File, directory or glob to read (.txt, .html, .jsonl, optionally .gz); "
            "repeatable. Default, when no --feed is given either: the bundled samples/.",
        )
        parser.add_argument(
            "--feed",
            action="append",
            default=None,
            help="RSS, Atom or JSON Feed to read (URL or file); each entry's page is fetched. "
            "Repeatable.",
        )
        parser.add_argument("--output", default="out", help="Output folder (local or gs://).")
        parser.add_argument(
            "--max_bytes",
            type=int,
            default=10_000_000,
            help="Largest page, file or record read, in bytes; larger ones are rejects.",
        )
        parser.add_argument(
            "--output_shards", type=int, default=1, help="Parquet files per table and date."
        )
        parser.add_argument(
            "--topic_min_score",
            type=float,
            default=TopicConfig.min_score,
            help="Lowest probability for a topic to be listed (at most three are).",
        )
        parser.add_argument(
            "--duplicate_threshold",
            type=float,
            default=DedupeConfig.threshold,
            help="Estimated Jaccard similarity (word 3-gram shingles) above which an article "
            "is a near-duplicate of an earlier one.",
        )
        parser.add_argument(
            "--append",
            action="store_true",
            default=False,
            help="Add to existing tables instead of replacing them.",
        )
        parser.add_argument(
            "--allow_private_hosts",
            "--allow-private-hosts",
            dest="allow_private_hosts",
            action="store_true",
            default=False,
            help="Fetch from private, loopback and link-local addresses (local tests, intranet "
            "feeds). Refused by default.",
        )
        parser.add_argument(
            "--fetch_timeout",
            type=float,
            default=FetchConfig.read_timeout_s,
            help="Seconds to wait for a server's answer.",
        )
        parser.add_argument(
            "--fetch_retries",
            type=int,
            default=FetchConfig.retries,
            help="Retries after a 429, 5xx or connection error (exponential backoff).",
        )
        parser.add_argument(
            "--per_host_delay",
            type=float,
            default=FetchConfig.per_host_delay_s,
            help="Least seconds between two requests to one host (robots.txt may ask more).",
        )
        parser.add_argument(
            "--per_host_concurrency",
            type=int,
            default=FetchConfig.per_host_concurrency,
            help="Most requests in flight to one host.",
        )


@dataclass(frozen=True)
class RunSettings:
    """Everything one run needs, stage by stage."""

    inputs: list[str]
    feeds: list[str]
    output: str
    append: bool
    read: ReadConfig
    fetch: FetchConfig
    extract: ExtractConfig
    language: LanguageConfig
    topics: TopicConfig
    entities: EntityConfig
    dedupe: DedupeConfig
    sink: SinkConfig


def run_settings(options: NewsbeamOptions, ingested_at: dt.datetime) -> RunSettings:
    """Map parsed options to the stage configs (the only place that reads options)."""
    output = options.output.rstrip("/") or "/"
    feeds = list(options.feed or [])
    return RunSettings(
        inputs=list(options.input or ([] if feeds else [DEFAULT_SAMPLES])),
        feeds=feeds,
        output=output,
        append=options.append,
        read=ReadConfig(max_bytes=options.max_bytes),
        fetch=FetchConfig(
            max_bytes=options.max_bytes,
            read_timeout_s=options.fetch_timeout,
            retries=options.fetch_retries,
            per_host_delay_s=options.per_host_delay,
            per_host_concurrency=options.per_host_concurrency,
            allow_private_hosts=options.allow_private_hosts,
        ),
        extract=ExtractConfig(ingested_at=ingested_at, pipeline_version=pipeline_version()),
        language=LanguageConfig(),
        topics=TopicConfig(min_score=options.topic_min_score),
        entities=EntityConfig(),
        dedupe=DedupeConfig(threshold=options.duplicate_threshold),
        sink=SinkConfig(output=output, shards=options.output_shards),
    )
