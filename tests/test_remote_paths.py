"""Input and output on a non-local Beam filesystem, as gs:// would be: no local-path assumptions."""

import io

import pyarrow.parquet as pq

from tests.conftest import SAMPLES, run_newsbeam
from tests.memfs import MemoryFileSystem
from tests.test_pipeline import rows
from tests.test_warc import pages
from tests.warcs import warc_bytes


def test_pipeline_reads_and_writes_through_beam_filesystems(tmp_path, capsys):
    MemoryFileSystem.files.clear()
    for path in SAMPLES.rglob("*"):
        if path.is_file():
            MemoryFileSystem.files[f"memfs://bucket/in/{path.relative_to(SAMPLES).as_posix()}"] = (
                path.read_bytes()
            )
    MemoryFileSystem.files["memfs://bucket/out/articles/date=1999-01-01/part-stale.parquet"] = (
        b"old"
    )

    assert run_newsbeam("--input", "memfs://bucket/in", "--output", "memfs://bucket/out") == 0
    # Counted through Beam's filesystems, which pyarrow alone cannot read.
    assert "12 articles (0 duplicates), 1 rejects -> memfs://bucket/out" in capsys.readouterr().out

    written = {
        p: data for p, data in MemoryFileSystem.files.items() if p.startswith("memfs://bucket/out/")
    }
    tables = {p: d for p, d in written.items() if p.startswith(("memfs://bucket/out/articles/",
                                                                 "memfs://bucket/out/rejects/"))}  # fmt: skip
    assert tables and all(p.endswith(".parquet") and "/.tmp-" not in p for p in tables)
    assert not [p for p in written if "/_staging/" in p or p.endswith("/_lock")]
    assert [p for p in written if "/_runs/" in p]  # the run's record
    assert (
        "memfs://bucket/out/articles/date=1999-01-01/part-stale.parquet" not in written
    )  # replaced
    remote = sorted(
        (row["id"], row["text"])
        for path, data in written.items() if path.startswith("memfs://bucket/out/articles/")
        for row in pq.read_table(io.BytesIO(data)).to_pylist()
    )  # fmt: skip
    assert run_newsbeam("--output", str(tmp_path)) == 0
    assert remote == [(r["id"], r["text"]) for r in rows(tmp_path)]


def test_a_warc_and_a_sitemap_are_read_through_beam_filesystems(capsys):
    MemoryFileSystem.files.clear()
    MemoryFileSystem.files["memfs://bucket/crawl/a.warc.gz"] = warc_bytes(pages())
    MemoryFileSystem.files["memfs://bucket/crawl/sitemap.xml"] = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>ftp://nowhere.example/x</loc></url></urlset>"
    )
    status = run_newsbeam(
        "--input", "memfs://bucket/crawl", "--sitemap", "memfs://bucket/crawl/sitemap.xml",
        "--output", "memfs://bucket/out",
    )  # fmt: skip
    assert status == 0
    # 4 pages; the 404, the PDF, the revisit and the sitemap's ftp link are rejects.
    assert "4 articles (1 duplicates), 4 rejects -> memfs://bucket/out" in capsys.readouterr().out
