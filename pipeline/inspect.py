"""`newsbeam inspect OUT`: what an output holds, read with DuckDB (instant on millions of rows).

Counts by date, language, topic and source; the most mentioned entities of each type;
duplicate groups with their members' titles; rejects by stage and reason with an example;
each table's schema and file count. Only whole files are read (`*.parquet`: the hidden
`.tmp-*` files a run or a stream is still writing are not), so it works on a folder a stream is
writing into.
"""

from __future__ import annotations

import glob
import os
from typing import Any

import duckdb

from schemas import TABLES

TOP = 10


def parquet_files(output: str, table: str) -> list[str]:
    """The whole Parquet files of one table, sorted."""
    return sorted(glob.glob(os.path.join(output, table, "*", "*.parquet")))


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def table_views(con: duckdb.DuckDBPyConnection, output: str) -> dict[str, int]:
    """Create a view of each table of `output`; return each table's number of files."""
    return {table: _view(con, output, table) for table in TABLES}


def _view(con: duckdb.DuckDBPyConnection, output: str, table: str) -> int:
    """Create a view of one table over its files (an empty view with its columns when none)."""
    files = parquet_files(output, table)
    if files:
        listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
        con.execute(
            f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listed}], union_by_name = true)"
        )
    else:
        con.register(table, TABLES[table].schema.empty_table())
    return len(files)


def inspect_output(output: str, top: int = TOP) -> dict[str, Any]:
    """Everything `inspect` reports about an output, as plain data (what `--json` prints)."""
    con = duckdb.connect()
    files = table_views(con, output)
    report: dict[str, Any] = {"output": output, "files": files}
    report["schema"] = {
        table: {f.name: str(f.type) for f in spec.schema} for table, spec in TABLES.items()
    }
    report["articles"] = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    report["rejects"] = con.execute("SELECT count(*) FROM rejects").fetchone()[0]
    report["duplicates"] = con.execute(
        "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
    ).fetchone()[0]
    report["by_date"] = _rows(
        con,
        f"""
        SELECT coalesce(strftime(published_at, '%Y-%m-%d'), 'undated') AS date,
               count(*) AS articles
        FROM articles GROUP BY 1 ORDER BY 1 DESC LIMIT {top}""",
    )
    report["by_language"] = _rows(
        con,
        """
        SELECT coalesce(language, 'unknown') AS language, count(*) AS articles
        FROM articles GROUP BY 1 ORDER BY 2 DESC, 1""",
    )
    # Null entities mean "no model for the language", not "none found" (see README, Entities).
    report["entities_not_tagged"] = _rows(
        con,
        """
        SELECT coalesce(language, 'unknown') AS language, count(*) AS articles
        FROM articles WHERE entities IS NULL GROUP BY 1 ORDER BY 2 DESC, 1""",
    )
    report["by_topic"] = _rows(
        con,
        f"""
        SELECT t.label AS topic, count(*) AS articles
        FROM (SELECT unnest(topics) AS t FROM articles) GROUP BY 1 ORDER BY 2 DESC, 1
        LIMIT {top}""",
    )
    report["by_source"] = _rows(
        con,
        f"""
        SELECT source, count(*) AS articles, count(duplicate_of) AS duplicates
        FROM articles GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {top}""",
    )
    report["top_entities"] = {
        kind: _rows(
            con,
            f"""
            SELECT e.text AS entity, sum(e.count)::BIGINT AS mentions, count(*) AS articles
            FROM (SELECT unnest(entities) AS e FROM articles) WHERE e.type = '{kind}'
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {top}""",
        )
        for kind in ("PERSON", "ORG", "LOC", "MISC")
    }
    report["duplicate_groups"] = _rows(
        con,
        f"""
        SELECT o.id AS original, o.title AS title, o.source AS source,
               list(d.title ORDER BY d.id) AS copies, list(d.source ORDER BY d.id) AS sources
        FROM articles d JOIN articles o ON d.duplicate_of = o.id
        GROUP BY o.id, o.title, o.source ORDER BY count(*) DESC, o.id LIMIT {top}""",
    )
    report["rejects_by_reason"] = _rows(
        con,
        r"""
        SELECT stage,
               -- the reason without the record's own name ("wire.jsonl#4: ", "crawl.warc@812: ")
               split_part(regexp_replace(error, '^\S*[#@][0-9]+: ', ''), ':', 1) AS reason,
               count(*) AS rejects,
               min(source || ': ' || error) AS example
        FROM rejects GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""",
    )
    return report


def format_inspection(report: dict[str, Any]) -> str:
    """The human-readable form of `inspect_output`."""
    files = report["files"]
    lines = [
        f"{report['output']}: {report['articles']} articles ({report['duplicates']} duplicates) "
        f"in {files['articles']} files, {report['rejects']} rejects in {files['rejects']} files",
        "",
        _section("by date (newest)", report["by_date"], "date", "articles"),
        _section("by language", report["by_language"], "language", "articles"),
        _section(
            "entities not tagged (no model)", report["entities_not_tagged"], "language", "articles"
        ),
        _section("by topic", report["by_topic"], "topic", "articles"),
        _section("by source", report["by_source"], "source", "articles"),
    ]
    for kind, rows in report["top_entities"].items():
        lines.append(_section(f"top {kind}", rows, "entity", "mentions"))
    lines.append("duplicate groups:")
    for group in report["duplicate_groups"] or [{"title": None, "copies": []}]:
        if not group["copies"]:
            lines.append("  none")
            break
        lines.append(f"  {group['title'] or group['original']} ({group['source']})")
        for title, source in zip(group["copies"], group["sources"], strict=True):
            lines.append(f"    = {title or '(untitled)'} ({source})")
    lines.append("rejects by stage and reason:")
    for row in report["rejects_by_reason"] or [None]:
        if row is None:
            lines.append("  none")
            break
        lines.append(f"  {row['stage']}: {row['reason']}: {row['rejects']}, e.g. {row['example']}")
    lines.append("schema:")
    for table, columns in report["schema"].items():
        lines.append(f"  {table}: " + ", ".join(f"{n} {t}" for n, t in columns.items()))
    return "\n".join(lines)


def _section(title: str, rows: list[dict[str, Any]], key: str, value: str) -> str:
    body = ", ".join(f"{r[key]} {r[value]}" for r in rows) if rows else "none"
    return f"{title}: {body}"
