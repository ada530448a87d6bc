"""A live news site on 127.0.0.1: a feed that gains entries while a stream polls it.

Used by the streaming tests and the streaming benchmark. It can go down and come back on the
same port, and serve generated stories or given pages.
"""

from __future__ import annotations

import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = (
    "council harbour river budget school railway library museum hospital bridge market farmer "
    "teacher engineer festival election court minister village mayor storm flood harvest police "
    "station airport factory union workers company bank price energy water road tunnel ferry "
    "island mountain forest park garden theatre orchestra painter novel poet student science "
    "research vaccine doctor nurse patient football coach match season record crowd stadium"
).split()


def story(number: int) -> bytes:
    """A page whose text shares no run of three words with any other number's."""
    rng = random.Random(number)
    sentences = [
        " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(8)
    ]
    body = "".join(f"<p>{s} Report {number} sentence {i}.</p>" for i, s in enumerate(sentences))
    title = f"Story number {number}"
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        f"</article></body></html>"
    ).encode()


class LiveFeed:
    """An RSS feed whose entries are added while a stream polls it; it can go down and back.

    `pages` maps an entry number to its page (default: a generated story); `keep` lists only
    the newest entries, as real feeds do.
    """

    def __init__(self, pages: dict[int, bytes] | None = None, keep: int | None = None) -> None:
        self.pages, self.keep = pages, keep
        self.entries: list[int] = []
        self.listed_at: dict[int, float] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    def add(self, number: int) -> None:
        with self._lock:
            self.entries.append(number)
            self.listed_at[number] = time.time()

    def page(self, number: int) -> bytes:
        return self.pages[number] if self.pages is not None else story(number)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/rss.xml":
                    with feed._lock:
                        numbers = list(feed.entries[-feed.keep :] if feed.keep else feed.entries)
                    items = "".join(
                        f"<item><title>Story number {n}</title>"
                        f"<link>{feed.url(f'/story/{n}.html')}</link></item>"
                        for n in numbers
                    )
                    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Live</title>{items}</channel></rss>'.encode()
                    kind = "application/rss+xml"
                elif self.path == "/news-sitemap.xml":  # the same entries, as a news sitemap
                    with feed._lock:
                        numbers = list(feed.entries[-feed.keep :] if feed.keep else feed.entries)
                    urls = "".join(
                        f"<url><loc>{feed.url(f'/story/{n}.html')}</loc><news:news>"
                        f"<news:title>Story number {n}</news:title></news:news></url>"
                        for n in numbers
                    )
                    body = (
                        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                        'sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                        f"{urls}</urlset>"
                    ).encode()
                    kind = "application/xml"
                elif self.path.startswith("/story/"):
                    number = int(self.path.split("/")[-1].split(".")[0])
                    body, kind = feed.page(number), "text/html"
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()
