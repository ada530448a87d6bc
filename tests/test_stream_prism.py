"""`newsbeam stream` end to end on Prism: a live feed on 127.0.0.1 that gains entries as it runs."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.prism import find_prism, prism_cache_path
from schemas import read_table
from tests.conftest import ROOT, run_newsbeam_process
from tests.live_site import LiveFeed, story


def stream_process(
    feed: LiveFeed, output: Path, duration: int, source: tuple[str, str] = ("--feed", "/rss.xml")
) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "pipeline.launch", "stream", source[0], feed.url(source[1]),
        "--allow-private-hosts", "--output", str(output), "--poll_interval", "2", "--window", "4",
        "--duration", str(duration), "--per_host_delay", "0", "--fetch_retries", "0",
    ]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.fixture(scope="module")
def prism() -> str:
    binary = find_prism(None)
    if binary is None:
        pytest.fail(f"Prism is not built at {prism_cache_path()}: `make test` builds it")
    return binary


class Reader(threading.Thread):
    """A reader querying the output all through the run, as an analyst would."""

    def __init__(self, output: Path):
        super().__init__(daemon=True)
        self.output, self.failures, self.reads = output, [], 0
        self.readable_at: dict[str, float] = {}
        self.running = True

    def run(self) -> None:
        while self.running:
            try:
                urls = read_table(str(self.output), "articles").column("url").to_pylist()
                read_table(str(self.output), "rejects")
                self.reads += 1
                for url in urls:
                    self.readable_at.setdefault(url, time.time())
            except Exception as error:  # noqa: BLE001 - every failure is what the test reports
                self.failures.append(repr(error))
            time.sleep(0.2)


def test_live_feed_each_entry_once_within_a_window_and_restart_writes_nothing(prism, tmp_path):
    feed = LiveFeed()
    for n in range(3):
        feed.add(n)
    feed.start()
    output = tmp_path / "out"
    reader = Reader(output)
    reader.start()
    process = stream_process(feed, output, duration=45)
    time.sleep(14)  # start-up, first polls
    feed.add(3)
    time.sleep(5)
    feed.stop()  # the server goes down for a while; entries listed meanwhile wait for it
    feed.add(4)
    time.sleep(6)
    feed.start()
    time.sleep(5)
    feed.add(5)
    stdout, stderr = process.communicate(timeout=240)
    reader.running = False
    reader.join()
    assert process.returncode == 0, stderr[-3000:]
    assert "committed:" in stdout, stdout
    assert reader.reads > 20 and not reader.failures, reader.failures[:3]

    articles = read_table(str(output), "articles").to_pylist()
    urls = sorted(a["url"] for a in articles)
    assert urls == sorted(feed.url(f"/story/{n}.html") for n in range(6)), urls
    assert all(a["duplicate_of"] is None for a in articles)
    for number in (3, 5):  # listed while the stream ran and the server was up
        lag = reader.readable_at[feed.url(f"/story/{number}.html")] - feed.listed_at[number]
        # Seen at the next poll (2 s), committed when that poll's window (4 s) closes.
        assert lag < 2 + 4 + 10, (number, lag)
    rejects = read_table(str(output), "rejects").to_pylist()
    assert rejects and all(r["stage"] == "feed" for r in rejects), rejects  # the outage
    assert not list(output.rglob(".tmp-*")) and not list(output.rglob("_stream/*"))

    # A second stream on the same output: the feed still lists every entry, nothing is new.
    again = stream_process(feed, output, duration=8)
    stdout, stderr = again.communicate(timeout=240)
    assert again.returncode == 0, stderr[-3000:]
    assert "(6 articles already there)" in stdout, stdout
    assert sorted(a["url"] for a in read_table(str(output), "articles").to_pylist()) == urls
    feed.stop()


def drop(folder: Path, name: str, content: bytes) -> None:
    """Put a file into a watched folder the safe way: written hidden, then renamed."""
    hidden = folder / f".{name}.part"
    hidden.write_bytes(content)
    hidden.rename(folder / name)


def test_watched_folder_sees_files_dropped_later(prism, tmp_path):
    inbox, output = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    drop(inbox, "early.html", story(100))
    command = [
        sys.executable, "-m", "pipeline.launch", "stream", "--watch", str(inbox), "--output",
        str(output), "--poll_interval", "2", "--window", "4", "--duration", "30",
        "--progress_every", "2",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    time.sleep(14)
    drop(inbox, "late.html", story(101))
    (inbox / "sub").mkdir()
    time.sleep(4)
    drop(inbox / "sub", "later.txt", b"Harbour news\n\n" + story(102).replace(b"<", b" <"))
    drop(inbox, "broken.html", b"\x00\x01\x02 binary junk \xff\xfe")
    # An analyst looks at the folder while the stream writes into it.
    deadline = time.monotonic() + 20
    while not list(output.glob("articles/*/*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert process.poll() is None, "the stream ended before it could be inspected"
    looked = run_newsbeam_process("inspect", str(output), "--json")
    assert looked.returncode == 0 and json.loads(looked.stdout)["articles"] >= 1, looked.stderr
    charted = run_newsbeam_process("report", str(output), "--html", str(tmp_path / "r.html"))
    assert charted.returncode == 0 and (tmp_path / "r.html").stat().st_size > 0, charted.stderr
    stdout, stderr = process.communicate(timeout=240)
    assert process.returncode == 0, stderr[-3000:]
    sources = sorted(
        Path(a["source"]).relative_to(inbox).as_posix()
        for a in read_table(str(output), "articles").to_pylist()
    )
    assert sources == ["early.html", "late.html", "sub/later.txt"], stdout
    rejects = read_table(str(output), "rejects").to_pylist()
    assert [Path(r["source"]).name for r in rejects] == ["broken.html"]
    # The progress lines follow the job's metrics as it runs: counts only grow, and files
    # dropped mid-run show up in them before the end.
    progress = [line.split("progress: ")[1] for line in stderr.splitlines() if "progress: " in line]
    read = [int(line.split(" read")[0]) for line in progress]
    articles = [int(line.split(" · ")[1].split()[0]) for line in progress]
    assert read == sorted(read) and articles == sorted(articles), progress
    assert 1 <= min(read) and max(read) == 4 and max(articles) >= 2, progress


def test_a_news_sitemap_streams_each_new_entry_once(prism, tmp_path):
    site = LiveFeed()
    site.add(0)
    site.start()
    output = tmp_path / "out"
    process = stream_process(site, output, 24, ("--sitemap", "/news-sitemap.xml"))
    time.sleep(10)
    site.add(1)
    time.sleep(4)
    site.add(2)
    stdout, stderr = process.communicate(timeout=240)
    site.stop()
    assert process.returncode == 0, stderr[-3000:]
    urls = sorted(read_table(str(output), "articles").column("url").to_pylist())
    assert urls == [site.url(f"/story/{n}.html") for n in range(3)], stdout
    assert read_table(str(output), "rejects").num_rows == 0
