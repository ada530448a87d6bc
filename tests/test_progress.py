"""Progress while a batch run runs: counts from Beam metrics, a live line or log lines."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys

from apache_beam.metrics.monitoring_infos import int64_user_counter

from pipeline.live import LiveCounters, user_counters
from pipeline.metrics import Tally, tally
from pipeline.progress import SMALL_FILES, describe, input_size
from tests.conftest import ROOT, run_newsbeam_process


def test_a_tally_reads_the_stages_counters():
    counters = {
        ("newsbeam.read", "documents"): 7, ("newsbeam.read", "rejects"): 1,
        ("newsbeam.feed", "entries"): 2, ("newsbeam.entities", "tagged"): 4,
        ("newsbeam.entities", "no_model"): 1, ("newsbeam.entities", "no_model.de"): 1,
        ("newsbeam.rejects", "read.not UTF-8"): 1, ("newsbeam.rejects", "extract.empty"): 2,
        ("newsbeam.scope", "filtered"): 3, ("newsbeam.language", "detected"): 5,
    }  # fmt: skip
    assert tally(counters) == Tally(read=10, articles=5, rejects=3, filtered=3)
    assert tally(counters).done == 11


def test_the_line_says_what_is_left_only_where_the_total_is_known():
    counts = Tally(read=60, articles=40, rejects=10)
    line = describe(counts, elapsed_s=10.0, total=100)
    assert line == "60/100 read · 40 articles · 10 rejects · 5.0 docs/s · 0:10 · ETA 0:10"
    assert "ETA" not in describe(counts, elapsed_s=10.0)
    assert describe(Tally(), elapsed_s=0.0).startswith("0 read · 0 articles")


def _infos(**values: int) -> list:
    """A worker's monitoring infos: each newsbeam.read counter reported by two steps."""
    return [
        int64_user_counter("newsbeam.read", name, value, ptransform=step)
        for name, value in values.items()
        for step in ("Read", "Other")
    ]


def test_a_bundle_counts_once_however_late_its_progress_answers_come():
    live = LiveCounters()
    live.running("b1", _infos(documents=3))
    live.running("b2", _infos(documents=1))
    assert live.totals()[("newsbeam.read", "documents")] == 8  # two steps each: 2*3 + 2*1
    live.finished("b1", _infos(documents=5))
    live.running("b1", _infos(documents=4))  # an answer that arrives after the bundle ended
    assert live.totals()[("newsbeam.read", "documents")] == 12
    assert user_counters([]) == {}


def test_the_total_is_known_for_one_article_files_only(tmp_path):
    for name in ("a.txt", "b.html", "c.txt.gz"):
        (tmp_path / name).write_bytes(b"x")
    assert input_size([str(tmp_path)], other_sources=False).records == 3
    assert input_size([str(tmp_path)], other_sources=True).records is None  # feeds add entries
    (tmp_path / "d.jsonl").write_text("{}\n")
    assert input_size([str(tmp_path)], other_sources=False).records is None


def test_a_few_small_files_make_a_small_run(tmp_path):
    for n in range(SMALL_FILES):
        (tmp_path / f"{n}.txt").write_bytes(b"x" * 1000)
    assert input_size([str(tmp_path)], other_sources=False).small
    (tmp_path / "one-more.txt").write_bytes(b"x")
    assert not input_size([str(tmp_path)], other_sources=False).small
    (tmp_path / "one-more.txt").unlink()
    (tmp_path / "0.txt").write_bytes(b"x" * 3_000_000)  # a big one
    assert not input_size([str(tmp_path)], other_sources=False).small


def many_articles(folder, n: int = 40):
    folder.mkdir()
    for i in range(n):
        (folder / f"story-{i:03d}.txt").write_text(
            f"Harbour council number {i} votes on the ferry timetable\n\n"
            # Every body its own text: the per-text caches would make repeats nearly free,
            # and the run must last long enough to report counts before its end.
            + " ".join(
                f"Council {i} met on evening {j} and argued about timetable {i * 100 + j}."
                for j in range(30)
            ),
            encoding="utf-8",
        )
    return folder


def test_a_run_logs_its_progress_while_it_runs(tmp_path):
    inputs = many_articles(tmp_path / "in")
    done = run_newsbeam_process(
        "run", "--input", str(inputs), "--output", str(tmp_path / "out"), "--progress_every", "0.3"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stderr.splitlines() if "progress:" in line]
    assert lines, done.stderr
    read = [int(line.split("progress: ")[1].split("/")[0]) for line in lines]
    assert read == sorted(read) and max(read) <= 40
    # Some line was written while the run was half-way: counts came in before the end.
    assert any(0 < n < 40 for n in read), lines
    assert all("/40 read" in line and "docs/s" in line for line in lines)
    assert "40 articles" in done.stdout


def test_quiet_runs_and_small_runs_print_the_summary_only(tmp_path):
    inputs = many_articles(tmp_path / "in", SMALL_FILES + 1)
    done = run_newsbeam_process(
        "run", "--input", str(inputs), "--output", str(tmp_path / "out"), "--progress_every",
        "0.2", "--quiet",
    )  # fmt: skip
    assert done.returncode == 0 and f"{SMALL_FILES + 1} articles" in done.stdout
    assert "progress" not in done.stderr
    small = run_newsbeam_process("run", "--input", "samples", "--output", str(tmp_path / "s"),
                                 "--progress_every", "0.2")  # fmt: skip
    assert small.returncode == 0 and "progress" not in small.stderr


def run_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run `newsbeam ARGS` with its stderr on a pseudo-terminal; return its status and output."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline.launch", *args],
        cwd=ROOT, stdout=secondary, stderr=secondary, stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "120"},
    )  # fmt: skip
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    os.close(main)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def test_on_a_terminal_a_live_line_counts_and_clears_before_the_summary(tmp_path):
    inputs = many_articles(tmp_path / "in")
    status, output = run_on_a_terminal("run", "--input", str(inputs), "--output",
                                       str(tmp_path / "out"))  # fmt: skip
    assert status == 0, output[-2000:]
    assert "\x1b[2K" in output  # the line is redrawn in place
    frames = [f for f in output.replace("\r", "\n").split("\n") if "/40 read" in f]
    assert any("/40 read" in f and "docs/s" in f for f in frames), output[-2000:]
    assert any(f" {n}/40 read" in output for n in range(1, 40))  # a half-way count was shown
    summary = output.rsplit("newsbeam: 40 articles", 1)
    assert len(summary) == 2 and "/40 read" not in summary[1]  # nothing after the summary
