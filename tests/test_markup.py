"""Markdown's marks and odd spaces out of a line, its words as written."""

import pytest

from transforms.markup import IMAGE_LINE, plain_line, without_decoration


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("# Council passes budget #", "Council passes budget"),
        ("### What happens next", "What happens next"),
        ("> A quoted paragraph.", "A quoted paragraph."),
        ("---", ""),
        ("* * *", ""),
        ("**By Ann Lee** | March 4, 2025", "By Ann Lee | March 4, 2025"),
        ("*Share this article*", "Share this article"),
        ("*By Carla Mendes* · March 3, 2025", "By Carla Mendes · March 3, 2025"),
        (
            "Read [the full report](https://example.org/report) online.",
            "Read the full report (https://example.org/report) online.",
        ),
        ("By\u00a0Ann Lee", "By Ann Lee"),
        ("10\u202fh\u202f30", "10 h 30"),
        ("\ufeffHeadline", "Headline"),
    ],
)
def test_markup_goes_and_the_words_stay(line, plain):
    assert plain_line(line) == plain


@pytest.mark.parametrize(
    "line",
    [
        "#1 in the charts again",
        "- a bulleted item",
        "snake_case_name stays",
        "5*3 = 15",
        "a -- b",
        "__init__ and ___",  # underscores are part of words
        "0__:__",
        "*Names have been changed.",  # a footnote, no emphasis
    ],
)
def test_text_that_only_looks_like_markup_stays_as_written(line):
    assert plain_line(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "![The council chamber](https://example.com/chamber.jpg)",
        "[![Harbour Weekly](https://example.com/logo.png)](https://example.com/)",  # a linked logo
    ],
)
def test_an_image_line_is_kept_for_the_cleaner_to_name(line):
    assert plain_line(line) == line and IMAGE_LINE.match(line)


def test_an_image_among_other_words_is_read_by_its_words_like_a_link():
    line = "![Share on X](https://x.example/share) [Share on Facebook](https://fb.example/share)"
    assert plain_line(line) == (
        "Share on X (https://x.example/share) Share on Facebook (https://fb.example/share)"
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("👉 Lesen Sie auch: Neue Radwege", "Lesen Sie auch: Neue Radwege"),
        ("▶️ Jetzt ansehen", "Jetzt ansehen"),
        ("» Mehr zum Thema", "Mehr zum Thema"),
        (">> Read also: Ferry back", "Read also: Ferry back"),
        ("»Das ist gut«, sagte sie.", "»Das ist gut«, sagte sie."),
        ("« On nous prenait pour des fous »", "« On nous prenait pour des fous »"),
        ("© 2024 Harbour Gazette", "© 2024 Harbour Gazette"),
        ("+1.20%", "+1.20%"),
        ("← Older post", "← Older post"),
        ("🔥🔥🔥", "🔥🔥🔥"),
    ],
)
def test_the_symbols_before_a_lines_first_word_are_not_read(line, read):
    assert without_decoration(line) == read


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("<p>The council met on Tuesday.</p>", "The council met on Tuesday."),
        ("Libraries &amp; pools", "Libraries & pools"),
        ("By Ann&nbsp;Lee", "By Ann Lee"),
        ("after a <b>second</b> round<br>", "after a second round"),
        ('<a href="https://example.com/a">Budget</a> &#8211; update', "Budget – update"),
    ],
)
def test_html_left_in_exported_text_is_read_as_text(line, plain):
    assert plain_line(line) == plain


@pytest.mark.parametrize(
    "line", ["If x < y and y > z, the rule holds.", "AT&T and Procter & Gamble", "<Acme> said no"]
)
def test_angle_brackets_and_ampersands_that_are_no_html_stay(line):
    assert plain_line(line) == line
