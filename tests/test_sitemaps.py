"""Sitemaps: parsing (news, index, gzip, text), hostile sitemaps, and runs over a local site."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from pipeline.commit import run_records
from pipeline.verify import verify_output
from schemas import read_table
from tests.conftest import run_newsbeam
from tests.site import Site, article
from transforms.fetch import FetchConfig
from transforms.records import Reject
from transforms.scope import Scope
from transforms.sitemaps import MAX_DEPTH, _ReadSitemapFn, parse_sitemap

SM = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def urlset(*urls: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {SM} {NEWS}>{"".join(urls)}</urlset>'.encode()


def url(loc: str, lastmod: str | None = None, news: tuple[str, str] | None = None) -> str:
    parts = f"<loc>{loc}</loc>"
    if lastmod:
        parts += f"<lastmod>{lastmod}</lastmod>"
    if news:
        parts += (
            "<news:news><news:publication><news:name>Lindenau Post</news:name>"
            "<news:language>en</news:language></news:publication>"
            f"<news:publication_date>{news[0]}</news:publication_date>"
            f"<news:title>{news[1]}</news:title></news:news>"
        )
    return f"<url>{parts}</url>"


def index(*sitemaps: tuple[str, str | None]) -> bytes:
    items = "".join(
        f"<sitemap><loc>{loc}</loc>{f'<lastmod>{m}</lastmod>' if m else ''}</sitemap>"
        for loc, m in sitemaps
    )
    return f'<?xml version="1.0"?><sitemapindex {SM}>{items}</sitemapindex>'.encode()


def test_a_news_sitemap_gives_titles_and_publication_dates():
    parsed = parse_sitemap(
        urlset(
            url("https://post.example/a", news=("2026-11-20T08:30:00+01:00", "Ferry line opens")),
            url("https://post.example/b", lastmod="2026-11-21"),
            url("/relative/c"),
            url("ftp://post.example/d"),
        ),
        "https://post.example/sitemap.xml",
    )
    a, b, c = parsed.entries
    assert (a.link, a.title) == ("https://post.example/a", "Ferry line opens")
    assert a.published == dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.UTC)
    assert b.published == dt.datetime(2026, 11, 21, tzinfo=dt.UTC) and b.title is None
    assert c.link == "https://post.example/relative/c"
    assert a.feed == "https://post.example/sitemap.xml"
    assert parsed.unusable == ["url 4 (ftp://post.example/d): not an http(s) link"]


def test_an_index_lists_sitemaps_with_their_lastmod_and_gzip_is_unpacked():
    data = gzip.compress(index(("https://post.example/s1.xml.gz", "2026-01-02"), ("s2.xml", None)))
    parsed = parse_sitemap(data, "https://post.example/index.xml")
    assert parsed.sitemaps == [
        ("https://post.example/s1.xml.gz", "2026-01-02"),
        ("https://post.example/s2.xml", None),
    ]
    assert not parsed.entries and parsed.error is None


def test_a_text_sitemap_is_one_url_a_line():
    parsed = parse_sitemap(b"https://post.example/a\nhttps://post.example/b\n", "https://x/s.txt")
    assert [e.link for e in parsed.entries] == ["https://post.example/a", "https://post.example/b"]


@pytest.mark.parametrize(
    "content, error",
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b"<urlset><url><loc>https://x.example/&xxe;</loc></url></urlset>",
            "refused: a sitemap with a DTD",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(
                b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                for n in range(1, 10)
            )
            + b"]><urlset><url><loc>https://x.example/&lol9;</loc></url></urlset>",
            "refused: a sitemap with a DTD",
        ),
        (gzip.compress(b"<urlset>" + b" " * 30_000_000 + b"</urlset>"), "oversized"),
        (b"\x1f\x8b\x08\x00 broken gzip", "broken gzip"),
        (b"<html><body><p>Maintenance</p></body></html>", "not a sitemap (root element <html>)"),
        (b"just some words, not links", "not a sitemap (neither XML nor a list of URLs)"),
    ],
)
def test_hostile_and_broken_sitemaps_are_refused(content, error):
    parsed = parse_sitemap(content, "https://x.example/sitemap.xml", max_bytes=10_000_000)
    assert parsed.error is not None and parsed.error.startswith(error)
    assert not parsed.entries


def test_a_sitemap_lists_at_most_the_protocols_50000_urls():
    many = urlset(*(url(f"https://x.example/{n}") for n in range(100_000)))
    parsed = parse_sitemap(many, "https://x.example/big.xml", max_bytes=len(many))
    assert len(parsed.entries) == 50_000
    assert parsed.unusable == ["50000 URLs beyond the first 50000 not read"]


FAST = FetchConfig(per_host_delay_s=0.0, retries=0, allow_private_hosts=True)


@pytest.fixture
def site():
    running = Site()
    yield running
    running.close()


def test_loops_and_deep_indexes_are_read_once_and_bounded(site):
    base = site.base
    site.extra = {
        "/index.xml": ("application/xml", index((f"{base}/loop.xml", None), (f"{base}/deep-1.xml", None))),
        "/loop.xml": ("application/xml", index((f"{base}/index.xml", None), (f"{base}/loop.xml", None))),
        **{
            f"/deep-{n}.xml": ("application/xml", index((f"{base}/deep-{n + 1}.xml", None)))
            for n in range(1, 8)
        },
    }  # fmt: skip
    fn = _ReadSitemapFn(FAST, Scope())
    fn.setup()
    try:
        records = list(fn.process(f"{base}/index.xml"))
    finally:
        fn.teardown()
    assert site.requests["/index.xml"] == 1 and site.requests["/loop.xml"] == 1
    assert site.requests[f"/deep-{MAX_DEPTH}.xml"] == 1
    assert site.requests[f"/deep-{MAX_DEPTH + 1}.xml"] == 0
    assert [(r.url, r.error) for r in records if isinstance(r, Reject)] == [
        (f"{base}/deep-{MAX_DEPTH + 1}.xml", f"indexes nested deeper than {MAX_DEPTH}")
    ]


def news_site(site: Site) -> None:
    """An index with a news sitemap, a gzipped sitemap, an old sitemap and a loop."""
    base = site.base
    pages = {
        f"/news/{name}.html": ("text/html; charset=utf-8", article(title, text))
        for name, title, text in [
            ("ferry", "Ferry line opens", "The new ferry line to the islands opened on Friday "
             "with two boats a day, and the first crossing was full an hour before it left."),
            ("school", "School roof repaired", "The roof of the old school was repaired over "
             "the autumn holidays, and the classes move back into the building on Monday."),
            ("market", "Market moves to the square", "The weekly market moves to the town "
             "square in December while the hall is renovated, the council said on Tuesday."),
            ("archive", "Old story", "This story is years old and a run since 2026 skips it."),
        ]
    }  # fmt: skip
    news = urlset(
        url(f"{base}/news/ferry.html", news=("2026-11-20T08:00:00Z", "Ferry line opens")),
        url(f"{base}/news/school.html", news=("2026-11-21", "School roof repaired")),
        url(f"{base}/news/gone.html", news=("2026-11-22", "Removed")),
        url(f"{base}/news/archive.html", news=("2019-05-01", "Old story")),
        url("mailto:desk@post.example"),
    )
    more = urlset(url(f"{base}/news/market.html", "2026-11-23"), url(f"{base}/news/ferry.html"))
    site.extra = {
        **pages,
        "/sitemap_index.xml": ("application/xml", index(
            (f"{base}/news-sitemap.xml", "2026-11-23"), (f"{base}/more.xml.gz", None),
            (f"{base}/old.xml", "2018-01-01"), (f"{base}/sitemap_index.xml", None),
        )),
        "/news-sitemap.xml": ("application/xml", news),
        "/more.xml.gz": ("application/x-gzip", gzip.compress(more)),
        "/old.xml": ("application/xml", urlset(url(f"{base}/news/archive.html"))),
    }  # fmt: skip


def test_a_sitemap_index_runs_end_to_end_on_two_workers_with_exact_accounting(site, tmp_path):
    news_site(site)
    output = tmp_path / "out"
    status = run_newsbeam(
        "--sitemap", f"{site.base}/sitemap_index.xml", "--since", "2026-01-01",
        "--output", str(output), "--allow_private_hosts", "--per_host_delay", "0",
        "--direct_num_workers=2", "--direct_running_mode=multi_processing",
    )  # fmt: skip
    assert status == 0
    articles, rejects = read_table(str(output), "articles"), read_table(str(output), "rejects")
    assert sorted(articles.column("title").to_pylist()) == [
        "Ferry line opens",
        "Market moves to the square",
        "School roof repaired",
    ]
    assert sorted(zip(rejects["stage"].to_pylist(), rejects["error"].to_pylist(), strict=True)) == [
        ("fetch", "HTTP 404"),
        ("sitemap", "url 5 (mailto:desk@post.example): not an http(s) link"),
    ]
    [record] = run_records(str(output))
    assert record.filtered == 1  # the 2019 story; the old sitemap was not even read
    assert record.records == articles.num_rows + rejects.num_rows + record.filtered
    assert site.requests["/old.xml"] == 0 and site.requests["/news/archive.html"] == 0
    assert site.requests["/sitemap_index.xml"] == 1 and site.requests["/news/ferry.html"] == 1
    ferry = next(r for r in articles.to_pylist() if r["title"] == "Ferry line opens")
    assert ferry["published_at"] == dt.datetime(2026, 11, 20, 8, tzinfo=dt.UTC)
    assert not verify_output(str(output)).problems
