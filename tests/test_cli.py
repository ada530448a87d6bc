"""The command line as a user meets it: one-line errors, never a traceback."""

import pytest

from tests.conftest import run_newsbeam_process


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--input", "no/such/dir"], "no input files match 'no/such/dir'"),
        (["run", "--bogus_flag", "1"], "unrecognized argument: --bogus_flag"),
        (["run", "--output", "/proc/newsbeam-out"], "cannot write to --output"),
        (["run", "--runner", "NoSuchRunner"], "cannot load runner"),
        (["run", "--max_bytes", "zero"], "invalid int value"),
        (["fly"], "unknown command 'fly'"),
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
