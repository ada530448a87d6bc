"""WARC benchmark: reading records (FastWARC, warcio, newsbeam's reader), then end to end.

A WARC file is generated from real pages (the Zyte benchmark's 181, cycled under distinct URLs,
read from ../shared; generated stories where it is absent). Reading is timed on a file of
`--records` records; the end-to-end runs (`newsbeam run`, 1 and 2 workers) on a file of
`--e2e_records` records made the same way, with each worker's CPU seconds sampled from the
process tree, to show that one file's ranges keep both workers busy.

    python -m benchmarks.warc --shared ../shared [--records 10000] [--e2e_records 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
from fastwarc.warc import ArchiveIterator as FastArchiveIterator
from warcio.archiveiterator import ArchiveIterator as WarcioArchiveIterator

from benchmarks.common import markdown_table, run_and_sample, shared_argument
from benchmarks.dumps import zyte_pages
from tests.live_site import story
from tests.warcs import WarcPage, write_warc
from transforms.scope import Scope
from transforms.warc import WarcRange, read_warc


def source_pages(shared: Path) -> list[tuple[str, bytes]]:
    """(url, HTML) of real pages when ../shared is there, else of generated stories."""
    if (shared / "corpora").exists():
        return [(entry["url"], html) for _, entry, html in zyte_pages(shared)]
    return [(f"https://news.example/story-{n}", story(n)) for n in range(200)]


def bench_pages(pages: list[tuple[str, bytes]], count: int) -> Iterator[WarcPage]:
    for n in range(count):
        url, html = pages[n % len(pages)]
        # A distinct URL per copy, on one of 40 hosts (as a crawl mixes sites).
        yield WarcPage(f"https://site{n % 40}.example/{n}/{url.split('://', 1)[-1]}", html)


def read_fastwarc(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        for record in FastArchiveIterator(stream, parse_http=False):
            if record.headers.get("WARC-Type") == "response":
                record.parse_http(auto_decode="all")
                record.reader.read()
                count += 1
    return count


def read_warcio(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        for record in WarcioArchiveIterator(stream):
            if record.rec_type == "response":
                record.content_stream().read()
                count += 1
    return count


def read_newsbeam(path: Path) -> int:
    with path.open("rb") as stream:
        unit = WarcRange(str(path), path.name)
        return sum(1 for _ in read_warc(stream, unit, 10_000_000, Scope())) - 1  # - warcinfo


def reading(path: Path) -> str:
    megabytes = path.stat().st_size / 1e6
    rows = []
    for name, read in [
        ("FastWARC (HTTP parsed and decoded)", read_fastwarc),
        ("warcio (content_stream, decoded)", read_warcio),
        ("newsbeam `read_warc` (FastWARC, documents made)", read_newsbeam),
    ]:
        start = time.perf_counter()
        records = read(path)
        seconds = time.perf_counter() - start
        rows.append(
            [
                name,
                records,
                f"{seconds:.2f}",
                f"{records / seconds:.0f}",
                f"{megabytes / seconds:.0f}",
            ]
        )
    return markdown_table(["reader", "records", "seconds", "records/s", "MB/s (gzipped)"], rows)


def end_to_end(path: Path, records: int, work: Path) -> str:
    rows = []
    for workers in (1, 2):
        seconds, stdout, use = run_and_sample(
            [sys.executable, "-m", "pipeline.launch", "run", "--input", str(path),
             "--output", str(work / f"out-{workers}"), f"--direct_num_workers={workers}",
             "--direct_running_mode=multi_processing"]
        )  # fmt: skip
        busy = sorted((round(u.cpu_s) for u in use.values() if u.cpu_s >= 5), reverse=True)
        rows.append(
            [workers, records, f"{seconds:.1f}", f"{records / seconds:.2f}",
             ", ".join(map(str, busy)) or "-", stdout.splitlines()[0][:90]]
        )  # fmt: skip
    return markdown_table(
        ["workers", "records", "seconds", "docs/s", "CPU s of each busy worker process", "summary"],
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--e2e_records", type=int, default=1_000)
    args = parser.parse_args()
    pages = source_pages(args.shared)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        big = write_warc(work / "bench.warc.gz", bench_pages(pages, args.records))
        print(f"## Reading a WARC file ({args.records} response records, gzip per record, "
              f"{big.stat().st_size / 1e6:.0f} MB, from {len(pages)} distinct pages)\n")  # fmt: skip
        print(reading(big), "\n", flush=True)
        small = write_warc(work / "e2e.warc.gz", bench_pages(pages, args.e2e_records))
        print(f"## End to end: `newsbeam run --input e2e.warc.gz` ({args.e2e_records} records, "
              f"{small.stat().st_size / 1e6:.0f} MB), DirectRunner multi-processing\n")  # fmt: skip
        print(end_to_end(small, args.e2e_records, work))
        print(f"\n(Python {sys.version.split()[0]}, {psutil.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
