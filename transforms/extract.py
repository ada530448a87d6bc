"""Extract an article (body and metadata) from an input document, HTML or plain text."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from html import unescape
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas import ArticleRecord
from transforms import cues
from transforms.authors import Site, as_names, metadata_names, split_publisher
from transforms.blocks import page_lines
from transforms.clean import NOT_NAMES, Extracted, clean_text, read_byline
from transforms.dates import find_date, parse_date
from transforms.decode import NotText, declared_charset, decode_bytes, looks_binary
from transforms.metadata import page_metadata
from transforms.records import (
    Document,
    GuardedFn,
    Reject,
    SplitRejects,
    article_id,
    describe_error,
)
from transforms.recover import recover_body
from transforms.repeats import without_repeated_body
from transforms.threads import call_in_thread

if TYPE_CHECKING:
    from trafilatura.settings import Document as PageDocument

STAGE = "extract"
HEADLINE_WITHIN = 4  # lines from the top where trafilatura may repeat the headline
# Keep the time of day when the page states it (htmldate's default output is the date only).
_DATE_PARAMS = {
    "extensive_search": True,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_WORD = re.compile(r"\w+")
_TYPOGRAPHY = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "‚": "'", "„": '"',
                              "“": '"', "”": '"', "«": '"', "»": '"'})  # fmt: skip
# What joins a title's parts: its headline, the site's name, a section ("... | Example News").
_TITLE_SEPARATOR = re.compile(r"(\s+[|–—:»›·/-]\s+|\s+::\s+)")
# Letters an address spells out in ASCII ("für" as "fuer"); other accents it drops.
_SLUG_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# The lines under a page's headline that may hold its byline (a kicker, a standfirst, a date).
_HEAD_LINES = 6
# The article's text as its data states it replaces the page's when it has this many words at
# least and this many times the page's: a page showing a part only, not one that words it anew.
STATED_BODY_WORDS = 50
STATED_BODY_SHARE = 3
_MARKUP = re.compile(r"</?(?:p|br|div|h[1-6]|li|blockquote|body)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ExtractConfig:
    """Settings of the extraction stage.

    `ingested_at` is a batch run's one ingestion time; None (a stream) stamps each article with
    the time it is processed, so readers can measure a stream's lag.
    """

    ingested_at: dt.datetime | None
    pipeline_version: str
    min_words: int = 1
    # Guards against pathological pages: a DOM past `max_elements` tags is refused before
    # parsing (its tree would take gigabytes), and an extraction past `timeout_s` is given up.
    max_elements: int = 250_000
    timeout_s: float = 60.0


def extract_html(content: bytes, url: str | None = None, charset: str | None = None) -> Extracted:
    """Extract body and metadata from an HTML page.

    trafilatura finds the main text (comments excluded) and the metadata (JSON-LD, OpenGraph,
    meta tags, canonical link); then the plain-text cleaner takes out what it leaves behind
    (bylines, datelines, captions, promos, share prompts, reader comments) into `removed`.
    """
    doc, lines = main_text(content, url, charset)
    stated = page_metadata(content)
    if doc is not None:
        lines = _fuller_text(lines, stated.body)
    if doc is None or not lines:
        return Extracted(text="")
    title = (doc.title or "").strip() or None
    # The site as it names itself; for credits also as trafilatura guesses its name from the
    # title (a title's last part is no site name to take off that title).
    site = Site.of(stated.site_names, doc.hostname)
    publisher = Site.of([*stated.site_names, doc.sitename or ""], doc.hostname)
    given = as_names(metadata_names(doc.author, stated.authors))
    people, publishers = split_publisher(given, publisher)
    if not people:
        people, also = split_publisher(as_names(stated.authors), publisher)
        publishers += also
    cleaned = clean_text("\n".join(lines), find_title=False, model="html", known_authors=people)
    day = parse_date(doc.date)
    if (
        stated.published_at is None
        and stated.stamped_at is None
        and (cleaned.published_at or _year_only(day))
    ):
        # the page states no date: trafilatura's is a guess from its text (a related post's
        # date as well as the article's), where the article's own dateline was read, or a
        # year alone it found ("since 2012" read as 1 January 2012)
        day = None
    headline = title or stated.headline
    page = functools.cache(lambda: page_lines(content))  # parsed again only where needed
    if headline and stated.title and url and _is_label_title(headline, stated.title):
        # trafilatura's title may be the page's first heading, the site's name or a section's
        # ("Pressemitteilungen"), where its <title> holds the headline the page prints and the
        # address spells ("/2019/10/21/interning-of-small-integers")
        printed = headline_in_page(stated.title, page())
        slug = _slug_words(urlsplit(url).path)
        spelt = len(slug & _slug_words(printed))
        if (
            spelt >= 2
            and spelt > len(slug & _slug_words(headline))
            and _comparable(printed) in {_comparable(line) for line in page()}
        ):
            headline = printed
    if headline and _TITLE_SEPARATOR.search(headline):
        headline = without_date(without_site_name(headline_in_page(headline, page()), site))
    # The people the metadata credits, else the byline in the text or under the headline; the
    # publisher's name only where no one else is credited.
    under_headline = functools.cache(lambda: _byline_under_headline(page, headline))
    authors = people
    if any(" " not in person for person in people):
        # metadata that gives a first name alone ("Nils") where the page prints it in full
        authors = _in_full(people, [*cleaned.authors, *under_headline()[0]], page())
    if not authors:
        printed = cleaned.authors or under_headline()[0]
        authors, also = split_publisher(printed, publisher)
        authors = authors or list(dict.fromkeys(publishers + also))
    # The page's date, then its metadata's timestamp, its first <time> element, the dateline in
    # its text; the byline under the headline where these give no date or no time of day.
    published = functools.reduce(
        _published, (stated.published_at, stated.stamped_at, cleaned.published_at), day
    )
    if published is None or published.time() == dt.time(0):
        published = _published(published, under_headline()[1])
    return Extracted(
        text=cleaned.text,
        title=headline,
        authors=authors,
        published_at=published,
        url=doc.url or url,
        removed=cleaned.removed,
    )


def main_text(
    content: bytes, url: str | None = None, charset: str | None = None
) -> tuple[PageDocument | None, list[str]]:
    """trafilatura's reading of a page (metadata and main text) and its text's lines.

    The headline trafilatura repeats as the first line is left out: it lives in `title`. What
    trafilatura misses of a body split into chunks, and a lead it drops, are put back
    (`recover_body`); a body it took twice is taken once (`without_repeated_body`).
    """
    # Imported on the first page: a run over plain text never needs trafilatura (start-up).
    from trafilatura import bare_extraction

    if looks_binary(content):
        raise NotText("binary content")
    # Decoded here, not by trafilatura: it ignores the declared charset and guesses.
    html = decode_bytes(content, declared_charset(content) or charset)
    doc = bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or not doc.text:
        return doc, []
    lines = _without_headline([line for line in doc.text.split("\n") if line.strip()], doc.title)
    return doc, without_repeated_body(recover_body(html, lines))


def _fuller_text(lines: list[str], stated: str | None) -> list[str]:
    """The page's text, or the article's text its data states (`articleBody`) where the page
    shows a small part of it (a page its scripts fill in, a teaser over a login) or shows it
    with its paragraphs run together (trafilatura's own reading of the data).

    A stated body as markup is read block by block, as a page is; as text, line by line.
    """
    if not stated:
        return lines
    if _MARKUP.search(stated):
        body = page_lines(stated.encode("utf-8"))
    else:
        body = [line.strip() for line in unescape(stated).splitlines() if line.strip()]
    words, shown = _WORD.findall("\n".join(body)), _WORD.findall("\n".join(lines))
    if len(words) >= STATED_BODY_WORDS and (
        len(words) > STATED_BODY_SHARE * len(shown) or (words == shown and len(body) > len(lines))
    ):
        return body
    return lines


def headline_in_page(title: str, lines: list[str]) -> str:
    """The part of a page's title that the page prints as its headline, as the page prints it:
    the title without the site's name or section around it ("Kicker - Headline - Example.de"
    -> "Headline"), or the title as it is where no part of it stands alone on the page."""
    parts = _TITLE_SEPARATOR.split(title)
    segments, separators = parts[0::2], parts[1::2]
    printed = {_comparable(line): line for line in lines if len(line) <= 2 * len(title)}
    best = ""
    for i in range(len(segments)):
        for j in range(len(segments), i, -1):
            text = segments[i] + "".join(separators[k] + segments[k + 1] for k in range(i, j - 1))
            line = printed.get(_comparable(text))
            if line and len(line) > len(best) and _could_be_headline(line, title):
                best = " ".join(line.split())
    return best or title


def without_site_name(title: str, site: Site) -> str:
    """A title without the site's name, nor the tagline after it ("Headline | example.com |
    Your daily news"), nor the name before it ("EXAMPLE - Headline"): where the page prints no
    part of its title alone, what `headline_in_page` cannot take off."""
    parts = _TITLE_SEPARATOR.split(title)
    segments = parts[0::2]
    signed = [site.signs(segment.split()) for segment in segments]
    start = 1 if signed[0] else 0
    end = next((k for k in range(start + 1, len(segments)) if signed[k]), len(segments))
    # what stays must not be the site's name too (a site named by its article's title)
    if start >= end or (start, end) == (0, len(segments)) or any(signed[start:end]):
        return title
    return "".join(parts[2 * start : 2 * end - 1]).strip()


def _is_label_title(title: str, page_title: str) -> bool:
    """Whether a title of three words at most is a label the page's <title> says more than."""
    return title.count(" ") < 3 and len(page_title.split()) > len(title.split()) + 1


def without_date(title: str) -> str:
    """A title without the date a newsroom sets before it ("23.01.2022 - Headline")."""
    parts = _TITLE_SEPARATOR.split(title, maxsplit=1)
    found = find_date(parts[0]) if len(parts) == 3 else None
    if found is None or len(parts[0].strip()) - (found.end - found.start) > 3:
        return title
    return parts[2]


def _slug_words(text: str) -> set[str]:
    """The words of a text or an address as a slug spells them: lower case, without accents
    ("Gedenktag für Opfer" and ".../gedenktag-fuer-opfer" share "gedenktag" and "fuer")."""
    folded = text.casefold().translate(_SLUG_LETTERS)
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return {word for word in re.findall(r"[a-z0-9]+", plain) if len(word) >= 3}


def _comparable(text: str) -> str:
    """Text as a title and a headline may both print it: dashes, quotes and spaces alike."""
    return " ".join(text.translate(_TYPOGRAPHY).split()).casefold()


def _could_be_headline(part: str, title: str) -> bool:
    """A part of the title long enough to be its headline, not a menu's label ("Politics")."""
    return part.count(" ") >= 2 or len(part) >= len(title) / 3


def _byline_under_headline(
    page: Callable[[], list[str]], headline: str | None
) -> tuple[list[str], dt.datetime | None]:
    """The authors and date of the byline a page prints under its headline, out of the main
    text (a blog's "Veröffentlicht am 13. Mai 2024 von Klara Sommer")."""
    if not headline:
        return [], None
    lines = page()
    wanted = _comparable(headline)
    start = next((i for i, line in enumerate(lines) if _comparable(line) == wanted), None)
    if start is None:
        return [], None
    for line in lines[start + 1 : start + 1 + _HEAD_LINES]:
        names, when = read_byline(line)
        if names:
            return names, when
    return [], None


def _without_headline(lines: list[str], title: str | None) -> list[str]:
    """The lines without the headline trafilatura repeats near the top (it lives in `title`),
    nor the section label above it ("Verkehr", "Opinion")."""
    forms = _headline_forms((title or "").strip())
    at = next((k for k, line in enumerate(lines[:HEADLINE_WITHIN]) if line.strip() in forms), None)
    if at is None:
        return lines
    above = lines[:at]
    if all(len(line.split()) <= 3 and not cues.SENTENCE_END.search(line) for line in above):
        above = []
    return above + lines[at + 1 :]


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—]{2,60}$")


def _headline_forms(title: str) -> set[str]:
    """How a page's title may stand as its headline: as it is, without a section name before it
    ("Opinion | ..."), without the site's name after it ("... - Example News")."""
    if not title:
        return set()
    kicker = cues.TITLE_KICKER.match(title)
    bare = title[kicker.end() :] if kicker else title
    return {title, bare, _SITE_SUFFIX.sub("", title), _SITE_SUFFIX.sub("", bare)} - {""}


def _published(found: dt.datetime | None, other: dt.datetime | None) -> dt.datetime | None:
    """A date found, or another reading of it where that says more: where none was found,
    only a year (htmldate's guess from a year in the text is its 1 January), or the same day
    without the time."""
    if other is None:
        return found
    if found is None or _year_only(found):
        return other
    if found.time() == dt.time(0) and abs(other - found) < dt.timedelta(days=1):
        return other
    return found


def _in_full(names: list[str], printed: list[str], page: list[str]) -> list[str]:
    """Each one-word name as the byline prints it in full, that word first ("Nils" as "Nils
    Pickert"), or else as the page does: one surname only after it wherever it opens a line
    ("Nils Pickert ist freier Autor ..."). The others as they are."""
    fuller = {full.split()[0]: full for full in reversed(printed) if " " in full}
    for name in names:
        if " " in name or name in fuller:
            continue
        opening = re.compile(rf"{re.escape(name)}\s+([A-ZÀ-Þ][a-zà-ÿ'’-]+)\b")
        surnames = {m.group(1) for line in page if (m := opening.match(line))}
        surnames = {s for s in surnames if s.casefold() not in NOT_NAMES}
        if len(surnames) == 1 and cues.could_be_a_name(full := f"{name} {surnames.pop()}"):
            fuller[name] = full
    return list(dict.fromkeys(fuller.get(name, name) for name in names))


def _year_only(when: dt.datetime | None) -> bool:
    """Whether a date says only its year: htmldate reads a year in the text as its 1 January."""
    return when is not None and (when.month, when.day) == (1, 1) and when.time() == dt.time(0)


def extract_text(content: bytes) -> Extracted:
    """Extract body and metadata from a plain-text article."""
    return clean_text(decode_bytes(content))


def word_count(text: str) -> int:
    """Count the words of a text, the way `articles.word_count` does."""
    return len(_WORD.findall(text))


def element_count(html: bytes) -> int:
    """How many tags a page opens, roughly: its DOM's size before anything is parsed."""
    return html.count(b"<") - html.count(b"</")


def extract_document(doc: Document, cfg: ExtractConfig) -> Extracted:
    """Body and metadata of a document, HTML or plain text, within the configured guards."""
    if doc.format != "html":
        return extract_text(doc.content)
    if (elements := element_count(doc.content)) > cfg.max_elements:
        raise NotText(f"too_large: about {elements} elements (limit {cfg.max_elements})")
    return extract_html(doc.content, doc.url, doc.charset)


def extract_article(doc: Document, cfg: ExtractConfig) -> ArticleRecord | Reject:
    """Make an article row from `doc`, or a reject saying why there is none."""
    try:
        found = call_in_thread(
            lambda: extract_document(doc, cfg), cfg.timeout_s, "newsbeam-extract"
        )
    except (NotText, TimeoutError) as error:
        return Reject(doc.source, doc.url, STAGE, str(error))
    except Exception as error:  # noqa: BLE001 - a parser bug on one page must not stop the run
        return Reject(doc.source, doc.url, STAGE, describe_error(error))
    if not found.text and doc.summary:
        found = replace(found, text=doc.summary)  # the feed's summary is all there is
    words = word_count(found.text)
    if words < cfg.min_words:
        return Reject(doc.source, doc.url, STAGE, "no text extracted")
    stated = Extracted(
        text="",
        title=doc.title,
        authors=list(doc.authors),
        published_at=parse_date(doc.published),
        url=doc.url,
    )
    # JSONL fields win over what the page suggests; a feed entry's only fill the page's gaps.
    first, second = (found, stated) if doc.metadata_fills_gaps else (stated, found)
    return ArticleRecord(
        id=article_id(doc),
        url=first.url or second.url,
        source=doc.source,
        title=first.title or second.title,
        authors=first.authors or second.authors,
        published_at=first.published_at or second.published_at,
        language=None,
        language_score=None,
        text=found.text,
        word_count=words,
        topics=[],
        entities=[],
        duplicate_of=None,
        removed=found.removed,
        ingested_at=cfg.ingested_at,
        pipeline_version=cfg.pipeline_version,
    )


class _ExtractArticleFn(GuardedFn):
    stage = STAGE

    def __init__(self, cfg: ExtractConfig):
        self._cfg = cfg
        self._articles = Metrics.counter("newsbeam.extract", "articles")
        self._rejects = Metrics.counter("newsbeam.extract", "rejects")

    def process_record(self, doc: Document) -> Iterator[ArticleRecord | Reject]:
        cfg = self._cfg
        if cfg.ingested_at is None:
            cfg = replace(cfg, ingested_at=dt.datetime.now(dt.UTC))
        result = extract_article(doc, cfg)
        (self._rejects if isinstance(result, Reject) else self._articles).inc()
        yield result


class ExtractArticles(beam.PTransform):
    """Documents in; {"ok": article rows, "rejected": rejects} out."""

    def __init__(self, cfg: ExtractConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, docs: beam.PCollection) -> dict[str, beam.PCollection]:
        return (
            docs
            | "Extract" >> beam.ParDo(_ExtractArticleFn(self._cfg))
            | "SplitRejects" >> SplitRejects()
        )
