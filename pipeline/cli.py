"""The `newsbeam` command line: `newsbeam run` (batch) and `newsbeam stream` (live)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import posixpath
import sys
import tempfile
import time
import uuid
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import NoReturn

import apache_beam as beam
import pyarrow as pa
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    PortableOptions,
    PrismRunnerOptions,
    StandardOptions,
    TestOptions,
    TypeOptions,
    _BeamArgumentParser,
)
from apache_beam.runners.runner import PipelineResult, create_runner

from pipeline.batch import build_batch
from pipeline.commit import (
    OutputLock,
    OutputLocked,
    clear_staging,
    commit,
    new_run_id,
    staging_folder,
    table_files,
    write_record,
)
from pipeline.drain import finish, run_until_drained
from pipeline.live import LiveCounters
from pipeline.options import (
    DEFAULT_SAMPLES,
    JobOptions,
    NewsbeamOptions,
    RunSettings,
    StreamOptions,
    run_scope,
    run_settings,
    stream_settings,
)
from pipeline.prism import PrismError, find_prism, missing_prism_message, prism_job_server
from pipeline.progress import JobCounters, ProgressReporter, input_size
from pipeline.record import (
    check_accounting,
    input_counts,
    our_options,
    record_counts,
    run_record,
    stream_record,
    versions,
)
from pipeline.runners import LocalRunner, register_runner_options, release, resolve_runner
from pipeline.stream import build_stream
from pipeline.summary import count_tables, summary_lines
from pipeline.verify import verify_output
from schemas import TABLES, read_table
from transforms.seen import known_keys
from transforms.sources import FORMATS, match_input, match_paths
from transforms.threads import call_in_thread

USAGE = """usage: newsbeam run [--input PATH_OR_GLOB]... [--feed URL_OR_FILE]... [--sitemap URL_OR_FILE]... [--output DIR] [Beam options...]
       newsbeam stream (--feed URL_OR_FILE | --sitemap URL_OR_FILE | --watch DIR)... [--output DIR] [Beam options...]
       newsbeam inspect OUT [--json]
       newsbeam report OUT --html FILE
       newsbeam verify OUT

Read articles from files, WARC archives, feeds and sitemaps, clean and tag them, write Parquet tables `articles` and
`rejects`; `run` once over its inputs, `stream` live until stopped.
`newsbeam run --help` and `newsbeam stream --help` list every option."""


class UsageError(Exception):
    """A bad command line: reported in one line, exit status 2."""


class _StrictParser(_BeamArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def parse_args(argv: list[str], command: str = "run") -> PipelineOptions:
    """Parse `run`'s or `stream`'s arguments; every flag must be the command's or Beam's."""
    register_runner_options(argv)
    parser = _StrictParser(prog=f"newsbeam {command}", allow_abbrev=False)
    for cls in {str(c): c for c in PipelineOptions.__subclasses__()}.values():
        if command == "run" and cls is StreamOptions:
            continue
        cls._add_argparse_args(parser)  # same parser Beam builds for its own options
    try:
        _, unknown = parser.parse_known_args(argv)
    except UsageError as error:
        hint = (
            " (it belongs to `newsbeam stream`)"
            if command == "run" and _is_stream_flag(argv)
            else ""
        )
        raise UsageError(f"{error}{hint}") from None
    if unknown:
        hint = " (it belongs to `newsbeam stream`)" if _is_stream_flag(unknown) else ""
        raise UsageError(f"unrecognized argument: {unknown[0]}{hint}")
    options = JobOptions(argv)
    # Beam type-checks every transform of the graph as it is built: about 0.3 s of each run's
    # start-up, for a graph that is the same every run (the tests build it with the checks on).
    options.view_as(TypeOptions).pipeline_type_check = False
    standard = options.view_as(StandardOptions)
    if command == "run" and standard.streaming:
        raise UsageError("--streaming: `newsbeam run` is a batch job; use `newsbeam stream`")
    ours = options.view_as(NewsbeamOptions)
    sizes = (ours.max_bytes, ours.output_shards or 1, ours.per_host_concurrency, ours.rows_per_file)
    if min(sizes) <= 0 or ours.progress_every <= 0:
        raise UsageError(
            "--max_bytes, --output_shards, --per_host_concurrency, --rows_per_file and "
            "--progress_every must be positive"
        )
    try:
        run_scope(ours)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if command == "stream":
        _stream_defaults(options, argv)
    else:
        standard.runner = resolve_runner(standard.runner)
    return options


def parse_run_args(argv: list[str]) -> PipelineOptions:
    """Parse `run`'s arguments."""
    return parse_args(argv, "run")


def _is_stream_flag(args: list[str]) -> bool:
    stream_flags = ("--watch", "--poll_interval", "--window", "--duration", "--seen_retention")
    return any(a.split("=")[0] in stream_flags for a in args)


def _stream_defaults(options: PipelineOptions, argv: list[str]) -> None:
    """A stream runs on Prism unless another runner is named, its SDK workers in-process."""
    standard = options.view_as(StandardOptions)
    standard.streaming = True
    ours = options.view_as(NewsbeamOptions)
    if ours.input or ours.append:
        raise UsageError(
            "--input and --append are for `newsbeam run`; a stream reads --feed, --sitemap "
            "and --watch "
            "and always adds to the tables"
        )
    if not ours.feed and not ours.sitemap and not options.view_as(StreamOptions).watch:
        raise UsageError("nothing to stream: give at least one --feed, --sitemap or --watch")
    if standard.runner not in (None, "DirectRunner", "PrismRunner"):
        return
    standard.runner = "PrismRunner"
    prism = options.view_as(PrismRunnerOptions)
    prism.prism_location = find_prism(prism.prism_location)
    if prism.prism_location is None:
        raise UsageError(missing_prism_message())
    portable = options.view_as(PortableOptions)
    portable.environment_type = portable.environment_type or "LOOPBACK"
    if not any(a.startswith(("--job_server_timeout", "--job-server-timeout")) for a in argv):
        # Beam puts this deadline (300 s by default) on the job's state and message streams,
        # which a stream keeps open for as long as it runs.
        portable.job_server_timeout = STREAM_JOB_TIMEOUT_S
    if not any(a.startswith("--prism_log_level") for a in argv):
        prism.prism_log_level = "warn"


def check_inputs(settings: RunSettings, defaulted: bool = False) -> None:
    """Fail early, in one line, when an --input matches no file or a feed or sitemap file is
    missing."""
    for spec in settings.inputs:
        if match_input(spec):
            continue
        if defaulted:
            raise UsageError(
                f"no --input given, and the default {DEFAULT_SAMPLES}/ folder is not here "
                f"({os.getcwd()}): run inside the repository, or give --input, --feed or --sitemap"
            )
        if FileSystems.exists(spec) and (found := unreadable_suffixes(spec)):
            raise UsageError(
                f"{spec!r} has no file newsbeam reads: it has {found}; newsbeam reads "
                f"{', '.join(sorted(FORMATS))} (each optionally .gz)"
            )
        raise UsageError(f"no input files match {spec!r}")
    for flag, names in (("feed", settings.feeds), ("sitemap", settings.sitemaps)):
        for name in names:
            if "://" not in name and not FileSystems.exists(name):
                raise UsageError(f"no such {flag} file {name!r}")


def unreadable_suffixes(folder: str) -> str:
    """The suffixes of the files in a folder, counted ("3 .pdf, 1 .docx"), for an error."""
    paths = match_paths(f"{folder.rstrip('/')}/**")
    counts = Counter(posixpath.splitext(path)[1].lower() or "(none)" for path in paths)
    return ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items(), key=lambda kv: -kv[1]))


REMOTE_RUNNERS = ("DataflowRunner",)
STREAM_JOB_TIMEOUT_S = 10 * 365 * 24 * 3600


def check_remote_paths(options: PipelineOptions, settings: RunSettings) -> None:
    """On a remote runner, refuse paths only the launching machine can see, in one line."""
    runner = str(options.view_as(StandardOptions).runner or "")
    if not runner.endswith(REMOTE_RUNNERS):
        return
    watch = (
        options.view_as(StreamOptions).watch or [] if "watch" in options.get_all_options() else []
    )
    named = [("--input", p) for p in settings.inputs] + [("--watch", p) for p in watch]
    named += [("--feed", f) for f in settings.feeds if "://" not in f]
    named += [("--sitemap", f) for f in settings.sitemaps if "://" not in f]
    named.append(("--output", settings.output))
    for flag, path in named:
        if "://" not in path:
            raise UsageError(
                f"{flag} {path!r} is a local path: {runner} workers cannot see it "
                "(use gs:// or another shared filesystem)"
            )


def check_writable(output: str) -> None:
    """Fail early, in one line, when a local output folder cannot be written."""
    if "://" in output:
        return
    try:
        os.makedirs(output, exist_ok=True)
        with tempfile.TemporaryFile(dir=output):
            pass
    except OSError as error:
        raise UsageError(f"cannot write to --output {output!r}: {error.strerror}") from None


class _DefaultsHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help that ends each option with its default, where it has one worth saying."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.default in (None, False, argparse.SUPPRESS) or "default" in text.lower():
            return text
        return f"{text} (default: %(default)s)"


BEAM_EPILOG = """Apache Beam's own options pass through, e.g.:
  --direct_num_workers=2 --direct_running_mode=multi_processing   local, on 2 processes
  --runner DataflowRunner --project P --region R --temp_location gs://B/tmp
  --runner DaskRunner --dask_client_address tcp://HOST:8786
  --dry_run=True   build the job graph only"""


def print_help(command: str) -> int:
    """Print a command's own options (Beam's pass through); return exit status 0."""
    parser = argparse.ArgumentParser(
        prog=f"newsbeam {command}",
        description=USAGE.split("\n\n")[1],
        formatter_class=_DefaultsHelpFormatter,
    )
    NewsbeamOptions._add_argparse_args(parser)
    if command == "stream":
        StreamOptions._add_argparse_args(parser)
    parser.add_argument(
        "--runner",
        help="PrismRunner (default of stream, found where `make prism` builds it, or "
        "--prism_location), DataflowRunner"
        if command == "stream"
        else "DirectRunner (default), DaskRunner, FlinkRunner, DataflowRunner, PrismRunner, "
        "or a runner class path.",
    )
    parser.epilog = BEAM_EPILOG
    parser.print_help()
    return 0


def load_runner(options: PipelineOptions) -> object:
    """The runner the options name, or a one-line error."""
    try:
        return create_runner(options.view_as(StandardOptions).runner)
    except (ValueError, ImportError, AttributeError) as error:
        raise UsageError(f"cannot load runner: {error}") from None


def run(argv: list[str]) -> int:
    """Run the pipeline as `newsbeam run` would; return the exit status."""
    if any(a in ("-h", "--help") for a in argv):
        return print_help("run")
    started = dt.datetime.now(dt.UTC)
    options = parse_run_args(argv)
    settings = run_settings(options.view_as(NewsbeamOptions), started)
    runner = load_runner(options)
    check_remote_paths(options, settings)
    if options.view_as(TestOptions).dry_run:  # builds the job graph only: touches no file
        pipeline = beam.Pipeline(runner=runner, options=options)
        build_batch(pipeline, settings)
        release(call_in_thread(lambda: finish(pipeline.run()), name="newsbeam-job"))
        print("newsbeam: dry run: job graph built, nothing submitted")
        return 0
    check_inputs(settings, defaulted=options.view_as(NewsbeamOptions).input is None)
    check_writable(settings.output)
    shown, total = choose_progress(options, settings, argv)
    run_id = new_run_id(started)
    with _locked(settings.output, run_id):
        clear_staging(settings.output)
        staging = staging_folder(settings.output, run_id)
        known = read_table(settings.output, "articles").column("id") if settings.append else []
        settings = replace(
            settings,
            sink=replace(settings.sink, output=staging),
            known_ids=frozenset(pa.array(known, pa.string()).to_pylist()),
        )
        pipeline = beam.Pipeline(runner=runner, options=options)
        build_batch(pipeline, settings)
        try:
            every_s = options.view_as(NewsbeamOptions).progress_every
            result = run_with_progress(pipeline, shown, total, every_s)
            release(result)
            counts = count_tables(staging)
            read, filtered = input_counts(result)
            check_accounting(read, filtered, counts)
            files = commit(settings.output, run_id, settings.append)
        except BaseException:
            _forget(staging)
            raise
        record = run_record(run_id, "append" if settings.append else "replace", started, counts)
        record.files = files
        record.records, record.filtered = read, filtered
        record.inputs = [*settings.inputs, *settings.feeds, *settings.sitemaps]
        record.versions, record.options = versions(), our_options(options)
        write_record(settings.output, record)
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    print(summary_lines(counts, settings.output, seconds, record.filtered))
    return 0


@contextlib.contextmanager
def stream_progress(options: PipelineOptions) -> Iterator[JobCounters]:
    """Show a stream's progress from its job's metrics while the block runs (unless --quiet);
    the job's result is handed to the counters yielded once it is submitted."""
    counters, ours = JobCounters(live=None), options.view_as(NewsbeamOptions)
    if ours.quiet:
        yield counters
        return
    with _progress(counters, None, ours.progress_every):
        yield counters


def _progress(counters: JobCounters, total: int | None, every_s: float) -> ProgressReporter:
    logging.getLogger("newsbeam.progress").setLevel(logging.INFO)
    return ProgressReporter(counters, total, every_s, sys.stderr, sys.stderr.isatty())


def choose_progress(
    options: PipelineOptions, settings: RunSettings, argv: list[str]
) -> tuple[bool, int | None]:
    """Whether a batch run shows progress (not with --quiet, nor on a few small files), and
    the records it will read where the files say.

    Beam's default local mode, in_memory, runs a bundle inside the call that starts it, so no
    progress request reaches it; a run that shows progress gets a threaded worker in the same
    process instead (as fast on the Zyte pages, 41.6 s against 43.8, but about a second slower
    to start), unless the user chose a mode.
    """
    size = input_size(settings.inputs, bool(settings.feeds or settings.sitemaps))
    quiet = options.view_as(NewsbeamOptions).quiet or size.small
    if not any(a.startswith("--direct_running_mode") for a in argv):
        mode = "in_memory" if quiet else "multi_threading"
        options.view_as(DirectOptions).direct_running_mode = mode
    return not quiet, size.records


def run_with_progress(
    pipeline: beam.Pipeline, shown: bool, total: int | None, every_s: float
) -> PipelineResult:
    """Run a batch job to its end, showing its progress if `shown`."""
    if not shown:
        return call_in_thread(lambda: finish(pipeline.run()), name="newsbeam-job")
    live = LiveCounters() if isinstance(pipeline.runner, LocalRunner) else None
    if live is not None:
        pipeline.runner.live = live
    counters = JobCounters(live)

    def job() -> PipelineResult:
        return finish(counters.submitted(pipeline.run()))

    with _progress(counters, total, every_s):
        return call_in_thread(job, name="newsbeam-job")


@contextlib.contextmanager
def _locked(output: str, run_id: str) -> Iterator[OutputLock]:
    """Hold the output's lock for a run; a held lock is a one-line error."""
    lock = OutputLock(output, run_id)
    try:
        lock.acquire()
    except OutputLocked as error:
        raise UsageError(str(error)) from None
    if lock.taken_over:
        logging.getLogger(__name__).warning(
            "took over the lock of run %s (its process is gone)", lock.taken_over.get("run_id")
        )
    try:
        yield lock
    finally:
        lock.release()


def _forget(staging: str) -> None:
    """Remove a failed run's staging folder; what cannot be removed now, the next run will."""
    with contextlib.suppress(OSError):
        if FileSystems.exists(staging):
            FileSystems.delete([staging])


def check_watched(folders: list[str]) -> None:
    """Fail early when a watched local folder does not exist."""
    for folder in folders:
        if "://" not in folder and not os.path.isdir(folder):
            raise UsageError(f"no such folder to --watch: {folder!r}")


def stream(argv: list[str]) -> int:
    """Run the live pipeline as `newsbeam stream` would; return the exit status."""
    if any(a in ("-h", "--help") for a in argv):
        return print_help("stream")
    started = dt.datetime.now(dt.UTC)
    options = parse_args(argv, "stream")
    settings = run_settings(options.view_as(NewsbeamOptions), None)
    check_remote_paths(options, settings)
    marker = f"{settings.output}/_stream/stop-{uuid.uuid4().hex}"
    if options.view_as(TestOptions).dry_run:
        live = stream_settings(options.view_as(StreamOptions), time.time(), marker, frozenset())
        with _stream_runner(options, dry_run=True):
            pipeline = beam.Pipeline(runner=load_runner(options), options=options)
            build_stream(pipeline, settings, live)
            run_until_drained(pipeline, marker, watch_interrupts=False)
        print("newsbeam: dry run: streaming job graph built, nothing submitted")
        return 0
    check_inputs(settings)
    check_watched(options.view_as(StreamOptions).watch or [])
    check_writable(settings.output)
    run_id = new_run_id(started)
    with _locked(settings.output, run_id):
        clear_staging(settings.output)
        # The stream starts from what the output already holds.
        articles = read_table(settings.output, "articles")
        known = known_keys(articles, read_table(settings.output, "rejects"))
        before = {t: set(table_files(settings.output, t)) for t in TABLES}
        settings = replace(settings, known_ids=frozenset(articles.column("id").to_pylist()))
        live = stream_settings(options.view_as(StreamOptions), time.time(), marker, known)
        print(
            f"newsbeam: streaming {len(settings.feeds) + len(settings.sitemaps) + len(live.watch)} "
            f"source(s) every "
            f"{live.poll.interval_s:g} s, committing every {live.window_s:g} s to "
            f"{settings.output}/articles and {settings.output}/rejects "
            f"({len(articles)} articles already there)\n"
            f'newsbeam: query it while it runs, e.g. duckdb -c "SELECT count(*) FROM '
            f"read_parquet('{settings.output}/articles/*/*.parquet')\"; Ctrl-C stops",
            flush=True,
        )
        try:
            with _stream_runner(options, dry_run=False), stream_progress(options) as job:
                pipeline = beam.Pipeline(runner=load_runner(options), options=options)
                build_stream(pipeline, settings, live)
                run_until_drained(pipeline, marker, watch_interrupts=True, on_submit=job.submitted)
        finally:
            # What the windows committed, recorded even when the stream failed or was aborted.
            record = stream_record(settings.output, run_id, started, before)
            record.inputs = [*settings.feeds, *settings.sitemaps, *live.watch]
            record.versions, record.options = versions(), our_options(options, "stream")
            write_record(settings.output, record)
    seconds = (dt.datetime.now(dt.UTC) - started).total_seconds()
    print(summary_lines(record_counts(record), settings.output, seconds).replace(
        "newsbeam:", "newsbeam: stream stopped:", 1
    ))  # fmt: skip
    return 0


@contextlib.contextmanager
def _stream_runner(options: PipelineOptions, dry_run: bool) -> Iterator[None]:
    """On Prism: our own job server, out of Ctrl-C's reach, and Beam's portable runner."""
    standard = options.view_as(StandardOptions)
    if standard.runner != "PrismRunner" or dry_run:
        yield
        return
    prism = options.view_as(PrismRunnerOptions)
    try:
        server = prism_job_server(prism.prism_location, prism.prism_log_level)
        endpoint = server.__enter__()
    except PrismError as error:
        raise UsageError(str(error)) from None
    try:
        options.view_as(PortableOptions).job_endpoint = endpoint
        standard.runner = "PortableRunner"
        yield
    finally:
        server.__exit__(None, None, None)


def verify(argv: list[str]) -> int:
    """Check an output folder as `newsbeam verify OUT` would; return 0 when all is well."""
    if len(argv) != 1 or argv[0].startswith("-"):
        if argv and argv[0] in ("-h", "--help"):
            print("usage: newsbeam verify OUT\n\nCheck every Parquet file reads and has its "
                  "table's schema, the run records (OUT/_runs) agree with the files (rows, "
                  "checksums), no article id appears twice, and each run's accounting holds.")  # fmt: skip
            return 0
        raise UsageError("usage: newsbeam verify OUT")
    output = argv[0]
    if not FileSystems.exists(output):
        raise UsageError(f"no such output folder {output!r}")
    verdict = verify_output(output)
    for problem in verdict.problems:
        print(f"newsbeam: verify: {problem}", file=sys.stderr)
    rows = ", ".join(f"{n} {table}" for table, n in verdict.rows.items())
    state = f"{len(verdict.problems)} problems" if verdict.problems else "ok"
    print(
        f"newsbeam: verify {output}: {state} ({verdict.files} files, {rows}, {verdict.runs} runs)"
    )
    return 1 if verdict.problems else 0


def _output_parser(command: str, description: str) -> _StrictParser:
    """The parser of a command that reads an output folder (its one positional argument)."""
    parser = _StrictParser(prog=f"newsbeam {command}", description=description)
    parser.add_argument("output", help="output folder (local)")
    return parser


def _local_output(path: str, command: str) -> str:
    """An existing local output folder, normalised, or a one-line error."""
    if not os.path.isdir(path):
        raise UsageError(f"no such output folder {path!r} ({command} reads local folders)")
    return path.rstrip("/") or "/"


def inspect(argv: list[str]) -> int:
    """Describe an output folder as `newsbeam inspect OUT [--json]` would."""
    parser = _output_parser(
        "inspect",
        "Counts by date, language, topic and source, top entities, duplicate groups, rejects "
        "by stage and reason, schema and files of an output (read with DuckDB; fine on a "
        "folder a stream is writing into).",
    )
    # DuckDB and Plotly load only for the commands that use them: `run` starts faster.
    from pipeline.inspect import TOP, format_inspection, inspect_output

    parser.add_argument("--json", action="store_true", help="print JSON, for scripts")
    parser.add_argument("--top", type=int, default=TOP, help="rows per ranking")
    args = parser.parse_args(argv)
    report = inspect_output(_local_output(args.output, "inspect"), args.top)
    print(json.dumps(report, default=str, indent=1) if args.json else format_inspection(report))
    return 0


def report(argv: list[str]) -> int:
    """Write the HTML report of an output as `newsbeam report OUT --html FILE` would."""
    parser = _output_parser(
        "report",
        "One self-contained HTML page (no network needed to open it) of charts about an "
        "output: articles per day by topic, languages, top entities, duplicate share per "
        "source, rejects by stage, text lengths.",
    )
    from pipeline.report import write_report

    parser.add_argument("--html", required=True, help="the HTML file to write")
    args = parser.parse_args(argv)
    output = _local_output(args.output, "report")
    try:
        charts = write_report(output, args.html)
    except OSError as error:
        raise UsageError(f"cannot write --html {args.html!r}: {error.strerror}") from None
    print(f"newsbeam: report of {args.output} ({charts} charts) -> {args.html}")
    return 0


# Beam's start-up warnings that ask nothing of a user: the SDK workers of a multi-process run
# do not know newsbeam's own options (they need not), and have no staging directory.
BEAM_NOISE = (
    "Discarding unparseable args",
    "No semi_persistent_directory found",
    "The new default partition size is",  # Beam's DaskRunner, on every run
)


def _not_beam_noise(record: logging.LogRecord) -> bool:
    message = record.getMessage()
    return not any(noise in message for noise in BEAM_NOISE)


COMMANDS = {"run": run, "stream": stream, "verify": verify, "inspect": inspect, "report": report}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbeam` console script."""
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="newsbeam: %(levelname)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_not_beam_noise)
    # A local Dask cluster (DaskRunner without an address) narrates its life at INFO, and its
    # scheduler warns of re-submitted keys that Beam's Dask runner makes: neither asks anything
    # of a user. Errors still show. (Read by Dask's config when it is first imported.)
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    # Its dashboard moves to another port when 8787 is taken; nothing for a user to do.
    warnings.filterwarnings("ignore", message=r"Port \d+ is already in use", category=UserWarning)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    try:
        if command not in COMMANDS:
            raise UsageError(f"unknown command {command!r} (try 'newsbeam --help')")
        return COMMANDS[command](rest)
    except UsageError as error:
        print(f"newsbeam: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsbeam: interrupted", file=sys.stderr, flush=True)
        sys.stdout.flush()
        # The job's threads (and a local runner's worker processes) may not stop by themselves.
        os._exit(130)
    except Exception as error:
        logging.getLogger(__name__).debug("run failed", exc_info=True)
        print(f"newsbeam: error: run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


def console() -> NoReturn:
    """The `newsbeam` console script: `main`, then exit at once.

    By the time a command returns, its jobs have ended, their workers are stopped and every
    file is closed; tearing the interpreter down (Beam's gRPC servers and thread pools) would
    add about a second to every run, so the process ends here, its output flushed.
    """
    status = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    console()
