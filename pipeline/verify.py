"""`newsbeam verify OUT`: the output's files, its run records and its ids agree."""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass, field

import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from pipeline.commit import (
    CommittedFile,
    RunRecord,
    file_entry,
    run_records,
    table_files,
    unaccounted,
)
from schemas import TABLES


@dataclass
class Verdict:
    """What `verify` found: problems (each a line), and what it looked at."""

    problems: list[str] = field(default_factory=list)
    files: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    runs: int = 0


def expected_files(records: list[RunRecord]) -> dict[str, CommittedFile]:
    """The files the tables should hold: the last replacing run's, then every later run's."""
    last_replace = max((i for i, r in enumerate(records) if r.mode == "replace"), default=0)
    expected: dict[str, CommittedFile] = {}
    for record in records[last_replace:]:
        for committed in record.files:
            expected[committed.path] = committed
    return expected


def verify_output(output: str) -> Verdict:
    """Check every Parquet file of `output`, the run records against the files, unique ids
    and each run's accounting."""
    verdict = Verdict()
    output = output.rstrip("/")
    records = sorted(run_records(output), key=lambda r: r.run_id)
    verdict.runs = len(records)
    ids: Counter[str] = Counter()
    present: dict[str, str] = {}
    for table, spec in TABLES.items():
        verdict.rows[table] = 0
        for path in table_files(output, table):
            relative = path[len(output) + 1 :]
            present[relative] = path
            verdict.files += 1
            try:
                with FileSystems.open(path) as stream:
                    data = pq.read_table(stream)
            except Exception as error:  # noqa: BLE001 - every unreadable file is reported
                verdict.problems.append(f"{relative}: unreadable ({type(error).__name__}: {error})")
                del present[relative]  # reported once, here
                continue
            if not data.schema.equals(spec.schema, check_metadata=False):
                verdict.problems.append(f"{relative}: schema differs from the {table} table's")
                continue
            verdict.rows[table] += data.num_rows
            if table == "articles":
                ids.update(data.column("id").to_pylist())
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        verdict.problems.append(
            f"articles: {len(repeated)} ids appear more than once (e.g. {sorted(repeated)[0]})"
        )
    if records:
        _check_records(output, records, present, verdict)
    return verdict


def _check_records(
    output: str, records: list[RunRecord], present: dict[str, str], verdict: Verdict
) -> None:
    expected = expected_files(records)
    unreadable = {p.split(":")[0] for p in verdict.problems}
    for relative, committed in sorted(expected.items()):
        if relative in unreadable:
            continue
        if relative not in present:
            verdict.problems.append(f"{relative}: recorded by a run, missing")
            continue
        actual = file_entry(output, present[relative])
        if (actual.rows, actual.sha256) != (committed.rows, committed.sha256):
            verdict.problems.append(
                f"{relative}: {actual.rows} rows (sha256 {actual.sha256[:12]}), the run "
                f"recorded {committed.rows} (sha256 {committed.sha256[:12]})"
            )
    for relative in sorted(set(present) - set(expected)):
        if posixpath.basename(relative) != "part-empty.parquet":
            verdict.problems.append(f"{relative}: in the table, recorded by no run")
    for record in records:
        if unaccounted(record.records, record.articles, record.rejects, record.filtered):
            verdict.problems.append(
                f"run {record.run_id}: {record.records} input records, but {record.articles} "
                f"articles + {record.rejects} rejects + {record.filtered or 0} filtered"
            )
