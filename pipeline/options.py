"""newsbeam's own pipeline options, and the per-stage configs built from them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

from apache_beam.options.pipeline_options import PipelineOptions, PipelineOptionsT

from transforms.dedupe import DedupeConfig
from transforms.entities import EntityConfig
from transforms.extract import ExtractConfig
from transforms.fetch import FetchConfig
from transforms.language import LanguageConfig
from transforms.poll import PollConfig
from transforms.scope import Scope, parse_domains
from transforms.seen import DEFAULT_RETENTION_S, SeenConfig
from transforms.sink import ROWS_PER_FILE, SinkConfig
from transforms.sources import ReadConfig
from transforms.topics import TopicConfig

PROGRESS_EVERY_S = 10.0  # between two progress log lines when stderr is not a terminal

DEFAULT_SAMPLES = "samples"


def pipeline_version() -> str:
    """The installed newsbeam version, stamped on every article row."""
    try:
        return version("newsbeam")
    except PackageNotFoundError:
        return "0.0.0+unknown"


class JobOptions(PipelineOptions):
    """The options a job is built with: one view per options class, made on first use.

    Beam asks the pipeline's options for a view at every transform it applies (about 340 for the
    batch graph), and each new view builds an argument parser for its class. Views share their
    values, so one per class serves every caller: the batch graph builds in 0.21 s, not 0.40.
    """

    def view_as(self, cls: type[PipelineOptionsT]) -> PipelineOptionsT:
        try:  # set past PipelineOptions' attribute hooks, which take names for options
            views = object.__getattribute__(self, "_views")
        except AttributeError:
            views = {}
            object.__setattr__(self, "_views", views)
        if cls not in views:
            views[cls] = super().view_as(cls)
        return views[cls]


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
        parser.add_argument(
            "--sitemap",
            action="append",
            default=None,
            help="Sitemap, sitemap index or Google News sitemap (URL or file, optionally "
            ".gz); each listed page is fetched like a feed entry. Repeatable.",
        )
        parser.add_argument(
            "--url_filter",
            default=None,
            help="Keep only WARC records and feed and sitemap entries whose URL matches this "
            "regular expression (searched, not anchored); the rest are counted as filtered.",
        )
        parser.add_argument(
            "--domains",
            default=None,
            help="Keep only WARC records and feed and sitemap entries on these sites "
            "(comma-separated; subdomains included); the rest are counted as filtered.",
        )
        parser.add_argument(
            "--since",
            default=None,
            help="Keep only feed and sitemap entries dated on or after this date (ISO 8601, "
            "e.g. 2026-11-01); entries with no date are kept, older ones counted as filtered. "
            "A sitemap index's sitemaps last changed before it are not read.",
        )
        parser.add_argument("--output", default="out", help="Output folder (local or gs://).")
        parser.add_argument(
            "--max_bytes",
            type=int,
            default=10_000_000,
            help="Largest page, file or record read, in bytes; larger ones are rejects.",
        )
        parser.add_argument(
            "--output_shards",
            type=int,
            default=None,
            help="Parquet files per table and date, rows grouped by hash (a file layout "
            "independent of bundling). Default: files cut from each worker's rows by "
            "--rows_per_file, no shuffle (one per window in a stream).",
        )
        parser.add_argument(
            "--rows_per_file",
            type=int,
            default=ROWS_PER_FILE,
            help="Most rows per Parquet file: each worker writes a date's rows in files of "
            "this size, so a big day is written by every worker at once.",
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
            "--quiet",
            action="store_true",
            default=False,
            help="No progress: neither the live line on a terminal nor the periodic progress "
            "log lines elsewhere (the end-of-run summary still prints).",
        )
        parser.add_argument(
            "--progress_every",
            type=float,
            default=PROGRESS_EVERY_S,
            help="Seconds between two progress log lines when stderr is not a terminal.",
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


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def duration_seconds(text: str) -> float:
    """Parse a duration: seconds ("90", "1.5") or a number with a unit ("30m", "12h", "7d")."""
    value = text.strip().lower()
    scale = _UNITS.get(value[-1:], None)
    number = float(value[:-1] if scale else value)
    if number <= 0:
        raise ValueError(f"not a positive duration: {text!r}")
    return number * (scale or 1)


class StreamOptions(PipelineOptions):
    """Options of `newsbeam stream` only."""

    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument(
            "--watch",
            action="append",
            default=None,
            help="Folder to watch: new .txt/.md/.html/.jsonl(.gz) files in it are read as they "
            "appear (write them under a hidden name, then rename). Repeatable.",
        )
        parser.add_argument(
            "--poll_interval",
            type=duration_seconds,
            default=60.0,
            help="Seconds between two polls of every feed and watched folder (default 60).",
        )
        parser.add_argument(
            "--window",
            type=duration_seconds,
            default=60.0,
            help="Seconds of each output window: new Parquet files are committed once per "
            "window (default 60).",
        )
        parser.add_argument(
            "--duration",
            type=duration_seconds,
            default=None,
            help="Stop after this long, every window written (default: run until Ctrl-C).",
        )
        parser.add_argument(
            "--seen_retention",
            type=duration_seconds,
            default=DEFAULT_RETENTION_S,
            help="How long an entry's URL (and a near-duplicate's original) is remembered, "
            "e.g. 7d (the default), 12h, 3600.",
        )


@dataclass(frozen=True)
class StreamSettings:
    """What a stream adds to a run's settings: what to watch, when to poll, how to window."""

    watch: list[str]
    poll: PollConfig
    window_s: float
    allowed_lateness_s: float
    seen: SeenConfig


def stream_settings(
    options: StreamOptions, start: float, stop_marker: str | None, known: frozenset[str]
) -> StreamSettings:
    """Map parsed stream options to the stream's settings."""
    return StreamSettings(
        watch=sorted(options.watch or []),
        poll=PollConfig(
            start=start,
            interval_s=options.poll_interval,
            stop=start + options.duration if options.duration else None,
            stop_marker=stop_marker,
            drain_horizon_s=options.window + 1.0,
        ),
        window_s=options.window,
        # Records behind the watermark (a stalled worker's) still get a pane of their own.
        allowed_lateness_s=10 * options.window,
        seen=SeenConfig(retention_s=options.seen_retention, known=known),
    )


@dataclass(frozen=True)
class RunSettings:
    """Everything one run needs, stage by stage."""

    inputs: list[str]
    feeds: list[str]
    sitemaps: list[str]
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
    scope: Scope = field(default_factory=Scope)
    # Ids of the articles already in the output, when a run adds to it: a repeat is a reject.
    known_ids: frozenset[str] = frozenset()


def run_settings(options: NewsbeamOptions, ingested_at: dt.datetime | None) -> RunSettings:
    """Map parsed options to the stage configs (the only place that reads options).

    `ingested_at` None is a stream's: each record is stamped when processed, and no input
    defaults to the samples.
    """
    output = options.output.rstrip("/") or "/"
    feeds, sitemaps = list(options.feed or []), list(options.sitemap or [])
    default_inputs = [DEFAULT_SAMPLES] if ingested_at and not feeds and not sitemaps else []
    scope = run_scope(options)
    return RunSettings(
        inputs=list(options.input or default_inputs),
        feeds=feeds,
        sitemaps=sitemaps,
        output=output,
        append=options.append,
        read=ReadConfig(max_bytes=options.max_bytes, scope=scope),
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
        sink=SinkConfig(
            output=output, shards=options.output_shards, rows_per_file=options.rows_per_file
        ),
        scope=scope,
    )


def run_scope(options: NewsbeamOptions) -> Scope:
    """The run's scope from --url_filter, --domains and --since.

    Raises:
        ValueError: an invalid pattern or date, in one line.
    """
    try:
        re.compile(options.url_filter or "")
    except re.error as error:
        raise ValueError(f"--url_filter {options.url_filter!r}: {error}") from None
    since = None
    if options.since:
        since = parse_since(options.since)
    domains = parse_domains(options.domains) if options.domains else ()
    if options.domains is not None and not domains:
        raise ValueError("--domains names no domain")
    return Scope(url_pattern=options.url_filter or None, domains=domains, since=since)


def parse_since(text: str) -> dt.datetime:
    """Parse --since: an ISO 8601 date or time (UTC when it names no zone)."""
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--since {text!r} is not an ISO 8601 date (e.g. 2026-11-01)") from None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
