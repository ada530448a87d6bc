"""The console script leaves out what a run never uses, and only that."""

import subprocess
import sys

import pyarrow.dataset as ds
import pytest

from pipeline.launch import CLOUD_ONLY, NEVER_USED, unused_modules
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("argv", "skipped"),
    [
        (["run", "--input", "samples"], NEVER_USED + CLOUD_ONLY),
        (["stream", "--feed", "http://127.0.0.1:8000/rss.xml"], NEVER_USED + CLOUD_ONLY),
        (["run", "--output", "gs://bucket/news"], NEVER_USED),
        (["run", "--runner", "DataflowRunner", "--project", "p"], NEVER_USED),
        (["report", "--output", "out"], ()),
        ([], ()),
    ],
)
def test_what_a_command_line_leaves_out(argv, skipped):
    assert unused_modules(argv) == skipped


def test_beam_and_the_cli_import_without_the_skipped_modules():
    # A fresh interpreter: the finder goes in before anything imports Beam, as in the script.
    probe = (
        "import sys\n"
        "from pipeline.launch import SkipModules, unused_modules\n"
        "sys.meta_path.insert(0, SkipModules(unused_modules(['run'])))\n"
        "import pipeline.cli\n"
        "from apache_beam.io.filesystems import FileSystems\n"
        "FileSystems.get_filesystem('/tmp')\n"
        "print(sorted(m for m in ('pandas', 'pymongo', 'google.cloud.dataflow',"
        " 'apache_beam.io.gcp.gcsio') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_a_run_through_the_script_writes_the_same_rows(tmp_path):
    sample = str(ROOT / "samples" / "text" / "en_harbour_bridge.txt")
    outputs = []
    for module in ("pipeline.launch", "pipeline.cli"):
        out = tmp_path / module
        done = subprocess.run(
            [sys.executable, "-m", module, "run", "--input", sample, "--output", str(out)],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        assert "bson" not in done.stderr and "Traceback" not in done.stderr
        outputs.append(out)
    tables = [
        ds.dataset(out / "articles", partitioning="hive").to_table().drop(["ingested_at"])
        for out in outputs
    ]
    assert tables[0].num_rows == 1
    assert tables[0].sort_by("id").equals(tables[1].sort_by("id"))
