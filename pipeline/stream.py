"""The streaming graph: feeds, sitemaps and watched folders polled for ever, one commit per window.

The same stages as the batch graph (`ProcessDocuments`, `WriteTables`); what a stream adds is
here: a polling source, keyed state that lets each entry and file through once, windows, the
stream's near-duplicate marking, and one line per committed window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import FixedWindows, IntervalWindow
from apache_beam.utils.timestamp import Duration

from pipeline.options import RunSettings, StreamSettings
from pipeline.process import ProcessDocuments, RejectRows
from schemas import ArticleRecord
from transforms.dedupe_stream import MarkLaterCopies
from transforms.feeds import ReadFeedEntries
from transforms.fetch import FetchPages
from transforms.poll import DRAIN, PollTicks
from transforms.records import REJECTED
from transforms.scope import KeepEntriesInScope
from transforms.seen import KeepFirstSeen, entry_key, file_key
from transforms.sink import WriteTables, WrittenFile
from transforms.sitemaps import ReadSitemapEntries
from transforms.sources import ListFolders, ReadInputFiles


class IntoWindows(beam.PTransform):
    """Window records into the stream's output windows (fixed, with allowed lateness)."""

    def __init__(self, stream: StreamSettings):
        super().__init__()
        self._stream = stream

    def expand(self, records: beam.PCollection) -> beam.PCollection:
        return records | "Window" >> beam.WindowInto(
            FixedWindows(self._stream.window_s),
            allowed_lateness=Duration(seconds=self._stream.allowed_lateness_s),
        )


def read_live_sources(
    ticks: beam.PCollection, settings: RunSettings, stream: StreamSettings
) -> tuple[list, list]:
    """Add the polled sources, one poll per tick; return their document and reject
    PCollections, in windows."""
    documents, rejects, entries = [], [], []
    if settings.feeds:
        feeds = (
            ticks
            | "FeedsToPoll" >> beam.FlatMap(lambda _, feeds: feeds, sorted(settings.feeds))
            | "ReadFeeds" >> ReadFeedEntries(settings.fetch)
        )
        entries.append(feeds["ok"])
        rejects.append(feeds[REJECTED])
    if settings.sitemaps:
        sitemaps = (
            ticks
            | "SitemapsToPoll" >> beam.FlatMap(lambda _, names: names, sorted(settings.sitemaps))
            | "ReadSitemaps" >> ReadSitemapEntries(settings.fetch, settings.scope)
        )
        entries.append(sitemaps["ok"])
        rejects.append(sitemaps[REJECTED])
    if entries:
        pages = (
            entries
            | "AllEntries" >> beam.Flatten()
            | "EntriesInScope" >> KeepEntriesInScope(settings.scope)
            | "NewEntries" >> KeepFirstSeen(entry_key, stream.seen)
            # Fetching groups entries by host; one-second windows let it start at once rather
            # than when the output window closes.
            | "FetchWindows" >> beam.WindowInto(FixedWindows(1))
            | "FetchPages" >> FetchPages(settings.fetch)
        )
        documents.append(pages["ok"])
        rejects.append(pages[REJECTED])
    if stream.watch:
        listed = (
            ticks
            | "FoldersToWatch" >> beam.FlatMap(lambda _, folders: folders, stream.watch)
            | "ListFolders" >> ListFolders()
        )
        files = (
            listed["ok"]
            | "NewFiles" >> KeepFirstSeen(file_key, stream.seen)
            | "ReadFiles" >> ReadInputFiles(settings.read)
        )
        documents.append(files["ok"])
        rejects += [listed[REJECTED], files[REJECTED]]
    return (
        [d | f"DocumentWindows{i}" >> IntoWindows(stream) for i, d in enumerate(documents)],
        [r | f"RejectWindows{i}" >> IntoWindows(stream) for i, r in enumerate(rejects)],
    )


def window_line(window: IntervalWindow, files: Iterable[WrittenFile], duplicates: int) -> str:
    """The line a committed window prints: its span, rows per table, duplicates, and the lag:
    seconds from the window's start (an entry seen first thing in it waited this long) to now.
    """
    rows = {"articles": 0, "rejects": 0}
    for file in files:
        rows[file.table] = rows.get(file.table, 0) + file.rows
    start, end = window.start.to_utc_datetime(), window.end.to_utc_datetime()
    lag = dt.datetime.now(dt.UTC).replace(tzinfo=None) - start
    return (
        f"newsbeam: window {start:%H:%M:%S}-{end:%H:%M:%S} committed: "
        f"{rows['articles']} articles ({duplicates} duplicates), {rows['rejects']} rejects, "
        f"lag {lag.total_seconds():.1f} s"
    )


def drained_marker(stop_marker: str) -> str:
    """The file a draining stream writes once its last window is committed."""
    return f"{stop_marker}.drained"


class _ReportWindowFn(beam.DoFn):
    def __init__(self, drained: str | None):
        self._drained = drained

    def process(
        self, joined: tuple[str, dict], window: IntervalWindow = beam.DoFn.WindowParam
    ) -> Iterator[str]:
        _, grouped = joined
        # A late pane of the articles' side alone has no files: they come in their own pane.
        if grouped["files"]:
            line = window_line(window, grouped["files"], sum(grouped["duplicates"]))
            print(line, flush=True)  # the stream's console; a worker's log on a remote runner
            yield line
        if grouped["drain"] and self._drained:
            # The watermark passed this window: every earlier window is committed as well.
            with FileSystems.create(self._drained) as stream:
                stream.write(b"drained\n")


class ReportWindows(beam.PTransform):
    """Written files in; one line per committed window out (and printed), once it is written.

    The DRAIN element of a stopping source, in `drain`, marks the last window: once it is
    reported, `drained` is written.
    """

    def __init__(
        self,
        articles: beam.PCollection,
        drain: beam.PCollection | None = None,
        drained: str | None = None,
    ):
        super().__init__()
        self._articles, self._drain, self._drained = articles, drain, drained

    def expand(self, written: beam.PCollection) -> beam.PCollection:
        duplicates = self._articles | "IsDuplicate" >> beam.Map(
            lambda a: ("window", int(a.duplicate_of is not None))
        )
        drain = self._drain or (written | "NoDrain" >> beam.Filter(lambda _: False))
        return (
            {
                "files": written | "FilesByWindow" >> beam.Map(lambda f: ("window", f)),
                "duplicates": duplicates,
                "drain": drain | "DrainByWindow" >> beam.Map(lambda d: ("window", d)),
            }
            | "JoinWindow" >> beam.CoGroupByKey()
            | "Report" >> beam.ParDo(_ReportWindowFn(self._drained))
        )


def build_stream(
    p: beam.Pipeline, settings: RunSettings, stream: StreamSettings
) -> beam.PCollection:
    """Add the streaming graph to `p`; return the PCollection of report lines."""
    ticks = p | "PollTicks" >> PollTicks(stream.poll)
    drain = (
        ticks
        | "DrainSignal" >> beam.Filter(lambda tick: tick == DRAIN)
        | "DrainWindow" >> IntoWindows(stream)
    )
    polls = ticks | "Polls" >> beam.Filter(lambda tick: tick != DRAIN)
    documents, rejects = read_live_sources(polls, settings, stream)
    processed = (
        documents
        | "AllDocuments" >> beam.Flatten()
        | "ProcessDocuments" >> ProcessDocuments(settings)
    )
    marked = processed["ok"] | "MarkDuplicates" >> MarkLaterCopies(
        settings.dedupe, stream.seen.retention_s, settings.known_ids
    )
    articles: beam.PCollection[ArticleRecord] = marked["ok"]
    reject_rows = (
        [*rejects, processed[REJECTED], marked[REJECTED]]
        | "AllRejects" >> beam.Flatten()
        | "RejectRows" >> RejectRows(None)
    )
    # A window's rows are few, and counting them first would hold each pane back behind a
    # side input: a stream writes a fixed number of files per window (one unless asked).
    sink = replace(settings.sink, shards=settings.sink.shards or 1)
    written = {"articles": articles, "rejects": reject_rows} | "WriteTables" >> WriteTables(sink)
    drained = drained_marker(stream.poll.stop_marker) if stream.poll.stop_marker else None
    return written | "ReportWindows" >> ReportWindows(articles, drain, drained)
