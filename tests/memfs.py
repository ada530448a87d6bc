"""An in-memory Beam filesystem (`memfs://`), standing in for gs:// in tests.

Object-store semantics like GCS: no directories, only keys with a common prefix. Running the
pipeline over it shows newsbeam touches inputs and outputs only through Beam's FileSystems.
"""

from __future__ import annotations

import io
from typing import ClassVar

from apache_beam.io.filesystem import FileMetadata, FileSystem


class _Upload(io.BytesIO):
    """Bytes written to a path; they appear there on close, as an object store's do."""

    def __init__(self, path: str):
        super().__init__()
        self._path = path

    def close(self) -> None:
        if not self.closed:
            MemoryFileSystem.files[self._path] = self.getvalue()
        super().close()


class MemoryFileSystem(FileSystem):
    """Files kept in a class-level dict, shared by every instance in the process."""

    files: ClassVar[dict[str, bytes]] = {}

    @classmethod
    def scheme(cls) -> str:
        return "memfs"

    def join(self, basepath: str, *paths: str) -> str:
        return "/".join([basepath.rstrip("/"), *(p.strip("/") for p in paths)])

    def split(self, path: str) -> tuple[str, str]:
        head, _, tail = path.rstrip("/").rpartition("/")
        return head, tail

    def mkdirs(self, path: str) -> None:
        pass

    def has_dirs(self) -> bool:
        return False

    def _list(self, dir_or_prefix: str):
        for path in sorted(self.files):
            if path.startswith(dir_or_prefix):
                yield FileMetadata(path, len(self.files[path]), 0.0)

    def create(self, path: str, mime_type: str = "", compression_type: str = "") -> _Upload:
        return _Upload(path)

    def open(self, path: str, mime_type: str = "", compression_type: str = "") -> io.BytesIO:
        if path not in self.files:
            raise FileNotFoundError(path)
        return io.BytesIO(self.files[path])

    def copy(self, source_file_names: list[str], destination_file_names: list[str]) -> None:
        for source, destination in zip(source_file_names, destination_file_names, strict=True):
            self.files[destination] = self.files[source]

    def rename(self, source_file_names: list[str], destination_file_names: list[str]) -> None:
        for source, destination in zip(source_file_names, destination_file_names, strict=True):
            self.files[destination] = self.files.pop(source)

    def exists(self, path: str) -> bool:
        prefix = path.rstrip("/") + "/"
        return path in self.files or any(p.startswith(prefix) for p in self.files)

    def size(self, path: str) -> int:
        return len(self.files[path])

    def last_updated(self, path: str) -> float:
        return 0.0

    def checksum(self, path: str) -> str:
        return str(hash(self.files[path]))

    def metadata(self, path: str) -> FileMetadata:
        return FileMetadata(path, len(self.files[path]), 0.0)

    def delete(self, paths: list[str]) -> None:
        for path in paths:
            prefix = path.rstrip("/") + "/"
            for key in [p for p in self.files if p == path or p.startswith(prefix)]:
                del self.files[key]
