"""Helpers every benchmark shares: locating ../shared, running the real CLI, timing, tables."""

from __future__ import annotations

import argparse
import contextlib
import io
import resource
import sys
import time
from pathlib import Path

from pipeline.cli import main as newsbeam_main

ROOT = Path(__file__).resolve().parents[1]


def shared_argument(parser: argparse.ArgumentParser) -> None:
    """Add --shared (where ../shared is) to a benchmark's parser."""
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")


def require(path: Path) -> Path:
    """Return `path`, or exit cleanly with a message when the data set is absent."""
    if not path.exists():
        print(f"skipped: {path} is absent (the evaluation sets live in ../shared)")
        sys.exit(0)
    return path


def run_pipeline(*args: str) -> float:
    """Run `newsbeam run ARGS` in this process; return its wall time in seconds."""
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # keep the run's summary out of reports
        status = newsbeam_main(["run", *args])
    if status != 0:
        raise SystemExit(f"newsbeam run failed with status {status}")
    return time.perf_counter() - start


def peak_memory_mb() -> float:
    """Peak resident memory of this process and its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    """Format rows as a Markdown table (numbers to 3 decimals)."""

    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
