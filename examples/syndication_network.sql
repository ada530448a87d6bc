-- Syndication network: which sources print copies of which sources' articles, and how often.
-- duckdb -c ".read examples/syndication_network.sql"  (from where `out/` is)
WITH articles AS (SELECT * FROM read_parquet('out/articles/*/*.parquet'))
SELECT original.source AS original_source,
       copy.source AS copying_source,
       count(*) AS copies
FROM articles AS copy
JOIN articles AS original ON copy.duplicate_of = original.id
GROUP BY ALL
ORDER BY copies DESC, original_source, copying_source;
