"""Shared fixtures: paths to samples and ../shared, and a runner for the real CLI."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from apache_beam.testing.test_pipeline import TestPipeline

from pipeline.cli import main
from pipeline.runners import LocalRunner

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
INGESTED_AT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test (with why) where that folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the real-world sets live in ../shared beside the repo")
    return path


def run_newsbeam(*args: str) -> int:
    """Run `newsbeam run ARGS` in this process; return its exit status."""
    return main(["run", *args])


def run_newsbeam_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `newsbeam ARGS` as a separate process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline.launch", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.fixture
def local_pipeline() -> TestPipeline:
    """A TestPipeline on the local runner (no Prism download attempt)."""
    return TestPipeline(runner=LocalRunner())
