"""Where newsbeam finds Prism, Beam's local streaming runner, built by `make prism`."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import apache_beam


def prism_cache_path() -> Path:
    """Where `make prism` puts the Prism binary matching the installed Beam SDK."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "newsbeam" / "prism" / f"v{apache_beam.__version__}" / "prism"


def find_prism(explicit: str | None) -> str | None:
    """The Prism binary to run: `--prism_location` when given, else the one `make prism` built."""
    if explicit:
        return explicit
    built = prism_cache_path()
    return str(built) if built.is_file() and os.access(built, os.X_OK) else None


def missing_prism_message() -> str:
    """One line saying how to get Prism."""
    return (
        f"Prism (Beam's local streaming runner) is not built: run `make prism` (needs Go), "
        f"or pass --prism_location PATH (expected at {prism_cache_path()})"
    )


@contextlib.contextmanager
def prism_job_server(binary: str, log_level: str = "warn") -> Iterator[str]:
    """Run Prism as a job server for the duration of a stream; yield its endpoint.

    Beam's PrismRunner would start Prism itself, in the terminal's process group, where a
    Ctrl-C meant to drain the stream kills Prism first. Here it runs in a session of its own,
    and the stream decides when it ends.
    """
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        port = probe.getsockname()[1]
    command = [binary, "--job_port", str(port), "--log_level", log_level, "--serve_http=false"]
    try:
        process = subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)
    except OSError as error:
        raise PrismError(f"cannot start Prism at {binary}: {error.strerror}") from None
    try:
        _wait_for_port(process, port)
        yield f"localhost:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class PrismError(Exception):
    """Prism could not be started."""


def _wait_for_port(process: subprocess.Popen, port: int, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PrismError(f"Prism exited at start with status {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("localhost", port)) == 0:
                return
        time.sleep(0.1)
    raise PrismError(f"Prism did not listen on port {port} within {timeout_s:.0f} s")
