"""A body split across containers of one kind is rejoined; other missed text stays out."""

import trafilatura

from transforms.extract import extract_html
from transforms.split_body import MISSED_PARAGRAPHS, rejoin_body

PARAGRAPHS = [
    "The harbour authority approved a plan on Tuesday to deepen the main shipping channel by "
    "two metres before the winter storms arrive.",
    "Engineers said the work would let larger container ships call at the port without waiting "
    "for the high tide, cutting delays.",
    "Fishermen asked for the dredging to pause during the spawning season, and the authority "
    "agreed to a six-week break in spring.",
    "The first barges are due next month, and the channel should reopen fully to traffic by the "
    "end of the following summer.",
    "Local councillors welcomed the plan but asked for regular reports on the noise and the silt "
    "carried along the beaches.",
    "The cost, about forty million euros, will be shared between the port, the region and a "
    "European transport fund.",
]
AD = "<div class='ad-slot'><p>Advertisement</p></div>"


def chunk(paragraphs: list[str], kind: str = "article-body") -> str:
    """One chunk of a body, in a wrapper of its own, as chunked templates print them."""
    return f"<div class='grid'><div class='{kind}'>{''.join(f'<p>{p}</p>' for p in paragraphs)}</div></div>"


def page(*parts: str) -> str:
    return (
        "<html><head><title>Harbour channel to be deepened</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<main><h1>Harbour channel to be deepened</h1><div class='chunks'>{''.join(parts)}</div>"
        "</main><footer><p>© 2026 Harbour Gazette. All rights reserved.</p></footer></body></html>"
    )


CHUNKED = page(
    chunk(PARAGRAPHS[:2]),
    AD,
    "<aside class='newsletter'><p>Sign up for our morning briefing, in your inbox every day "
    "before seven.</p></aside>",
    chunk(PARAGRAPHS[2:4]),
    AD,
    chunk(PARAGRAPHS[4:]),
)


def test_trafilatura_alone_stops_at_the_first_chunk():
    # The page is one trafilatura cuts short; without that the next test would prove nothing.
    assert trafilatura.extract(CHUNKED).splitlines() == PARAGRAPHS[:2]


def test_a_chunked_body_is_rejoined_in_page_order():
    found = extract_html(CHUNKED.encode())
    assert found.text.splitlines() == PARAGRAPHS


def test_text_in_other_containers_stays_out():
    comments = chunk(
        [
            "I have lived by this harbour for forty years and never seen the channel so shallow.",
            "Dredging always ends up costing twice what they promise, mark my words on that.",
            "Will anyone ask the sailing club what the barges will do to the regatta this year?",
        ],
        kind="comment-body",
    )
    lines = rejoin_body(page(chunk(PARAGRAPHS[:3]), comments), PARAGRAPHS[:3])
    assert lines == PARAGRAPHS[:3]


def test_a_few_missed_paragraphs_are_a_teaser_not_a_cut_body():
    missed = PARAGRAPHS[2 : 2 + MISSED_PARAGRAPHS - 1]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(missed))
    assert rejoin_body(html, PARAGRAPHS[:2]) == PARAGRAPHS[:2]


def test_only_prose_comes_back():
    prompts = ["Read more", "Share this article", "Photo: Harbour Gazette"]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(prompts), AD, chunk(PARAGRAPHS[2:]))
    assert rejoin_body(html, PARAGRAPHS[:2]) == PARAGRAPHS


def test_a_paragraph_taken_in_another_spelling_is_not_repeated():
    # The extractor dropped the soft hyphens and joined two chunks' paragraphs on one line.
    hyphenated = [p.replace("authority", "autho\u00adrity") for p in PARAGRAPHS]
    taken = [PARAGRAPHS[0], PARAGRAPHS[1] + " " + PARAGRAPHS[2]]
    html = page(chunk(hyphenated[:3]), AD, chunk(hyphenated[3:]))
    assert rejoin_body(html, taken) == [*taken, *hyphenated[3:]]


def test_headings_keep_their_place():
    lines = [PARAGRAPHS[0], "Cost and timetable", PARAGRAPHS[1]]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(PARAGRAPHS[2:]))
    assert rejoin_body(html, lines) == [*lines, *PARAGRAPHS[2:]]


def test_a_page_without_paragraphs_leaves_the_lines():
    assert rejoin_body("<html><body><div>Only a div</div></body></html>", ["x"]) == ["x"]
    assert rejoin_body("", ["x"]) == ["x"]


def test_an_xhtml_page_with_an_encoding_declaration_is_read():
    declared = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + page(
        chunk(PARAGRAPHS[:2]), AD, chunk(PARAGRAPHS[2:])
    )
    assert rejoin_body(declared, PARAGRAPHS[:2]) == PARAGRAPHS
