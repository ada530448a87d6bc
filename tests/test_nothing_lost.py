"""Nothing lost: runs commit or leave the output as it was; repeats, hostile feeds and locks."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline import cli
from pipeline.commit import OutputLock, holder_is_gone, read_lock
from schemas import read_table
from tests.conftest import ROOT, SAMPLES, run_newsbeam, run_newsbeam_process


def table_checksums(output: Path) -> dict[str, str]:
    """Every visible Parquet file of both tables (through their links) and its sha256."""
    return {
        str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
        for table in ("articles", "rejects")
        for p in sorted((output / table).rglob("*.parquet"))
    }


def _as_in_a_terminal() -> None:
    # A suite started in the background (`make test &`) hands its children an ignored SIGINT,
    # and Python keeps it ignored; a user's Ctrl-C reaches a run with the default handler.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_run(output: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.launch", "run", "--output", str(output), *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_as_in_a_terminal,
    )  # fmt: skip


@pytest.fixture(scope="module")
def good_output(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("good") / "out"
    assert run_newsbeam("--output", str(output)) == 0
    return output


def copy_output(source: Path, target: Path) -> Path:
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    return target


def test_a_run_commits_links_a_record_and_verifies(good_output):
    assert (good_output / "articles").is_symlink() and (good_output / "rejects").is_symlink()
    records = sorted((good_output / "_runs").glob("*.json"))
    assert len(records) == 1
    record = json.loads(records[0].read_text())
    assert record["mode"] == "replace" and record["articles"] == 12 and record["rejects"] == 1
    assert record["records"] == 13  # every input record seen, by the run's counters
    assert {f["path"].split("/")[0] for f in record["files"]} == {"articles", "rejects"}
    assert not (good_output / "_lock").exists()
    assert not list((good_output / "_staging").glob("*"))
    assert not list(good_output.rglob("_spill")) and not list(good_output.rglob("spill-*"))
    result = run_newsbeam_process("verify", str(good_output))
    assert (
        result.returncode == 0 and "ok (13 files, 12 articles, 1 rejects, 1 runs)" in result.stdout
    )


KILLED_RUN_INPUTS = ("--input", str(SAMPLES), "--input", str(SAMPLES / "text"))


# Points of a run to kill it at, each seen in its output folder: it holds the lock, its job is
# spilling articles, its sink has written a staged table file (the job's last stage). Events,
# not seconds: a run's length varies by a third on a shared machine, and a kill timed by another
# run's length could come after this one has committed.
KILL_POINTS = {
    "locked": "_lock",
    "spilling": "_staging/*/_spill/spill-*.pkl",
    "writing": "_staging/*/articles/**/*.parquet",
}


def wait_for(output: Path, pattern: str, process: subprocess.Popen, timeout_s: float = 300) -> None:
    """Return once `pattern` matches below `output`, or the process has ended, or on timeout."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None and time.monotonic() < deadline:
        if next(output.glob(pattern), None) is not None:
            return
        time.sleep(0.005)


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_a_run_killed_at_any_point_leaves_the_previous_tables(good_output, tmp_path, point):
    output = copy_output(good_output, tmp_path / "out")
    before = table_checksums(output)
    process = start_run(output, *KILLED_RUN_INPUTS)
    wait_for(output, KILL_POINTS[point], process)
    assert process.poll() is None, "the run ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert table_checksums(output) == before
    assert run_newsbeam_process("verify", str(output)).returncode == 0
    # The next run takes over the dead run's lock, reclaims its staging and succeeds.
    assert run_newsbeam("--output", str(output)) == 0
    assert not list((output / "_staging").glob("*"))
    assert run_newsbeam_process("verify", str(output)).returncode == 0


def test_an_interrupted_run_exits_130_in_one_line_and_keeps_the_tables(good_output, tmp_path):
    output = copy_output(good_output, tmp_path / "out")
    before = table_checksums(output)
    process = start_run(output, *KILLED_RUN_INPUTS)
    wait_for(output, KILL_POINTS["spilling"], process)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["newsbeam: interrupted"]
    assert table_checksums(output) == before and not (output / "_lock").exists()


def test_a_failed_run_keeps_the_previous_tables(good_output, tmp_path):
    output = copy_output(good_output, tmp_path / "out")
    before = table_checksums(output)
    # A runner that fails at start-up of the job: the run fails after taking the lock.
    result = run_newsbeam_process(
        "run", "--output", str(output), "--direct_num_workers=2",
        "--direct_running_mode=no_such_mode",
    )  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert table_checksums(output) == before
    assert not list((output / "_staging").glob("*")) and not (output / "_lock").exists()


def test_a_run_whose_rows_fall_short_of_its_records_commits_nothing(
    good_output, tmp_path, monkeypatch, capsys
):
    # A runner fault that drops a bundle's rows cannot be caused on demand: the job's counters
    # here report one record more than it wrote rows for.
    output = copy_output(good_output, tmp_path / "out")
    before, runs = table_checksums(output), sorted((output / "_runs").glob("*.json"))
    counted = cli.input_counts
    monkeypatch.setattr(cli, "input_counts", lambda r: (counted(r)[0] + 1, counted(r)[1]))
    assert run_newsbeam("--output", str(output)) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "read 14 input records but wrote 12 articles, 1 rejects" in error[0]
    assert "+1 unaccounted for; nothing was committed" in error[0]
    assert table_checksums(output) == before
    assert sorted((output / "_runs").glob("*.json")) == runs
    assert not list((output / "_staging").glob("*")) and not (output / "_lock").exists()


def test_a_held_lock_refuses_a_second_run_and_a_dead_holders_lock_is_taken_over(tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    with OutputLock(str(output), "20250101T000000-holder"):
        result = run_newsbeam_process("run", "--output", str(output))
        assert result.returncode == 2
        assert "output is locked by run 20250101T000000-holder" in result.stderr
        assert f"pid {os.getpid()}" in result.stderr
    assert not (output / "_lock").exists()
    dead = subprocess.Popen(["true"])
    dead.wait()
    holder = {"run_id": "gone", "host": socket.gethostname(), "pid": dead.pid}
    (output / "_lock").write_text(json.dumps({**holder, "heartbeat": time.time()}))
    assert holder_is_gone(read_lock(str(output / "_lock")))
    result = run_newsbeam_process("run", "--output", str(output))
    assert result.returncode == 0 and "took over the lock of run gone" in result.stderr


def test_a_stale_heartbeat_makes_a_lock_stale():
    holder = {"run_id": "x", "host": "another-host", "pid": 1, "heartbeat": 1000.0}
    assert holder_is_gone(holder, now=1000.0 + 3600)
    assert not holder_is_gone(holder, now=1000.0 + 5)


def test_append_of_the_same_input_adds_no_row_and_names_never_collide(tmp_path):
    output = tmp_path / "out"
    assert run_newsbeam("--output", str(output)) == 0
    first = read_table(str(output), "articles")
    result = run_newsbeam_process("run", "--output", str(output), "--append")
    assert result.returncode == 0, result.stderr
    # This run's counts: every article is a repeat, each accounted for as a reject.
    assert result.stdout.startswith("newsbeam: 0 articles (0 duplicates), 13 rejects")
    articles = read_table(str(output), "articles")
    assert sorted(articles.column("id").to_pylist()) == sorted(first.column("id").to_pylist())
    rejects = read_table(str(output), "rejects").to_pylist()
    assert len(rejects) == 2 + 12  # the unsupported file twice, and 12 repeats
    assert sum(r["error"] == "repeat: already in the output" for r in rejects) == 12
    assert run_newsbeam_process("verify", str(output)).returncode == 0


def test_a_table_without_rows_exists_and_globs_only_see_whole_files(tmp_path):
    junk = tmp_path / "junk.html"
    junk.write_bytes(b"\x00\x01\x02\x03 binary, not a page")
    output = tmp_path / "out"
    assert run_newsbeam("--input", str(junk), "--output", str(output)) == 0
    (output / "articles" / "date=2025-01-01").mkdir()
    (output / "articles" / "date=2025-01-01" / ".tmp-partial.inprogress").write_bytes(b"")
    glob = f"{output}/articles/*/*.parquet"
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall() == [(0,)]
    assert read_table(str(output), "articles").num_rows == 0
    assert read_table(str(output), "rejects").column("stage").to_pylist() == ["extract"]


def test_verify_names_a_damaged_file_and_a_repeated_id(good_output, tmp_path):
    output = copy_output(good_output, tmp_path / "out")
    victim = sorted((output / "articles").rglob("*.parquet"))[0]
    victim.write_bytes(victim.read_bytes()[:100])
    result = run_newsbeam_process("verify", str(output))
    assert result.returncode == 1
    name = victim.relative_to(output.resolve() if victim.is_absolute() else output)
    assert "unreadable" in result.stderr and victim.name in result.stderr, (name, result.stderr)
    output = copy_output(good_output, tmp_path / "again")
    files = sorted((output / "articles").rglob("*.parquet"))
    twin = files[0].parent / ("copy-" + files[0].name)
    twin.write_bytes(files[0].read_bytes())
    result = run_newsbeam_process("verify", str(output))
    assert result.returncode == 1
    assert "ids appear more than once" in result.stderr and "recorded by no run" in result.stderr


def test_remote_runner_refuses_local_paths():
    result = run_newsbeam_process(
        "run", "--runner", "DataflowRunner", "--project", "p", "--region", "r",
        "--temp_location", "gs://b/tmp", "--input", "samples", "--output", "gs://b/out",
        "--dry_run=True", "--no_auth",
    )  # fmt: skip
    assert result.returncode == 2
    assert "--input 'samples' is a local path: DataflowRunner workers cannot see it" in (
        result.stderr
    )


def test_a_feed_listing_a_link_twice_gives_one_row_and_one_repeat(tmp_path):
    from tests.site import Site

    site = Site()
    try:
        link = site.base + "/articles/harbour-bridge.html"
        items = "".join(
            f"<item><title>Bridge {n}</title><link>{link}{suffix}</link></item>"
            for n, suffix in enumerate(["", "?utm_source=rss"])
        )
        feed = tmp_path / "twice.xml"
        feed.write_text(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
        output = tmp_path / "out"
        assert run_newsbeam(
            "--feed", str(feed), "--output", str(output), "--allow-private-hosts",
            "--per_host_delay", "0",
        ) == 0  # fmt: skip
    finally:
        site.close()
    articles = read_table(str(output), "articles").to_pylist()
    rejects = read_table(str(output), "rejects").to_pylist()
    assert len(articles) == 1 and articles[0]["url"] == link
    assert [r["error"] for r in rejects] == ["repeat: same record twice in input"]
