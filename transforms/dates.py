"""Find and parse publication dates as printed in news text, feeds and metadata."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import NamedTuple

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar janv janvier enero ene gennaio genn gen janeiro januari",
        "february feb februar fév fevr févr février febrero febbraio fevereiro fev februari",
        "march mar märz maerz mars marzo março maart mrt",
        "april apr avril avr abril abr aprile",
        "may mai mayo maggio mag maio mei",
        "june jun juni juin junio giugno giu junho",
        "july jul juli juillet juil julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept set septembre septiembre settembre setembro",
        "october oct oktober okt octobre octubre ottobre ott outubro out",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre diciembre dic dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

# Offsets in hours of the zone names newsrooms print; ambiguous ones (IST, CST in Asia) are
# read the way English-language news uses them.
_ZONES: dict[str, float] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "bst": 1,
    "cet": 1,
    "mez": 1,
    "cest": 2,
    "mesz": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
    "ist": 5.5,
    "jst": 9,
    "kst": 9,
    "aest": 10,
    "aedt": 11,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
}

# US time zones named without the season ("11:42 a.m. PT"): standard time, an hour ahead while
# the US keeps daylight saving time. Only in capitals: "et" is French for "and".
_US_ZONES: dict[str, float] = {"et": -5, "ct": -6, "mt": -7, "pt": -8}
# Zones only US clocks print (the table's zones west of UTC): a date in figures beside them is
# the American way, month first.
_US_CLOCK_ZONES = frozenset(_US_ZONES) | {zone for zone, hours in _ZONES.items() if hours < 0}

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# A capitalised month name and a figure run into the word before it, as a page copy glues a
# byline's name to its date ("By Jane DoeMarch 5, 2025"), or a figure and a reading time
# ("Jane Doe5 min read").
_CAPITALISED_MONTH_RE = "|".join(
    sorted((re.escape(m.capitalize()) for m in _MONTHS), key=len, reverse=True)
)
_GLUED = re.compile(
    rf"(?<=[a-zà-ÿ])(?=(?:{_CAPITALISED_MONTH_RE})\.?\s+\d|\d+\s*min\b|"
    rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\d{{1,2}}\.?\s+(?:de\s+)?(?i:{_MONTH_RE})\b)"
)

# Where a glue may be: a small letter before a capital or a figure. Most lines have none after
# their first word, and this costs a fifth of `_GLUED` on them.
_GLUE_POINT = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ\d]")
_ZONE_RE = "|".join(sorted(_ZONES, key=len, reverse=True)) + "|(?-i:ET|CT|MT|PT)"
# A time of day, with its zone when printed ("4:40am EDT", "18h45", "10:30 Uhr", "13:00+02:00",
# "9:42 AM GMT+1").
_CLOCK = (
    r"(?P<hour>\d{1,2})(?:[:.h]| h )(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?|[ap]\.\sm\.)?"
    r"(?:\s*(?:uhr|hrs?\.?|hs|horas|h\.?)(?!\w))?"
    rf"(?:\s*(?P<zone>{_ZONE_RE})(?:(?P<shift>[+-]\d{{1,2}})(?::?(?P<shift_minutes>\d{{2}}))?)?\b"
    rf"|\s*(?P<offset>[+-]\d{{2}}:?\d{{2}}))?"
)
# After a date: a separator, a word for "at", or both (", às 18h45", "| at 4:40").
_TIME = rf"(?:\s*(?:[|,/–•·-]{{1,2}}\s*)?(?:at|um|à|às|a las|alle|ore|om|kl\.)?\s*{_CLOCK})?"
_WEEKDAY = r"(?:[A-Za-zÀ-ÿ]{2,10}\.?,?\s+)?"
_CJK_HALF_DAY = {"上午": "am", "下午": "pm", "오전": "am", "오후": "pm"}
_PATTERNS = [
    # 2017-06-06, 2017-06-06T19:27:00Z
    re.compile(
        r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
        r"\s*(?:(?P<zone>Z|UTC|GMT)|(?P<offset>[+-]\d{2}:?\d{2}))?)?",
        re.IGNORECASE,
    ),
    # 23.10.2018, 23/10/2018, 23-10-2018 (day first, as printed outside the US); 23.10.18 (both
    # padded)
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})\b{_TIME}",
        re.IGNORECASE,
    ),
    # 4. 3. 2025 (day first, spaced)
    re.compile(
        rf"\b(?P<day>\d{{1,2}})\.\s(?P<month>\d{{1,2}})\.\s(?P<year>\d{{4}})\b{_TIME}",
        re.IGNORECASE,
    ),
    # 2018/10/23, 2018.10.23 (year first)
    re.compile(
        rf"\b(?P<year>\d{{4}})(?P<ysep>[./])(?P<month>\d{{1,2}})(?P=ysep)(?P<day>\d{{1,2}})\b{_TIME}",
        re.IGNORECASE,
    ),
    # 23.10.18, 23-10-18 (both padded; Dutch sites print the dashes)
    re.compile(
        rf"(?<![\d./-])(?P<day>\d{{2}})(?P<sep>[./-])(?P<month>\d{{2}})(?P=sep)(?P<short_year>\d{{2}})"
        rf"(?![\d./-]){_TIME}",
        re.IGNORECASE,
    ),
    # June 6, 2017 | 4:40am EDT
    re.compile(
        rf"{_WEEKDAY}\b(?P<month_name>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>\d{{4}})\b{_TIME}",
        re.IGNORECASE,
    ),
    # Chinese, Japanese and Korean: 2026年11月14日 18:45, 2026年11月14日 18時45分, 2026년 11월 14일
    re.compile(
        r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
        r"(?:\s*(?:[（(][^)）]{1,3}[)）])?\s*(?P<ampm>[上下]午|오[전후])?\s*(?P<hour>\d{1,2})\s*[:時时시]\s*"
        r"(?P<minute>\d{2})\s*[分분]?)?"
    ),
    # Thu, 18 May 2017 19:27 UTC; 6. Juni 2017; 6 de junio de 2017; 6th June 2017; 3.mar.2025
    re.compile(
        rf"{_WEEKDAY}\b(?P<day>\d{{1,2}})(?:(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?|\.|-)"
        rf"(?P<month_name>{_MONTH_RE})(?:\.?,?\s+(?:de\s+)?|\.|-)(?P<year>\d{{4}})\b{_TIME}",
        re.IGNORECASE,
    ),
]


# A time printed before its date ("08:45 GMT, 2 June 2025", "10.15 Uhr, 3. Mai 2025", "6:12 PM
# EDT, Mon June 3, 2024").
_TIME_BEFORE = re.compile(
    rf"\b{_CLOCK}\s*[,|–-]?\s*(?:on\s+|le\s+|am\s+|el\s+|del\s+|de\s+|il\s+)?{_WEEKDAY}$",
    re.IGNORECASE,
)


_TIME_ONLY = re.compile(rf"\s*{_TIME}\s*", re.IGNORECASE)


def is_time_of_day(text: str) -> bool:
    """Whether `text` holds at most a time of day, as printed after a date ("à 10h05")."""
    return _TIME_ONLY.fullmatch(text) is not None


def unglued(line: str) -> str:
    """`line` with a space where a page copy ran a date or a reading time into the word before
    it ("By Jane DoeMarch 5, 2025" is "By Jane Doe March 5, 2025")."""
    return _GLUED.sub(" ", line) if _GLUE_POINT.search(line) else line


class DateMatch(NamedTuple):
    """A date found in text, with where it stands."""

    when: dt.datetime
    start: int
    end: int


def find_date(text: str) -> DateMatch | None:
    """Find the first date printed in `text` (with time and zone when given), as UTC."""
    best: DateMatch | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parts, start = match.groupdict(), match.start()
            if not parts.get("hour"):
                # Up to the date itself: a zone after the time may pass for a weekday ("PT, ").
                core = min(match.start(g) for g in ("day", "month_name", "year") if parts.get(g))
                before = _TIME_BEFORE.search(text, max(0, core - 40), core)
                if before is not None:
                    parts |= {k: v for k, v in before.groupdict().items() if v}
                    start = before.start()
            when = _to_datetime(parts)
            if when is not None:
                if best is None or start < best.start:
                    best = DateMatch(when, start, match.end())
                break
    return best


def parse_date(value: str | None) -> dt.datetime | None:
    """Parse a date field (ISO 8601, RFC 822, or a printed date) into an aware UTC datetime."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return _as_utc(parsed)
    except ValueError:
        pass
    try:
        return _as_utc(email.utils.parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(value)
    return found.when if found else None


def _as_utc(when: dt.datetime) -> dt.datetime:
    # A date printed without a zone is taken as UTC: it keeps the printed calendar date.
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC)


def _us_daylight_saving(parts: dict[str, str | None], month: int | None) -> int:
    """1 where the date falls in US daylight saving time (second Sunday of March to first
    Sunday of November), else 0."""
    try:
        day = dt.date(int(parts["year"] or 0), month or 0, int(parts["day"] or 0))
    except ValueError:
        return 0
    march, november = dt.date(day.year, 3, 8), dt.date(day.year, 11, 1)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return int(start <= day < end)


def _to_datetime(parts: dict[str, str | None]) -> dt.datetime | None:
    month = _MONTHS.get(parts["month_name"].lower()) if parts.get("month_name") else None
    month = month or (int(parts["month"]) if parts.get("month") else None)
    hour = int(parts["hour"]) if parts.get("hour") else 0
    ampm = (parts.get("ampm") or "").replace(".", "").replace(" ", "").lower()  # "p. m."
    ampm = _CJK_HALF_DAY.get(ampm, ampm)  # "下午", "오후": afternoon
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    offset = 0.0
    zone = (parts.get("zone") or "").lower()
    if zone in _US_ZONES:
        offset = _US_ZONES[zone] + _us_daylight_saving(parts, month)
    elif zone:
        offset = _ZONES[zone]
        if parts.get("shift"):  # "GMT+1", "UTC-05:30"
            shift = int(parts["shift"])
            offset += shift + (1 if shift >= 0 else -1) * int(parts.get("shift_minutes") or 0) / 60
    elif parts.get("offset"):
        sign = -1 if parts["offset"][0] == "-" else 1
        digits = parts["offset"][1:].replace(":", "")
        offset = sign * (int(digits[:2]) + int(digits[2:]) / 60)
    # A year of two digits is this century's ("12.03.24").
    year = int(parts["year"]) if parts.get("year") else 2000 + int(parts.get("short_year") or 0)
    day = int(parts["day"])
    american = parts.get("sep") == "/" and zone in _US_CLOCK_ZONES
    if parts.get("month") and month and day <= 12 and (month > 12 or american):
        # printed month first, the American way ("5/13/2024", "03/05/2025 10:12 AM EST")
        day, month = month, day
    try:
        when = dt.datetime(
            year,
            month or 0,
            day,
            hour,
            int(parts.get("minute") or 0),
            int(parts.get("second") or 0),
            tzinfo=dt.timezone(dt.timedelta(hours=offset)),
        )
    except ValueError:
        return None
    if not 1900 <= when.year <= 2100:
        return None
    return when.astimezone(dt.UTC)
