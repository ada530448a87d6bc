"""What a run records about itself in `OUT/_runs/<run-id>.json`: counts, inputs, options."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import apache_beam as beam
import pyarrow as pa
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.runners.runner import PipelineResult

from pipeline.commit import RunRecord, file_entry, table_files, unaccounted
from pipeline.metrics import result_counters, tally
from pipeline.options import NewsbeamOptions, StreamOptions, pipeline_version
from pipeline.summary import RunCounts, count_files
from schemas import TABLES


def input_counts(result: PipelineResult) -> tuple[int | None, int | None]:
    """Input records the run saw, and those its scope (--url_filter, --domains, --since) left
    out, from one query of its counters (None where the runner has no metrics)."""
    counters = result_counters(result)
    if counters is None:
        return None, None
    counts = tally(counters)
    return counts.read, counts.filtered


class RecordsLost(Exception):
    """A run wrote fewer rows than it read records: it must not be committed."""


def check_accounting(read: int | None, filtered: int | None, counts: RunCounts) -> None:
    """Raise RecordsLost unless every record read became an article, a reject or was filtered.

    A runner fault can drop a bundle's output without failing the job (seen on Beam's local
    runner with worker processes, on a loaded machine); the run's own counters still saw the
    records, so the rows fall short. Runners without metrics (Dask) give no count to check.
    """
    missing = unaccounted(read, counts.articles, counts.rejects, filtered)
    if missing:
        raise RecordsLost(
            f"the job read {read} input records but wrote {counts.articles} articles, "
            f"{counts.rejects} rejects and filtered {filtered or 0}: {missing:+d} "
            "unaccounted for; nothing was committed and the output is as it was (run again)"
        )


def versions() -> dict[str, str]:
    """Versions a run record names."""
    return {
        "newsbeam": pipeline_version(),
        "apache-beam": beam.__version__,
        "pyarrow": pa.__version__,
        "python": sys.version.split()[0],
    }


def our_options(options: PipelineOptions, command: str = "run") -> dict[str, object]:
    """The run's newsbeam options and runner, for its record."""
    ours = options.view_as(NewsbeamOptions).get_all_options(retain_unknown_options=False)
    names = {a.dest for a in _option_actions(command)}
    chosen = {k: v for k, v in ours.items() if k in names}
    chosen["runner"] = options.view_as(StandardOptions).runner
    return chosen


def _option_actions(command: str) -> list[argparse.Action]:
    parser = argparse.ArgumentParser()
    NewsbeamOptions._add_argparse_args(parser)
    if command == "stream":
        StreamOptions._add_argparse_args(parser)
    return parser._actions


def stream_record(
    output: str, run_id: str, started: dt.datetime, before: dict[str, set[str]]
) -> RunRecord:
    """The record of a stream: the files its windows added to the tables."""
    files = [
        file_entry(output, path)
        for table in TABLES
        for path in table_files(output, table)
        if path not in before[table]
    ]
    record = run_record(run_id, "stream", started, count_files(output, files))
    record.files = files
    return record


def run_record(run_id: str, mode: str, started: dt.datetime, counts: RunCounts) -> RunRecord:
    """A run's record with the counts of what it wrote; the caller adds files and inputs."""
    return RunRecord(
        run_id=run_id,
        mode=mode,
        started_at=started.isoformat(),
        ended_at=dt.datetime.now(dt.UTC).isoformat(),
        articles=counts.articles,
        rejects=counts.rejects,
        duplicates=counts.duplicates,
        languages=counts.languages,
        rejects_by_stage=counts.rejects_by_stage,
    )


def record_counts(record: RunRecord) -> RunCounts:
    """A run record's counts, as a summary shows them."""
    return RunCounts(
        articles=record.articles,
        rejects=record.rejects,
        duplicates=record.duplicates,
        languages=record.languages,
        rejects_by_stage=record.rejects_by_stage,
    )
