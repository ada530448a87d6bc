"""WARC archives: records to documents and rejects, ranges that split a file, end to end."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest

from pipeline.commit import run_records
from pipeline.verify import verify_output
from schemas import read_table
from tests.conftest import run_newsbeam
from tests.warcs import WarcPage, article_html, warc_bytes, write_warc
from transforms.extract import extract_html
from transforms.records import Document, Reject
from transforms.scope import Scope
from transforms.warc import Filtered, Skipped, WarcRange, read_warc, warc_ranges

QUAKE = article_html(
    "Earthquake shakes the coast",
    "A strong earthquake shook the northern coast on Tuesday morning, damaging old buildings "
    "in three fishing towns and cutting power to thousands of homes for several hours.",
    "Rescue teams searched the harbour district until nightfall; no one was reported missing.",
)
ZURICH = article_html(
    "Zürich opens a new café district",
    "Zürich opened its new café district beside the lake on Friday, where twelve cafés share "
    "one terrace and the city pays for the benches, the trees and the evening music.",
    charset="utf-8",
)
MALAGA = article_html(
    "Málaga amplía su puerto",
    "El puerto de Málaga abrirá un nuevo muelle para cruceros el próximo año, según anunció "
    "el martes la autoridad portuaria tras aprobar la inversión de cuarenta millones de euros.",
)


def pages() -> list[WarcPage]:
    return [
        WarcPage(
            "https://news.example/world/quake.html?utm_source=feed",
            QUAKE.encode(),
            gzip_body=True,
            chunked=True,
        ),
        WarcPage("https://news.example/missing.html", b"<html>Not here</html>", "404 Not Found"),
        WarcPage(
            "https://news.example/report.pdf", b"%PDF-1.4 binary", content_type="application/pdf"
        ),
        WarcPage("https://news.example/world/quake.html", b"", record_type="revisit"),
        # The HTTP header lies (latin-1); the page says, and is, UTF-8.
        WarcPage(
            "https://other.example/zurich",
            ZURICH.encode("utf-8"),
            content_type="text/html; charset=iso-8859-1",
        ),
        # No declaration in the page: the header's charset decides.
        WarcPage(
            "https://www.diario.example/malaga",
            MALAGA.encode("cp1252"),
            content_type="text/html; charset=windows-1252",
        ),
        WarcPage(
            "https://news.example/world/quake.html",
            b"GET / HTTP/1.1\r\n\r\n",
            record_type="request",
        ),
        WarcPage(
            "https://archive.example/page", QUAKE.encode(), "", "text/html", record_type="resource"
        ),
    ]


def read_all(data: bytes, scope: Scope | None = None, max_bytes: int = 1_000_000) -> list:
    unit = WarcRange("/data/crawl.warc.gz", "crawl.warc.gz")
    return list(read_warc(io.BytesIO(data), unit, max_bytes, scope or Scope()))


def reasons(records: list) -> list[str]:
    return [r.error for r in records if isinstance(r, Reject)]


def documents(records: list) -> list[Document]:
    return [r for r in records if isinstance(r, Document)]


@pytest.mark.parametrize("compress", [True, False])
def test_records_become_documents_rejects_and_skips(compress):
    records = read_all(warc_bytes(pages(), compress))
    docs = documents(records)
    assert [d.url for d in docs] == [
        "https://news.example/world/quake.html",
        "https://other.example/zurich",
        "https://www.diario.example/malaga",
        "https://archive.example/page",
    ]
    assert reasons(records) == [
        "HTTP 404",
        "not HTML (application/pdf)",
        "revisit record: no payload (a repeat of an earlier capture)",
    ]
    assert sorted(r.record_type for r in records if isinstance(r, Skipped)) == [
        "request",
        "warcinfo",
    ]
    quake = docs[0]
    assert quake.content.startswith(b"<!DOCTYPE html>")  # gzip and chunking undone
    assert quake.published == "2026-03-04T05:06:07+00:00"  # WARC-Date, a fallback
    assert quake.metadata_fills_gaps
    offset = int(quake.source.rsplit("@", 1)[1])
    assert quake.source == f"/data/crawl.warc.gz@{offset}" and offset > 0
    assert quake.key == f"crawl.warc.gz@{offset}"


def test_the_page_declaration_beats_a_lying_header_and_the_header_fills_in():
    docs = documents(read_all(warc_bytes(pages())))
    zurich, malaga = docs[1], docs[2]
    assert (
        "Zürich opened its new café district"
        in extract_html(zurich.content, zurich.url, zurich.charset).text
    )
    assert malaga.charset == "cp1252" or malaga.charset == "windows-1252"
    assert (
        "El puerto de Málaga abrirá"
        in extract_html(malaga.content, malaga.url, malaga.charset).text
    )


def test_a_truncated_last_record_is_a_reject_and_the_rest_are_read():
    data = warc_bytes(pages(), compress=False)
    records = read_all(data[:-200])
    assert reasons(records)[-1].startswith("truncated record:")
    assert len(documents(records)) == 3


def test_garbage_inside_a_file_is_one_reject_after_the_good_records():
    good = warc_bytes(pages()[:1])
    records = read_all(good + b"this is not a WARC record\r\n" * 20 + good)
    assert len(documents(records)) == 1
    assert reasons(records) == [reasons(records)[0]]
    assert reasons(records)[0].startswith("malformed WARC after byte")


def test_oversized_records_are_rejects():
    records = read_all(warc_bytes(pages()), max_bytes=300)
    assert sum(r.startswith("oversized: ") for r in reasons(records)) == 4  # the four pages
    assert not documents(records)


def test_scope_filters_by_domain_and_pattern():
    data = warc_bytes(pages())
    by_domain = read_all(data, Scope(domains=("diario.example", "archive.example")))
    assert [d.url for d in documents(by_domain)] == [
        "https://www.diario.example/malaga",
        "https://archive.example/page",
    ]
    assert sum(isinstance(r, Filtered) for r in by_domain) == 5  # the request is no record
    by_pattern = read_all(data, Scope(url_pattern=r"/world/"))
    assert [d.url for d in documents(by_pattern)] == ["https://news.example/world/quake.html"]
    assert reasons(by_pattern) == ["revisit record: no payload (a repeat of an earlier capture)"]


@pytest.mark.parametrize("compress", [True, False])
def test_ranges_split_a_file_and_read_every_record_once(compress):
    many = [
        WarcPage(f"https://news.example/{n}", article_html(f"Story {n}", QUAKE).encode())
        for n in range(23)
    ]
    data = warc_bytes(many, compress)
    ranges = warc_ranges(io.BytesIO(data), "/x.warc", "x.warc", records=5)
    assert len(ranges) == 5  # warcinfo + 23 responses, cut every 5 records
    assert ranges[0].start == 0 and ranges[-1].end is None
    assert all(a.end == b.start for a, b in itertools.pairwise(ranges))
    urls = [
        record.url
        for unit in ranges
        for record in read_warc(io.BytesIO(data), unit, 1_000_000, Scope())
        if isinstance(record, Document)
    ]
    assert urls == [p.url for p in many]


def run_warc_job(tmp_path: Path, *args: str) -> Path:
    many = [
        WarcPage(
            f"https://{'news' if n % 3 else 'diario'}.example/story-{n}",
            article_html(
                f"Harbour story number {n}",
                f"The harbour authority said on day {n} that the new ferry line to the islands "
                f"would carry {n * 37 + 100} passengers a week from the spring, once the pier "
                f"repairs are done and the crews are trained.",
            ).encode(),
        )
        for n in range(30)
    ]
    warc = write_warc(tmp_path / "crawl.warc.gz", [*pages(), *many])
    output = tmp_path / "out"
    status = run_newsbeam(
        "--input", str(warc), "--output", str(output),
        "--direct_num_workers=2", "--direct_running_mode=multi_processing", *args,
    )  # fmt: skip
    assert status == 0
    return output


def test_a_warc_runs_end_to_end_on_two_workers_with_exact_accounting(tmp_path):
    output = run_warc_job(tmp_path)
    [record] = run_records(str(output))
    articles, rejects = read_table(str(output), "articles"), read_table(str(output), "rejects")
    assert articles.num_rows == 4 + 30
    # Records: 8 pages less the request, and 30 more; warcinfo and request are not records.
    assert record.records == 37 + 0 and record.filtered == 0
    assert record.records == articles.num_rows + rejects.num_rows
    assert sorted(rejects.column("error").to_pylist()) == [
        "HTTP 404",
        "not HTML (application/pdf)",
        "revisit record: no payload (a repeat of an earlier capture)",
    ]
    assert all("crawl.warc.gz@" in s for s in rejects.column("source").to_pylist())
    assert not verify_output(str(output)).problems


def test_domains_keep_some_sites_and_count_the_rest_as_filtered(tmp_path):
    output = run_warc_job(tmp_path, "--domains", "diario.example")
    [record] = run_records(str(output))
    articles = read_table(str(output), "articles")
    urls = articles.column("url").to_pylist()
    assert len(urls) == 1 + 10 and all("diario.example" in u for u in urls)
    assert record.filtered == record.records - articles.num_rows
    assert not verify_output(str(output)).problems
