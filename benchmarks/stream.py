"""The streaming graph on Prism, measured: latency, throughput against `run`, memory over time.

    python -m benchmarks.stream latency      # entry listed -> row readable, poll 5 s, window 10 s
    python -m benchmarks.stream throughput   # 1,000 real pages behind one feed: stream vs run
    python -m benchmarks.stream memory       # 30 min at 100 new entries a minute, RSS sampled

Every number comes from the real CLI in a subprocess against a feed served on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.common import ROOT, markdown_table, require, shared_argument
from schemas import read_table
from tests.live_site import LiveFeed

FETCH = ["--allow-private-hosts", "--per_host_delay", "0", "--per_host_concurrency", "8"]


class OutputWatcher(threading.Thread):
    """Poll an output folder as a reader would; note when each URL first became readable."""

    def __init__(self, output: Path, interval_s: float = 0.2):
        super().__init__(daemon=True)
        self.output, self.interval_s = output, interval_s
        self.readable_at: dict[str, float] = {}
        self.rows = 0
        self.failures = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            try:
                articles = read_table(str(self.output), "articles")
                rejects = read_table(str(self.output), "rejects")
            except Exception:  # noqa: BLE001 - a failed read is counted, never fatal
                self.failures += 1
            else:
                now = time.time()
                self.rows = articles.num_rows + rejects.num_rows
                for url in articles.column("url").to_pylist() + rejects.column("url").to_pylist():
                    self.readable_at.setdefault(url, now)
            time.sleep(self.interval_s)


def start_stream(feed: LiveFeed, output: Path, *flags: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "pipeline.launch", "stream", "--feed", feed.url("/rss.xml")]
    return subprocess.Popen(
        [*command, "--output", str(output), *FETCH, *flags],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def drain(process: subprocess.Popen, timeout_s: float = 300.0) -> float:
    """Ctrl-C a stream and wait for it to write its open windows; return the seconds it took."""
    start = time.perf_counter()
    process.send_signal(signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        raise SystemExit(f"newsbeam stream did not drain within {timeout_s:.0f} s") from None
    if process.returncode != 0:
        raise SystemExit(f"newsbeam stream failed: {stderr[-2000:]}")
    return time.perf_counter() - start


def latency(entries: int = 24, spacing_s: float = 3.0) -> str:
    """Entries listed one by one while a stream runs (poll 5 s, window 10 s)."""
    feed = LiveFeed()
    feed.start()
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out"
        watcher = OutputWatcher(output)
        watcher.start()
        process = start_stream(feed, output, "--poll_interval", "5", "--window", "10")
        feed.add(0)
        while feed.url("/story/0.html") not in watcher.readable_at:
            time.sleep(0.5)  # start-up: models and Prism; the first row marks the stream live
        for number in range(1, entries + 1):
            feed.add(number)
            time.sleep(spacing_s)
        deadline = time.time() + 60
        while len(watcher.readable_at) < entries + 1 and time.time() < deadline:
            time.sleep(0.5)
        drain(process)
        watcher.running = False
    lags = [
        watcher.readable_at[feed.url(f"/story/{n}.html")] - feed.listed_at[n]
        for n in range(1, entries + 1)
    ]
    feed.stop()
    rows = [
        [entries, f"{statistics.median(lags):.1f}", f"{max(lags):.1f}", "25.0", watcher.failures]
    ]
    return "### Latency: entry listed -> row readable (`--poll_interval 5 --window 10`)\n\n" + (
        markdown_table(
            ["entries", "median s", "max s", "goal: max <= poll + window + 10", "failed reads"],
            rows,
        )
    )


def real_pages(shared: Path, count: int) -> dict[int, bytes]:
    """`count` real pages of the trafilatura evaluation set (distinct articles)."""
    archive = require(shared / "corpora" / "trafilatura-eval" / "html.tar.xz")
    pages: dict[int, bytes] = {}
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:  # in archive order: an xz stream is read once, front to back
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                pages[len(pages)] = handle.read()
            if len(pages) == count:
                break
    return pages


def throughput(shared: Path, count: int = 1000) -> str:
    """One feed listing `count` real pages: `newsbeam run` vs `newsbeam stream` until all are in."""
    pages = real_pages(shared, count)
    feed = LiveFeed(pages)
    for number in pages:
        feed.add(number)
    feed.start()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pipeline.launch", "run", "--feed", feed.url("/rss.xml"),
             "--output", f"{tmp}/batch", *FETCH],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        batch_s = time.perf_counter() - start
        batch_rows = sum(read_table(f"{tmp}/batch", t).num_rows for t in ("articles", "rejects"))
        results.append(
            ["newsbeam run", batch_rows, f"{batch_s:.1f}", f"{batch_rows / batch_s:.2f}"]
        )

        output = Path(tmp) / "stream"
        watcher = OutputWatcher(output, interval_s=0.5)
        watcher.start()
        start = time.perf_counter()
        process = start_stream(feed, output, "--poll_interval", "30", "--window", "10")
        while watcher.rows < batch_rows and process.poll() is None:
            time.sleep(0.5)
        stream_s = time.perf_counter() - start
        drained_s = drain(process)
        watcher.running = False
        results.append(
            ["newsbeam stream", watcher.rows, f"{stream_s:.1f}", f"{watcher.rows / stream_s:.2f}"]
        )
    feed.stop()
    ratio = (watcher.rows / stream_s) / (batch_rows / batch_s)
    return (
        f"### Throughput: one feed of {count} real pages served on 127.0.0.1 (start-up included)\n\n"
        + markdown_table(["mode", "rows", "seconds", "docs/s"], results)
        + f"\n\nstream / run = **{ratio:.2f}x** (goal >= 0.8x); the stream then drained "
        f"(Ctrl-C: polling stops, open windows are written, the job is cancelled) in "
        f"{drained_s:.0f} s"
    )


def rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MiB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
            with open(f"/proc/{current}/task/{current}/children") as children:
                pending += [int(c) for c in children.read().split()]
        except (OSError, StopIteration):
            continue
    return total / 1024


def memory(
    minutes: int = 30, per_minute: int = 100, sample_s: float = 60.0, retention: str = "5m"
) -> str:
    """A stream fed `per_minute` new entries for `minutes`; RSS of the stream and Prism.

    Keyed state (seen URLs, near-duplicate buckets) is kept for `retention`, then expired by
    timers: memory grows while state fills and is flat once entries expire as fast as they come.
    """
    feed = LiveFeed(keep=200)
    feed.start()
    samples = []
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out"
        process = start_stream(
            feed, output, "--poll_interval", "10", "--window", "30", "--seen_retention", retention
        )

        def prism_rss() -> float:
            children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text()
            for child in children.split():
                if "prism" in Path(f"/proc/{child}/cmdline").read_text():
                    return rss_mib(int(child))
            return 0.0

        start, number, next_sample = time.time(), 0, time.time()
        while time.time() - start < minutes * 60:
            feed.add(number)
            number += 1
            if time.time() >= next_sample:
                rows = sum(read_table(str(output), t).num_rows for t in ("articles", "rejects"))
                samples.append(
                    [f"{(time.time() - start) / 60:.0f}", number, rows,
                     f"{rss_mib(process.pid):.0f}", f"{prism_rss():.0f}"]
                )  # fmt: skip
                print(json.dumps(samples[-1]), file=sys.stderr, flush=True)
                next_sample += sample_s
            time.sleep(60.0 / per_minute)
        drain(process)
    feed.stop()
    return (
        f"### Memory: {minutes} min at {per_minute} new entries a minute "
        f"(`--poll_interval 10 --window 30 --seen_retention {retention}`)\n\n"
        + markdown_table(
            ["minute", "entries listed", "rows written", "RSS MiB (Python + Prism)", "of it Prism"],
            samples,
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("which", choices=["latency", "throughput", "memory", "all"])
    parser.add_argument("--minutes", type=int, default=30)
    shared_argument(parser)
    args = parser.parse_args()
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    if args.which in ("latency", "all"):
        print(latency(), end="\n\n", flush=True)
    if args.which in ("throughput", "all"):
        print(throughput(args.shared), end="\n\n", flush=True)
    if args.which in ("memory", "all"):
        print(memory(args.minutes), end="\n\n", flush=True)


if __name__ == "__main__":
    main()
