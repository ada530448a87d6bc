"""Clean plain-text articles: take out headline, bylines, datelines, captions, promos, bios,
comment threads and trailers, and keep every body paragraph.

The cues are structural (where a line stands, how long it is, what it starts or ends with) and
multilingual (English, German, French, Spanish, Italian, Portuguese), never specific texts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from schemas import Removed
from transforms.dates import find_date


@dataclass(frozen=True)
class Extracted:
    """An article's body and what was learnt or stripped from around it."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: dt.datetime | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)


_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|texto|text)\s*:?\s+(?P<names>[^|•·]+?)"
    r"(?:\s*(?:[|•·]|,\s*(?=\w+\s+\d)|\s[–-]\s)\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|&)\s*")
_NAME = re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|de|la|van|von|der|da|del|al|el|bin))*$"
)
_EDITOR_NOTE = re.compile(
    r"^\[?\s*(?:editor[’']?s?[’']?\s+note|ed\.\s*note|note from the editor|anm(?:erkung)?\.?\s+d(?:er)?\.?"
    r"\s*red(?:aktion)?\.?|note de la rédaction|nda|nota del editor|nota de la redacción|"
    r"nota della redazione|n\.\s*d\.\s*r\.)\s*[:.-]",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:^(?:crédits? photos?|photo credits?|fotos?|bild(?:er)?|image|quelle|source)\s*:\s*\S.{0,80}$|\((?:photo|picture|image|foto|bild|crédit(?: photo)?|credit|ap photo|reuters|afp|getty)"
    r"\b[^)]{0,160}\)\s*$|\b(?:photo|foto|bild|crédit photo|credit|image)\s*:\s*[^.]{2,80}$|©\s*[^.]{2,60}$)",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"^(?:more news|more from|read more|read also|also read|related(?: articles?| stories| news| posts)?|"
    r"see also|recommended(?: for you)?|most read|most popular|don[’']t miss|watch|more on this|"
    r"lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|"
    r"weitere (?:artikel|themen|beiträge|nachrichten|meldungen)|zum weiterlesen|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|sur le même sujet|"
    r"lee también|lea también|leer más|lea más|le puede interesar|te puede interesar|más información|"
    r"más sobre|relacionad[oa]s?|noticias relacionadas|leggi anche|veja também|leia também|leia mais|"
    r"czytaj (?:też|także|więcej)|zobacz (?:też|także)|polecamy|auch lesen|lesen sie hier|"
    r"empfohlene (?:beiträge|artikel)|you (?:may|might) also like|more stories|top stories|"
    r"trending now|editor[’']s picks|à lire également|à découvrir aussi|te recomendamos|"
    r"ver también|más noticias)\b\s*(?:[:»>|–-]|$)",
    re.IGNORECASE,
)
# Interface words left in a page's text: buttons and toggles, not prose.
_INTERFACE = re.compile(
    r"^(?:bild anzeigen|bild vergrößern|mehr anzeigen|weiterlesen|mehr lesen|show more|load more|"
    r"continue reading|lire la suite|afficher plus|ver más|mostrar más|leer más|zum artikel|"
    r"zur startseite|back to top|nach oben|print|drucken|imprimer|imprimir|skip to content|"
    r"zum inhalt springen|view comments|show comments|add a comment|post a comment|"
    r"kommentar schreiben|laisser un commentaire|deja un comentario)\s*[.:»>›…]*$",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|click to share|tweet|email this|"
    r"teilen|artikel teilen|partager(?: sur \w+)?|compartir(?: en \w+)?|condividi)\s*:?$",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"(?:\b(?:store|shop|newsletter|subscribe|sign up|follow us|all rights reserved|copyright|"
    r"abonnieren|abonnez-vous|s[’']abonner|suscríbete|suscribirse|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos reservados)\b|©)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:\(?(?:additional )?reporting by|editing by|writing by|compiled by|mitarbeit|"
    r"avec l[’']afp|con información de|(?:[\w.’' -]{2,60}) contributed to this (?:report|story))\b",
    re.IGNORECASE,
)
_COMMENTS_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|readers[’']? comments|leave a (?:comment|reply)|"
    r"join the discussion|discussion|responses?|kommentare?|leserkommentare|commentaires?|"
    r"réactions|comentarios?|commenti|kommentare insgesamt)\s*(?:\(\d+\))?\s*:?\s*\d*$",
    re.IGNORECASE,
)
_COMMENT_AUTHOR = re.compile(
    # The colon matters: "He said, she said" is a subheading, "John Smith says:" a comment.
    r"^[^.!?]{1,60}\s(?:says|said|wrote|schreibt|sagt|dit|a écrit|dice|escribió|scrive)\s*:$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+\S")
_BIO = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3})\s+(?:is|was|ist|war|est|était|es|era)\s+"
    r"(?:a|an|the|ein|eine|un|une|una|el|la|il|lo)\b.{0,200}?\b(?:journalist|reporter|correspondent|"
    r"writer|editor|author|photographer|historian|columnist|contributor|analyst|blogger|Journalist|"
    r"Korrespondent|Redakteur|Autor|Reporter|journaliste|rédacteur|correspondant|auteur|periodista|"
    r"corresponsal|redactor|autor|giornalista)",
)
_BIO_FOLLOW = re.compile(
    r"^(?:follow (?:him|her|them)|(?:he|she|they) (?:can be reached|lives)|(?:his|her|their) "
    r"(?:latest book|studies|work|favou?red|areas|book)|email (?:him|her))",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|stand|publié(?: le)?|"
    r"mis à jour(?: le)?|publicado(?: el)?|actualizado(?: el)?|pubblicato(?: il)?)\s*:?\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…:;,]['’\"”»)]*$")


def clean_text(raw: str, find_title: bool = True) -> Extracted:
    """Split a plain-text article into its body and its metadata and boilerplate.

    Args:
        raw: the article as text, paragraphs on their own lines.
        find_title: take a leading headline line as the title (off when the title is known
            from elsewhere, as for HTML pages).
    """
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line.replace("\ufeff", "") for line in lines]
    kinds: list[str | None] = [None] * len(lines)  # None = body, else the kind removed
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return Extracted(text="")

    title: str | None = None
    authors: list[str] = []
    published: dt.datetime | None = None

    _mark_editor_notes(lines, content, kinds)
    tail_start = _mark_comments(lines, content, kinds)

    # The head: up to the first body paragraph, headline, bylines, datelines and captions.
    for position, i in enumerate(content[:8]):
        if kinds[i] is not None:
            continue
        line = lines[i].strip()
        byline = _parse_byline(line)
        if byline is not None:
            kinds[i] = "byline"
            authors.extend(name for name in byline[0] if name not in authors)
            published = published or byline[1]
            continue
        date = _dateline(line)
        if date is not None:
            kinds[i] = "dateline"
            published = published or date
            continue
        if _CAPTION.search(line) and len(line) < 400:
            kinds[i] = "caption"
            continue
        if (
            find_title
            and title is None
            and _looks_like_headline(line)
            and position < len(content) - 1
        ):
            if all(kinds[j] is not None for j in content[:position]):
                kinds[i] = "title"
                title = line
                continue
        break

    # Anywhere in the body: promos, share prompts, captions and reporting credits.
    for i in content[:tail_start]:
        if kinds[i] is not None:
            continue
        line = lines[i].strip()
        if _PROMO.match(line):
            kinds[i] = "promo"
        elif _SHARE.match(line) or _INTERFACE.match(line):
            kinds[i] = "share"
        elif len(line) <= 40 and _dateline(line) is not None:
            kinds[i] = "dateline"
        elif _CREDIT.match(line) and len(line) < 200:
            kinds[i] = "credit"
        elif _CAPTION.search(line) and len(line) < 300 and not _SENTENCE_END.search(line[:-1]):
            kinds[i] = "caption"

    _mark_tail(lines, [i for i in content if i < tail_start], kinds)

    removed = _group_removed(lines, kinds)
    body = "\n".join(lines[i].strip() for i in content if kinds[i] is None)
    return Extracted(
        text=body,
        title=title,
        authors=authors,
        published_at=published,
        removed=[r for r in removed if r.kind != "title"],
    )


def _mark_editor_notes(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark an editor's preface: a bracketed block (up to its `]`) or one flagged paragraph."""
    for position, i in enumerate(content):
        if not _EDITOR_NOTE.match(lines[i].strip()):
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
    half = content[len(content) // 3] if len(content) > 3 else content[0]
    for i in content:
        if i < half:
            continue
        line = lines[i].strip()
        if _COMMENTS_HEADER.match(line) or _COMMENT_AUTHOR.match(line):
            start = i
            break
        if _NUMBERED.match(line) and _NUMBERED.match(line).group("n") == "1":
            if _is_comment_list(lines, [j for j in content if j >= i]):
                start = i
                break
    for i in content:
        if i >= start:
            kinds[i] = "comments"
    return start


def _is_comment_list(lines: list[str], rest: list[int]) -> bool:
    """Tell a numbered reader thread (long items, running to the end) from a list in the body."""
    expected, items, sizes, words = 1, 0, [], []
    for i in rest:
        match = _NUMBERED.match(lines[i])
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


def _mark_tail(lines: list[str], content: list[int], kinds: list[str | None]) -> None:
    """Mark trailers (store, newsletter, copyright) and the author's bio after the body."""
    body = [i for i in content if kinds[i] is None]
    for i in reversed(body):
        line = lines[i].strip()
        if len(line.split()) <= 12 and _TRAILER.search(line):
            kinds[i] = "trailer"
        elif _SHARE.match(line) or _PROMO.match(line):
            kinds[i] = kinds[i] or "promo"
        else:
            break
    body = [i for i in content if kinds[i] is None]
    if len(body) < 3:
        return
    for position in range(max(1, len(body) * 2 // 3), len(body)):
        i = body[position]
        match = _BIO.match(lines[i].strip())
        if not match:
            continue
        start = position
        previous = lines[body[position - 1]].strip()
        if previous == match.group("name") or (
            len(previous.split()) <= 4
            and _NAME.match(previous)
            and not _SENTENCE_END.search(previous)
        ):
            start = position - 1
        for j in body[start:]:
            kinds[j] = "bio"
        return
    for i in body[-2:]:
        if _BIO_FOLLOW.match(lines[i].strip()):
            kinds[i] = "bio"


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


def _parse_byline(line: str) -> tuple[list[str], dt.datetime | None] | None:
    """Return (authors, date) when `line` is a byline such as 'By X | June 7, 2017 | 4:40am EDT'."""
    match = _BYLINE.match(line)
    if not match or len(line) > 160:
        return None
    names = [n.strip(" .") for n in _NAME_SPLIT.split(match.group("names")) if n.strip(" .")]
    if not names or not all(_NAME.match(n) and len(n.split()) <= 5 for n in names):
        return None
    rest = match.group("rest") or ""
    found = find_date(rest) if rest else None
    return names, found.when if found else None


def _dateline(line: str) -> dt.datetime | None:
    """Return the date when `line` is nothing but a (prefixed) date and time."""
    if len(line) > 80:
        return None
    stripped = _DATE_PREFIX.sub("", line)
    found = find_date(stripped)
    if found is None:
        return None
    leftover = (stripped[: found.start] + stripped[found.end :]).strip(" |,–-·•()")
    return found.when if len(leftover) <= 3 else None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 25
        and len(line) <= 200
        and not re.search(r"[.,;:]['’\"”»)]*$", line)
        and not _NUMBERED.match(line)
        and not line.startswith(("[", "(", "-", "*", "•"))
    )
