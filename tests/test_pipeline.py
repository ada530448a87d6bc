"""The batch pipeline end to end through the CLI: contract, accounting, determinism."""

import gzip
import json
import shutil

import duckdb
import pytest

from schemas import read_table
from tests.conftest import SAMPLES, run_newsbeam, shared_path
from transforms.sources import file_format


def count_input_records(folder) -> int:
    """Count input records the way a user would: a file each, a non-blank line each in JSONL."""
    total = 0
    for path in folder.rglob("*"):
        if not path.is_file() or file_format(path.name) is None:
            continue
        if file_format(path.name) == "jsonl":
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


def rows(output, table="articles"):
    return sorted(
        read_table(str(output), table).to_pylist(), key=lambda r: r.get("id") or r["error"]
    )


def make_messy_inputs(folder):
    shutil.copytree(SAMPLES, folder)
    bad = folder / "bad"
    bad.mkdir()
    (bad / "junk.html").write_bytes(bytes(range(256)) * 40)
    (bad / "empty.txt").write_text("\n\n")
    (bad / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    (bad / "huge.html").write_bytes(b"<p>" + b"a" * 300_000 + b"</p>")
    (bad / "script_only.html").write_text("<html><body><script>var a = 1;</script></body></html>")
    (bad / "latin1.txt").write_bytes(
        "Élections à Valdemar : la participation bat un record historique.".encode("latin-1")
    )
    (bad / "mixed.jsonl").write_text(
        "\n".join(
            [
                "{oops",
                json.dumps(
                    {"url": "https://x.example/a", "text": "Ein kurzer Text über die Wahl."}
                ),
                json.dumps({"title": "no body"}),
                json.dumps({"url": "https://x.example/b", "html": "<script></script>"}),
            ]
        )
        + "\n"
    )
    (bad / "skipped.pdf").write_bytes(b"%PDF")  # not a supported type: not an input of a folder


def test_samples_end_to_end(tmp_path):
    assert run_newsbeam("--output", str(tmp_path)) == 0
    articles, rejects = rows(tmp_path), rows(tmp_path, "rejects")
    assert len(articles) + len(rejects) == count_input_records(SAMPLES)
    assert {a["language"] for a in articles} >= {"en", "de", "fr", "es", "pt", "it"}
    assert all(a["text"] and a["word_count"] > 20 for a in articles)
    # Every article in a language with an entity model is tagged (a list, empty only where it
    # names nobody: the Spanish drought page), and each language's samples name people or
    # places; Italian has no model, so its entities are null ("not tagged").
    entities = {a["language"]: a["entities"] for a in articles}
    assert entities["it"] is None
    for language in ("en", "de", "fr", "es", "pt"):
        tagged = [a["entities"] for a in articles if a["language"] == language]
        assert all(e is not None for e in tagged), language
        assert {x["type"] for e in tagged for x in e} & {"PERSON", "LOC"}, (language, tagged)
    assert not list(tmp_path.rglob(".tmp-*"))


def test_accounting_with_bad_files(tmp_path):
    inputs = tmp_path / "in"
    make_messy_inputs(inputs)
    extra = tmp_path / "explicit.pdf"
    extra.write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    assert (
        run_newsbeam(
            "--input",
            str(inputs),
            "--input",
            str(extra),
            "--output",
            str(out),
            "--max_bytes",
            "200000",
        )
        == 0
    )
    articles, rejects = rows(out), rows(out, "rejects")
    assert len(articles) + len(rejects) == count_input_records(inputs) + 1
    reasons = {
        (r["source"].rsplit("/", 1)[-1], r["stage"], r["error"].split(" (")[0]) for r in rejects
    }
    assert {
        ("junk.html", "extract", "binary content"),
        ("empty.txt", "read", "empty file"),
        ("broken.txt.gz", "read", "unreadable file"),
        ("huge.html", "read", "oversized: more than 200000 bytes"),
        ("script_only.html", "extract", "no text extracted"),
        ("explicit.pdf", "read", "unsupported file type: explicit.pdf"),
    } <= reasons
    assert any(a["source"].endswith("latin1.txt") and "Élections" in a["text"] for a in articles)


def test_same_ids_every_run(tmp_path):
    for run in ("a", "b"):
        assert run_newsbeam("--output", str(tmp_path / run)) == 0
    first, second = rows(tmp_path / "a"), rows(tmp_path / "b")
    keep = ("id", "text", "title", "language", "language_score", "published_at", "date")
    assert [{k: r[k] for k in keep} for r in first] == [{k: r[k] for k in keep} for r in second]
    assert len({r["id"] for r in first}) == len(first)


def test_multiprocessing_matches_in_process(tmp_path):
    assert run_newsbeam("--output", str(tmp_path / "one")) == 0
    assert (
        run_newsbeam(
            "--output",
            str(tmp_path / "multi"),
            "--direct_num_workers=2",
            "--direct_running_mode=multi_processing",
            "--output_shards=2",
        )
        == 0
    )
    one, multi = rows(tmp_path / "one"), rows(tmp_path / "multi")
    assert [(r["id"], r["text"]) for r in one] == [(r["id"], r["text"]) for r in multi]


def test_duckdb_reads_the_tables(tmp_path):
    assert run_newsbeam("--output", str(tmp_path)) == 0
    glob = f"{tmp_path}/articles/*/*.parquet"
    con = duckdb.connect()
    total, undated, languages = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE date IS NULL), count(DISTINCT language) "
        f"FROM read_parquet('{glob}', hive_partitioning = true)"
    ).fetchone()
    assert total == len(rows(tmp_path)) and languages >= 4
    assert undated == sum(1 for r in rows(tmp_path) if r["date"] is None)
    kinds = con.execute(
        f"SELECT DISTINCT r.kind FROM read_parquet('{glob}', hive_partitioning = true), "
        f"unnest(removed) AS t(r) ORDER BY 1"
    ).fetchall()
    assert ("comments",) in kinds and ("byline",) in kinds


def test_seeds(tmp_path):
    seeds = shared_path("seeds")
    assert run_newsbeam("--input", str(seeds), "--output", str(tmp_path)) == 0
    articles = sorted(rows(tmp_path), key=lambda r: r["source"])
    assert len(articles) == 5 and not rows(tmp_path, "rejects")
    assert {a["language"] for a in articles} == {"en"}
    assert [a["title"] for a in articles] == [
        None,
        "US-Led Coalition Again Bombs Pro-Assad Forces in Southeastern Syria",
        "U.S. Launches Airstrike on Pro-government Forces in Syria",
        "US strikes Syria militia threatening US-backed forces, officials say",
        "US-Led Coalition Strikes Hit Syrian Army Near At Tanf - UPDATES",
    ]
    assert [a["date"] for a in articles] == ["2017-06-06", "2017-06-07", None, None, "2017-05-18"]
    # 002 reprints the wire story of 000 (with a preface, bio and comments): only it is marked.
    assert [a["duplicate_of"] for a in articles] == [None, None, articles[0]["id"], None, None]


@pytest.mark.parametrize("append", [False, True])
def test_rerun_replaces_or_appends(tmp_path, append):
    assert run_newsbeam("--output", str(tmp_path)) == 0
    first = len(rows(tmp_path))
    assert run_newsbeam("--output", str(tmp_path), *(["--append"] if append else [])) == 0
    # Same input appended again lands in the same deterministic files, so nothing doubles.
    assert len(rows(tmp_path)) == first
