-- The five most mentioned entities of each language, week by week.
-- duckdb -c ".read examples/top_entities_per_language_week.sql"  (from where `out/` is)
WITH mentions AS (
    SELECT date_trunc('week', published_at) AS week, language, e.text AS entity, e.type AS type,
           e.count AS mentions
    FROM read_parquet('out/articles/*/*.parquet'), unnest(entities) AS t(e)
    WHERE published_at IS NOT NULL
),
ranked AS (
    SELECT week, language, entity, type, sum(mentions) AS mentions,
           row_number() OVER (PARTITION BY week, language
                              ORDER BY sum(mentions) DESC, entity) AS rank
    FROM mentions
    GROUP BY week, language, entity, type
)
SELECT strftime(week, '%Y-%m-%d') AS week, language, rank, entity, type, mentions
FROM ranked
WHERE rank <= 5
ORDER BY week, language, rank;
