"""Feed parsing, on our own feeds and on the feedparser and feed-rs test corpora."""

import datetime
import datetime as dt
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from schemas import read_table
from tests.conftest import SHARED, run_newsbeam, shared_path
from transforms.feeds import parse_feed, read_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Portvale Courier</title><link>https://courier.example/</link>
<item><title>Bridge reopens &amp; traffic returns</title><link>https://courier.example/a/1?utm_source=rss</link>
<author>maria@courier.example (Maria Jensen)</author><pubDate>Mon, 03 Mar 2025 14:15:00 GMT</pubDate>
<description>&lt;p&gt;The Harbour Bridge reopened.&lt;/p&gt;</description><guid>a1</guid></item>
<item><title>No link here</title></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>
<entry><title>Storm Ellis</title><link rel="alternate" href="/news/storm"/><id>urn:1</id>
<author><name>Tom Reilly</name></author><updated>2025-01-20T07:45:00+01:00</updated></entry></feed>"""


def test_rss_entries():
    feed = parse_feed(RSS, "https://courier.example/rss.xml")
    assert feed.error is None and len(feed.entries) == 1  # the entry without a link has no article
    entry = feed.entries[0]
    assert entry.title == "Bridge reopens & traffic returns"
    assert entry.link == "https://courier.example/a/1?utm_source=rss"
    assert entry.published == dt.datetime(2025, 3, 3, 14, 15, tzinfo=dt.UTC)
    assert entry.summary == "The Harbour Bridge reopened." and entry.entry_id == "a1"


def test_atom_relative_links_resolve_against_the_feed():
    [entry] = parse_feed(ATOM, "https://herald.example/feeds/atom.xml").entries
    assert entry.link == "https://herald.example/news/storm"
    assert entry.authors == ("Tom Reilly",)
    assert entry.published == dt.datetime(2025, 1, 20, 6, 45, tzinfo=dt.UTC)


def test_an_rss_author_is_the_name_after_the_address_never_the_address():
    assert parse_feed(RSS, "https://courier.example/rss.xml").entries[0].authors == (
        "Maria Jensen",
    )
    bare = RSS.replace(b"maria@courier.example (Maria Jensen)", b"editor@courier.example")
    assert parse_feed(bare, "https://courier.example/rss.xml").entries[0].authors == ()
    atom = ATOM.replace(
        b"<name>Tom Reilly</name>", b"<name>Tom Reilly</name><email>t@herald.example</email>"
    )
    assert parse_feed(atom, "https://herald.example/atom.xml").entries[0].authors == ("Tom Reilly",)


def test_a_blogs_placeholder_author_names_no_one():
    rss = RSS.replace(b"maria@courier.example (Maria Jensen)", b"admin")
    assert parse_feed(rss, "https://courier.example/rss.xml").entries[0].authors == ()
    atom = ATOM.replace(b"Tom Reilly", b"View all posts by Tom Reilly")
    assert parse_feed(atom, "https://herald.example/atom.xml").entries[0].authors == ("Tom Reilly",)


def test_json_feed():
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
           "items": [{"id": "1", "url": "https://j.example/1", "title": "One",
                      "date_published": "2025-02-01T10:00:00Z"}]}  # fmt: skip
    [entry] = parse_feed(json.dumps(doc).encode(), "https://j.example/feed.json").entries
    assert (entry.link, entry.title) == ("https://j.example/1", "One")


@pytest.mark.parametrize(
    "content", [b"<html><body>Not a feed</body></html>", b"", b"\x00\x01garbage"]
)
def test_not_a_feed(content):
    assert parse_feed(content, "https://x.example/feed").error.startswith("not a feed")


def feedparser_cases():
    manifest = SHARED / "corpora" / "feeds" / "feedparser-tests" / "manifest.json"
    if not manifest.exists():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=f"{manifest} is absent"))]
    return sorted(json.loads(manifest.read_text()).items())


@pytest.mark.parametrize(("name", "case"), feedparser_cases())
def test_feedparser_corpus_expectations(name, case):
    path = shared_path("corpora", "feeds", "feedparser-tests", name)
    if "SkipUnless" in case:
        eval(case["SkipUnless"])  # a codec or module lookup; all are present in our install
    headers = {}
    if "Header" in case:
        key, _, value = case["Header"].partition(":")
        headers[key.strip().lower()] = value.strip()
    result = read_feed(path.read_bytes(), f"http://127.0.0.1/{name}", headers)
    # The corpus states each expectation as a Python expression over feedparser's result.
    assert eval(case["Expect"], {"datetime": datetime}, dict(result)), case["Description"]


def feed_rs_cases():
    root = SHARED / "corpora" / "feeds" / "feed-rs-fixtures"
    if not root.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{root} is absent"))]
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.serde.json"))


@pytest.mark.parametrize("expected_file", feed_rs_cases())
def test_feed_rs_fixtures(expected_file):
    root = shared_path("corpora", "feeds", "feed-rs-fixtures")
    expected = json.loads((root / expected_file).read_text())
    stem = Path(expected_file).name.removesuffix(".serde.json")
    source = next(
        p
        for p in (root / expected_file).parent.glob(f"{stem}.*")
        if not p.name.endswith(".json")
        or (p.suffix == ".json" and not p.name.endswith(".serde.json"))
    )
    base = "http://127.0.0.1/feeds/"
    entries = read_feed(source.read_bytes(), base).entries
    assert len(entries) == len(expected["entries"])
    for ours, theirs in zip(entries, expected["entries"], strict=True):
        title = theirs["title"]["content"] if theirs["title"] else None
        assert " ".join((ours.get("title") or "").split()) == " ".join((title or "").split())
        if theirs["links"]:
            assert same_url(
                urljoin(base, ours.get("link")), urljoin(base, theirs["links"][0]["href"])
            )


def same_url(a: str, b: str) -> bool:
    """URLs equal up to what URL parsers normalise (host case, an empty path)."""

    def norm(u):
        parts = urlsplit(u)
        return parts._replace(netloc=parts.netloc.lower(), path=parts.path or "/")

    return norm(a) == norm(b)


def test_oversized_local_feed_is_refused_not_truncated(tmp_path):
    feed = tmp_path / "big.xml"
    feed.write_bytes(RSS)
    out = tmp_path / "out"
    assert run_newsbeam("--feed", str(feed), "--output", str(out), "--max_bytes", "200") == 0
    [reject] = read_table(str(out), "rejects").to_pylist()
    assert (reject["stage"], reject["error"]) == ("feed", "read: oversized: more than 200 bytes")
