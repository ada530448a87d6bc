"""Rejoin an article body that a page splits across several containers of the same kind.

Many news templates cut the body into chunks (`<div class="body__chunk">` after
`<div class="body__chunk">`) with ads, newsletter boxes and embeds between them, each chunk in a
wrapper of its own. trafilatura takes the first container that looks like a body and can stop
at the first chunk: half an article, well formed, with nothing to tell the cleaner it is cut.

The paragraphs it left out look like the ones it took: the same tag in a parent of the same tag
and class. Those that read like prose are put back in page order; the line cleaner then judges
them with the rest.
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html
from lxml import etree

from transforms.boilerplate import reads_like_prose

# A parent kind counts as the body's when this many extracted paragraphs stand in one.
SHARED_PARENTS = 2
# Fewer missed paragraphs than this is a teaser or a pull quote, not a cut-off body.
MISSED_PARAGRAPHS = 3
_SURE_MATCH = 40  # characters
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"\W+")

Kind = tuple[str, str, str]
_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def rejoin_body(html: str, lines: list[str]) -> list[str]:
    """`lines` (an extractor's body, one paragraph a line) with the paragraphs it missed from
    containers like its own, in page order; `lines` as they are when there are none."""
    paragraphs = _paragraphs(html)
    if not paragraphs or not lines:
        return lines
    spaced = [_SPACE.sub(" ", line).strip() for line in lines]
    at_line = {line: i for i, line in enumerate(spaced)}
    # Extractors drop soft hyphens, fold quotes and join inline pieces differently: a paragraph
    # counts as taken when its letters and digits appear in the body's.
    taken_letters = _letters("".join(spaced))
    place = [-1] * len(lines)  # each line's paragraph index in the page, where known
    body_kinds: Counter[Kind] = Counter()
    missed: list[tuple[int, str]] = []
    for index, (kind, text) in enumerate(paragraphs):
        if text in at_line:
            body_kinds[kind] += 1
            if place[at_line[text]] < 0:
                place[at_line[text]] = index
        elif _letters(text) in taken_letters:
            # A short one ("Advertisement") may match by chance: only a long one names a kind.
            body_kinds[kind] += len(text) > _SURE_MATCH
        else:
            missed.append((index, text))
    found = [
        (index, text)
        for index, text in missed
        if body_kinds[paragraphs[index][0]] >= SHARED_PARENTS and reads_like_prose(text)
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


def _paragraphs(html: str) -> list[tuple[Kind, str]]:
    """Each `<p>` of the page with text: its kind (tag, parent tag, parent class) and text."""
    try:
        # As bytes: lxml refuses a str that opens with an XML encoding declaration.
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return []
    found = []
    for element in root.iter("p"):
        text = _SPACE.sub(" ", element.text_content()).strip()
        parent = element.getparent()
        if text and parent is not None:
            found.append((("p", str(parent.tag), (parent.get("class") or "").strip()), text))
    return found


def _letters(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()
