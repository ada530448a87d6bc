"""What flows between stages: input documents, and rejects that say where and why a record stopped."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.metrics import Metrics

# The key under which every stage returns its rejects (beside "ok").
REJECTED = "rejected"


@dataclass(frozen=True)
class Document:
    """One input record before extraction.

    `key` names the record independently of where the run happens (a path relative to the input
    root plus a line number, or a URL); it and the content decide the article id.
    """

    key: str
    source: str
    url: str | None
    format: str  # "html" or "text"
    content: bytes
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    summary: str | None = None
    # False: the container's fields (JSONL) win over the page's. True: the page's win and
    # the container's (a feed entry's) only fill gaps.
    metadata_fills_gaps: bool = False
    charset: str | None = None  # as the HTTP response declared it


@dataclass(frozen=True)
class Reject:
    """An input record that did not become an article: which stage stopped it, and why."""

    source: str
    url: str | None
    stage: str
    error: str


def article_id(doc: Document) -> str:
    """Return the deterministic id of the article made from `doc` (same input, same id)."""
    digest = hashlib.sha256()
    digest.update(doc.key.encode("utf-8"))
    digest.update(b"\0")
    digest.update(hashlib.sha256(doc.content).digest())
    return digest.hexdigest()[:32]


def describe_error(error: BaseException) -> str:
    """One line naming an unexpected error, for a reject row."""
    message = " ".join(str(error).split())[:300]
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def origin(record: object) -> tuple[str, str | None]:
    """Where a record of any stage came from (source, url), for a reject about it."""
    source = next(
        (
            v
            for name in ("source", "feed", "path")
            if isinstance(v := getattr(record, name, None), str)
        ),
        None,
    )
    url = next(
        (v for name in ("url", "link") if isinstance(v := getattr(record, name, None), str)), None
    )
    if source is None:
        source = record if isinstance(record, str) else repr(record)[:200]
    return source, url


class GuardedFn(beam.DoFn):
    """The base of every stage's per-record DoFn: one guard around each record's work.

    An exception while processing one record (a parser bug, a library's surprise on hostile
    input) becomes a reject naming the stage, the exception type and a one-line message
    ("Type: message", so `SplitRejects` counts it as `newsbeam.rejects/<stage>.<Type>`); the
    job goes on. Subclasses implement
    `process_record`; a bug in newsbeam itself shows in those counts and rows, not as a dead
    job (in streaming, a raising bundle would be retried for ever).
    """

    stage = "unknown"

    def process(self, record: object) -> Iterator[object]:
        try:
            yield from self.process_record(record)
        except Exception as error:  # noqa: BLE001 - the guard: any error of one record
            source, url = origin(record)
            yield Reject(source, url, self.stage, describe_error(error))

    def process_record(self, record: object) -> Iterator[object]:
        """The stage's work on one record: records (and rejects) out."""
        raise NotImplementedError


def is_reject(record: object) -> bool:
    """Whether a stage's output record is a reject."""
    return isinstance(record, Reject)


class _CountRejectsFn(beam.DoFn):
    """Count rejects by stage and reason (the reason's text up to its first colon)."""

    def __init__(self) -> None:
        self._counters: dict[str, beam.metrics.metricbase.Counter] = {}

    def process(self, reject: Reject) -> Iterator[Reject]:
        name = f"{reject.stage}.{reject.error.split(':')[0][:60]}"
        if name not in self._counters:
            self._counters[name] = Metrics.counter("newsbeam.rejects", name)
        self._counters[name].inc()
        yield reject


class SplitRejects(beam.PTransform):
    """Split a stage's mixed output into {"ok": records, "rejected": rejects}.

    Stages emit records and rejects on one output and split them with two filters, rather than
    tagged outputs: Beam's Dask runner hands every tagged output of a ParDo to each consumer.
    """

    def expand(self, mixed: beam.PCollection) -> dict[str, beam.PCollection]:
        return {
            "ok": mixed | "Ok" >> beam.Filter(lambda r: not is_reject(r)),
            REJECTED: mixed
            | "Rejected" >> beam.Filter(is_reject)
            | "CountRejects" >> beam.ParDo(_CountRejectsFn()),
        }
