"""Read input files (.txt, .md, .html, .jsonl, .warc, each optionally .gz) into documents, through
Beam's filesystems so local paths and gs:// alike work on every runner.
"""

from __future__ import annotations

import gzip
import json
import posixpath
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from transforms.records import Document, GuardedFn, Reject, SplitRejects, describe_error
from transforms.scope import Scope
from transforms.warc import Filtered, Skipped, WarcRange, is_warc, read_warc, warc_ranges

STAGE = "read"
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",  # Markdown, as CMS exports and note apps write articles; read as plain text
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
}
_GLOB = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class ReadConfig:
    """Settings of the reading stage."""

    max_bytes: int = 10_000_000
    scope: Scope = field(default_factory=Scope)


class InputFile(NamedTuple):
    """A matched input file; `relpath` is its name relative to the input it was found under."""

    path: str
    relpath: str
    explicit: bool  # named by the user (or a glob): an unsupported type is a reject, not skipped


def file_format(path: str) -> str | None:
    """Return "text", "html", "jsonl" or "warc" by the file's suffix (under an optional .gz), else None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMATS.get(posixpath.splitext(name)[1])


def match_input(spec: str) -> list[InputFile]:
    """Resolve one --input value: a file, a directory (every supported file below it) or a glob."""
    spec = spec.rstrip("/") or "/"
    if _GLOB.search(spec):
        root = posixpath.dirname(_GLOB.split(spec, maxsplit=1)[0])
        paths, explicit = match_paths(spec), True
    else:
        below = match_paths(f"{spec}/**")
        if below:
            root, paths, explicit = spec, below, False
        else:
            root, paths, explicit = posixpath.dirname(spec), match_paths(spec), True
    files = [
        InputFile(path, posixpath.relpath(path, root) if root else path, explicit)
        for path in paths
        if explicit or file_format(path) is not None
    ]
    return sorted(files)


def match_paths(pattern: str) -> list[str]:
    """The files (not folders) a Beam filesystem pattern matches."""
    result = FileSystems.match([pattern])[0]
    return [m.path for m in result.metadata_list if not m.path.endswith("/")]


def parse_jsonl_line(line: bytes, key: str, source: str) -> Document | Reject:
    """Turn one JSONL line ({url, html | text, title?, published?}) into a document."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        return Reject(source, None, STAGE, f"{key}: invalid JSON ({describe_error(error)})")
    if not isinstance(record, dict):
        return Reject(source, None, STAGE, f"{key}: not a JSON object")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    body = record.get("html"), record.get("text")
    if isinstance(body[0], str) and body[0].strip():
        fmt, content = "html", body[0]
    elif isinstance(body[1], str) and body[1].strip():
        fmt, content = "text", body[1]
    else:
        return Reject(source, url, STAGE, f"{key}: no 'html' or 'text' field")
    if not url:
        return Reject(source, None, STAGE, f"{key}: no 'url' field")
    authors = record.get("authors")
    return Document(
        key=key,
        source=source,
        url=url,
        format=fmt,
        content=content.encode("utf-8"),
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        published=str(record["published"]) if record.get("published") else None,
        authors=tuple(a for a in authors if isinstance(a, str))
        if isinstance(authors, list)
        else (),
    )


def read_file(file: InputFile, stream: BinaryIO, cfg: ReadConfig) -> Iterator[Document | Reject]:
    """Read the records of one open input file: one for .txt/.html, one per line for .jsonl."""
    fmt = file_format(file.path)
    if fmt is None:
        yield Reject(
            file.path, None, STAGE, f"unsupported file type: {posixpath.basename(file.path)}"
        )
        return
    if file.path.lower().endswith(".gz"):
        stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(file, stream, cfg)
            return
        data = stream.read(cfg.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield Reject(file.path, None, STAGE, f"unreadable file ({describe_error(error)})")
        return
    if len(data) > cfg.max_bytes:
        yield Reject(file.path, None, STAGE, f"oversized: more than {cfg.max_bytes} bytes")
    elif not data.strip():
        yield Reject(file.path, None, STAGE, "empty file")
    else:
        yield Document(key=file.relpath, source=file.path, url=None, format=fmt, content=data)


def _read_jsonl(file: InputFile, stream: BinaryIO, cfg: ReadConfig) -> Iterable[Document | Reject]:
    for number, line in enumerate(_capped_lines(stream, cfg.max_bytes), start=1):
        key = f"{file.relpath}#{number}"
        if line is None:
            yield Reject(
                file.path, None, STAGE, f"{key}: oversized: more than {cfg.max_bytes} bytes"
            )
        elif line.strip():
            yield parse_jsonl_line(line, key, file.path)


def _capped_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Yield the lines of `stream`, or None for a line longer than `max_bytes` (skipped unread)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


class _MatchInputFn(GuardedFn):
    stage = STAGE

    def process_record(self, spec: str) -> Iterator[InputFile | Reject]:
        files = match_input(spec)
        if not files:
            # Matched when the job was launched, not where it runs (a local path on a remote
            # worker, or files removed meanwhile): a reject, never silence.
            yield Reject(spec, None, STAGE, "no input files match on the worker")
        yield from files


class _PlanReadsFn(GuardedFn):
    """Matched files in; what to read out: the file, or a WARC file's ranges (an index pass)."""

    stage = STAGE

    def process_record(self, file: InputFile | Reject) -> Iterator[InputFile | WarcRange | Reject]:
        if isinstance(file, Reject) or not is_warc(file.path):
            yield file
            return
        with FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            yield from warc_ranges(f, file.path, file.relpath)


class _ReadFileFn(GuardedFn):
    stage = STAGE

    def __init__(self, cfg: ReadConfig):
        self._cfg = cfg
        self._files = Metrics.counter("newsbeam.read", "files")
        self._documents = Metrics.counter("newsbeam.read", "documents")
        self._rejects = Metrics.counter("newsbeam.read", "rejects")
        self._filtered = Metrics.counter("newsbeam.read", "filtered")
        self._skipped = Metrics.counter("newsbeam.read", "skipped_records")

    def process_record(self, unit: InputFile | WarcRange | Reject) -> Iterator[Document | Reject]:
        if isinstance(unit, Reject):  # an input that matched nothing on the worker
            yield self._route(unit)
            return
        if isinstance(unit, InputFile) and is_warc(unit.path):
            unit = WarcRange(unit.path, unit.relpath)  # a whole file, as a stream lists it
        if isinstance(unit, InputFile) or unit.start == 0:
            self._files.inc()
        try:
            with FileSystems.open(unit.path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
                if isinstance(unit, WarcRange):
                    records = read_warc(f, unit, self._cfg.max_bytes, self._cfg.scope)
                else:
                    records = read_file(unit, f, self._cfg)
                for record in records:
                    if isinstance(record, Filtered):
                        self._filtered.inc()
                    elif isinstance(record, Skipped):
                        self._skipped.inc()
                    else:
                        yield self._route(record)
        except OSError as error:
            reason = f"unreadable file ({describe_error(error)})"
            yield self._route(Reject(unit.path, None, STAGE, reason))

    def _route(self, record: Document | Reject) -> Document | Reject:
        (self._rejects if isinstance(record, Reject) else self._documents).inc()
        return record


class ReadInputFiles(beam.PTransform):
    """Matched input files (or WARC ranges) in; {"ok": documents, "rejected": rejects} out."""

    def __init__(self, cfg: ReadConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, files: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            files | "Read" >> beam.ParDo(_ReadFileFn(self._cfg)) | "SplitRejects" >> SplitRejects()
        )


def is_hidden(file: InputFile) -> bool:
    """Whether a file, or a folder it is in below its input, has a hidden name (".", "_").

    Writers that drop files into a watched folder write them under such a name, then rename.
    """
    return any(part.startswith((".", "_")) for part in file.relpath.split("/"))


class _ListFolderFn(GuardedFn):
    stage = STAGE

    def process_record(self, folder: str) -> Iterator[InputFile]:
        yield from (f for f in match_input(folder) if not is_hidden(f))


class ListFolders(beam.PTransform):
    """Folders in; the readable files in them now out (hidden names, still being written, not).

    {"ok": input files, "rejected": a folder that cannot be listed}.
    """

    def expand(self, folders: beam.PCollection) -> dict[str, beam.PCollection]:
        return folders | "List" >> beam.ParDo(_ListFolderFn()) | "SplitRejects" >> SplitRejects()


class ReadDocuments(beam.PTransform):
    """Read every file named by `inputs` (files, directories, globs): {"ok": documents, "rejected"}."""

    def __init__(self, inputs: list[str], cfg: ReadConfig):
        super().__init__()
        self._inputs = sorted(inputs)
        self._cfg = cfg

    def expand(self, pbegin: beam.pvalue.PBegin) -> dict[str, beam.PCollection]:
        return (
            pbegin
            | "Inputs" >> beam.Create(self._inputs)
            | "Match" >> beam.ParDo(_MatchInputFn())
            # Spread files over workers: matching yields them all from one element.
            | "Spread" >> beam.Reshuffle()
            | "PlanReads" >> beam.ParDo(_PlanReadsFn())
            # And a WARC file's ranges: its index pass yields them all from one element.
            | "SpreadRanges" >> beam.Reshuffle()
            | "ReadFiles" >> ReadInputFiles(self._cfg)
        )
