"""A run's progress while it runs: a live line on a terminal, a log line now and then otherwise.

Counts come from Beam metrics, polled: a local run's live counters, or the job's own metrics
on runners that report them while running (Prism, Dataflow). A runner that reports none
(Dask) is said so once; the end-of-run summary counts the written tables either way.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from apache_beam.io.filesystems import FileSystems
from apache_beam.runners.runner import PipelineResult
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

from pipeline.live import LiveCounters
from pipeline.metrics import CounterName, Tally, result_counters, tally
from transforms.sources import file_format, match_input

_log = logging.getLogger("newsbeam.progress")

# What a poll returns: counters so far; {} while the job has reported nothing yet; None when
# its runner reports no metrics at all.
Poll = Callable[[], Mapping[CounterName, int] | None]

TTY_REFRESH_S = 0.5


def describe(counts: Tally, elapsed_s: float, total: int | None = None) -> str:
    """One line of progress: records read, their fates so far, speed, time and what is left."""
    rate = counts.done / elapsed_s if elapsed_s > 0 else 0.0
    parts = [
        f"{counts.read}/{total} read" if total else f"{counts.read} read",
        f"{counts.articles} articles",
        f"{counts.rejects} rejects",
    ]
    if counts.filtered:
        parts.append(f"{counts.filtered} filtered")
    parts += [f"{rate:.1f} docs/s", clock(elapsed_s)]
    if total and rate > 0 and counts.done < total:
        parts.append(f"ETA {clock((total - counts.done) / rate)}")
    return " · ".join(parts)


def clock(seconds: float) -> str:
    """Seconds as m:ss, or h:mm:ss past an hour."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgressReporter:
    """Polls a run's counters in a thread and shows them until the block ends.

    On a terminal, a rich progress line (a bar where the number of records is known) that
    clears itself at the end, before the summary; elsewhere a log line every `every_s` seconds.
    """

    def __init__(
        self, poll: Poll, total: int | None, every_s: float, stream: TextIO, tty: bool
    ) -> None:
        self._poll, self._total, self._every_s = poll, total, every_s
        self._stream, self._tty = stream, tty
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._report, name="newsbeam-progress", daemon=True)
        self._started = 0.0

    def __enter__(self) -> ProgressReporter:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()

    def _report(self) -> None:
        if self._tty:
            self._report_live()
        else:
            self._report_lines()

    def _poll_tally(self) -> Tally | None:
        try:
            counters = self._poll()
        except Exception as error:  # noqa: BLE001 - progress must never stop a run
            _log.debug("progress poll failed: %s", error)
            return Tally()
        if counters is None:
            _log.warning("progress: this runner reports no metrics while it runs; "
                         "the counts follow at the end")  # fmt: skip
            return None
        return tally(counters)

    def _report_lines(self) -> None:
        while not self._stop.wait(self._every_s):
            counts = self._poll_tally()
            if counts is None:
                return
            if counts.read or counts.done:  # nothing to say before the job reports a record
                _log.info("progress: %s", describe(counts, self._elapsed(), self._total))

    def _report_live(self) -> None:
        console = Console(file=self._stream, stderr=True)
        # A bar where the number of records is known, a spinner where it is not.
        gauge = BarColumn(bar_width=10) if self._total else SpinnerColumn()
        line = Progress(gauge, TextColumn("{task.description}"), console=console, transient=True)
        with line:
            task = line.add_task("starting", total=self._total)
            while not self._stop.wait(TTY_REFRESH_S):
                counts = self._poll_tally()
                if counts is None:
                    return
                status = describe(counts, self._elapsed(), self._total)
                line.update(task, completed=counts.done, description=status)

    def _elapsed(self) -> float:
        return time.monotonic() - self._started


class JobCounters:
    """A running job's counters, as a `Poll`: the local runner's live counters where it has
    them, else the job's own metrics once the job has been submitted."""

    def __init__(self, live: LiveCounters | None) -> None:
        self.live = live
        self.result: PipelineResult | None = None

    def submitted(self, result: PipelineResult) -> PipelineResult:
        """Take the submitted job's result, whose metrics are polled from now on."""
        self.result = result
        return result

    def __call__(self) -> Mapping[CounterName, int] | None:
        if self.live is not None:
            return self.live.totals()
        if self.result is None:
            return {}
        counters = result_counters(self.result, live=True)
        if hasattr(self.result, "_metrics"):
            # Beam's portable result keeps the first metrics it fetched: forget them, so the
            # next poll (and the run record's count at the end) asks the job service again.
            self.result._metrics = None
        return counters


# A run of at most this many files, this many bytes in all, ends in seconds: a progress line
# would only flicker (and its threaded worker costs about a second of start-up).
SMALL_FILES = 20
SMALL_BYTES = 2_000_000
ONE_PER_FILE = ("text", "html")


@dataclass(frozen=True)
class InputSize:
    """What a batch run's inputs say of its length before it starts."""

    records: int | None  # known where every file holds one article (.txt, .html)
    small: bool  # a few small files


def input_size(inputs: list[str], other_sources: bool) -> InputSize:
    """The size of a run's file inputs; feeds and sitemaps (`other_sources`) make it unknown."""
    if other_sources:
        return InputSize(records=None, small=False)
    files = [f for spec in inputs for f in match_input(spec)]
    one_each = all(file_format(f.path) in ONE_PER_FILE for f in files)
    small = len(files) <= SMALL_FILES and _bytes(f.path for f in files) <= SMALL_BYTES
    return InputSize(records=len(files) if one_each else None, small=small)


def _bytes(paths: Iterable[str]) -> int:
    return sum(m.size_in_bytes for r in FileSystems.match(list(paths)) for m in r.metadata_list)
