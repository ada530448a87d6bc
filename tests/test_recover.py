"""Body text trafilatura misses comes back: a split body's chunks and the lead; other text stays out."""

import trafilatura

from transforms.extract import extract_html
from transforms.recover import MISSED_PARAGRAPHS, recover_body

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
    lines = recover_body(page(chunk(PARAGRAPHS[:3]), comments), PARAGRAPHS[:3])
    assert lines == PARAGRAPHS[:3]


def test_a_few_missed_paragraphs_are_a_teaser_not_a_cut_body():
    missed = PARAGRAPHS[2 : 2 + MISSED_PARAGRAPHS - 1]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(missed))
    assert recover_body(html, PARAGRAPHS[:2]) == PARAGRAPHS[:2]


def test_only_prose_comes_back():
    prompts = ["Read more", "Share this article", "Photo: Harbour Gazette"]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(prompts), AD, chunk(PARAGRAPHS[2:]))
    assert recover_body(html, PARAGRAPHS[:2]) == PARAGRAPHS


def test_a_paragraph_taken_in_another_spelling_is_not_repeated():
    # The extractor dropped the soft hyphens and joined two chunks' paragraphs on one line.
    hyphenated = [p.replace("authority", "autho\u00adrity") for p in PARAGRAPHS]
    taken = [PARAGRAPHS[0], PARAGRAPHS[1] + " " + PARAGRAPHS[2]]
    html = page(chunk(hyphenated[:3]), AD, chunk(hyphenated[3:]))
    assert recover_body(html, taken) == [*taken, *hyphenated[3:]]


def test_headings_keep_their_place():
    lines = [PARAGRAPHS[0], "Cost and timetable", PARAGRAPHS[1]]
    html = page(chunk(PARAGRAPHS[:2]), AD, chunk(PARAGRAPHS[2:]))
    assert recover_body(html, lines) == [*lines, *PARAGRAPHS[2:]]


def test_a_page_without_paragraphs_leaves_the_lines():
    assert recover_body("<html><body><div>Only a div</div></body></html>", ["x"]) == ["x"]
    assert recover_body("", ["x"]) == ["x"]


def test_an_xhtml_page_with_an_encoding_declaration_is_read():
    declared = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + page(
        chunk(PARAGRAPHS[:2]), AD, chunk(PARAGRAPHS[2:])
    )
    assert recover_body(declared, PARAGRAPHS[:2]) == PARAGRAPHS


LEAD = (
    "The city council will decide next week whether the harbour channel is deepened, ending "
    "two years of debate."
)


def article(lead_html: str, header: str = "div class='meta'") -> str:
    """A page with a headline, `lead_html` after it, then the body in a container of its own."""
    return (
        "<html><body><nav><a href='/'>Home</a></nav><main><article>"
        f"<{header}><h1>Harbour plan goes to a vote</h1><span>By Ann Lee</span>"
        f"</{header.split()[0]}>{lead_html}"
        f"<div class='article-body'>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div>"
        "</article></main></body></html>"
    )


def test_a_lead_before_the_body_comes_back_first():
    page_html = article(f"<p class='article-lead'>{LEAD}</p>")
    assert LEAD not in trafilatura.extract(page_html)  # else the test proves nothing
    assert extract_html(page_html.encode()).text.splitlines() == [LEAD, *PARAGRAPHS]


def test_a_standfirst_in_the_page_header_stays_out():
    # A header's standfirst is the article's summary, not its text.
    page_html = article("", header="header class='article-header'").replace(
        "</header>", f"<p class='standfirst'>{LEAD}</p></header>"
    )
    assert f"<p class='standfirst'>{LEAD}</p></header>" in page_html
    assert recover_body(page_html, PARAGRAPHS) == PARAGRAPHS


def test_only_a_lead_named_as_one_and_read_as_prose_comes_back():
    unnamed = article(f"<p class='note'>{LEAD}</p>")
    teaser_list = article("<p class='intro'>Read more: Harbour news | Port news</p>")
    for page_html in (unnamed, teaser_list):
        assert recover_body(page_html, PARAGRAPHS) == PARAGRAPHS


def test_a_lead_far_from_the_body_is_a_teaser_elsewhere():
    nested = f"<div><div><div><div><p class='teaser'>{LEAD}</p></div></div></div></div>"
    assert recover_body(article(nested), PARAGRAPHS) == PARAGRAPHS
    near = f"<div><p class='teaser'>{LEAD}</p></div>"
    assert recover_body(article(near), PARAGRAPHS) == [LEAD, *PARAGRAPHS]


def test_a_lead_the_body_holds_is_not_repeated():
    page_html = article(f"<p class='article-lead'>{LEAD}</p>")
    assert recover_body(page_html, [LEAD, *PARAGRAPHS]) == [LEAD, *PARAGRAPHS]
