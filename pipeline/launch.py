"""The `newsbeam` console script: keep a local run from importing what it never uses, then the CLI.

Importing Apache Beam imports every optional integration whose package is installed: pandas
(DataFrame type hints), pymongo (MongoDB IO), and, with the `gcp` extra that Dataflow users
install, Google Cloud Storage, Pub/Sub, BigQuery and the Dataflow API clients. Beam guards each
of those imports, so a module that cannot be found is simply left out. A run on this machine's
runners touching no `gs://` path uses none of them; skipping them takes about half a second off
every start (`make bench-throughput`, start-up).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

# What no newsbeam run uses (newsbeam itself imports none of them).
NEVER_USED = ("pandas", "pymongo", "bson")
# What only a run on Google Cloud, or over gs:// paths, uses.
CLOUD_ONLY = ("apache_beam.io.gcp", "google.cloud.dataflow", "apitools")
_LOCAL_COMMANDS = ("run", "stream")


def unused_modules(argv: Sequence[str]) -> tuple[str, ...]:
    """The modules a `newsbeam` command line will not use (none for commands other than runs)."""
    if not argv or argv[0] not in _LOCAL_COMMANDS:
        return ()
    arguments = " ".join(argv[1:]).lower()
    cloud = "gs://" in arguments or "dataflow" in arguments
    return NEVER_USED if cloud else NEVER_USED + CLOUD_ONLY


class SkipModules(importlib.abc.MetaPathFinder):
    """An import finder that reports the given packages (and their submodules) as missing."""

    def __init__(self, names: Sequence[str]):
        self._names = tuple(names)
        self._prefixes = tuple(f"{name}." for name in names)

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname in self._names or fullname.startswith(self._prefixes):
            raise ModuleNotFoundError(f"{fullname} is not used by this command", name=fullname)
        return None


def console() -> NoReturn:
    """Entry point of the `newsbeam` console script."""
    skipped = unused_modules(sys.argv[1:])
    if skipped:
        sys.meta_path.insert(0, SkipModules(skipped))
        # Beam's MongoDB IO says so at import when its bson cannot be found.
        logging.getLogger("apache_beam.io.mongodbio").setLevel(logging.ERROR)
    from pipeline.cli import console as run_command  # after the finder is in place

    run_command()


if __name__ == "__main__":
    console()
