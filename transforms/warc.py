"""Read WARC archives (Common Crawl, CC-NEWS) record by record, in byte ranges a job can spread.

A CC-NEWS file is about 1 GB and hundreds of thousands of pages: read whole by one worker it
would pin the job to that worker. An index pass (`warc_ranges`) walks the record headers and
cuts the file into ranges at record boundaries; each range is read on its own (`read_warc`),
wherever the runner sends it. FastWARC streams the records (never a whole file in memory) and
undoes chunked transfer and Content-Encoding.

Every `response` or `resource` record is an input record: it becomes a document, a reject
(non-200, not HTML, truncated, malformed, oversized) or, outside the run's scope, a filtered
record. `revisit` records carry no page and are rejects; `warcinfo`, `request` and `metadata`
records describe other records and are skipped (counted, not rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

from fastwarc.warc import ArchiveIterator, WarcRecord

from transforms.dates import parse_date
from transforms.fetch import HTML_TYPES, canonical_url
from transforms.records import Document, Reject, describe_error
from transforms.scope import Scope

STAGE = "read"
# A range ends after this many records or compressed bytes, whichever comes first: small
# enough that a 1 GB file makes work for many workers, large enough that a range's start-up
# (open, seek) is lost in its records' processing.
RANGE_RECORDS = 200
RANGE_BYTES = 16 << 20

_PAGE_RECORDS = ("response", "resource")
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body")


def is_warc(path: str) -> bool:
    """Whether a path names a WARC file (.warc, optionally .gz)."""
    return path.lower().removesuffix(".gz").endswith(".warc")


@dataclass(frozen=True, order=True)
class WarcRange:
    """Records of one WARC file starting at byte offsets in [start, end); end None: to the end."""

    path: str
    relpath: str
    start: int = 0
    end: int | None = None


class Filtered(NamedTuple):
    """A record the run's scope leaves out."""

    url: str


class Skipped(NamedTuple):
    """A record that is not a page (warcinfo, request, metadata, ...)."""

    record_type: str


def warc_ranges(
    stream: BinaryIO,
    path: str,
    relpath: str,
    records: int = RANGE_RECORDS,
    size: int = RANGE_BYTES,
) -> list[WarcRange]:
    """Cut a WARC file into ranges of whole records, reading its record headers only.

    A file the index pass cannot walk to its end (a malformed record) gets a last range open to
    the end: reading it meets the damage and rejects it there.
    """
    cuts, count = [0], 0
    try:
        for record in ArchiveIterator(stream, parse_http=False):
            position = record.stream_pos
            if position > cuts[-1] and (count >= records or position - cuts[-1] >= size):
                cuts.append(position)
                count = 0
            count += 1
    except OSError:
        pass
    return [
        WarcRange(path, relpath, start, end)
        for start, end in zip(cuts, [*cuts[1:], None], strict=True)
    ]


def read_warc(
    stream: BinaryIO, unit: WarcRange, max_bytes: int, scope: Scope
) -> Iterator[Document | Reject | Filtered | Skipped]:
    """Read the records of one range of a WARC file, `stream` open at any position."""
    stream.seek(unit.start)
    records = ArchiveIterator(stream, parse_http=False)
    position = unit.start
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except OSError as error:
            yield Reject(
                f"{unit.path}@{position}",
                None,
                STAGE,
                f"malformed WARC after byte {position} ({describe_error(error)})",
            )
            return
        position = record.stream_pos
        if unit.end is not None and position >= unit.end:
            return
        yield record_document(record, unit, max_bytes, scope)


def record_document(
    record: WarcRecord, unit: WarcRange, max_bytes: int, scope: Scope
) -> Document | Reject | Filtered | Skipped:
    """One WARC record as a document, a reject, a filtered record or a skipped one."""
    kind = (record.headers.get("WARC-Type") or "unknown").strip().lower()
    if kind not in _PAGE_RECORDS and kind != "revisit":
        return Skipped(kind)
    source = f"{unit.path}@{record.stream_pos}"
    target = record.headers.get("WARC-Target-URI")
    url = canonical_url(target.strip("<> ")) if target else None

    def reject(reason: str) -> Reject:
        return Reject(source, url, STAGE, reason)

    if url is None:
        return reject("no WARC-Target-URI")
    if not scope.keeps_url(url):
        return Filtered(url)
    if kind == "revisit":
        return reject("revisit record: no payload (a repeat of an earlier capture)")
    if record.headers.get("WARC-Truncated"):
        return reject(f"truncated by the crawler ({record.headers.get('WARC-Truncated')})")
    declared = record.headers.get("Content-Length", "")
    if not declared.isdigit():
        return reject("malformed record: no Content-Length")
    if int(declared) > max_bytes:
        return reject(f"oversized: {declared} bytes, limit {max_bytes}")
    block = record.reader.read()
    if len(block) < int(declared):
        return reject(f"truncated record: {len(block)} of {declared} bytes")
    if kind == "response":
        page = http_payload(record, block, max_bytes)
    else:
        content_type = record.headers.get("Content-Type", "")
        page = (block, _media_type(content_type), None)
    if isinstance(page, str):
        return reject(page)
    payload, media_type, charset = page
    if not payload.strip():
        return reject("empty payload")
    if not _is_html(media_type, payload):
        return reject(f"not HTML ({media_type or 'no Content-Type'})")
    return Document(
        key=f"{unit.relpath}@{record.stream_pos}",
        source=source,
        url=url,
        format="html",
        content=payload,
        published=_iso(record.headers.get("WARC-Date")),
        metadata_fills_gaps=True,
        charset=charset,
    )


def http_payload(
    record: WarcRecord, block: bytes, max_bytes: int
) -> tuple[bytes, str, str | None] | str:
    """A response record's decoded body, media type and charset, or why there is none."""
    record.set_bytes_content(block)
    try:
        record.parse_http(auto_decode="all")
    except OSError as error:
        return f"malformed HTTP response ({describe_error(error)})"
    status = record.http_headers.status_code if record.http_headers is not None else None
    if status is None:
        return "malformed HTTP response: no status line"
    if status != 200:
        return f"HTTP {status}"
    try:
        # Decoded on read: the cap holds for what a compressed body unpacks to.
        payload = record.reader.read(max_bytes + 1)
    except OSError as error:
        return f"undecodable body ({describe_error(error)})"
    if len(payload) > max_bytes:
        return f"oversized: more than {max_bytes} bytes decoded"
    media_type = _media_type(record.http_headers.get("Content-Type", ""))
    return payload, media_type, record.http_charset


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _is_html(media_type: str, payload: bytes) -> bool:
    if media_type:
        return media_type in HTML_TYPES
    head = payload[:1024].lstrip().lower()
    return any(marker in head for marker in _HTML_SNIFF)


def _iso(value: str | None) -> str | None:
    when = parse_date(value) if value else None
    return when.astimezone(dt.UTC).isoformat() if when else None
