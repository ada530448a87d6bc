"""Reading input files: matching, each format, compression and bad files."""

import gzip
import io
import json

import pytest

from transforms.records import Document, Reject
from transforms.sources import InputFile, ReadConfig, file_format, match_input, read_file

DEFAULT = ReadConfig()


def read(path, cfg=DEFAULT):
    file = InputFile(str(path), path.name, True)
    with open(path, "rb") as stream:
        return list(read_file(file, stream, cfg))


def test_file_format():
    assert file_format("a/b.TXT") == "text"
    assert file_format("b.html.gz") == "html"
    assert file_format("b.htm") == "html"
    assert file_format("b.jsonl.gz") == "jsonl"
    assert file_format("notes/b.md") == "text" and file_format("b.markdown.gz") == "text"
    assert file_format("b.pdf") is None and file_format("README") is None


def test_match_directory_takes_supported_files_only(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ["a.txt", "sub/b.html.gz", "notes.pdf", "sub/c.jsonl"]:
        (tmp_path / name).write_bytes(b"x")
    found = match_input(str(tmp_path))
    assert [f.relpath for f in found] == ["a.txt", "sub/b.html.gz", "sub/c.jsonl"]
    assert not any(f.explicit for f in found)


def test_match_file_and_glob_are_explicit(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.pdf").write_text("x")
    assert match_input(str(tmp_path / "a.txt")) == [
        InputFile(str(tmp_path / "a.txt"), "a.txt", True)
    ]
    assert [f.relpath for f in match_input(str(tmp_path / "*"))] == ["a.txt", "b.pdf"]
    assert match_input(str(tmp_path / "missing.txt")) == []


def test_text_and_gzip_html(tmp_path):
    (tmp_path / "a.txt").write_text("Hello world")
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<p>Hi</p>"))
    [doc] = read(tmp_path / "a.txt")
    assert (doc.format, doc.content, doc.key) == ("text", b"Hello world", "a.txt")
    [doc] = read(tmp_path / "b.html.gz")
    assert (doc.format, doc.content) == ("html", b"<p>Hi</p>")


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "url": "https://x.example/1",
                "html": "<p>a</p>",
                "title": "T",
                "published": "2025-01-02",
            }
        ),
        "",
        "{not json",
        json.dumps({"url": "https://x.example/3"}),
        json.dumps({"text": "no url"}),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://x.example/4", "text": "body", "authors": ["A B"]}),
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n")
    records = read(tmp_path / "r.jsonl")
    docs = [r for r in records if isinstance(r, Document)]
    rejects = [r for r in records if isinstance(r, Reject)]
    assert [(d.key, d.format, d.title, d.authors) for d in docs] == [
        ("r.jsonl#1", "html", "T", ()),
        ("r.jsonl#7", "text", None, ("A B",)),
    ]
    assert [r.error.split(":")[0] for r in rejects] == [
        "r.jsonl#3",
        "r.jsonl#4",
        "r.jsonl#5",
        "r.jsonl#6",
    ]
    assert all(r.stage == "read" for r in rejects)


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("big.txt", b"x" * 101, "oversized"),
        ("empty.html", b"  \n", "empty file"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
        ("bad.txt.gz", b"not gzip at all", "unreadable file"),
    ],
)
def test_bad_files_become_rejects(tmp_path, name, content, error):
    (tmp_path / name).write_bytes(content)
    [reject] = read(tmp_path / name, ReadConfig(max_bytes=100))
    assert isinstance(reject, Reject) and reject.stage == "read" and error in reject.error


def test_gzip_bomb_is_cut_at_the_cap(tmp_path):
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 50_000_000))
    [reject] = read(tmp_path / "bomb.html.gz", ReadConfig(max_bytes=1_000_000))
    assert "oversized" in reject.error


def test_oversized_jsonl_line_is_skipped_not_buffered(tmp_path):
    good = json.dumps({"url": "https://x.example/ok", "text": "fine"})
    (tmp_path / "r.jsonl").write_text("x" * 5000 + "\n" + good + "\n")
    records = read(tmp_path / "r.jsonl", ReadConfig(max_bytes=1000))
    assert isinstance(records[0], Reject) and "oversized" in records[0].error
    assert records[1].url == "https://x.example/ok"


def test_read_file_from_a_stream():
    file = InputFile("mem.txt", "mem.txt", True)
    [doc] = read_file(file, io.BytesIO(b"body"), ReadConfig())
    assert doc.content == b"body"


def test_a_markdown_article_is_read_as_text(tmp_path):
    (tmp_path / "note.md").write_text(
        "# Council passes budget\n\n**By Ann Lee**\n\nThe council met.\n"
    )
    [doc] = read(tmp_path / "note.md")
    assert isinstance(doc, Document) and doc.format == "text"
