"""Mark syndicated copies in a stream: the first-seen article of a bucket is the original.

The same MinHash signatures, LSH bands, exact keys and threshold as the batch `MarkDuplicates`,
but over an unbounded stream: each band bucket (and exact key) remembers, in keyed state, the
earliest-arriving article it has held (its arrival rank and signature) for `retention_s`
seconds of event time. A later article meeting it in a bucket votes for it when the pair
verifies; the article's `duplicate_of` is the earliest of its votes.

Where this differs from batch: batch sees every article at once and names the earliest
*published* member of a connected component; the stream names the earliest *arrived*
article the newcomer verifies against directly (an article that only resembles another copy
points to that copy, not through it to the original), and forgets originals after the
retention period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import numpy as np
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.utils.timestamp import Duration, Timestamp

from schemas import ArticleRecord
from transforms.dedupe import EXACT_KEYS, Candidate, DedupeConfig, MarkFn, sketch, verified
from transforms.records import SplitRejects
from transforms.seen import DEFAULT_RETENTION_S


def arrival_rank(article: ArticleRecord) -> str:
    """Order of arrival as a sortable string: ingestion time, then id."""
    stamp = article.ingested_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return f"{stamp}|{article.id}"


def bucket_vote(
    key: str,
    first: tuple[str, np.ndarray] | None,
    newcomer: tuple[str, np.ndarray],
    cfg: DedupeConfig,
) -> tuple[str | None, bool]:
    """What a bucket holding `first` says of `newcomer`: the rank it copies (or None), and
    whether the newcomer becomes the bucket's first.
    """
    if first is None or newcomer[0] < first[0]:
        return None, True
    if newcomer[0] == first[0]:  # the same article again (a retried bundle)
        return None, False
    candidate = Candidate(first[0], newcomer[0], key.startswith(EXACT_KEYS))
    return (first[0] if verified(candidate, first[1], newcomer[1], cfg) else None), False


class _FirstInBucketFn(beam.DoFn):
    FIRST = userstate.ReadModifyWriteStateSpec("first", PickleCoder())
    EXPIRY = userstate.TimerSpec("expiry", TimeDomain.WATERMARK)

    def __init__(self, cfg: DedupeConfig, retention_s: float):
        self._cfg, self._retention_s = cfg, retention_s
        self._votes = Metrics.counter("newsbeam.dedupe", "verified_pairs")

    def process(
        self,
        element: tuple[str, tuple[str, np.ndarray]],
        timestamp: Timestamp = beam.DoFn.TimestampParam,
        first: userstate.ReadModifyWriteRuntimeState = beam.DoFn.StateParam(FIRST),  # noqa: B008
        expiry: userstate.RuntimeTimer = beam.DoFn.TimerParam(EXPIRY),  # noqa: B008
    ) -> Iterator[tuple[str, str]]:
        key, newcomer = element
        copies, becomes_first = bucket_vote(key, first.read(), newcomer, self._cfg)
        if becomes_first:
            first.write(newcomer)
            expiry.set(timestamp + Duration(seconds=self._retention_s))
        if copies is not None:
            self._votes.inc()
            yield newcomer[0].rsplit("|", 1)[1], copies

    @userstate.on_timer(EXPIRY)
    def expire(
        self,
        first: userstate.ReadModifyWriteRuntimeState = beam.DoFn.StateParam(FIRST),  # noqa: B008
    ) -> Iterable[tuple[str, str]]:
        first.clear()
        return ()


def _bucket_entries(article: ArticleRecord, cfg: DedupeConfig) -> Iterator[tuple]:
    found = sketch(article, cfg)
    rank = arrival_rank(article)
    for key in found.keys:
        yield key, (rank, found.signature)


def same_windowing(like: beam.PCollection) -> beam.WindowInto:
    """A WindowInto that puts records back into the windows (and triggers) of `like`."""
    windowing = like.windowing
    return beam.WindowInto(
        windowing.windowfn,
        trigger=windowing.triggerfn,
        accumulation_mode=windowing.accumulation_mode,
        timestamp_combiner=windowing.timestamp_combiner,
        allowed_lateness=windowing.allowed_lateness,
    )


class MarkLaterCopies(beam.PTransform):
    """Fill `duplicate_of` of every streamed article that copies one that arrived earlier.

    Returns {"ok": articles, "rejected": repeats of a record}, as `MarkDuplicates` does.

    Articles come in windows; the bucket state lives in the global window, and the votes go
    back into the articles' windows to meet them.
    """

    def __init__(
        self,
        cfg: DedupeConfig,
        retention_s: float = DEFAULT_RETENTION_S,
        known_ids: frozenset[str] = frozenset(),
    ):
        super().__init__()
        self._cfg, self._retention_s, self._known_ids = cfg, retention_s, known_ids

    def expand(self, articles: beam.PCollection) -> dict[str, beam.PCollection]:
        votes = (
            articles
            | "BucketKeys"
            >> beam.FlatMap(_bucket_entries, self._cfg).with_output_types(tuple[str, Any])
            | "StateWindow" >> beam.WindowInto(beam.transforms.window.GlobalWindows())
            | "FirstInBucket" >> beam.ParDo(_FirstInBucketFn(self._cfg, self._retention_s))
            | "BackToArticleWindows" >> same_windowing(articles)
        )
        return (
            {"article": articles | "ById" >> beam.Map(lambda a: (a.id, a)), "label": votes}
            | "JoinVotes" >> beam.CoGroupByKey()
            | "Mark" >> beam.ParDo(MarkFn(self._known_ids))
            | "SplitRejects" >> SplitRejects()
        )
