"""Write the output tables as Hive-partitioned Parquet, through one sink for all tables.

Rows of every table go through one writer (some runners run only one sink, and Beam's
WriteToParquet cannot partition). Each file is written under a hidden temporary name, then
renamed, so readers never see a partial file. Two ways to cut a table into files:

* by bundle (the batch default): each worker writes the rows passing through it, one file per
  date partition every `rows_per_file` rows and at the end of its bundle, as Spark tasks and
  Beam's own file sinks do. No shuffle: a million-article day is written by every worker at
  once, each holding at most a few files' rows, and no runner gathers the day in one place
  (Beam's local runner holds a GroupByKey's whole input in its own process).
* by hash shard (`shards` set, and every stream): rows are grouped by (table, date, shard) and
  each group is one file, so which rows share a file does not depend on bundling, and a
  stream's window is written when its pane fires.
"""

from __future__ import annotations

import hashlib
import posixpath
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindows
from apache_beam.utils.windowed_value import WindowedValue

from schemas import PARTITION_COLUMN, TABLES, partition_date

# About 20 MB of Arrow per file at news lengths (long articles more).
ROWS_PER_FILE = 10_000
# Rows turned into Arrow at a time: their Python objects weigh several times their Arrow form.
CHUNK_ROWS = 500


@dataclass(frozen=True)
class SinkConfig:
    """Where and how the tables are written."""

    output: str
    # Files per table and date (grouped by hash shard). None: files of at most `rows_per_file`
    # rows cut from each bundle, with no shuffle.
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


class FileRows:
    """The rows of one file on their way to Parquet.

    Rows are held as Arrow chunks of CHUNK_ROWS (a fraction of their size as Python objects)
    beside each row's key, so a file of many rows costs a worker little more than its Arrow
    form; the file is sorted by key when it is written, so its content is deterministic.
    """

    def __init__(self, table: str):
        self.table = table
        self._pending: list[NamedTuple] = []
        self._chunks: list[pa.Table] = []
        self._keys: list[str] = []

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, record: NamedTuple) -> None:
        self._pending.append(record)
        self._keys.append(row_key(record))
        if len(self._pending) >= CHUNK_ROWS:
            self._seal()

    def _seal(self) -> None:
        if self._pending:
            plain = [_as_plain(r) for r in self._pending]
            self._chunks.append(pa.Table.from_pylist(plain, schema=TABLES[self.table].schema))
            self._pending = []

    def sorted(self) -> tuple[pa.Table, list[str]]:
        """Every row and every row's key, sorted by key once (UTF-8 byte order is code point
        order, as Python's `sorted`)."""
        self._seal()
        schema = TABLES[self.table].schema
        data = pa.concat_tables(self._chunks) if self._chunks else schema.empty_table()
        keys = pa.array(self._keys, pa.string())
        order = pc.sort_indices(keys)
        return data.take(order), keys.take(order).to_pylist()


def _as_plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):
        return {k: _as_plain(v) for k, v in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [_as_plain(v) for v in value]
    return value


def file_path(output: str, key: PartitionKey, row_keys: list[str], window: str = "") -> str:
    """The final path of a file, named by window, shard and rows (their sorted keys).

    The name hashes every row's key, so a retried or re-fired write of the same rows lands on
    the same name (and replaces it), while files of other rows, runs or windows never collide.
    """
    digest = hashlib.sha256()
    for key_text in row_keys:
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


class _Writer:
    """Writes one file of rows and counts it; shared by both ways of cutting files."""

    def __init__(self, output: str):
        self._output = output
        self._files = Metrics.counter("newsbeam.sink", "files")
        self._rows = Metrics.counter("newsbeam.sink", "rows")

    def write(self, key: PartitionKey, rows: FileRows, window: str = "") -> WrittenFile:
        data, row_keys = rows.sorted()
        path = file_path(self._output, key, row_keys, window)
        write_file(path, data)
        self._files.inc()
        self._rows.inc(data.num_rows)
        return WrittenFile(key.table, key.date, path, data.num_rows)


class _KeyByPartitionFn(beam.DoFn):
    def __init__(self, shards: int):
        self._shards = shards

    def process(self, row: tuple[str, NamedTuple]) -> Iterator[tuple[tuple, NamedTuple]]:
        table, record = row
        # A plain tuple key: Beam encodes it deterministically without a fallback coder.
        yield tuple(partition_key(table, record, self._shards)), record


class _WritePartitionFn(beam.DoFn):
    def __init__(self, output: str):
        self._output = output

    def setup(self) -> None:
        self._writer = _Writer(self._output)

    def process(
        self,
        group: tuple[tuple, Iterable[NamedTuple]],
        window: beam.transforms.window.BoundedWindow = beam.DoFn.WindowParam,
    ) -> Iterator[WrittenFile]:
        key = PartitionKey(*group[0])
        rows = FileRows(key.table)
        for record in group[1]:  # a runner may stream a big group; it is held as Arrow
            rows.add(record)
        yield self._writer.write(key, rows, window_label(window))


class WriteBundleFn(beam.DoFn):
    """Buffer a bundle's rows of one table per date; write a file whenever a date holds
    `rows_per_file` rows, and the rest when the bundle ends.

    Buffers together never hold more than `_BUFFERED_FILES` files' rows: a bundle spanning many
    dates (a backfill) flushes its fullest buffer first. The global window only (batch). The
    files of `finish_bundle` are reported where the runner keeps such output (the Dask runner
    drops it); nothing downstream needs the list.
    """

    _BUFFERED_FILES = 4

    def __init__(self, cfg: SinkConfig, table: str):
        self._cfg, self._table = cfg, table

    def setup(self) -> None:
        self._writer = _Writer(self._cfg.output)
        self._date_field = TABLES[self._table].date_field

    def start_bundle(self) -> None:
        self._buffers: dict[str, FileRows] = {}
        self._buffered = 0
        self._written: dict[str, int] = {}

    def process(self, record: NamedTuple) -> Iterator[WrittenFile]:
        date = partition_date(getattr(record, self._date_field))
        if date not in self._buffers:
            self._buffers[date] = FileRows(self._table)
        self._buffers[date].add(record)
        self._buffered += 1
        if len(self._buffers[date]) >= self._cfg.rows_per_file:
            yield self._flush(date)
        elif self._buffered >= self._BUFFERED_FILES * self._cfg.rows_per_file:
            yield self._flush(max(self._buffers, key=lambda d: len(self._buffers[d])))

    def finish_bundle(self) -> Iterator[WindowedValue]:
        for date in sorted(self._buffers):
            yield GlobalWindows.windowed_value(self._flush(date))

    def _flush(self, date: str) -> WrittenFile:
        rows = self._buffers.pop(date)
        self._buffered -= len(rows)
        # The file's number within the bundle; its name also hashes its rows, so files of
        # other bundles never collide.
        number = self._written.get(date, 0)
        self._written[date] = number + 1
        return self._writer.write(PartitionKey(self._table, date, number), rows)


class WriteTables(beam.PTransform):
    """Write {table name: PCollection of records} as partitioned Parquet; output: written files.

    By bundle, each table has its own writer and only their small lists of written files are
    flattened (Beam's local runner materialises every input of a Flatten in its own process).
    """

    def __init__(self, cfg: SinkConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, tables: dict[str, beam.PCollection]) -> beam.PCollection:
        if self._cfg.shards is None:
            return [
                records | f"Write{name.title()}" >> beam.ParDo(WriteBundleFn(self._cfg, name))
                for name, records in sorted(tables.items())
            ] | "AllFiles" >> beam.Flatten()
        tagged = [
            records | f"Tag{name.title()}" >> beam.Map(lambda r, name=name: (name, r))
            for name, records in sorted(tables.items())
        ]
        return (
            tagged
            | "AllRows" >> beam.Flatten()
            | "KeyByPartition" >> beam.ParDo(_KeyByPartitionFn(self._cfg.shards))
            | "GroupByPartition" >> beam.GroupByKey()
            | "WriteFiles" >> beam.ParDo(_WritePartitionFn(self._cfg.output))
        )
