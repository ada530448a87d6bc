"""Put back body text an extractor left out of a page: a split body's later chunks, and the lead.

Both are misses of trafilatura's one-container view of a page:
- Many news templates cut the body into chunks (`<div class="body__chunk">` after
  `<div class="body__chunk">`) with ads, newsletter boxes and embeds between them, each chunk in
  a wrapper of its own. trafilatura takes the first container that looks like a body and can
  stop at the first chunk: half an article, well formed, with nothing to tell the cleaner it is
  cut. The paragraphs it left out look like the ones it took: `<p>` in a parent of the same
  tag and class.
- The lead paragraph (intro, chapô, teaser) often stands in a container of its own between the
  headline and the body, and is dropped with the headline. A standfirst in the page's header is
  the article's summary, not its text, and stays out.

What comes back must read like prose; the line cleaner then judges it with the rest.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from transforms.boilerplate import reads_like_prose

# A parent kind counts as the body's when this many extracted paragraphs stand in one.
SHARED_PARENTS = 2
# Fewer missed paragraphs than this is a teaser or a pull quote, not a cut-off body.
MISSED_PARAGRAPHS = 3
# A lead shares an ancestor with the body's first paragraph at most this many levels above it:
# farther off it is a slideshow caption or a related story's teaser.
LEAD_REACH = 3
_LEAD_NAME = re.compile(
    r"lead|intro|teaser|standfirst|deck|\bdek\b|excerpt|chapo|summary|description|abstract|"
    r"sub-?head|subtitle|preface",
    re.IGNORECASE,
)
_HEADER_NAME = re.compile(r"header|hero", re.IGNORECASE)
_NOT_LEAD = {"script", "style", "a", "img", "figure", "figcaption"}
_SURE_MATCH = 40  # characters
_NOT_WORD = re.compile(r"\W+")
# lxml's plain HTML tree: lxml.html's element classes cost a Python lookup for every element met.
_PARSER = etree.HTMLParser(encoding="utf-8")

Kind = tuple[str, str]  # a paragraph's parent: tag and class


@dataclass(frozen=True)
class Paragraph:
    """A `<p>` of the page with text: its kind (its parent's tag and class) and its text."""

    element: etree._Element
    kind: Kind
    text: str


def recover_body(html: str, lines: list[str]) -> list[str]:
    """`lines` (an extractor's body, one paragraph a line) with the missed lead and chunks put
    back in page order; `lines` as they are when nothing was missed."""
    if not lines:
        return lines
    root = _parse(html)
    paragraphs = _paragraphs(root) if root is not None else []
    if not paragraphs:
        return lines
    lines = rejoin_chunks(paragraphs, lines)
    lead = find_lead(root, paragraphs, lines)
    return [lead, *lines] if lead else lines


def rejoin_chunks(paragraphs: list[Paragraph], lines: list[str]) -> list[str]:
    """`lines` with the paragraphs missed from containers like their own, in page order."""
    spaced = [_spaced(line) for line in lines]
    at_line = {line: i for i, line in enumerate(spaced)}
    # Extractors drop soft hyphens, fold quotes and join inline pieces differently: a paragraph
    # counts as taken when its letters and digits appear in the body's.
    taken_letters = _letters("".join(spaced))
    place = [-1] * len(lines)  # each line's paragraph index in the page, where known
    body_kinds: Counter[Kind] = Counter()
    missed: list[tuple[int, str]] = []
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if text in at_line:
            body_kinds[paragraph.kind] += 1
            if place[at_line[text]] < 0:
                place[at_line[text]] = index
        elif _letters(text) in taken_letters:
            # A short one ("Advertisement") may match by chance: only a long one names a kind.
            body_kinds[paragraph.kind] += len(text) > _SURE_MATCH
        else:
            missed.append((index, text))
    found = [
        (index, text)
        for index, text in missed
        if body_kinds[paragraphs[index].kind] >= SHARED_PARENTS and reads_like_prose(text)
    ]
    if len(found) < MISSED_PARAGRAPHS:
        return lines
    # A line without a paragraph of its own (a heading, a list item) keeps its predecessor's
    # place, so the merged order is the page's.
    keyed, last = [], -1
    for i, line in enumerate(lines):
        last = max(last, place[i])
        keyed.append((last, 0, i, line))
    keyed.extend((index, 1, 0, text) for index, text in found)
    return [line for *_, line in sorted(keyed)]


def find_lead(root: etree._Element, paragraphs: list[Paragraph], lines: list[str]) -> str | None:
    """The lead paragraph between the headline (`<h1>`) and the body's first paragraph, when
    the body does not hold it: named as a lead, near the body, outside the page header."""
    first = _spaced(lines[0])
    start = next(
        (
            p.element
            for p in paragraphs
            if p.text == first or (len(first) > _SURE_MATCH and p.text.startswith(first))
        ),
        None,
    )
    headline = next(root.iter("h1"), None)
    if start is None or headline is None:
        return None
    body_letters = _letters(" ".join(lines))
    above_start = set(start.iterancestors())
    after_headline = False
    # In document order up to the body's first paragraph (before the headline: no lead).
    for element in root.iter():
        if element is start:
            return None
        if not after_headline:
            after_headline = element is headline
            continue
        if not isinstance(element.tag, str) or element.tag in _NOT_LEAD:
            continue
        if not _LEAD_NAME.search(_names(element)):
            continue
        text = _text(element)
        if text.count(" ") < 7 or len(text) > 800 or not reads_like_prose(text):
            continue
        if _letters(text) in body_letters:
            return None
        ancestors = list(element.iterancestors())
        if any(a.tag == "header" or _HEADER_NAME.search(_names(a)) for a in ancestors):
            return None
        reach = next(i for i, a in enumerate(ancestors) if a in above_start)
        return text if reach <= LEAD_REACH else None
    return None


def _parse(html: str) -> etree._Element | None:
    try:
        # As bytes: lxml refuses a str that opens with an XML encoding declaration.
        return etree.fromstring(html.encode("utf-8", "replace"), _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _paragraphs(root: etree._Element) -> list[Paragraph]:
    found = []
    for element in root.iter("p"):
        text = _text(element)
        parent = element.getparent()
        if text and parent is not None:
            kind = (str(parent.tag), (parent.get("class") or "").strip())
            found.append(Paragraph(element, kind, text))
    return found


def _text(element: etree._Element) -> str:
    """An element's text, descendants' included, with runs of white space made one space."""
    return _spaced(element.xpath("string()"))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _names(element: etree._Element) -> str:
    """What a page calls an element: its class, id and itemprop."""
    return " ".join(element.get(name) or "" for name in ("class", "id", "itemprop"))


def _letters(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()
