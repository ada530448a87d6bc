"""A run's counters by what they count: records read, articles, rejects, records filtered.

The one place that knows which of the stages' Beam counters answer which question; the run
record and the progress line both read through `tally`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from apache_beam.runners.runner import PipelineResult

from transforms.scope import FILTERED

CounterName = tuple[str, str]  # (namespace, name)

# Counters of the records a run's sources read: each ends as an article, a reject or filtered.
INPUT_COUNTERS = {
    ("newsbeam.read", "documents"), ("newsbeam.read", "rejects"), ("newsbeam.read", "filtered"),
    ("newsbeam.feed", "entries"), ("newsbeam.feed", "rejects"),
    ("newsbeam.sitemap", "entries"), ("newsbeam.sitemap", "rejects"),
}  # fmt: skip
FILTERED_COUNTERS = {("newsbeam.read", "filtered"), FILTERED}
# The last per-document stage counts every article that passed it, with or without a model.
ARTICLE_COUNTERS = {("newsbeam.entities", "tagged"), ("newsbeam.entities", "no_model")}
# Every reject of every stage is counted once in this namespace, by stage and reason.
REJECTS_NAMESPACE = "newsbeam.rejects"


@dataclass(frozen=True)
class Tally:
    """How far a run has come: records read, and what became of them so far."""

    read: int = 0
    articles: int = 0
    rejects: int = 0
    filtered: int = 0

    @property
    def done(self) -> int:
        """Records that have reached their end: an article, a reject or filtered."""
        return self.articles + self.rejects + self.filtered


def tally(counters: Mapping[CounterName, int]) -> Tally:
    """A tally of counters summed by (namespace, name)."""

    def total(names: set[CounterName]) -> int:
        return sum(counters.get(name, 0) for name in names)

    return Tally(
        read=total(INPUT_COUNTERS),
        articles=total(ARTICLE_COUNTERS),
        rejects=sum(n for (space, _), n in counters.items() if space == REJECTS_NAMESPACE),
        filtered=total(FILTERED_COUNTERS),
    )


def sum_by_name(pairs: Iterable[tuple[CounterName, int | None]]) -> dict[CounterName, int]:
    """Counter values summed over the steps that report them."""
    totals: Counter[CounterName] = Counter()
    for name, value in pairs:
        totals[name] += value or 0
    return dict(totals)


def result_counters(result: PipelineResult, live: bool = False) -> dict[CounterName, int] | None:
    """A job's counters by name; None where its runner reports no metrics (Dask).

    Committed values where the runner has them (they only grow; Prism's attempted values of a
    running job can fall back), attempted ones where it has not. A job still running (`live`)
    that has reported nothing yet gives {}.
    """
    try:
        counters = result.metrics().query()["counters"]
    except (AttributeError, NotImplementedError, KeyError):
        return None
    if not counters:
        return {} if live else None
    return sum_by_name(
        (
            (c.key.metric.namespace, c.key.metric.name),
            c.committed if c.committed is not None else c.attempted,
        )
        for c in counters
    )
