"""The streaming stages under TestStream: first-seen state, retention, windows, late data."""

import datetime as dt

import apache_beam as beam
import pyarrow as pa
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.test_stream import TestStream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from pipeline.options import duration_seconds, stream_settings
from pipeline.runners import LocalRunner
from pipeline.stream import IntoWindows, ReportWindows, window_line
from schemas import ArticleRecord, read_table
from tests.test_dedupe import EDITED_COPY, SAME_EVENT, WIRE
from transforms.dedupe import DedupeConfig
from transforms.dedupe_stream import MarkLaterCopies, arrival_rank, bucket_vote
from transforms.feeds import FeedEntry
from transforms.poll import PollConfig
from transforms.seen import KeepFirstSeen, SeenConfig, entry_key, known_keys
from transforms.sink import SinkConfig, WriteTables

T0 = 1_750_000_000  # a window boundary of 10 s windows (and of 1 h ones)
HOUR = 3600.0


def streaming_pipeline() -> TestPipeline:
    return TestPipeline(runner=LocalRunner(), options=PipelineOptions(["--streaming"]))


def entry(link: str) -> FeedEntry:
    return FeedEntry(feed="https://news.example/rss.xml", link=link, title=link)


def settings(window_s: float = 10.0, retention_s: float = HOUR):
    options = PipelineOptions(
        ["--window", str(window_s), "--poll_interval", "5", "--seen_retention", str(retention_s)]
    )
    from pipeline.options import StreamOptions

    return stream_settings(options.view_as(StreamOptions), T0, None, frozenset())


def test_an_entry_listed_poll_after_poll_passes_once():
    events = (
        TestStream()
        .add_elements([TimestampedValue(entry("https://a.example/1"), T0)])
        .add_elements([TimestampedValue(entry("https://a.example/1?utm_source=rss"), T0 + 5)])
        .advance_watermark_to(T0 + 60)
        .add_elements([TimestampedValue(entry("https://a.example/1"), T0 + 60)])
        .add_elements([TimestampedValue(entry("https://a.example/2"), T0 + 60)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        new = (
            p
            | events
            | KeepFirstSeen(entry_key, SeenConfig(retention_s=HOUR))
            | beam.Map(lambda e: e.link)
        )
        assert_that(new, equal_to(["https://a.example/1", "https://a.example/2"]))


def test_retention_expiry_lets_an_old_key_through_again():
    events = (
        TestStream()
        .add_elements([TimestampedValue(entry("https://a.example/1"), T0)])
        .advance_watermark_to(T0 + 30)
        .add_elements([TimestampedValue(entry("https://a.example/1"), T0 + 30)])  # remembered
        .advance_watermark_to(T0 + 200)  # past the 100 s retention: the key is forgotten
        .add_elements([TimestampedValue(entry("https://a.example/1"), T0 + 200)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        new = (
            p
            | events
            | KeepFirstSeen(entry_key, SeenConfig(retention_s=100))
            | beam.Map(lambda e, ts=beam.DoFn.TimestampParam: int(ts.micros // 1_000_000) - T0)
        )
        assert_that(new, equal_to([0, 200]))


def test_keys_already_in_the_output_are_dropped():
    known = frozenset({"url:https://a.example/old"})
    with streaming_pipeline() as p:
        events = (
            TestStream()
            .add_elements([TimestampedValue(entry("https://a.example/old"), T0)])
            .add_elements([TimestampedValue(entry("https://a.example/new"), T0)])
            .advance_watermark_to_infinity()
        )
        new = (
            p
            | events
            | KeepFirstSeen(entry_key, SeenConfig(known=known))
            | beam.Map(lambda e: e.link)
        )
        assert_that(new, equal_to(["https://a.example/new"]))


def test_known_keys_come_from_urls_and_sources_but_not_failed_fetches():
    articles = pa.table({"url": ["https://a.example/1", None], "source": ["feed", "in/x.html"]})
    rejects = pa.table(
        {
            "url": ["https://a.example/2", "https://a.example/3"],
            "source": ["feed", "feed"],
            "stage": ["extract", "fetch"],
        }
    )
    keys = known_keys(articles, rejects)
    assert "url:https://a.example/1" in keys and "file:in/x.html" in keys
    assert "url:https://a.example/2" in keys  # extraction fails again: no point retrying
    assert "url:https://a.example/3" not in keys  # the server failed: retried after a restart


def article(id_: str, paragraphs: list[str], arrived: float) -> ArticleRecord:
    return ArticleRecord(
        id=id_, url=f"https://{id_}.example/story", source="feed", title=None, authors=[],
        published_at=None, language="en", language_score=1.0, text="\n".join(paragraphs),
        word_count=100, topics=[], entities=[], duplicate_of=None, removed=[],
        ingested_at=dt.datetime.fromtimestamp(arrived, dt.UTC), pipeline_version="t",
    )  # fmt: skip


def test_bucket_vote_points_later_copies_at_the_first_seen():
    cfg = DedupeConfig()
    first = ("2025-01-01T00:00:00|a", None)
    assert bucket_vote("url:x", None, first, cfg) == (None, True)
    assert bucket_vote("url:x", first, ("2025-01-01T00:00:05|b", None), cfg) == (first[0], False)
    # An earlier arrival seen late takes the bucket over; the same article again changes nothing.
    assert bucket_vote("url:x", first, ("2024-12-31T23:59:59|c", None), cfg) == (None, True)
    assert bucket_vote("url:x", first, first, cfg) == (None, False)


def test_later_copies_are_marked_across_windows_and_distinct_stories_are_not():
    wire = article("wire", WIRE, T0 + 1)
    copy = article("copy", EDITED_COPY, T0 + 12)  # next 10 s window
    other = article("other", SAME_EVENT, T0 + 13)  # same event, different report
    exact = article("exact", WIRE, T0 + 25)  # the wire text again, two windows later
    events = TestStream()
    for a in (wire, copy, other, exact):
        events = events.add_elements([TimestampedValue(a, a.ingested_at.timestamp())])
        events = events.advance_watermark_to(a.ingested_at.timestamp() + 0.5)
    events = events.advance_watermark_to_infinity()
    stream = settings()
    with streaming_pipeline() as p:
        marked = (
            p | events | IntoWindows(stream) | MarkLaterCopies(DedupeConfig(), retention_s=HOUR)
        )["ok"] | beam.Map(lambda a: (a.id, a.duplicate_of))
        assert_that(
            marked,
            equal_to([("wire", None), ("copy", "wire"), ("other", None), ("exact", "wire")]),
        )


def test_originals_are_forgotten_after_the_retention():
    wire = article("wire", WIRE, T0 + 1)
    exact = article("exact", WIRE, T0 + 500)
    events = (
        TestStream()
        .add_elements([TimestampedValue(wire, T0 + 1)])
        .advance_watermark_to(T0 + 499)
        .add_elements([TimestampedValue(exact, T0 + 500)])
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        marked = (
            p | events | IntoWindows(settings()) | MarkLaterCopies(DedupeConfig(), retention_s=100)
        )["ok"] | beam.Map(lambda a: (a.id, a.duplicate_of))
        assert_that(marked, equal_to([("wire", None), ("exact", None)]))


def test_arrival_rank_orders_by_ingestion_time():
    early, late = article("z", ["x"], T0), article("a", ["x"], T0 + 1)
    assert arrival_rank(early) < arrival_rank(late)


def test_windows_commit_their_own_files_and_late_rows_get_a_pane_of_their_own(tmp_path):
    rows = {
        name: article(name, [f"Story {name} about {name}."], T0 + offset)
        for name, offset in [("first", 1), ("second", 3), ("third", 14), ("late", 2)]
    }
    events = (
        TestStream()
        .add_elements([TimestampedValue(rows["first"], T0 + 1)])
        .add_elements([TimestampedValue(rows["second"], T0 + 3)])
        .advance_watermark_to(T0 + 12)  # closes [T0, T0+10)
        .add_elements([TimestampedValue(rows["third"], T0 + 14)])
        .add_elements([TimestampedValue(rows["late"], T0 + 2)])  # behind the watermark
        .advance_watermark_to_infinity()
    )
    with streaming_pipeline() as p:
        articles = p | events | IntoWindows(settings())
        rejects = p | "NoRejects" >> beam.Create([]) | "RejectWindows" >> IntoWindows(settings())
        written = {"articles": articles, "rejects": rejects} | WriteTables(
            SinkConfig(output=str(tmp_path))
        )
        lines = written | ReportWindows(articles) | beam.Map(lambda line: line.split(", lag")[0])
        assert_that(lines, equal_to([
            f"newsbeam: window {dt.datetime.fromtimestamp(T0, dt.UTC):%H:%M:%S}-"
            f"{dt.datetime.fromtimestamp(T0 + 10, dt.UTC):%H:%M:%S} committed: "
            "2 articles (0 duplicates), 0 rejects",
            f"newsbeam: window {dt.datetime.fromtimestamp(T0, dt.UTC):%H:%M:%S}-"
            f"{dt.datetime.fromtimestamp(T0 + 10, dt.UTC):%H:%M:%S} committed: "
            "1 articles (0 duplicates), 0 rejects",
            f"newsbeam: window {dt.datetime.fromtimestamp(T0 + 10, dt.UTC):%H:%M:%S}-"
            f"{dt.datetime.fromtimestamp(T0 + 20, dt.UTC):%H:%M:%S} committed: "
            "1 articles (0 duplicates), 0 rejects",
        ]))  # fmt: skip
    files = sorted(p.name for p in (tmp_path / "articles").rglob("*.parquet"))
    window_start = dt.datetime.fromtimestamp(T0, dt.UTC).strftime("%Y%m%dT%H%M%S")
    assert len(files) == 3 and sum(name.startswith(f"part-{window_start}-") for name in files) == 2
    ids = read_table(str(tmp_path), "articles").column("id").to_pylist()
    assert sorted(ids) == ["first", "late", "second", "third"]


def test_window_line_counts_rows_per_table():
    from apache_beam.transforms.window import IntervalWindow

    from transforms.sink import WrittenFile

    files = [WrittenFile("articles", "d", "p1", 3), WrittenFile("rejects", "d", "p2", 2)]
    line = window_line(IntervalWindow(T0, T0 + 10), files, duplicates=1)
    assert "3 articles (1 duplicates), 2 rejects, lag" in line


def test_poll_config_counts_ticks_to_the_stop():
    assert PollConfig(start=100.0, interval_s=5.0, stop=120.0).tick_count() == 4
    assert PollConfig(start=100.0, interval_s=5.0).tick_count() > 10**9
    assert PollConfig(start=100.0, interval_s=5.0).tick_time(3) == 115.0


def test_durations_take_units():
    assert duration_seconds("90") == 90 and duration_seconds("1.5m") == 90
    assert duration_seconds("7d") == 7 * 86400 and duration_seconds("12h") == 43200
    for bad in ("0", "-1", "soon"):
        try:
            duration_seconds(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} accepted")


def test_the_tick_range_only_checkpoints():
    from apache_beam.io.restriction_trackers import OffsetRange

    from transforms.poll import TickTracker

    tracker = TickTracker(OffsetRange(0, 1 << 40))
    assert tracker.try_claim(0)
    assert tracker.try_split(0.5) is None  # a far half would hold the watermark for ever
    primary, residual = tracker.try_split(0)  # a checkpoint: the rest resumes later
    assert (primary.stop, residual.start, residual.stop) == (1, 1, 1 << 40)
