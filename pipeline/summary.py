"""The end-of-run summary, read back from the written tables themselves."""

from __future__ import annotations

from collections import Counter

from schemas import read_table


def summarize(output: str) -> str:
    """Describe what a run left in `output`: rows per table, languages, rejects per stage.

    Read from the tables themselves, not from metrics: some runners (Dask) have none.
    """
    try:
        articles = read_table(output, "articles")
        rejects = read_table(output, "rejects")
    except (OSError, ValueError) as error:  # e.g. a gs:// output without local credentials
        return f"newsbeam: run complete -> {output} (summary unavailable: {error})"
    languages = Counter(v or "unknown" for v in articles.column("language").to_pylist())
    stages = Counter(rejects.column("stage").to_pylist())
    lines = [
        f"newsbeam: {articles.num_rows} articles, {rejects.num_rows} rejects -> {output}",
        f"  languages: {_counts(languages)}",
        f"  rejects by stage: {_counts(stages)}",
    ]
    return "\n".join(lines)


def _counts(counter: Counter) -> str:
    if not counter:
        return "none"
    return ", ".join(
        f"{key} {n}" for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    )
