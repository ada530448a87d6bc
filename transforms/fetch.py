"""Polite, bounded HTTP fetching: robots.txt, per-host pacing, retries, size caps, SSRF guard.

`Fetcher` is the I/O edge of the feed stages: every network read of newsbeam goes through it,
so every limit below holds on every runner.
"""

from __future__ import annotations

import email.utils
import ipaddress
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import apache_beam as beam
import httpx
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from courlan import normalize_url
from protego import Protego

from transforms.records import Document, GuardedFn, Reject, SplitRejects, describe_error

if TYPE_CHECKING:
    from transforms.feeds import FeedEntry

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom", "rdf", "json", "text/plain")
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchConfig:
    """Limits of the fetcher."""

    user_agent: str = "newsbeam/0.1 (news ingestion pipeline; +https://pypi.org/project/newsbeam/)"
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    page_deadline_s: float = 60.0  # the whole of one response, however slowly it trickles in
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    retries: int = 3
    backoff_s: float = 0.5
    max_retry_after_s: float = 60.0
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0
    allow_private_hosts: bool = False


class FetchError(Exception):
    """A URL that cannot be had: `stage` is "robots" or "fetch", the message says why."""

    def __init__(self, stage: str, reason: str):
        super().__init__(reason)
        self.stage = stage


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: where it ended up (canonical), its headers and its body."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes
    not_modified: bool = False


def canonical_url(url: str) -> str:
    """The URL as newsbeam stores it: normalised, tracking parameters and fragment removed."""
    try:
        return normalize_url(url, strict=True)
    except ValueError:
        return url


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not private, loopback, link-local...)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    return not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
        or ip.is_multicast or ip.is_unspecified
    )  # fmt: skip


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def pin_address(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL to connect to `address` instead of the URL's host, with the Host header and the
    TLS server name (certificates are still checked against the name) that keep it `url`."""
    parts = urlsplit(url)
    ip = f"[{address}]" if ":" in address else address
    netloc = f"{ip}:{parts.port}" if parts.port else ip
    pinned = parts._replace(netloc=netloc).geturl()
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return pinned, {"Host": parts.netloc}, extensions  # type: ignore[dict-item]


class HostPacer:
    """At most `concurrency` requests in flight per host, starts at least `delay` apart."""

    def __init__(
        self,
        concurrency: int,
        delay: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ):
        self._concurrency, self._delay = concurrency, delay
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    def defer(self, host: str, seconds: float) -> None:
        """Let no request start to `host` for `seconds` (a server's Retry-After)."""
        with self._lock:
            self._next_start[host] = max(self._next_start.get(host, 0.0), self._clock() + seconds)

    def slot(self, host: str, delay: float | None = None) -> threading.Semaphore:
        """Wait for the host's turn; return the slot to release when the request is done."""
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self._concurrency))
        slot.acquire()
        with self._lock:
            start = max(self._clock(), self._next_start.get(host, 0.0))
            self._next_start[host] = start + max(self._delay, delay or 0.0)
        self._sleep(max(0.0, start - self._clock()))
        return slot


class Fetcher:
    """An HTTP client with newsbeam's manners. Thread-safe; one per worker."""

    def __init__(
        self,
        cfg: FetchConfig,
        transport: httpx.BaseTransport | None = None,
        resolve: Callable[..., list] = socket.getaddrinfo,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self._cfg = cfg
        self._resolve, self._clock, self._sleep = resolve, clock, sleep
        self._client = httpx.Client(
            headers={"User-Agent": cfg.user_agent},
            timeout=httpx.Timeout(cfg.read_timeout_s, connect=cfg.connect_timeout_s),
            follow_redirects=False,  # followed by hand: each hop is checked and counted
            transport=transport,
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
        )
        self._pacer = HostPacer(cfg.per_host_concurrency, cfg.per_host_delay_s, clock, sleep)
        self._robots: dict[str, Protego | None] = {}
        self._validators: dict[str, Fetched] = {}
        self._lock = threading.Lock()
        self._random = random.Random(0)

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(
        self,
        url: str,
        accept: tuple[str, ...] = HTML_TYPES,
        conditional: bool = False,
        min_delay: float | None = None,
    ) -> Fetched:
        """GET `url` within every limit, following redirects; raise FetchError when it cannot.

        `conditional` keeps the response's validators and sends them next time (ETag,
        Last-Modified), for feeds polled again; `min_delay` is a host's robots.txt crawl delay.
        """
        seen: set[str] = set()
        current = url
        for _ in range(self._cfg.max_redirects + 1):
            if current in seen:
                raise FetchError("fetch", f"redirect loop at {current}")
            seen.add(current)
            address = self._check_target(current)
            response = self._request(current, conditional, min_delay, address)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError("fetch", f"HTTP {response.status} without a Location")
                current = urljoin(current, location)
                continue
            if response.not_modified:
                return response
            if response.status >= 400:
                raise FetchError("fetch", f"HTTP {response.status}")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind and not any(a in kind for a in accept):
                raise FetchError("fetch", f"content type {kind} is not one of {', '.join(accept)}")
            fetched = Fetched(
                canonical_url(current), response.status, response.headers, response.content
            )
            if conditional:
                with self._lock:
                    self._validators[url] = fetched
            return fetched
        raise FetchError("fetch", f"more than {self._cfg.max_redirects} redirects")

    def allowed(self, url: str) -> tuple[bool, float | None]:
        """Whether robots.txt lets us fetch `url`, and the crawl delay it asks for."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = origin in self._robots
        if not known:
            rules = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = rules
        rules = self._robots[origin]
        if rules is None:
            return True, None
        agent = self._cfg.user_agent.split("/")[0]
        delay = rules.crawl_delay(agent)
        return rules.can_fetch(url, agent), float(delay) if delay else None

    def _load_robots(self, origin: str) -> Protego | None:
        try:
            # Redirects followed (to https, to www.), as crawlers do for robots.txt.
            response = self.get(origin + "/robots.txt", accept=("",))
        except FetchError:
            return None  # no robots.txt to be had: everything is allowed
        return Protego.parse(response.content.decode("utf-8", "replace"))

    def _check_target(self, url: str) -> str:
        """Check a URL may be fetched; return the address to connect to.

        The connection goes to this very address (the name is not resolved again), so a name
        that resolves to a public address for the check and a private one for the connection
        (DNS rebinding) cannot slip past the guard.
        """
        try:
            parts = urlsplit(url)
            host, port = parts.hostname, parts.port
        except ValueError as error:  # e.g. a port out of range
            raise FetchError("fetch", f"invalid URL {url!r} ({error})") from None
        if parts.scheme not in ("http", "https") or not host:
            raise FetchError("fetch", f"not an http(s) URL: {url}")
        try:
            # Resolved even for private hosts: a name that does not resolve fails now, once,
            # instead of after every retry.
            infos = self._resolve(host, port or 443, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError, ValueError) as error:
            raise FetchError("fetch", f"cannot resolve {host} ({error})") from None
        if not infos:
            raise FetchError("fetch", f"cannot resolve {host} (no address)")
        if self._cfg.allow_private_hosts:
            return infos[0][4][0]
        for info in infos:
            if not is_public_address(info[4][0]):
                raise FetchError(
                    "fetch",
                    f"{parts.hostname} resolves to a private address {info[4][0]} (see --allow_private_hosts)",
                )

    def _request(
        self, url: str, conditional: bool, min_delay: float | None, address: str
    ) -> Fetched:
        """One URL with retries and pacing; the body read up to the size cap."""
        host = urlsplit(url).netloc.lower()  # paced per host, whatever its spelling
        headers = {}
        cached = self._validators.get(url) if conditional else None
        if cached is not None:
            if "etag" in cached.headers:
                headers["If-None-Match"] = cached.headers["etag"]
            if "last-modified" in cached.headers:
                headers["If-Modified-Since"] = cached.headers["last-modified"]
        for attempt in range(self._cfg.retries + 1):
            slot = self._pacer.slot(host, min_delay)
            try:
                status, response_headers, body = self._read(url, headers, address)
            except httpx.TransportError as error:
                failure = f"{type(error).__name__}"
                wait = None
            else:
                if status == 304 and cached is not None:
                    return Fetched(
                        cached.url, 304, cached.headers, cached.content, not_modified=True
                    )
                if status not in _RETRY_STATUS:
                    return Fetched(url, status, response_headers, body)
                failure = f"HTTP {status}"
                wait = retry_after_seconds(response_headers.get("retry-after"), time.time())
                if wait is not None and wait > self._cfg.max_retry_after_s:
                    raise FetchError("fetch", f"{failure}, Retry-After {wait:.0f}s is too long")
            finally:
                slot.release()
            if attempt == self._cfg.retries:
                raise FetchError("fetch", f"{failure} after {attempt + 1} attempts")
            if wait is not None:
                # The server said when: every request to that host waits, not just this one.
                self._pacer.defer(host, wait)
            else:
                backoff = self._cfg.backoff_s * 2**attempt
                self._sleep(backoff + self._random.uniform(0, backoff))
        raise AssertionError("unreachable")

    def _read(
        self, url: str, headers: dict[str, str], address: str
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            return self._read_capped(url, headers, address)
        except httpx.DecodingError as error:  # a broken gzip or brotli body: not retried
            raise FetchError("fetch", f"undecodable body ({error})") from None
        except httpx.InvalidURL as error:
            raise FetchError("fetch", f"invalid URL ({error})") from None

    def _read_capped(
        self, url: str, headers: dict[str, str], address: str
    ) -> tuple[int, dict[str, str], bytes]:
        cap = self._cfg.max_bytes
        deadline = self._clock() + self._cfg.page_deadline_s
        pinned, host_headers, extensions = pin_address(url, address)
        with self._client.stream(
            "GET", pinned, headers={**headers, **host_headers}, extensions=extensions
        ) as response:
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            declared = response_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap and response.status_code < 300:
                raise FetchError("fetch", f"oversized: {declared} bytes declared, limit {cap}")
            body = bytearray()
            # iter_bytes decompresses: the cap applies to what a gzip bomb would unpack to.
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > cap:
                    raise FetchError("fetch", f"oversized: more than {cap} bytes")
                if self._clock() > deadline:
                    raise FetchError(
                        "fetch", f"timeout: page not complete in {self._cfg.page_deadline_s:g} s"
                    )
            return response.status_code, response_headers, bytes(body)


def page_document(entry: FeedEntry, fetched: Fetched) -> Document:
    """The document of a fetched article page; the feed entry's metadata fills its gaps."""
    return Document(
        key=f"{entry.feed}#{canonical_url(entry.link)}",
        source=entry.feed,
        url=fetched.url,
        format="html",
        content=fetched.content,
        title=entry.title,
        published=entry.published.isoformat() if entry.published else None,
        authors=entry.authors,
        summary=entry.summary,
        metadata_fills_gaps=True,
        charset=response_charset(fetched.headers),
    )


def response_charset(headers: dict[str, str]) -> str | None:
    """The charset a response's Content-Type declares, if any."""
    for part in headers.get("content-type", "").split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip(' "'):
            return value.strip(' "').lower()
    return None


class FetchingDoFn(GuardedFn):
    """A DoFn that fetches: one Fetcher (connection pool, robots cache) per DoFn instance."""

    def __init__(self, cfg: FetchConfig):
        self._cfg = cfg
        self._fetcher: Fetcher | None = None

    def setup(self) -> None:
        self._fetcher = Fetcher(self._cfg)

    def load(self, name: str, accept: tuple[str, ...]) -> tuple[bytes, dict[str, str] | None]:
        """A feed's or sitemap's bytes (and response headers) from a URL or a file.

        A URL is fetched politely and conditionally (a stream polls it again and again);
        a file is read through Beam's filesystems, capped like a fetched resource.

        Raises:
            FetchError: robots.txt refuses it, the fetch fails, or the file cannot be read.
        """
        if not name.startswith(("http://", "https://")):
            try:
                with FileSystems.open(name) as f:
                    content = f.read(self._cfg.max_bytes + 1)
            except OSError as error:
                raise FetchError("read", describe_error(error)) from None
            # The same cap as a fetched resource: refused, not silently truncated.
            if len(content) > self._cfg.max_bytes:
                raise FetchError("read", f"oversized: more than {self._cfg.max_bytes} bytes")
            return content, None
        assert self._fetcher is not None
        allowed, _ = self._fetcher.allowed(name)
        if not allowed:
            raise FetchError("robots", "disallowed by robots.txt")
        fetched = self._fetcher.get(name, accept=accept, conditional=True)
        return fetched.content, fetched.headers

    def teardown(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


class _FetchHostFn(FetchingDoFn):
    """Fetch one host's pages: its robots.txt once, then the pages, paced for that host."""

    def __init__(self, cfg: FetchConfig):
        super().__init__(cfg)
        self._pages = Metrics.counter("newsbeam.fetch", "pages")
        self._rejects = Metrics.counter("newsbeam.fetch", "rejects")
        self._bytes = Metrics.distribution("newsbeam.fetch", "page_bytes")

    def process(self, group: tuple[str, Iterable[FeedEntry]]) -> Iterator[Document | Reject]:
        entries = sorted(group[1], key=lambda e: (e.link, e.feed))
        with ThreadPoolExecutor(self._cfg.per_host_concurrency) as pool:
            yield from pool.map(self._fetch, entries)

    def _fetch(self, entry: FeedEntry) -> Document | Reject:
        assert self._fetcher is not None
        try:
            allowed, crawl_delay = self._fetcher.allowed(entry.link)
            if not allowed:
                raise FetchError("robots", "disallowed by robots.txt")
            fetched = self._fetcher.get(entry.link, HTML_TYPES, min_delay=crawl_delay)
        except FetchError as error:
            self._rejects.inc()
            return Reject(entry.feed, canonical_url(entry.link), error.stage, str(error))
        except Exception as error:  # noqa: BLE001 - one entry's surprise must not stop the host
            self._rejects.inc()
            return Reject(entry.feed, entry.link, "fetch", describe_error(error))
        self._pages.inc()
        self._bytes.update(len(fetched.content))
        return page_document(entry, fetched)


class FetchPages(beam.PTransform):
    """Feed entries in; {"ok": page documents, "rejected": rejects} out, one host per group."""

    def __init__(self, cfg: FetchConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, entries: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            entries
            | "ByHost" >> beam.Map(lambda e: (urlsplit(e.link).netloc.lower(), e))
            | "GroupByHost" >> beam.GroupByKey()
            | "FetchHost" >> beam.ParDo(_FetchHostFn(self._cfg))
            | "SplitRejects" >> SplitRejects()
        )
