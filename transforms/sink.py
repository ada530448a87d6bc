"""Write the output tables as Hive-partitioned Parquet, through one sink for all tables.

Rows of every table go through one GroupByKey into one writer: some runners run only one sink
or drop output emitted in `finish_bundle`, and Beam's WriteToParquet cannot partition. Each file
is written under a hidden temporary name, then renamed, so readers never see a partial file.

A group is one file, held in one worker's memory while it is written; so a date partition is
split into as many hash shards as its rows need (`rows_per_file`), counted first, and a
million-article day is written by many workers at once, each holding one shard.
"""

from __future__ import annotations

import hashlib
import math
import posixpath
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from schemas import PARTITION_COLUMN, TABLES, partition_date

# About 100 MB of Python rows in a worker while its file is written (long articles more).
ROWS_PER_FILE = 10_000


@dataclass(frozen=True)
class SinkConfig:
    """Where and how the tables are written."""

    output: str
    # Files per table and date. None: as many as `rows_per_file` needs, counted first through a
    # side input, which a batch job can wait for and a stream's panes should not.
    shards: int | None = 1
    rows_per_file: int = ROWS_PER_FILE


class WrittenFile(NamedTuple):
    """One Parquet file the sink wrote."""

    table: str
    date: str
    path: str
    rows: int


class PartitionKey(NamedTuple):
    """The group one file holds: a table, a date partition and a shard."""

    table: str
    date: str
    shard: int


def row_key(record: NamedTuple) -> str:
    """A stable key of a row: its id for articles, its whole content for rejects."""
    return getattr(record, "id", None) or repr(tuple(record))


def partition_key(table: str, record: NamedTuple, shards: int) -> PartitionKey:
    """Return the file group of a row: its table, date partition and hash shard."""
    when = getattr(record, TABLES[table].date_field)
    digest = hashlib.sha256(row_key(record).encode("utf-8")).digest()
    return PartitionKey(table, partition_date(when), int.from_bytes(digest[:4], "big") % shards)


def to_arrow(table: str, records: Iterable[NamedTuple]) -> pa.Table:
    """Build the Arrow table of `records`, sorted by key so file content is deterministic."""
    ordered = sorted(records, key=row_key)
    return pa.Table.from_pylist([_as_plain(r) for r in ordered], schema=TABLES[table].schema)


def _as_plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):
        return {k: _as_plain(v) for k, v in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [_as_plain(v) for v in value]
    return value


def file_path(
    output: str, key: PartitionKey, records: Iterable[NamedTuple], window: str = ""
) -> str:
    """The final path of a file, named by window, shard and rows.

    The name hashes every row's key, so a retried or re-fired write of the same rows lands on
    the same name (and replaces it), while files of other rows, runs or windows never collide.
    """
    digest = hashlib.sha256()
    for key_text in sorted(row_key(r) for r in records):
        digest.update(key_text.encode("utf-8") + b"\n")
    folder = posixpath.join(output, key.table, f"{PARTITION_COLUMN}={key.date}")
    prefix = f"part-{window}-" if window else "part-"
    return posixpath.join(folder, f"{prefix}{key.shard:05d}-{digest.hexdigest()[:16]}.parquet")


def window_label(window: beam.transforms.window.BoundedWindow) -> str:
    """A file-name label of a window: its start in UTC for a stream's windows, "" for the global."""
    if isinstance(window, beam.transforms.window.IntervalWindow):
        return window.start.to_utc_datetime().strftime("%Y%m%dT%H%M%S")
    return ""


def write_file(path: str, data: pa.Table) -> None:
    """Write `data` to `path` atomically: a hidden temporary file first, then a rename.

    The temporary name neither starts visible nor ends in `.parquet`, so no reader's glob
    (`*.parquet`) or dataset scan (which skips names starting with "." or "_") can see it.
    """
    folder = posixpath.dirname(path)
    temporary = posixpath.join(folder, f".tmp-{uuid.uuid4().hex}.inprogress")
    with FileSystems.create(temporary) as stream:
        pq.write_table(data, stream, compression="zstd")
    FileSystems.rename([temporary], [path])


def shards_for(rows: int, rows_per_file: int) -> int:
    """How many files a partition of `rows` rows is split into."""
    return max(1, math.ceil(rows / rows_per_file))


def table_date(row: tuple[str, NamedTuple]) -> tuple[str, str]:
    """The (table, date partition) of a tagged row."""
    table, record = row
    return table, partition_date(getattr(record, TABLES[table].date_field))


class _KeyByPartitionFn(beam.DoFn):
    def __init__(self, cfg: SinkConfig):
        self._cfg = cfg

    def process(
        self, row: tuple[str, NamedTuple], rows: dict[tuple[str, str], int] | None = None
    ) -> Iterator[tuple[tuple, NamedTuple]]:
        table, record = row
        shards = self._cfg.shards or shards_for((rows or {}).get(table_date(row), 1),
                                                self._cfg.rows_per_file)  # fmt: skip
        # A plain tuple key: Beam encodes it deterministically without a fallback coder.
        yield tuple(partition_key(table, record, shards)), record


class _WritePartitionFn(beam.DoFn):
    def __init__(self, output: str):
        self._output = output
        self._files = Metrics.counter("newsbeam.sink", "files")
        self._rows = Metrics.counter("newsbeam.sink", "rows")

    def process(
        self,
        group: tuple[tuple, Iterable[NamedTuple]],
        window: beam.transforms.window.BoundedWindow = beam.DoFn.WindowParam,
    ) -> Iterator[WrittenFile]:
        key, records = PartitionKey(*group[0]), list(group[1])
        data = to_arrow(key.table, records)
        path = file_path(self._output, key, records, window_label(window))
        write_file(path, data)
        self._files.inc()
        self._rows.inc(data.num_rows)
        yield WrittenFile(key.table, key.date, path, data.num_rows)


class WriteTables(beam.PTransform):
    """Write {table name: PCollection of records} as partitioned Parquet; output: written files."""

    def __init__(self, cfg: SinkConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, tables: dict[str, beam.PCollection]) -> beam.PCollection:
        tagged = [
            records | f"Tag{name.title()}" >> beam.Map(lambda r, name=name: (name, r))
            for name, records in sorted(tables.items())
        ]
        rows = tagged | "AllRows" >> beam.Flatten()
        key_by_partition = beam.ParDo(_KeyByPartitionFn(self._cfg))
        if self._cfg.shards is None:
            counts = (
                rows
                | "TableDate" >> beam.Map(lambda row: (table_date(row), 1))
                | "CountRows" >> beam.CombinePerKey(sum)
            )
            key_by_partition = beam.ParDo(
                _KeyByPartitionFn(self._cfg), rows=beam.pvalue.AsDict(counts)
            )
        return (
            rows
            | "KeyByPartition" >> key_by_partition
            | "GroupByPartition" >> beam.GroupByKey()
            | "WriteFiles" >> beam.ParDo(_WritePartitionFn(self._cfg.output))
        )
