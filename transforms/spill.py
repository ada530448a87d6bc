"""Spill records to files in the run's staging area and read them back.

Beam's local runner keeps every PCollection that crosses from one stage to the next in its own
process, so an article set handed from processing to marking sits there whole: its memory grows
with the input. Spilled, each worker writes the articles of its bundle to one file and only
small keys cross the stage boundary; the marking stage reads the files back, one at a time.

The files are pickled chunks of records: written and read by the same job, in its own staging
folder, and removed before the run commits, so no other reader ever meets them.
"""

from __future__ import annotations

import pickle
import posixpath
import uuid
from collections.abc import Iterator
from typing import Any

from apache_beam.io.filesystems import FileSystems

CHUNK_ROWS = 500  # records pickled at a time: a worker holds one chunk, not its bundle


class SpillFile:
    """One bundle's records, appended in chunks to a file of `folder`."""

    def __init__(self, folder: str):
        self.path = posixpath.join(folder, f"spill-{uuid.uuid4().hex}.pkl")
        self.rows = 0
        self._chunk: list[Any] = []
        self._stream: Any = None

    def add(self, record: Any) -> int:
        """Append a record; return its row number in the file."""
        self._chunk.append(record)
        if len(self._chunk) >= CHUNK_ROWS:
            self._flush()
        self.rows += 1
        return self.rows - 1

    def close(self) -> str:
        """Write what is left and close the file; return its path."""
        self._flush()
        if self._stream is not None:
            self._stream.close()
        return self.path

    def _flush(self) -> None:
        if not self._chunk:
            return
        if self._stream is None:
            self._stream = FileSystems.create(self.path)
        pickle.dump(self._chunk, self._stream, protocol=pickle.HIGHEST_PROTOCOL)
        self._chunk = []


def read_spilled(path: str) -> Iterator[Any]:
    """The records of a spill file, in the order they were added."""
    with FileSystems.open(path) as stream:
        while True:
            try:
                chunk = pickle.load(stream)  # our own job's file (module docstring)
            except EOFError:
                return
            yield from chunk
