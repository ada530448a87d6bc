"""The boilerplate line model: its export, its verdicts on an invented page, and the eval set."""

import dataclasses
import json

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from benchmarks.dumps import (
    BODY,
    BOILERPLATE,
    Dump,
    label_by_body,
    label_by_snippets,
    site_of,
    site_split,
)
from tests.conftest import shared_path
from training.train_boilerplate import PROSE_FLOOR, choose_thresholds, dev_pages, flat_trees
from transforms import cues
from transforms.blocks import page_lines
from transforms.boilerplate import (
    BASE_FEATURES,
    CONTEXT_FEATURES,
    CUE_FEATURES,
    NEIGHBOUR_FEATURES,
    _character_counts,
    body_span,
    context_features,
    line_features,
    line_model,
    main_block,
    neighbour_features,
    reads_like_prose,
)
from transforms.clean import clean_text, mark_lines

PARAGRAPHS = [
    "The harbour authority said on Thursday that the new ferry terminal will open in June, "
    "two years later than planned.",
    "Construction was delayed by a dispute over the contract and by a storm that damaged "
    "the pier last winter, officials said.",
    "The terminal will handle up to four thousand passengers a day and is expected to ease "
    "congestion in the old town.",
    "Local businesses welcomed the news but warned that parking near the quay remains scarce.",
]
MENU = ["Home", "News", "Sport", "Business", "Weather", "Sign in", "Subscribe", "Search"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings"]


def test_exported_trees_score_as_scikit_learn_does():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 6))
    y = (x[:, 0] + x[:, 1] * x[:, 2] > 0).astype(int)
    fitted = HistGradientBoostingClassifier(max_iter=20, max_depth=5, random_state=0).fit(x, y)
    trees = flat_trees(fitted)
    ours = 1 / (1 + np.exp(-trees.logits(x)))
    assert np.allclose(ours, fitted.predict_proba(x)[:, 1], atol=1e-9)


def test_shipped_models_load_and_score_every_line():
    for kind in ("text", "html"):
        model = line_model(kind)
        scores = model.scores([*MENU, *PARAGRAPHS])
        assert scores.shape == (len(MENU) + len(PARAGRAPHS),)
        assert ((scores >= 0) & (scores <= 1)).all()
        (plain_outside, plain_inside), (prose_outside, prose_inside) = model.thresholds
        assert all(0 < bar <= 1.01 for bar in (plain_outside, plain_inside))
        assert PROSE_FLOOR <= prose_outside <= 1.01 and PROSE_FLOOR <= prose_inside <= 1.01


def test_context_places_lines_against_the_sure_body():
    # Two menu lines, a sure body line, a middling line, a sure body line, a footer line.
    scores = np.array([0.95, 0.9, 0.05, 0.6, 0.1, 0.99])
    rows = context_features(scores)
    assert rows.shape == (6, len(CONTEXT_FEATURES))
    column = {name: rows[:, CONTEXT_FEATURES.index(name)] for name in CONTEXT_FEATURES}
    assert column["inside_body"].tolist() == [0, 0, 0, 1, 0, 0]
    assert np.allclose(column["body_above"], np.log1p([999, 999, 999, 1, 2, 1]))
    assert np.allclose(column["body_below"], np.log1p([2, 1, 2, 1, 999, 999]))
    assert column["best_before"][3] == 0.05 and column["best_after"][3] == 0.1
    assert body_span(scores).tolist() == [False, False, True, True, True, False]
    assert not body_span(np.array([0.5, 0.9])).any()
    assert context_features(np.zeros(0)).shape == (0, len(CONTEXT_FEATURES))


def test_thresholds_spend_the_recall_budget_where_boilerplate_is():
    # Outside the body span boilerplate scores high and body low; inside they overlap.
    rng = np.random.default_rng(1)
    n = 4000
    inside = rng.random(n) < 0.5
    boiler = (rng.random(n) < 0.5).astype(int)
    scores = np.where(
        inside, rng.random(n), np.where(boiler == 1, 0.9 + 0.1 * rng.random(n), 0.5 * rng.random(n))
    )
    prose = np.zeros(n, dtype=bool)
    bars, dev = choose_thresholds(scores, boiler, prose, inside, 0.99)
    assert dev["body_kept"] >= 0.99
    (outside_bar, inside_bar), _ = bars
    assert outside_bar <= 0.9 < inside_bar  # all of the outside boilerplate, little inside
    assert dev["boilerplate_removed"] > 0.45  # half of it stands outside
    _, one_bar = choose_thresholds(scores, boiler, prose, np.zeros(n, dtype=bool), 0.99)
    assert one_bar["boilerplate_removed"] < dev["boilerplate_removed"] / 2


def test_features_have_one_column_each():
    rows = line_features(["By Ann Lee", *PARAGRAPHS])
    assert rows.shape == (5, len(BASE_FEATURES))
    assert rows[0, BASE_FEATURES.index("cue_byline")] == 1
    assert rows[1:, BASE_FEATURES.index("prose")].all()
    assert rows[-1, BASE_FEATURES.index("position")] == 1


def test_character_counts_per_line_as_counted_by_hand():
    lines = [
        "Ünal Çelik | Ελένη Παππά • Иван @ivan #news",
        "Prices rose 4.5% in 2024 / 2025 — €12 » more › here",
        "漢字 ١٢٣ ÀÞ× ß Ω",
        "a",
    ]

    def capital(c: str) -> bool:
        return (
            "A" <= c <= "Z" or ("À" <= c <= "Þ" and c != "×") or "Α" <= c <= "Ω" or "А" <= c <= "Я"
        )

    by_hand = [
        [
            sum("0" <= c <= "9" for c in line),
            sum(map(capital, line)),
            sum(capital(word[0]) for word in line.split()),
            sum(c in "|•·»›/" for c in line),
            sum(c in "@#" for c in line),
        ]
        for line in lines
    ]
    assert _character_counts(lines).tolist() == by_hand
    assert by_hand[0][1:3] == [5, 5] and by_hand[2][:2] == [0, 3]  # the cases meant


def test_models_compute_only_the_cues_their_trees_split_on():
    lines = ["By Ann Lee", "Share this article", "Read more", *PARAGRAPHS, "Photo: Reuters"]
    for kind in ("text", "html"):
        model = line_model(kind)
        every_cue = dataclasses.replace(model)
        every_cue.__dict__["cue_features"] = CUE_FEATURES  # as if every cue were split on
        skipped = [BASE_FEATURES.index(c) for c in CUE_FEATURES if c not in model.cue_features]
        assert skipped and line_features(lines)[:, skipped].any()  # left out, and they match
        assert np.array_equal(model.scores(lines), every_cue.scores(lines))


def test_main_block_is_the_run_of_prose():
    lines = [*MENU, *PARAGRAPHS, *FOOTER]
    prose = np.array([reads_like_prose(line) for line in lines], dtype=float)
    assert main_block(lines, prose) == (len(MENU), len(MENU) + len(PARAGRAPHS))


def test_page_dump_keeps_the_article_and_drops_menu_and_footer():
    lines = [*MENU, "Ferry terminal to open in June", *PARAGRAPHS, "Share this article", *FOOTER]
    kinds = mark_lines(lines).kinds
    kept = [line for line, kind in zip(lines, kinds, strict=True) if kind is None]
    assert all(p in kept for p in PARAGRAPHS)
    removed = [line for line in [*MENU, *FOOTER] if line not in kept]
    assert len(removed) >= len(MENU + FOOTER) * 0.5, kept


def test_model_kinds_are_named_or_plain_boilerplate():
    cleaned = clean_text("\n".join([*MENU, *PARAGRAPHS, *FOOTER]))
    assert {r.kind for r in cleaned.removed} <= {
        "title", "promo", "share", "trailer", "caption", "boilerplate", "byline", "dateline",
        "tags", "credit",
    }  # fmt: skip


def test_page_lines_one_block_per_line_without_scripts_or_hidden_text():
    html = (
        b"<html><head><title>T</title><style>p{}</style></head><body>"
        b"<nav><a>Home</a> <a>News</a></nav><script>var x = 1;</script>"
        b"<p>First <b>bold</b> paragraph.</p><div style='display: none'>hidden</div>"
        b"<ul><li>One</li><li>Two<br>lines</li></ul><!-- a comment --></body></html>"
    )
    assert page_lines(html) == ["Home News", "First bold paragraph.", "One", "Two", "lines"]


def test_lines_labelled_by_the_gold_body():
    gold = "The terminal will open in June after long delays.\nMore ferries"
    lines = [
        "Home",
        "The terminal will open in June after long delays.",
        "More ferries",
        "Sign in now please today",
    ]
    assert label_by_body(lines, gold) == [BOILERPLATE, BODY, BODY, BOILERPLATE]
    assert label_by_snippets(["a menu", "the body text"], ["body text"], ["menu"]) == [
        BOILERPLATE,
        BODY,
    ]


def test_sites_of_benchmark_keys():
    assert site_of("https://www.Example.com/a/b") == "example.com"
    assert site_of("https://web.archive.org/web/2016/http://www.peptalks.de/x/") == "peptalks.de"
    assert site_of("hard::jamaicaobserver.com-attacks.html") == "jamaicaobserver.com"


def test_training_reads_dev_sites_only():
    split = site_split()
    dev = next(site for site, s in split.items() if s == "dev")
    test = next(site for site, s in split.items() if s == "test")
    dumps = [
        Dump("a", dev, "x", PARAGRAPHS, [BODY] * 4, b""),
        Dump("b", test, "x", PARAGRAPHS, [BODY] * 4, b""),
        Dump("c", "never-seen.example", "x", PARAGRAPHS, [BODY] * 4, b""),
    ]
    assert dev_pages(dumps).sites == [dev]


def test_split_covers_both_benchmarks_about_70_30():
    root = shared_path("corpora")
    zyte = json.loads((root / "article-extraction-benchmark" / "ground-truth.json").read_text())
    evaluation = json.loads((root / "trafilatura-eval" / "evaldata.json").read_text())
    sites = {site_of(e["url"]) for e in zyte.values()} | {site_of(k) for k in evaluation}
    split = site_split()
    assert sites <= split.keys()
    assert 0.25 <= sum(split[s] == "test" for s in sites) / len(sites) <= 0.35


def _cue_sources() -> str:
    return "\n".join(
        value.pattern.lower()
        for value in vars(cues).values()
        if isinstance(getattr(value, "pattern", None), str)  # compiled and prefiltered patterns
    )


def test_no_cue_quotes_a_seed_line():
    """A cue copied from a scored item makes its number worthless: none may quote a seed line."""
    items = [
        line.strip().lower()
        for path in sorted(shared_path("seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    sources = _cue_sources()
    quoted = [item for item in items if len(item.split()) >= 2 and item in sources]
    assert quoted == []


def test_folded_cues_match_any_case_at_the_text_positions():
    assert cues.PROMO.match("READ MORE") and cues.SHARE.match("Share This Article")
    # A dotted capital I lower-cases to two code points: positions still index the text.
    text = "İSTANBUL BÜYÜKŞEHIR © 2024 Example Media"
    found = cues.TRAILER_STRONG.search(text)
    assert found and text[found.start()] == "©"
    with pytest.raises(ValueError, match="lower case"):
        cues.Folded(r"^[A-Z]\w+ said")  # a capital class would never match lower-cased text


def test_a_remembered_cue_answers_as_a_fresh_one_in_bounded_memory():
    pattern = r"^(?:read more|share)\b"
    fresh, remembered = cues.Folded(pattern), cues.Folded(pattern, remember=True)
    lines = ["Read more", "READ MORE about it", "Share", "The share price fell.", "İSTANBUL"]
    for _ in range(2):  # the second round is answered from memory
        for line in lines:
            found, kept = fresh.match(line), remembered.match(line)
            assert (found and found.group()) == (kept and kept.group())
            assert (fresh.search(line) is None) == (remembered.search(line) is None)
    # An article's lines, many times over, never grow it past its bound.
    for number in range(3 * cues.Answers.LIMIT):
        remembered.match(f"Line {number}")
    assert len(remembered.matches) <= cues.Answers.LIMIT
    assert remembered.match("Read more") and not remembered.match("Line 5 read more")


def test_neighbour_features_are_the_lines_around_and_minus_one_past_the_ends():
    lines = ["Home", *PARAGRAPHS[:2], "Share this article"]
    base = line_features(lines)
    around = neighbour_features(base)
    chars = BASE_FEATURES.index("log_chars")
    before, after = (
        NEIGHBOUR_FEATURES.index("log_chars_-1"),
        NEIGHBOUR_FEATURES.index("log_chars_+1"),
    )
    assert around.shape == (4, len(NEIGHBOUR_FEATURES))
    assert around[1, before] == base[0, chars] and around[2, after] == base[3, chars]
    assert around[0, before] == -1 and around[3, after] == -1
    assert (around[:, NEIGHBOUR_FEATURES.index("prose_-2")] == [-1, -1, 0, 1]).all()
