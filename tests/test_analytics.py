"""For analysts: `inspect`, the HTML report (rendered in headless Chromium), the examples."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from PIL import Image

from tests.conftest import ROOT, run_newsbeam, shared_path

EXAMPLES = ROOT / "examples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory) -> Path:
    """A folder with `out/`, the samples' output (the examples read `out/` from where they run)."""
    folder = tmp_path_factory.mktemp("analytics")
    assert run_newsbeam("--output", str(folder / "out")) == 0
    return folder


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    seeds = shared_path("seeds")
    assert run_newsbeam("--input", str(seeds), "--output", str(folder / "out")) == 0
    return folder


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.launch", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_inspect_counts_the_samples(samples_out):
    done = cli("inspect", str(samples_out / "out"), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["articles"], report["rejects"], report["duplicates"]) == (12, 1, 0)
    assert {r["language"]: r["articles"] for r in report["by_language"]} == {
        "en": 4, "de": 2, "es": 2, "fr": 2, "it": 1, "pt": 1,
    }  # fmt: skip
    assert sum(r["articles"] for r in report["by_source"]) == 12
    # Italian has no entity model: its article is "not tagged", which inspect says apart.
    assert report["entities_not_tagged"] == [{"language": "it", "articles": 1}]
    assert report["top_entities"]["PERSON"][0]["mentions"] >= 2
    [reason] = report["rejects_by_reason"]
    assert (reason["stage"], reason["reason"], reason["rejects"]) == (
        "read", "no 'html' or 'text' field", 1,
    )  # fmt: skip
    assert "published_at" in report["schema"]["articles"]
    text = cli("inspect", str(samples_out / "out")).stdout
    assert text.startswith(f"{samples_out / 'out'}: 12 articles (0 duplicates)")
    assert "entities not tagged (no model): it 1" in text
    assert "by language: en 4, de 2, es 2, fr 2, it 1" in text


def test_inspect_names_the_seeds_duplicate_group(seeds_out):
    report = json.loads(cli("inspect", str(seeds_out / "out"), "--json").stdout)
    assert report["duplicates"] == 1
    [group] = report["duplicate_groups"]
    sources = sorted([group["source"], *group["sources"]])
    assert [Path(s).name[:3] for s in sources] == ["000", "002"]


def test_inspect_reads_a_folder_being_written(samples_out, tmp_path):
    live = tmp_path / "live"
    shutil.copytree(samples_out / "out", live)
    partition = next((live / "articles").iterdir())
    # What a stream's writer has half-written: a hidden temporary file beside the others.
    (partition / ".tmp-0123.inprogress").write_bytes(b"PAR1 half a file")
    report = json.loads(cli("inspect", str(live), "--json").stdout)
    assert report["articles"] == 12


def test_the_report_renders_in_headless_chromium(samples_out, tmp_path):
    assert CHROMIUM, "chromium is not installed: `make test` installs it (Debian's package)"
    page = tmp_path / "report.html"
    done = cli("report", str(samples_out / "out"), "--html", str(page))
    assert done.returncode == 0 and "(6 charts)" in done.stdout, done.stderr
    assert "<script src=" not in page.read_text()  # self-contained: nothing to fetch
    browser = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"]  # fmt: skip
    dom = subprocess.run(
        [*browser, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.stdout.count("js-plotly-plot") >= 6, "the charts did not render"
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, console
    shot = tmp_path / "report.png"
    subprocess.run(
        [*browser, "--window-size=1200,2400", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    image = Image.open(shot).convert("L")
    histogram = image.histogram()
    white_share = sum(histogram[250:]) / sum(histogram)
    assert white_share < 0.97, "the screenshot is blank"
    assert sum(1 for n in histogram if n) > 20  # bars, axes and text: many shades


@pytest.mark.parametrize(
    "example, expected",
    [
        ("top_entities_per_language_week.sql", {"language", "entity", "rank"}),
        ("topic_trends.sql", {"week", "topic", "articles"}),
        ("syndication_network.sql", {"original_source", "copying_source", "copies"}),
    ],
)
def test_sql_examples_run_on_the_samples_output(samples_out, monkeypatch, example, expected):
    monkeypatch.chdir(samples_out)
    result = duckdb.sql((EXAMPLES / example).read_text())
    assert set(result.columns) >= expected
    rows = result.fetchall()
    if example != "syndication_network.sql":  # the samples have no copies
        assert rows


def test_top_entities_example_ranks_per_week_and_language(samples_out, monkeypatch):
    monkeypatch.chdir(samples_out)
    rows = duckdb.sql((EXAMPLES / "top_entities_per_language_week.sql").read_text()).fetchall()
    assert all(1 <= rank <= 5 for _, _, rank, *_ in rows)
    assert {language for _, language, *_ in rows} >= {"en", "fr"}


def test_syndication_example_finds_the_seeds_wire_copy(seeds_out, monkeypatch):
    monkeypatch.chdir(seeds_out)
    [(original, copying, copies)] = duckdb.sql(
        (EXAMPLES / "syndication_network.sql").read_text()
    ).fetchall()
    assert sorted(Path(s).name[:3] for s in (original, copying)) == ["000", "002"]
    assert copies == 1


@pytest.mark.parametrize(
    "example, expected",
    [("pyarrow_and_pandas.py", "4 English articles"), ("polars_topics.py", "shape: (")],
)
def test_python_examples_run_on_the_samples_output(samples_out, example, expected):
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / example)],
        cwd=samples_out, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
