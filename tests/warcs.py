"""WARC files for the tests and benchmarks, written with warcio's writer from our own pages."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class WarcPage:
    """One record to write: a response (with HTTP headers), a resource, a revisit, ..."""

    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str | None = "text/html; charset=utf-8"
    record_type: str = "response"
    http_headers: list[tuple[str, str]] = field(default_factory=list)
    gzip_body: bool = False  # sent with Content-Encoding: gzip
    chunked: bool = False  # sent with Transfer-Encoding: chunked
    date: str = "2026-03-04T05:06:07Z"


def article_html(title: str, *paragraphs: str, charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article>"
        f"<footer>Contact us</footer></body></html>"
    )


def _payload(page: WarcPage) -> tuple[bytes, list[tuple[str, str]]]:
    body, headers = page.body, list(page.http_headers)
    if page.content_type:
        headers.append(("Content-Type", page.content_type))
    if page.gzip_body:
        body = gzip.compress(body, mtime=0)
        headers.append(("Content-Encoding", "gzip"))
    if page.chunked:
        half = len(body) // 2
        body = b"".join(
            b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:]) if part
        )
        body += b"0\r\n\r\n"
        headers.append(("Transfer-Encoding", "chunked"))
    return body, headers


def warc_bytes(pages: Iterable[WarcPage], compress: bool = True) -> bytes:
    """A WARC file's bytes (gzip per record when `compress`), a warcinfo record first."""
    buffer = io.BytesIO()
    write_records(buffer, pages, compress)
    return buffer.getvalue()


def write_records(
    stream: BinaryIO, pages: Iterable[WarcPage], compress: bool = True, info: bool = True
) -> None:
    """Write WARC records to `stream`, one page at a time (files of any size)."""
    writer = WARCWriter(stream, gzip=compress)
    if info:
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for page in pages:
        warc_headers = {"WARC-Date": page.date}
        if page.record_type == "revisit":
            record = writer.create_revisit_record(
                page.url, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri=page.url, refers_to_date=page.date,
                http_headers=StatusAndHeaders(page.status, [], protocol="HTTP/1.1"),
            )  # fmt: skip
        elif page.record_type == "response":
            body, headers = _payload(page)
            record = writer.create_warc_record(
                page.url, "response", payload=io.BytesIO(body),
                http_headers=StatusAndHeaders(page.status, headers, protocol="HTTP/1.1"),
                warc_headers_dict=warc_headers,
            )  # fmt: skip
        else:  # resource, request, metadata
            record = writer.create_warc_record(
                page.url, page.record_type, payload=io.BytesIO(page.body),
                warc_content_type=page.content_type or "application/octet-stream",
                warc_headers_dict=warc_headers,
            )  # fmt: skip
        if page.record_type != "response":
            record.rec_headers.replace_header("WARC-Date", page.date)
        writer.write_record(record)


def write_warc(path: Path, pages: Iterable[WarcPage], compress: bool = True) -> Path:
    """Write a WARC file of `pages`; return its path."""
    with path.open("wb") as stream:
        write_records(stream, pages, compress)
    return path
