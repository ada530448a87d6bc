"""What a run wrote, counted from its tables, and the end-of-run summary built from it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from pipeline.commit import table_files
from schemas import TABLES


@dataclass(frozen=True)
class RunCounts:
    """Rows a run wrote: articles, rejects, duplicates, languages and rejects per stage."""

    articles: int = 0
    rejects: int = 0
    duplicates: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    rejects_by_stage: dict[str, int] = field(default_factory=dict)


def count_tables(folder: str) -> RunCounts:
    """Count the tables below `folder` (a run's staging folder, or an output).

    Read from the tables themselves, not from metrics (some runners, Dask, have none), and
    through Beam's filesystems, so gs:// folders count as local ones do.
    """
    tables = {t: read_files(table_files(folder, t), t) for t in TABLES}
    return count_rows(tables["articles"], tables["rejects"])


def count_files(output: str, files: list) -> RunCounts:
    """Count the rows of some of an output's files (a stream's, say), by table."""
    tables = {
        t: read_files([f"{output}/{f.path}" for f in files if f.path.startswith(f"{t}/")], t)
        for t in TABLES
    }
    return count_rows(tables["articles"], tables["rejects"])


# The columns a count needs: texts and entities stay on disk.
COUNTED = {"articles": ["language", "duplicate_of"], "rejects": ["stage"]}


def read_files(paths: list[str], table: str) -> pa.Table:
    """Read the counted columns of some files of a table (on any Beam filesystem)."""
    columns = COUNTED[table]
    schema = pa.schema([TABLES[table].schema.field(c) for c in columns])
    parts = []
    for path in paths:
        with FileSystems.open(path) as stream:
            parts.append(pq.read_table(stream, columns=columns, schema=schema))
    return pa.concat_tables(parts) if parts else schema.empty_table()


def count_rows(articles: pa.Table, rejects: pa.Table) -> RunCounts:
    """Count an articles and a rejects table."""
    languages = Counter(v or "unknown" for v in articles.column("language").to_pylist())
    return RunCounts(
        articles=articles.num_rows,
        rejects=rejects.num_rows,
        duplicates=pc.count(articles.column("duplicate_of")).as_py(),
        languages=dict(languages),
        rejects_by_stage=dict(Counter(rejects.column("stage").to_pylist())),
    )


def summary_lines(
    counts: RunCounts, output: str, seconds: float | None = None, filtered: int | None = None
) -> str:
    """The end-of-run summary of this run's rows (and of the records its scope left out)."""
    documents = counts.articles + counts.rejects
    speed = (
        f" in {seconds:.1f} s ({documents / seconds:.1f} docs/s)" if seconds and documents else ""
    )
    lines = [
        f"newsbeam: {counts.articles} articles ({counts.duplicates} duplicates), "
        f"{counts.rejects} rejects{f', {filtered} filtered' if filtered else ''} -> "
        f"{output}{speed}",
        f"  languages: {_counts(counts.languages)}",
        f"  rejects by stage: {_counts(counts.rejects_by_stage)}",
    ]
    return "\n".join(lines)


def _counts(counter: dict[str, int]) -> str:
    if not counter:
        return "none"
    return ", ".join(
        f"{key} {n}" for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    )
