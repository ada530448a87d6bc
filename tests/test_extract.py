"""Extraction from HTML and plain text, and the rejects it gives."""

import datetime as dt
import json

import pytest

from tests.conftest import INGESTED_AT, SAMPLES
from transforms.extract import (
    ExtractConfig,
    extract_article,
    extract_html,
    headline_in_page,
    word_count,
)
from transforms.metadata import page_metadata
from transforms.records import Document, Reject, article_id

CFG = ExtractConfig(ingested_at=INGESTED_AT, pipeline_version="test")
PAGE = (
    "<html><head><title>Rates held</title><link rel='canonical' href='https://n.example/rates'>"
    "<meta name='author' content='Ann Lee; Bo Chan'>"
    "<meta property='article:published_time' content='2025-03-05T13:00:00Z'></head><body>"
    "<nav>Home News Sport</nav><article><h1>Rates held</h1>"
    "<p>The central bank kept its main rate at 3.25 percent on Wednesday, saying inflation was "
    "falling more slowly than it had expected in the autumn.</p>"
    "<p>Governor Helen Marsh said the bank would wait for more data before any cut.</p>"
    "</article><footer>All rights reserved</footer></body></html>"
)


def doc(content: bytes, fmt: str = "html", **fields) -> Document:
    return Document(key="k", source="src", url=None, format=fmt, content=content, **fields)


def test_extract_html_body_and_metadata():
    found = extract_html(PAGE.encode())
    assert found.title == "Rates held"
    assert found.authors == ["Ann Lee", "Bo Chan"]
    assert found.published_at == dt.datetime(2025, 3, 5, 13, 0, tzinfo=dt.UTC)
    assert found.url == "https://n.example/rates"
    assert found.text.startswith("The central bank kept") and "Home News" not in found.text
    assert found.text.count("\n") == 1


def test_declared_charset_is_honoured():
    raw = (SAMPLES / "html" / "de_stadtrat.html").read_bytes()
    assert b"\xdf" in raw  # ß in ISO-8859-1
    found = extract_html(raw)
    assert "beschließt" in found.title and "Fördermitteln" in found.text


def test_article_row():
    row = extract_article(doc(PAGE.encode()), CFG)
    assert row.id == article_id(doc(PAGE.encode())) and len(row.id) == 32
    assert (row.url, row.source, row.word_count) == (
        "https://n.example/rates",
        "src",
        word_count(row.text),
    )
    assert (row.topics, row.entities, row.duplicate_of) == ([], [], None)
    assert row.ingested_at == INGESTED_AT and row.pipeline_version == "test"


def test_container_fields_win():
    row = extract_article(doc(PAGE.encode(), title="Wire title", published="2024-01-01"), CFG)
    assert row.title == "Wire title"
    assert row.published_at == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def test_ids_differ_by_key_and_content():
    assert article_id(doc(b"a")) != article_id(doc(b"b"))
    assert article_id(doc(b"a")) != article_id(Document("k2", "src", None, "html", b"a"))


def test_rejects():
    binary = bytes(range(256)) * 20
    for content, fmt, error in [
        (binary, "html", "binary content"),
        (binary, "text", "binary content"),
        (b"<html><body><script>x()</script></body></html>", "html", "no text extracted"),
        (b"<<<<>>>>\x81\x82", "html", "no text extracted"),
        (b"   ...   ", "text", "no text extracted"),
    ]:
        result = extract_article(doc(content, fmt), CFG)
        assert isinstance(result, Reject), content[:20]
        assert (result.stage, result.error) == ("extract", error)


def test_text_in_legacy_encoding():
    text = "Grève des cheminots à Paris : les trains sont arrêtés depuis jeudi matin."
    row = extract_article(doc(text.encode("cp1252"), "text"), CFG)
    assert row.text == text


def test_printed_dateline_and_byline_under_a_section_label_when_the_page_states_none():
    # No metadata, and a year in the text that htmldate would take for the date (1 January).
    page = (
        "<html><head><title>Rates held</title></head><body><article><h1>Rates held</h1>"
        "<p>Analysis</p><p>By Ann Lee</p><p>5 March 2025, 10:30 GMT</p>"
        "<p>The central bank kept its main rate at 3.25 percent on Wednesday, the lowest since "
        "2019, saying inflation was falling more slowly than it had expected.</p>"
        "<p>Governor Helen Marsh said the bank would wait for more data before any cut.</p>"
        "</article></body></html>"
    )
    found = extract_html(page.encode())
    assert found.authors == ["Ann Lee"]
    assert found.published_at == dt.datetime(2025, 3, 5, 10, 30, tzinfo=dt.UTC)
    assert found.text.startswith("The central bank kept")


def test_a_year_in_the_text_is_no_date_for_a_page_that_states_none():
    # htmldate reads "since 2012" as 1 January 2012: no date is better than that guess.
    page = (
        "<html><head><title>Power cut</title></head><body><article><h1>Power cut</h1>"
        "<p>A storm cut power to thousands of homes on the coast, the grid operator said.</p>"
        "<p>Crews have been working on the lines since 2012 to bury them underground.</p>"
        "<p>Most homes should be reconnected by the evening.</p></article></body></html>"
    )
    found = extract_html(page.encode())
    assert found.text.startswith("A storm cut power")
    assert found.published_at is None


def _page_crediting(author: str, byline: str = "") -> bytes:
    return (
        "<html><head><title>Rates held | The Northmoor Post</title>"
        "<meta property='og:site_name' content='The Northmoor Post'>"
        f"<meta name='author' content='{author}'></head><body><article><h1>Rates held</h1>"
        f"<p>{byline}</p>"
        "<p>The central bank kept its main rate at 3.25 percent on Wednesday, saying inflation "
        "was falling more slowly than it had expected in the autumn.</p>"
        "<p>Governor Helen Marsh said the bank would wait for more data before any cut.</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("author", "byline", "authors"),
    [
        # the publisher in the author's place: the printed byline names the author
        ("The Northmoor Post", "By Ann Lee", ["Ann Lee"]),
        ("Northmoor Post Staff; Ann Lee", "", ["Ann Lee"]),
        # a placeholder, the author's page link
        ("admin", "By Ann Lee", ["Ann Lee"]),
        ("View all posts by Ann Lee", "", ["Ann Lee"]),
        # no one else credited: the publisher, as a last resort
        ("The Northmoor Post", "", ["The Northmoor Post"]),
    ],
)
def test_the_people_a_page_credits_not_its_publisher_or_placeholders(author, byline, authors):
    assert extract_html(_page_crediting(author, byline)).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Eine Kolumne von Marta Lindqvist", ["Marta Lindqvist"]),
        ("Marta Lindqvist ist freie Autorin und schreibt über Geldpolitik.", ["Marta Lindqvist"]),
        # a page that gives the first name two surnames tells neither
        ("Marta Lindqvist und Marta Berg berichten.</p><p>Marta Berg ist Redakteurin.", ["Marta"]),
    ],
)
def test_a_first_name_alone_in_the_pages_data_as_the_page_prints_it_in_full(byline, authors):
    data = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Marta"}}'
    page = _page_crediting("", byline).replace(
        b"</head>", f'<script type="application/ld+json">{data}</script></head>'.encode()
    )
    assert extract_html(page).authors == authors


def _page_titled(title: str, site_name: str | None) -> bytes:
    meta = f"<meta property='og:title' content='{title}'>"
    meta += f"<meta property='og:site_name' content='{site_name}'>" if site_name else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><article>"
        "<p>The central bank kept its main rate at 3.25 percent on Wednesday, saying inflation "
        "was falling more slowly than it had expected in the autumn.</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "site_name", "url", "headline"),
    [
        # the site's name, or its host's, and the tagline after it
        ("Rates held - The Northmoor Post", "The Northmoor Post", None, "Rates held"),
        ("NORTHMOOR POST - Rates held", "The Northmoor Post", None, "Rates held"),
        (
            "Rates held | The Northmoor Post | Your daily news",
            "The Northmoor Post",
            None,
            "Rates held",
        ),
        (
            "Rates held - northmoor-post.example",
            None,
            "https://www.northmoor-post.example/rates",
            "Rates held",
        ),
    ],
)
def test_a_title_loses_the_site_name_the_page_does_not_print(title, site_name, url, headline):
    assert extract_html(_page_titled(title, site_name), url).title == headline


def test_printed_date_wins_over_a_year_only_guess_and_a_bare_day():
    from transforms.extract import _published

    printed = dt.datetime(2025, 3, 5, 10, 30, tzinfo=dt.UTC)
    year_only = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    same_day = dt.datetime(2025, 3, 5, tzinfo=dt.UTC)
    stated = dt.datetime(2025, 3, 4, 22, 0, tzinfo=dt.UTC)
    assert _published(year_only, printed) == printed
    assert _published(same_day, printed) == printed
    assert _published(stated, printed) == stated  # a time the page states is kept
    assert _published(year_only, None) == year_only


def test_a_time_element_gives_the_time_of_a_day_the_page_names():
    paragraphs = "".join(
        f"<p>{sentence} The council approved the budget after a debate of six hours.</p>"
        for sentence in ("First.", "Second.", "Third.", "Fourth.")
    )
    page = (
        "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>"
        '<div class="meta"><time datetime="2025-03-05T18:02:00+01:00">5 March 2025</time></div>'
        f"{paragraphs}</article></body></html>"
    ).encode()
    found = extract_html(page)
    assert found.published_at == dt.datetime(2025, 3, 5, 17, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("title", "lines", "headline"),
    [
        # the site's name after the headline, a section before it
        (
            "Harbour bridge to close for six months | The Example Courier",
            ["News Sport", "Harbour bridge to close for six months", "By Jo Hart"],
            "Harbour bridge to close for six months",
        ),
        (
            "Olympia - Neue Halle für den Turnverein eröffnet - Stadtblog.de",
            ["Startseite", "Neue Halle für den Turnverein eröffnet"],
            "Neue Halle für den Turnverein eröffnet",
        ),
        ("Will Smith - TV Example", ["Will Smith", "Filme"], "Will Smith"),
        # as the page prints it, with its dashes and quotes
        (
            'Kochen lernen - der "richtige" Anfang | Example Blog',
            ["Kochen lernen – der „richtige“ Anfang"],
            "Kochen lernen – der „richtige“ Anfang",
        ),
        # printed whole, or not at all: the title as it is
        (
            "Grève : le trafic perturbé jeudi",
            ["Grève : le trafic perturbé jeudi"],
            "Grève : le trafic perturbé jeudi",
        ),
        ("Rates held | Example News", ["The bank kept its rates"], "Rates held | Example News"),
        # a menu's label is no headline
        (
            "Minister resigns over budget row | Politics | Example News",
            ["Politics", "The minister has resigned"],
            "Minister resigns over budget row | Politics | Example News",
        ),
    ],
)
def test_headline_in_page_is_the_part_of_the_title_the_page_prints(title, lines, headline):
    assert headline_in_page(title, lines) == headline


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            "<meta property='og:title' content='Harbour bridge to close | The Example Courier'>",
            "Harbour bridge to close",
        ),
        (
            "<title>Verkehr - Neue Brücke für den Hafen eröffnet - Stadtblog.de</title>",
            "Neue Brücke für den Hafen eröffnet",
        ),
    ],
)
def test_page_title_loses_the_site_name_and_section_the_headline_does_not_print(head, headline):
    html = (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h2>{headline}</h2>"
        "<p>The harbour bridge will close for six months from July so that engineers can replace "
        "its cables, the council said.</p><p>About 40,000 vehicles cross it every day.</p>"
        "</article></body></html>"
    ).encode()
    assert extract_html(html).title == headline


_STATED_PARAGRAPHS = [
    "The harbour board approved a plan on Monday to dredge the old channel before the summer, "
    "after three years of delays and two failed tenders for the work.",
    "Fishermen had warned that the silted channel was closing the harbour to larger boats at low "
    "tide, and two trawlers ran aground there in the spring.",
    "The dredging will cost about four million euros and should take eleven weeks, the board's "
    "chair said, with the first boats back in the channel by July.",
]


def _page_filled_by_scripts(body: str, shown: str = "") -> bytes:
    """A page whose scripts write the article: its text is in its JSON-LD only, after a web
    page's object that names no article."""
    data = json.dumps(
        [
            {"@context": "https://schema.org", "@type": "WebPage", "name": "Harbour News"},
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Harbour channel to be dredged",
                "author": {"@type": "Person", "name": "Ana Costa"},
                "datePublished": "2026-03-02T09:00:00Z",
                "articleBody": body,
            },
        ]
    )
    return (
        "<html><head><title>Harbour channel to be dredged</title>"
        f"<script type='application/ld+json'>{data}</script></head>"
        f"<body><div id='app'>{shown}</div><noscript>Please enable JavaScript.</noscript>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "body",
    [
        "\n\n".join(_STATED_PARAGRAPHS),
        "".join(f"<p>{paragraph}</p>" for paragraph in _STATED_PARAGRAPHS),
    ],
)
def test_a_page_its_scripts_fill_in_gives_the_article_its_data_states(body):
    found = extract_html(_page_filled_by_scripts(body, shown="<p>Loading the article ...</p>"))
    assert found.text == "\n".join(_STATED_PARAGRAPHS)
    assert found.authors == ["Ana Costa"]
    assert found.published_at == dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_a_pages_own_text_stays_over_a_shorter_summary_in_its_data():
    shown = "".join(f"<p>{paragraph}</p>" for paragraph in _STATED_PARAGRAPHS)
    found = extract_html(_page_filled_by_scripts(_STATED_PARAGRAPHS[0], shown=shown))
    assert found.text == "\n".join(_STATED_PARAGRAPHS)


def test_the_article_in_a_pages_data_not_the_web_page_object_before_it():
    stated = page_metadata(_page_filled_by_scripts("A short summary."))
    assert stated.headline == "Harbour channel to be dredged"
    assert stated.authors == ["Ana Costa"]
    assert stated.body == "A short summary."


def _blog_page(title: str, heads: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>{heads}<article>"
        "<p>Der Stadtrat hat am Dienstag den Haushalt nach einer langen Debatte über Bibliotheken "
        "beschlossen. Die Mehrheit war knapp.</p>"
        "<p>Mehrere Bürger forderten in der Sitzung mehr Geld für die Parks der Stadt und für "
        "neue Spielplätze im Norden.</p>"
        "<p>Die Opposition kündigte an, den Haushalt im Kreistag erneut zur Sprache zu bringen.</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("title", "heads", "url", "headline"),
    [
        # the site's name in the first heading: the headline the <title> holds, the page prints
        # and the address spells
        (
            "Haushalt für 2026 beschlossen » Stadtblog Nordheim",
            "<header><h1>Stadtblog Nordheim</h1></header><h2>Haushalt für 2026 beschlossen</h2>",
            "https://stadtblog.example/2025/12/04/haushalt-fuer-2026-beschlossen/",
            "Haushalt für 2026 beschlossen",
        ),
        # a short headline stays over the site's name and tagline its <title> adds
        (
            "Parkbänke | Stadtblog Nordheim – Neues aus dem Rathaus",
            "<header><p>Stadtblog Nordheim – Neues aus dem Rathaus</p></header><h1>Parkbänke</h1>",
            "https://stadtblog.example/2025/12/04/parkbaenke/",
            "Parkbänke",
        ),
        # the date set before the headline goes
        (
            "04.12.2025 | Haushalt für 2026 beschlossen",
            "<h1>04.12.2025 | Haushalt für 2026 beschlossen</h1>",
            None,
            "Haushalt für 2026 beschlossen",
        ),
    ],
)
def test_the_headline_of_a_blogs_page_by_its_title_headings_and_address(
    title, heads, url, headline
):
    assert extract_html(_blog_page(title, heads), url=url).title == headline
