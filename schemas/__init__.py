"""Output tables of newsbeam: one pyarrow schema and one typed record per table."""

from schemas.articles import ArticleRecord, Entity, Removed, Topic, articles_schema
from schemas.rejects import RejectRecord, rejects_schema
from schemas.tables import (
    PARTITION_COLUMN,
    TABLES,
    UNKNOWN_PARTITION,
    hive_partitioning,
    partition_date,
    read_table,
)

__all__ = [
    "PARTITION_COLUMN",
    "TABLES",
    "UNKNOWN_PARTITION",
    "ArticleRecord",
    "Entity",
    "RejectRecord",
    "Removed",
    "Topic",
    "articles_schema",
    "hive_partitioning",
    "partition_date",
    "read_table",
    "rejects_schema",
]
