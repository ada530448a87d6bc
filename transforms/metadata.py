"""Article metadata that pages state in JSON-LD (`NewsArticle` and kin) and meta tags."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field

from transforms.dates import parse_date

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "webpage"}  # fmt: skip
_JSON_LD = re.compile(
    rb"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_TITLE_ELEMENT = re.compile(rb"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)
_META_SITE_NAME = re.compile(
    rb"<meta[^>]+(?:property|name)=[\"'](?:og:site_name|application-name)[\"'][^>]*"
    rb"content=[\"']([^\"'<>]{1,120})",
    re.IGNORECASE,
)
_META_PUBLISHED = re.compile(
    rb"<meta[^>]+(?:article:published_time|itemprop=[\"']datePublished)[^>]*content=[\"']([^\"'<>]{8,40})",
    re.IGNORECASE,
)

# A page's first machine-readable timestamp with a time of day ("<time datetime=...>"), most often
# its article's: it gives the time where the other sources name only the day.
_TIME_ELEMENT = re.compile(
    rb"<time[^>]+datetime=[\"'](\d{4}-\d\d-\d\d[T ]\d\d:\d\d[^\"'<>]{0,20})", re.IGNORECASE
)


@dataclass(frozen=True)
class PageMetadata:
    """What a page's structured data says about its article."""

    headline: str | None = None
    published_at: dt.datetime | None = None
    stamped_at: dt.datetime | None = None  # the first <time> element's instant
    authors: list[str] = field(default_factory=list)
    # The site's name as the page states it (its publisher's, its OpenGraph site name), not
    # as guessed from the title.
    site_names: list[str] = field(default_factory=list)
    body: str | None = None  # the article's text in its data (`articleBody`), maybe as markup
    title: str | None = None  # the page's <title>


def page_metadata(content: bytes, limit: int = 500_000) -> PageMetadata:
    """Read the first article object of a page's JSON-LD (an article before a mere web page,
    which may come first and name none of it), its published-time meta tag, its first
    timestamp and the site's name."""
    head = content[:limit]
    article: dict = {}
    for block in _JSON_LD.finditer(head):
        try:
            data = json.loads(block.group(1).decode("utf-8", "replace"))
        except ValueError:
            continue
        objects = list(_articles(data))
        found = next((a for a in objects if not _is_web_page(a)), None)
        if found is not None:
            article = found
            break
        article = article or (objects[0] if objects else {})
    published = parse_date(_text(article.get("datePublished")))
    if published is None and (match := _META_PUBLISHED.search(head)):
        published = parse_date(match.group(1).decode("ascii", "replace"))
    stamp = _TIME_ELEMENT.search(head)
    site_names = _names(article.get("publisher"))
    if match := _META_SITE_NAME.search(head):
        site_names.append(html.unescape(match.group(1).decode("utf-8", "replace")).strip())
    return PageMetadata(
        headline=_text(article.get("headline")),
        published_at=published,
        stamped_at=parse_date(stamp.group(1).decode("ascii", "replace")) if stamp else None,
        authors=_names(article.get("author")),
        site_names=site_names,
        body=_text(article.get("articleBody")),
        title=_title_element(head),
    )


def _title_element(head: bytes) -> str | None:
    found = _TITLE_ELEMENT.search(head)
    text = html.unescape(found.group(1).decode("utf-8", "replace")) if found else ""
    return " ".join(text.split()) or None


def _articles(data: object):
    if isinstance(data, list):
        for item in data:
            yield from _articles(item)
    elif isinstance(data, dict):
        if not _ARTICLE_TYPES.isdisjoint(_types(data)):
            yield data
        yield from _articles(data.get("@graph"))


def _types(data: dict) -> set[str]:
    """A JSON-LD object's types, lower-cased ("@type" is a name or a list of names)."""
    kinds = data.get("@type")
    return {
        k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)
    }


def _is_web_page(article: dict) -> bool:
    return _types(article) <= {"webpage"}


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _names(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = [_text(v.get("name")) if isinstance(v, dict) else _text(v) for v in values]
    return [n for n in names if n]
