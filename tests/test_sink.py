"""The one sink: partitioned, atomic, deterministic Parquet files."""

import datetime as dt

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from pipeline.runners import LocalRunner
from schemas import ArticleRecord, Entity, RejectRecord, Removed, Topic, read_table
from tests.conftest import INGESTED_AT
from transforms import sink
from transforms.sink import SinkConfig, WriteBundleFn, WriteTables


def article(id_: str, published: dt.datetime | None) -> ArticleRecord:
    return ArticleRecord(
        id=id_,
        url=f"https://x.example/{id_}",
        source="s",
        title="T",
        authors=["A"],
        published_at=published,
        language="en",
        language_score=0.99,
        text="Body text.",
        word_count=2,
        topics=[Topic("16000000", "conflict, war and peace", 0.8)],
        entities=[Entity("Syria", "LOC", 3)],
        duplicate_of=None,
        removed=[Removed("byline", "By A")],
        ingested_at=INGESTED_AT,
        pipeline_version="t",
    )


ROWS = [
    article("b", dt.datetime(2017, 6, 6, 23, 0, tzinfo=dt.UTC)),
    article("a", dt.datetime(2017, 6, 6, 1, 0, tzinfo=dt.UTC)),
    article("c", None),
]
REJECT = RejectRecord("f.pdf", None, "read", "unsupported file type: f.pdf", INGESTED_AT)


def write(pipeline_factory, output, shards=1):
    with pipeline_factory() as p:
        tables = {
            "articles": p | "A" >> beam.Create(ROWS),
            "rejects": p | "R" >> beam.Create([REJECT]),
        }
        tables | WriteTables(SinkConfig(output=str(output), shards=shards))


def test_partitions_and_round_trip(tmp_path, local_pipeline):
    write(lambda: local_pipeline, tmp_path)
    folders = sorted(p.name for p in (tmp_path / "articles").iterdir())
    assert folders == ["date=2017-06-06", "date=__HIVE_DEFAULT_PARTITION__"]
    assert [p.name for p in (tmp_path / "rejects").iterdir()] == ["date=2025-01-01"]
    assert not list(tmp_path.rglob(".tmp-*")), "temporary files must be renamed away"
    table = read_table(str(tmp_path), "articles").sort_by("id")
    assert table.column("id").to_pylist() == ["a", "b", "c"]
    assert table.column("date").to_pylist() == ["2017-06-06", "2017-06-06", None]
    first = table.to_pylist()[0]
    assert first["topics"] == [
        {"id": "16000000", "label": "conflict, war and peace", "score": 0.800000011920929}
    ]
    assert first["entities"] == [{"text": "Syria", "type": "LOC", "count": 3}]
    assert read_table(str(tmp_path), "rejects").column("stage").to_pylist() == ["read"]


def test_files_are_deterministic(tmp_path):
    for run in ("one", "two"):
        write(lambda: TestPipeline(runner=LocalRunner()), tmp_path / run, shards=2)
    names = [
        sorted(
            p.relative_to(tmp_path / run).as_posix() for p in (tmp_path / run).rglob("*.parquet")
        )
        for run in ("one", "two")
    ]
    assert names[0] == names[1]
    for name in names[0]:
        assert pq.read_table(tmp_path / "one" / name).equals(pq.read_table(tmp_path / "two" / name))


def test_a_big_day_is_split_into_files_of_at_most_rows_per_file(tmp_path, local_pipeline):
    day = dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC)
    big = [article(f"big-{n:04d}", day) for n in range(1000)]
    small = [article("lone", dt.datetime(2026, 11, 25, tzinfo=dt.UTC))]
    with local_pipeline as p:
        tables = {
            "articles": p | "A" >> beam.Create(big + small),
            "rejects": p | "R" >> beam.Create([REJECT]),
        }
        tables | WriteTables(SinkConfig(output=str(tmp_path), shards=None, rows_per_file=100))
    sizes = [
        pq.read_metadata(f).num_rows
        for f in (tmp_path / "articles" / "date=2026-11-26").glob("*.parquet")
    ]
    assert len(sizes) >= 10 and sum(sizes) == 1000 and max(sizes) == 100
    assert len(list((tmp_path / "articles" / "date=2026-11-25").glob("*.parquet"))) == 1
    assert len(list((tmp_path / "rejects").rglob("*.parquet"))) == 1
    assert read_table(str(tmp_path), "articles").num_rows == 1001
    assert sorted(read_table(str(tmp_path), "articles").column("id").to_pylist()) == sorted(
        a.id for a in big + small
    )


def test_a_bundle_of_many_dates_holds_a_few_files_of_rows(tmp_path):
    """A backfill bundle (100 dates, none reaching rows_per_file) is written while it is read,
    not all at its end."""
    days = [dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=d) for d in range(100)]
    rows = [article(f"d{d:03d}-{n}", day) for n in range(5) for d, day in enumerate(days)]
    writer = WriteBundleFn(
        SinkConfig(output=str(tmp_path), shards=None, rows_per_file=10), "articles"
    )
    writer.setup()
    writer.start_bundle()
    early = [f for row in rows for f in writer.process(row)]
    late = [v.value for v in writer.finish_bundle()]
    assert sum(f.rows for f in early) >= len(rows) - 4 * 10  # at most 4 files' rows held
    assert sum(f.rows for f in early + late) == len(rows)
    assert read_table(str(tmp_path), "articles").num_rows == len(rows)


def test_file_rows_sort_across_chunks_as_python_sorts(monkeypatch):
    # Chunks of 3 rows, keys out of order and beyond ASCII: the file must hold every row once,
    # in the order Python's `sorted` gives, whatever order the rows came in.
    monkeypatch.setattr(sink, "CHUNK_ROWS", 3)
    ids = ["z", "é", "a", "Ä", "b10", "b9", "ß", "m", "日本", "A"]
    day = dt.datetime(2017, 6, 6, tzinfo=dt.UTC)
    tables, names = [], set()
    for order in (ids, list(reversed(ids))):
        rows = sink.FileRows("articles")
        for id_ in order:
            rows.add(article(id_, day))
        assert len(rows) == len(ids)
        table, keys = rows.sorted()
        assert keys == sorted(ids)
        names.add(sink.file_path("/out", sink.PartitionKey("articles", "2017-06-06", 0), keys))
        tables.append(table)
    assert tables[0].column("id").to_pylist() == sorted(ids)
    assert tables[0].equals(tables[1])
    assert len(names) == 1, "the same rows in another order must name the same file"
    assert tables[0].column("entities").to_pylist()[0] == [
        {"text": "Syria", "type": "LOC", "count": 3}
    ]
