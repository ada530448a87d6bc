"""The sink at a day's scale: 100,000 and 1,000,000 synthetic articles of one date.

By bundle (`--rows_per_file`, at most 10,000 rows per file, no shuffle) on 2 workers: wall time, files
written, and the peak RSS of the launcher (Beam's local runner keeps its stages' data in it)
and of each worker.

    python -m benchmarks.sink_scale [--rows 100000 1000000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.common import LAUNCHER, markdown_table, run_and_sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory() as work:
        for rows in args.rows:
            seconds, stdout, use = run_and_sample(
                [sys.executable, "-m", "benchmarks.sink_only", "--rows", str(rows),
                 "--output", str(Path(work) / f"sink-{rows}")],
                launcher=True,
            )  # fmt: skip
            launcher = use.pop(LAUNCHER).peak_rss_mb
            workers = sorted((u.peak_rss_mb for u in use.values() if u.cpu_s >= 1), reverse=True)
            lines.append([f"{rows:,}", f"{seconds:.0f}", f"{rows / seconds:.0f}", stdout.strip(),
                          f"{launcher:.0f}", ", ".join(f"{p:.0f}" for p in workers)])  # fmt: skip
            print(lines[-1], file=sys.stderr, flush=True)
    print("## The sink alone, files cut by bundle, 2 workers (one date)\n")
    print(markdown_table(["rows", "seconds", "rows/s", "files", "launcher peak MiB",
                          "worker peak MiB"], lines))  # fmt: skip


if __name__ == "__main__":
    main()
