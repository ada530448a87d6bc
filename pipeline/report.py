"""`newsbeam report OUT --html FILE`: one self-contained HTML page of charts about an output.

Plotly's figures, with its JavaScript inlined once, so the page opens with no network:
articles per day by topic, languages, top entities, duplicate share per source, rejects by
stage, and the distribution of text lengths. The numbers come from DuckDB over the same views
as `newsbeam inspect`.
"""

from __future__ import annotations

import datetime as dt
import html

import duckdb
import plotly.graph_objects as go
import plotly.io as pio

from pipeline.inspect import table_views


def _query(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def report_figures(output: str) -> list[go.Figure]:
    """The report's charts, in page order."""
    con = duckdb.connect()
    table_views(con, output)
    figures = []

    rows = _query(
        con,
        """
        SELECT coalesce(strftime(published_at, '%Y-%m-%d'), 'undated') AS day,
               coalesce(topics[1].label, 'no topic') AS topic, count(*)
        FROM articles GROUP BY 1, 2 ORDER BY 1, 2""",
    )
    by_topic: dict[str, dict[str, int]] = {}
    for day, topic, n in rows:
        by_topic.setdefault(topic, {})[day] = n
    days = sorted({day for day, _, _ in rows})
    figure = go.Figure(
        [go.Bar(name=t, x=days, y=[c.get(d, 0) for d in days]) for t, c in sorted(by_topic.items())]
    )
    figure.update_layout(title="Articles per day, by main topic", barmode="stack")
    figures.append(figure.update_xaxes(type="category"))  # days with news, not a calendar

    rows = _query(con, "SELECT coalesce(language, 'unknown'), count(*) FROM articles "
                       "GROUP BY 1 ORDER BY 2 DESC, 1")  # fmt: skip
    figures.append(go.Figure(go.Bar(x=[r[0] for r in rows], y=[r[1] for r in rows]))
                   .update_layout(title="Articles by language").update_xaxes(type="category"))  # fmt: skip

    rows = _query(
        con,
        """
        SELECT e.text || ' (' || e.type || ')', sum(e.count)::BIGINT
        FROM (SELECT unnest(entities) AS e FROM articles) GROUP BY 1 ORDER BY 2 DESC, 1
        LIMIT 20""",
    )
    figures.append(
        go.Figure(go.Bar(x=[r[1] for r in reversed(rows)], y=[r[0] for r in reversed(rows)],
                         orientation="h"))
        .update_layout(title="Most mentioned entities", height=max(380, 22 * len(rows) + 120))
    )  # fmt: skip

    rows = _query(
        con,
        """
        SELECT source, avg(CASE WHEN duplicate_of IS NULL THEN 0 ELSE 1 END), count(*)
        FROM articles GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT 20""",
    )
    figures.append(
        go.Figure(go.Bar(x=[r[0] for r in rows], y=[r[1] for r in rows],
                         text=[f"{r[2]} articles" for r in rows]))
        .update_layout(title="Share of near-duplicates, by source (20 largest)",
                       yaxis={"tickformat": ".0%", "range": [0, 1]})
    )  # fmt: skip

    rows = _query(con, "SELECT stage, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1")
    figures.append(go.Figure(go.Bar(x=[r[0] for r in rows], y=[r[1] for r in rows]))
                   .update_layout(title="Rejects by stage"))  # fmt: skip

    counts = [r[0] for r in _query(con, "SELECT word_count FROM articles")]
    figures.append(go.Figure(go.Histogram(x=counts, nbinsx=40))
                   .update_layout(title="Text length (words per article)"))  # fmt: skip
    for figure in figures:
        figure.update_layout(
            template="plotly_white",
            margin={"l": 60, "r": 20, "t": 50, "b": 60},
            height=figure.layout.height or 380,
        )
    return figures


def report_html(output: str, figures: list[go.Figure], now: dt.datetime | None = None) -> str:
    """The page: a heading, then every figure; Plotly's JavaScript inlined with the first."""
    parts = [
        pio.to_html(figure, full_html=False, include_plotlyjs=(n == 0), div_id=f"chart-{n}",
                    config={"displaylogo": False})
        for n, figure in enumerate(figures)
    ]  # fmt: skip
    when = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    charts = "\n".join(f'<section class="chart">{p}</section>' for p in parts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsbeam report: {html.escape(output)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:24px;color:#222}}
.chart{{max-width:1100px;margin:0 auto 24px}}</style></head>
<body><h1>newsbeam report</h1><p>{html.escape(output)}, {when}</p>
{charts}
</body></html>
"""


def write_report(output: str, path: str) -> int:
    """Write the report of `output` to `path`; return the number of charts."""
    figures = report_figures(output)
    with open(path, "w", encoding="utf-8") as f:
        f.write(report_html(output, figures))
    return len(figures)
