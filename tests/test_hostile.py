"""Hostile input ends as a reject with a clear stage and reason, never a crash or a hang."""

from __future__ import annotations

import gzip
import json
import os
import socket
from pathlib import Path

import pytest

from schemas import read_table
from tests.conftest import run_newsbeam
from tests.site import Site
from transforms.decode import decode_bytes
from transforms.feeds import parse_feed
from transforms.fetch import FetchConfig, Fetcher, FetchError

LOCAL = FetchConfig(
    read_timeout_s=2.0, connect_timeout_s=1.0, retries=3, backoff_s=0.05, per_host_delay_s=0.0,
    max_bytes=200_000, allow_private_hosts=True, page_deadline_s=1.5,
)  # fmt: skip


@pytest.fixture(scope="module")
def site():
    running = Site()
    yield running
    running.close()


def fetch_error(url: str, cfg: FetchConfig = LOCAL) -> str:
    fetcher = Fetcher(cfg)
    try:
        fetcher.get(url)
    except FetchError as error:
        return str(error)
    finally:
        fetcher.close()
    raise AssertionError(f"{url} was fetched")


def test_a_broken_gzip_body_is_a_reject_not_a_crash(site):
    assert fetch_error(site.base + "/articles/broken-gzip.html").startswith("undecodable body")


def test_a_trickling_page_hits_the_whole_page_deadline(site):
    assert fetch_error(site.base + "/articles/trickle.html").startswith(
        "timeout: page not complete"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://a..b/", "cannot resolve"),
        ("http://example.org:99999/x", "invalid URL"),
        ("http://no-such-host.invalid./x", "cannot resolve"),
    ],
)
def test_bad_links_fail_at_once(url, reason):
    def resolve(host, port, **kwargs):  # never a real lookup: tests stay on loopback
        if host == "a..b":
            return socket.getaddrinfo(host, port)  # fails encoding the name, before any DNS
        raise OSError("Name or service not known")

    fetcher = Fetcher(LOCAL, resolve=resolve)
    try:
        with pytest.raises(FetchError, match=reason):
            fetcher.get(url)
    finally:
        fetcher.close()


def test_json_feed_fields_of_the_wrong_type_count_as_absent():
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": 7,
        "items": [
            {"id": 1, "url": ["https://a.example/1"], "title": 3, "date_published": 1700000000},
            {"id": "2", "url": "https://a.example/2", "title": "Two", "authors": [{"name": 7}],
             "date_published": "2025-03-03T10:00:00Z", "summary": {"x": 1}},
            "not an item",
        ],
    }  # fmt: skip
    parsed = parse_feed(json.dumps(feed).encode(), "https://a.example/feed.json")
    assert parsed.error is None
    assert [e.link for e in parsed.entries] == ["https://a.example/2"]
    entry = parsed.entries[0]
    assert entry.title == "Two" and entry.authors == () and entry.summary is None
    assert len(parsed.unusable) == 1  # the item whose url is a list


def test_xxe_and_billion_laughs_feeds_read_no_file_and_expand_nothing(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        "<link>https://a.example/x</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(xxe, "https://a.example/rss.xml")
    assert "TOP-SECRET" not in repr(parsed)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + ']><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
        "<link>https://a.example/y</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(laughs, "https://a.example/rss.xml")
    assert len(repr(parsed)) < 100_000


def write_hostile_files(folder: Path) -> dict[str, str]:
    """Hostile input files, each with the stage that must reject it."""
    folder.mkdir()
    (folder / "binary.html").write_bytes(os.urandom(4096).replace(b"<", b"\0"))
    (folder / "deep.html").write_bytes(b"<div>" * 100_000 + b"text" + b"</div>" * 100_000)
    (folder / "huge-dom.html").write_bytes(b"<p>" + b"<b>x</b>" * 300_000 + b"</p>")
    (folder / "oversized.html").write_bytes(b"<p>" + b"y" * 12_000_000 + b"</p>")
    with gzip.open(folder / "bomb.html.gz", "wb") as bomb:
        for _ in range(30):
            bomb.write(b"\0" * 1_000_000)
    good = gzip.compress(b"<p>A whole article about a bridge.</p>" * 50)
    (folder / "truncated.html.gz").write_bytes(good[: len(good) // 2])
    (folder / "a-folder.html").mkdir()
    (folder / "a-folder.html" / "inside.txt").write_text("")
    (folder / "loop").mkdir()
    (folder / "loop" / "again").symlink_to("..")
    lines = [b'{"url": "https://a.example/1", "text": "A fine line of news text."}', b"{broken",
             b'{"url": "https://a.example/2", "text": "' + b"z" * 11_000_000 + b'"}']  # fmt: skip
    (folder / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return {
        "binary.html": "extract", "deep.html": "extract", "huge-dom.html": "extract",
        "oversized.html": "read", "bomb.html.gz": "read", "truncated.html.gz": "read",
    }  # fmt: skip


def test_hostile_files_end_as_rejects_and_the_run_completes(tmp_path):
    expected = write_hostile_files(tmp_path / "in")
    output = tmp_path / "out"
    assert run_newsbeam("--input", str(tmp_path / "in"), "--output", str(output)) == 0
    rejects = read_table(str(output), "rejects").to_pylist()
    by_file = {Path(r["source"]).name: r for r in rejects}
    for name, stage in expected.items():
        assert by_file[name]["stage"] == stage, (name, by_file[name])
    assert by_file["huge-dom.html"]["error"].startswith("too_large")
    assert "oversized" in by_file["oversized.html"]["error"]
    jsonl = [r["error"] for r in rejects if r["source"].endswith("mixed.jsonl")]
    assert any("invalid JSON" in e for e in jsonl) and any("oversized" in e for e in jsonl)
    articles = read_table(str(output), "articles").to_pylist()
    assert [a["url"] for a in articles if a["source"].endswith("mixed.jsonl")] == [
        "https://a.example/1"
    ]


def test_feed_entries_hostile_links_and_repeats(tmp_path):
    items = "".join(
        f"<item><title>n{n}</title><link>{link}</link><guid>same-guid</guid></item>"
        for n, link in enumerate(
            ["http://a..b/", "http://example.org:99999/x", "/relative/only.html",
             "http://127.0.0.1/private.html", "http://127.0.0.1/private.html"]
        )
    )  # fmt: skip
    feed = tmp_path / "hostile.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    output = tmp_path / "out"
    assert run_newsbeam("--feed", str(feed), "--output", str(output)) == 0
    rejects = read_table(str(output), "rejects").to_pylist()
    assert len(rejects) == 5 and read_table(str(output), "articles").num_rows == 0
    assert {r["stage"] for r in rejects} <= {"feed", "fetch"}


def test_a_feed_of_100k_entries_is_read_whole(tmp_path):
    items = "".join(
        f"<item><title>n{n}</title><link>http://127.0.0.1/a/{n}.html</link></item>"
        for n in range(100_000)
    )
    feed = tmp_path / "big.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    parsed = parse_feed(feed.read_bytes(), str(feed))
    assert len(parsed.entries) == 100_000


def test_windows_1252_and_damaged_utf8_decode_as_written():
    assert decode_bytes("Le naïve Zoë, «à l’été».".encode("cp1252")) == "Le naïve Zoë, «à l’été»."
    text = "Die Straße – ein Bericht über Zoë und die Brücke. " * 4
    damaged = text.encode("utf-8")
    damaged = damaged[:40] + b"\xff" + damaged[40:90] + b"\xfe" + damaged[90:]
    decoded = decode_bytes(damaged)
    assert decoded.count("\ufffd") == 2 and "Straße – ein Bericht über Zoë" in decoded
