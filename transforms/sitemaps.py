"""Read sitemaps, sitemap indexes and Google News sitemaps into entries whose pages are fetched.

Publishers announce articles in sitemaps as much as in feeds, and news sitemaps
(`news:publication_date`, `news:title`) are made for it. A sitemap is untrusted XML from the
web, so it is parsed with entity expansion, DTDs and network access off (a document with a
DTD is refused outright: XXE and billion laughs need one); a gzipped one is unpacked under the
same size cap as any page; indexes are followed to a bounded depth, each sitemap read once
(loops between indexes end there); a sitemap lists at most `max_urls` URLs, as the protocol
says (50,000).
"""

from __future__ import annotations

import re
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import apache_beam as beam
from apache_beam.metrics import Metrics
from lxml import etree

from transforms.dates import parse_date
from transforms.feeds import FeedEntry
from transforms.fetch import FetchConfig, FetchError, FetchingDoFn
from transforms.records import Reject, SplitRejects
from transforms.scope import Scope

STAGE = "sitemap"
SITEMAP_TYPES = ("xml", "text/plain", "gzip", "octet-stream")
MAX_URLS = 50_000  # per sitemap, the protocol's limit
MAX_DEPTH = 3  # index -> index -> index -> sitemap
MAX_SITEMAPS = 1_000  # read from one root

_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
)


@dataclass(frozen=True)
class ParsedSitemap:
    """A parsed sitemap: its page entries, the sitemaps an index lists, and what went wrong."""

    url: str
    entries: list[FeedEntry] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)  # (url, lastmod)
    unusable: list[str] = field(default_factory=list)
    error: str | None = None


def unpack(content: bytes, max_bytes: int) -> bytes:
    """A sitemap's bytes, gunzipped if gzipped, at most `max_bytes` unpacked.

    Raises:
        ValueError: the gzip data is broken or unpacks beyond the cap (a gzip bomb).
    """
    if content[:2] != b"\x1f\x8b":
        return content
    try:
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = unpacker.decompress(content, max_bytes + 1)
    except zlib.error as error:
        raise ValueError(f"broken gzip ({error})") from None
    if len(data) > max_bytes or unpacker.unconsumed_tail:
        raise ValueError(f"oversized: more than {max_bytes} bytes unpacked")
    return data


def parse_sitemap(
    content: bytes, url: str, max_bytes: int = 10_000_000, max_urls: int = MAX_URLS
) -> ParsedSitemap:
    """Parse a sitemap, a sitemap index, a news sitemap or a text sitemap (one URL a line)."""
    try:
        data = unpack(content, max_bytes)
    except ValueError as error:
        return ParsedSitemap(url, error=str(error))
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return _text_sitemap(head, url, max_urls)
    if _DTD.search(data, 0, 65536):
        return ParsedSitemap(url, error="refused: a sitemap with a DTD (entities are not read)")
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        return ParsedSitemap(url, error=f"not XML ({error})")
    if root is None:
        return ParsedSitemap(url, error="not XML")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = [
            (urljoin(url, loc), _child_text(s, "lastmod")) for s, loc in _locs(root, "sitemap")
        ]
        return _capped(ParsedSitemap(url, sitemaps=children), max_urls)
    if kind != "urlset":
        return ParsedSitemap(url, error=f"not a sitemap (root element <{kind}>)")
    parsed = ParsedSitemap(url)
    for number, (node, loc) in enumerate(_locs(root, "url"), start=1):
        link = urljoin(url, loc)
        if not link.startswith(("http://", "https://")):
            parsed.unusable.append(f"url {number} ({loc[:100]}): not an http(s) link")
            continue
        news = _child(node, "news")
        when = _child_text(news, "publication_date") if news is not None else None
        parsed.entries.append(
            FeedEntry(
                feed=url,
                link=link,
                title=_child_text(news, "title") if news is not None else None,
                published=parse_date(when or _child_text(node, "lastmod")),
            )
        )
    return _capped(parsed, max_urls)


def _capped(parsed: ParsedSitemap, max_urls: int) -> ParsedSitemap:
    listed = len(parsed.entries) + len(parsed.sitemaps)
    if listed <= max_urls:
        return parsed
    return ParsedSitemap(
        parsed.url,
        parsed.entries[:max_urls],
        parsed.sitemaps[: max(0, max_urls - len(parsed.entries))],
        [*parsed.unusable, f"{listed - max_urls} URLs beyond the first {max_urls} not read"],
    )


def _text_sitemap(data: bytes, url: str, max_urls: int) -> ParsedSitemap:
    lines = data.decode("utf-8", "replace").split()
    links = [line for line in lines if line.startswith(("http://", "https://"))]
    if not links or len(links) < len(lines) / 2:
        return ParsedSitemap(url, error="not a sitemap (neither XML nor a list of URLs)")
    return _capped(ParsedSitemap(url, [FeedEntry(feed=url, link=link) for link in links]), max_urls)


def _locs(root: etree._Element, name: str) -> Iterator[tuple[etree._Element, str]]:
    for node in root:
        if isinstance(node.tag, str) and etree.QName(node).localname == name:
            loc = _child_text(node, "loc")
            if loc:
                yield node, loc


def _child(node: etree._Element, name: str) -> etree._Element | None:
    return next(
        (c for c in node if isinstance(c.tag, str) and etree.QName(c).localname == name), None
    )


def _child_text(node: etree._Element | None, name: str) -> str | None:
    child = _child(node, name) if node is not None else None
    text = (child.text or "").strip() if child is not None else ""
    return text or None


class _ReadSitemapFn(FetchingDoFn):
    """A root sitemap in; the page entries of it and of every sitemap below it out."""

    stage = STAGE

    def __init__(self, cfg: FetchConfig, scope: Scope):
        super().__init__(cfg)
        self._scope = scope
        self._entries = Metrics.counter("newsbeam.sitemap", "entries")
        self._rejects = Metrics.counter("newsbeam.sitemap", "rejects")
        self._sitemaps = Metrics.counter("newsbeam.sitemap", "sitemaps")

    def process_record(self, root: str) -> Iterator[FeedEntry | Reject]:
        queue, read, links = deque([(root, 0)]), {root}, set()
        while queue:
            name, depth = queue.popleft()
            for record in self._read_one(name, depth, read, queue):
                if isinstance(record, Reject):
                    self._rejects.inc()
                    yield record
                elif record.link not in links:  # listed twice (in two sitemaps): read once
                    links.add(record.link)
                    self._entries.inc()
                    yield record

    def _read_one(
        self, name: str, depth: int, read: set[str], queue: deque
    ) -> Iterator[FeedEntry | Reject]:
        try:
            content, _ = self.load(name, SITEMAP_TYPES)
        except FetchError as error:
            yield Reject(name, None, STAGE, f"{error.stage}: {error}")
            return
        self._sitemaps.inc()
        parsed = parse_sitemap(content, name, self._cfg.max_bytes)
        if parsed.error:
            yield Reject(name, None, STAGE, parsed.error)
            return
        yield from (Reject(name, None, STAGE, reason) for reason in parsed.unusable)
        for child, lastmod in parsed.sitemaps:
            if child in read:
                continue  # a loop, or a sitemap two indexes list: it is read once
            if not child.startswith(("http://", "https://")):
                yield Reject(name, child, STAGE, "sitemap not at an http(s) URL: not read")
            elif depth + 1 > MAX_DEPTH:
                yield Reject(name, child, STAGE, f"indexes nested deeper than {MAX_DEPTH}")
            elif len(read) >= MAX_SITEMAPS:
                yield Reject(name, child, STAGE, f"more than {MAX_SITEMAPS} sitemaps: not read")
            elif self._scope.keeps_date(parse_date(lastmod)):
                # A sitemap last changed before --since lists nothing newer: not fetched.
                read.add(child)
                queue.append((child, depth + 1))
        yield from parsed.entries


class ReadSitemapEntries(beam.PTransform):
    """Sitemap names (URLs or files) in; {"ok": page entries, "rejected": rejects} out."""

    def __init__(self, cfg: FetchConfig, scope: Scope):
        super().__init__()
        self._cfg, self._scope = cfg, scope

    def expand(self, sitemaps: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            sitemaps
            | "ReadSitemap" >> beam.ParDo(_ReadSitemapFn(self._cfg, self._scope))
            | "SplitRejects" >> SplitRejects()
        )


class ReadSitemaps(beam.PTransform):
    """Read sitemaps (URLs or files) and the sitemaps they list: {"ok": entries, "rejected"}."""

    def __init__(self, sitemaps: list[str], cfg: FetchConfig, scope: Scope):
        super().__init__()
        self._sitemaps, self._cfg, self._scope = sorted(sitemaps), cfg, scope

    def expand(self, pbegin: beam.pvalue.PBegin) -> dict[str, beam.PCollection]:
        return (
            pbegin
            | "Sitemaps" >> beam.Create(self._sitemaps)
            | "Spread" >> beam.Reshuffle()
            | "ReadEntries" >> ReadSitemapEntries(self._cfg, self._scope)
        )
