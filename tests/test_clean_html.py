"""HTML cleaning: what trafilatura leaves and what our cleaner takes out, in four languages."""

import datetime as dt

import pytest

from transforms.extract import extract_html

BODIES = {
    "en": [
        "The regional parliament approved the new water law on Thursday after a long debate.",
        "Farmers will pay more for irrigation, while households keep the current prices until 2027.",
        "The opposition said it would challenge the law in court before the summer recess.",
    ],
    "de": [
        "Der Landtag hat am Donnerstag nach langer Debatte das neue Wassergesetz beschlossen.",
        "Landwirte zahlen künftig mehr für die Bewässerung, Haushalte behalten die Preise bis 2027.",
        "Die Opposition kündigte an, noch vor der Sommerpause gegen das Gesetz zu klagen.",
    ],
    "fr": [
        "Le parlement régional a adopté jeudi la nouvelle loi sur l'eau après un long débat.",
        "Les agriculteurs paieront davantage pour l'irrigation, les ménages gardent leurs tarifs.",
        "L'opposition a annoncé un recours devant le tribunal avant la pause estivale.",
    ],
    "es": [
        "El parlamento regional aprobó el jueves la nueva ley del agua tras un largo debate.",
        "Los agricultores pagarán más por el riego, mientras los hogares mantienen sus precios.",
        "La oposición anunció que recurrirá la ley ante los tribunales antes del verano.",
    ],
}

BLOCKS = {
    "disqus": '<div id="disqus_thread"><div class="post"><p>{comment}</p></div></div>',
    "wordpress": '<h3 class="comments-title">2 Comments</h3><ol class="commentlist">'
    '<li class="comment"><p>{comment}</p></li></ol>',
    "details": "<details class='comments'><summary>Comments</summary><p>{comment}</p></details>",
    "related": '<aside class="related"><h3>Related</h3><ul><li><a href="/x">{promo}</a></li></ul></aside>',
    "cookie": '<div id="cookie-banner" class="cookie-consent"><p>{cookie}</p></div>',
    "newsletter": '<div class="newsletter-signup"><p>{newsletter}</p></div>',
}
WORDS = {
    "en": dict(comment="What a terrible decision, the farmers will suffer for years now.",
               promo="Drought: what the new rules mean for your garden", cookie="We use cookies. Accept all?",
               newsletter="Sign up for our daily newsletter", more="Read more: Dams at record low"),
    "de": dict(comment="Was für eine schlechte Entscheidung, die Bauern werden jahrelang leiden.",
               promo="Dürre: Was die neuen Regeln für Ihren Garten bedeuten", cookie="Wir verwenden Cookies. Alle akzeptieren?",
               newsletter="Jetzt den Newsletter abonnieren", more="Lesen Sie auch: Talsperren so leer wie nie"),
    "fr": dict(comment="Quelle décision terrible, les agriculteurs vont souffrir pendant des années.",
               promo="Sécheresse : ce que changent les nouvelles règles", cookie="Nous utilisons des cookies. Tout accepter ?",
               newsletter="Abonnez-vous à notre newsletter", more="À lire aussi : Les barrages au plus bas"),
    "es": dict(comment="Qué decisión tan terrible, los agricultores van a sufrir durante años.",
               promo="Sequía: lo que cambian las nuevas normas", cookie="Usamos cookies. ¿Aceptar todas?",
               newsletter="Suscríbete a nuestro boletín", more="Lee también: Los embalses, en mínimos"),
}  # fmt: skip


def page(language: str, after_body: str = "", inline: str = "") -> bytes:
    paragraphs = [f"<p>{p}</p>" for p in BODIES[language]]
    if inline:
        paragraphs.insert(2, f"<p>{inline}</p>")
    return (
        f"<html lang='{language}'><head><title>Water law</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Water law</h1>{''.join(paragraphs)}</article>"
        f"{after_body}<footer>Contact</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("language", sorted(BODIES))
@pytest.mark.parametrize("block", sorted(BLOCKS))
def test_blocks_after_the_article_are_left_out(language, block):
    words = WORDS[language]
    found = extract_html(page(language, BLOCKS[block].format(**words)))
    assert found.text.split("\n") == BODIES[language]


@pytest.mark.parametrize("language", sorted(BODIES))
def test_inline_read_more_promo_goes_to_removed(language):
    promo = WORDS[language]["more"]
    found = extract_html(page(language, inline=promo))
    assert found.text.split("\n") == BODIES[language]
    assert [(r.kind, r.text) for r in found.removed] == [("promo", promo)]


def test_byline_and_dateline_left_in_text_are_removed():
    head = b"<h1>Water law</h1><p>By Jane Roe</p><p>March 3, 2025</p>"
    found = extract_html(page("en").replace(b"<h1>Water law</h1>", head))
    assert found.text.split("\n") == BODIES["en"]
    assert found.authors == ["Jane Roe"]
    assert found.published_at.isoformat() == "2025-03-03T00:00:00+00:00"


@pytest.mark.parametrize("language", sorted(BODIES))
def test_section_label_over_the_repeated_headline_is_left_out(language):
    head = b"<div class='kicker'>Umwelt</div><h1>Water law</h1>"
    found = extract_html(page(language).replace(b"<h1>Water law</h1>", head))
    assert found.title == "Water law"
    assert found.text.split("\n") == BODIES[language]


@pytest.mark.parametrize("title", ["Opinion | Water law", "Water law - Example News"])
def test_headline_repeated_under_a_title_with_section_or_site_name_is_left_out(title):
    head = f'<title>{title}</title><meta property="og:title" content="{title}">'
    html = (
        page("en")
        .replace(b"<title>Water law</title>", head.encode())
        .replace(b"<h1>Water law</h1>", b"<div class='headline'><h2>Water law</h2></div>")
    )
    found = extract_html(html)
    assert found.text.split("\n") == BODIES["en"]


def test_bio_of_the_author_the_page_names_is_removed():
    """trafilatura drops the byline; the page's metadata still names whose bio ends the text."""
    bio = "Maya Fields covers city government for The Valley Courier."
    html = (
        page("en", inline="")
        .replace(
            b"<title>Water law</title>",
            b'<title>Water law</title><meta name="author" content="Maya Fields">',
        )
        .replace(b"</article>", f"<p>{bio}</p></article>".encode())
    )
    found = extract_html(html)
    assert found.authors == ["Maya Fields"]
    assert found.text.split("\n") == BODIES["en"]
    assert [(r.kind, r.text) for r in found.removed] == [("bio", bio)]


def test_metadata_from_json_ld_and_canonical():
    html = (
        b"<html><head><link rel='canonical' href='https://w.example/water-law'>"
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Water law passes",'
        b' "datePublished": "2025-03-06T09:15:00+01:00", "author": {"@type": "Person", "name": "Jane Roe"}}'
        b"</script></head><body><article>"
        + b"".join(f"<p>{p}</p>".encode() for p in BODIES["en"])
        + b"</article></body></html>"
    )
    found = extract_html(html)
    assert found.title == "Water law passes"
    assert found.authors == ["Jane Roe"]
    assert found.url == "https://w.example/water-law"
    assert found.published_at.isoformat() == "2025-03-06T08:15:00+00:00"


def test_missing_charset_is_detected():
    text = (
        "Les agriculteurs paieront davantage pour l'irrigation, décidé à Genève après un débat été."
    )
    html = f"<html><body><article><p>{text}</p><p>{BODIES['fr'][0]}</p></article></body></html>"
    found = extract_html(html.encode("cp1252"))
    assert text in found.text


def test_broken_markup_does_not_crash():
    found = extract_html(
        b"<html><body><p>" + BODIES["en"][0].encode() + b"<div><p><b>unclosed <i>" * 50
    )
    assert BODIES["en"][0] in found.text


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("Veröffentlicht am 13. Mai 2024 von Klara Sommer", ["Klara Sommer"]),
        ("By Jo Hart | May 13, 2024", ["Jo Hart"]),
        # the date in figures right after the name
        ("Por Carlos Ruiz 03/03/2025 09:00", ["Carlos Ruiz"]),
        # a line that only looks like one names no one
        ("Veröffentlicht am 13. Mai 2024 in Lokales", []),
    ],
)
def test_byline_under_the_headline_names_the_authors_metadata_leaves_out(meta, authors):
    """A blog prints its author under the headline, outside the text and the metadata."""
    found = extract_html(_post_under_headline(meta))
    assert found.authors == authors
    assert found.text == "\n".join(BODIES["de"])


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ("Von Lena Brandt | 06.05.2025, 14:22 Uhr", "2025-05-06T14:22:00+00:00"),
        ("Por Carlos Ruiz 03/03/2025 09:00", "2025-03-03T09:00:00+00:00"),
    ],
)
def test_byline_under_the_headline_gives_the_time_of_day(meta, published):
    """The page's date says the day only; its byline, outside the text, says the time too."""
    found = extract_html(_post_under_headline(meta))
    assert found.published_at.isoformat() == published


def _post_under_headline(meta: str) -> bytes:
    """A blog's page: a menu, the headline, `meta` under it, the post's text."""
    body = "".join(f"<p>{p}</p>" for p in BODIES["de"])
    return (
        "<html><head><title>Neuer Wochenmarkt am Domplatz</title></head><body>"
        "<div class='menu'><a href='/'>Startseite</a> <a href='/k'>Kontakt</a></div>"
        f"<div class='post'><h2 class='entry-title'>Neuer Wochenmarkt am Domplatz</h2>"
        f"<div class='entry-meta'>{meta}</div><div class='entry-content'>{body}</div></div>"
        "</body></html>"
    ).encode()


def test_a_posts_printed_date_wins_over_a_guess_from_its_related_posts_dates():
    """The page states no date in its metadata; a related post's date under the text is no
    more the article's than the date its byline prints."""
    body = "".join(f"<p>{p}</p>" for p in BODIES["en"])
    related = "".join(
        f"<p><a href='/{n}'>{headline}</a></p><p>{day}</p><p>In \"Local News\"</p>"
        for n, (headline, day) in enumerate(
            [("Library opens on Sundays", "January 12, 2025"),
             ("New mobile library for villages", "December 3, 2024")]
        )
    )  # fmt: skip
    html = (
        "<html><head><title>Library fines scrapped</title></head><body><div class='post'>"
        "<h1>Library fines scrapped</h1><p>Posted on February 3, 2025 by Mia Grant</p>"
        f"{body}<p>Related</p>{related}</div></body></html>"
    ).encode()
    found = extract_html(html)
    assert found.published_at == dt.datetime(2025, 2, 3, tzinfo=dt.UTC)
    assert found.text == "\n".join(BODIES["en"])
