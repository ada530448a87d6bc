"""Helpers every benchmark shares: locating ../shared, running the real CLI, timing, tables."""

from __future__ import annotations

import argparse
import contextlib
import io
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

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


@dataclass
class ProcessUse:
    """What one process of a run's tree used: CPU seconds and peak resident memory."""

    cpu_s: float = 0.0
    peak_rss_mb: float = 0.0


LAUNCHER = 0  # the key of the command's own process, where it is sampled too


def run_and_sample(
    command: list[str], interval_s: float = 0.5, launcher: bool = False
) -> tuple[float, str, dict[int, ProcessUse]]:
    """Run a command; return its wall seconds, stdout, and each descendant process's use.

    The descendants (a runner's SDK worker processes) are sampled every `interval_s` until the
    command ends, so short-lived ones may be missed and peaks are sampled, not exact. With
    `launcher`, the command's own process is sampled too, under the key LAUNCHER.
    """
    start = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen: dict[int, ProcessUse] = {}
    while process.poll() is None:
        try:
            children = process.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        for child in [process, *children] if launcher else children:
            try:
                times, memory = child.cpu_times(), child.memory_info()
            except psutil.NoSuchProcess:
                continue
            use = seen.setdefault(LAUNCHER if child is process else child.pid, ProcessUse())
            use.cpu_s = times.user + times.system
            use.peak_rss_mb = max(use.peak_rss_mb, memory.rss / 2**20)
        time.sleep(interval_s)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:5])} failed:\n{stderr.decode()[-2000:]}")
    return seconds, stdout.decode(), seen
