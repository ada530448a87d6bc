"""Labelled plain-text "news dumps" from the two HTML benchmarks, and their dev/test split by site.

A dump is what a user pastes or scrapes as plain text: a page's visible block-level text, one line
per block, in reading order. Each line is labelled body or boilerplate by the page's gold:
Zyte's full article bodies (4-token shingles, as the benchmark scores), or trafilatura-eval's
must-have / must-not-have snippets (lines holding neither stay unlabelled and are not scored).

The split is a committed list (`benchmarks/splits/sites.tsv`): about 70 % of the sites are dev,
30 % test, and every rule, cue list and trained model sees dev only.

    python -m benchmarks.dumps --write-split   # once; the list is then kept
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.common import ROOT, shared_argument
from transforms.blocks import page_lines
from transforms.decode import NotText
from transforms.extract import main_text

SPLIT_FILE = ROOT / "benchmarks" / "splits" / "sites.tsv"
ZYTE = "article-extraction-benchmark"
TRAFILATURA = "trafilatura-eval"
BODY, BOILERPLATE = 1, 0

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Dump:
    """One page as plain text lines, each labelled BODY, BOILERPLATE or None (unknown)."""

    key: str
    site: str
    corpus: str
    lines: list[str]
    labels: list[int | None]
    html: bytes


def site_of(key: str) -> str:
    """The site a benchmark page comes from: its host without www (inside archive.org links)."""
    if "::" in key:  # trafilatura-eval's "hard::site.tld-slug" names
        return key.split("::", 1)[1].split("-")[0].removeprefix("www.").lower()
    match = re.match(r"https?://web\.archive\.org/web/\d+\w*/(.+)", key)
    url = match.group(1) if match else key
    host = urlsplit(url if "://" in url else "http://" + url).hostname or url
    return host.removeprefix("www.").lower()


def _shingles(tokens: list[str], size: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def label_by_body(lines: list[str], gold: str) -> list[int | None]:
    """Label lines against a full gold body: mostly inside it is body, mostly outside boilerplate.

    Lines under four tokens are body only when the gold holds them as a line of their own;
    a line that is partly inside (20 to 80 % of its shingles) stays unlabelled.
    """
    gold_tokens = _TOKEN.findall(gold.lower())
    gold_shingles = _shingles(gold_tokens)
    gold_lines = {" ".join(_TOKEN.findall(g.lower())) for g in gold.split("\n")}
    gold_joined = " " + " ".join(gold_tokens) + " "
    labels: list[int | None] = []
    for line in lines:
        tokens = _TOKEN.findall(line.lower())
        if not tokens:
            labels.append(BOILERPLATE)
        elif len(tokens) < 4:
            joined = " ".join(tokens)
            if joined in gold_lines:
                labels.append(BODY)
            else:
                labels.append(None if f" {joined} " in gold_joined else BOILERPLATE)
        else:
            share = len(_shingles(tokens) & gold_shingles) / max(1, len(tokens) - 3)
            labels.append(BODY if share >= 0.8 else BOILERPLATE if share <= 0.2 else None)
    return labels


def label_by_snippets(lines: list[str], with_: list[str], without: list[str]) -> list[int | None]:
    """Label lines holding a must-have snippet body, a must-not-have snippet boilerplate."""
    flat = [_SPACE.sub(" ", line) for line in lines]
    labels: list[int | None] = [None] * len(lines)
    for snippets, label in ((without, BOILERPLATE), (with_, BODY)):
        for snippet in snippets:
            snippet = _SPACE.sub(" ", snippet).strip()
            for i, line in enumerate(flat):
                if snippet and snippet in line:
                    labels[i] = label
    return labels


def zyte_pages(shared: Path) -> Iterator[tuple[str, dict, bytes]]:
    """The Zyte benchmark's pages: (key, gold entry with url and articleBody, HTML), keys sorted."""
    root = shared / "corpora" / ZYTE
    truth = json.loads((root / "ground-truth.json").read_text())
    for key, entry in sorted(truth.items()):
        yield key, entry, gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())


def zyte_dumps(shared: Path) -> Iterator[Dump]:
    """The Zyte benchmark's 181 pages as labelled dumps."""
    for key, entry, html in zyte_pages(shared):
        lines = page_lines(html)
        site = site_of(entry["url"])
        yield Dump(key, site, ZYTE, lines, label_by_body(lines, entry["articleBody"]), html)


def trafilatura_pages(shared: Path) -> Iterator[tuple[str, dict, bytes]]:
    """trafilatura-eval's annotated pages: (key, annotation, HTML), keys sorted."""
    root = shared / "corpora" / TRAFILATURA
    evaldata = json.loads((root / "evaldata.json").read_text())
    with tarfile.open(root / "html.tar.xz", "r:xz") as archive:
        files = {
            Path(m.name).name: (m.name.split("/")[-2] if "/" in m.name else "", m)
            for m in archive.getmembers()
            if m.isfile()
        }
        contents: dict[str, bytes] = {}
        for name, (folder, member) in files.items():
            # cache/ wins over eval/ when both hold a name, as the benchmark's own runner does.
            if name not in contents or folder == "cache":
                contents[name] = archive.extractfile(member).read()
    for key, entry in sorted(evaldata.items()):
        if entry["file"] in contents:
            yield key, entry, contents[entry["file"]]


def trafilatura_dumps(shared: Path) -> Iterator[Dump]:
    """trafilatura-eval's pages as dumps labelled by their snippets."""
    for key, entry, html in trafilatura_pages(shared):
        lines = page_lines(html)
        labels = label_by_snippets(lines, entry["with"], entry["without"])
        yield Dump(key, site_of(key), TRAFILATURA, lines, labels, html)


def extractor_dumps(shared: Path) -> list[Dump]:
    """Both benchmarks' pages as the lines trafilatura leaves (what the `html` model sees)."""
    dumps = []
    for key, entry, html in zyte_pages(shared):
        lines = _extracted_lines(html)
        labels = label_by_body(lines, entry["articleBody"])
        dumps.append(Dump(key, site_of(entry["url"]), ZYTE, lines, labels, html))
    for key, entry, html in trafilatura_pages(shared):
        lines = _extracted_lines(html)
        labels = label_by_snippets(lines, entry["with"], entry["without"])
        dumps.append(Dump(key, site_of(key), TRAFILATURA, lines, labels, html))
    return dumps


def _extracted_lines(html: bytes) -> list[str]:
    try:
        return [line.strip() for line in main_text(html)[1]]
    except NotText:
        return []


def all_dumps(shared: Path) -> list[Dump]:
    """Every page of both benchmarks as a labelled dump."""
    return [*zyte_dumps(shared), *trafilatura_dumps(shared)]


@cache
def site_split() -> dict[str, str]:
    """The committed site -> "dev" | "test" list."""
    rows = SPLIT_FILE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in rows if line and not line.startswith("#"))


def split_of(site: str) -> str:
    """A site's split; sites the list has never seen count as test (never trained on)."""
    return site_split().get(site, "test")


def hashed_split(key: str, test_share: float = 0.3) -> str:
    """A stable dev/test assignment from a key's sha256 (anyone can re-derive the lists)."""
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    return "test" if digest / 2**64 < test_share else "dev"


def write_split(shared: Path) -> None:
    """Write the site list once (hash-assigned, so anyone can re-derive it)."""
    root = shared / "corpora"
    sites = {
        site_of(e["url"])
        for e in json.loads((root / ZYTE / "ground-truth.json").read_text()).values()
    }
    sites |= {site_of(k) for k in json.loads((root / TRAFILATURA / "evaldata.json").read_text())}
    SPLIT_FILE.parent.mkdir(parents=True, exist_ok=True)
    header = "# site<TAB>split: the fixed dev/test split of the extraction benchmarks (sha256 of the site, 30 % test)\n"
    SPLIT_FILE.write_text(
        header + "".join(f"{s}\t{hashed_split(s)}\n" for s in sorted(sites)), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared_argument(parser)
    parser.add_argument("--write-split", action="store_true")
    args = parser.parse_args()
    if args.write_split:
        write_split(args.shared)
    counts: dict[tuple[str, str], list[int]] = {}
    for dump in all_dumps(args.shared):
        row = counts.setdefault((dump.corpus, split_of(dump.site)), [0, 0, 0, 0])
        row[0] += 1
        row[1] += dump.labels.count(BODY)
        row[2] += dump.labels.count(BOILERPLATE)
        row[3] += dump.labels.count(None)
    for (corpus, split), (pages, body, boiler, unknown) in sorted(counts.items()):
        print(
            f"{corpus} {split}: {pages} pages, {body} body / {boiler} boilerplate / {unknown} unlabelled lines"
        )


if __name__ == "__main__":
    main()
