"""Feeds and polite fetching against a real HTTP server on 127.0.0.1, faults included."""

import itertools

import pytest

from schemas import read_table
from tests.conftest import run_newsbeam
from tests.site import ENTRIES, Site
from transforms.fetch import (
    FEED_TYPES,
    FetchConfig,
    Fetcher,
    FetchError,
    canonical_url,
    is_public_address,
    retry_after_seconds,
)

FAST = FetchConfig(
    read_timeout_s=1.0, connect_timeout_s=1.0, retries=2, backoff_s=0.05, per_host_delay_s=0.0,
    max_bytes=200_000, allow_private_hosts=True,
)  # fmt: skip


@pytest.fixture
def site():
    running = Site()
    yield running
    running.close()


@pytest.fixture
def fetcher():
    client = Fetcher(FAST)
    yield client
    client.close()


def test_pure_helpers():
    assert (
        canonical_url("https://News.example/a?utm_source=x&id=3#top")
        == "https://news.example/a?id=3"
    )
    assert not is_public_address("127.0.0.1") and not is_public_address("10.1.2.3")
    assert not is_public_address("169.254.169.254") and not is_public_address("::1")
    assert is_public_address("93.184.216.34")
    assert retry_after_seconds("7", 0) == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470.0) == 10.0
    assert retry_after_seconds("soon", 0) is None


def test_retries_500_then_succeeds(site, fetcher):
    fetched = fetcher.get(site.base + "/articles/flaky.html")
    assert fetched.status == 200 and site.requests["/articles/flaky.html"] == 2


def test_429_waits_as_retry_after_says(site):
    waits = []
    client = Fetcher(FAST, sleep=waits.append)
    try:
        assert client.get(site.base + "/articles/limited.html").status == 200
    finally:
        client.close()
    # The pacer holds every request to that host until Retry-After has passed.
    assert any(0.9 <= w <= 1.0 for w in waits), waits


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/articles/missing.html", "HTTP 404"),
        ("/loop-a", "redirect loop"),
        ("/articles/huge.html", "oversized"),
        ("/articles/bomb.html", "oversized"),
        ("/images/photo.png", "content type image/png"),
        ("/articles/slow.html", "ReadTimeout after 3 attempts"),
    ],
)
def test_faults_raise_fetch_errors(site, fetcher, path, error):
    with pytest.raises(FetchError, match=error) as raised:
        fetcher.get(site.base + path)
    assert raised.value.stage == "fetch"


def test_404_is_not_retried(site, fetcher):
    with pytest.raises(FetchError):
        fetcher.get(site.base + "/articles/missing.html")
    assert site.requests["/articles/missing.html"] == 1


def test_robots_disallow_and_cache(site, fetcher):
    assert fetcher.allowed(site.base + "/private/secret.html") == (False, None)
    assert fetcher.allowed(site.base + "/articles/storm.html")[0]
    assert site.requests["/robots.txt"] == 1


def test_conditional_get_for_feeds(site, fetcher):
    first = fetcher.get(site.base + "/rss.xml", accept=FEED_TYPES, conditional=True)
    second = fetcher.get(site.base + "/rss.xml", accept=FEED_TYPES, conditional=True)
    assert second.not_modified and second.content == first.content
    assert site.headers["/rss.xml"][1].get("If-None-Match") == '"v1"'


def test_private_addresses_refused_by_default(site):
    client = Fetcher(FetchConfig())
    try:
        with pytest.raises(FetchError, match=r"private address 127\.0\.0\.1"):
            client.get(site.base + "/articles/storm.html")
    finally:
        client.close()
    assert site.requests["/articles/storm.html"] == 0


def test_per_host_pacing(site):
    client = Fetcher(
        FetchConfig(per_host_delay_s=0.3, per_host_concurrency=1, allow_private_hosts=True)
    )
    try:
        for _ in range(3):
            client.get(site.base + "/articles/harbour-bridge.html")
    finally:
        client.close()
    starts = site.started["/articles/harbour-bridge.html"]
    assert all(b - a >= 0.25 for a, b in itertools.pairwise(starts))


def run_feed(site, tmp_path, *feeds, extra=()):
    args = [a for feed in feeds for a in ("--feed", feed)]
    status = run_newsbeam(*args, "--allow-private-hosts", "--output", str(tmp_path),
                          "--fetch_timeout", "1", "--fetch_retries", "2", "--per_host_delay", "0",
                          "--max_bytes", "200000", *extra)  # fmt: skip
    assert status == 0
    return read_table(str(tmp_path), "articles").to_pylist(), read_table(
        str(tmp_path), "rejects"
    ).to_pylist()


def test_feed_end_to_end_every_entry_accounted_for(site, tmp_path):
    articles, rejects = run_feed(site, tmp_path, site.base + "/rss.xml")
    assert len(articles) + len(rejects) == len(ENTRIES) + 1  # + the entry with no link
    assert (
        sorted(a["url"] for a in articles)
        == [
            site.base + "/articles/flaky.html",
            site.base + "/articles/harbour-bridge.html",
            site.base + "/articles/limited.html",
            "https://northshore-herald.example/news/2025/01/20/storm-ellis-gales",  # the page's canonical
        ]
    )
    assert {a["source"] for a in articles} == {site.base + "/rss.xml"}
    by_url = {r["url"]: (r["stage"], r["error"]) for r in rejects}
    assert by_url[site.base + "/private/secret.html"] == ("robots", "disallowed by robots.txt")
    assert by_url[site.base + "/articles/missing.html"] == ("fetch", "HTTP 404")
    assert by_url[site.base + "/images/photo.png"][1].startswith("content type image/png")
    assert "redirect loop" in by_url[site.base + "/loop-a"][1]
    assert "oversized" in by_url[site.base + "/articles/huge.html"][1]
    assert "oversized" in by_url[site.base + "/articles/bomb.html"][1]
    assert "ReadTimeout" in by_url[site.base + "/articles/slow.html"][1]
    assert by_url[None] == ("feed", "entry 12 (No link at all): no http(s) link")
    bridge = next(a for a in articles if a["url"].endswith("harbour-bridge.html"))
    # The page has no date; the feed's pubDate fills the gap.
    assert bridge["published_at"].isoformat() == "2025-03-03T10:00:00+00:00"
    assert site.requests["/private/secret.html"] == 0


def test_bad_feeds_are_rejects(site, tmp_path):
    articles, rejects = run_feed(
        site, tmp_path, site.base + "/not-a-feed.xml", site.base + "/gone.xml"
    )
    assert not articles
    assert sorted((r["source"].rsplit("/", 1)[1], r["stage"], r["error"]) for r in rejects) == [
        ("gone.xml", "feed", "fetch: HTTP 404"),
        (
            "not-a-feed.xml",
            "feed",
            "fetch: content type text/html is not one of xml, rss, atom, rdf, json, text/plain",
        ),
    ]


def test_private_feed_refused_without_the_flag(site, tmp_path):
    assert run_newsbeam("--feed", site.base + "/rss.xml", "--output", str(tmp_path)) == 0
    [reject] = read_table(str(tmp_path), "rejects").to_pylist()
    assert reject["stage"] == "feed" and "private address" in reject["error"]
    assert site.requests["/rss.xml"] == 0
