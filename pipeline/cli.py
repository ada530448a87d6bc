"""The `newsbeam` command line: `newsbeam run` (batch) and `newsbeam stream` (live)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import signal
import sys
import tempfile
import threading
import time
import uuid

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import (
    PipelineOptions,
    PortableOptions,
    PrismRunnerOptions,
    StandardOptions,
    TestOptions,
    _BeamArgumentParser,
)
from apache_beam.runners.runner import PipelineResult, create_runner

from pipeline.batch import build_batch
from pipeline.options import (
    NewsbeamOptions,
    RunSettings,
    StreamOptions,
    run_settings,
    stream_settings,
)
from pipeline.prism import PrismError, find_prism, missing_prism_message, prism_job_server
from pipeline.runners import register_runner_options, release, resolve_runner
from pipeline.stream import build_stream
from pipeline.summary import summarize
from schemas import read_table
from transforms.seen import known_keys
from transforms.sources import match_input

USAGE = """usage: newsbeam run [--input PATH_OR_GLOB]... [--feed URL_OR_FILE]... [--output DIR] [Beam options...]
       newsbeam stream (--feed URL_OR_FILE | --watch DIR)... [--output DIR] [Beam options...]

Read articles from files and feeds, clean and tag them, write Parquet tables `articles` and
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
    options = PipelineOptions(argv)
    standard = options.view_as(StandardOptions)
    if command == "run" and standard.streaming:
        raise UsageError("--streaming: `newsbeam run` is a batch job; use `newsbeam stream`")
    ours = options.view_as(NewsbeamOptions)
    if min(ours.max_bytes, ours.output_shards, ours.per_host_concurrency) <= 0:
        raise UsageError("--max_bytes, --output_shards and --per_host_concurrency must be positive")
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
            "--input and --append are for `newsbeam run`; a stream reads --feed and --watch "
            "and always adds to the tables"
        )
    if not ours.feed and not options.view_as(StreamOptions).watch:
        raise UsageError("nothing to stream: give at least one --feed or --watch")
    if standard.runner not in (None, "DirectRunner", "PrismRunner"):
        return
    standard.runner = "PrismRunner"
    prism = options.view_as(PrismRunnerOptions)
    prism.prism_location = find_prism(prism.prism_location)
    if prism.prism_location is None:
        raise UsageError(missing_prism_message())
    portable = options.view_as(PortableOptions)
    portable.environment_type = portable.environment_type or "LOOPBACK"
    if not any(a.startswith("--prism_log_level") for a in argv):
        prism.prism_log_level = "warn"


def check_inputs(settings: RunSettings) -> None:
    """Fail early, in one line, when an --input matches no file or a feed file is missing."""
    for spec in settings.inputs:
        if not match_input(spec):
            raise UsageError(f"no input files match {spec!r}")
    for feed in settings.feeds:
        if "://" not in feed and not FileSystems.exists(feed):
            raise UsageError(f"no such feed file {feed!r}")


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


def prepare_output(settings: RunSettings) -> None:
    """Check the output folder is writable; clear earlier tables unless appending."""
    check_writable(settings.output)
    if not settings.append:
        stale = [f"{settings.output}/{table}" for table in ("articles", "rejects")]
        FileSystems.delete([path for path in stale if FileSystems.exists(path)])


def print_help(command: str) -> int:
    """Print a command's own options (Beam's pass through); return exit status 0."""
    parser = argparse.ArgumentParser(prog=f"newsbeam {command}", description=USAGE.split("\n\n")[1])
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
    parser.epilog = "Any other Apache Beam pipeline option is passed through."
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
    options = parse_run_args(argv)
    settings = run_settings(options.view_as(NewsbeamOptions), dt.datetime.now(dt.UTC))
    runner = load_runner(options)
    dry_run = options.view_as(TestOptions).dry_run
    if not dry_run:  # a dry run builds the job graph only: it touches no input or output
        check_inputs(settings)
        prepare_output(settings)  # last check: it clears earlier tables
    pipeline = beam.Pipeline(runner=runner, options=options)
    build_batch(pipeline, settings)
    result = pipeline.run()
    try:
        result.wait_until_finish()
    finally:
        release(result)
    print(
        "newsbeam: dry run: job graph built, nothing submitted"
        if dry_run
        else summarize(settings.output)
    )
    return 0


def check_watched(folders: list[str]) -> None:
    """Fail early when a watched local folder does not exist."""
    for folder in folders:
        if "://" not in folder and not os.path.isdir(folder):
            raise UsageError(f"no such folder to --watch: {folder!r}")


class _Drain:
    """Ctrl-C once: stop polling and write open windows (via the stop marker); twice: abort."""

    def __init__(self, marker: str):
        self.marker, self.requested = marker, False

    def __call__(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        with FileSystems.create(self.marker) as stream:
            stream.write(b"stop\n")
        print(
            "newsbeam: stopping: polling ends, open windows are being written "
            "(Ctrl-C again to abort)",
            file=sys.stderr,
            flush=True,
        )


def _wait_in_thread(result: PipelineResult) -> None:
    """Wait for a job in a helper thread: the main thread stays free to take Ctrl-C, which a
    blocking gRPC wait would turn into a cancelled job stream.
    """
    outcome: list[BaseException | None] = []

    def wait() -> None:
        try:
            result.wait_until_finish()
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the main thread
            outcome.append(error)

    waiter = threading.Thread(target=wait, name="newsbeam-wait", daemon=True)
    waiter.start()
    while waiter.is_alive():
        waiter.join(timeout=0.5)
    if outcome and outcome[0] is not None:
        raise outcome[0]


def run_until_drained(pipeline: beam.Pipeline, marker: str, watch_interrupts: bool) -> None:
    """Run a streaming pipeline until it ends; the first Ctrl-C drains it, a second aborts."""
    previous = signal.signal(signal.SIGINT, _Drain(marker)) if watch_interrupts else None
    result = pipeline.run()
    try:
        _wait_in_thread(result)
    except KeyboardInterrupt:
        result.cancel()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        release(result)
        if watch_interrupts and FileSystems.exists(marker):
            FileSystems.delete([marker])


def stream(argv: list[str]) -> int:
    """Run the live pipeline as `newsbeam stream` would; return the exit status."""
    if any(a in ("-h", "--help") for a in argv):
        return print_help("stream")
    options = parse_args(argv, "stream")
    settings = run_settings(options.view_as(NewsbeamOptions), None)
    dry_run = options.view_as(TestOptions).dry_run
    known: frozenset[str] = frozenset()
    held = 0
    if not dry_run:
        check_inputs(settings)
        check_watched(options.view_as(StreamOptions).watch or [])
        check_writable(settings.output)
        # The stream starts from what the output already holds.
        articles = read_table(settings.output, "articles")
        known, held = known_keys(articles, read_table(settings.output, "rejects")), len(articles)
    marker = f"{settings.output}/_stream/stop-{uuid.uuid4().hex}"
    live = stream_settings(options.view_as(StreamOptions), time.time(), marker, known)
    if not dry_run:
        sources = [*settings.feeds, *live.watch]
        print(
            f"newsbeam: streaming {len(sources)} source(s) every {live.poll.interval_s:g} s, "
            f"committing every {live.window_s:g} s to {settings.output}/articles and "
            f"{settings.output}/rejects ({held} articles already there)\n"
            f'newsbeam: query it while it runs, e.g. duckdb -c "SELECT count(*) FROM '
            f"read_parquet('{settings.output}/articles/*/*.parquet')\"; Ctrl-C stops",
            flush=True,
        )
    with contextlib.ExitStack() as stack:
        standard = options.view_as(StandardOptions)
        if standard.runner == "PrismRunner" and not dry_run:
            # Our own Prism job server, out of Ctrl-C's reach; Beam's portable runner talks to it.
            prism = options.view_as(PrismRunnerOptions)
            try:
                endpoint = stack.enter_context(
                    prism_job_server(prism.prism_location, prism.prism_log_level)
                )
            except PrismError as error:
                raise UsageError(str(error)) from None
            options.view_as(PortableOptions).job_endpoint = endpoint
            standard.runner = "PortableRunner"
        pipeline = beam.Pipeline(runner=load_runner(options), options=options)
        build_stream(pipeline, settings, live)
        run_until_drained(pipeline, marker, watch_interrupts=not dry_run)
    if dry_run:
        print("newsbeam: dry run: streaming job graph built, nothing submitted")
    else:
        print(summarize(settings.output).replace("newsbeam:", "newsbeam: stream stopped:", 1))
    return 0


COMMANDS = {"run": run, "stream": stream}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbeam` console script."""
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="newsbeam: %(levelname)s: %(message)s")
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
        print("newsbeam: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        logging.getLogger(__name__).debug("run failed", exc_info=True)
        print(f"newsbeam: error: run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
