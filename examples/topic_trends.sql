-- Articles per week and main topic (each article's best-scored IPTC Media Topic).
-- duckdb -c ".read examples/topic_trends.sql"  (from where `out/` is)
SELECT strftime(date_trunc('week', published_at), '%Y-%m-%d') AS week,
       topics[1].label AS topic,
       count(*) AS articles
FROM read_parquet('out/articles/*/*.parquet')
WHERE published_at IS NOT NULL AND len(topics) > 0
GROUP BY ALL
ORDER BY week, articles DESC, topic;
