"""Counters of a local batch run while it runs.

Beam's FnApiRunner hands a run's metrics over only when the run has ended. While a bundle runs,
though, it can ask the worker for the bundle's progress (its "progress requests"), and each
answer carries the bundle's user counters so far. The runner keeps those answers to itself, so
`watch_bundles` routes them, and each finished bundle's final counters, into a `LiveCounters`
that the progress line reads. Two names of Beam's runner module are swapped for the run's
duration; Beam's version is pinned, and a test fails if the hook stops seeing counters.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Iterable, Iterator

from apache_beam.portability.api import metrics_pb2
from apache_beam.runners.portability import portable_metrics
from apache_beam.runners.portability.fn_api_runner import fn_runner

from pipeline.metrics import CounterName, sum_by_name

# How often the runner asks a running bundle for its counters.
REQUEST_EVERY_S = 1.0


class LiveCounters:
    """User counters of finished bundles plus the latest answers of running ones."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finished: Counter[CounterName] = Counter()
        self._running: dict[str, dict[CounterName, int]] = {}
        self._ended: set[str] = set()

    def running(self, bundle: str, infos: Iterable[metrics_pb2.MonitoringInfo]) -> None:
        counters = user_counters(infos)
        with self._lock:
            if bundle not in self._ended:  # a late answer must not count a bundle twice
                self._running[bundle] = counters

    def finished(self, bundle: str, infos: Iterable[metrics_pb2.MonitoringInfo]) -> None:
        counters = user_counters(infos)
        with self._lock:
            self._ended.add(bundle)
            self._running.pop(bundle, None)
            self._finished.update(counters)

    def totals(self) -> dict[CounterName, int]:
        with self._lock:
            totals = Counter(self._finished)
            for counters in self._running.values():
                totals.update(counters)
        return dict(totals)


def user_counters(infos: Iterable[metrics_pb2.MonitoringInfo]) -> dict[CounterName, int]:
    """The user counters among a bundle's monitoring infos, summed over steps."""
    counters = portable_metrics.from_monitoring_infos(list(infos), user_metrics_only=True)[0]
    return sum_by_name(((key.metric.namespace, key.metric.name), v) for key, v in counters.items())


_bundle = threading.local()  # the bundle the current runner thread is processing
_hooked = threading.Lock()  # one watched run per process at a time


@contextlib.contextmanager
def watch_bundles(live: LiveCounters) -> Iterator[None]:
    """Feed `live` from every bundle the FnApiRunner processes inside this block.

    The runner must be built with `progress_request_frequency` for running bundles to answer.
    """
    requester, process_bundle = fn_runner.ProgressRequester, fn_runner.BundleManager.process_bundle

    class ReportingRequester(requester):  # type: ignore[misc, valid-type]
        def __init__(self, worker_handler, instruction_id, frequency, callback=None) -> None:
            _bundle.id = instruction_id
            super().__init__(
                worker_handler,
                instruction_id,
                frequency,
                lambda progress: live.running(instruction_id, progress.monitoring_infos),
            )

    def reporting_process_bundle(self, *args, **kwargs):
        result, splits = process_bundle(self, *args, **kwargs)
        live.finished(_bundle.id, result.process_bundle.monitoring_infos)
        return result, splits

    with _hooked:
        fn_runner.ProgressRequester = ReportingRequester
        fn_runner.BundleManager.process_bundle = reporting_process_bundle
        try:
            yield
        finally:
            fn_runner.ProgressRequester = requester
            fn_runner.BundleManager.process_bundle = process_bundle
