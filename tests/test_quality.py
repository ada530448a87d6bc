"""Extraction quality on the test sites of the Zyte benchmark: guards against regressions.

The goals and the full numbers are in `make bench-quality`; these checks hold a floor under
them so a change that loses text, or stops removing boilerplate, fails here.
"""

import trafilatura

from benchmarks.dumps import BODY, site_of, split_of, zyte_dumps, zyte_pages
from benchmarks.quality import zyte_scores
from tests.conftest import shared_path
from transforms.clean import mark_lines
from transforms.extract import extract_html


def _test_dumps():
    return [d for d in zyte_dumps(shared_path("corpora").parent) if split_of(d.site) == "test"]


def test_html_beats_bare_trafilatura_on_test_sites():
    gold, ours, bare = {}, {}, {}
    for key, entry, html in zyte_pages(shared_path("corpora").parent):
        if split_of(site_of(entry["url"])) == "test":
            gold[key] = entry["articleBody"]
            ours[key] = extract_html(html).text
            bare[key] = trafilatura.extract(html, include_comments=False) or ""
    assert len(gold) >= 40
    assert zyte_scores(gold, ours)["f1"] > zyte_scores(gold, bare)["f1"]


def test_page_dumps_keep_body_lines_and_drop_most_boilerplate():
    body = kept = boiler = removed = 0
    for dump in _test_dumps():
        kinds = mark_lines(dump.lines).kinds
        for label, kind in zip(dump.labels, kinds, strict=True):
            if label == BODY:
                body, kept = body + 1, kept + (kind is None)
            elif label is not None:
                boiler, removed = boiler + 1, removed + (kind is not None)
    assert kept / body >= 0.97
    assert removed / boiler >= 0.5
