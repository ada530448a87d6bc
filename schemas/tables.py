"""How the tables are laid out on disk and read back: Hive partitions by `date=YYYY-MM-DD`."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pyarrow as pa
import pyarrow.dataset as ds

from schemas.articles import ArticleRecord, articles_schema
from schemas.rejects import RejectRecord, rejects_schema

PARTITION_COLUMN = "date"
# Hive's name for a null partition value; pyarrow, Spark and DuckDB read it back as null.
UNKNOWN_PARTITION = "__HIVE_DEFAULT_PARTITION__"


class Table(NamedTuple):
    """An output table: its folder name, schema, record type and the field that dates a row."""

    name: str
    schema: pa.Schema
    record: type
    date_field: str


TABLES: dict[str, Table] = {
    "articles": Table("articles", articles_schema, ArticleRecord, "published_at"),
    "rejects": Table("rejects", rejects_schema, RejectRecord, "ingested_at"),
}


def partition_date(when: dt.datetime | None) -> str:
    """Return the partition value for a timestamp: its UTC date, or the Hive null value."""
    if when is None:
        return UNKNOWN_PARTITION
    return when.astimezone(dt.UTC).date().isoformat()


def hive_partitioning() -> ds.Partitioning:
    """Return the partitioning to read our tables with.

    The partition type is given explicitly: inferring it fails when every row of a table sits in
    `__HIVE_DEFAULT_PARTITION__` (all undated), since there is no value to infer a type from.
    """
    # Hive flavor reads UNKNOWN_PARTITION back as null.
    return ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")


def read_table(output: str, table: str) -> pa.Table:
    """Read one output table (`articles` or `rejects`) below `output`, partition column included."""
    spec = TABLES[table]
    schema = spec.schema.append(pa.field(PARTITION_COLUMN, pa.string()))
    try:
        dataset = ds.dataset(
            f"{output.rstrip('/')}/{table}",
            format="parquet",
            partitioning=hive_partitioning(),
            schema=schema,
        )
    except FileNotFoundError:  # a run with no rows for this table writes no folder
        return schema.empty_table()
    return dataset.to_table()
