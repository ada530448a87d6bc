"""Take out a body an extractor printed more than once.

Some pages hold their article twice or more (an app view and a web view, a live page that
reloads its story under itself), and trafilatura may take every copy: the text reads as the
article, then again. A copy is a run of the same lines, prose among them, that makes up a large
share of the text; a line said twice by the story (a refrain, a table's row) is no such run.
"""

from __future__ import annotations

from collections import defaultdict

from transforms.boilerplate import reads_like_prose

# A run repeated is a copy of the body when it holds this many prose lines at least and this
# share of the text's characters.
COPY_PROSE_LINES = 3
COPY_SHARE = 0.25
WORDED = 3  # words of a line that runs are compared over


def without_repeated_body(lines: list[str]) -> list[str]:
    """`lines` with every later copy of a repeated body run taken out; `lines` as they are when
    nothing is repeated so.

    Runs are compared over the lines of a few words, so that a copy with its list marks or
    dividers on lines of their own ("- ") is still the same copy; what stands inside a later
    copy goes with it.
    """
    worded = [i for i, line in enumerate(lines) if len(line.split()) >= WORDED]
    texts = [lines[i].strip() for i in worded]
    total = sum(len(line) for line in lines)
    at: dict[str, list[int]] = defaultdict(list)
    for k, text in enumerate(texts):
        if reads_like_prose(text):
            at[text].append(k)
    dropped: set[int] = set()
    for positions in at.values():
        first = positions[0]
        for later in positions[1:]:
            if worded[later] in dropped:
                continue
            size = _run(texts, first, later)
            run = texts[first : first + size]
            if (
                sum(map(reads_like_prose, run)) >= COPY_PROSE_LINES
                and sum(map(len, run)) >= COPY_SHARE * total
            ):
                dropped.update(range(worded[later], worded[later + size - 1] + 1))
    return [line for i, line in enumerate(lines) if i not in dropped] if dropped else lines


def _run(texts: list[str], first: int, later: int) -> int:
    """How many texts from `later` repeat those from `first`, the copy starting after the
    original ends."""
    size = 0
    while (
        later + size < len(texts)
        and first + size < later
        and texts[first + size] == texts[later + size]
    ):
        size += 1
    return size
