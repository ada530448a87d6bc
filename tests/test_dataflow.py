"""The Dataflow job graph, built offline (--dry_run --no_auth): stages and options on board."""

import datetime as dt

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import TypeOptions

from pipeline.batch import build_batch
from pipeline.cli import parse_run_args
from pipeline.options import NewsbeamOptions, run_settings
from tests.conftest import run_newsbeam_process

pytest.importorskip(
    "apache_beam.runners.dataflow.internal.apiclient", reason="needs the [gcp] extra"
)

ARGS = [
    "--runner", "DataflowRunner", "--project", "demo-project", "--region", "europe-west1",
    "--temp_location", "gs://demo-bucket/tmp", "--dry_run=True", "--no_auth",
    "--input", "gs://demo-bucket/news/*.jsonl.gz", "--output", "gs://demo-bucket/out",
    "--duplicate_threshold", "0.7", "--max_bytes", "123456",
]  # fmt: skip


@pytest.fixture(scope="module")
def job():
    options = parse_run_args(ARGS)
    pipeline = beam.Pipeline(options=options)
    settings = run_settings(
        options.view_as(NewsbeamOptions), dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    )
    build_batch(pipeline, settings)
    return pipeline.run().job


def test_stages_are_in_the_job_graph(job):
    names = {t.unique_name for t in job.proto_pipeline.components.transforms.values()}
    for stage in [
        "ReadDocuments/ReadFiles/Read", "ProcessDocuments/ExtractArticles",
        "ProcessDocuments/DetectLanguage", "ProcessDocuments/TagTopics",
        "ProcessDocuments/TagEntities", "MarkDuplicates", "WriteTables/WriteArticles",
    ]:  # fmt: skip
        assert stage in names


def test_options_reach_the_workers(job):
    from apache_beam.internal import pickler
    from apache_beam.portability.api import beam_runner_api_pb2
    from apache_beam.runners.dataflow.internal import apiclient

    # What Dataflow hands workers as pipeline options.
    environment = apiclient.Environment(
        packages=[], options=job.options, environment_version="0",
        proto_pipeline_staged_url="gs://demo-bucket/staging/pipeline.pb",
        proto_pipeline=job.proto_pipeline,
    ).proto  # fmt: skip
    options = dict(environment.sdk_pipeline_options["options"])
    assert options["output"] == "gs://demo-bucket/out" and options["duplicate_threshold"] == 0.7
    # What the stages themselves carry: their configs travel pickled inside the DoFns.
    verify = next(
        t for t in job.proto_pipeline.components.transforms.values()
        if t.unique_name == "MarkDuplicates/Verify"
    )  # fmt: skip
    payload = beam_runner_api_pb2.ParDoPayload.FromString(verify.spec.payload)
    do_fn = pickler.loads(payload.do_fn.payload)[0]
    assert do_fn._cfg.threshold == 0.7
    read = next(
        t
        for t in job.proto_pipeline.components.transforms.values()
        if t.unique_name == "ReadDocuments/ReadFiles/Read"
    )
    do_fn = pickler.loads(
        beam_runner_api_pb2.ParDoPayload.FromString(read.spec.payload).do_fn.payload
    )[0]
    assert do_fn._cfg.max_bytes == 123456


def test_cli_dry_run_touches_no_input_or_output():
    result = run_newsbeam_process("run", *ARGS)
    assert result.returncode == 0, result.stderr
    assert "dry run: job graph built" in result.stdout


STREAM_ARGS = [
    "--runner", "DataflowRunner", "--project", "demo-project", "--region", "europe-west1",
    "--temp_location", "gs://demo-bucket/tmp", "--dry_run=True", "--no_auth",
    "--feed", "https://news.example/rss.xml", "--watch", "gs://demo-bucket/drop",
    "--output", "gs://demo-bucket/out", "--poll_interval", "30", "--window", "120",
]  # fmt: skip


def test_streaming_job_graph_is_built_for_dataflow():
    from pipeline.cli import parse_args
    from pipeline.options import StreamOptions, stream_settings
    from pipeline.stream import build_stream

    options = parse_args(STREAM_ARGS, "stream")
    assert options.view_as(beam.options.pipeline_options.StandardOptions).streaming
    pipeline = beam.Pipeline(options=options)
    settings = run_settings(options.view_as(NewsbeamOptions), None)
    live = stream_settings(options.view_as(StreamOptions), 0.0, None, frozenset())
    build_stream(pipeline, settings, live)
    job = pipeline.run().job
    names = {t.unique_name for t in job.proto_pipeline.components.transforms.values()}
    for stage in [
        "PollTicks/Tick", "ReadFeeds/ReadFeed", "NewEntries/FirstSeen", "FetchPages/FetchHost",
        "ListFolders/List", "NewFiles/FirstSeen", "ProcessDocuments/ExtractArticles",
        "ProcessDocuments/TagEntities", "MarkDuplicates/FirstInBucket", "WriteTables/WriteFiles",
        "ReportWindows/Report",
    ]:  # fmt: skip
        assert stage in names, stage
    strategies = job.proto_pipeline.components.windowing_strategies.values()
    assert any(s.allowed_lateness == 1_200_000 for s in strategies)  # 10 windows of 120 s


def test_cli_streaming_dry_run_touches_nothing():
    result = run_newsbeam_process("stream", *STREAM_ARGS)
    assert result.returncode == 0, result.stderr
    assert "dry run: streaming job graph built" in result.stdout


def test_both_graphs_pass_beam_type_checks():
    # The CLI builds its graphs with Beam's construction-time type checks off (start-up time),
    # so here they are on: a hint that contradicts what a stage is given fails the build.
    from pipeline.cli import parse_args
    from pipeline.options import StreamOptions, stream_settings
    from pipeline.stream import build_stream

    for args, command in ((ARGS, "run"), (STREAM_ARGS, "stream")):
        options = parse_args(args, command)
        assert not options.view_as(TypeOptions).pipeline_type_check
        options.view_as(TypeOptions).pipeline_type_check = True
        pipeline = beam.Pipeline(options=options)
        settings = run_settings(options.view_as(NewsbeamOptions), None)
        if command == "run":
            build_batch(pipeline, settings)
        else:
            live = stream_settings(options.view_as(StreamOptions), 0.0, None, frozenset())
            build_stream(pipeline, settings, live)
        assert pipeline.options.view_as(TypeOptions).pipeline_type_check


def test_job_options_build_the_graph_beams_own_options_build():
    # JobOptions keeps one view per options class (start-up time); the job graph and what a
    # view sets must not differ from Beam's own options object.
    from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

    from pipeline.cli import parse_args

    graphs = []
    for options in (parse_args(ARGS, "run"), PipelineOptions(ARGS)):
        options.view_as(TypeOptions).pipeline_type_check = False
        pipeline = beam.Pipeline(options=options)
        build_batch(pipeline, run_settings(options.view_as(NewsbeamOptions), None))
        components = pipeline.to_runner_api().components
        graphs.append(sorted((t.unique_name, t.spec.urn) for t in components.transforms.values()))
    assert graphs[0] == graphs[1] and len(graphs[0]) > 100
    options = parse_args(ARGS, "run")
    assert options.view_as(StandardOptions) is options.view_as(StandardOptions)
    options.view_as(StandardOptions).streaming = True
    assert options.get_all_options()["streaming"] is True
