"""Stage outputs: splitting records from rejects, and counting rejects by reason."""

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import REJECTED, Reject, SplitRejects


def test_split_and_count(local_pipeline):
    rejects = [Reject("a", None, "read", "empty file"), Reject("b", "u", "fetch", "HTTP 404"),
               Reject("c", "v", "fetch", "HTTP 404")]  # fmt: skip
    with local_pipeline as p:
        split = p | beam.Create([*rejects, "document"]) | SplitRejects()
        assert_that(split["ok"], equal_to(["document"]), label="ok")
        assert_that(split[REJECTED], equal_to(rejects), label="rejected")
    counters = {c.key.metric.name: c.committed for c in p.result.metrics().query()["counters"]}
    assert counters == {"read.empty file": 1, "fetch.HTTP 404": 2}
