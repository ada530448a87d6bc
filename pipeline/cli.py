"""The `newsbeam` command line: `newsbeam run [--input PATH]... [--output DIR] [Beam options]`."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import tempfile

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.options.pipeline_options import (
    PipelineOptions,
    StandardOptions,
    TestOptions,
    _BeamArgumentParser,
)
from apache_beam.runners.runner import create_runner

from pipeline.batch import build_batch
from pipeline.options import NewsbeamOptions, RunSettings, run_settings
from pipeline.runners import register_runner_options, release, resolve_runner
from pipeline.summary import summarize
from transforms.sources import match_input

USAGE = """usage: newsbeam run [--input PATH_OR_GLOB]... [--output DIR] [Beam options...]

Read articles from files, clean and tag them, write Parquet tables `articles` and `rejects`.
`newsbeam run --help` lists every option."""


class UsageError(Exception):
    """A bad command line: reported in one line, exit status 2."""


class _StrictParser(_BeamArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def parse_run_args(argv: list[str]) -> PipelineOptions:
    """Parse `run`'s arguments; every flag must be ours or one of Beam's."""
    register_runner_options(argv)
    parser = _StrictParser(prog="newsbeam run", allow_abbrev=False)
    for cls in {str(c): c for c in PipelineOptions.__subclasses__()}.values():
        cls._add_argparse_args(parser)  # same parser Beam builds for its own options
    _, unknown = parser.parse_known_args(argv)
    if unknown:
        raise UsageError(f"unrecognized argument: {unknown[0]}")
    options = PipelineOptions(argv)
    standard = options.view_as(StandardOptions)
    if standard.streaming:
        raise UsageError("--streaming is not supported yet: newsbeam runs as a batch job")
    standard.runner = resolve_runner(standard.runner)
    ours = options.view_as(NewsbeamOptions)
    if min(ours.max_bytes, ours.output_shards, ours.per_host_concurrency) <= 0:
        raise UsageError("--max_bytes, --output_shards and --per_host_concurrency must be positive")
    return options


def check_inputs(settings: RunSettings) -> None:
    """Fail early, in one line, when an --input matches no file or a feed file is missing."""
    for spec in settings.inputs:
        if not match_input(spec):
            raise UsageError(f"no input files match {spec!r}")
    for feed in settings.feeds:
        if "://" not in feed and not FileSystems.exists(feed):
            raise UsageError(f"no such feed file {feed!r}")


def prepare_output(settings: RunSettings) -> None:
    """Check the output folder is writable; clear earlier tables unless appending."""
    if "://" not in settings.output:
        try:
            os.makedirs(settings.output, exist_ok=True)
            with tempfile.TemporaryFile(dir=settings.output):
                pass
        except OSError as error:
            raise UsageError(
                f"cannot write to --output {settings.output!r}: {error.strerror}"
            ) from None
    if not settings.append:
        stale = [f"{settings.output}/{table}" for table in ("articles", "rejects")]
        FileSystems.delete([path for path in stale if FileSystems.exists(path)])


def run(argv: list[str]) -> int:
    """Run the pipeline as `newsbeam run` would; return the exit status."""
    if any(a in ("-h", "--help") for a in argv):
        parser = argparse.ArgumentParser(prog="newsbeam run", description=USAGE.split("\n\n")[1])
        NewsbeamOptions._add_argparse_args(parser)
        parser.add_argument(
            "--runner",
            help="DirectRunner (default), DaskRunner, FlinkRunner, "
            "DataflowRunner, PrismRunner, or a runner class path.",
        )
        parser.epilog = "Any other Apache Beam pipeline option is passed through."
        parser.print_help()
        return 0
    options = parse_run_args(argv)
    settings = run_settings(options.view_as(NewsbeamOptions), dt.datetime.now(dt.UTC))
    try:
        runner = create_runner(options.view_as(StandardOptions).runner)
    except (ValueError, ImportError, AttributeError) as error:
        raise UsageError(f"cannot load runner: {error}") from None
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbeam` console script."""
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="newsbeam: %(levelname)s: %(message)s")
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    try:
        if command != "run":
            raise UsageError(f"unknown command {command!r} (try 'newsbeam run --help')")
        return run(rest)
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
