"""The command line as a user meets it: one-line errors, never a traceback."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_newsbeam_process


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--input", "no/such/dir"], "no input files match 'no/such/dir'"),
        (["run", "--bogus_flag", "1"], "unrecognized argument: --bogus_flag"),
        (["run", "--output", "/proc/newsbeam-out"], "cannot write to --output"),
        (["run", "--runner", "NoSuchRunner"], "cannot load runner"),
        (["run", "--max_bytes", "zero"], "invalid int value"),
        (["fly"], "unknown command 'fly'"),
        (["run", "--window", "10"], "it belongs to `newsbeam stream`"),
        (["run", "--streaming"], "use `newsbeam stream`"),
        (["run", "--url_filter", "news/(unclosed"], "--url_filter 'news/(unclosed': missing )"),
        (["run", "--since", "last week"], "--since 'last week' is not an ISO 8601 date"),
        (["run", "--domains", " , "], "--domains names no domain"),
        (["run", "--sitemap", "no/such/sitemap.xml"], "no such sitemap file"),
        (
            ["stream", "--output", "x"],
            "nothing to stream: give at least one --feed, --sitemap or --watch",
        ),
        (["stream", "--watch", "samples", "--input", "samples"], "--input and --append are for"),
        (["stream", "--watch", "no/such/dir"], "no such folder to --watch"),
        (["stream", "--watch", "samples", "--window", "soon"], "invalid duration_seconds value"),
        (
            ["stream", "--watch", "samples", "--prism_location", "/no/prism"],
            "cannot start Prism at /no/prism",
        ),
    ],
)
def test_bad_arguments_one_line_nonzero(args, message):
    result = run_newsbeam_process(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbeam: error:") and message in lines[0]


def test_help_lists_options():
    result = run_newsbeam_process("run", "--help")
    assert result.returncode == 0
    for flag in ("--input", "--output", "--max_bytes", "--runner"):
        assert flag in result.stdout
    result = run_newsbeam_process("stream", "--help")
    assert result.returncode == 0
    for flag in (
        "--feed",
        "--watch",
        "--poll_interval",
        "--window",
        "--duration",
        "--seen_retention",
    ):
        assert flag in result.stdout


def test_help_shows_defaults_and_beams_options():
    text = " ".join(run_newsbeam_process("run", "--help").stdout.split())
    assert "(default: 10000000)" in text and "(default: 10000)" in text  # max_bytes, rows
    assert "Apache Beam's own options pass through" in text
    assert "--direct_num_workers=2 --direct_running_mode=multi_processing" in text


def newsbeam_elsewhere(cwd, *args):
    return subprocess.run(
        [sys.executable, "-m", "pipeline.launch", "run", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_outside_the_repository_the_missing_default_samples_are_named(tmp_path):
    done = newsbeam_elsewhere(tmp_path, "--output", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "no --input given, and the default samples/ folder is not here" in done.stderr


def test_a_folder_of_unsupported_files_says_what_it_has_and_what_is_read(tmp_path):
    for name in ("a.pdf", "b.pdf", "c.docx"):
        (tmp_path / name).write_bytes(b"x")
    done = newsbeam_elsewhere(tmp_path, "--input", str(tmp_path), "--output", str(tmp_path / "o"))
    assert done.returncode == 2
    assert "has no file newsbeam reads: it has 2 .pdf, 1 .docx" in done.stderr
    assert ".html, .jsonl, .markdown, .md, .text, .txt, .warc (each optionally .gz)" in done.stderr


def test_a_multi_process_run_prints_no_beam_noise(tmp_path):
    done = run_newsbeam_process(
        "run", "--input", "samples/text", "--output", str(tmp_path),
        "--direct_num_workers=2", "--direct_running_mode=multi_processing",
    )  # fmt: skip
    assert done.returncode == 0
    assert "Discarding unparseable args" not in done.stderr
    assert "semi_persistent_directory" not in done.stderr


def test_stream_without_prism_says_how_to_build_it(tmp_path):
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "pipeline.launch", "stream", "--watch", "samples", "--output",
         str(tmp_path / "out")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "empty-cache")},
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "run `make prism`" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_run_prints_summary(tmp_path):
    result = run_newsbeam_process("run", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert f"-> {tmp_path}" in result.stdout and "languages:" in result.stdout
    assert "prism" not in (result.stdout + result.stderr).lower()


def test_refused_run_leaves_earlier_output_alone(tmp_path):
    earlier = tmp_path / "articles" / "date=2025-01-01" / "part-0.parquet"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"earlier run")
    result = run_newsbeam_process("run", "--output", str(tmp_path), "--runner", "NoSuchRunner")
    assert result.returncode == 2 and earlier.read_bytes() == b"earlier run"


def test_a_stream_keeps_its_job_streams_open_past_beams_default_deadline():
    from apache_beam.options.pipeline_options import PortableOptions

    from pipeline.cli import STREAM_JOB_TIMEOUT_S, parse_args

    options = parse_args(["--watch", "samples", "--prism_location", "/bin/true"], "stream")
    # Beam's default of 300 s ended every stream after five minutes (DEADLINE_EXCEEDED).
    assert options.view_as(PortableOptions).job_server_timeout == STREAM_JOB_TIMEOUT_S
