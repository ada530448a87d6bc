import datetime as dt

import pytest

from transforms.dates import find_date, parse_date

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 6, 2017", dt.datetime(2017, 6, 6, tzinfo=UTC)),
        # the month first, the American way, where the day cannot be a month
        ("6/13/2017", dt.datetime(2017, 6, 13, tzinfo=UTC)),
        ("13th June 2017", dt.datetime(2017, 6, 13, tzinfo=UTC)),
        (
            "By Patrick Goodenough | June 7, 2017 | 4:40am EDT",
            dt.datetime(2017, 6, 7, 8, 40, tzinfo=UTC),
        ),
        ("Thu, 18 May 2017 19:27 UTC", dt.datetime(2017, 5, 18, 19, 27, tzinfo=UTC)),
        ("12. Februar 2025", dt.datetime(2025, 2, 12, tzinfo=UTC)),
        ("Publié le 14 mars 2025 à 18h30", dt.datetime(2025, 3, 14, 18, 30, tzinfo=UTC)),
        ("9 de marzo de 2025", dt.datetime(2025, 3, 9, tzinfo=UTC)),
        ("Updated 3 Sept 2024, 11:05 pm BST", dt.datetime(2024, 9, 3, 22, 5, tzinfo=UTC)),
        ("2025-03-05T13:00:00+02:00", dt.datetime(2025, 3, 5, 11, 0, tzinfo=UTC)),
        ("08:45 GMT, 2 June 2025", dt.datetime(2025, 6, 2, 8, 45, tzinfo=UTC)),
        # a zone given as an offset from GMT or UTC
        ("9:42 AM GMT+1, Wed 12 March 2025", dt.datetime(2025, 3, 12, 8, 42, tzinfo=UTC)),
        ("10:00 UTC-05:30, 3 June 2024", dt.datetime(2024, 6, 3, 15, 30, tzinfo=UTC)),
        ("3.mar.2025 às 18h22", dt.datetime(2025, 3, 3, 18, 22, tzinfo=UTC)),
        ("4. 3. 2025", dt.datetime(2025, 3, 4, tzinfo=UTC)),
        ("Tue 04 Mar 2025 // 10:15", dt.datetime(2025, 3, 4, 10, 15, tzinfo=UTC)),
        ("10.15 Uhr, 3. Mai 2025", dt.datetime(2025, 5, 3, 10, 15, tzinfo=UTC)),
        ("3 de fevereiro de 2025, às 18h45", dt.datetime(2025, 2, 3, 18, 45, tzinfo=UTC)),
        ("12.03.24, 10:15", dt.datetime(2024, 3, 12, 10, 15, tzinfo=UTC)),
        ("04-06-2024", dt.datetime(2024, 6, 4, tzinfo=UTC)),
        ("2024/06/04", dt.datetime(2024, 6, 4, tzinfo=UTC)),
        ("2024.06.04 10:32", dt.datetime(2024, 6, 4, 10, 32, tzinfo=UTC)),
        ("Updated 6:12 PM EDT, Mon June 3, 2024", dt.datetime(2024, 6, 3, 22, 12, tzinfo=UTC)),
        ("5 mar 2025 • 10:12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("5 mrt 2025 10:12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("05-03-25, 10:12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("Publié le 05/03/25 à 10h12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("le mercredi 5 mars 2025 à 10 h 12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("5-Mar-2025", dt.datetime(2025, 3, 5, tzinfo=UTC)),
        ("03/05/2025 10:12 AM EST", dt.datetime(2025, 3, 5, 15, 12, tzinfo=UTC)),
        ("05/03/2025 10:12 AM", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
        ("2025/03/05 10:12 EST", dt.datetime(2025, 3, 5, 15, 12, tzinfo=UTC)),
    ],
)
def test_find_date(text, expected):
    assert find_date(text).when == expected


@pytest.mark.parametrize(
    "text",
    [
        "no date here",
        "Room 12, floor 2017",
        "February 30, 2020",
        "version 1.2.34",
        "31.13.24",
        "In 2010-2012, 2.000-3.000 people",
        "04-06/2024",
        "1/2/3",
        "12-34-56",
    ],
)
def test_find_no_date(text):
    assert find_date(text) is None


def test_parse_date_fields():
    assert parse_date("Thu, 06 Mar 2025 10:30:00 +0100") == dt.datetime(
        2025, 3, 6, 9, 30, tzinfo=UTC
    )
    assert parse_date("2025-03-07") == dt.datetime(2025, 3, 7, tzinfo=UTC)
    assert parse_date("") is None and parse_date(None) is None and parse_date("soon") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年3月9日", dt.datetime(2025, 3, 9, tzinfo=UTC)),
        ("2025年3月9日 07:15", dt.datetime(2025, 3, 9, 7, 15, tzinfo=UTC)),
        ("2025年03月09日（日）7時15分", dt.datetime(2025, 3, 9, 7, 15, tzinfo=UTC)),
        ("2025年3月9日 下午3:20", dt.datetime(2025, 3, 9, 15, 20, tzinfo=UTC)),
        ("2025년 3월 9일 오후 3:20", dt.datetime(2025, 3, 9, 15, 20, tzinfo=UTC)),
    ],
)
def test_chinese_japanese_and_korean_dates(text, expected):
    assert find_date(text).when == expected
