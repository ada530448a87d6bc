import datetime as dt

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from schemas import (
    TABLES,
    UNKNOWN_PARTITION,
    ArticleRecord,
    RejectRecord,
    articles_schema,
    partition_date,
    read_table,
    rejects_schema,
)


@pytest.mark.parametrize(
    ("record", "schema"), [(ArticleRecord, articles_schema), (RejectRecord, rejects_schema)]
)
def test_record_fields_match_schema(record, schema):
    assert list(record._fields) == schema.names


def test_contract_types():
    assert articles_schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert articles_schema.field("word_count").type == pa.int32()
    assert articles_schema.field("language_score").type == pa.float32()
    topic = articles_schema.field("topics").type.value_type
    assert [f.name for f in topic] == ["id", "label", "score"]
    entity = articles_schema.field("entities").type.value_type
    assert [(f.name, f.type) for f in entity] == [
        ("text", pa.string()),
        ("type", pa.string()),
        ("count", pa.int32()),
    ]
    assert set(TABLES) == {"articles", "rejects"}


def test_partition_date_is_utc_date():
    late = dt.datetime(2017, 6, 6, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert partition_date(late) == "2017-06-07"
    assert partition_date(None) == UNKNOWN_PARTITION


def test_all_undated_partition_reads_back_as_null(tmp_path):
    folder = tmp_path / "rejects" / f"date={UNKNOWN_PARTITION}"
    folder.mkdir(parents=True)
    row = {
        "source": "s",
        "url": None,
        "stage": "read",
        "error": "e",
        "ingested_at": dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
    }
    pq.write_table(pa.Table.from_pylist([row], schema=rejects_schema), folder / "part-0.parquet")
    table = read_table(str(tmp_path), "rejects")
    assert table.column("date").to_pylist() == [None]
    assert table.column("source").to_pylist() == ["s"]
    # The bare "hive" flavour infers the partition type from values; with only the null
    # partition there is nothing to infer from. That is why read_table states the type.
    with pytest.raises(pa.ArrowInvalid, match="infer"):
        ds.dataset(tmp_path / "rejects", format="parquet", partitioning="hive").to_table()


def test_missing_table_reads_as_empty(tmp_path):
    assert read_table(str(tmp_path), "rejects").num_rows == 0
