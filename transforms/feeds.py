"""Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed documents into feed entries."""

from __future__ import annotations

import calendar
import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import apache_beam as beam
import feedparser
from apache_beam.metrics import Metrics

from transforms import cues
from transforms.authors import as_names
from transforms.dates import parse_date
from transforms.fetch import FEED_TYPES, FetchConfig, FetchError, FetchingDoFn
from transforms.records import Reject, SplitRejects

STAGE = "feed"

_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: where its article is, and what the feed says about it."""

    feed: str
    link: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.datetime | None = None
    summary: str | None = None
    entry_id: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its entries, the entries with no article page, and why it is unusable."""

    url: str
    entries: list[FeedEntry] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    error: str | None = None


def read_feed(
    content: bytes, url: str, headers: dict[str, str] | None = None
) -> feedparser.FeedParserDict:
    """Parse a feed's bytes into feedparser's result (JSON Feed too, which feedparser 6.0 lacks).

    `headers` are the HTTP response headers when the feed was fetched; they decide the encoding
    by feedparser's rules, so none are made up for a feed read from a file.
    """
    if content.lstrip()[:1] == b"{":
        return read_json_feed(content, url)
    return feedparser.parse(
        content,
        response_headers={"content-location": url, **headers} if headers else None,
        sanitize_html=True,
        resolve_relative_uris=True,
    )


def read_json_feed(content: bytes, url: str) -> feedparser.FeedParserDict:
    """Read a JSON Feed (1.0 or 1.1) into the shape feedparser gives other feeds."""
    result = feedparser.FeedParserDict(bozo=False, entries=[], feed=feedparser.FeedParserDict())
    try:
        doc = json.loads(content)
        if not isinstance(doc, dict) or "jsonfeed.org/version/" not in str(doc.get("version")):
            raise ValueError("no JSON Feed version")
    except ValueError as error:
        result.update(bozo=True, bozo_exception=error)
        return result
    result["version"] = "json11" if str(doc["version"]).endswith("1.1") else "json1"
    result["feed"].update(title=_str(doc.get("title")), link=_str(doc.get("home_page_url")))
    items = doc.get("items") if isinstance(doc.get("items"), list) else []
    for item in items:
        if isinstance(item, dict):
            result["entries"].append(_json_item(item, url))
    return result


def _json_item(item: dict, url: str) -> feedparser.FeedParserDict:
    """One JSON Feed item; a field of the wrong type counts as absent (feeds are hostile)."""
    authors = item.get("authors") if isinstance(item.get("authors"), list) else []
    if not authors and isinstance(item.get("author"), dict):
        authors = [item["author"]]
    published = parse_date(_str(item.get("date_published")) or _str(item.get("date_modified")))
    link = _str(item.get("url")) or _str(item.get("external_url"))
    summary = next(
        (v for key in ("summary", "content_text", "content_html") if (v := _str(item.get(key)))),
        None,
    )
    return feedparser.FeedParserDict(
        id=_str(item.get("id")) or (str(item["id"]) if isinstance(item.get("id"), int) else None),
        title=_str(item.get("title")),
        link=urljoin(url, link) if link else None,
        summary=summary,
        authors=[
            feedparser.FeedParserDict(name=name)
            for a in authors
            if isinstance(a, dict) and (name := _str(a.get("name")))
        ],
        published_parsed=published.utctimetuple() if published else None,
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_feed(content: bytes, url: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    """Parse a feed into the entries that link to an article page.

    feedparser is lenient ("bozo" feeds with a stray ampersand still parse); entries it could
    read are kept, and only a document with no feed in it at all is refused.
    """
    parsed = read_feed(content, url, headers)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f": {type(reason).__name__}" if reason else ""
        return ParsedFeed(url, error=f"not a feed{detail}")
    entries, unusable = [], []
    for number, raw in enumerate(parsed.entries, start=1):
        entry = _entry(raw, url)
        if entry is None:
            unusable.append(
                f"entry {number} ({_text(raw.get('title')) or raw.get('id') or 'untitled'}): no http(s) link"
            )
        else:
            entries.append(entry)
    return ParsedFeed(url, entries, unusable)


def _entry(raw: feedparser.FeedParserDict, feed_url: str) -> FeedEntry | None:
    links = [raw.get("link")] + [link.get("href") for link in raw.get("links", [])]
    link = next((urljoin(feed_url, u) for u in links if u), None)  # relative to the feed
    if not link or not link.startswith(("http://", "https://")):
        return None  # no web page to fetch (no link, or a urn: id standing in for one)
    names = [a["name"] for a in raw.get("authors", []) if a.get("name")]
    if not names and raw.get("author"):
        names = [raw["author"]]
    if cues.EMAIL_ADDRESS.search(raw.get("author") or ""):
        # the names beside the addresses ("jane@news.example (Jane Doe)", "Jane Doe <jane@...>"),
        # read here: feedparser cuts an address at a long domain ("ple (Jane Doe")
        names = [
            cues.EMAIL_ADDRESS.sub("", part).strip(" ()<>") for part in raw["author"].split(",")
        ]
    names = as_names(names)  # a blog's "admin" fills no page's gap
    return FeedEntry(
        feed=feed_url,
        link=link,
        title=_text(raw.get("title")),
        authors=tuple(names),
        published=_when(raw.get("published_parsed") or raw.get("updated_parsed")),
        summary=_text(raw.get("summary")),
        entry_id=raw.get("id"),
    )


def _text(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(html.unescape(_TAGS.sub(" ", value)).split()) or None


def _when(parsed: object) -> dt.datetime | None:
    # feedparser turns every date format it knows into a UTC struct_time.
    if parsed is None:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)  # type: ignore[arg-type]


class _ReadFeedFn(FetchingDoFn):
    stage = STAGE

    def __init__(self, cfg: FetchConfig):
        super().__init__(cfg)
        self._entries = Metrics.counter("newsbeam.feed", "entries")
        self._rejects = Metrics.counter("newsbeam.feed", "rejects")

    def process_record(self, feed: str) -> Iterator[FeedEntry | Reject]:
        try:
            content, headers = self.load(feed, FEED_TYPES)
        except FetchError as error:
            self._rejects.inc()
            yield Reject(feed, None, STAGE, f"{error.stage}: {error}")
            return
        parsed = parse_feed(content, feed, headers)
        if parsed.error:
            self._rejects.inc()
            yield Reject(feed, None, STAGE, parsed.error)
            return
        for reason in parsed.unusable:
            self._rejects.inc()
            yield Reject(feed, None, STAGE, reason)
        self._entries.inc(len(parsed.entries))
        yield from parsed.entries


class ReadFeedEntries(beam.PTransform):
    """Feed names (URLs or files) in; {"ok": feed entries, "rejected": rejects} out."""

    def __init__(self, cfg: FetchConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, feeds: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            feeds
            | "ReadFeed" >> beam.ParDo(_ReadFeedFn(self._cfg))
            | "SplitRejects" >> SplitRejects()
        )


class ReadFeeds(beam.PTransform):
    """Fetch and parse feeds (URLs or files): {"ok": feed entries, "rejected": rejects}."""

    def __init__(self, feeds: list[str], cfg: FetchConfig):
        super().__init__()
        self._feeds, self._cfg = sorted(feeds), cfg

    def expand(self, pbegin: beam.pvalue.PBegin) -> dict[str, beam.PCollection]:
        return (
            pbegin
            | "Feeds" >> beam.Create(self._feeds)
            | "Spread" >> beam.Reshuffle()
            | "ReadEntries" >> ReadFeedEntries(self._cfg)
        )
