"""The authors a page's metadata credits, as people's names.

Metadata's author field holds more than names: the label of the author's page ("View all
posts by Jane Doe"), a date label run into the name ("Jane Doe Stand"), placeholders ("admin",
"Name"), a theme's footer credit, an editor's initials beside the name in full, and, most
often, the publisher itself ("Example Daily", "example.com", "EXAMPLE Staff"). A reader of
the `authors` column wants the people; the publisher is a last resort, kept where a page
credits no one else.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.entities import html5

from transforms import cues
from transforms.boilerplate import east_asian
from transforms.clean import read_byline

# Where the site's name splits into parts ("Achtsam durch die Krise | Example Weekly").
_SITE_PARTS = re.compile(r"\s+[|–—:•»/-]\s+|\s*\|\s*")
_SHORT_LABELS = frozenset("by von par por di da de door av".split())
_INITIALS = re.compile(r"^[A-ZÀ-Þ]{2,3}$")
_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|el|il|lo|o|a|het|de)\s+", re.IGNORECASE)
# What a credit names before its name, not being one ("Text; Interview Harald Willenbrock").
_CREDIT_LABEL = re.compile(r"^(?i:interview|text|texte|texto|testo|words)\s+(?=[A-ZÀ-Þ])")


@dataclass(frozen=True)
class Site:
    """A site's names in compact form (letters and digits, lower case): the name it gives
    itself, each part of that name, its host name with and without the top-level domain."""

    names: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str], host: str | None) -> Site:
        forms = [form for name in names for form in (name, *_SITE_PARTS.split(name))]
        # "The Northmoor Post" signs "Northmoor Post Staff" too
        forms += [_ARTICLE.sub("", form) for form in forms]
        host = (host or "").lower().removeprefix("www.")
        if host:
            forms += [host, host.rsplit(".", 1)[0]]
        return cls(frozenset(c for c in map(compact, forms) if len(c) >= 2))

    def signs(self, words: list[str]) -> bool:
        """Whether words are the site's signature: its name, maybe with a newsroom's words
        around it ("Example News Staff", "Redaktion Example") or its words with such words."""
        if compact(" ".join(words)) in self.names:
            return True
        core = list(words)
        while core and cues.is_label_word(core[-1]):
            core.pop()
        while core and (cues.is_label_word(core[0]) or core[0].lower() == "the"):
            core.pop(0)
        if core and compact(" ".join(core)) in self.names:
            return True
        return any(self.named_by(w) for w in words) and all(
            self.named_by(w) or cues.is_label_word(w) for w in words
        )

    def named_by(self, word: str) -> bool:
        """Whether a word is the site's name, or a compound made with it ("EXAMPLE-Reporter")."""
        parts = word.split("-")
        return any(compact("".join(parts[:k])) in self.names for k in range(1, len(parts) + 1))


def compact(text: str) -> str:
    """Letters and digits only, case-folded: "Example-News.de" and "EXAMPLE NEWS DE" alike."""
    return "".join(c for c in text.casefold() if c.isalnum())


def metadata_names(authors: str | None, stated: Iterable[str] = ()) -> list[str]:
    """The names an author field gives (trafilatura's, parts split by ";"), or where it garbled
    an escaped name into parts ("Redacci; Oacute; N"), the ones the page's JSON-LD states."""
    given = [" ".join(part.split()) for part in (authors or "").split(";") if part.strip()]
    if any(f"{part};" in html5 for part in given):
        given = list(stated)
    return given


def as_names(raw: Iterable[str]) -> list[str]:
    """Each credit made a name, or dropped where it is none.

    Entities are decoded; a label before the name ("Author", "View all posts by") and a date
    or reading-time label after it ("Stand", "Reading time") go; an interview's credit gives
    both its people; a shouted name is written in title case; placeholders ("admin", "Name",
    "No author"), job titles ("Staff Writer"), what reads as a phrase, not a name (a footer's
    "Made with Drupal by ...", a date), and initials of a name also given in full are dropped.
    """
    names: list[str] = []
    for credit in raw:
        for part in cues.INTERVIEW_CREDIT.split(html.unescape(credit)):
            names += _unlabelled(part)
    names = [
        n.title() if n.isupper() and len(n) > 3 else n  # "JANE DOE" is Jane Doe
        for n in names
        if n
        and not cues.AUTHOR_PLACEHOLDER.match(n)
        and not cues.JOB_TITLE.match(n)  # "Jane Doe, Staff Writer"
        and _reads_as_name(n)
    ]
    initials = {"".join(word[0] for word in n.split()).upper() for n in names if " " in n}
    return list(dict.fromkeys(n for n in names if not (_INITIALS.match(n) and n in initials)))


def split_publisher(names: Iterable[str], site: Site) -> tuple[list[str], list[str]]:
    """The people among `names`, and the names that are the publisher's.

    A name is the publisher's where it is the site's name, or that name with words a newsroom
    signs with ("EXAMPLE Staff", "Noticias Example", "Redaktion Example"); a name led by a
    compound of the site's name ("EXAMPLE-Experte Jo Hart") or ending in the site's name and
    such words ("Jo Hart Example Staff") is the person's without them.
    """
    people: list[str] = []
    publishers: list[str] = []
    for name in names:
        words = name.split()
        if site.signs(words):
            publishers.append(name)
            continue
        # the newsroom's signature after the name ("Jo Hart Example Staff")
        end = next((k for k in range(2, len(words)) if site.signs(words[k:])), len(words))
        words = words[:end]
        if len(words) > 2 and site.named_by(words[0]) and compact(words[0]) not in site.names:
            words.pop(0)
        people.append(" ".join(words))
    return people, publishers


def _unlabelled(credit: str) -> list[str]:
    """A credit's names without the label before them, or the date label after."""
    credit = cues.NAME_TAIL_LABEL.sub("", credit.strip()).strip()
    if east_asian(credit):
        return read_byline(credit)[0] or [credit]  # "责任编辑：孔德明"
    credit = _CREDIT_LABEL.sub("", credit)
    page = cues.AUTHOR_PAGE.match(credit)
    if page:
        return [credit[page.end() :].strip()]
    byline = cues.BYLINE.match(credit)
    label = credit.split(None, 1)[0].lower() if byline else ""
    # "Di Stefano", "Von Trapp": a short label word may be a name's own first word.
    if byline and (label not in _SHORT_LABELS or len(byline.group("names").split()) >= 2):
        return [n for n in cues.NAME_SPLIT.split(byline.group("names")) if n]
    # "Ana Ruiz y Juan Pérez", not a society's "e V" (e.V.)
    parts = cues.NAME_JOINER.split(credit)
    return parts if all(" " in part for part in parts) else [credit]


def _reads_as_name(name: str) -> bool:
    """A name or a handle ("jdoe", "she works"), not a phrase in title case ("Made in Example
    with Drupal by Studio"), a date ("On August 3") or an e-mail address."""
    words = name.split()
    if (len(words) > 1 and any(c.isdigit() for c in name)) or cues.EMAIL_ADDRESS.search(name):
        return False
    capitalised = any(w[:1].isupper() for w in words)
    return not capitalised or all(
        w[:1].isupper()
        or not w[:1].isalpha()
        or w.lower() in cues.NAME_PARTICLES
        or w[:2].lower() in ("d'", "d’")
        or (w in ("der", "den") and before.lower() in ("van", "von"))
        for before, w in zip(["", *words], words, strict=False)
    )
