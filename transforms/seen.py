"""Let each record of an unbounded stream through once: keyed state with a retention timer.

A feed lists the same entries poll after poll, and a watched folder the same files: a stream
must process each once. The key of a record (a feed entry's canonical URL, a file's path) is
remembered in Beam keyed state for `retention_s` seconds of event time, then forgotten by a
timer, so state does not grow for ever. Keys the output already holds (`known`) are dropped
too: a restarted stream does not write again what is there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.coders import BooleanCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.utils.timestamp import Duration, Timestamp

from transforms.feeds import FeedEntry
from transforms.fetch import canonical_url
from transforms.sources import InputFile

DEFAULT_RETENTION_S = 7 * 24 * 3600.0


@dataclass(frozen=True)
class SeenConfig:
    """How long a key is remembered, and the keys already in the output."""

    retention_s: float = DEFAULT_RETENTION_S
    known: frozenset[str] = field(default_factory=frozenset)


def entry_key(entry: FeedEntry) -> str:
    """The identity of a feed entry: its article's canonical URL."""
    return "url:" + canonical_url(entry.link)


def file_key(file: InputFile) -> str:
    """The identity of a watched file: its path."""
    return "file:" + file.path


def known_keys(articles: pa.Table, rejects: pa.Table) -> frozenset[str]:
    """The entry and file keys an output already holds, from its `url` and `source` columns.

    Rejects of the fetch stage are left out: a page a server failed to give is tried again by
    a restarted stream (its entry is still new to it).
    """
    keys: set[str] = set()
    retried = pc.equal(rejects.column("stage"), "fetch").to_pylist()
    for table, skip in ((articles, None), (rejects, retried)):
        urls, sources = table.column("url").to_pylist(), table.column("source").to_pylist()
        for row, (url, source) in enumerate(zip(urls, sources, strict=True)):
            if skip and skip[row]:
                continue
            if url:
                keys.add("url:" + url)
            keys.add("file:" + source)
    return frozenset(keys)


class _FirstSeenFn(beam.DoFn):
    SEEN = userstate.ReadModifyWriteStateSpec("seen", BooleanCoder())
    EXPIRY = userstate.TimerSpec("expiry", TimeDomain.WATERMARK)

    def __init__(self, cfg: SeenConfig):
        self._cfg = cfg
        self._new = Metrics.counter("newsbeam.seen", "new")
        self._repeated = Metrics.counter("newsbeam.seen", "repeated")

    def process(
        self,
        keyed: tuple[str, Any],
        timestamp: Timestamp = beam.DoFn.TimestampParam,
        seen: userstate.ReadModifyWriteRuntimeState = beam.DoFn.StateParam(SEEN),  # noqa: B008
        expiry: userstate.RuntimeTimer = beam.DoFn.TimerParam(EXPIRY),  # noqa: B008
    ) -> Iterator[Any]:
        key, record = keyed
        if key in self._cfg.known or seen.read():
            self._repeated.inc()
            return
        seen.write(True)
        expiry.set(timestamp + Duration(seconds=self._cfg.retention_s))
        self._new.inc()
        yield record

    @userstate.on_timer(EXPIRY)
    def expire(
        self,
        seen: userstate.ReadModifyWriteRuntimeState = beam.DoFn.StateParam(SEEN),  # noqa: B008
    ) -> Iterable[Any]:
        seen.clear()
        return ()


class KeepFirstSeen(beam.PTransform):
    """Records in; each record whose key was not seen within the retention period out.

    Runs in the global window (state must outlive any output window); records keep their
    timestamps.
    """

    def __init__(self, key: Callable[[Any], str], cfg: SeenConfig):
        super().__init__()
        self._key, self._cfg = key, cfg

    def expand(self, records: beam.PCollection) -> beam.PCollection:
        return (
            records
            | "KeyByIdentity"
            >> beam.Map(lambda r, key: (key(r), r), self._key).with_output_types(tuple[str, Any])
            | "FirstSeen" >> beam.ParDo(_FirstSeenFn(self._cfg))
        )
