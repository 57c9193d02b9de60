"""Normalise publication dates to ``YYYY-MM-DD``.

Only explicit calendar dates are accepted: a string without a year, or a relative one ("yesterday",
"2 hours ago"), gives ``None``. Nothing here ever falls back to today's date, because a wrong date
silently corrupts every relative time expression resolved against it later.

Month names are read in English, German, French, Spanish, Italian, Portuguese and Dutch (``28. Juli
2019``, ``4 de mayo de 2022``); numeric dates in day.month.year or year-month-day order, and
``a/b/yyyy`` only where one part is above 12 (US and European orders clash).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTH_NAMES = {
    1: "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari",
    2: "february feb februar feber février févr fév febrero febbraio fevereiro fev februari",
    3: "march mar märz mär maerz mrz mars marzo março maart mrt",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag maio mei",
    6: "june jun juni juin junio giugno giu junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug août agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre set settembre setembro",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre déc diciembre dic dicembre dezembro",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
"""Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch."""

_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_WORD})\.?(?![^\W\d_])"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d|:\d\d)"  # not "1912" from "28.09.19" glued to "12:44"
_NEXT_DAY_OR_TIME = rf"\d{{1,2}}(?::\d\d|\.?\s*(?:{_MONTH_WORD})(?![^\W\d_]))"
_GLUED_YEAR = rf"(?P<year>(?:19|20)\d{{2}})(?=\D|$|{_NEXT_DAY_OR_TIME})"
"""A year that a naive scrape glued to the next date or time ("Juli 201914. Januar 2020", "mayo de 202207:59")."""
_DAY_TO_MONTH = r"\s*(?:of\s+|de\s+)?"  # "25th of April", "4 de mayo"
_MONTH_TO_YEAR = r",?\s*(?:de\s+|del\s+)?"  # "April, 2025", "mayo de 2022"

_PATTERNS = [
    re.compile(rf"(?<!\d){_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"{_DAY}{_DAY_TO_MONTH}{_MONTH}{_MONTH_TO_YEAR}{_GLUED_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+{_GLUED_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?{_YEAR}"),  # 25.04.2025, 13. 1. 2020
    re.compile(rf"(?<!\d){_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?!\d)"),
]
_SLASHED = re.compile(rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b")
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})(?:[/-]?(\d{2})[/-]?(\d{2})|/(\d{1,2})/(\d{1,2}))(?:[/_.-]|$)"
)  # /2025/04/25/, -20250425-, or /2025/4/5/


def _make(year: str | int, month: str | int, day: str | int) -> str | None:
    """A valid ISO date from parts (month as number or name key), else ``None``."""
    try:
        month_num = int(month) if str(month).isdigit() else MONTHS[str(month)]
        return date(int(year), month_num, int(day)).isoformat()
    except (KeyError, ValueError):
        return None


def _first_match(pattern: re.Pattern[str], text: str) -> tuple[int, str] | None:
    for match in pattern.finditer(text):
        value = _make(match["year"], match["month"].lower(), match["day"])
        if value:
            return match.start(), value
    return None


def find_date(text: str) -> str | None:
    """The first explicit calendar date in ``text`` as ``YYYY-MM-DD``, or ``None``."""
    found = [hit for pattern in _PATTERNS if (hit := _first_match(pattern, text))]
    best = min(found) if found else _find_slashed(text)
    return best[1] if best else None


def _find_slashed(text: str) -> tuple[int, str] | None:
    """``a/b/yyyy`` only when unambiguous (one part above 12): US and European orders clash."""
    for match in _SLASHED.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            value = _make(match["year"], b, a)
        elif b > 12 >= a:
            value = _make(match["year"], a, b)
        else:
            continue
        if value:
            return match.start(), value
    return None


def normalise_date(value: str | None) -> str | None:
    """An ISO timestamp or written date (``2025-04-25T10:42Z``, ``25 April 2025``) as ``YYYY-MM-DD``."""
    if not value:
        return None
    return find_date(value.strip())


def date_from_url(url: str | None) -> str | None:
    """A date written into a URL path (``/2025/04/25/``, ``/20250425/``, ``-2025-04-25-``, ``/2025/4/5/``)."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    year, *parts = match.groups()
    return _make(year, *[part for part in parts if part])


_ZONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})$")
_UTC = re.compile(r"^(?:Z|[+-]00:?00)$")
_UTC_LOCAL_MIDNIGHT = re.compile(r"T(?:22|23):00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$")


def publisher_local_date(stamp: str | None) -> str | None:
    """The calendar date a publisher's timestamp means on its own pages, when the stamp settles it.

    A timestamp with a local UTC offset (``2020-02-19T18:37:32+01:00``) is written in the publisher's
    time zone, so its date is the local date. A day stored as local midnight east of UTC and written
    in UTC (``2022-11-06T23:00:00Z``) means the next day. Any other UTC timestamp, or one without a
    zone, gives ``None``: its local date is unknown.
    """
    stamp = (stamp or "").strip()
    match = _ZONE.search(stamp)
    day = normalise_date(stamp) if match else None
    if not day or not _UTC.match(match["zone"]):
        return day
    if _UTC_LOCAL_MIDNIGHT.search(stamp):
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return None


def days_apart(one: str | None, other: str | None) -> int:
    """Days between two ISO dates; 0 when either is missing."""
    if not one or not other:
        return 0
    return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)
