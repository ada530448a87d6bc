"""Which records a run wants: sites (a URL pattern, a list of domains) and a least date.

A CC-NEWS archive mixes thousands of sites and a sitemap lists years of articles; a run that
wants some of them keeps those and counts the rest as `filtered`. A filtered record is neither
an article nor a reject: the run asked not to have it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.feeds import FeedEntry

# The counter every source adds its filtered records to; the run's accounting reads it.
FILTERED = ("newsbeam.scope", "filtered")


@dataclass(frozen=True)
class Scope:
    """The records a run keeps: URL matching `url_pattern`, host in `domains`, date >= `since`.

    An empty field keeps everything. A record with no URL is kept by the URL tests (a plain
    file has none), and one with no date by `since` (it cannot be told old).
    """

    url_pattern: str | None = None
    domains: tuple[str, ...] = ()  # normalised, as parse_domains gives them
    since: dt.datetime | None = None

    @functools.cached_property
    def _regex(self) -> re.Pattern[str] | None:
        # Compiled once per scope (per worker, after unpickling); run_scope checked it parses.
        return re.compile(self.url_pattern) if self.url_pattern else None

    @property
    def filters(self) -> bool:
        """Whether this scope can filter anything out."""
        return bool(self.url_pattern or self.domains or self.since)

    def keeps_url(self, url: str | None) -> bool:
        """Whether a record at `url` is in scope (by pattern and domain)."""
        if url is None:
            return True
        if self._regex is not None and not self._regex.search(url):
            return False
        return not self.domains or in_domains(url, self.domains)

    def keeps_date(self, when: dt.datetime | None) -> bool:
        """Whether a record dated `when` is new enough."""
        return self.since is None or when is None or when >= self.since

    def keeps_entry(self, entry: FeedEntry) -> bool:
        """Whether a feed or sitemap entry is in scope (its link and its date)."""
        return self.keeps_url(entry.link) and self.keeps_date(entry.published)


def normalise_domain(domain: str) -> str:
    """A --domains item as compared: lower case, no scheme, no "www.", no trailing dot or path."""
    value = domain.strip().lower()
    value = value.split("://", 1)[-1].split("/", 1)[0].rstrip(".")
    return value.removeprefix("www.")


def in_domains(url: str, domains: tuple[str, ...]) -> bool:
    """Whether the URL's host is one of `domains` or below one (news.example.com in example.com)."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def parse_domains(text: str) -> tuple[str, ...]:
    """Parse a --domains value: names separated by commas or spaces."""
    return tuple(sorted({normalise_domain(d) for d in re.split(r"[,\s]+", text) if d.strip()}))


class _KeepEntriesInScopeFn(beam.DoFn):
    def __init__(self, scope: Scope):
        self._scope = scope
        self._filtered = Metrics.counter(*FILTERED)

    def process(self, entry: FeedEntry) -> Iterator[FeedEntry]:
        if self._scope.keeps_entry(entry):
            yield entry
        else:
            self._filtered.inc()


class KeepEntriesInScope(beam.PTransform):
    """Feed and sitemap entries in; those in scope out (the rest counted as filtered)."""

    def __init__(self, scope: Scope):
        super().__init__()
        self._scope = scope

    def expand(self, entries: beam.PCollection) -> beam.PCollection:
        return entries | "Keep" >> beam.ParDo(_KeepEntriesInScopeFn(self._scope))
