"""Poll ticks: an unbounded source that fires every interval of wall-clock time until told to stop.

Beam's `PeriodicImpulse` stops only at a timestamp fixed when the graph is built. A live
stream also has to stop on request (Ctrl-C drains it) without firing every retention timer
of its keyed state, which ending the source would (the watermark would jump to the end of
time, and on Prism each key's timer costs a bundle: minutes for a few thousand articles). So
once a stop marker (a file, on any Beam filesystem) exists or the stop time has passed, the
source emits no more ticks but a DRAIN element, and moves its watermark just past the window
that element falls in: every open window closes and is written, the DRAIN element reaching
the end of the graph says so, and the launcher then cancels the job.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.transforms.core import RestrictionProvider
from apache_beam.transforms.window import TimestampedValue
from apache_beam.utils.timestamp import Timestamp

_WATERMARKS = ManualWatermarkEstimator.default_provider()

# Ticks of an endless stream: far more than any run lasts, small enough for an int64 offset.
_ENDLESS = 1 << 40
# Longest wait between two looks at the stop marker.
_CHECK_STOP_S = 5.0
# The element a stopping source emits instead of a tick.
DRAIN = -1


@dataclass(frozen=True)
class PollConfig:
    """When to tick: from `start` every `interval_s` seconds, until `stop` or the stop marker."""

    start: float
    interval_s: float
    stop: float | None = None  # wall-clock time after which no tick fires; None: never
    stop_marker: str | None = None  # a path whose existence stops the ticks
    drain_horizon_s: float = 60.0  # how far past the DRAIN element the watermark moves

    def tick_count(self) -> int:
        """How many ticks the source may fire before it stops (then it drains)."""
        if self.stop is None:
            return _ENDLESS
        return max(0, math.ceil((self.stop - self.start) / self.interval_s))

    def stopping(self, index: int) -> bool:
        """Whether the source stops instead of firing tick `index`."""
        if index >= self.tick_count():
            return True
        return bool(self.stop_marker) and FileSystems.exists(self.stop_marker)

    def tick_time(self, index: int) -> float:
        """The wall-clock time of tick `index`."""
        return self.start + self.interval_s * index


class TickTracker(OffsetRestrictionTracker):
    """An offset tracker that only checkpoints.

    A runner splitting an endless tick range would hand the far half ([2**39, 2**40) ticks) to
    a second reader whose first tick is centuries away: it would never run, and its watermark
    would hold every window of the stream open for ever (seen on Prism under load).
    """

    def try_split(self, fraction_of_remainder: float) -> tuple | None:
        if fraction_of_remainder > 0:
            return None
        return super().try_split(fraction_of_remainder)


class _TickRestrictions(RestrictionProvider):
    def initial_restriction(self, cfg: PollConfig) -> OffsetRange:
        return OffsetRange(0, _ENDLESS)  # stopping is the source's own decision, see above

    def create_tracker(self, restriction: OffsetRange) -> OffsetRestrictionTracker:
        return TickTracker(restriction)

    def restriction_size(self, cfg: PollConfig, restriction: OffsetRange) -> int:
        due = math.floor((time.time() - cfg.start) / cfg.interval_s) + 1
        return max(0, min(restriction.stop, due) - restriction.start)

    def truncate(self, cfg: PollConfig, restriction: OffsetRange) -> None:
        return None  # on a runner's drain, stop ticking at once


class _TickFn(beam.DoFn):
    """Emit tick numbers at their wall-clock times, the watermark following the clock."""

    @beam.DoFn.unbounded_per_element()
    def process(
        self,
        cfg: PollConfig,
        tracker=beam.DoFn.RestrictionParam(_TickRestrictions()),  # noqa: B008
        watermark=beam.DoFn.WatermarkEstimatorParam(_WATERMARKS),  # noqa: B008
    ) -> Iterator[TimestampedValue]:
        index = tracker.current_restriction().start
        while True:
            if cfg.stopping(index):
                yield from self._drain(cfg, index, tracker, watermark)
                return
            due = Timestamp.of(cfg.tick_time(index))
            if cfg.tick_time(index) > time.time():
                # Nothing fires before `due`: the watermark may move up to it meanwhile. Wake
                # at least every few seconds to look for the stop marker (a prompt drain).
                _advance(watermark, due)
                tracker.defer_remainder(min(due, Timestamp.of(time.time() + _CHECK_STOP_S)))
                return
            if not tracker.try_claim(index):
                return
            _advance(watermark, due)
            yield TimestampedValue(index, due)
            index += 1

    def _drain(self, cfg, index, tracker, watermark) -> Iterator[TimestampedValue]:
        """Emit DRAIN, move the watermark past its window, and wait (the launcher cancels)."""
        now = Timestamp.of(time.time())
        current = watermark.current_watermark()
        at = max(now, current) if current is not None else now
        if tracker.try_claim(index):
            yield TimestampedValue(DRAIN, at)
        _advance(watermark, at + cfg.drain_horizon_s)
        tracker.defer_remainder(Timestamp.of(time.time() + cfg.interval_s))


def _advance(watermark: ManualWatermarkEstimator, to: Timestamp) -> None:
    current = watermark.current_watermark()
    if current is None or to > current:
        watermark.set_watermark(to)


class PollTicks(beam.PTransform):
    """An unbounded PCollection of tick numbers, one per poll interval, stamped with its time;
    DRAIN elements once the stream stops."""

    def __init__(self, cfg: PollConfig):
        super().__init__()
        self._cfg = cfg

    def expand(self, pbegin: beam.pvalue.PBegin) -> beam.PCollection:
        return (
            pbegin
            | "Impulse" >> beam.Impulse()
            | "Config" >> beam.Map(lambda _, cfg: cfg, self._cfg)
            | "Tick" >> beam.ParDo(_TickFn())
        )
