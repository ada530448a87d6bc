"""Clean plain-text articles: take out headline, bylines, datelines, captions, promos, bios,
comment threads and trailers, and keep every body paragraph.

The cues are structural (where a line stands, how long it is, what it starts or ends with) and
multilingual (English, German, French, Spanish, Italian, Portuguese), never specific texts.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from schemas import Removed
from transforms import cues
from transforms.boilerplate import (
    STOPWORDS,
    LineModel,
    east_asian,
    ends_sentence,
    line_model,
    reads_like_prose,
    writes_without_spaces,
)
from transforms.dates import find_date, is_time_of_day, unglued
from transforms.layout import unwrap
from transforms.markup import (
    ICON_NAMES,
    IMAGE_LINE,
    plain_line,
    without_decoration,
    without_link_addresses,
)


@dataclass(frozen=True)
class Extracted:
    """An article's body and what was learnt or stripped from around it."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: dt.datetime | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)


@dataclass(frozen=True)
class MarkedLines:
    """Each line's verdict (None: body; else the kind removed) and what the head stated."""

    kinds: list[str | None]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: dt.datetime | None = None


PROMO_ITEMS = 8  # headlines a promo heading lists at the most
TEASER_WORDS = 5  # words of a headline teasing another story, at the least
TEASER_RUN = 3  # headlines that end a text with no closing line, at the least, to be teasers
MENU_RUN = 4  # short lines over the article, at the least, to be a pasted menu
CLOSING_MENU_ITEMS = 3  # labels no rule has marked in the run ending the text, to be a menu
EAST_ASIAN_HEADLINE_CHARS = (6, 60)  # a Chinese, Japanese or Korean headline's length
FOOTER_ITEMS = 2  # footer links left among the short lines ending a text, to take them all
HEADLINE_SENTENCE_WORDS = 14  # words of a headline made of sentences ("X is over. Y is not.")
HEAD_LINES = 12  # lines of a head at the most: widgets, headline, standfirst, bylines, datelines
CLOSING_LINES = 3  # lines after the text a signature, its date or a credit may take
GLUED_CHARS = 160  # a line a page copy may have run a date into: a byline's, not a paragraph
LABEL_LINES = 2  # section labels stacked over a headline at the most ("Sport", "Fußball")
CONTENTS_LINES = 15  # entries of an article's table of contents at the most
TABLE_ROWS = 3  # rows of a league table at the least
TOPIC_WORDS = 3  # words of a topic listed under a promo heading at the most
STRANDED_LINES = 2  # short lines left alone among the boilerplate ending a text, at the most
# Characters of a widget's or promo heading's line at the most: longer lines are text, and their
# cues (hundreds of alternatives each) are not tried.
WIDGET_CHARS = 400
FRONTED_ROLE_CHARS = 120  # characters of a bio's role before the author's name at the most
BUTTON_CHARS = 20  # a share button's name alone ("Facebook", "X.com", "LinkedIn")
BUTTON_WORDS = 30  # words of a button's or link's line at the most (the longest seen: 16)
# Function words no name holds, capitalised as a link's first word ("Zum Preisvergleich"): the
# stop words and German's preposition-article contractions.
NOT_NAMES = STOPWORDS | {"zum", "zur", "vom", "beim", "ins", "ans", "übers", "aufs"}


def clean_text(
    raw: str, find_title: bool = True, model: str = "text", known_authors: Sequence[str] = ()
) -> Extracted:
    """Split a plain-text article into its body and its metadata and boilerplate.

    Args:
        raw: the article as text, paragraphs on their own lines.
        find_title: take a leading headline line as the title (off when the title is known
            from elsewhere, as for HTML pages).
        model: the line model to use, "text" for articles and page dumps, "html" for the
            lines an HTML extractor left.
        known_authors: the authors known from elsewhere (a page's metadata), whose bio at the
            end goes like the bylined author's.
    """
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = unwrap([plain_line(line) for line in lines])  # Markdown's marks, odd spaces, wraps
    marked = mark_lines(lines, find_title, model, known_authors)
    removed = _group_removed(lines, marked.kinds)
    body = "\n".join(
        line.strip()
        for line, kind in zip(lines, marked.kinds, strict=True)
        if kind is None and line.strip()
    )
    return Extracted(
        text=body,
        title=marked.title,
        authors=marked.authors,
        published_at=marked.published_at,
        removed=[r for r in removed if r.kind != "title"],
    )


def mark_lines(
    lines: list[str],
    find_title: bool = True,
    model: str | None = "text",
    known_authors: Sequence[str] = (),
) -> MarkedLines:
    """Give every line a verdict: rules for what has a structure (bylines, threads, bios),
    then the line model (None: rules only, for comparison) for the rest."""
    kinds: list[str | None] = [None] * len(lines)
    # what the rules read: "👉 Lesen Sie auch: ...", "Share: Facebook (https://...)", a short
    # line's date run into a name ("By Jane DoeMarch 5, 2025"); the line model reads the links'
    # addresses, as it learnt from them
    undecorated = [without_decoration(line) for line in lines]
    lines = [without_link_addresses(line) for line in undecorated]
    lines = [unglued(line) if len(line) < GLUED_CHARS else line for line in lines]
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return MarkedLines(kinds)
    _mark_editor_notes(lines, content, kinds)
    _mark_delivery(lines, content, kinds)
    tail_start = _mark_comments(lines, content, kinds)
    if find_title:
        _mark_leading_menu(lines, content, kinds)
    head = _mark_head(lines, [i for i in content if kinds[i] is None], kinds, find_title)
    before_thread = [i for i in content if i < tail_start]
    _mark_contents(lines, before_thread, kinds)
    _mark_tables(lines, before_thread, kinds)
    _mark_cues(lines, before_thread, kinds)
    authors = head.authors + _mark_author_lines(lines, before_thread, kinds)
    _mark_box_under_credit(lines, before_thread, kinds)
    _mark_author_footnote(lines, before_thread, kinds)
    boxed = _mark_tail(lines, before_thread, kinds, [*authors, *known_authors])
    authors += boxed if not authors else []  # no byline: the author's box names the author
    authors += _mark_signature(lines, before_thread, kinds)
    _mark_closing_teasers(lines, before_thread, kinds)
    _mark_teaser_stamps(lines, before_thread, kinds)
    _mark_polls(lines, before_thread, kinds)
    _mark_counted_lists(lines, before_thread, kinds)
    _mark_button_stacks(lines, before_thread, kinds)
    if model is not None:
        _mark_by_model(undecorated, content, kinds, line_model(model))
    _mark_footer(lines, content, kinds)
    _mark_stranded(lines, content, kinds)
    _mark_closing_menu(lines, content, kinds)
    _mark_last_label(lines, content, kinds)
    published = head.published_at
    if published is None:
        first = next((i for i in content if kinds[i] is None), None)
        published = _lead_date(lines[first].strip()) if first is not None else None
    if published is None:
        published = _labelled_date(lines, content, kinds)
    return MarkedLines(kinds, head.title, list(dict.fromkeys(authors)), published)


def _labelled_date(
    lines: list[str], content: list[int], kinds: list[str | None]
) -> dt.datetime | None:
    """The date a labelled dateline or a dated byline gives away from the head ("Published 4
    March 2025" under a government page's text); a bare date there may be a teaser's, but not
    over the text's first paragraph (under a headline the head did not read: "News in brief" /
    "Around the county") nor right under its last one, where it dates the text."""
    for position, i in enumerate(content):
        if kinds[i] == "byline":
            # a dated byline or signature away from the head ("Posted on March 5, 2025 by
            # Jane Doe", "Jane Doe, 5 March 2025")
            line = lines[i].strip()
            dated = _dated_byline(line) or _parse_byline(line) or _dated_signature(line)
            if dated is not None and dated[1] is not None:
                return dated[1]
        if kinds[i] != "dateline":
            continue
        line, below = _with_next(lines, content, position)
        in_head = position < HEAD_LINES and not any(
            kinds[j] is None and reads_like_prose(lines[j].strip()) for j in content[:position]
        )
        if in_head or cues.DATE_PREFIX.match(line) or _closes_text(lines, content, kinds, position):
            found = _dateline(line)
            if found is None and position + 1 < len(content):
                # the label on its own line over the date ("Published" / "12 March 2025")
                found = _dateline(f"{line} {below}") if kinds[content[position + 1]] else None
            if found is not None:
                return found
    return None


def _closes_text(
    lines: list[str], content: list[int], kinds: list[str | None], position: int
) -> bool:
    """Whether the line at `position` stands right under the text's last paragraph, with no
    text after it, among the last lines (a teaser's date stands in a page's list of them)."""
    if (
        position == 0
        or position < len(content) - CLOSING_LINES
        or any(kinds[j] is None for j in content[position + 1 :])
    ):
        return False
    above = content[position - 1]
    return kinds[above] is None and reads_like_prose(lines[above].strip())


def _mark_polls(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark a poll set in the article: its heading, its question, its short answers, its
    buttons and count ("Poll" / "Should the city build a stadium?" / "Yes" / "No" / "Vote")."""
    for position, i in enumerate(content):
        line, below = _with_next(lines, content, position)
        # the question is the heading's line or the next: most lines need no pattern
        asks = line.endswith("?")
        if kinds[i] is not None or not (asks or below.endswith("?")):
            continue
        if not cues.POLL_HEADING.match(line):
            continue
        run, controls = [i], []
        for j in content[position + 1 : position + 1 + POLL_LINES]:
            below = lines[j].strip()
            if not asks and below.endswith("?") and len(below) < 200:
                asks = True
            elif asks and cues.POLL_CONTROL.match(below):
                controls.append(j)
            elif (
                asks
                and len(below) <= 40
                and not cues.SENTENCE_END.search(below)
                and not any(c.isdigit() for c in below)  # a result ("Merz: 32 Prozent") is news
            ):
                pass  # an answer
            else:
                break
            run.append(j)
        # the widget's buttons or count tell it from a survey's results the article reports
        answers = [j for j in run[1:] if j not in controls and not lines[j].strip().endswith("?")]
        if asks and len(answers) >= 2 and controls:
            for j in run:
                kinds[j] = kinds[j] or "boilerplate"


def _mark_contents(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark an article's table of contents: its heading and the entries that come back below
    as the article's subheadings ("Contents" / "What is changing?" / ... / "What is
    changing?")."""
    for position, i in enumerate(content):
        if not cues.CONTENTS_HEADING.match(lines[i].strip()):
            continue  # the heading may be read already, as a widget of the head
        run: list[int] = []
        for n in range(position + 1, min(len(content), position + 1 + CONTENTS_LINES)):
            entry = _CONTENTS_NUMBER.sub("", lines[content[n]].strip())
            # the same words again, later, as a heading of their own
            if len(entry) > 120 or not any(lines[k].strip() == entry for k in content[n + 1 :]):
                break
            run.append(content[n])
        if len(run) >= 2:
            for j in [i, *run]:
                kinds[j] = kinds[j] or "boilerplate"


def _mark_tables(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark a league table pasted with the article: TABLE_ROWS rows or more of a name and its
    figures, the short heading over them ("Premier League table") and the link under them."""
    run: list[int] = []  # positions in `content`
    for position in range(len(content) + 1):
        i = content[position] if position < len(content) else None
        if i is not None and kinds[i] is None and cues.TABLE_ROW.match(lines[i].strip()):
            run.append(position)
            continue
        if len(run) >= TABLE_ROWS:
            edges = [(run[0] - 1, 5)] if run[0] > 0 else []
            edges += [(run[-1] + 1, 3)] if run[-1] + 1 < len(content) else []
            for at, words in edges:
                j, edge = content[at], lines[content[at]].strip()
                if len(edge.split()) <= words and not cues.SENTENCE_END.search(edge):
                    kinds[j] = kinds[j] or "boilerplate"
            for at in run:
                kinds[content[at]] = "boilerplate"
        run = []


def _mark_author_footnote(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark the footnote a byline's asterisk points to, at the end ("Por Ana Costa*" ...
    "*Estagiária sob supervisão de Pedro Lima")."""
    if not any(kinds[i] == "byline" and lines[i].rstrip().endswith("*") for i in content):
        return
    for i in content[-FOOTNOTE_LINES:]:
        line = lines[i].strip()
        if kinds[i] is None and _AUTHOR_FOOTNOTE.match(line) and len(line) < 200:
            kinds[i] = "credit"


def _mark_delivery(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark what the way the text came added to it, before the head is read: a printed page's
    margins wherever its pages break (the first holds the page's title, not the headline), a
    forwarded e-mail's headers, the phone's or reading app's signature."""
    stripped = [lines[i].strip() for i in content]
    headers = [cues.MAIL_HEADER.match(line) is not None for line in stripped]
    for position, (i, line) in enumerate(zip(content, stripped, strict=True)):
        if kinds[i] is not None or len(line) >= 300:
            continue
        if cues.PRINT_MARGIN.match(line) or cues.SENT_WITH.match(line):
            kinds[i] = "boilerplate"
            continue
        forwarded = cues.FORWARDED_MARK.match(line) is not None
        if not (forwarded or headers[position]):
            continue
        end = position + forwarded
        while end < len(content) and headers[end]:
            end += 1
        block = stripped[position + forwarded : end]
        # "From:", "Date:", "Subject:": under a forwarded mark, or three in a row with a subject
        if forwarded or (len(block) >= MAIL_HEADERS and any(map(cues.MAIL_SUBJECT.match, block))):
            for j in content[position:end]:
                kinds[j] = "boilerplate"


def _mark_leading_menu(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark a page's menu pasted over the article: MENU_RUN short lines or more at the top
    ("Skip to content", "News", "Sport", ...), with prose close below them."""
    run = 0
    for i in content:
        line = lines[i].strip()
        # a menu's items are words: a list of amounts or results ("200 g flour") is an article's
        item = len(line) <= 30 and _is_label(line) and not any(c.isdigit() for c in line)
        if not (item or _is_widget(line) or cues.COOKIE_BANNER.match(line)):
            break
        if run and _parse_byline(line) is not None:
            run -= 1  # "By Ann Lee" is the article's, and so is the headline over it
            break
        run += 1
    below = content[run : run + 8]
    if run >= MENU_RUN and any(reads_like_prose(lines[i].strip()) for i in below):
        for i in content[:run]:
            kinds[i] = kinds[i] or ("share" if _is_widget(lines[i].strip()) else "boilerplate")


def _mark_footer(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark the page's footer menu after the article: in the run of boilerplate and short
    lines that ends the text, the items after its first boilerplate line or footer link, when
    FOOTER_ITEMS footer links ("Termos de uso", "Chi siamo"), marked or not, stand among them.

    The items before it stay: an article may end with its own list ("Key dates" ...)."""
    run = len(content)
    while run > 0:
        i = content[run - 1]
        line = lines[i].strip()
        if kinds[i] is None and (len(line) > 60 or cues.SENTENCE_END.search(line)):
            break
        run -= 1
    tail = content[run:]
    links = [cues.FOOTER_LINK.match(lines[i].strip()) is not None for i in tail]
    start = next((n for n, i in enumerate(tail) if kinds[i] is not None or links[n]), None)
    if start is None or sum(links[start:]) < FOOTER_ITEMS:
        return
    for i in tail[start:]:
        kinds[i] = kinds[i] or "boilerplate"


def _mark_stranded(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark the short lines left alone among the page's boilerplate that ends the text, after
    the article's last paragraph: menu items ("Service") between its lists and links, a post's
    two counters ("12" / "3") between its sign-off and its share button."""
    n = len(content) - 2
    while n > 0:
        if kinds[content[n]] is not None:
            n -= 1
            continue
        start = n  # the run of short unmarked lines ending at n begins after `start`
        while start > 0 and kinds[content[start]] is None and _is_label(lines[content[start]]):
            start -= 1
        if (
            start == n
            or n - start > STRANDED_LINES
            or kinds[content[start]] is None
            or kinds[content[n + 1]] is None
        ):
            return
        for i in content[start + 1 : n + 1]:
            kinds[i] = "boilerplate"
        n = start


def _mark_closing_menu(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark a menu of CLOSING_MENU_ITEMS labels or more ending the text ("Tabelle" / "Spielplan" /
    "Torschützen"): labels of a word or three, no figure among them, maybe among lines marked
    already. A list the article announces with a colon above it stays ("The winners:")."""
    run = len(content)
    while run > 0:
        i = content[run - 1]
        line = lines[i].strip()
        if kinds[i] is None and not _is_menu_item(line):
            break
        run -= 1
    items = [i for i in content[run:] if kinds[i] is None and not lines[i].strip().endswith(":")]
    above = lines[content[run - 1]].strip() if run > 0 else ""
    if len(items) < CLOSING_MENU_ITEMS or above.endswith(":"):
        return
    for i in items:
        kinds[i] = "boilerplate"


def _mark_last_label(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark a label left as the text's last line: a footer's link ("Impressum"), or a menu's
    item between the last paragraph and the page's furniture ("Zur Übersicht" over share
    buttons), no heading standing over nothing. Not a sign-off that ends the text ("Bis bald"),
    a credit that opens with a function word ("With Post wires"), nor a list's last item."""
    kept = [i for i in content if kinds[i] is None]
    if not kept:
        return
    line = lines[kept[-1]].strip()
    above = lines[kept[-2]].strip() if len(kept) > 1 else ""
    if cues.FOOTER_LINK.match(line) or (
        kept[-1] != content[-1]
        and _is_menu_item(line)
        and line.split()[0].casefold() not in STOPWORDS
        and reads_like_prose(above)
        and not above.endswith(":")
    ):
        kinds[kept[-1]] = "boilerplate"


def _is_menu_item(line: str) -> bool:
    """A label that may be a menu's link: not a figure, a field ("Director: Jane Roe"), a
    signature ("XX, Die Redaktion"), a wire's rule ("___") nor a person's name (a list of
    signatories ends a letter). Chinese, Japanese and Korean lines are no labels by their
    spaces: they write none between words."""
    if (
        not _is_label(line)
        or not any(c.isalpha() for c in line)
        or any(c in ":," or c.isdigit() for c in line)
        or east_asian(line)
    ):
        return False
    name = _person_name(line)
    return name is None or not all(map(_reads_as_name, name.split()))


def _runs_footer_links(line: str) -> bool:
    """Three of a footer's links or more run together, no sentence ("Über uns Abo Impressum AGB
    Datenschutz"): a page copy loses the separators between links."""
    return not cues.SENTENCE_END.search(line) and len(cues.FOOTER_TERM.findall(line)) >= 3


def _is_label(line: str) -> bool:
    """A line of three words at most without a sentence's end: a menu item, a section label."""
    return len(line.split()) <= 3 and not cues.SENTENCE_END.search(line.strip())


def _mark_head(
    lines: list[str], content: list[int], kinds: list[str | None], find_title: bool
) -> MarkedLines:
    """The head, up to the first body paragraph: headline, bylines, datelines and captions."""
    title: str | None = None
    headline = ""  # the title's line as printed, with its kicker ("Live: ...")
    authors: list[str] = []
    published: dt.datetime | None = None
    after_byline = False
    announced = False  # under an "Author" heading: names and their roles
    updated_first = False  # the date read so far is an update's ("Mis à jour le ...")
    for position, i in enumerate(content[:HEAD_LINES]):
        if kinds[i] is not None:
            continue
        line = lines[i].strip()
        if title is not None and cues.AUTHOR_HEADING.match(line):
            kinds[i] = "byline"
            announced = True
            continue
        if announced:
            name = _person_name(line)
            if name is not None and cues.could_be_a_name(name):
                kinds[i] = "byline"
                authors.append(name)
                continue
            if (
                kinds[content[position - 1]] == "byline"
                and _is_affiliation(line)
                and _dateline(line) is None
            ):
                kinds[i] = "bio"  # "Senior Lecturer in History, University of Leeds"
                continue
            announced = False
        if cues.ISSUED_BY.match(line):
            # the department or company a notice comes from ("From:" / "Home Office"): a
            # publisher, not an author
            kinds[i] = "byline"
            if line.endswith(":") and position + 1 < len(content):
                kinds[content[position + 1]] = "byline"
            continue
        dated = cues.PRESS_RELEASE_DATED.match(line)
        if dated and (issued := _dateline(line[dated.start(1) :])) is not None:
            kinds[i] = "dateline"  # "Pressemitteilung Nr. 45/2025 vom 12.03.2025"
            published = published or issued
            continue
        if cues.PRESS_RELEASE.match(line) or (title is not None and line in (title, headline)):
            # "Pressemitteilung" over the headline is not it; the headline printed twice
            # (the page's title, then its heading) is said once
            kinds[i] = "boilerplate"
            continue
        if after_byline and _is_post(line) and _dateline(_with_next(lines, content, position)[1]):
            kinds[i] = "bio"  # the author's post under the name, over the date
            continue
        filed = _newsroom_and_date(line)
        writers = _writers_credited(line, roles=True)
        if (
            filed is not None
            or writers
            or _is_newsroom(line)
            or cues.REPORTING_FROM.match(line)  # "Enviado especial a Kiev", with a byline or not
            or (after_byline and _is_job_title(line))
        ):
            kinds[i] = "byline"
            published = published or filed
            if not authors:  # under a byline, a name and agency credit a photo
                authors.extend(writers)
            continue
        # a blog post's meta line counts its comments ("June 5, 2025 by Jane Doe | 2 Comments")
        credited = cues.COMMENTS_TAIL.sub("", line)
        byline = (
            _parse_byline(credited)
            or _dated_byline(credited)
            or _name_and_date(credited)
            or _name_and_reading_time(credited)
        )
        if byline is None and (
            title is not None or not find_title or _over_dated_headline(lines, content, position)
        ):
            # under the headline, not it, or over the date over the headline
            byline = (
                _bare_byline(lines, content, position)
                or _name_and_affiliation(line)
                or _name_and_role(line)
            )
        if byline is None and position > 0 and kinds[content[position - 1]] == "title":
            byline = _name_over_lead(lines, content, position, kinds)
        after_byline = byline is not None
        if byline is not None:
            kinds[i] = "byline"
            authors.extend(name for name in byline[0] if name not in authors)
            published = published or byline[1]
            continue
        if _is_head_widget(line):
            kinds[i] = "share"  # a share row or reading time between headline and byline
            continue
        if (
            position > 0
            and kinds[content[position - 1]] == "dateline"
            and (name := _person_name(line)) is not None
            and cues.could_be_a_name(name)
        ):
            kinds[i] = "byline"  # a name alone under the dateline
            authors.append(name)
            continue
        if cues.PAYWALL.match(line) or (len(line) < 400 and cues.AFFILIATE.search(line)):
            # a paid tier's offer ("Want to listen? Subscribe"), a shop links' disclosure
            kinds[i] = "trailer"
            continue
        date = _dateline(line) or _wire_dateline(line)
        if date is not None:
            kinds[i] = "dateline"
            if published is None or updated_first:
                # an update stamp over the publication's line gives way to it
                published, updated_first = date, bool(cues.UPDATE_CLAUSE.match(line))
            continue
        if (
            _is_undated_dateline(line)
            or cues.SHOUTED_PLACE.match(line)
            or cues.WIRE_DATELINE.match(line)
        ):
            kinds[i] = "dateline"
            continue
        if cues.CAPTION.search(line) and len(line) < 400:
            kinds[i] = "caption"
            continue
        if (title is not None or not find_title) and _is_kicker(lines, content, position):
            kinds[i] = "boilerplate"  # a section label over the byline ("Opinion")
            continue
        if find_title and title is None and _labels_headline(lines, content, position):
            kinds[i] = "boilerplate"  # a section label over the headline ("Local News")
            continue
        if (
            find_title
            and title is None
            and position < len(content) - 1
            and (_looks_like_headline(line) or _stopped_headline(lines, content, position))
        ):
            if _teaser_over_headline(lines, content, position):
                kinds[i] = "promo"  # "LEGGI ANCHE" / a teaser / the headline / its byline
                continue
            if all(kinds[j] is not None for j in content[:position]):
                kinds[i] = "title"
                headline = line
                kicker = cues.TITLE_KICKER.match(line)  # "Opinion | ..."
                title = _without_masthead(line[kicker.end() :] if kicker else line)
                if kicker:
                    title = title[:1].upper() + title[1:]  # "Ao vivo: chuva forte ..."
                tag = cues.TITLE_MEDIA_TAG.search(title)
                title = title[: tag.start()] if tag else title
                continue
        if authors and kinds[content[position - 1]] == "byline" and _is_head_bio(line, authors):
            kinds[i] = "bio"  # who the author is, under the byline ("Jo Hart is a professor ...")
            continue
        below = _past_widgets(lines, content, position + 1)
        if (
            title is not None
            and kinds[content[position - 1]] == "title"
            and below < len(content)
            and not line.endswith(":")  # a lead announcing a list ("Die Termine:")
            and _byline_at(lines, content, below)
        ):
            # the standfirst under the headline stays; the byline under it (maybe after a
            # player or share row) is read
            continue
        break
    return MarkedLines(kinds, title, authors, published)


def _is_byline_or_dateline(line: str) -> bool:
    """Whether a head line is a byline (a newsroom's too), a dateline, or both in one."""
    return bool(line) and (
        any(
            parse(line) is not None
            for parse in (_parse_byline, _dateline, _dated_byline, _name_and_date, _wire_dateline)
        )
        or _is_newsroom(line)
        or _is_undated_dateline(line)  # "Atualizado há 5 minutos"
        or cues.WIRE_DATELINE.match(line) is not None  # "Madrid, 05 mar (EFE)"
    )


def _is_sentence(line: str) -> bool:
    """A sentence of four words or more, with its final stop."""
    return line.count(" ") >= 3 and ends_sentence(line)


def _reports_speech(line: str) -> bool:
    """Whether the line is a sentence that says whose words it reports, at its end (", the owner
    said.") or after the call it quotes ("Iscriviti alla newsletter, chiede il direttore ...")."""
    # Searched from near the end: a `$`-anchored search from the start tries every position.
    return _is_sentence(line) and (
        cues.REPORTED_SPEECH.search(line, max(0, len(line) - 100)) is not None
        or cues.ATTRIBUTED.search(line) is not None
    )


def _lists_files(lines: list[str], content: list[int], position: int) -> bool:
    """Whether the line under a heading links a file ("Plan (PDF, 2 MB)")."""
    below = _with_next(lines, content, position)[1]
    return len(below) < 200 and cues.FILE_LINK.search(below) is not None


def _is_newsroom(line: str) -> bool:
    """A byline naming a newsroom or an agency, maybe with its place or desk ("Redacción",
    "EFE Oviedo", "dpa/lno")."""
    return bool(
        cues.NEWSROOM.match(line)
        or (cues.OUTLET_WITH_AGENCY.match(line) and _parse_byline(line) is None)
        or cues.AGENCY_AND_PLACE.match(line)
        or _credits_organisation(line)
        or cues.OUR_CORRESPONDENT_LINE.match(line)
    )


def _writers_credited(line: str, roles: bool = False) -> list[str]:
    """The people a line credits without a byline's word: with the agency they wrote with or
    work at, or as the paper's guests ("Claire Dubois avec AFP", "Jane Doe, The Associated
    Press", "Jane Doe and John Roe | Special to the Herald"), and with `roles`, with their role
    ("Jane Doe | Staff Writer", "Jean Dupont, journaliste"); none for a paper's or a newsroom's
    name ("Berliner Zeitung mit dpa")."""
    tail = (
        cues.WITH_AGENCY_TAIL.search(line)
        or cues.AT_AGENCY_TAIL.search(line)
        or cues.SPECIAL_TO_TAIL.search(line)
    )
    role = _ROLE_AFTER.split(line, maxsplit=1) if roles and tail is None else []
    if tail is not None:
        written = line[: tail.start()].strip()
    elif len(role) == 2 and _is_job_title(role[1]):
        written = role[0]
    else:
        return []
    # a byline's word before ("Par Le Parisien avec AFP", "By Jane Doe, Staff Writer") is for
    # `_parse_byline` to read
    if cues.BYLINE.match(line):
        return []
    people = [_person_name(name) for name in cues.NAME_SPLIT.split(written)]
    if not all(
        person and cues.could_be_a_name(person) and not _is_masthead(person) for person in people
    ):
        return []
    return [person for person in people if person]


def _credits_organisation(line: str) -> bool:
    """A byline naming an organisation, no person ("by European Space Agency", "By University
    of Eastwood")."""
    # not a sentence opening with "By" ("By Tuesday the council had spoken with AP.")
    byline = cues.BYLINE.match(line) if len(line) <= 100 and not _is_sentence(line) else None
    return bool(
        byline and cues.ORGANISATION.search(byline.group("names")) and _parse_byline(line) is None
    )


def _mark_cues(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Anywhere in the body: promos, share and follow prompts, captions, credits, bylines."""
    # read once, where a heading first asks whether the article has ended above it
    article_end = functools.cache(lambda: _last_prose_at(lines, content))
    for position, i in enumerate(content):
        if kinds[i] is not None:
            continue
        line = lines[i].strip()
        if _reports_speech(line):
            continue  # "We use cookies from the bakery, the owner said.", "Síguenos, gritaban ..."
        if len(line) <= WIDGET_CHARS and (
            _opens_promo(line) or (cues.MORE_ON_TOPIC.match(line) and position >= article_end())
        ):
            kinds[i] = "promo"
        elif _is_widget(line):
            kinds[i] = "share"
            if cues.NEIGHBOUR_LINK.match(line):
                _mark_linked_headline(lines, content, position + 1, kinds)
        elif len(line) < 300 and cues.TAGS.match(line):
            kinds[i] = "tags"
        elif len(line) < 400 and cues.COMMENT_FORM.match(line):
            kinds[i] = "comments"
        elif (len(line) < 1000 and cues.DISCLAIMER.match(line)) or (  # a note by what it opens with
            len(line) < 400
            and (
                cues.PAYWALL.match(line)
                or cues.AFFILIATE.search(line)
                or cues.SHOP_BUTTON.match(line)
                or cues.VIEWS_NOTE.search(line)
                or cues.HEALTH_NOTE.search(line)
                # not a question put to readers ("Subscribe or pay with your data?")
                or (cues.SUBSCRIBE_CALL.match(line) and not line.endswith("?"))
                or cues.INBOX_DELIVERY.search(line)
                or (
                    len(line) < 100
                    and not cues.SENTENCE_END.search(line)
                    and cues.NEWSLETTER_PITCH.search(line)
                )
            )
        ):
            kinds[i] = "trailer"
        elif len(line) < 300 and (
            cues.NOTICE.search(line)
            or cues.SITE_NOTICE.search(line)
            or cues.IMPRINT.search(line)
            or cues.PIECE_NOTE.match(line)
            or cues.FEED_FOOTER.match(line)
            or cues.CONTACT.match(line)
            or cues.DISCLOSURE_HEADING.match(line)
        ):
            kinds[i] = "trailer"
        elif (
            (len(line) < 160 and cues.CLICK_HERE.match(line))
            or cues.GLUED_NEXT.match(line)
            or (line[-1:].isalpha() and cues.TEASER_COMMENT_COUNT.match(line))
            or (line.endswith(")") and cues.VIDEO_TEASER.match(line))
            or (len(line) < 140 and cues.KEY_EVENT.match(line))
            or (line.endswith("]") and cues.TAGGED_HEADLINE.match(line))
        ):
            kinds[i] = "promo"
        elif (
            (len(line) < 160 and cues.STATUS_MESSAGE.match(line))
            or cues.IMAGE_URL.match(line)
            or cues.LABELLED_URL.match(line)
            or IMAGE_LINE.match(line)
            or ("_" in line and ICON_NAMES.fullmatch(line))
            or (("-" in line or "_" in line) and cues.CLASS_NAME.match(line))
            or cues.SHARE_COUNT.match(line)
            or (len(line) < 200 and (cues.HOME_TRAIL.match(line) or _runs_menu_from_home(line)))
            or (line.startswith("[") and cues.SHORTCODE.match(line))
            or (len(line) < 200 and (cues.FOOTER_LINKS.match(line) or _runs_footer_links(line)))
            or (len(line) < 300 and cues.EMBED_CONSENT.search(line))
            or (len(line) < 1000 and cues.COOKIE_BANNER.match(line))  # a consent box's text
            or (len(line) < 400 and cues.ADBLOCK_PLEA.search(line))
            or (len(line) < 200 and cues.FILE_LINK.search(line))
            or cues.PRESS_RELEASE.match(line)
            or (
                len(line) < 100
                and (
                    cues.MARKET_WIDGET.match(line)
                    or cues.TICKER_MOVE.match(line)
                    or cues.FORECAST.match(line)
                )
            )
            or (cues.ATTACHMENTS.match(line) and _lists_files(lines, content, position))
            or cues.NAV_ARROW.match(line)
            or (len(line) < 160 and (cues.PAGER.match(line) or cues.MEDIA_LENGTH.match(line)))
            or (len(line) < 120 and cues.WIRE_CODE.search(line))
            or cues.END_MARK.match(line)  # a release's end ("ENDS", "-30-", "###")
            # a platform's divider or icons ("--", "* * *", "‹ › ×"); a wire's "___" is its
            # story's, as golds keep it, and a smiley ("=)") is a comment's
            or (len(line) <= 20 and not any(c.isalnum() or c in "_()" for c in line))
        ):
            kinds[i] = "boilerplate"
        elif (len(line) <= 40 or cues.DATE_PREFIX.match(line)) and (
            _dateline(line) is not None or _is_undated_dateline(line)
        ):
            kinds[i] = "dateline"
        elif (len(line) < 200 and cues.CREDIT.match(line)) or cues.WIRE_INITIALS.match(line):
            kinds[i] = "credit"
        elif len(line) < 300 and cues.AUTHOR_BOX.search(line[-120:]):  # at the line's end
            kinds[i] = "bio"
        elif (len(line) < 200 and cues.RIGHTS.search(line) and not reads_like_prose(line)) or (
            len(line) < 400 and cues.RIGHTS_OPENING.match(line)
        ):
            # In prose (a wire's closing rights sentence) it may belong to the story, and text
            # loss is worse than leftover junk; a line that opens with the notice is one.
            kinds[i] = "trailer"
        elif (
            len(line) < 300
            and not line.isupper()
            and (_SHOUTED_CREDIT.search(line) or cues.CAPTION_AGENCY.search(line))
        ):
            kinds[i] = "caption"  # "A fallen tree blocks a street. ÓSCAR CORRAL", "... EFE"
        elif len(line) < 80 and cues.STANDALONE_CREDIT.match(line):
            kinds[i] = "caption"  # "Jane Doe/NPR"
        elif len(line) <= 24 and cues.CAPTION_LABEL.match(line):
            # a caption's label alone ("Pie de foto,"), the caption on the line under it
            kinds[i] = "caption"
            below = content[position + 1] if position + 1 < len(content) else None
            if below is not None and kinds[below] is None and len(lines[below].strip()) < 300:
                kinds[below] = "caption"
        elif (
            len(line) < 300
            and (
                cues.CAPTION.search(line)
                or ("oto" in line[-60:] and cues.PHOTO_BY_NAME.search(line))
                or (
                    "/" in line[-60:]
                    and (cues.AGENCY_CREDIT.search(line) or cues.PERSON_CREDIT.search(line))
                )
            )
            and not cues.SENTENCE_END.search(line[:-1])
            and _parse_byline(line) is None  # "Par Jean Dupont (AFP)" signs the article
        ):
            kinds[i] = "caption"
    # After the other cues, so a share prompt below a list of headlines keeps its own kind.
    for position, i in enumerate(content):
        line = lines[i].strip()
        promo = (
            (cues.PROMO.match(line) or cues.MORE_ON_TOPIC.match(line))
            if kinds[i] == "promo"
            else None
        )
        if promo and position == 0 and _labels_headline(lines, content, position):
            kinds[i] = "boilerplate"  # a section's name over the headline ("Opinion")
        elif promo and not line[promo.end() :].strip():
            # under a colon or after the article, topics too ("Lees meer over:" / "Asiel" /
            # "Tweede Kamer"; "Mehr zum Thema" / "Blaulicht" at the end)
            topics = line.endswith(":") or position >= article_end()
            _mark_listed(
                lines,
                content[position + 1 :],
                kinds,
                "promo",
                _looks_like_listed_item if topics else _looks_like_listed_headline,
                announced=line.endswith(":") or bool(cues.RELATED_HEADING.search(line)),
            )
        elif kinds[i] == "tags" and not line.partition(":")[2].strip():
            _mark_listed(lines, content[position + 1 :], kinds, "tags", _looks_like_topic)
        elif (
            kinds[i] == "trailer"
            and (line.endswith(":") or position >= article_end())
            and not line.partition(":")[2].strip()
            and cues.CONTACT.match(line)
        ):
            # a press contact's name, address and number under its heading (a bare "Kontakt"
            # heads a box after the article, or is a menu's item above it)
            _mark_listed(lines, content[position + 1 :], kinds, "trailer", _looks_like_contact)
        elif kinds[i] == "share" and line.endswith("?"):
            # the answers' buttons under a question to readers ("Was this helpful?" Yes, No)
            for j in content[position + 1 : position + 3]:
                if kinds[j] is not None or not cues.YES_NO.match(lines[j].strip()):
                    break
                kinds[j] = "share"
        elif kinds[i] == "trailer":
            # A newsletter box's pitch over or under its sign-up line ("Get the top stories in
            # your inbox"): a sentence, so only next to the box's other line; the newsletter's
            # name over its pitch ("Morning Briefing" / "... delivered to your inbox"); an
            # author's statement under its disclosure heading.
            around = (position - 1, position + 1)
            for near in (content[k] for k in around if 0 <= k < len(content)):
                if kinds[near] is None and (
                    cues.NEWSLETTER_PITCH.search(lines[near])
                    or (
                        near < i
                        and _is_short_topic(lines[near].strip())
                        and cues.INBOX_DELIVERY.search(line)
                    )
                    or (near > i and cues.DISCLOSURE_HEADING.match(line) and len(lines[near]) < 400)
                ):
                    kinds[near] = "trailer"
        if kinds[i] in ("trailer", "share"):
            _mark_named_pitch(lines, content[position + 1 : position + 3], kinds)


def _mark_named_pitch(lines: list[str], named: list[int], kinds: list[str | None]) -> None:
    """Mark a newsletter's name and its pitch under the box's heading or button ("Newsletter" /
    "Le Figaro Politique" / "Tous les jours, recevez l'essentiel ...")."""
    if (
        len(named) == 2
        and all(kinds[j] is None for j in named)
        and _is_short_topic(lines[named[0]].strip())
        and cues.NEWSLETTER_PITCH.search(lines[named[1]])
    ):
        for j in named:
            kinds[j] = "trailer"


def _last_prose_at(lines: list[str], content: list[int]) -> int:
    """The position in `content` of the last line that reads like body prose (-1 for none):
    the article has ended above any line past it."""
    return next(
        (p for p in range(len(content) - 1, -1, -1) if reads_like_prose(lines[content[p]].strip())),
        -1,
    )


_BRACKETED_LINE = re.compile(r"^[\[(](.+)[\])]$")
# Words in capitals before a headline in sentence case ("À LIRE AUSSI Le conseil approuve ...").
_SHOUTED_LEAD = re.compile(r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’]*\s+){1,4}(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _opens_promo(line: str) -> bool:
    """A promo's heading, maybe with its headline ("Related: Bridge reopens"), in brackets or
    after a dash ("[READ: ...]", "— Related: ..."), or shouted before it with no colon ("À LIRE
    AUSSI Le conseil ..."), or more from a section ("Más de Economía"); not a sentence that
    opens with its words ("Related: the county approved the plan last week.")."""
    bracketed = _BRACKETED_LINE.match(line)
    line = bracketed.group(1) if bracketed else line.lstrip("—–- ")
    promo = cues.PROMO.match(line)
    if promo is None and (shouted := _SHOUTED_LEAD.match(line)):
        lead = shouted.group(0).rstrip()
        promo = cues.PROMO.match(lead)
        promo = promo if promo is not None and promo.end() == len(lead) else None
    rest = line[promo.end() :].lstrip(" :–—-") if promo else ""
    if promo is None and cues.MORE_FROM_SECTION.match(line):
        return True
    return promo is not None and not (rest[:1].islower() and _is_sentence(rest))


def _mark_linked_headline(
    lines: list[str], content: list[int], position: int, kinds: list[str | None]
) -> None:
    """Mark the headline under a link to the article before or after this one ("Articolo
    precedente" / "Roma, incendio in un deposito") as a promo; not prose, another button ("Next
    Post" twice) or a thread's count ("21 Comments")."""
    if position >= len(content) or kinds[content[position]] is not None:
        return
    headline = lines[content[position]].strip()
    if not (
        len(headline) >= 200
        or reads_like_prose(headline)
        or _is_widget(headline)
        or cues.COMMENTS_HEADER.match(headline)
    ):
        kinds[content[position]] = "promo"


def _is_widget(line: str) -> bool:
    """A page widget's words: share and follow prompts, buttons, ad markers, reading times."""
    return len(line) <= WIDGET_CHARS and bool(
        cues.SHARE.match(line)
        or cues.SHARE_BUTTONS.match(line)
        or (line.count(" ") < BUTTON_WORDS and cues.INTERFACE.match(line))
        or cues.FOLLOW.match(line)
        or cues.ADVERTISEMENT.match(line)
        or cues.CHANNEL_LINK.match(line)
        or cues.AUTHOR_FOLLOW.match(line)
    )


# The first word of a menu run into one line from its home link.
_HOME_WORDS = frozenset({"home", "start", "startseite", "homepage", "accueil", "inicio", "início"})
MENU_WORDS = 6  # a menu's items in a line at the least


def _runs_menu_from_home(line: str) -> bool:
    """A menu's items run into one line from its home link, each a capitalised word or two
    ("Home Aktuell Unfälle Newsflash Verkehr Feuerwehr"), no sentence nor a headline's function
    words ("Home Secretary Visits The Town Of Marsh End")."""
    words = line.split()
    return (
        len(words) >= MENU_WORDS
        and words[0].casefold() in _HOME_WORDS
        and sum(word[:1].isupper() for word in words) >= 0.8 * len(words)
        and not any(word.casefold() in STOPWORDS for word in words)
        and not cues.SENTENCE_END.search(line)
    )


# A widget's list of a blog's sections or months with the count of their posts ("Kesehatan
# (14)", "März 2024 (5)"), a few in a row; a year in brackets is a work's ("Der Pate (1972)").
_COUNTED_ITEM = re.compile(r"^[^\W\d][^()]{0,40} ?\((?!1[89]\d\d\)|20\d\d\))\d{1,5}\)$")
COUNTED_ITEMS = 3


def _mark_counted_lists(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark as tags each run of COUNTED_ITEMS lines or more that name a list and its count."""
    run: list[int] = []
    for i in [*content, None]:
        if i is not None and _COUNTED_ITEM.match(lines[i].strip()):
            run.append(i)
            continue
        if len(run) >= COUNTED_ITEMS:
            for item in run:
                kinds[item] = kinds[item] or "tags"
        run = []


def _mark_button_stacks(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Share buttons alone on their lines, one over another ("X.com" over "Facebook"): a row
    of buttons the page's text put one per line. Read last, so the runs of links the other
    passes know (a footer's, a topic list's) keep their kinds."""
    for position, i in enumerate(content):
        line = lines[i].strip()
        if kinds[i] is not None or " " in line or len(line) > BUTTON_CHARS:
            continue
        if any(
            0 <= near < len(content)
            and cues.SHARE_BUTTONS.match(f"{line} {lines[content[near]].strip()}") is not None
            for near in (position - 1, position + 1)
        ):
            kinds[i] = "share"


def _is_head_widget(line: str) -> bool:
    """A widget's words, an audio player's clock or length ("03:12", "4 min"), a platform's
    counters ("1.2K"), a stock's ticker and move ("ACME", "+1.20%") or a lone separator, in the
    head; or a row of them with the post's age ("• 3mo • 4 min read")."""
    if (
        _is_widget(line)
        or _PLAYER_CLOCK.match(line)
        or _HEAD_COUNTER.match(line)
        or not any(c.isalnum() for c in line)
    ):
        return True
    pieces = [piece.strip() for piece in _WIDGET_ROW_SPLIT.split(line) if piece.strip()]
    return len(pieces) > 1 and all(
        _is_head_widget(piece) or _COMPACT_AGE.match(piece) for piece in pieces
    )


def _past_widgets(lines: list[str], content: list[int], position: int) -> int:
    """The position of the first line at or after `position` that is no head widget, paid
    tier's offer or photo caption."""
    while position < len(content) and _is_head_furniture(lines[content[position]].strip()):
        position += 1
    return position


def _is_head_furniture(line: str) -> bool:
    return bool(
        _is_head_widget(line)
        or cues.PAYWALL.match(line)
        or (len(line) < 400 and cues.CAPTION.search(line))
    )


def _is_affiliation(line: str) -> bool:
    """A short line saying who a named author is: a role, a post, a place of work."""
    return len(line) <= 120 and len(line.split()) <= 14 and not cues.SENTENCE_END.search(line)


def _is_post(line: str) -> bool:
    """The post an author holds, under the name ("Head of People at Acme Logistics"): a short
    line of three words or more, neither a date nor a date's label."""
    return (
        _is_affiliation(line)
        and len(line.split()) >= 3
        and _dateline(line) is None
        and not cues.DATE_PREFIX.match(line)
        and not _is_undated_dateline(line)
    )


def _is_job_title(line: str) -> bool:
    """A journalist's role or desk on its own line ("Political correspondent", "Metro
    News, Leeds")."""
    return len(line) <= 60 and bool(
        cues.JOB_TITLE.match(line)
        or _DESK_LINE.match(line)
        or (len(line.split()) <= 4 and cues.ROLE_WORD.match(line))  # "Redakteurin Lokales"
    )


def _mark_listed(
    lines: list[str],
    rest: list[int],
    kinds: list[str | None],
    kind: str,
    is_item: Callable[[str], bool],
    announced: bool = False,
) -> None:
    """Mark as `kind` the items a bare heading lists: headlines under a promo heading ("Read
    more", "Mehr zum Thema"), topics under a tags heading ("Archivado en:", "Related Topics").

    Items follow it, up to PROMO_ITEMS; a short one that a body paragraph follows is the
    article's own subheading, so it and what follows it stay, unless it is the one item of a
    heading that `announced` a list with its colon or its words ("More news:", "Lesen Sie
    auch"; a bare "Read more" may be a button).
    """
    items: list[int] = []
    ranks: list[int] = []
    for i in rest[:PROMO_ITEMS]:
        line = lines[i].strip()
        if kinds[i] == kind or kinds[i] == "share":
            # an item a cue has named already ("Newsletter" among a footer's links), a button
            # or a link to the whole list among them ("Alle Kochbücher")
            continue
        if kind == "promo" and _RANK.match(line):
            ranks.append(i)  # "1", "2": a most-read list's ranks, on lines of their own
            continue
        if kinds[i] is not None or not is_item(line):
            # A teaser's headline is longer than a subheading ("What happens next").
            last = lines[items[-1]].split() if items else []
            if (
                kinds[i] is None
                and reads_like_prose(line)
                and not cues.BIO.match(line)  # the author's bio ends the article
                and 0 < len(last) < TEASER_WORDS
                and not (announced and len(items) == 1)
            ):
                items.pop()
            break
        items.append(i)
    for i in items:
        kinds[i] = kind
    for i in ranks:
        if items and i < items[-1]:
            kinds[i] = kind


def _looks_like_listed_headline(line: str) -> bool:
    """A headline in a list, maybe numbered or bulleted ("1. Storm closes bridge")."""
    return _looks_like_headline(cues.LIST_MARK.sub("", line, count=1))


def _looks_like_contact(line: str) -> bool:
    return len(line) <= 80 and not reads_like_prose(line)


def _looks_like_listed_item(line: str) -> bool:
    """A headline or a topic of a few words in a list a heading announced with its colon."""
    return _looks_like_listed_headline(line) or _is_short_topic(line)


def _looks_like_topic(line: str) -> bool:
    return len(line) <= 40 and not cues.SENTENCE_END.search(line)


def _is_short_topic(line: str) -> bool:
    """A topic or a name of TOPIC_WORDS words at the most ("Asiel", "Le Figaro Politique")."""
    return _looks_like_topic(line) and len(line.split()) <= TOPIC_WORDS


def _mark_author_lines(lines: list[str], content: list[int], kinds: list[str | None]) -> list[str]:
    """Mark "Author: Jane Doe" lines and dated bylines ("By Jo Hart | June 7, 2017") wherever
    they stand; return the names they give."""
    names: list[str] = []
    # the last lines are left to the signature and the author's box, which take their names
    last = [i for i in content if kinds[i] is None][-3:]
    for i in content:
        line = lines[i].strip()
        if kinds[i] == "credit" and cues.REPORTERS_CREDIT.match(line):
            # a wire's closing credit names the reporters ("(Reporting by Ann Lee; Editing by
            # Bo Chan)"), not the editors
            credit = _parse_byline(line.strip("()").split(";")[0].strip())
            names += credit[0] if credit is not None else []
            continue
        if kinds[i] is not None:
            continue
        dated = _dated_byline(line) if line[:1].isalnum() and len(line) < 120 else None
        if dated is not None:  # "Monday November 18, 2019 7:45 am PST by Joe Rossignol"
            kinds[i] = "byline"
            names += dated[0]
            continue
        if not cues.BYLINE.match(line):
            continue
        byline = _parse_byline(line)
        if byline is not None and (byline[1] is not None or cues.AUTHOR_LABEL.match(line)):
            kinds[i] = "byline"
            names += byline[0]
        elif byline is not None and len(line) < 60 and (i not in last or _aged(lines, content, i)):
            # "By Sean Martin" alone away from the head, or over a teaser's age: a byline,
            # maybe of a teaser, so its name is not taken for the article's
            kinds[i] = "byline"
    return names


def _mark_box_under_credit(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark the author's bio in the box a closing credit opens ("Written by Jane Doe" / "12
    Followers" / "Community organiser. Writing about food."): the short lines after a credit
    that closes most of the text, up to the first line that is no sentence."""
    credit = next(
        (
            position
            for position in range(len(content) - 1, 0, -1)
            if kinds[content[position]] == "byline"
            and cues.AUTHOR_LABEL.match(lines[content[position]].strip())
        ),
        None,
    )
    if credit is None or sum(kinds[i] is None for i in content[:credit]) < 2:
        return
    if sum(len(lines[i]) for i in content[:credit]) < sum(len(lines[i]) for i in content[credit:]):
        return  # a credit over most of the text opens no box under the article
    after = [i for i in content[credit + 1 :] if kinds[i] is None]
    if any(len(lines[i].strip()) >= 200 for i in after):
        return  # a paragraph after it: the credit does not close the article
    byline = _parse_byline(lines[content[credit]].strip())
    surnames = {name.split()[-1] for name in byline[0]} if byline else set()
    for i in after:
        line = lines[i].strip()
        if not ends_sentence(line):
            return  # a bio is sentences; a menu's item or a teaser's heading is not
        if len(line) >= 80 and not (
            set(line.split()) & surnames
            or cues.BIO_PRONOUN.match(line)
            or cues.ROLE_WORD.search(line)
        ):
            return  # the story going on ("The final vote is expected next month ...")
        kinds[i] = "bio"


def _mark_by_model(
    lines: list[str], content: list[int], kinds: list[str | None], model: LineModel
) -> None:
    """Mark the lines the line model holds boilerplate (a prose-like line needs more certainty;
    a wire story's lead, "CITY (AP) — ...", and a line that goes on with the sentence of a kept
    line above it, "It only goes," / "and we follow.", are never cut)."""
    verdicts = model.is_boilerplate([lines[i].strip() for i in content])
    above = ""  # the last kept line
    for i, boilerplate in zip(content, verdicts, strict=True):
        line = lines[i].strip()
        if (
            kinds[i] is None
            and boilerplate
            and not cues.WIRE_LEAD.match(line)
            and not (line[:1].islower() and above.endswith((",", ";", "–", "—")))
        ):
            kinds[i] = _kind_of(line)
        above = line if kinds[i] is None else above


def _kind_of(line: str) -> str:
    """Name what a boilerplate line is, where a cue says; else plain `boilerplate`."""
    if cues.PROMO.match(line):
        return "promo"
    if cues.TRAILER.search(line):
        return "trailer"
    if cues.CAPTION.search(line):
        return "caption"
    return "boilerplate"


def _mark_editor_notes(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark an editor's preface: a bracketed block (up to its `]`) or one flagged paragraph."""
    for position, i in enumerate(content):
        if not cues.EDITOR_NOTE.match(lines[i].strip()):
            continue
        kinds[i] = "editor_note"
        if lines[i].lstrip().startswith("[") and not lines[i].rstrip().endswith("]"):
            for j in content[position + 1 : position + 40]:
                kinds[j] = "editor_note"
                if lines[j].rstrip().endswith("]"):
                    break
            else:
                # No closing bracket in sight: only the first paragraph is the note.
                for j in content[position + 1 : position + 40]:
                    kinds[j] = None


def _mark_comments(lines: list[str], content: list[int], kinds: list[str | None]) -> int:
    """Mark the reader-comment thread at the end; return the line where it starts."""
    start = len(lines)
    # Past the first third of the lines or of the text, whichever comes first: a long thread
    # of short comments under a short article starts early by lines, late by characters.
    sizes = [len(lines[i]) for i in content]
    third, total = sum(sizes) / 3, 0
    by_text = next((n for n, size in enumerate(sizes) if (total := total + size) > third), 0)
    first = min(len(content) // 3, by_text) if len(content) > 3 else 0
    for position in range(first, len(content)):
        i = content[position]
        line = lines[i].strip()
        # What follows is sliced only where a cue matched: a page dump has thousands of lines.
        if cues.COMMENTS_HEADER.match(line):
            if _opens_thread(lines, line, content[position + 1 :]):
                start = i
                break
            if _calls_to_talk(line) or _counts_comments(line):
                # over prose, not a thread ("Join the discussion"), or a count of none
                # ("Kommentare (0)"): alone
                kinds[i] = "comments"
        if _is_comment_author(line):
            rest = content[position + 1 :]
            if len(rest) <= 3 or any(_is_comment_author(lines[j].strip()) for j in rest):
                start = i
                break
        if _signs_a_comment(line) and _signed_thread(lines, content[position + 1 : position + 13]):
            start = i
            break
        numbered = cues.NUMBERED.match(line)
        if numbered and numbered.group("n") == "1" and _is_comment_list(lines, content[position:]):
            start = i
            break
    for i in content:
        if i >= start:
            kinds[i] = "comments"
    return start


def _signs_a_comment(line: str) -> bool:
    """A comment's signature line: who and how long ago ("Jean-Pierre D. · il y a 2 heures"), or
    a numbered comment's stamp ("#1 — jdoe — March 5, 2025 at 3:10 pm")."""
    stamp = cues.NUMBERED_COMMENT_STAMP.match(line)
    if stamp is not None:
        when = find_date(stamp.group("when"))
        return when is not None and when.when.time() != dt.time(0)
    return len(line) <= 100 and cues.COMMENT_SIGNATURE.match(_INITIAL.sub(r"\1", line)) is not None


def _signed_thread(lines: list[str], below: list[int]) -> bool:
    """Whether the lines under a comment's signature go on as a thread: another signature, and
    for a signature without a number, a reply or report button as well (a live blog's posts
    are signed too)."""
    texts = [lines[j].strip() for j in below]
    signed = [_signs_a_comment(text) for text in texts]
    first = next((text for text, sign in zip(texts, signed, strict=True) if sign), None)
    if first is None:
        return False
    return bool(cues.NUMBERED_COMMENT_STAMP.match(first)) or any(
        cues.COMMENT_MARKER.match(text) and not sign
        for text, sign in zip(texts, signed, strict=True)
    )


def _opens_thread(lines: list[str], header: str, rest: list[int]) -> bool:
    """Whether a comment heading opens a thread, not a subheading, a counter or a link.

    A thread shows itself in what follows: reply buttons, relative times, "X says:" author
    lines, or stamped comments ("Ben 19. Juni 2018 um 15:28"). "0 comments" opens nothing, and
    a heading with a line or two after it opens the little that is left (one that counts or
    names the comments, "3 Comments", "Kommentare", always; a call to talk, "Have your say",
    only over what is not the article's prose), and one over a "1" opens numbered comments.
    """
    if re.search(r"(?<![\d.,])0(?![\d.,])", header):
        return False
    if len(rest) <= 2:
        # "Reactions" or "Have your say" may stand over the article's last paragraphs, in a
        # page copy as in a box between them: the prose under it stays, unless a thread's
        # marks stand among it
        subheading = _is_subheading_word(header)
        return (
            any(character.isdigit() for character in header)
            or (not subheading and (not rest or cues.NAMES_COMMENTS.search(header) is not None))
            or not all(reads_like_prose(lines[j].strip()) for j in rest)
            or any(_marks_a_comment(lines[j].strip()) for j in rest)
        )
    if len(rest) > 3 and _first_commenter(lines[rest[0]].strip()):
        return True  # numbered comments: "1" or "1. Manuel G.", the comment, "2", ...
    return any(_marks_a_comment(lines[j].strip()) for j in rest[:8])


def _calls_to_talk(header: str) -> bool:
    """A comment heading that calls readers to talk ("Have your say", "Join the discussion"),
    not one that names or counts the comments ("Kommentare", "3 Comments", also an opinion
    piece's label) nor a subheading ("Reactions")."""
    return (
        not _is_subheading_word(header)
        and cues.NAMES_COMMENTS.search(header) is None
        and not any(character.isdigit() for character in header)
    )


def _counts_comments(header: str) -> bool:
    """A comment heading that counts them ("Kommentare (0)", "3 Comments"), no sentence."""
    return any(c.isdigit() for c in header) and not cues.SENTENCE_END.search(header)


def _is_subheading_word(header: str) -> bool:
    """A comment heading that is also an article's subheading ("Reactions", "Diskussion")."""
    return header.strip(" :").casefold() in _SUBHEADING_WORDS


def _marks_a_comment(line: str) -> bool:
    """A line that sits between comments: a button, a relative time, an author or a stamp."""
    plain = _INITIAL.sub(r"\1", line)  # "Ana G. · hace 2 horas"
    if (
        cues.COMMENT_MARKER.match(plain)
        or _is_comment_author(plain)
        or cues.COMMENT_FORM.match(line)  # "To comment, you must be a subscriber"
    ):
        return True
    stamp = find_date(line) if len(line) <= 100 else None
    if stamp is not None and stamp.when.time() != dt.time(0):
        return True
    # a commenter's name and the day, after a dot or bar ("Tobsen · April 19, 2019")
    signed = _SIGNED_DAY.match(line) if stamp is not None else None
    return signed is not None and _dateline(signed.group("when")) is not None


def _is_comment_author(line: str) -> bool:
    """A comment's author line: "John Smith says:", "jdoe on May 3, 2017 at 9:12 said:".

    What comes before the verb must be a name or handle, so "In a statement, the company
    said:" introducing a quote is not one.
    """
    # A numbered comment ("1. Gary T. wrote:"): its number and the author's initials aside.
    line = _INITIAL.sub(r"\1", cues.LIST_MARK.sub("", line, count=1))
    stamped = _STAMPED_COMMENT.match(line)
    if stamped:  # "Anna K. (13 May 2024, 10:12): About time ..."
        when = find_date(stamped.group("when"))
        return when is not None and when.when.time() != dt.time(0)
    match = cues.COMMENT_AUTHOR.match(line)
    if not match:
        return False
    who = re.split(r"\s+(?:on|am|le|el|il|em|at)\s+", line[: line.rfind(" ")].strip())[0]
    words = who.split()
    return 1 <= len(words) <= 4 and (
        len(words) == 1 or all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


_INITIAL = re.compile(r"\b([A-ZÀ-Þ])\.")
# Under a bio's heading, the name it opens with before its verb ("Thomas Berg schreibt seit ...").
_HEADED_BIO_NAME = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+(?:[A-ZÀ-Þ][\w’'-]+|von|van|de|da|di|del|der)){1,3})"
    r"(?:,[^,]{1,40},)?\s+[a-zà-ÿ]"
)
_SIGNED_DAY = re.compile(r"^[^\W\d_][^\d·|•]{0,40}?\s+[·|•]\s+(?P<when>.{6,40})$")
_AUTHOR_FOOTNOTE = re.compile(r"^\*+[^\W\d_]")
FOOTNOTE_LINES = 4  # of the text's last lines, where a byline's footnote stands
POLL_LINES = 10  # a poll's question, answers and buttons
# Titles before a name, academic, clerical or political ("Dr. Jane Roe", "Sen. Jane Roe"): a
# byline's are taken off its name (and professional ones: "Rechtsanwalt Jan Roth"), and a bio
# may name its author with one.
_TITLES = ("Prof", "Dr", "Dra", "Dott", "Rev", "Fr", "Sen", "Rep", "Gov")
_ACADEMIC_TITLES = re.compile(
    rf"^(?:(?:{'|'.join(_TITLES)}|PD|Mag|Ing|Dipl\.-Ing|Revd|Sr|Avv|Abog|Lic|RA|RAin|"
    r"Rechtsanwalt|Rechtsanwältin|Notar|Notarin|Steuerberater|Steuerberaterin)\.?\s+)+(?=[A-ZÀ-Þ])"
)
# A comment signed with its time in brackets before its text ("Tom B (13 May 2024, 11:40): ...").
_STAMPED_COMMENT = re.compile(r"^[\w@][\w@' -]{0,38}\s*\((?P<when>[^)]{6,40})\)\s*:\s*\S")


def _first_commenter(line: str) -> bool:
    """The first of numbered comments, alone or with its author ("1", "1. Manuel G.")."""
    if line.strip(" .") == "1":
        return True
    numbered = cues.NUMBERED.match(line)
    name = line[numbered.end("n") :].strip(" .)") if numbered else ""
    return (
        numbered is not None
        and numbered.group("n") == "1"
        and 0 < len(name.split()) <= 3
        and not cues.SENTENCE_END.search(line.rstrip("."))
    )


def _is_comment_list(lines: list[str], rest: list[int]) -> bool:
    """Tell a numbered reader thread (long items, running to the end) from a list in the body."""
    expected, items, sizes, words = 1, 0, [], []
    for i in rest:
        match = cues.NUMBERED.match(lines[i])
        if match and int(match.group("n")) == expected:
            expected, items = expected + 1, items + 1
            sizes.append(len(lines[i].strip()))
        elif match or not lines[i].startswith((" ", "\t")):
            if items and not lines[i].startswith((" ", "\t")) and not match:
                return False
            continue
        else:
            sizes[-1] += len(lines[i].strip())
        words += lines[i].split()
    # Comments are prose; a numbered table of results or names is mostly figures and capitals.
    prose = sum(w.isalpha() and w.islower() for w in words) / max(1, len(words))
    return items >= 2 and sum(sizes) / len(sizes) >= 100 and prose >= 0.5


def _mark_tail(
    lines: list[str], content: list[int], kinds: list[str | None], authors: list[str]
) -> list[str]:
    """Mark trailers (store, newsletter, copyright) and the author's bio after the body: a
    journalist's by its job title, anyone's by the name the byline gave; return the name an
    author's box under its heading gives ("Über den Autor" over "Anna Weber ist ...")."""
    body = [i for i in content if kinds[i] is None]
    for i in reversed(body):
        line = lines[i].strip()
        if (
            len(line.split()) <= 12
            and (
                cues.TRAILER_STRONG.search(line)
                or (cues.TRAILER.search(line) and not cues.SENTENCE_END.search(line))
            )
            # the story's: a call it says who made ("Assine ..., pediu ..."), or asks about
            and not (_reports_speech(line) or (_is_sentence(line) and line.endswith("?")))
        ):
            kinds[i] = "trailer"
        elif (
            cues.SHARE.match(line)
            or _opens_promo(line)
            or (
                len(line) < 60 and not cues.SENTENCE_END.search(line) and cues.TAIL_LINK.match(line)
            )
        ):
            kinds[i] = kinds[i] or "promo"
        else:
            break
    body = [i for i in content if kinds[i] is None]
    if len(body) < 3:
        return []
    # The last third of the article, not counting the short lines ending the page ("SOURCE
    # Acme", a link) that no rule has marked yet.
    text_end = len(body)
    while (
        text_end > 1
        and len(lines[body[text_end - 1]].strip()) < 60
        and not reads_like_prose(lines[body[text_end - 1]].strip())
    ):
        text_end -= 1
    for position in range(max(1, text_end * 2 // 3), len(body)):
        i = body[position]
        about = cues.ABOUT_HEADING.match(lines[i].strip())
        if (
            about
            and position + 1 < len(body)
            and not any(reads_like_prose(lines[j].strip()) for j in body[position + 2 :])
        ):
            # A press release's company profile under "About <Company>", its last paragraph.
            profile = body[position + 1]
            if about.group("name") in lines[profile].strip()[:80]:  # "Die Acme GmbH ..."
                kinds[i] = kinds[profile] = "trailer"
                return []
        label = cues.BIO_HEADING.match(lines[i].strip())
        named = cues.NAMED_BIO_HEADING.match(lines[i].strip()) if not label else None
        if named and named.group("name") in authors:
            label = named  # "Über Anna Weber: Sie leitet ..." under her byline
        bio_text = lines[i].strip()[label.end() :] if label else ""
        if bio_text:  # "About the author: Jo Hart is ..."
            kinds[i] = "bio"
            _mark_bio_run(lines, body[position + 1 :], " ".join(bio_text.split()[:2]), kinds)
            return _bio_subject(bio_text)
        if label and not bio_text and position + 1 == len(body):
            kinds[i] = "bio"  # the box's heading, last: its bio was a widget the text lost
            return []
        if label and position + 1 < len(body) and _opens_bio(lines[body[position + 1]].strip()):
            # An author box: its heading, the bio under it and what goes on about the person.
            bio = body[position + 1]
            kinds[i] = kinds[bio] = "bio"
            name = _person_name(lines[bio].strip())
            if name is not None and position + 2 < len(body):
                # the name on a line of its own, the bio under it ("Sobre la firma" / "María
                # López" / "Periodista de la sección de Economía ...")
                kinds[body[position + 2]] = "bio"
                _mark_bio_run(lines, body[position + 3 :], " ".join(name.split()[:2]), kinds)
                return [name] if cues.could_be_a_name(name) else []
            _mark_bio_run(lines, body[position + 2 :], " ".join(lines[bio].split()[:2]), kinds)
            return _bio_subject(lines[bio].strip())
        told = lines[i].strip().lstrip("*")  # a bio under a footnote's star ("*Jo Hart ist ...")
        match = cues.BIO.match(told)
        name = match.group("name") if match else _author_in_bio(told, authors)
        if name is None and (cues.AUTHOR_BIO.match(told) or cues.NAMED_AUTHOR_BIO.match(told)):
            name = ""  # by role: "Der Autor ist freier Journalist ..."
        if name is None:
            continue
        previous = lines[body[position - 1]].strip()
        if previous == name or (
            len(previous.split()) <= 4
            and cues.NAME.match(previous)
            and not cues.SENTENCE_END.search(previous)
            and set(previous.split()) & set(name.split())
        ):
            kinds[body[position - 1]] = "bio"
        kinds[i] = "bio"
        _mark_bio_run(lines, body[position + 1 :], name, kinds)
        # a journalist's bio names the author where no byline does; another bio without its
        # heading may tell of whoever posted the piece
        person = _person_name(name) if match else None
        return [person] if person is not None and cues.could_be_a_name(person) else []
    for i in body[-2:]:
        if cues.BIO_FOLLOW.match(lines[i].strip()):
            kinds[i] = "bio"
    return []


_NAME_FIRST = re.compile(r"([A-ZÀ-Þ][\w'’-]+)\s+[A-ZÀ-Þ][\w'’-]+")


def _opens_bio(line: str) -> bool:
    """Whether a line under an author box's heading can be the bio: the person's name (or
    handle) alone, a name, a pronoun, a greeting or a bio's words first, not the article going
    on ("The final vote is ...")."""
    opening = _NAME_FIRST.match(line)
    return bool(
        (len(line.split()) <= 6 and not cues.SENTENCE_END.search(line))
        or cues.AUTHOR_BIO.match(line)
        or cues.NAMED_AUTHOR_BIO.match(line)
        or line.split(maxsplit=1)[0].lower().strip("!,.") in cues.BIO_OPENERS
        or (
            opening
            and opening.group(1) not in cues.DETERMINERS
            and cues.could_be_a_name(opening.group())
        )
    )


def _bio_subject(bio: str) -> list[str]:
    """The person a bio under an author box's heading is about ("Anna Weber ist Redakteurin")."""
    match = cues.BIO.match(bio) or _HEADED_BIO_NAME.match(bio)
    name = _person_name(match.group("name")) if match else None
    return [name] if name is not None and cues.could_be_a_name(name) else []


def _mark_signature(lines: list[str], content: list[int], kinds: list[str | None]) -> list[str]:
    """Mark the author's name signed under the last paragraph, maybe with a place or role
    ("Camille Moreau (Lyon)", "— ANNA WEBER"), as a byline; return the name."""
    body = [i for i in content if kinds[i] is None]
    if len(body) < 2:
        return []
    last = content[-1]
    if kinds[last] in (None, "dateline") and (signed := _dated_signature(lines[last].strip())):
        kinds[last] = "byline"  # its date is read with the other bylines' (`_labelled_date`)
        return signed[0]
    box = _author_box(lines, body[-3:])
    if box:
        kinds[box[0]] = "byline"
        for i in box[1:]:
            kinds[i] = "bio"
        name = _person_name(lines[box[0]].strip())
        body = [i for i in body if i not in box]
        return ([name] if name is not None else []) + _signed_name(lines, content, body, kinds)
    return _signed_name(lines, content, body, kinds)


def _aged(lines: list[str], content: list[int], i: int) -> bool:
    """Whether the line under line `i` says how long ago something was posted ("5 hours ago")."""
    at = content.index(i) + 1
    below = lines[content[at]].strip() if at < len(content) else ""
    return len(below) < 40 and cues.RELATIVE_DAY.match(below) is not None


def _dated_signature(line: str) -> tuple[list[str], dt.datetime] | None:
    """A person's name and a date signed under the text, maybe in brackets ("Jane Doe, 5 March
    2025", "(Anna Weber, 05.03.2025)"); a place and a date is a dateline ("Berlin, 5. März")."""
    found = _name_and_date(line.removeprefix("(").removesuffix(")"))
    return found if found and all(cues.could_be_a_name(name) for name in found[0]) else None


def _signed_name(
    lines: list[str], content: list[int], body: list[int], kinds: list[str | None]
) -> list[str]:
    """The name signed under the last body line, marked as a byline ("— ANNA WEBER")."""
    if not body:
        return []
    last = lines[body[-1]].strip()
    writers = _writers_credited(last)
    if writers or _is_newsroom(last):
        kinds[body[-1]] = "byline"  # "Die Redaktion", "Jane Doe | Special to the Herald"
        return writers
    if len(body) > 2 and _is_newsroom(lines[body[-2]].strip()) and _is_affiliation(last):
        kinds[body[-2]] = kinds[body[-1]] = "byline"  # "Ufficio Stampa" over its town hall
        return []
    name_part, comma, sources = last.partition(", ")
    # a name signing with the agencies it drew on ("Lukas Brandt, mit Material von dpa")
    credited = (
        bool(comma) and len(name_part.split()) <= 4 and cues.CREDIT.match(sources) is not None
    )
    if (len(body) < 4 and not credited) or cues.COMMENT_FORM.match(last):
        return []  # a short text may end on a name; "Keine Kommentare" names nobody
    if credited:
        # "-- Sarah Lee, Reuters", "Von Anna Weber, dpa"
        signer = name_part.lstrip("-–—* ")
        byline = _parse_byline(signer)
        names = byline[0] if byline else [name for name in [_person_name(signer)] if name]
        if not names or not all(cues.could_be_a_name(name) for name in names):
            kinds[body[-1]] = "credit"  # "Berlin, mit Material von dpa"
            return []
        kinds[body[-1]] = "byline"
        return names
    byline = _parse_byline(last)
    if byline is not None:
        kinds[body[-1]] = "byline"  # "Written by Sam Okafor"
        # not a teaser's, its age under it ("By Ana Ruiz" / "5 hours ago")
        return [] if _aged(lines, content, body[-1]) else byline[0]
    previous = content[content.index(body[-1]) - 1]
    if kinds[previous] is not None:
        return []  # a name among the page's links ("Privacy Dashboard") signs nothing
    above = lines[body[-2]].strip()
    if above.endswith(":") or _person_name(above) is not None or cues.LIST_MARK.match(above):
        return []  # a name closing a list or announced by a colon is the article's
    signed = cues.SIGNATURE.match(last)
    written = signed.group("name") if signed else ""
    # a shouted name signs after a dash ("— ANNA WEBER"); alone it may be a place
    shouted = written.isupper() and last[0] not in "–—-"
    name = _person_name(written) if signed and not shouted else None
    if name is None or name.endswith(".") or not cues.could_be_a_name(name):
        return []
    if name.split()[0].lower() in _NOT_A_FIRST_NAME:
        return []  # a blog post's goodbye to its readers is the post's ("Euer Tom Berger")
    kinds[body[-1]] = "byline"
    return [name]


def _author_box(lines: list[str], last: list[int]) -> list[int]:
    """The lines of an author's box ending the article: a name alone, then short lines about
    them ("Redakteur Lokales", "E-Mail: ...") or a bio that opens with their role
    ("Giornalista, scrive di cultura ..."); empty where there is none."""
    for position, i in enumerate(last[:-1]):
        name = _person_name(lines[i].strip())
        rest = [lines[j].strip() for j in last[position + 1 :]]
        if (
            name is not None
            and cues.could_be_a_name(name)
            and all(
                (len(line) < 80 and not reads_like_prose(line))
                or (len(line) < 300 and cues.ROLE_WORD.match(line))
                for line in rest
            )
            and any(
                _is_job_title(line)
                or cues.ROLE_WORD.search(line)
                or cues.EMAIL_ADDRESS.fullmatch(line)  # "Jane Roe" / "jroe@example.com"
                for line in rest
            )
        ):
            return last[position:]
    return []


def _is_head_bio(line: str, authors: list[str]) -> bool:
    """A line about the byline's author: by name ("Jo Hart is a professor of ...") or by role
    ("Die Autorin lehrt Stadtplanung ...")."""
    if len(line) > 300:
        return False
    match = cues.BIO.match(line)
    return bool(
        (match and match.group("name") in authors)
        or _author_in_bio(line, authors)
        or cues.AUTHOR_BIO.match(line)
    )


def _author_in_bio(line: str, authors: list[str]) -> str | None:
    """The byline's author a line starts telling about ("Jo Hart is a professor of ...", "Ms.
    Hart is ...", "HART covers ..."), or tells about after the author's role."""
    for author in authors:
        surname = author.split()[-1]
        named = next(
            (
                form
                for form in (
                    author,
                    surname.upper(),
                    *(f"{h} {name}" for h in _HONORIFICS for name in (surname, author)),
                )
                if line.startswith(form)
            ),
            None,
        )
        if named is None:
            continue
        aside = _APPOSITION.match(line, len(named))  # "Marta Gil (Madrid, 1980) es ..."
        if aside and cues.ROLE_WORD.search(aside.group()):
            return author  # "Andrea Conti, giornalista, segue ..."
        if cues.BIO_VERB.match(line, aside.end() if aside else len(named)):
            return author
    for author in authors:
        # the role first ("Journaliste au service politique, Claire Dubois suit ...", "Als
        # Redakteurin berichtet Lena Berger ..."), not a sentence naming her ("The reporter,
        # Jo Hart, said ...")
        at = line.find(author)
        before, after = line[:at], line[at + len(author) : at + len(author) + 2]
        if (
            0 < at <= FRONTED_ROLE_CHARS
            and not after.startswith((",", ")"))
            and cues.ROLE_WORD.search(before)
            and not cues.SENTENCE_END.search(before.rstrip(", "))
            and (before.rstrip().endswith(",") or _FRONTED_ROLE.match(before))
        ):
            return author
    return None


def _mark_closing_teasers(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark headline-like lines standing after the article's closing boilerplate.

    Once the last body paragraph is followed by a trailer, share prompt or promo, the article
    has ended: headlines after that are teasers of other stories, whose promo heading the page
    (or the extractor) may have dropped. A list right after the last paragraph stays: it may be
    the article's own (results, dates).
    """
    last = _last_prose(lines, content, kinds, excerpts=True)
    if last is None:
        return
    after = [i for i in content if i > last]
    # a teaser the cues took by its count of comments ("... 8 comments") is one of the run
    closed = next(
        (
            n
            for n, i in enumerate(after)
            if kinds[i] is not None and not cues.TEASER_COMMENT_COUNT.match(lines[i].strip())
        ),
        None,
    )
    if closed is None:
        # Without a closing line, a run of TEASER_RUN headlines or more ends the text: the
        # teasers of other stories, their heading dropped. A bulleted list there is the
        # article's own.
        run = [lines[i].strip() for i in after]
        if len(run) >= TEASER_RUN and all(_is_teaser(line, listed=False) for line in run):
            for i in after:
                kinds[i] = "promo"
    else:
        for i in after[closed + 1 :]:
            # Names, places and addresses of a closing fact box are shorter than a headline.
            if kinds[i] is None and _is_teaser(lines[i].strip()):
                kinds[i] = "promo"
    # Teasers' excerpts cut short read like prose: the teasers after a closing promo, share
    # prompt, trailer or tag list, excerpts among them, go as well. A last paragraph cut short
    # (by a paywall) under a caption stays.
    text_end = _last_prose(lines, content, kinds, excerpts=False)
    closing = False
    for i in content[content.index(text_end) + 1 :] if text_end is not None else []:
        line = lines[i].strip()
        closing = closing or kinds[i] in _CLOSING_KINDS
        if closing and kinds[i] is None and (_EXCERPT_END.search(line) or _is_teaser(line)):
            kinds[i] = "promo"


def _mark_teaser_stamps(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark as promo a name and a date alone on a line left after the head and the signature
    have read theirs: a teaser's stamp ("Brent Cole November 20, 2024 12:32"); its date and
    name are another story's. Not in a list the text announces ("Die nächsten Termine:"), a
    run of lines each with its date."""
    listed = False
    for i in content:
        line = lines[i].strip()
        if kinds[i] is None and line.endswith(":"):
            listed = True
        elif not listed and kinds[i] is None and _is_teaser_stamp(line):
            kinds[i] = "promo"
        elif listed and kinds[i] is None and reads_like_prose(line):
            listed = False


TEASER_STAMP_WORDS = 10  # words of a name and a date at the most


def _is_teaser_stamp(line: str) -> bool:
    """A name and a date, a separator between or not ("Jane Doe | March 5, 2025", "November
    20, 2024 Emiliano Bellini", "Anna Maria Weber March 5, 2025")."""
    # a name's few words and a date's, no sentence: most lines need no date parsed
    if (
        len(line) > 100
        or line.endswith((".", "!", "?", ":"))
        or line.count(" ") > TEASER_STAMP_WORDS
    ):
        return False
    if not any(c.isdigit() for c in line):
        return False
    if _dated_signature(line) is not None:
        return True
    found = find_date(line)
    if found is None:
        return False
    if found.start == 0:
        names = [line[found.end :].strip(" ,|·–-")]
    elif line[found.end :].strip():
        return False
    else:
        # the name's three or two words, then the date from its start (a date's pattern takes a
        # word before the month's name for its weekday: "Cole November 20")
        words = line.split()
        names = [
            " ".join(words[:n])
            for n in (3, 2)
            if (date := find_date(" ".join(words[n:]))) is not None and date.start == 0
        ]
    # the first reading: the longest name before a date that starts where it does
    return bool(names) and cues.could_be_a_name(names[0]) and _person_name(names[0]) is not None


def _last_prose(
    lines: list[str], content: list[int], kinds: list[str | None], excerpts: bool
) -> int | None:
    """The last line left that reads like prose; an excerpt cut short counts if `excerpts`."""
    return next(
        (
            i
            for i in reversed(content)
            if kinds[i] is None
            and reads_like_prose(lines[i].strip())
            and (excerpts or not _EXCERPT_END.search(lines[i].strip()))
        ),
        None,
    )


_CLOSING_KINDS = frozenset({"promo", "share", "trailer", "tags"})
# A teaser's excerpt, cut short mid-sentence ("... while Rask struggled mightily with...").
_EXCERPT_END = re.compile(r"\w\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\])$")


def _is_teaser(line: str, listed: bool = True) -> bool:
    """A headline of TEASER_WORDS words or more, maybe listed ("- Bridge reopens ...")."""
    looks = _looks_like_listed_headline if listed else _looks_like_headline
    line = cues.COMMENT_COUNT_AFTER.sub("", line)  # "Vikings beat the Broncos in overtime (145)"
    return line.count(" ") >= TEASER_WORDS - 1 and looks(line)


def _mark_bio_run(lines: list[str], rest: list[int], name: str, kinds: list[str | None]) -> None:
    """Mark the lines after a bio that go on about its person: a body line that does not
    mention them ends the run, so text after a bio is never lost with it."""
    names = set(name.split())
    for i in rest:
        line = lines[i].strip()
        about = cues.BIO_PRONOUN.match(line) or names & set(line.split()[:3])
        if about or cues.BIO_FOLLOW.match(line) or not reads_like_prose(line):
            kinds[i] = "bio"
        else:
            return


def _group_removed(lines: list[str], kinds: list[str | None]) -> list[Removed]:
    """Join consecutive lines of the same kind into one removed piece, in reading order."""
    removed: list[Removed] = []
    current: str | None = None
    chunk: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if not line.strip():
            continue
        if kind != current and chunk and current is not None:
            removed.append(Removed(current, "\n".join(chunk)))
            chunk = []
        current = kind
        if kind is not None:
            chunk.append(line.strip())
    if chunk and current is not None:
        removed.append(Removed(current, "\n".join(chunk)))
    return removed


def read_byline(line: str) -> tuple[list[str], dt.datetime | None]:
    """The names a line credits as a byline says it ("By X", "Posted on <date> by X"), and the
    date it gives; none for any other line."""
    return _parse_byline(line) or _dated_byline(line) or ([], None)


def _parse_byline(line: str) -> tuple[list[str], dt.datetime | None] | None:
    """Return (authors, date) when `line` is a byline such as 'By X | June 7, 2017 | 4:40am EDT'."""
    if east_asian(line[:_EAST_ASIAN_BYLINE_HEAD]):
        return _east_asian_byline(line)
    match = cues.BYLINE.match(line)
    if not match or len(line) > 160:
        return None
    # Where they are, in brackets or after "in", is not part of a name ("Par Léa Martin (à
    # Lyon)", "By Ann Lee in Brussels"), nor the agency after a slash ("Juan Pérez/EFE"), nor
    # who took the photos ("Words: Ann Lee. Pictures: Tom Roe"), nor the place after a stop
    # ("Juan Pérez. Madrid"), nor the agencies they wrote with ("Par Léa Roux avec AFP"). A
    # Dutch byline ("Door ...") joins its names with "en", which elsewhere says where ("Por Ana
    # Ruiz en Madrid").
    names_written = _PHOTOS_TAIL.sub("", _writers_only(match.group("names")))
    if line[:5].lower() == "door ":
        names_written = _DUTCH_AND.sub(" and ", names_written)
    with_agency = cues.WITH_AGENCY_TAIL.search(names_written)
    names_written = names_written[: with_agency.start()] if with_agency else names_written
    for tail in (_BRACKETED_TAIL, _PLACE_TAIL, _SLASH_TAIL, _STOP_PLACE_TAIL, _HANDLE_TAIL):
        names_written = tail.sub("", names_written)
    if "," not in names_written:
        # the place after a dash ("Por Maria Oliveira — São Paulo"); after a comma, the dash
        # follows an outlet, dropped with it below ("Por Rui Lopes, Jornal Novo — Braga")
        names_written = _DASH_PLACE_TAIL.sub("", names_written)
    shouted = _SHOUTED_NAMES.match(names_written)
    if shouted:
        # names in capitals, their role or outlet not ("JANE DOE AND JOHN ROE Staff Writers")
        names_written = shouted.group("names")
        written = _SHOUTED_NAME_SPLIT.split(names_written)
    else:
        written = cues.NAME_SPLIT.split(names_written)
    names = [_name_of(w) for w in written]
    # A lower-case tail is where or for whom they write ("Por Ana Souza, do Rio"), and a job
    # title is what they are ("By Jane Doe, Transport Correspondent"): neither is a name.
    # The tail may also say when ("Par Jean Dupont, publié le 12 mars 2024"). Nor is an
    # outlet before the place filed from ("Por Ana Souza, Portal Rio — Niterói"), a single
    # word after the names, the place ("Von Jan Roth und Mia Kurz, Berlin"), or an institute
    # for something ("..., Landesanstalt für Landwirtschaft").
    tails: list[str] = []
    while len(names) > 1 and (
        names[-1][:1].islower()
        or cues.JOB_TITLE.match(names[-1])
        or " — " in names[-1]
        or " " not in names[-1]
        or not cues.NAME.match(names[-1])
        or names[-1].startswith("The ")
        or _DESK_LINE.match(names[-1])  # "By Sarah Jones, BBC News"
        or not cues.could_be_a_name(names[-1])  # "Par Julie Tremblay, La Presse"
        or cues.BYLINE_OUTLET.search(written[len(names) - 1])
    ):
        tails.insert(0, names.pop())
    clause = written[-1]
    if tails and clause.count(" ") >= 4 and ends_sentence(clause) and find_date(clause) is None:
        return None  # a sentence that opens with "By" and a name ("By Jane Street, the snow ...")
    names = [n for n in names if n]
    if any(" " in n for n in names):
        names = [n for n in names if " " in n]  # a place between names ("..., Berlin, und ...")
    if not names or not all(cues.NAME.match(n) and len(n.split()) <= 5 for n in names):
        return None
    if with_agency and not all(" " in n and cues.could_be_a_name(n) for n in names):
        return None  # an outlet with an agency ("Par Le Parisien avec AFP"), no person
    rest = match.group("rest") or ", ".join(tails)
    found = find_date(rest) if rest else None
    # the newsroom credited as a whole ("Texto: Redacción", "By Staff") is a byline, no person
    people = [n for n in names if not any(map(cues.is_label_word, n.split()))]
    return people, found.when if found else None


def _is_kicker(lines: list[str], content: list[int], position: int) -> bool:
    """A section label of a word or three right above the byline or dateline ("Opinion",
    "Analysis"), or above a bare byline."""
    line, below = _with_next(lines, content, position)
    if not below or not _is_label(line):
        return False
    # "Cultura" / "Laura Ferrer" / "Valencia, 05 marzo 2025"
    return _is_byline_or_dateline(below) or _bare_byline(lines, content, position + 1) is not None


def _labels_headline(lines: list[str], content: list[int], position: int) -> bool:
    """A section label above the headline ("Verkehr", "Local News", "Home > News"), maybe
    over more labels of a word or two ("Opinion" over "Guest Essay"): the line under the labels
    reads as a headline, and the one under that as a byline, maybe after the standfirst, or as
    the lead paragraph. A label of three or four words in title case ("Ribeirão das Flores", a
    newsletter's name) needs the standfirst between: a headline that short has its byline right
    under its standfirst."""
    line = lines[content[position]].strip()
    # two sections joined are a label of two words
    words = [word for word in line.split() if word.casefold() not in _LABEL_JOINERS]
    if not words:
        return False
    breadcrumbs = _BREADCRUMBS.match(line) is not None
    # the newspaper's name, first in the text ("The Northmoor Post", "El Diario del Sur")
    masthead = position == 0 and _is_masthead(line)
    if not (breadcrumbs or masthead) and (len(words) > 4 or cues.SENTENCE_END.search(line)):
        return False
    headline = position + 1
    # the paper's name first is no label: its section labels may stack under it ("Le Figaro" /
    # "Actualité" / "Santé")
    named = masthead or (position == 0 and len(words) <= 3 and _is_title_cased(words))
    while (
        headline < min(len(content) - 2, position + LABEL_LINES + named)
        and (
            len(lines[content[headline]].split()) <= 2
            or _BREADCRUMBS.match(lines[content[headline]].strip()) is not None
        )
        # the provider an aggregator names over the headline ("Reuters") stacks with the labels
        and (not _byline_at(lines, content, headline) or _names_provider(lines, content, headline))
        and (
            not _byline_at(lines, content, headline + 1)
            or _names_provider(lines, content, headline + 1)
        )
    ):
        headline += 1
    if headline + 1 >= len(content):
        return False
    title = lines[content[headline]].strip()
    if _is_byline_or_dateline(title) or not (
        _looks_like_headline(title) or _stopped_headline(lines, content, headline)
    ):
        return False
    # a reading time or share row between, the paper's name ("Ouest-Example") or a label over
    # the byline ("Guest column")
    below = _past_widgets(lines, content, headline + 1)
    if below < len(content) - 1 and (
        (
            _is_outlet_name(lines[content[below]].strip())
            and not _byline_at(lines, content, below)  # "Redacción"
        )
        or _is_kicker(lines, content, below)
    ):
        below += 1
    if below >= len(content):
        return False
    standfirst = len(lines[content[below]].split()) >= 5 and not _byline_at(lines, content, below)
    # a guide's table of contents under its headline stands where the lead would, and so does
    # a standfirst without its stop over the lead
    lead = (
        reads_like_prose(lines[content[below]].strip())
        or bool(cues.CONTENTS_HEADING.match(lines[content[headline + 1]].strip()))
        or (
            standfirst
            and below + 1 < len(content)
            and reads_like_prose(lines[content[below + 1]].strip())
        )
    )
    found = standfirst and below + 1 < len(content) and _byline_at(lines, content, below + 1)
    if not found and _byline_at(lines, content, below):
        return len(words) <= 2 or breadcrumbs or masthead or bool(cues.BRIEFS_LABEL.match(line))
    if found:
        return (
            len(words) <= 2
            or breadcrumbs
            or masthead
            or (len(words) < len(title.split()) and _is_title_cased(words))
        )
    # no byline: the lead under the headline
    return lead and (len(words) <= 2 or breadcrumbs or masthead)


def _teaser_over_headline(lines: list[str], content: list[int], position: int) -> bool:
    """Whether the head line at `position` is a teaser under a promo's heading, over the
    article's own headline and its byline or dateline ("Read also" / teaser / headline / "By
    ...")."""
    if not 0 < position < len(content) - 2:
        return False
    heading, headline = lines[content[position - 1]].strip(), lines[content[position + 1]].strip()
    return (
        cues.RELATED_HEADING.search(heading) is not None  # "Leggi anche", not "Opinion"
        and _opens_promo(heading)
        and len(headline.split()) > 3
        and _looks_like_headline(headline)
        and not _is_byline_or_dateline(headline)
        and _byline_at(lines, content, position + 2)
    )


def _names_provider(lines: list[str], content: list[int], position: int) -> bool:
    """Whether the head line at `position` is an agency's name alone ("Reuters", "AFP")."""
    return cues.AGENCY_NAME.match(lines[content[position]].strip()) is not None


def _without_masthead(title: str) -> str:
    """A headline without the newspaper's name a page's title adds ("... | Northmoor Post")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and _is_masthead(parts[-1].strip()) and len(parts[0].split()) >= 3:
        return title[: len(title) - len(parts[-1])].rstrip(" |–—-")
    return title


def _is_masthead(line: str) -> bool:
    """A newspaper's name in title case, in capitals or as its domain."""
    return bool(
        cues.MASTHEAD.match(line)
        and (line.isupper() or "." in line or _is_title_cased(_SEPARATORS.sub(" ", line).split()))
    )


def _is_outlet_name(line: str) -> bool:
    """A paper's name on its own line: its masthead, "The ..." or one capitalised word
    ("Ouest-Example")."""
    return bool(
        _is_masthead(line)
        or _OUTLET_LINE.match(line)
        or (" " not in line and line[:1].isupper() and not cues.SENTENCE_END.search(line))
    )


def _over_dated_headline(lines: list[str], content: list[int], position: int) -> bool:
    """Whether the head line at `position` stands over a dateline that stands over a headline
    and the paragraph under it, as pages that print the author and date first do ("Giulia
    Conti" / "5 marzo 2025 - 14:22" / "Roma, nuove corsie ..."): a name there is no headline."""
    if position + 3 >= len(content):
        return False
    date, headline, lead = (lines[content[position + k]].strip() for k in (1, 2, 3))
    return (
        _dateline(date) is not None
        and _looks_like_headline(headline)
        and not _is_byline_or_dateline(headline)
        and reads_like_prose(lead)
    )


def _byline_at(lines: list[str], content: list[int], position: int) -> bool:
    """Whether the head line at `position` is a byline or dateline, a bare name over its role,
    place or date, or a name and the author's role or institution."""
    line = lines[content[position]].strip()
    return bool(
        _is_byline_or_dateline(line)
        or _bare_byline(lines, content, position)
        or _name_and_affiliation(line)
        or _name_and_role(line)
    )


# The words joining two sections in one label ("Stadt & Land", "Kultur und Freizeit").
_LABEL_JOINERS = frozenset("& + und and et y e".split())
# A particle elided before a capital, in a paper's name ("l'Ouest", "dell'Umbria").
_ELIDED_CAPITAL = re.compile(r"^[a-zà-ÿ]{1,4}['’][A-ZÀ-Þ]")
# Particles of names longer than three letters ("Corriere della Sera", "Gazzetta dello Sport").
_LONG_PARTICLES = frozenset("della dello delle degli dalla".split())


def _is_title_cased(words: list[str]) -> bool:
    """Every word capitalised or a figure but short particles ("Ribeirão das Flores", "Isle
    of Skye", "Il Sole 24 Ore"), a particle maybe elided before a capital ("Le Courrier de
    l'Ouest", "Corriere dell'Umbria")."""
    return words[0][:1].isupper() and all(
        word[:1].isupper()
        or word[:1].isdigit()
        or _ELIDED_CAPITAL.match(word) is not None
        or (word.islower() and (len(word) <= 3 or word in _LONG_PARTICLES))
        for word in words
    )


def _bare_byline(
    lines: list[str], content: list[int], position: int
) -> tuple[list[str], None] | None:
    """A name alone on its line right above a dateline, maybe with its job title, agency or
    place after it ("Léa Martin, correspondante", "Ana Ruiz | Madrid") or on a line between
    ("Guest contributor", "Madrid"): a byline without its "By"."""
    line, below = _with_next(lines, content, position)
    if reads_like_prose(line):
        return None  # a standfirst ("From October, landlords will need a reason ...")
    # "Sarah Jones, Tom Lee and Ana Ruiz": every part a name, or the first with its tail
    line = _writers_only(line)
    written = cues.NAME_SPLIT.split(line)
    text_below = content[position + 1 : position + 1 + DUTCH_LINES]
    if len(written) == 1 and " en " in line and _reads_dutch(lines, text_below):
        written = _DUTCH_AND.split(line)  # "Jan de Vries en Sanne Bakker" ("en" is "in" elsewhere)
    parsed = [None if _is_job_title(w) else _person_name(w) for w in written]
    parsed = parsed if len(written) > 1 else [None]
    names = [name for name in parsed if name is not None]
    if len(names) < len(parsed):
        # "Ann Lee and Tom Roe | Reuters", "Juan Pérez en Buenos Aires" (not "Pablo Díaz.
        # Corresponsal en París", a name and a role)
        bare = _NAME_TAIL.sub("", line)
        bare = bare if _WORD_AND_STOP.search(bare) else _PLACE_TAIL.sub("", bare)
        single = _person_name(bare)
        names = [single] if single is not None else []
        if not names:
            several = [_person_name(w) for w in cues.NAME_SPLIT.split(bare)]
            if len(several) > 1 and all(several):
                names = [name for name in several if name is not None]
    names = [name for name in names if cues.could_be_a_name(name)]  # not "En Directo"
    if not names:
        return None
    past = _past_widgets(lines, content, position + 1)  # "Dana Fox" / "Follow" / "7 min read"
    below = lines[content[past]].strip() if past < len(content) else ""
    if not below:
        return None
    if any(cues.READING_TIME.match(lines[j].strip()) for j in content[position + 1 : past]):
        return names, None  # a name over the piece's reading time is its author, undated
    if _is_job_title(below) or _is_head_bio(below, names):
        # a name over its role or desk, or over a line about its bearer ("Lena Ortiz is a
        # staff writer ..."), is a byline, dated or not
        return names, None
    # a place, an outlet, or the author's post ("Head of People at Acme") between it and the date
    if _dateline(below) is None and (
        _PLACE_LINE.match(below) or _OUTLET_LINE.match(below) or _is_post(below)
    ):
        below = _with_next(lines, content, past)[1]
    return (names, None) if below and _dateline(below) is not None else None


def _east_asian_byline(line: str) -> tuple[list[str], dt.datetime | None] | None:
    """A Chinese, Japanese or Korean byline: the reporter's word before or after the names
    ("记者 王芳 李明", "文：山田太郎", "홍길동 기자 hong@example.com"), maybe with a date."""
    match = cues.EAST_ASIAN_BYLINE.match(line) if len(line) <= 80 else None
    if match is None:
        return None
    group = next(g for g in ("names", "kana", "hangul", "hangul2") if match.group(g))
    # a Japanese name may space its family name from its given name ("山田 太郎")
    split = _JAPANESE_NAME_SPLIT if group == "kana" else _EAST_ASIAN_NAME_SPLIT
    names = [n for n in split.split(match.group(group)) if n]
    found = find_date(line[match.end(group) :])
    return names, found.when if found else None


def _name_over_lead(
    lines: list[str], content: list[int], position: int, kinds: list[str | None]
) -> tuple[list[str], None] | None:
    """A name alone right under the headline and over the lead, maybe with the place filed
    from between them ("Jan Roth" / "Die alte Brücke ..."; "Marta Gil" / "Sevilla" / ...): a
    byline without its word or its date. The place is marked with it."""
    line = lines[content[position]].strip()
    name = _person_name(line)
    # no button nor label ("Learn More", "No Announcements", "TV Schedule")
    if (
        name is None
        or not cues.could_be_a_name(name)
        or not all(map(_reads_as_name, name.split()))
        or _is_widget(line)
        or _opens_promo(line)
    ):
        return None
    lead = position + 1
    place = lead < len(content) and _PLACE_LINE.match(lines[content[lead]].strip())
    lead += 1 if place else 0
    if lead >= len(content) or not reads_like_prose(lines[content[lead]].strip()):
        return None
    if place:
        kinds[content[position + 1]] = "byline"
    return [name], None


def _reads_as_name(word: str) -> bool:
    """A word of a name: a particle in lower case ("de", "von"), an initial, or a capitalised
    word that is no common word nor an acronym."""
    if word.islower() or len(word.rstrip(".")) == 1:
        return True
    return not word.isupper() and word.casefold() not in NOT_NAMES


def _writers_only(names: str) -> str:
    """Names without who took the photos, named in brackets, and the writers' bracketed role
    ("Jonas Keller (Text) und Lea Roth (Fotos)")."""
    if "(" not in names:
        return names  # most lines: no bracket, nothing to take out
    return _BRACKETED_ROLE.sub("", _PHOTOGRAPHER.sub("", names))


def _reads_dutch(lines: list[str], content: list[int]) -> bool:
    """Whether these lines hold words only Dutch uses among the languages the cues know."""
    words = {word for i in content for word in _WORD.findall(lines[i].lower())}
    return len(words & _DUTCH_WORDS) >= 2


def _name_and_affiliation(line: str) -> tuple[list[str], None] | None:
    """A name and the institution its author writes from, as scholars sign the pieces they
    write for the news ("Emma Wright, University of Leeds"), or a contributor's note ("Jane
    Doe, Special to The Post")."""
    written, comma, affiliation = line.partition(", ")
    if (
        not comma
        or len(line) > 120
        or not (cues.AFFILIATION.search(affiliation) or cues.SPECIAL_TO.match(affiliation))
    ):
        return None
    name = _person_name(_name_of(written))  # "Dr Emma Wright" is Emma Wright
    return ([name], None) if name is not None and not reads_like_prose(line) else None


def _name_and_role(line: str) -> tuple[list[str], None] | None:
    """A name and the author's role after it, no comma between ("Tom Hale Environment
    correspondent"): a name of two words is tried first, then of three."""
    words = line.split()
    for size in (2, 3):
        name = _person_name(" ".join(words[:size]).rstrip(".,"))  # "Pablo Díaz. Corresponsal"
        if name is not None and size < len(words) and _is_job_title(" ".join(words[size:])):
            return [name], None
    return None


# What may follow a name on its line: a job title, an agency or a place, after a comma or bar;
# the outlet it writes for.
_NAME_TAIL = re.compile(
    r"\s*[,|/]\s*(?:[a-zà-ÿ].*|[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2})$|\s+@\w+$|"
    # a role or place after a bar, a dot or a dash ("Ana Gil | Corresponsal en Bruselas",
    # "Marco Rossi - Roma", "Lucía Fernández · Periodista")
    r"\s*(?:[|·•]|\s[–—-])\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,3}$|"
    # an agency or place in brackets, a piece written for another paper ("Ann Lee (AP)",
    # "Ann Lee, Special to the Post")
    r"\s*\([^()]{1,30}\)$|\s*,\s*(?i:special|exclusive) (?i:to|for)\b.*$|"
    # the outlet written for ("Jane Doe for The Northmoor Post")
    r"\s+(?:for|für|pour|para|per)\s+(?:[A-ZÀ-Þ][\w.'’&-]*\s*){1,4}$"
)
_SEPARATORS = re.compile(r"[|–—-]")
_TITLE_SEPARATOR = re.compile(r"\s[|–—-]\s")
# Comment headings that are also an article's subheadings.
_SUBHEADING_WORDS = frozenset(
    "reactions réactions reaktionen reacciones reazioni reações reacties discussion diskussion "
    "responses response".split()
)
# What parts names in a Chinese, Japanese or Korean byline: spaces, commas, "and".
_EAST_ASIAN_NAME_SPLIT = re.compile(r"[\s、，,]+|(?<=\w)[和与及](?=\w)")
_JAPANESE_NAME_SPLIT = re.compile(r"\s*[、，,]\s*")
_EAST_ASIAN_BYLINE_HEAD = 12  # such a byline shows one of its script's characters this early
# A page's breadcrumbs over the headline ("Home > News > Local News").
_BREADCRUMBS = re.compile(r"^[^>›»|/]{1,30}(?:\s[>›»|/]\s[^>›»|/]{1,30}){1,5}$")
# A place before a dateline's label ("Valencia Actualizado ...", "Madrid | Publicado: ...").
_PLACES_BEFORE = tuple(
    re.compile(rf"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){{{words}}}\s*[,|–·-]?\s+")
    for words in (0, 1)
)
_PLACE_LINE = re.compile(r"^[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+)?$")
# An outlet's name ("The Riverton Gazette"), never a person's: under a name, over its date.
_OUTLET_LINE = re.compile(r"^(?:The|THE)(?:\s+[A-ZÀ-Þ][\w.'’&-]*){1,4}$")
# A newsroom's desk under a name, maybe with the place it files from ("Wales News, Cardiff").
_DESK_LINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.&'’-]*\s+){0,3}(?:News|Nachrichten|Noticias|Notizie|Notícias|Sport|Sports|"
    r"Business|Politics|News Service|Wire Service|Newswire)(?:\s*,\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2})?$"
)
# "Als" and its kin opening a bio with the author's role ("Als Redakteurin berichtet ...").
_FRONTED_ROLE = re.compile(r"^(?:als|as|en tant que|como|come|enquanto|in zijn|in haar)\s", re.I)
# Words that open a greeting or a wish, not a name ("Euer Tom", "Happy Holidays").
_NOT_A_FIRST_NAME = frozenset(
    """euer eure ihr ihre dein deine yours cheers love votre ton tua vostro happy thank thanks
    good see stay merry best welcome god bon bonne buon buona feliz felices frohe frohes gute
    guten herzlichen viel alles joyeux joyeuses""".split()
)
# An entry's number or bullet in a table of contents ("1. ", "•", "-Roads"): the space after it
# is optional, unlike a list item's (`cues.LIST_MARK`).
_CONTENTS_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|[•·*-])\s*")
_HEAD_COUNTER = re.compile(r"^(?:\d+(?:[.,]\d+)?[KkM]?|[A-Z]{2,5}|[+-]\d+(?:[.,]\d+)?%)$")
_WIDGET_ROW_SPLIT = re.compile(r"\s[•·|]\s|^[•·|]\s")
_COMPACT_AGE = re.compile(r"^\d{1,3}\s?(?:mo|mos|[hdwy]|mins?)$")  # a post's age ("3mo", "2h")
_PLAYER_CLOCK = re.compile(
    r"^\d{1,2}:\d\d(?::\d\d)?(?:\s*/\s*\d{1,2}:\d\d(?::\d\d)?)?$|"
    r"^\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti)$",
    re.IGNORECASE,
)
# How a newspaper names its author again in a bio ("Ms. Osei is a librarian", "Rev. Moore").
_HONORIFICS = (
    *(form for title in ("Mr", "Ms", "Mrs", *_TITLES) for form in (f"{title}.", title)),
    "Sir",
    "Dame",
)
# What a bio may put between the name and its verb: a bracket or an aside between commas.
_APPOSITION = re.compile(r"\s*(?:\([^()]{1,40}\)|,[^,]{1,40},)")
# A photographer's name shouted after a caption's last sentence.
_SHOUTED_CREDIT = re.compile(r"[.!?]\s+[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,}){1,2}$")
_RANK = re.compile(r"^\d{1,2}\.?$")
_BRACKETED_TAIL = re.compile(r"\s*\([^)]*\)\s*$")
_BRACKETED_ROLE = re.compile(r"\s*\((?i:text|texte|texto|testo|words|reportage)\)")
_PHOTOGRAPHER = re.compile(
    r"(?:\s*(?:,|\s(?:und|and|et|y|e|en)\s))?\s*[^,()]+\((?i:fotos?|photos?|bilder|pictures|images|"
    r"fotografías?|fotografie|illustrations?|grafiken?)\)"
)
_WORD_AND_STOP = re.compile(r"[^\W\d_]{3,}\.\s")  # a sentence's stop, not an initial's
_PLACE_TAIL = re.compile(
    r"\s+(?i:in|aus|à|en|em|from|desde)\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*)?$"
)
_PUBLISHED_AFTER = re.compile(
    r"\s[|–—·•-]\s+(?=(?:published|publié|publicado|pubblicato|veröffentlicht|erschienen|"
    r"gepubliceerd)\b)",
    re.IGNORECASE,
)
_INNER_STOP = re.compile(r"\w[.!?]\s+[A-ZÀ-Þ]")  # a sentence's end inside a line
# The first publication's time after an update's date and time, on the same day.
_FIRST_PUBLISHED_TAIL = re.compile(
    r"\s*[|,;·•–-]\s*first published\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?$", re.I
)
_SHOUTED_PLACE_TAIL = re.compile(r"\s+[-–|]\s+[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}$")
# A time written as a stamp's: after an "@" ("Mar 3, 2024 @09:12 AM"), or in four figures with
# the zone and the newsroom's local time after it ("0339 GMT (1139 HKT)").
_AT_TIME = re.compile(r"\s@\s?(?=\d{1,2}:\d\d)")
_FOUR_FIGURE_TIME = re.compile(
    r"\b([01]\d|2[0-3])([0-5]\d) (GMT|UTC)\b(?:\s*\((?:[01]\d|2[0-3])[0-5]\d [A-Z]{2,4}\))?"
)
# The outlet or source after a labelled date, past a bar or slash ("Updated on: March 3, 2024 /
# 9:12 AM / Example News", "Last Updated : Mar 3, 2024 01:41 PM IST | Source: Example.com").
_SOURCE_TAIL = re.compile(
    r"\s+[|/]\s+(?:(?:source|quelle|fuente|fonte|fonti)\s*:\s*)?[^\W\d][^|/\d]{1,38}$", re.I
)
_STOP_PLACE_TAIL = re.compile(r"(?<=[a-zà-ÿ]{2})\.\s+[A-ZÀ-Þ][\w'’-]+$")
_DUTCH_AND = re.compile(r"\s+en\s+")
# A name, then a date after a space and no separator ("Eva de Boer 05-03-25, 10:12", "Jane Doe
# 5. März 2025"), in figures or with the month's name.
_FIGURES_AFTER_NAME = re.compile(
    r"^([^\W\d_][^\d,|]{2,50}?)\s+"
    r"(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}\b)"
)
# A place of up to three capitalised words before a date in figures, no separator between
# ("London 05/03/2025"; a label's place, `_PLACES_BEFORE`, is two words at most).
_PLACE_BEFORE_FIGURES = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}\s+$")
# The place a byline names after an em dash ("Por Maria Oliveira — São Paulo").
_DASH_PLACE_TAIL = re.compile(
    r"\s+—\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:(?:de|do|da|dos|das|del|di|du|des|la|le|am|an|of)\s+)?"
    r"[A-ZÀ-Þ][\w.'’-]*){0,2}$"
)
_HANDLE_TAIL = re.compile(r"\s+@\w{1,30}$")  # "By Tom Reed @tomreed"
_WORD = re.compile(r"\w+")
# Words of Dutch prose that no other language of the cues writes so, and how far below a bare
# byline they are looked for.
_DUTCH_WORDS = frozenset(
    "het een zijn niet wordt naar ook nog maar deze voor wij zij hij heeft hebben werd worden "
    "geen omdat volgens bij uit dat zegt gaat".split()
)
DUTCH_LINES = 4
MAIL_HEADERS = 3
_SLASH_TAIL = re.compile(r"\s*/\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}$")
_PHOTOS_TAIL = re.compile(
    r"\s*[.,;|/]\s*(?i:pictures|photos?|photography|fotos?|bilder|images|fotografías?|fotografie)"
    r"\s*:.*$"
)
# Names in capitals opening a byline, two words at least, before any word in lower case.
_SHOUTED_NAMES = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*)+)(?:\s+(?=[A-ZÀ-Þ][a-zà-ÿ])|$)"
)
_SHOUTED_NAME_SPLIT = re.compile(cues.NAME_SPLIT.pattern, re.IGNORECASE)
_NAME_DATE_SPLIT = re.compile(r"\s*(?:[|•·]|,|\s[–-]|\s/(?=\s))\s*")
_BEFORE_FIGURE = re.compile(r"\s+(?=\d)")
_ROLE_AFTER = re.compile(cues.AFTER_NAME)  # "Jane Doe | Staff Writer"


def _person_name(text: str) -> str | None:
    """`text` as a person's name (two to four capitalised words, shouted ones in title case),
    or None."""
    name = text.title() if text.isupper() else text
    if not 2 <= len(name.split()) <= 4 or not cues.NAME.match(name) or _OUTLET_LINE.match(name):
        return None
    return name


def _name_and_reading_time(line: str) -> tuple[list[str], None] | None:
    """A name alone before the reading time ("Jane Doe · 5 min read")."""
    timed = cues.READING_TIME_AFTER.search(line) if len(line) < 80 else None
    written = line[: timed.start()].strip() if timed is not None else ""
    if not written or written.isupper() or not cues.could_be_a_name(written):
        return None
    name = _person_name(written)
    return ([name], None) if name is not None else None


def _name_and_date(line: str) -> tuple[list[str], dt.datetime] | None:
    """A name and a date on one line, either way round ("Anna Lee | March 12, 2024",
    "12. März 2024 | Jan Becker", "Paul Leroy. Publié le 14/05/2024"): not a place before a
    date ("New York, March 12")."""
    parts = _NAME_DATE_SPLIT.split(line, maxsplit=1)
    written, stop, labelled = line.partition(". ")
    if len(parts) != 2 and stop and cues.DATE_PREFIX.match(labelled):
        parts = [written, labelled]
    # no separator but a space before the figures ("Jan Jansen 05-03-25, 10:12")
    figures = _FIGURES_AFTER_NAME.match(line)
    if len(line) > 100 or (len(parts) != 2 and figures is None):
        return None
    tried = [parts, parts[::-1]] if len(parts) == 2 else []
    if figures is not None:
        tried.append([figures.group(1), line[figures.end() :]])
    pieces = _NAME_DATE_SPLIT.split(line)
    if len(pieces) > 2:
        # the date holds a separator itself ("03/03/2025 - 10:15 | Juan Pérez"): the name last
        tried.append([pieces[-1], line[: len(line) - len(pieces[-1])]])
    for written, date_text in tried:
        date = _dateline(date_text)
        if date is None:
            continue
        byline = _parse_byline(written)  # "By Ana Gil / 05/03/2025"
        if byline is not None and byline[0]:
            return byline[0], date
        if written.isupper() or not cues.could_be_a_name(written):
            continue
        name = _person_name(written)
        if name is not None:
            return [name], date
    return None


def _newsroom_and_date(line: str) -> dt.datetime | None:
    """The date of a newsroom's or agency's credit with the place and date it filed
    ("Redacción | Madrid | 14/05/2024 - 08:30 h", "EFE, 12 March 2024", "Redazione ROMA 05
    marzo 2025 10:12")."""
    parts = _NAME_DATE_SPLIT.split(line, maxsplit=1)
    if len(parts) == 1:
        parts = _BEFORE_FIGURE.split(line, maxsplit=1)
    if len(line) > 100 or len(parts) != 2 or not cues.NEWSROOM.match(parts[0]):
        return None
    return _dateline(parts[1])


def _with_next(lines: list[str], content: list[int], position: int) -> tuple[str, str]:
    """The line at `position` of `content` and the next one ("" at the end), stripped."""
    below = lines[content[position + 1]].strip() if position + 1 < len(content) else ""
    return lines[content[position]].strip(), below


def _is_undated_dateline(line: str) -> bool:
    """A dateline that gives no date: a bare label ("Published") or a relative day ("2 hours
    ago", "Publié aujourd'hui à 10h05")."""
    if len(line) > 80:
        return False
    label = cues.DATE_PREFIX.match(line)
    rest = cues.UPDATE_CLAUSE.sub("", line[label.end() if label else 0 :]).strip(" :|,")
    if not rest:
        return label is not None
    if label is not None and is_time_of_day(rest):
        return True  # "Updated 10:42 BST"
    day = cues.RELATIVE_DAY.match(rest) or cues.DAY_AND_MONTH.match(rest)
    return day is not None and is_time_of_day(rest[day.end() :])


_PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*,\s+(?=\d|[^\W\d_]+\.?\s+\d)")


def _filed_from(line: str, start: int, place: re.Pattern[str]) -> bool:
    """Whether the line before a date found at `start` is the place it was filed from; the
    date's optional weekday may have taken the place's last word ("Husum, 20. März 2024",
    "Washington DC, March 12")."""
    word = _PLACE_WORD.match(line, start)
    return any(place.match(text) for text in (line[:start], line[: word.end()] if word else ""))


def _lead_date(line: str) -> dt.datetime | None:
    """The date a wire's or press release's first paragraph opens with ("DAYTON, Ohio, March
    5, 2025 /PRNewswire/ -- ...")."""
    found = find_date(line[:120])
    if found is None or not _filed_from(line, found.start, cues.DATELINE_LEAD_PLACE):
        return None
    return found.when if cues.DATELINE_LEAD_END.match(line, found.end) else None


def _wire_dateline(line: str) -> dt.datetime | None:
    """A wire's or press release's dateline on a line of its own ("COLUMBUS, Ohio, July 28,
    2025 /PRNewswire/ --")."""
    return _lead_date(line) if line.endswith(("--", "—", "–", "-")) else None


_SHOUTED_SURNAME = re.compile(r"^(?!(?:II|III|IV|JR|SR)$)[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]{2,})*$")


def _name_of(written: str) -> str:
    """A byline's name as a name: without the outlet it writes for ("Jane Doe For Example",
    "JOHN DOE Associated Press"), in title case where the byline shouts it, its spaces plain
    ones ("Anna\u00a0Schmidt")."""
    name = " ".join(cues.BYLINE_OUTLET.sub("", written).split()).strip(" .*")  # "Ana Costa*"
    name = _ACADEMIC_TITLES.sub("", name)  # "Prof. Dr. Helene Braun" is Helene Braun
    if name.isupper():
        return name.title() if len(name) > 3 else name
    # a surname shouted, as French bylines print it ("Marie DUPONT", "Jean-Pierre LE GOFF"),
    # not an agency's name ("Agencia EFE")
    words = name.split()
    if any(cues.AGENCY_NAME.match(word) for word in words):
        return name
    return " ".join(word.title() if _SHOUTED_SURNAME.match(word) else word for word in words)


def _dated_byline(line: str) -> tuple[list[str], dt.datetime | None] | None:
    """A date and a byline on one line, as blogs print them ("Posted on March 5, 2025 by Jane
    Doe", "Publié le 5 mars 2025 par Jean Dupont"); a relative date gives the name alone
    ("Posted 2 hours ago by Jane Doe")."""
    match = cues.DATED_BYLINE.match(line)
    if match is None or len(line) > 160:
        return None
    written = match.group("byline")
    if written[:3].lower() == "da ":  # Italian "da" in "Pubblicato il ... da", as "di" leads
        written = f"di {written[3:]}"
    date, byline = _dateline(match.group("date")), _parse_byline(written)
    if date is None:
        if byline is None or not _is_undated_dateline(match.group("date")):
            return None
        return byline[0], None
    return (byline[0] if byline is not None else []), date  # "... by admin" names no one


def _dateline(line: str) -> dt.datetime | None:
    """Return the date when `line` is nothing but a (prefixed) date and time."""
    if len(line) > 80 or (cues.BYLINE.match(line) and _parse_byline(line)):
        return None  # "By Jo Hart | June 7, 2017" names its author
    for place in _PLACES_BEFORE:
        found_place = place.match(line)
        if found_place and cues.DATE_PREFIX.match(line[found_place.end() :]):
            line = line[found_place.end() :]  # "Valencia Actualizado Lunes, 3 marzo 2025"
            break
    # The first date is the publication; an update stamp after it is part of the line. An
    # update stamp first gives way to the publication after it ("Mis à jour le 5 mars - Publié
    # le 4 mars").
    if cues.UPDATE_CLAUSE.match(line) and (published := _PUBLISHED_AFTER.search(line)):
        line = line[published.end() :]
    line = _SHOUTED_PLACE_TAIL.sub("", line)  # "Published - March 5, 2025 - NEW DELHI"
    if "@" in line:
        line = _AT_TIME.sub(" ", line)
    line = _FOUR_FIGURE_TIME.sub(r"\1:\2 \3", line)
    if cues.DATE_PREFIX.match(line):
        line = _SOURCE_TAIL.sub("", line)
    # "Updated March 5 2025 - 6:02pm, first published 5:30pm"
    line = _FIRST_PUBLISHED_TAIL.sub("", line)
    if line.endswith(")"):
        line = cues.AGENCY_TAIL.sub("", line)  # "Madrid, 5 Mar. 2025 (Europa Press)"
    stripped = cues.UPDATE_CLAUSE.sub(
        "",
        cues.DATE_PREFIX.sub("", cues.READING_TIME_TAIL.sub("", cues.COMMENTS_TAIL.sub("", line))),
    )
    if time_first := cues.TIME_FIRST.match(stripped):
        stripped = f"{time_first.group('date')} {time_first.group('time')}"
    found = find_date(stripped)
    if found is None:
        return None
    before = stripped[: found.start]
    if _filed_from(stripped, found.start, cues.DATELINE_PLACE) or (
        stripped[found.start : found.start + 1].isdigit() and _PLACE_BEFORE_FIGURES.match(before)
    ):
        before = ""  # where it was filed: "Sevilla | 12/02/2025 - 13:45h", "London 05/03/2025"
    leftover = (before + stripped[found.end :]).strip(" |,–-·•()")
    return found.when if len(leftover) <= 3 else None


def _stopped_headline(lines: list[str], content: list[int], position: int) -> bool:
    """A headline of short sentences, right over its byline ("The glut is here. Now what?"):
    a lead's one sentence over a newsroom's name is no headline."""
    line = lines[content[position]].strip()
    return (
        2 <= len(line.split()) <= HEADLINE_SENTENCE_WORDS
        and (_INNER_STOP.search(line) is not None or not line.endswith("."))
        and not line.startswith(("[", "(", "-", "*", "•"))
        and _byline_at(lines, content, position + 1)
    )


def _looks_like_headline(line: str) -> bool:
    # a headline's length in words, or in characters where the script spaces no words
    if writes_without_spaces(line):
        sized = EAST_ASIAN_HEADLINE_CHARS[0] <= len(line) <= EAST_ASIAN_HEADLINE_CHARS[1]
    else:
        sized = 2 <= len(line.split()) <= 25 and len(line) <= 200
    return (
        sized
        and not re.search(r"[.,;:]['’\"”»)]*$", line)
        and not cues.NUMBERED.match(line)
        and not line.startswith(("[", "(", "-", "*", "•"))
    )
