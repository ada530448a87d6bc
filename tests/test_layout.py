"""Hard-wrapped paragraphs joined, and texts that only look wrapped left alone."""

import textwrap

from transforms.clean import clean_text
from transforms.layout import unwrap

WRAPPED = """Ferry returns after a winter in dry dock

By Ann Lee
March 5, 2025

The harbour ferry returned to service on Monday after four months in
dry dock, where its engines were replaced and its hull repainted. The
operator said the work cost 1.2 million pounds, most of it paid by the
regional council.

The ferry will run every 30 minutes until the end of October, and
hourly in the winter months. Tickets cost the same as last year."""


def test_a_wrapped_texts_paragraphs_become_one_line_each_and_its_head_stays_apart():
    lines = unwrap(WRAPPED.split("\n"))
    assert lines[2:4] == ["By Ann Lee", "March 5, 2025"]
    assert lines[5] == (
        "The harbour ferry returned to service on Monday after four months in dry dock, where "
        "its engines were replaced and its hull repainted. The operator said the work cost 1.2 "
        "million pounds, most of it paid by the regional council."
    )
    assert lines[7].startswith("The ferry will run") and lines[7].endswith("as last year.")


def test_a_word_hyphenated_across_the_break_keeps_its_hyphen_and_loses_the_space():
    text = (
        "Die Hafenfähre ist am Montag nach vier Monaten in der Werft wieder in\n"
        "Betrieb gegangen. Die Motoren wurden ausgetauscht, der Rumpf neu ge-\n"
        "strichen. Die Arbeiten kosteten nach Angaben des Betreibers rund 1,2\n"
        "Millionen Euro, den größten Teil trug der Landkreis zusammen mit der\n"
        "Stadt."
    )
    (line,) = unwrap(text.split("\n"))
    assert "der Rumpf neu ge-strichen. Die Arbeiten" in line


def test_one_sentence_paragraphs_without_blank_lines_are_not_joined():
    lines = [
        "The city council approved the new budget on Tuesday after six hours.",
        "Spending on schools will rise by four percent, the mayor said today.",
        "Road repairs get an extra ten million, and bus fares stay the same.",
        "The opposition voted against the plan, calling it a missed chance.",
    ]
    assert unwrap(lines) == lines


def test_a_list_of_headlines_beside_paragraphs_set_whole_is_not_joined():
    paragraph = (
        "The city council approved the new budget on Tuesday after a debate that lasted six "
        "hours, and the mayor thanked the opposition for its work on the schools plan."
    )
    teasers = [
        "Harbour ferry returns after a winter in dry dock with new engines",
        "Lifeboat crew rescues two kayakers off the point in a rising gale",
        "Town hall clock to chime again after repairs to its old mechanism",
        "Library in the old mill signs up six thousand members in a month",
    ]
    lines = ["Budget approved", "", paragraph, "", *teasers]
    assert unwrap(lines) == lines


def test_a_wrapped_list_keeps_its_items_apart():
    before = (
        "The council will vote on three plans for the old station site next month, after a "
        "public consultation that drew more than two thousand responses from residents:"
    )
    items = ["- a housing estate with a park", "- a bus depot and offices", "- a school"]
    after = (
        "Residents have until Friday to send their views to the planning office in writing or "
        "by e-mail, and a public meeting will be held on Thursday evening in the library."
    )
    lines = [*textwrap.wrap(before, 72), *items, *textwrap.wrap(after, 72)]
    assert unwrap(lines) == [before, *items, after]


def test_a_wrapped_article_is_cleaned_one_paragraph_a_line():
    cleaned = clean_text(WRAPPED)
    assert cleaned.title == "Ferry returns after a winter in dry dock"
    assert cleaned.authors == ["Ann Lee"]
    assert cleaned.text.count("\n") == 1
