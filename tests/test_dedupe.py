"""Syndication: exact copies, lightly edited copies, and different stories on the same event."""

import datetime as dt
import random

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas import ArticleRecord
from tests.conftest import INGESTED_AT
from transforms.dedupe import (
    DedupeConfig,
    MarkDuplicates,
    normalise,
    record_order,
    shingles,
    signature,
    similarity,
)

CFG = DedupeConfig()
WIRE = [
    "Firefighters contained a large wildfire near the town of Corvallo on Sunday after three days "
    "of battling flames fanned by strong winds, the regional fire service said.",
    "The fire destroyed 40 homes and forced about 2,000 residents to leave, but no one was killed. "
    "Two firefighters were treated in hospital for smoke inhalation.",
    '"The wind finally dropped overnight and that gave our crews the chance they needed," fire '
    "chief Laura Bennett told reporters at a briefing in the town hall.",
    "Residents will be allowed to return from Tuesday once power lines have been checked, officials "
    "said. The cause of the fire is under investigation.",
    "Regional authorities said they would ask the national government for emergency funds to "
    "rebuild the destroyed homes and repair a damaged water plant.",
    "The area has had its driest spring in fifty years, and forecasters expect temperatures to "
    "rise again later this week, raising the risk of new fires.",
]
EDITED_COPY = [
    "Editor's preface: our correspondent adds that the valley had been warned about the fire risk.",
    *WIRE[:2],
    WIRE[2].replace("told reporters", "said"),
    WIRE[3],
    WIRE[4].replace("Regional authorities", "Authorities in the region"),
]  # new preface, one trimmed paragraph, two small rewordings
SAME_EVENT = [
    "A wildfire that raged for three days around Corvallo is now under control, but dozens of "
    "families have lost everything.",
    '"The wind finally dropped overnight and that gave our crews the chance they needed," said '
    "Laura Bennett, who leads the regional fire service.",
    'Maria Costa, 64, watched from a shelter as her street burned. "I have nothing left but this '
    'bag," she said, holding a small suitcase.',
    "Volunteers have collected food and clothes at the sports hall, where about 500 evacuees spent "
    "the weekend on camp beds.",
]


def article(id_, paragraphs, published=None, url=None):
    return ArticleRecord(
        id=id_, url=url, source="test", title=None, authors=[], published_at=published,
        language="en", language_score=1.0, text="\n".join(paragraphs), word_count=100, topics=[],
        entities=[], duplicate_of=None, removed=[], ingested_at=INGESTED_AT, pipeline_version="t",
    )  # fmt: skip


def day(n):
    return dt.datetime(2025, 6, n, tzinfo=dt.UTC)


def check(pipeline, articles, expected, spill_to):
    with pipeline as p:
        result = (p | beam.Create(articles) | MarkDuplicates(CFG, spill_to=str(spill_to)))["ok"]
        pairs = result | beam.Map(lambda a: (a.id, a.duplicate_of))
        assert_that(pairs, equal_to(sorted(expected.items())))
    assert list(spill_to.glob("spill-*.pkl"))  # the articles went through files


def test_signature_similarity_tracks_edits():
    wire = signature(normalise("\n".join(WIRE)), CFG)
    assert similarity(wire, signature(normalise("\n".join(WIRE)), CFG)) == 1.0
    assert similarity(wire, signature(normalise("\n".join(EDITED_COPY)), CFG)) >= 0.6
    assert similarity(wire, signature(normalise("\n".join(SAME_EVENT)), CFG)) < 0.2


def test_near_duplicate_points_to_earliest(local_pipeline, tmp_path):
    articles = [
        article("copy", EDITED_COPY, day(3)),
        article("wire", WIRE, day(2)),
        article("other", SAME_EVENT, day(1)),
    ]
    check(local_pipeline, articles, {"copy": "wire", "wire": None, "other": None}, tmp_path)


def test_exact_duplicates_by_body_and_by_url(local_pipeline, tmp_path):
    shouted = [p.upper().replace(",", "") for p in WIRE]  # same words, other case and punctuation
    articles = [
        article("a", WIRE, day(5)),
        article("b", shouted, day(6)),
        article("c", SAME_EVENT, day(7), url="https://x.example/story"),
        article("d", ["A short corrected version."], day(8), url="https://x.example/story"),
    ]
    check(local_pipeline, articles, {"a": None, "b": "a", "c": None, "d": "c"}, tmp_path)


def test_ties_and_undated_articles(local_pipeline, tmp_path):
    articles = [
        article("n2", WIRE, None),
        article("m2", WIRE, day(4)),
        article("m1", EDITED_COPY, day(4)),
    ]
    # Same day: the lower id wins; undated articles come after dated ones.
    check(local_pipeline, articles, {"m1": None, "m2": "m1", "n2": "m1"}, tmp_path)


def test_chain_of_copies_joins_one_group(local_pipeline, tmp_path):
    # Each copy drops a different paragraph: the ends of the chain are less alike than neighbours.
    chain = [WIRE, WIRE[1:], [*WIRE[2:], "A new closing paragraph about the clean-up work ahead."]]
    ends = [signature(normalise("\n".join(text)), CFG) for text in (chain[0], chain[2])]
    assert similarity(*ends) < CFG.threshold  # only the middle copy links the two ends
    articles = [article(f"c{i}", text, day(10 + i)) for i, text in enumerate(chain)]
    check(local_pipeline, articles, {"c0": None, "c1": "c0", "c2": "c0"}, tmp_path)


def test_unrelated_articles_stay_apart(local_pipeline, tmp_path):
    articles = [article(f"u{i}", [p], day(1)) for i, p in enumerate(WIRE + SAME_EVENT)]
    check(local_pipeline, articles, {a.id: None for a in articles}, tmp_path)


@pytest.mark.parametrize("words", [1, 3, 4, 40, 5000, 9000])
def test_signatures_are_datasketchs_bit_for_bit(words):
    # The thresholds and the measured precision and recall were set with datasketch's MinHash.
    from datasketch import MinHash

    rng = random.Random(words)
    text = [f"w{rng.randrange(3000)}" for _ in range(words)]
    cfg = DedupeConfig()
    expected = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme="affine32")
    expected.update_batch(list(shingles(text, cfg.shingle_words)))
    ours = signature(text, cfg)
    assert ours.dtype == expected.hashvalues.dtype
    assert np.array_equal(ours, expected.hashvalues)


def test_buckets_sharing_a_group_give_the_pairs_each_bucket_gives(monkeypatch):
    # Every bucket key in one group: the group must still be cut into its buckets, exactly.
    from collections import defaultdict

    from transforms import dedupe

    articles = [
        article("a", WIRE, day(1), url="https://a.example/fire"),
        article("b", EDITED_COPY, day(2)),
        article("c", SAME_EVENT, day(3), url="https://a.example/fire"),
        article("d", WIRE, None),
    ]
    sketches = [dedupe.sketch(a, CFG) for a in articles]
    by_key = defaultdict(list)
    for found in sketches:
        for key in found.keys:
            by_key[key].append(found.rank)
    expected = sorted(
        c for key, ranks in by_key.items() for c in dedupe.candidate_pairs(key, ranks, CFG)
    )
    assert any(c.exact for c in expected) and any(not c.exact for c in expected)
    monkeypatch.setattr(dedupe, "BUCKET_GROUPS", 1)
    groups = defaultdict(list)
    for found in sketches:
        for group, entry in dedupe.bucket_entries(found):
            groups[group].append(entry)
    assert list(groups) == [0]
    assert sorted(dedupe.group_candidates(groups[0], CFG)) == expected


@pytest.mark.parametrize("spill", [True, False])
def test_repeats_of_a_record_give_one_row_and_a_reject_each(local_pipeline, tmp_path, spill):
    wire = article("w", WIRE, day(2))
    later = wire._replace(ingested_at=wire.ingested_at + dt.timedelta(hours=1))
    other = article("o", SAME_EVENT, day(3))
    known = article("k", EDITED_COPY, day(4))
    with local_pipeline as p:
        marked = (
            p
            | beam.Create([later, wire, wire, other, known])
            | MarkDuplicates(CFG, frozenset({"k"}), spill_to=str(tmp_path) if spill else None)
        )
        kept = marked["ok"] | beam.Map(lambda a: (a.id, a.ingested_at))
        assert_that(kept, equal_to([("w", wire.ingested_at), ("o", other.ingested_at)]))
        errors = marked["rejected"] | beam.Map(lambda r: r.error)
        expected = ["repeat: same record twice in input"] * 2 + ["repeat: already in the output"]
        assert_that(errors, equal_to(expected), label="Rejects")
    assert record_order(wire) < record_order(later)  # the earlier ingestion is the one kept
    assert bool(list(tmp_path.glob("spill-*.pkl"))) == spill


def test_copies_marked_alike_with_and_without_a_spill(local_pipeline, tmp_path):
    articles = [
        article("copy", EDITED_COPY, day(3)),
        article("wire", WIRE, day(2)),
        article("other", SAME_EVENT, day(1)),
    ]
    with local_pipeline as p:
        created = p | beam.Create(articles)
        for label, spill_to in (("Spilled", str(tmp_path)), ("InMemory", None)):
            marked = created | label >> MarkDuplicates(CFG, spill_to=spill_to)
            pairs = marked["ok"] | f"{label}Pairs" >> beam.Map(lambda a: (a.id, a.duplicate_of))
            expected = [("copy", "wire"), ("other", None), ("wire", None)]
            assert_that(pairs, equal_to(expected), label=f"{label}Check")


def test_record_order_follows_the_clock_across_time_zones():
    wire = article("w", WIRE, day(2))
    at_eight_utc = wire._replace(
        ingested_at=dt.datetime(2025, 6, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    )
    at_nine_utc = wire._replace(ingested_at=dt.datetime(2025, 6, 1, 9, tzinfo=dt.UTC))
    assert record_order(at_eight_utc) < record_order(at_nine_utc)
