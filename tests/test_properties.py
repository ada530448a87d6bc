"""Properties that hold for any input: the cleaner, the date parser, decoding and the id."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.clean import clean_text
from transforms.dates import parse_date
from transforms.decode import NotText, decode_bytes
from transforms.extract import ExtractConfig, extract_article
from transforms.records import Document, Reject, article_id

WORD = re.compile(r"\w+")
CFG = ExtractConfig(ingested_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC), pipeline_version="t")
# News-like lines: words, punctuation, cue words of the cleaner, blank lines.
NEWS_LINE = st.lists(
    st.sampled_from(
        ["By", "Reuters", "said:", "Comments", "Share", "Photo:", "Read", "more", "the", "mayor",
         "2017", "—", "|", "Kommentare", "Réactions", "shop", "©", "May", "3,", "Berlin", "(AP)"]
    )
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    max_size=14,
).map(" ".join)  # fmt: skip
ARTICLE = st.lists(NEWS_LINE, max_size=30).map("\n".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ARTICLE)
def test_the_cleaner_invents_no_words_and_loses_none(raw):
    cleaned = clean_text(raw)
    source = set(WORD.findall(raw))
    kept = WORD.findall(cleaned.text)
    assert set(kept) <= source
    removed = [w for r in cleaned.removed for w in WORD.findall(r.text)]
    meta = WORD.findall(" ".join([cleaned.title or "", *cleaned.authors]))
    # Every word of the input is in the text, a removed piece, the title or the byline.
    assert source <= set(kept) | set(removed) | set(meta) | _date_words(raw)


def _date_words(raw: str) -> set[str]:
    # A dateline's date is parsed into published_at, and its words leave the text.
    return set(WORD.findall(raw)) if parse_date(raw) else set()


@FAST
@given(st.text(max_size=60) | st.sampled_from(["2017-04-07", "7 April 2017 10:30", "yesterday"]))
def test_dates_parse_to_utc_or_none(value):
    when = parse_date(value)
    assert when is None or (when.tzinfo is not None and when.utcoffset() == dt.timedelta(0))


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_text_or_are_refused(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except NotText:
        pass


@FAST
@given(st.text(min_size=1, max_size=40), st.binary(max_size=200), st.binary(max_size=200))
def test_ids_are_deterministic_and_tell_records_apart(key, one, two):
    doc = Document(key=key, source="s", url=None, format="text", content=one)
    again = Document(key=key, source="elsewhere", url="https://x", format="html", content=one)
    assert article_id(doc) == article_id(again)  # identity is key and content only
    other = Document(key=key, source="s", url=None, format="text", content=two)
    assert (article_id(doc) == article_id(other)) == (one == two)


TAGS = st.sampled_from(["p", "div", "article", "script", "nav", "h1", "span", "table", "td"])
HTML = st.recursive(
    NEWS_LINE,
    lambda inner: st.tuples(TAGS, st.lists(inner, max_size=4)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
    ),
    max_leaves=30,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML, st.sampled_from(["html", "text"]))
def test_extraction_of_any_page_gives_an_article_or_a_reject(page, kind):
    doc = Document(key="k", source="s", url=None, format=kind, content=page.encode("utf-8"))
    result = extract_article(doc, CFG)
    assert isinstance(result, Reject) or result.text.strip()
