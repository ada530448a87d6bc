"""Poll ticks: an unbounded source that fires every interval of wall-clock time until told to stop.

Beam's `PeriodicImpulse` stops only at a timestamp fixed when the graph is built. A live
stream also has to stop on request (Ctrl-C drains it): this source checks a stop marker (a
file, on any Beam filesystem) before each tick, and once the marker exists it finishes its
restriction, so the watermark goes to the end of time and every open window is written.
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


@dataclass(frozen=True)
class PollConfig:
    """When to tick: from `start` every `interval_s` seconds, until `stop` or the stop marker."""

    start: float
    interval_s: float
    stop: float | None = None  # wall-clock time after which no tick fires; None: never
    stop_marker: str | None = None  # a path whose existence stops the ticks

    def tick_count(self) -> int:
        """How many ticks the source may fire in all."""
        if self.stop is None:
            return _ENDLESS
        return max(0, math.ceil((self.stop - self.start) / self.interval_s))

    def tick_time(self, index: int) -> float:
        """The wall-clock time of tick `index`."""
        return self.start + self.interval_s * index


class _TickRestrictions(RestrictionProvider):
    def initial_restriction(self, cfg: PollConfig) -> OffsetRange:
        return OffsetRange(0, cfg.tick_count())

    def create_tracker(self, restriction: OffsetRange) -> OffsetRestrictionTracker:
        return OffsetRestrictionTracker(restriction)

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
            if cfg.stop_marker and FileSystems.exists(cfg.stop_marker):
                tracker.try_claim(tracker.current_restriction().stop)  # claims nothing: done
                return
            due = Timestamp.of(cfg.tick_time(index))
            if cfg.tick_time(index) > time.time():
                # Nothing fires before `due`: the watermark may move up to it meanwhile.
                _advance(watermark, due)
                tracker.defer_remainder(due)
                return
            if not tracker.try_claim(index):
                return
            _advance(watermark, due)
            yield TimestampedValue(index, due)
            index += 1


def _advance(watermark: ManualWatermarkEstimator, to: Timestamp) -> None:
    current = watermark.current_watermark()
    if current is None or to > current:
        watermark.set_watermark(to)


class PollTicks(beam.PTransform):
    """An unbounded PCollection of tick numbers, one per poll interval, stamped with its time."""

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
