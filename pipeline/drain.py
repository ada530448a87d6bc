"""Running a stream until it is drained: the first Ctrl-C (or the end of --duration) stops
polling and writes the open windows, a second Ctrl-C aborts."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.runners.runner import PipelineResult

from pipeline.runners import release
from pipeline.stream import drained_marker


def finish(result: PipelineResult) -> PipelineResult:
    """Wait for a job to end; return its result."""
    result.wait_until_finish()
    return result


class DrainOnInterrupt:
    """Ctrl-C once: stop polling and write open windows (via the stop marker); twice: abort."""

    def __init__(self, marker: str):
        self.marker, self.requested = marker, False

    def __call__(self, signum: int, frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        with FileSystems.create(self.marker) as stream:
            stream.write(b"stop\n")
        print(
            "newsbeam: stopping: polling ends, open windows are being written "
            "(Ctrl-C again to abort)",
            file=sys.stderr,
            flush=True,
        )


def run_until_drained(
    pipeline: beam.Pipeline,
    marker: str,
    watch_interrupts: bool,
    on_submit: Callable[[PipelineResult], None] | None = None,
) -> None:
    """Run a streaming pipeline until it is drained (or ends); a second Ctrl-C aborts.

    Draining is the poll source's: on the stop marker (Ctrl-C) or at the stop time it emits
    DRAIN and closes every open window; when the last one is committed the stream writes the
    drained marker, and the job, having nothing left to write, is cancelled here. `on_submit`
    gets the running job's result (its metrics feed the progress line).
    """
    previous = signal.signal(signal.SIGINT, DrainOnInterrupt(marker)) if watch_interrupts else None
    drained = drained_marker(marker)
    result = pipeline.run()
    if on_submit is not None:
        on_submit(result)
    failures: list[Exception] = []
    job = threading.Thread(target=_wait, args=(result, failures), name="newsbeam-job", daemon=True)
    job.start()
    cancelled = False
    try:
        while job.is_alive():
            job.join(0.5)
            if job.is_alive() and watch_interrupts and FileSystems.exists(drained):
                result.cancel()
                cancelled = True
                job.join(60)
    except KeyboardInterrupt:
        result.cancel()
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        release(result)
        for path in (marker, drained):
            if watch_interrupts and FileSystems.exists(path):
                FileSystems.delete([path])
    if failures and not cancelled:
        raise failures[0]


def _wait(result: PipelineResult, failures: list[Exception]) -> None:
    """Wait for the job; keep how it failed (the launcher decides: a cancel after a drain is
    how a stream ends)."""
    try:
        result.wait_until_finish()
    except Exception as error:  # noqa: BLE001 - handed to the launcher
        failures.append(error)
