"""Runner choice: a local runner that never reaches for Prism, and short names for others."""

from __future__ import annotations

import contextlib

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions
from apache_beam.portability.api import beam_provision_api_pb2
from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner, DirectRunner
from apache_beam.runners.portability.fn_api_runner import fn_runner
from apache_beam.runners.portability.portable_runner import JobServiceHandle
from apache_beam.runners.runner import PipelineResult

from pipeline.live import REQUEST_EVERY_S, LiveCounters, watch_bundles

# Runners Beam does not know by a short name, or that we route through our own class.
RUNNER_ALIASES = {
    "DaskRunner": "apache_beam.runners.dask.dask_runner.DaskRunner",
    "DirectRunner": "pipeline.runners.LocalRunner",
}


class LocalRunner(DirectRunner):
    """The DirectRunner without its Prism attempt.

    Beam's DirectRunner first tries to download a Prism binary on every run (and fails offline
    before falling back). Batch pipelines go straight to the FnApiRunner (which honours
    --direct_num_workers and --direct_running_mode); streaming ones to the bundle-based runner.
    Users who want Prism ask for it: `--runner PrismRunner --prism_location PATH`.

    With `live` set, a batch run feeds it the counters of its bundles while they run.
    """

    live: LiveCounters | None = None

    def is_fnapi_compatible(self) -> bool:
        # Beam round-trips a job graph through its proto before running it unless the runner
        # speaks the Fn API; the FnApiRunner reads the proto itself, so the trip only cost
        # 0.6 s of every start-up (Beam skips it for its own DirectRunner by class name).
        return True

    def run_pipeline(self, pipeline, options: PipelineOptions) -> PipelineResult:
        if options.view_as(StandardOptions).streaming:
            return BundleBasedDirectRunner().run_pipeline(pipeline, options)
        encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
        provision = fn_runner.ExtendedProvisionInfo(
            beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
        )
        runner = fn_runner.FnApiRunner(
            provision_info=provision,
            progress_request_frequency=None if self.live is None else REQUEST_EVERY_S,
        )
        with watch_bundles(self.live) if self.live else contextlib.nullcontext():
            return runner.run_pipeline(pipeline, options)


def recomputes_side_inputs(runner: object) -> bool:
    """Whether a runner computes a side input's upstream again for each consumer.

    Beam's Dask runner does (a side input is its own Dask computation), so a step with side
    effects upstream of one, such as spilling articles to files, would run twice.
    """
    return any(cls.__name__ == "DaskRunner" for cls in type(runner).__mro__)


def register_runner_options(argv: list[str]) -> None:
    """Import the option classes of optional runners the command line refers to.

    Beam only knows a runner's options (e.g. --dask_client_address) once its module is imported.
    """
    if any("dask" in arg.lower() for arg in argv):
        try:
            import apache_beam.runners.dask.dask_runner  # noqa: F401
        except ImportError:
            pass  # reported when the runner is loaded


def resolve_runner(name: str | None) -> str:
    """Return the runner Beam should load for `--runner NAME` (default: LocalRunner)."""
    return RUNNER_ALIASES.get(name or "DirectRunner", name or "DirectRunner")


def release(result: PipelineResult) -> None:
    """Free what a finished run holds: the Dask runner leaves its cluster client open."""
    client = getattr(result, "client", None)
    if client is not None:
        client.close()
