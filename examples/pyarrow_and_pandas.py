"""Read the articles with pyarrow (partitions and filters), then hand them to pandas."""

import pyarrow.dataset as ds

articles = ds.dataset("out/articles", format="parquet", partitioning="hive")
english = articles.to_table(
    columns=["title", "published_at", "word_count", "language"],
    filter=ds.field("language") == "en",
)
frame = english.to_pandas()
print(frame.sort_values("published_at").to_string(index=False))
print(f"{len(frame)} English articles, {frame['word_count'].sum()} words")
