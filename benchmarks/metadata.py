"""Article metadata quality: title, authors and publication date against trafilatura-eval's gold.

851 of the evaluation set's pages carry the metadata a person read off the page. Each page is
extracted as the pipeline extracts it (`extract_html`, with the page's URL, as a fetched page
has it) and as trafilatura alone reads it (`bare_extraction`, its own date search), and each
field is scored where the gold states it, on the dev and test sites apart
(`benchmarks/splits/sites.tsv`).

    python -m benchmarks.metadata [--shared ../shared]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from trafilatura import bare_extraction

from benchmarks.common import markdown_table, require, shared_argument
from benchmarks.dumps import TRAFILATURA, site_of, split_of, trafilatura_pages
from transforms.dates import parse_date
from transforms.decode import declared_charset, decode_bytes
from transforms.extract import extract_html

FIELDS = ("title", "author", "date")
_WORD = re.compile(r"\w+")
# Words that join names in a byline ("Anna Weber und Jonas Brandt"), in the set's languages.
_JOINERS = {"and", "und", "et", "y", "e", "i", "u", "von", "by", "par", "por", "di", "de"}


class Metadata(NamedTuple):
    """The three fields scored, as plain text (the date as YYYY-MM-DD, or an ISO instant)."""

    title: str | None
    author: str | None
    date: str | None


def gold_text(value: str | list[str] | None) -> str | None:
    """A gold field as text: some pages list several authors."""
    return "; ".join(value) if isinstance(value, list) else value


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").casefold())


def same(field: str, gold: str, found: str | None) -> bool:
    """Whether `found` states the gold value: equal words for a title, the same name words
    (joiners aside, in any order) for authors, the same day for a date."""
    if found is None:
        return False
    if field == "date":
        return on_the_day(gold[:10], found)
    if field == "author":
        return set(words(gold)) - _JOINERS == set(words(found)) - _JOINERS
    return words(gold) == words(found)


def on_the_day(day: str, found: str) -> bool:
    """Whether `found` (a day, or an instant in UTC) falls on `day` where the page was written.

    newsbeam stores instants in UTC, and a page's own date is its local day: 23:11 UTC on the
    31st is the 1st at UTC+1. An instant counts when some time zone (UTC-12 to UTC+14) puts it
    on the gold day; a bare date must be that day.
    """
    try:
        start = dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC) - dt.timedelta(hours=14)
    except ValueError:  # a few gold dates are not dates ("2019-00-00"): only the text can match
        return found[:10] == day
    if len(found) <= 10:
        return found == day
    instant = dt.datetime.fromisoformat(found)
    instant = instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)
    return start <= instant < start + dt.timedelta(hours=50)


def ours(html: bytes, url: str) -> Metadata:
    """What `newsbeam run` writes for a page: its title, authors and published day."""
    found = extract_html(html, url)
    when = found.published_at.isoformat() if found.published_at else None
    return Metadata(found.title, "; ".join(found.authors) or None, when)


def bare(html: bytes, url: str) -> Metadata:
    """trafilatura's own metadata, as a user calls it."""
    doc = bare_extraction(decode_bytes(html, declared_charset(html)), url=url, with_metadata=True)
    if doc is None:
        return Metadata(None, None, None)
    day = parse_date(doc.date)
    return Metadata(doc.title, doc.author, day.date().isoformat() if day else None)


def score(
    readers: dict[str, Callable[[bytes, str], Metadata]], shared: Path
) -> tuple[list[list], dict[str, float]]:
    """Rows of (split, reader, pages, accuracy per field) and each reader's ms per page."""
    require(shared / "corpora" / TRAFILATURA)
    tally: dict[tuple[str, str], Counter] = {}
    spent: Counter = Counter()
    pages = 0
    for key, entry, html in trafilatura_pages(shared):
        if not any(entry.get(f) for f in FIELDS):
            continue
        pages += 1
        split = split_of(site_of(key))
        for name, read in readers.items():
            start = time.process_time()
            try:
                found = read(html, key)
            except Exception:  # noqa: BLE001 - a page a reader cannot read scores as a miss
                found = Metadata(None, None, None)
            spent[name] += time.process_time() - start
            counts = tally.setdefault((split, name), Counter())
            counts["pages"] += 1
            for field in FIELDS:
                if gold := gold_text(entry.get(field)):
                    counts[f"{field}_n"] += 1
                    counts[field] += same(field, gold, getattr(found, field))
            if entry.get("date") and found.date:  # stricter: the UTC day itself
                counts["utc_day"] += found.date[:10] == entry["date"][:10]
    rows = []
    for split in ("test", "dev"):
        for name in readers:
            counts = tally[(split, name)]
            rows.append(
                [split, name, counts["pages"]]
                + [counts[f] / max(1, counts[f"{f}_n"]) for f in FIELDS]
                + [counts["utc_day"] / max(1, counts["date_n"])]
                + [counts[f"{f}_n"] for f in FIELDS]
            )
    return rows, {name: spent[name] * 1000 / max(1, pages) for name in readers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    args = parser.parse_args()
    readers = {"newsbeam (extract_html)": ours, "trafilatura bare_extraction": bare}
    rows, ms = score(readers, args.shared.resolve())
    header = ["split", "reader", "pages", "title", "authors", "date", "date (UTC day)",
              "titles", "authors", "dates"]  # fmt: skip
    print("### Metadata: trafilatura-eval pages with gold title, authors or date\n")
    print(markdown_table(header, rows))
    print(
        "\nAccuracy where the gold states the field (the last three columns count those pages)."
        " A date counts when some time zone puts the instant on the gold's day (newsbeam stores"
        " UTC instants, pages state their local day); the UTC-day column asks for the day itself."
    )
    print("ms per page (CPU, everything each reader does): " + ", ".join(
        f"{name} {value:.1f}" for name, value in ms.items()
    ))  # fmt: skip


if __name__ == "__main__":
    main()
