"""A page's visible block-level text, one line per block, in reading order.

What a user gets who copies a page's text, and where a page prints what its metadata leaves
out (a blog's "Veröffentlicht am ... von ..." line under the headline).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from transforms.decode import declared_charset, decode_bytes

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "button"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "td", "th", "tr", "ul",
}  # fmt: skip
_SPACE = re.compile(r"\s+")


def page_lines(html: bytes) -> list[str]:
    """The visible block-level text of a page, one line per block, in reading order."""
    text = decode_bytes(html, declared_charset(html))
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP or _hidden(element):
            current.append(" ")  # the tail still follows
        else:
            block = tag in _BLOCK
            if block:
                flush()
            current.append(element.text or "")
            for child in element:
                walk(child)
            if block:
                flush()
        current.append(element.tail or "")

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return lines


def _hidden(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments and processing instructions
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.get("hidden") is not None or "display:none" in style
