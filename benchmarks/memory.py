"""Memory benchmark: peak RSS per process, flat in input size, bounded on the largest page.

- 5,000 and 50,000 synthetic English news articles (JSON Lines, 1,000 per file; names,
  places and organisations for the entity stage, a tenth of them exact copies of the story before, as a wire's)
  through `newsbeam run` on 2 workers: wall time and each process's peak RSS, sampled.
- The same sizes through Beam's local runner alone (`benchmarks.data_plane`: made, shuffled,
  dropped): what the runner itself costs a worker.
- One HTML page just under `--max_bytes` (9.5 MB: a news page whose body repeats until it is
  that big) through `newsbeam run`: the peak RSS a single huge document costs.

    python -m benchmarks.memory [--sizes 5000 50000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from benchmarks.common import LAUNCHER, markdown_table, run_and_sample

PER_FILE = 1000
PEOPLE = ["Anna Keller", "Rafael Ortiz", "Mei Tanaka", "Olu Adeyemi", "Sofia Lindqvist",
          "Daniel Brooks", "Priya Raman", "Jonas Weber", "Lucia Moretti", "Tom Gallagher"]  # fmt: skip
PLACES = ["Lisbon", "Nairobi", "Toronto", "Osaka", "Glasgow", "Lyon", "Denver", "Perth",
          "Valparaiso", "Tallinn"]  # fmt: skip
BODIES = ["the port authority", "the city council", "the national rail operator",
          "the health ministry", "the central bank", "the football federation",
          "the university hospital", "the energy regulator"]  # fmt: skip
SUBJECTS = ["a new ferry timetable", "the budget for next year", "a strike by dock workers",
            "flood defences along the river", "a rise in interest rates",
            "the final of the regional cup", "waiting times in emergency rooms",
            "the price of household electricity"]  # fmt: skip


# Invented words for what is particular to each story: with the templates alone most stories
# were near-duplicates of each other (79% marked), not the tenth that news wires copy.
SYLLABLES = ["ka", "lo", "mi", "ren", "to", "vas", "el", "dun", "sa", "pir", "ou", "bre", "ni",
             "gal", "te", "mor", "ix", "fa", "lu", "den"]  # fmt: skip


def particulars(rng: random.Random, words: int) -> str:
    """A sentence of invented words (names, places, details only this story has)."""
    made = ("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(words))
    return " ".join(made).capitalize() + "."


def article(n: int) -> dict[str, str]:
    """One invented news article, about 200 words; every tenth an exact copy of the one before."""
    rng = random.Random(n - n % 10 if n % 10 == 1 else n)
    person, place = rng.choice(PEOPLE), rng.choice(PLACES)
    body, subject = rng.choice(BODIES), rng.choice(SUBJECTS)
    sentences = [
        f"{person}, a spokesperson for {body} in {place}, said on Tuesday that {subject} "
        f"would be decided within weeks.",
        f"Residents of {place} have followed the debate over {subject} closely since spring.",
        f"According to figures published by {body}, costs rose by {rng.randint(2, 40)} percent "
        f"over the last {rng.randint(2, 9)} years.",
        f"{rng.choice(PEOPLE)} told reporters that the plan was fair but came too late.",
        f"A vote is expected on {rng.choice(['Monday', 'Wednesday', 'Friday'])}, and a final "
        f"report will follow in {rng.choice(['March', 'June', 'October'])}.",
        f"Critics in {rng.choice(PLACES)} said {body} had ignored earlier warnings.",
        f"Story number {n if n % 10 != 1 else n - 1} of the benchmark's wire.",
        *(particulars(rng, 16) for _ in range(6)),
    ]
    rng.shuffle(sentences)
    return {"url": f"https://news.example/{n}", "title": f"{place}: {subject}",
            "text": " ".join(sentences)}  # fmt: skip


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for start in range(0, count, PER_FILE):
        lines = (json.dumps(article(n)) for n in range(start, min(start + PER_FILE, count)))
        (folder / f"part-{start // PER_FILE:05d}.jsonl").write_text("\n".join(lines) + "\n")


def huge_page(size: int) -> bytes:
    """A news page whose article body repeats until the page is `size` bytes."""
    paragraph = "<p>" + " ".join(article(7)["text"].split()[:60]) + "</p>\n"
    head = "<html><head><title>A very long report</title></head><body><article>"
    tail = "</article></body></html>"
    count = (size - len(head) - len(tail)) // len(paragraph)
    return (head + paragraph * count + tail).encode()


def sampled(command: list[str]) -> tuple[list[str], str]:
    """Run `command`; return [wall seconds, the launcher's peak MiB, the workers' peak MiB] and
    its stdout."""
    seconds, stdout, use = run_and_sample(command, launcher=True)
    runner = use.pop(LAUNCHER)
    workers_mb = sorted((u.peak_rss_mb for u in use.values() if u.cpu_s >= 1), reverse=True)
    peaks = ", ".join(f"{p:.0f}" for p in workers_mb)
    return [f"{seconds:.0f}", f"{runner.peak_rss_mb:.0f}", peaks], stdout


def run(inputs: Path, output: Path, workers: int = 2) -> list[object]:
    """`newsbeam run` on `inputs`: wall seconds, peaks, and the summary line."""
    cells, stdout = sampled(
        [sys.executable, "-m", "pipeline.launch", "run", "--input", str(inputs), "--output",
         str(output), "--quiet", f"--direct_num_workers={workers}",
         "--direct_running_mode=multi_processing"]
    )  # fmt: skip
    return [*cells, stdout.splitlines()[0].removeprefix("newsbeam: ").split(" -> ")[0]]


def data_plane(size: int) -> list[object]:
    """`benchmarks.data_plane`: the local runner moving `size` articles, no newsbeam stage."""
    cells, _ = sampled([sys.executable, "-m", "benchmarks.data_plane", "--articles", str(size)])
    return [*cells, "-"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 50_000])
    parser.add_argument("--huge_bytes", type=int, default=9_500_000)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for size in args.sizes:
            inputs = work / f"in-{size}"
            write_articles(inputs, size)
            rows.append([f"{size:,} articles (JSON Lines)", *run(inputs, work / f"out-{size}")])
            print(rows[-1], file=sys.stderr, flush=True)
        for size in args.sizes:
            rows.append([f"Beam alone: {size:,} articles made and shuffled, then dropped",
                         *data_plane(size)])  # fmt: skip
            print(rows[-1], file=sys.stderr, flush=True)
        page = work / "huge" / "page.html"
        page.parent.mkdir()
        page.write_bytes(huge_page(args.huge_bytes))
        rows.append([f"one {args.huge_bytes / 1e6:.1f} MB page (1 worker)",
                     *run(page.parent, work / "out-huge", workers=1)])  # fmt: skip
    print("## Peak memory per process (`newsbeam run`, multi-processing, sampled every 0.5 s)\n")
    print(markdown_table(
        ["input", "seconds", "launcher (runner) peak MiB", "worker peak MiB", "summary"], rows
    ))  # fmt: skip


if __name__ == "__main__":
    main()
