"""A small news site with faults, served on 127.0.0.1 for the feed and fetch tests."""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from tests.conftest import SAMPLES

ARTICLE = """<html><head><title>{title}</title></head><body><nav>Home | News</nav><article>
<h1>{title}</h1>{paragraphs}</article><footer>Contact us</footer></body></html>"""
BOMB = gzip.compress(b"\0" * 30_000_000)  # 30 MB of zeros in about 30 KB


def article(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ARTICLE.format(title=title, paragraphs=body).encode()


PAGES = {
    "/articles/harbour-bridge.html": article(
        "Harbour Bridge reopens",
        "The Harbour Bridge reopened to traffic on Monday after six months of repairs to its "
        "corroded steel cables, ending long detours for the drivers who cross it every day.",
        "City engineers found the damage during a routine inspection last summer.",
    ),
    "/articles/storm.html": (SAMPLES / "html" / "en_storm_warning.html").read_bytes(),
    "/articles/flaky.html": article(
        "Council approves budget",
        "The city council approved the new budget on Tuesday after a debate of six hours, "
        "raising spending on schools by four percent.",
    ),
    "/articles/limited.html": article(
        "Library opens in the old station",
        "The new public library opened on Saturday in the old railway station, with forty "
        "thousand books and a reading room under the restored glass roof.",
    ),
}
ENTRIES = [
    ("Bridge reopens", "/articles/harbour-bridge.html"),
    ("Storm Ellis", "/articles/storm.html?utm_source=rss&utm_medium=feed"),
    ("Budget", "/articles/flaky.html"),
    ("Library", "/articles/limited.html"),
    ("Gone", "/articles/missing.html"),
    ("Slow", "/articles/slow.html"),
    ("Loop", "/loop-a"),
    ("Huge", "/articles/huge.html"),
    ("Bomb", "/articles/bomb.html"),
    ("Picture", "/images/photo.png"),
    ("Secret", "/private/secret.html"),
]


def rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>Mon, 03 Mar 2025 1{n % 10}:00:00 GMT</pubDate><description>{title} summary</description></item>"
        for n, (title, path) in enumerate(ENTRIES)
    )
    items += "<item><title>No link at all</title><description>Just words.</description></item>"
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


class Site:
    """The running server: its base URL and what it was asked."""

    def __init__(self, extra: dict[str, tuple[str, bytes]] | None = None) -> None:
        # More resources, path -> (content type, body), served with 200 before the rest.
        self.extra = extra or {}
        self.requests: Counter[str] = Counter()
        self.headers: dict[str, list[dict[str, str]]] = {}
        self.started: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = urlsplit(self.path).path
                with site._lock:
                    site.requests[path] += 1
                    site.headers.setdefault(path, []).append(dict(self.headers))
                    site.started.setdefault(path, []).append(time.monotonic())
                    count = site.requests[path]
                site.respond(self, path, count)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def respond(self, handler: BaseHTTPRequestHandler, path: str, count: int) -> None:
        def send(
            status: int, body: bytes = b"", kind: str = "text/html; charset=utf-8", **headers: str
        ) -> None:
            handler.send_response(status)
            handler.send_header("Content-Type", kind)
            handler.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                handler.send_header(key.replace("_", "-"), value)
            handler.end_headers()
            handler.wfile.write(body)

        if path in self.extra:
            send(200, self.extra[path][1], self.extra[path][0])
        elif path == "/robots.txt":
            send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/rss.xml":
            if handler.headers.get("If-None-Match") == '"v1"':
                handler.send_response(304)
                handler.end_headers()
            else:
                send(200, rss(self.base), "application/rss+xml", ETag='"v1"')
        elif path == "/not-a-feed.xml":
            send(200, b"<html><body><p>Maintenance</p></body></html>", "text/html")
        elif path == "/gone.xml":
            send(404, b"not here")
        elif path in PAGES and path not in ("/articles/flaky.html", "/articles/limited.html"):
            send(200, PAGES[path])
        elif path == "/articles/flaky.html":
            send(500, b"oops") if count == 1 else send(200, PAGES[path])
        elif path == "/articles/limited.html":
            send(429, b"slow down", Retry_After="1") if count == 1 else send(200, PAGES[path])
        elif path == "/articles/slow.html":
            time.sleep(3)  # past the client's timeout
            send(200, article("Late", "Too late."))
        elif path in ("/loop-a", "/loop-b"):
            handler.send_response(302)
            handler.send_header("Location", "/loop-b" if path == "/loop-a" else "/loop-a")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        elif path == "/articles/huge.html":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.end_headers()
            try:  # an endless page: streamed until the client hangs up (at most 50 MB)
                for _ in range(50):
                    handler.wfile.write(b"<p>" + b"x" * 1_000_000 + b"</p>")
            except OSError:
                pass
        elif path == "/articles/bomb.html":
            send(200, BOMB, Content_Encoding="gzip")
        elif path == "/articles/broken-gzip.html":
            send(200, b"\x1f\x8b\x08\x00 not really gzip at all", Content_Encoding="gzip")
        elif path == "/articles/trickle.html":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.end_headers()
            try:  # five bytes at a time: each read is quick, the page never ends
                for _ in range(100):
                    handler.wfile.write(b"<p>x</")
                    handler.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass
        elif path == "/images/photo.png":
            send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path.startswith("/private/"):
            send(200, article("Secret", "Nobody should fetch this page at all, robots say so."))
        else:
            send(404, b"no such page")
