"""The commit protocol of a run: stage, then swap or add, then record; one writer at a time.

Layout of an output folder:

    OUT/articles, OUT/rejects    the tables readers query (on local disks: symbolic links to the
                                 current generation in OUT/_tables/<run-id>/<table>)
    OUT/_staging/<run-id>/...    what a running job writes; nothing reads it (its _spill/
                                 folder, the job's intermediate articles, is removed at commit)
    OUT/_runs/<run-id>.json      one manifest per committed run: what it read, wrote and counted
    OUT/_lock                    who is writing now

A run writes only into its staging folder. When the job has succeeded it commits:

* replace (no --append): the staged tables become a new generation, and each table's link is
  swapped to it with one rename(2) of a new link over the old one, which POSIX makes atomic: a
  reader resolves the old generation or the new one, never a mix or an empty folder. The
  previous generation is kept until the next commit, so a query that listed its files before
  the swap can still open them. Object stores have no links and no atomic multi-object
  change: there the new files are moved in first, then the old ones deleted, so a glob reader
  during those seconds can see both generations (never a partial file, never nothing); the
  run manifest says exactly which files are the table.
* append: every staged file is renamed into the live table under a name that carries the run
  id, each file appearing whole.

A failed, killed or interrupted run commits nothing: the tables stay as they were, and its
staging folder is removed by the next run that takes the lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import posixpath
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from schemas import PARTITION_COLUMN, TABLES, UNKNOWN_PARTITION

STAGING, GENERATIONS, RUNS, LOCK = "_staging", "_tables", "_runs", "_lock"
SPILL = "_spill"  # inside a run's staging folder: the job's own intermediate files
EMPTY_FILE = "part-empty.parquet"
HEARTBEAT_S = 10.0
STALE_AFTER_S = 120.0


def new_run_id(now: dt.datetime) -> str:
    """A sortable, unique run id: UTC start time and a random suffix."""
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def is_local(path: str) -> bool:
    """Whether `path` is on a local disk (links and rename(2) available)."""
    return "://" not in path or path.startswith("file://")


@dataclass(frozen=True)
class CommittedFile:
    """A file of a committed run: its path below OUT, rows and checksum."""

    path: str
    rows: int
    sha256: str


def unaccounted(records: int | None, articles: int, rejects: int, filtered: int | None) -> int:
    """Input records a run saw that became no article and no reject and were not filtered out
    by its scope (0 where the runner counts nothing)."""
    return 0 if records is None else records - articles - rejects - (filtered or 0)


@dataclass
class RunRecord:
    """What `_runs/<run-id>.json` holds."""

    run_id: str
    mode: str  # "replace", "append" or "stream"
    started_at: str
    ended_at: str = ""
    inputs: list[str] = field(default_factory=list)
    records: int | None = None  # input records seen, where the runner reports metrics
    filtered: int | None = None  # of those, left out by the run's scope (not rows)
    articles: int = 0
    rejects: int = 0
    duplicates: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    rejects_by_stage: dict[str, int] = field(default_factory=dict)
    files: list[CommittedFile] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        data = dict(self.__dict__)
        data["files"] = [f.__dict__ for f in self.files]
        return json.dumps(data, indent=1, sort_keys=True, default=str)

    @classmethod
    def from_json(cls, text: str) -> RunRecord:
        data = json.loads(text)
        data["files"] = [CommittedFile(**f) for f in data.get("files", [])]
        return cls(**data)


class OutputLocked(Exception):
    """Another run holds the output's lock."""


class OutputLock:
    """One writer per output: a lock file naming the run, host and process, kept fresh.

    A lock whose holder is gone (its process no longer exists on this host, or its heartbeat
    is older than STALE_AFTER_S) is taken over with a warning, so a killed run never blocks
    the next. On local disks the lock file is created with O_EXCL; object stores offer no
    such primitive through Beam's filesystems, so there the check and the write are two
    steps (two runs started in the same second can both proceed).
    """

    def __init__(self, output: str, run_id: str):
        self.path = posixpath.join(output, LOCK)
        self.run_id = run_id
        self.taken_over: dict | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def _content(self) -> bytes:
        holder = {
            "run_id": self.run_id,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "heartbeat": time.time(),
        }
        return json.dumps(holder).encode()

    def acquire(self) -> None:
        holder = read_lock(self.path)
        if holder is not None:
            if not holder_is_gone(holder):
                raise OutputLocked(
                    f"output is locked by run {holder.get('run_id')} (host {holder.get('host')}, "
                    f"pid {holder.get('pid')}); wait for it, or remove {self.path} if it is gone"
                )
            self.taken_over = holder
            FileSystems.delete([self.path])
        if is_local(self.path):
            try:
                handle = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                raise OutputLocked(f"output is locked: {self.path} appeared meanwhile") from None
            with os.fdopen(handle, "wb") as stream:
                stream.write(self._content())
        else:
            self._write()
        self._beat = threading.Thread(target=self._heartbeat, name="newsbeam-lock", daemon=True)
        self._beat.start()

    def _write(self) -> None:
        with FileSystems.create(self.path) as stream:
            stream.write(self._content())

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            holder = read_lock(self.path)
            if holder is None or holder.get("run_id") != self.run_id:
                return  # taken from us (removed by hand): do not write it back
            if is_local(self.path):
                temporary = f"{self.path}.{self.run_id}.tmp"
                with open(temporary, "wb") as stream:
                    stream.write(self._content())
                os.replace(temporary, self.path)
            else:
                self._write()

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=5)
        holder = read_lock(self.path)
        if holder is not None and holder.get("run_id") == self.run_id:
            FileSystems.delete([self.path])

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_lock(path: str) -> dict | None:
    """The lock's holder, or None when there is no lock (an unreadable lock counts as stale)."""
    try:
        with FileSystems.open(path) as stream:
            return json.loads(stream.read() or b"{}")
    except (OSError, ValueError):
        return None if not FileSystems.exists(path) else {"heartbeat": 0}


def holder_is_gone(holder: dict, now: float | None = None) -> bool:
    """Whether a lock's holder no longer runs: a dead process on this host, or no heartbeat."""
    now = time.time() if now is None else now
    if holder.get("host") == socket.gethostname() and isinstance(holder.get("pid"), int):
        try:
            os.kill(holder["pid"], 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # alive, someone else's
    return now - float(holder.get("heartbeat", 0)) > STALE_AFTER_S


def staging_folder(output: str, run_id: str) -> str:
    """Where a run writes before it commits."""
    return posixpath.join(output, STAGING, run_id)


def spill_folder(staging: str) -> str:
    """Where a job writing to `staging` spills intermediate records (removed at commit)."""
    return posixpath.join(staging, SPILL)


def clear_staging(output: str) -> list[str]:
    """Remove what earlier runs left staged (they failed or were killed); return the folders."""
    root = posixpath.join(output, STAGING)
    left = sorted({_child(root, m) for m in _list(root)})
    if left:
        FileSystems.delete([posixpath.join(root, name) for name in left])
    return left


def _child(root: str, path: str) -> str:
    return path[len(root) + 1 :].split("/", 1)[0]


def _list(folder: str) -> list[str]:
    """Every file below `folder` (none when it does not exist)."""
    try:
        result = FileSystems.match([posixpath.join(folder, "**")])[0]
    except (OSError, ValueError):
        return []
    return sorted(m.path for m in result.metadata_list if not m.path.endswith("/"))


def table_files(output: str, table: str) -> list[str]:
    """The Parquet files a reader of `table` sees (hidden and temporary names excluded)."""
    root = posixpath.join(output, table)
    return [p for p in _list(root) if _visible(p[len(root) + 1 :])]


def _visible(relative: str) -> bool:
    return relative.endswith(".parquet") and not any(
        part.startswith((".", "_")) for part in relative.split("/")
    )


def file_entry(output: str, path: str) -> CommittedFile:
    """Rows and checksum of a committed file, its path relative to `output`."""
    digest = hashlib.sha256()
    with FileSystems.open(path) as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
        stream.seek(0)
        rows = pq.ParquetFile(stream).metadata.num_rows
    return CommittedFile(path[len(output.rstrip("/")) + 1 :], rows, digest.hexdigest())


def empty_table_file(folder: str, table: str) -> str:
    """Write a zero-row file with the table's schema, so readers find the table when empty."""
    path = posixpath.join(folder, f"{PARTITION_COLUMN}={UNKNOWN_PARTITION}", EMPTY_FILE)
    if is_local(path):
        os.makedirs(posixpath.dirname(path), exist_ok=True)
    with FileSystems.create(path) as stream:
        pq.write_table(pa.Table.from_pylist([], schema=TABLES[table].schema), stream)
    return path


def commit(output: str, run_id: str, append: bool) -> list[CommittedFile]:
    """Make a run's staged tables the output's tables (replace) or add them (append).

    Returns the files committed, relative to `output`.
    """
    staging = staging_folder(output, run_id)
    spilled = spill_folder(staging)
    if FileSystems.exists(spilled):
        FileSystems.delete([spilled])
    for table in TABLES:
        staged = posixpath.join(staging, table)
        if not _list(staged) and not (append and table_files(output, table)):
            empty_table_file(staged, table)
    if append:
        moved = _append(output, staging, run_id)
    elif is_local(output):
        moved = _swap_generation(output, staging, run_id)
    else:
        moved = _replace_objects(output, staging)
    if FileSystems.exists(staging):
        FileSystems.delete([staging])
    return [file_entry(output, path) for path in sorted(moved)]


def _append(output: str, staging: str, run_id: str) -> list[str]:
    sources, targets = [], []
    for path in _list(staging):
        relative = path[len(staging) + 1 :]
        folder, name = posixpath.split(relative)
        if name == EMPTY_FILE:
            continue  # the live table exists already
        sources.append(path)
        targets.append(posixpath.join(output, folder, name.replace("part-", f"part-{run_id}-", 1)))
    _move(sources, targets)
    return targets


def _move(sources: list[str], targets: list[str]) -> None:
    for folder in sorted({posixpath.dirname(t) for t in targets}):
        if is_local(folder):
            os.makedirs(folder, exist_ok=True)
    if sources:
        FileSystems.rename(sources, targets)


def _swap_generation(output: str, staging: str, run_id: str) -> list[str]:
    generation = posixpath.join(output, GENERATIONS, run_id)
    os.makedirs(posixpath.dirname(generation), exist_ok=True)
    os.rename(staging, generation)
    for table in TABLES:
        link = posixpath.join(output, table)
        if os.path.isdir(link) and not os.path.islink(link):
            # A table from before links existed: it becomes a generation of its own, once.
            os.rename(link, posixpath.join(output, GENERATIONS, f"00000000-legacy-{table}"))
        temporary = posixpath.join(output, f".{table}.{run_id}.link")
        os.symlink(posixpath.join(GENERATIONS, run_id, table), temporary)
        os.replace(temporary, link)
    _forget_old_generations(output, keep={run_id, _previous_generation(output, run_id)})
    return [p for table in TABLES for p in table_files(output, table)]


def _previous_generation(output: str, run_id: str) -> str:
    names = sorted(os.listdir(posixpath.join(output, GENERATIONS)))
    earlier = [n for n in names if n < run_id and not n.startswith("00000000-legacy")]
    return earlier[-1] if earlier else ""


def _forget_old_generations(output: str, keep: set[str]) -> None:
    root = posixpath.join(output, GENERATIONS)
    old = [posixpath.join(root, n) for n in sorted(os.listdir(root)) if n not in keep]
    if old:
        FileSystems.delete(old)


def _replace_objects(output: str, staging: str) -> list[str]:
    old = {t: table_files(output, t) for t in TABLES}
    sources = _list(staging)
    targets = [posixpath.join(output, p[len(staging) + 1 :]) for p in sources]
    _move(sources, targets)
    stale = [p for files in old.values() for p in files if p not in set(targets)]
    if stale:
        FileSystems.delete(stale)
    return targets


def write_record(output: str, record: RunRecord) -> str:
    """Write a run's manifest (the last step of a commit); return its path."""
    path = posixpath.join(output, RUNS, f"{record.run_id}.json")
    if is_local(path):
        os.makedirs(posixpath.dirname(path), exist_ok=True)
        temporary = f"{path}.tmp"
        with open(temporary, "w") as stream:
            stream.write(record.to_json())
        os.replace(temporary, path)
    else:
        with FileSystems.create(path) as stream:
            stream.write(record.to_json().encode())
    return path


def run_records(output: str) -> Iterator[RunRecord]:
    """Every committed run's manifest, oldest first."""
    for path in _list(posixpath.join(output, RUNS)):
        if path.endswith(".json"):
            with FileSystems.open(path) as stream:
                yield RunRecord.from_json(stream.read().decode())
