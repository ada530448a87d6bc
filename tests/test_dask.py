"""The pipeline on a real Dask cluster (scheduler and worker processes on 127.0.0.1)."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.progress import SMALL_FILES
from tests.conftest import ROOT, run_newsbeam
from tests.test_pipeline import count_input_records, make_messy_inputs, rows
from tests.test_progress import many_articles

pytest.importorskip("distributed", reason="the [dask] extra is part of `make test`'s install")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A scheduler and two single-threaded worker processes, stopped after the module."""
    port = free_port()
    logs = tmp_path_factory.mktemp("dask")
    dask = str(Path(sys.executable).with_name("dask"))
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=open(logs / "scheduler.log", "w"), stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip
    wait_for(port)
    workers = subprocess.Popen(
        [dask, "worker", f"tcp://127.0.0.1:{port}", "--nworkers", "2", "--nthreads", "1",
         "--no-dashboard", "--host", "127.0.0.1"],
        stdout=open(logs / "workers.log", "w"), stderr=subprocess.STDOUT, cwd=ROOT,
    )  # fmt: skip
    address = f"tcp://127.0.0.1:{port}"
    _wait_for_workers(address, 2)
    yield address
    for process in (workers, scheduler):
        process.terminate()
        process.wait(timeout=30)


def _wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout=30) as client:
        client.wait_for_workers(count, timeout=60)


def test_dask_matches_direct_runner_and_loses_nothing(tmp_path, dask_cluster):
    inputs = tmp_path / "in"
    make_messy_inputs(inputs)
    direct, on_dask = tmp_path / "direct", tmp_path / "dask"
    args = ["--input", str(inputs), "--max_bytes", "200000"]
    assert run_newsbeam(*args, "--output", str(direct)) == 0
    assert run_newsbeam(*args, "--output", str(on_dask), "--runner", "DaskRunner",
                        "--dask_client_address", dask_cluster) == 0  # fmt: skip
    articles, rejects = rows(on_dask), rows(on_dask, "rejects")
    assert len(articles) + len(rejects) == count_input_records(inputs)
    keep = ("id", "text", "title", "language", "topics", "entities", "duplicate_of", "date")
    assert [{k: r[k] for k in keep} for r in articles] == [
        {k: r[k] for k in keep} for r in rows(direct)
    ]
    assert sorted((r["source"], r["stage"], r["error"]) for r in rejects) == sorted(
        (r["source"], r["stage"], r["error"]) for r in rows(direct, "rejects")
    )
    assert not list(on_dask.rglob(".tmp-*"))


def test_dask_without_an_address_starts_a_local_cluster_quietly(tmp_path):
    inputs = many_articles(tmp_path / "in", SMALL_FILES + 5)  # a run long enough to show progress
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.launch", "run", "--input", str(inputs),
         "--output", str(tmp_path / "out"), "--runner", "DaskRunner", "--progress_every", "0.2"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{SMALL_FILES + 5} articles" in done.stdout
    # No cluster chatter, no non-actionable warnings: only the progress line's one notice
    # that this runner reports no metrics while it runs.
    assert done.stderr.strip().splitlines() == [
        "newsbeam: WARNING: progress: this runner reports no metrics while it runs; "
        "the counts follow at the end"
    ]
