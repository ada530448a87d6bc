"""A body an extractor took twice is taken once; lines a story says twice stay."""

from transforms.repeats import without_repeated_body

PARAGRAPHS = [
    "The council approved the new budget on Tuesday after a debate that lasted six hours.",
    "Spending on schools will rise by four percent, while road repairs get an extra ten million.",
    "The mayor said the plan would be reviewed again in the autumn, when tax figures are known.",
    "Opposition members voted against it, saying the rise in parking fees was too steep.",
]


def test_a_later_copy_of_the_body_goes_with_its_list_marks():
    marked = [part for paragraph in PARAGRAPHS for part in ("- ", paragraph)]
    lines = [*marked, "Budget 2025", "Share this article", *PARAGRAPHS, "More news"]
    assert without_repeated_body(lines) == [
        *marked,
        "Budget 2025",
        "Share this article",
        "More news",
    ]


def test_every_later_copy_goes():
    assert without_repeated_body(PARAGRAPHS * 3) == PARAGRAPHS


def test_a_refrain_and_a_short_repeated_run_stay():
    refrain = "We will not give up on this town, and we will not let it give up on us."
    lines = [refrain, *PARAGRAPHS, refrain]
    assert without_repeated_body(lines) == lines
    # a run of two paragraphs repeated, a small share of a long text: quoted again, not a copy
    long = [
        f"{p} It was the {n}th time the matter came up."
        for n in range(5, 25)
        for p in PARAGRAPHS[:1]
    ]
    lines = [*PARAGRAPHS[:2], *long, *PARAGRAPHS[:2]]
    assert without_repeated_body(lines) == lines
