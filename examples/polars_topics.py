"""Topic trends with Polars: articles per month and main topic, lazily over every file."""

import polars as pl

articles = pl.scan_parquet("out/articles/*/*.parquet", hive_partitioning=False)
trends = (
    articles.filter(pl.col("published_at").is_not_null() & (pl.col("topics").list.len() > 0))
    .with_columns(
        month=pl.col("published_at").dt.strftime("%Y-%m"),
        topic=pl.col("topics").list.first().struct.field("label"),
    )
    .group_by("month", "topic")
    .agg(articles=pl.len())
    .sort("month", "articles", "topic", descending=[False, True, False])
    .collect()
)
print(trends)
