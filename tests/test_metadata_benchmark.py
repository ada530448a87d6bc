"""The metadata benchmark's matching: a UTC instant on the page's local day, names in any order."""

from benchmarks.metadata import on_the_day, same


def test_an_instant_counts_on_the_local_day_some_time_zone_gives_it():
    assert on_the_day("2019-01-01", "2018-12-31T23:11:59+00:00")  # 00:11 at UTC+1
    assert on_the_day("2022-05-03", "2022-05-04T02:08:20+00:00")  # 22:08 at UTC-4
    assert not on_the_day("2022-05-03", "2022-05-05T02:08:20+00:00")
    assert not on_the_day("2022-05-03", "2022-05-02T09:00:00+00:00")
    assert on_the_day("2022-05-03", "2022-05-03") and not on_the_day("2022-05-03", "2022-05-04")


def test_authors_match_as_names_whatever_joins_them():
    assert same("author", "Benjamin Fischer und Marcus Theurer", "Marcus Theurer; Benjamin Fischer")
    assert not same("author", "Benjamin Fischer und Marcus Theurer", "Benjamin Fischer")
    assert same("title", "Laufen im Winter: Von „bäh!“", "Laufen im Winter – von bäh")
    assert not same("title", "Laufen im Winter", None)
