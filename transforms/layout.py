"""Paragraphs from text hard-wrapped at a fixed width.

E-mailed newsletters, wire services' text feeds, PDFs and Markdown files often break each
paragraph into lines of 60 to 80 characters. The cleaner reads one paragraph per line (a
sentence's end, a line's length, its neighbours), so a wrapped paragraph would look like a run
of short unfinished lines. A text counts as wrapped when most of its line breaks fall where the
next word would not have fitted on the line; then those breaks, and only those, are joined.
Breaks where the next word would have fitted (a byline over its date, a list's items) stay.
"""

from __future__ import annotations

from transforms.boilerplate import ends_sentence
from transforms.cues import LIST_MARK

MAX_WIDTH = 100  # the widest wrap read as one; longer lines are paragraphs already
MIN_WIDTH = 40  # narrower lines are a list or a poem, not a wrapped text
WRAPPED_SHARE = 0.6  # of the breaks inside blocks, at the least, to be a wrapped text
WRAPPED_BREAKS = 3  # breaks where the next word would not have fitted, at the least


def unwrap(lines: list[str]) -> list[str]:
    """`lines` with each hard-wrapped paragraph joined into one line; unchanged unless the
    text as a whole reads as wrapped."""
    breaks = [n for n in range(len(lines) - 1) if lines[n].strip() and lines[n + 1].strip()]
    if not breaks:
        return lines
    # every line within the wrap's width: one longer line is a paragraph set whole
    width = max(len(line.rstrip()) for line in lines)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return lines
    # a list's breaks are its items' own, wrapped text or not
    breaks = [n for n in breaks if not (LIST_MARK.match(lines[n]) or LIST_MARK.match(lines[n + 1]))]
    wrapped = {n for n in breaks if _would_not_fit(lines[n], lines[n + 1], width)}
    if len(wrapped) < WRAPPED_BREAKS or len(wrapped) < WRAPPED_SHARE * len(breaks):
        return lines
    joined: list[str] = []
    for n, line in enumerate(lines):
        if n - 1 in wrapped:
            joined[-1] = _join(joined[-1], line)
        else:
            joined.append(line)
    return joined


def _would_not_fit(line: str, below: str, width: int) -> bool:
    """Whether the line stops mid-sentence where the next line's first word would have
    overflowed it: a wrap's break (paragraphs of one sentence each, set without blank lines,
    end theirs)."""
    line = line.rstrip()
    if ends_sentence(line) or line.endswith((":", ";")):
        return False
    first_word = below.split(maxsplit=1)[0]
    return len(line) + 1 + len(first_word) > width


def _join(line: str, below: str) -> str:
    """Join a wrapped line to the next; a word hyphenated across the break keeps its hyphen
    ("neu ge-" + "strichen" is "neu ge-strichen"): dropping it would mend German and break
    English ("well-" + "known")."""
    line, below = line.rstrip(), below.strip()
    if line.endswith("-") and line[-2:-1].isalpha() and below[:1].islower():
        return line + below
    return f"{line} {below}"
