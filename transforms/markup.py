"""Plain lines from text written with light markup: Markdown's headings, emphasis, links,
quotes and rules, and the odd spaces and invisible characters pasted text carries.

Articles come as Markdown from CMS exports and note apps; the cleaner reads bylines, dates
and boilerplate cues in plain words ("**By Ann Lee** | March 4, 2025" is "By Ann Lee | March
4, 2025"). Only marks go, never a word: a link keeps its address in brackets after its text,
underscores stay (they are part of words), and an image's line is kept as it is, for the
cleaner to name (`IMAGE_LINE`).
"""

from __future__ import annotations

import re

# Characters that carry no text: a line of them alone is a blank line.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
# Spaces that are spaces to a reader: no-break (French "10 h", "By\u00a0Ann"), thin, figure.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u2009\u202f\u3000"), " ")

_OPENING_MARKS = frozenset("#>-*!")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$")
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A line's opening span in italics ("*Share this article*", "*By Ann Lee* · March 3").
_ITALIC_LINE = re.compile(r"^\*(?=\S)([^*]+?)(?<=\S)\*(?=\s|$)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(((?:https?://|/|www\.)[^)\s]*)(?:\s+\"[^\"]*\")?\)")
# An image alone on its line, in Markdown ("![The council chamber](https://.../a.jpg)").
IMAGE_LINE = re.compile(r"^!\[[^\]\n]*\]\([^)\s]+(?:\s+\"[^\"]*\")?\)$")


def plain_line(line: str) -> str:
    """`line` without Markdown's marks and with plain spaces; the words stay as written."""
    line = line.translate(_ZERO_WIDTH).translate(_SPACES)
    opening = line.lstrip()[:1]
    if opening not in _OPENING_MARKS and "**" not in line and "](" not in line:
        return line  # most lines hold no markup at all
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    heading = _HEADING.match(line)
    if heading:
        line = _CLOSING_HASHES.sub("", line[heading.end() :])
    line = _ITALIC_LINE.sub(r"\1", _EMPHASIS.sub(r"\1", line))
    if IMAGE_LINE.match(line.strip()):
        return line
    return _LINK.sub(r"\1 (\2)", line)
