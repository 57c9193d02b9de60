"""Time expressions: find them in the text and resolve them to TIMEX3 date values.

Spans come from the caller's spaCy DATE entities plus the rules below, which also catch what spaCy
misses (weekdays, "last week", "in December", "Q2 2025"...). Resolution is pure regex and calendar
arithmetic against the publication date; it never falls back to today's date. Durations ("for two
weeks", "the three-year conflict") and frequencies ("daily") are not dates and are not emitted;
expressions anchored on an event ("two days after the attack") are emitted with ``value`` None.
Expressions that point back to a date the text itself named ("later that year", "the following
month", "two years later", "until then", "the next morning", "the year-ago quarter" in earnings news)
take that date as anchor (``relative_to`` None); without one they stay unresolved, except "later in
the week" and the like, which then take the publication date's week, month or year. An offset before a
date ("the day before last Tuesday", "two weeks after Jan. 5") moves that date; a period named by its
end ("the quarter ended Sept. 30") is the one holding that date. Which way a year-less date points is
read from the tense around it (see ``time_tense``); a date with no tense cue of its own looks ahead after a
date of its sentence that does ("would start from March 30, with the third from August 6"), while looking
back needs no such help, being the reading without a cue. A year written by its last two digits ("in '97") is the
one nearest the publication date; holidays include those of a computed date (Easter, Memorial Day), and
another country's Independence Day is left unresolved. A day said to be an event's day ("today is the eighth
day of the siege") gives that span its date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property
from re import _constants as _sre
from re import _parser as _sre_parser
from typing import Any

from newsevents.annotate.time_tense import looks_ahead, sentence_bounds, tense_cue
from newsevents.record import TimeExpr

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Capitalised month names (lower-case "may"/"march" are verbs); Sept. and the dotted abbreviations too.
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?i:\s+(?:morning|afternoon|evening|night))?"
_UNIT = r"(?i:day|week|month|year|decade)"
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A count in digits or words, up to "ninety-nine": "30 years ago", "thirty years ago", "twenty-five years ago".
_NUM = r"(?i:\d+|an?|(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_UNITS) + r"))?|" + "|".join(_TEENS + _UNITS) + ")"
_SPELLED_YEAR = (
    r"(?i:(?:nineteen|twenty)[\s-]+(?:"
    + "|".join(_TEENS)
    + r"|(?:"
    + "|".join(_TENS)
    + r")(?:[\s-]+(?:"
    + "|".join(_UNITS)
    + r"))?)|two\s+thousand(?:\s+and)?(?:\s+(?:"
    + "|".join(_UNITS + _TEENS)
    + r"))?)"
)

# "'97": a year by its last two digits (not "'90s", a decade).
_SHORT_YEAR = r"['’](?P<yy>\d\d)(?![\d'’]|s\b)"

_PREP_BEFORE = re.compile(
    r"(?i:\b(?:in|on|since|by|until|till|during|from|through|of|before|after|between|and|or|to|late|early"
    r"|mid|last|next|this|that|every|each|fiscal|around|circa|as of)\s*-?\s*)$"
)
_COUNTED = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|men|women|children|soldiers|troops|civilians|members|residents"
    r"|workers|homes|houses|dollars|euros|pounds|km|kilometres|kilometers|miles|metres|meters|tons"
    r"|tonnes|votes|cases|deaths|feet|units|acres|barrels)\b"
)
_NOT_DATE = re.compile(
    r"(?i)^(?:the\s+|a\s+|an\s+|for\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)*"
    r"(?:(?:past|last|next|previous|first|coming|few|several|many|recent|\d+|[a-z]+-?(?:teen|ty)|"
    + _NUM
    + r")[\s-]+)*(?:minute|hour|day|night|week|weekend|month|year|decade|century|quarter|season)s?"
    r"(?:[\s-]+(?:long|old|ago\b.*))?$"
    r"|^(?:daily|weekly|monthly|quarterly|yearly|annually|annual|nightly|seasonally|every\b.*|each\b.*"
    r"|\d+\s+years?\s+old|age\s+\d+|\d+)$"
)


@dataclass(frozen=True)
class _Context:
    """What a rule needs besides its match: the publication date and the tense around the span.

    The tense is read only when a rule asks for it (most expressions carry their own year).
    """

    published: date | None
    in_entity: bool
    text: str
    span: tuple[int, int]
    quarter: str | None = None  # the last quarter the text named: "a year earlier" in earnings news
    reference: str | None = None  # the last date the text named: "later that year", "the following month"
    ahead_end: int | None = None  # where the last expression that looked ahead ends

    @property
    def before(self) -> str:
        """The 20 characters before the span."""
        return self.text[max(0, self.span[0] - 20) : self.span[0]]

    @cached_property
    def ahead(self) -> bool:
        """The word before looks ahead ("payable Dec. 7", "by May"): a date yet to come."""
        return looks_ahead(self.text, self.span[0])

    @cached_property
    def tense(self) -> str | None:
        """The kind of the tense cue ("future", "past", "present"), or "future" without a cue of its own
        where an earlier expression of the same sentence looked ahead.
        """
        own = tense_cue(self.text, *self.span)
        if own is None and self.ahead_end is not None and sentence_bounds(self.text, *self.span)[0] <= self.ahead_end:
            return "future"
        return own

    @property
    def tense_read(self) -> str | None:
        """The tense if a rule has read it (it is read only where needed), else None."""
        return self.__dict__.get("tense")

    @property
    def future(self) -> bool:
        return self.tense == "future"

    @property
    def past(self) -> bool:
        return self.tense == "past"


_Resolved = tuple[str | None, str | None, bool]  # value, granularity, relative to the publication date
_Handler = Callable[[re.Match[str], _Context], "_Resolved | None"]
_EVENT_RELATIVE: _Resolved = (None, None, False)


def _ymd(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _month_num(word: str) -> int:
    return _MONTHS[word.lower()[:3]]


def _number(word: str) -> int:
    """A count matched by ``_NUM``: "12", "a", "twelve", "twenty-five"."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an") else sum(_word_value(part) for part in word.split("-"))


def _month_end(year: int, month: int) -> date:
    next_year, next_month = _add_months(year, month, 1)
    return date(next_year, next_month, 1) - timedelta(days=1)


_Reading = tuple[date, date, str]  # first day, last day, TIMEX3 value


def _pick(readings: Sequence[_Reading], ctx: _Context, pub: date) -> str:
    """Choose among the readings of an expression without a year the one the tense points to.

    A reading that contains the publication date costs nothing; otherwise the cost is the distance in
    days, with the future weighted three times the past (news mostly reports what happened), ten
    times after a past-tense cue, and the past three times the future after a future cue (ten times
    right after "by", "payable", "effective"). So "Jan. 14" in a Jan. 6 article is next week, "in
    December" in April is last December, "payable Dec. 7" in October is this December. What "ended" on
    a date ("the quarter ended Oct. 31") ended by publication: readings yet to come are left out.
    """
    past_weight, future_weight = (10, 1) if ctx.ahead else (3, 1) if ctx.future else (1, 10) if ctx.past else (1, 3)
    if _ENDED_BEFORE.search(ctx.before):
        readings = [r for r in readings if r[0] <= pub] or readings

    def cost(reading: _Reading) -> int:
        first, last, _ = reading
        if last < pub:
            return past_weight * (pub - last).days
        return future_weight * max((first - pub).days, 0)

    return min(readings, key=cost)[2]


_ENDED_BEFORE = re.compile(r"(?i:\bended\s+(?:on\s+|in\s+)?)$")


def _absolute(value: str, granularity: str | None) -> _Resolved:
    return value, granularity, False


def _relative(ctx: _Context, build: Callable[[date], tuple[str, str | None]]) -> _Resolved:
    if ctx.published is None:
        return None, None, True
    value, granularity = build(ctx.published)
    return value, granularity, True


# --- rule handlers -------------------------------------------------------------------------------


def _iso_date(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    try:
        d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _absolute(_ymd(d), "day")


def _numeric_date(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "4/23/2025", "23.04.2025": month-first or day-first, whichever is a valid date nearest publication."""
    if m["sep"] != m["sep2"]:
        return None
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if len(set(readings)) > 1 and ctx.published is None:
        return _EVENT_RELATIVE
    anchor = ctx.published or readings[0]
    return _absolute(_ymd(min(readings, key=lambda d: abs((d - anchor).days))), "day")


def _day_number(groups: dict[str, str | None]) -> int:
    """The day of a date in digits ("March 8th") or spelled out as broadcast transcripts do ("March eighth")."""
    digits = groups.get("d") or groups.get("d2")
    if digits:
        return int(digits)
    word = re.sub(r"[\s-]+", "-", (groups.get("dw") or groups["dw2"] or "").lower())
    return _DAY_WORDS.index(word) + 1


def _day_month(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "25 April 2025", "April 25", "Dec. 7": a year-less date is read in the year the tense points to."""
    groups = m.groupdict()
    month, day = _month_num(groups.get("mon") or groups["mon2"]), _day_number(groups)
    year = groups.get("y") or groups.get("y2")
    if year:
        try:
            return _absolute(_ymd(date(int(year), month, day)), "day")
        except ValueError:
            return None

    def build(pub: date) -> tuple[str, str]:
        readings = []
        for year in (pub.year - 1, pub.year, pub.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            readings.append((d, d, _ymd(d)))
        return _pick(readings, ctx, pub), "day"

    if not 1 <= day <= 31:
        return None
    return _relative(ctx, build)


def _week_of(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "the week of March 6": the ISO week of that day."""
    resolved = _day_month(m, ctx)
    if resolved is None or resolved[0] is None:
        return resolved
    value, _, relative = resolved
    return _week(date.fromisoformat(value)), "week", relative


def _month_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    year = _year_of(m, ctx)
    if year is None:
        return _EVENT_RELATIVE
    return _absolute(f"{int(year):04d}-{_month_num(m['mon']):02d}", "month")


def _month_alone(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    mod = (m["mod"] or "").lower()
    if not mod and not m["edge"] and not ctx.in_entity and not _PREP_BEFORE.search(ctx.before):
        return None
    month = _month_num(m["mon"])

    def build(pub: date) -> tuple[str, str]:
        years = (pub.year - 1, pub.year, pub.year + 1)
        readings = [(date(y, month, 1), _month_end(y, month), f"{y}-{month:02d}") for y in years]
        if mod == "last":
            readings = [r for r in readings if r[0] < date(pub.year, pub.month, 1)]
            return readings[-1][2], "month"
        if mod == "next":
            return next(r for r in readings if r[0] > pub)[2], "month"
        if mod == "this":
            return f"{pub.year}-{month:02d}", "month"
        return _pick(readings, ctx, pub), "month"

    return _relative(ctx, build)


def _in_relative_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "February this year", "March of last year", "March 3 last year", "the spring of next year".

    The day, month or season named, in the year named relative to publication (a Feb. 29 the year
    lacks is its Feb. 28).
    """
    shift = _UNIT_SHIFT[m["mod"].lower()]
    if m["season"]:
        code = _SEASONS[m["season"].lower()]
        return _relative(ctx, lambda pub: (f"{pub.year + shift}-{code}", "season"))
    month, day = _month_num(m["mon"] or m["mon2"] or m["mon3"]), int(m["d"] or m["d2"] or 0)
    if day > _month_end(2000, month).day:
        return None

    def build(pub: date) -> tuple[str, str]:
        year = pub.year + shift
        if not day:
            return f"{year}-{month:02d}", "month"
        return _ymd(date(year, month, min(day, _month_end(year, month).day))), "day"

    return _relative(ctx, build)


def _year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    licensed = ctx.in_entity or m["mod"] or _PREP_BEFORE.search(ctx.before)
    if not licensed and (re.search(r"[$£€#\d.,]\s*$", ctx.before) or _COUNTED.match(m.string, m.end())):
        return None
    return _absolute(m["y"], "year")


def _decade(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    if m["dec"]:
        return _absolute(m["dec"][:3], None)
    if m["dec2"]:
        return _absolute("19" + m["dec2"][0], None)  # "the '80s"
    return _absolute("19" + str(_DECADE_WORDS.index(m["tens"].lower()) + 2), None)


def _century(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "the 20th century" -> "19" (TIMEX3 centuries are the first two digits of their years)."""
    number = int(m["c"]) if m["c"] else _CENTURY_WORDS.index(m["cw"].lower()) + 1
    return _absolute(f"{number - 1:02d}", None)


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_CENTURY_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first",
)  # fmt: skip
_DAY_WORDS = (
    *_CENTURY_WORDS[:20],
    *(f"twenty-{word}" for word in _CENTURY_WORDS[:9]),
    "thirtieth",
    "thirty-first",
)


def _season(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    code = _SEASONS[m["season"].lower()]
    mod = (m["mod"] or "").lower().strip()
    year = _year_of(m, ctx)
    if year:
        return _absolute(f"{year}-{code}", "season")
    if m["yy"]:
        return _EVENT_RELATIVE  # "spring '97" without a publication date: the century is unknown
    if mod == "that":  # "that summer": the season of the year the text last named
        ref = _REFERENCE.match(ctx.reference or "")
        return (f"{ref['y']}-{code}", "season", False) if ref else _EVENT_RELATIVE
    if m["season"].lower() == "fall" and mod not in {"this", "last", "next", "past", "coming"}:
        return None
    if not mod and not m["the"] and not ctx.in_entity and not _PREP_BEFORE.search(ctx.before):
        return None

    def build(pub: date) -> tuple[str, str]:
        readings = []
        for year in range(pub.year - 2, pub.year + 2):
            first = date(year, _SEASON_START[code], 1)
            readings.append((first, first + timedelta(days=90), f"{year}-{code}"))
        if mod in {"last", "past"}:
            return [r for r in readings if r[1] < pub][-1][2], "season"
        if mod in {"next", "coming"}:
            return next(r for r in readings if r[0] > pub)[2], "season"
        if mod == "this":
            return f"{pub.year}-{code}", "season"
        return _pick(readings, ctx, pub), "season"

    return _relative(ctx, build)


def _quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "Q2 2025", "the third quarter", "last year's fourth quarter".

    A quarter named by its end ("the second quarter ended Oct. 31", a fiscal one) keeps its number and
    takes the year of that date.
    """
    q = int(m["qn"]) if m["qn"] else _ORDINALS[m["qord"].lower()]
    year = m["y"] or m["y0"] or m["y2"]
    if year:
        return _absolute(f"{year}-Q{q}", "quarter")
    if m["yrel"] or m["yrel2"]:
        shift = _UNIT_SHIFT[(m["yrel"] or m["yrel2"]).lower()]
        return _relative(ctx, lambda pub: (f"{pub.year + shift}-Q{q}", "quarter"))
    ended = _end_month(ctx)
    if ended:
        (year, _), relative = ended
        return f"{year}-Q{q}", "quarter", relative

    def build(pub: date) -> tuple[str, str]:
        years = (pub.year - 1, pub.year, pub.year + 1)
        readings = [(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"{y}-Q{q}") for y in years]
        return _pick(readings, ctx, pub), "quarter"

    return _relative(ctx, build)


def _final_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "The final quarter of 1997", "last year's final quarter": the fourth quarter of the year named."""
    year = m["y"] or m["y0"]
    if year:
        return _absolute(f"{year}-Q4", "quarter")
    shift = _UNIT_SHIFT[(m["yrel"] or m["yrel0"]).lower()]
    return _relative(ctx, lambda pub: (f"{pub.year + shift}-Q4", "quarter"))


def _month_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "the September quarter": the calendar quarter that ends in that month."""
    q = _month_num(m["mon"]) // 3
    if m["y"]:
        return _absolute(f"{m['y']}-Q{q}", "quarter")

    def build(pub: date) -> tuple[str, str]:
        years = (pub.year - 1, pub.year, pub.year + 1)
        readings = [(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"{y}-Q{q}") for y in years]
        return _pick(readings, ctx, pub), "quarter"

    return _relative(ctx, build)


def _quarter_relative(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    mod = re.sub(r"\s+", " ", (m["mod"] or "latest").lower())
    if ctx.quarter and mod in {"previous", "prior", "preceding"}:
        return _quarter_before(ctx.quarter), "quarter", False
    shift = -1 if mod in {"last", "previous", "prior", "preceding", "latest", "past", "most recent", "recent"} else 0
    shift = 1 if mod == "next" else shift

    return _relative(ctx, lambda pub: (_quarter_of(pub, 3 * shift), "quarter"))


def _quarter_before(quarter: str) -> str:
    """ "The previous quarter" is the one before the quarter under discussion; "last quarter" is the calendar's."""
    year, q = quarter.split("-Q")
    return _quarter_of(date(int(year), 3 * int(q), 1), -3)


def _quarter_of(pub: date, months: int) -> str:
    """The quarter ``months`` months from the publication date."""
    year, month = _add_months(pub.year, pub.month, months)
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _half(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    if m["dec"] or m["dec2"]:
        return _decade(m, ctx)  # TIMEX3 has no half decades
    half = 1 if m["h"].lower() == "first" else 2  # second, last or latter half
    year, year_word = m["y"] or m["y0"], m["yrel"] or m["yrel0"]
    if year:
        return f"{year}-H{half}", None, False
    shift = _UNIT_SHIFT[year_word.lower()] if year_word else 0
    return _relative(ctx, lambda pub: (f"{pub.year + shift}-H{half}", None))


_THE_LAST = re.compile(r"(?i)\bthe\s+(?:last|past)\s")
_OF_AFTER = re.compile(r"\s+of\s")
_UNIT_SHIFT = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "next": 1, "coming": 1}


def _unit_relative(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    mod, unit = m["mod"].lower(), m["unit"].lower()
    if _THE_LAST.search(m.group(0)) and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the last week of February", "the last year of his term": the final one of a period
    if mod not in _UNIT_SHIFT:
        return _from_reference(ctx, unit, _ANAPHORIC_SHIFT[mod])  # "the following month", "the same year"
    shift = _UNIT_SHIFT[mod]

    def build(pub: date) -> tuple[str, str | None]:
        if unit == "week":
            return _week(pub + timedelta(weeks=shift)), "week"
        if unit == "weekend":
            saturday = pub + timedelta(days=5 - pub.weekday() + 7 * shift)
            if mod == "last" and pub.weekday() >= 5:
                saturday -= timedelta(weeks=1)
            return _week(saturday) + "-WE", "week"
        if unit == "month":
            year, month = _add_months(pub.year, pub.month, shift)
            return f"{year}-{month:02d}", "month"
        if unit == "decade":
            return str(pub.year // 10 + shift), None
        if unit == "century":
            return f"{pub.year // 100 + shift:02d}", None
        return str(pub.year + shift), "year"

    return _relative(ctx, build)


_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def _day_word(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    offset = _DAY_OFFSETS[m["word"].lower()]
    return _relative(ctx, lambda pub: (_ymd(pub + timedelta(days=offset)), "day"))


def _weekday(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    if _EVERY_BEFORE.search(ctx.before):
        return None  # "each Thursday" is a frequency, not a date
    if _NAMED_DAY_BEFORE.search(ctx.before):
        return None  # "Black Monday", "the Good Friday agreement": a day of its own name, not the nearest Monday
    wd = _WEEKDAYS.index(m["wd"].lower())
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower())

    def build(pub: date) -> tuple[str, str]:
        back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
        if mod in {"last", "this past", "past"}:
            d = pub - timedelta(days=back or 7)
        elif mod in {"next", "this coming", "coming"}:
            d = pub + timedelta(days=ahead or 7)
        elif mod == "this":
            d = pub + timedelta(days=wd - pub.weekday())
        else:
            before, after = pub - timedelta(days=back), pub + timedelta(days=ahead)
            return _pick([(before, before, _ymd(before)), (after, after, _ymd(after))], ctx, pub), "day"
        return _ymd(d), "day"

    return _relative(ctx, build)


def _weekday_of_week(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "Monday of last week", "Thursday next week": that day of the week named, not the nearest one."""
    wd, shift = _WEEKDAYS.index(m["wd"].lower()), _UNIT_SHIFT[m["mod"].lower()]
    return _relative(ctx, lambda pub: (_ymd(pub + timedelta(days=wd - pub.weekday(), weeks=shift)), "day"))


_EVERY_BEFORE = re.compile(r"(?i:\b(?:each|every)\s+)$")
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Bloody|Super|Cyber|Good|Ash|Holy|Palm|Maundy|Easter)\s+$")
_AGO_UNITS = {"day": ("day", 1), "week": ("day", 7), "month": ("month", 1), "year": ("year", 1)}


def _ago(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "two years ago" counts from publication; "two years later" from the last date the text named.

    "a month after" and "30 days before" lead into an event ("after Qantas suspended flights"): relative to it.
    """
    direction = m["dir"].lower()
    if direction in {"before", "after"}:
        return _EVENT_RELATIVE
    n = _number(m["n"]) * (1 if direction in {"from now", "hence", "later"} else -1)
    unit = m["unit"].lower()
    if unit == "decade":
        unit, n = "year", n * 10
    granularity, factor = _AGO_UNITS[unit]
    if direction in {"earlier", "later"}:
        return _from_reference(ctx, granularity, n * factor)

    def build(pub: date) -> tuple[str, str]:
        if granularity == "day":
            return _ymd(pub + timedelta(days=n * factor)), "day"
        if granularity == "month":
            year, month = _add_months(pub.year, pub.month, n)
            return f"{year}-{month:02d}", "month"
        return str(pub.year + n), "year"

    return _relative(ctx, build)


def _years_ago_within(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "two years ago this month", "a year ago last week": that month or week, so many years back."""
    years, last = _number(m["n"]), m["this"].lower() == "last"

    def build(pub: date) -> tuple[str, str]:
        if m["within"].lower() == "month":
            year, month = _add_months(pub.year, pub.month, -1 if last else 0)
            return f"{year - years}-{month:02d}", "month"
        return _week(_years_before(pub - timedelta(weeks=1 if last else 0), years)), "week"

    return _relative(ctx, build)


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` years earlier (Feb. 28 for a Feb. 29 the earlier year lacks)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _year_before(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "A year earlier", "the year-ago quarter": a year before the quarter under discussion, if any.

    Else "a year ago" is the year before publication and "a year earlier" the year before the last
    date the text named (the publication date when it named none).
    """
    if ctx.quarter:
        year, q = ctx.quarter.split("-Q")
        return f"{int(year) - 1}-Q{q}", "quarter", False
    words = m.group(0).lower()
    if "quarter" in words:  # the year-ago quarter of the latest one reported
        return _relative(ctx, lambda pub: (_quarter_of(pub, -3 - 12), "quarter"))
    if "ago" not in words and ctx.reference:
        return _from_reference(ctx, "year", -1)
    return _relative(ctx, lambda pub: (str(pub.year - 1), "year"))


def _from_reference(ctx: _Context, unit: str, shift: int) -> _Resolved:
    """ "later that year", "the following month", "the next day": ``shift`` units from the last date named."""
    ref = _REFERENCE.match(ctx.reference or "")
    if ref is None:
        return _EVENT_RELATIVE
    if unit == "year":
        return str(int(ref["y"]) + shift), "year", False
    if unit == "month" and ref["m"]:
        year, month = _add_months(int(ref["y"]), int(ref["m"]), shift)
        return f"{year}-{month:02d}", "month", False
    if unit in ("day", "week") and ref["d"]:
        day = date(int(ref["y"]), int(ref["m"]), int(ref["d"]))
        if unit == "week":
            return _week(day + timedelta(weeks=shift)), "week", False
        return _ymd(day + timedelta(days=shift)), "day", False
    return _EVENT_RELATIVE


_ANAPHORIC_SHIFT = {"following": 1, "same": 0, "that": 0, "previous": -1, "preceding": -1, "prior": -1, "next": 1}


def _anaphoric(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "that year", "earlier that month", "the next day": anchored on the last date the text named."""
    return _from_reference(ctx, m["unit"].lower(), _ANAPHORIC_SHIFT[m["mod"].lower()])


def _anaphoric_day_part(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "the next morning", "that night", "later in the day": a part of the day the text last named."""
    shift = _ANAPHORIC_SHIFT[m["mod"].lower()] if m["mod"] else 0
    return _from_reference(ctx, "day", shift)


def _within_unit(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "later in the week", "earlier in the month": the week or month of the last date named, else publication's."""
    unit = m["unit"].lower()
    if ctx.reference:
        return _from_reference(ctx, unit, 0)
    return _relative(ctx, lambda pub: _unit_of(pub, unit))


def _unit_of(day: date, unit: str) -> tuple[str, str]:
    if unit == "week":
        return _week(day), "week"
    if unit == "month":
        return f"{day.year}-{day.month:02d}", "month"
    return str(day.year), "year"


def _then(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "until then", "since then": the date the text last named, whatever its granularity."""
    if ctx.reference is None:
        return _EVENT_RELATIVE
    return ctx.reference, _granularity_of(ctx.reference), False


def _granularity_of(value: str) -> str | None:
    for granularity, pattern in _GRANULARITY_FORMS:
        if pattern.fullmatch(value):
            return granularity
    return None


_GRANULARITY_FORMS = tuple(
    (granularity, re.compile(pattern))
    for granularity, pattern in (
        ("day", r"\d{4}-\d\d-\d\d"),
        ("month", r"\d{4}-\d\d"),
        ("year", r"\d{4}"),
        ("quarter", r"\d{4}-Q\d"),
        ("week", r"\d{4}-W\d\d"),
        ("season", r"\d{4}-(?:SP|SU|FA|WI)"),
    )
)


def _year_period(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "the 1988 quarter" in earnings news: the quarter under discussion, in that year."""
    if ctx.quarter:
        return f"{m['y']}-Q{ctx.quarter.split('-Q')[1]}", "quarter", False
    return _absolute(m["y"], "year")


def _that_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    words = m.group(0).lower()
    ended = _end_month(ctx) if "quarter" in words else None
    if ended:
        (year, month), relative = ended
        return f"{year}-Q{(month - 1) // 3 + 1}", "quarter", relative
    if ctx.quarter:
        return ctx.quarter, "quarter", False
    return None if "period" in words else _quarter_relative(m, ctx)


def _the_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    ended = _end_month(ctx)
    if ended:
        (year, _), relative = ended
        return str(year), "year", relative
    return _relative(ctx, lambda pub: (str(pub.year), "year"))


_ENDED = re.compile(r"(?i:,?\s+(?:that\s+|which\s+)?end(?:ed|ing|s)\s+(?:on\s+|in\s+)?)")
_END_DATE_HANDLERS = (_iso_date, _numeric_date, _day_month, _month_year, _month_alone)


def _end_month(ctx: _Context) -> tuple[tuple[int, int], bool] | None:
    """(year, month) of the date a period is said to end on, and whether it was read against publication.

    A period named by its end ("the quarter ended Sept. 30", "the fiscal year ending June 30") is the
    quarter or the year holding that date, whatever the quarter under discussion or the publication date.
    """
    tail = _ENDED.match(ctx.text, ctx.span[1])
    m = _SCAN.match(ctx.text, tail.end()) if tail else None
    if m is None:
        return None
    index = int(str(m.lastgroup)[1:])
    inner = _COMPILED[index].fullmatch(ctx.text, *m.span())
    if inner is None or _HANDLERS[index] not in _END_DATE_HANDLERS:
        return None
    resolved = _HANDLERS[index](inner, replace(ctx, span=m.span(), in_entity=True))
    ref = _REFERENCE.fullmatch(resolved[0] or "") if resolved else None
    if resolved is None or ref is None or not ref["m"]:
        return None
    return (int(ref["y"]), int(ref["m"])), resolved[2]


def _the_weekend(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    def build(pub: date) -> tuple[str, str]:
        saturday = pub + timedelta(days=5 - pub.weekday())
        readings = [(d, d + timedelta(days=1), _week(d) + "-WE") for d in (saturday - timedelta(weeks=1), saturday)]
        return _pick(readings, ctx, pub), "week"

    return _relative(ctx, build)


def _spelled_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _absolute(str(_spelled_year_number(m.group(0))), "year")


def _spelled_year_number(text: str) -> int:
    """ "nineteen ninety-four" -> 1994, "two thousand and one" -> 2001 (broadcast transcripts spell years out)."""
    words = re.findall(r"[a-z]+", text.lower().removeprefix("the year "))
    if words[0] == "two":  # two thousand (and) one
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + (_word_value(rest[0]) if rest else 0)
    century = 1900 if words[0] == "nineteen" else 2000
    return century + sum(_word_value(w) for w in words[1:])


def _year_of(m: re.Match[str], ctx: _Context) -> str | None:
    """The year a rule matched, in digits, spelled out or by its last two digits ("'97")."""
    if m["y"]:
        return m["y"]
    if m["yy"]:
        return _full_year(m["yy"], ctx.published)
    return str(_spelled_year_number(m["ys"])) if m["ys"] else None


def _full_year(last_digits: str, published: date | None) -> str | None:
    """ "'97" is the year ending in 97 nearest the publication date (the earlier one if two are as near).

    Without a publication date the century is unknown.
    """
    if published is None:
        return None
    year = published.year - published.year % 100 + int(last_digits)
    return str(min((year - 100, year, year + 100), key=lambda y: (abs(y - published.year), y)))


def _short_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "in '97", "fiscal '98", "the '96 campaign": only where a year is expected, not a quotation mark."""
    if not (ctx.in_entity or m["mod"] or _PREP_BEFORE.search(ctx.before) or _THE_BEFORE.search(ctx.before)):
        return None
    if _COUNTED.match(m.string, m.end()) or _UNIT_AFTER.match(m.string, m.end()):
        return None  # a quoted number: "in '24 hours'", "of '20 people'"
    year = _full_year(m["yy"], ctx.published)
    return _EVENT_RELATIVE if year is None else _absolute(year, "year")


_THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")
_UNIT_AFTER = re.compile(r"(?i:\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|percent|per\s+cent)\b)")


def _word_value(word: str) -> int:
    if word in _UNITS:
        return _UNITS.index(word) + 1
    if word in _TEENS:
        return _TEENS.index(word) + 10
    return 10 * (_TENS.index(word) + 2)


def _vague(value: str) -> _Handler:
    return lambda m, ctx: (value, None, False)


_MODAL_BEFORE = re.compile(r"(?i:\b(?:will|would|could|might|may|can|should|shall)\s+)$")


def _one_day(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """ "Islam will one day be...": after a modal "one day" is some future time, else a duration."""
    return ("FUTURE_REF", None, False) if _MODAL_BEFORE.search(ctx.before) else None


def _night_or_morning(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    offset = -1 if m["last"] else 0
    return _relative(ctx, lambda pub: (_ymd(pub + timedelta(days=offset)), "day"))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = _month_end(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    golden, century, in_century = year % 19, year // 100, year % 100
    skipped_leaps, correction = (century - (century + 8) // 25 + 1) // 3, century // 4
    epact = (19 * golden + century - correction - skipped_leaps + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (in_century // 4) - epact - in_century % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


# Holidays of fixed or computable date: (year) -> day; names lower-cased, without apostrophes.
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new years eve": lambda y: date(y, 12, 31),
    "new years day": lambda y: date(y, 1, 1),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentines day": lambda y: date(y, 2, 14),
    "memorial day": lambda y: _last_weekday(y, 5, 0),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "veterans day": lambda y: date(y, 11, 11),
    "mothers day": lambda y: _nth_weekday(y, 5, 6, 2),
    "fathers day": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "may day": lambda y: date(y, 5, 1),
}
_HOLIDAY_ALIASES = {
    "thanksgiving day": "thanksgiving", "christmas day": "christmas", "easter sunday": "easter",
    "labour day": "may day", "workers day": "may day", "international workers day": "may day",
}  # fmt: skip
# Holidays of the United States that other countries hold on another date: Labor Day is also May 1 (most
# countries' Labour Day), the nearer date is read; each country has its own Independence Day, resolved only
# where the text says it is the American one.
_ELSEWHERE: dict[str, tuple[Callable[[int], date], ...]] = {
    "labor day": (_HOLIDAYS["labor day"], _HOLIDAYS["may day"]),
    "independence day": (),
}
_AMERICAN_BEFORE = re.compile(r"\b(?:U\.S\.|US|American|America['’]s)\s+$")


def _holiday_dates(name: str, before: str) -> tuple[Callable[[int], date], ...]:
    """How to compute the holiday's date in a year: one way, two where countries differ, none where unknown."""
    key = re.sub(r"\s+", " ", name.lower()).replace("’", "").replace("'", "")
    key = _HOLIDAY_ALIASES.get(key, key)
    if key in _ELSEWHERE and not _AMERICAN_BEFORE.search(before):
        return _ELSEWHERE[key]
    return (_HOLIDAYS[key],)


def _holiday(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    days_of = _holiday_dates(m["h"], ctx.before)
    if not days_of:
        return _EVENT_RELATIVE
    if m["y"]:  # "Christmas 2021", "the 2019 Easter Sunday attacks"
        readings = [(d, d, _ymd(d)) for d in sorted(day_of(int(m["y"])) for day_of in days_of)]
        value = _pick(readings, ctx, ctx.published) if ctx.published else readings[0][2]
        return value, "day", False
    mod = (m.groupdict().get("mod") or "").lower()

    def build(pub: date) -> tuple[str, str]:
        years = (pub.year - 1, pub.year, pub.year + 1)
        days = sorted(day_of(y) for y in years for day_of in days_of)
        if mod == "last":
            return _ymd(max(d for d in days if d < pub)), "day"
        if mod == "next":
            return _ymd(min(d for d in days if d > pub)), "day"
        if mod == "this":
            days = [d for d in days if d.year == pub.year]
        return _pick([(d, d, _ymd(d)) for d in days], ctx, pub), "day"

    return _relative(ctx, build)


def _event_relative(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    return _EVENT_RELATIVE


@dataclass(frozen=True)
class _Rule:
    pattern: str
    handler: _Handler


# A day spelled out, longest first: "twenty-first" before "first". Only "the eighth of March" and "March
# eighth" not followed by a word ("December first lady", "May first-quarter sales" are no dates).
_DAY_WORD = r"(?i:" + "|".join(w.replace("-", r"[\s-]") for w in sorted(_DAY_WORDS, key=len, reverse=True)) + ")"
_DAY_MONTH = (
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<dw>" + _DAY_WORD + r")(?=\s+of\s))(?:\s+of)?\s+(?P<mon>" + _MON + r")"
    r"(?:,?\s+(?P<y>" + _YEAR + r")\b)?"
)
_MONTH_DAY = (
    r"(?P<mon2>"
    + _MON
    + r")(?:\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d)|\s+(?P<dw2>"
    + _DAY_WORD
    + r")\b(?!-|\s+[a-z]))"
    r"(?:,?\s+(?P<y2>" + _YEAR + r")\b)?"
)
# "this year's third quarter", "last year's period", "this year's second half" are not years.
_NOT_POSSESSIVE_PERIOD = (
    r"(?!['’]s\s+(?i:(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|closing)[\s-]+)?(?:quarter|period)"
    r"|(?:first|second|last|latter)\s+half))"
)
# "1997's", "this year's" before a part of the year ("1997's first half"), or just "the".
_YEAR_POSSESSIVE = (
    r"(?:(?i:the\s+)?(?P<y0>" + _YEAR + r")['’]s\s+|(?P<yrel0>(?i:this|last|next))\s+(?i:year)['’]s\s+|(?i:the\s+))?"
)
_MOD_EDGE = r"(?i:(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|end\s+of|(?:end|start)(?=-))[\s-]*)"

# Holidays by name; "Easter Island", "the Good Friday agreement" are none.
_HOLIDAY_NAME = (
    r"Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day"
    r"|Fourth\s+of\s+July|Halloween|Election\s+Day|Valentine['’]s\s+Day|Boxing\s+Day|Memorial\s+Day|Labou?r\s+Day"
    r"|May\s+Day|(?:International\s+)?Workers['’]?\s+Day|Veterans['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday))?(?!\s+(?:Island|Rising|[Hh]olidays?|[Bb]reak|[Vv]acation|[Rr]ecess"
    r"|[Ww]eek(?:end)?|[Ss]eason|[Tt]erm))"
    r"|Good\s+Friday(?!\s+(?:[Aa]greement|[Aa]ccord|[Pp]eace|[Dd]eal|[Pp]act))"
)

# Order matters: at one position the first rule that matches wins, so longer forms come first.
_RULES: tuple[_Rule, ...] = (
    _Rule(
        r"(?:(?:\d+|a\s+few|several|many|some|" + _NUM + r")[\s-]+)?(?i:(?:minute|hour|day|week|month|year)s?"
        r"|the\s+(?:day|night|morning|evening|week|month|year))\s+(?i:before|after|following|prior\s+to)"
        r"\s+(?i:the|a|an|his|her|their|its|this|that)\s+[\w-]+",
        _event_relative,
    ),
    _Rule(
        r"(?P<n>" + _NUM + r")\s+(?i:years?\s+ago)\s+(?P<this>(?i:this|last))\s+(?P<within>(?i:month|week))\b",
        _years_ago_within,
    ),
    _Rule(
        r"(?i:(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year[\s-](?:ago|earlier)(?:\s+(?:first|second"
        r"|third|fourth))?\s+(?:quarter|period)|(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))"
        r"|(?:last|the\s+previous|the\s+prior)\s+year['’]s\s+(?:quarter|period)|a\s+year\s+(?:ago|earlier)"
        r"|year[\s-](?:ago|earlier))\b",
        _year_before,
    ),
    _Rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", _iso_date),
    _Rule(
        r"(?:(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>" + _MON + r")"
        r"|(?:" + _WD + r",?\s+)?(?P<mon2>" + _MON + r")\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
        r"|(?:" + _MOD_EDGE + r")?(?P<mon3>" + _MON_FULL + r")"
        r"|(?:(?i:the)\s+)?(?:"
        + _MOD_EDGE
        + r")?(?P<season>(?i:spring|summer|autumn|winter|(?<=the\s)fall(?=\s+of\s))))"
        r",?\s+(?:(?i:of)\s+)?(?P<mod>(?i:this|last|next))\s+(?i:year)\b" + _NOT_POSSESSIVE_PERIOD,
        _in_relative_year,
    ),
    _Rule(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P<sep2>[/.])(?P<y>(?:19|20)\d\d)\b", _numeric_date),
    _Rule(r"(?i:the\s+week\s+of)\s+(?:" + _DAY_MONTH + "|" + _MONTH_DAY + ")", _week_of),
    _Rule(r"(?:" + _WD + r",?\s+)?(?:the\s+)?" + _DAY_MONTH, _day_month),
    _Rule(r"(?:" + _WD + r",?\s+)?" + _MONTH_DAY, _day_month),
    _Rule(
        r"(?:"
        + _MOD_EDGE
        + r")?(?P<mon>"
        + _MON
        + r")(?:\s+of)?,?\s+(?:(?P<y>"
        + _YEAR
        + r")|(?P<ys>"
        + _SPELLED_YEAR
        + r")|"
        + _SHORT_YEAR
        + r")\b",
        _month_year,
    ),
    _Rule(
        r"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>(?i:this|last|next|past|coming|that))\s+)?(?:"
        + _MOD_EDGE
        + r")?(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?:\s+(?:of\s+)?(?:(?P<y>"
        + _YEAR
        + r")|(?P<ys>"
        + _SPELLED_YEAR
        + r")|"
        + _SHORT_YEAR
        + r")\b)?",
        _season,
    ),
    _Rule(
        r"(?i:(?:the\s+)?(?:(?:fiscal\s+)?(?P<y0>" + _YEAR + r")['’]s|(?P<yrel0>this|last|next)\s+year['’]s)\s+"
        r"(?:last|final|closing)[\s-](?:fiscal\s+)?quarter"
        r"|(?:the\s+)?(?:last|final|closing)\s+quarter\s+of\s+(?:(?:fiscal\s+)?(?P<y>" + _YEAR + r")"
        r"|(?P<yrel>this|last|next)\s+year))\b",
        _final_quarter,
    ),
    _Rule(
        r"(?:Q(?P<qn>[1-4])|(?:(?i:the)\s+)?(?:(?i:fiscal\s+)?(?P<y0>"
        + _YEAR
        + r")(?:['’]s)?\s+|(?P<yrel>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
        r"(?P<qord>(?i:first|second|third"
        r"|fourth|1st|2nd|3rd|4th))[\s-](?i:fiscal\s+)?(?i:quarter))(?:,?\s+(?:of\s+)?(?:(?i:fiscal)\s+)?(?P<y>"
        + _YEAR
        + r")\b|-(?P<y2>"
        + _YEAR
        + r")|\s+of\s+(?P<yrel2>(?i:this|last|next))\s+(?i:year)\b)?",
        _quarter,
    ),
    _Rule(
        r"(?i:(?:this|the)\s+)?(?P<mod>(?i:this|last|next|current|latest|previous|prior|preceding|most\s+recent|recent"
        r"|past))"
        r"\s+(?i:quarter)\b",
        _quarter_relative,
    ),
    _Rule(
        _YEAR_POSSESSIVE
        + r"(?P<h>(?i:first|second|last|latter))\s+(?i:half)(?:\s+of\s+(?P<y>"
        + _YEAR
        + r")\b|\s+of\s+(?:(?i:the)"
        r"|(?P<yrel>(?i:this|last|next)))\s+(?i:year)|\s+of\s+(?i:the\s+)(?:(?P<dec>(?:1[89]|20)\d0)'?s"
        r"|'(?P<dec2>[1-9]0)s))?",
        _half,
    ),
    _Rule(
        r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:in\s+)?(?:the\s+)?)(?P<mod>(?i:this|last|next|coming|past"
        r"|current|following|same|previous|preceding|prior))\s+(?P<unit>(?i:week(?:end)?|month|year|decade|century))\b"
        + _NOT_POSSESSIVE_PERIOD,
        _unit_relative,
    ),
    _Rule(  # "by the end of the month": the current one
        r"(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)(?P<mod>(?i:the))\s+(?P<unit>(?i:week|month))\b",
        _unit_relative,
    ),
    _Rule(
        r"(?i:the\s+)?(?i:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[89]|20)\d0)'?s|'(?P<dec2>[1-9]0)s"
        r"|(?P<tens>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b",
        _decade,
    ),
    _Rule(
        r"(?i:the\s+)?(?:(?P<c>1?\d|2[01])(?:st|nd|rd|th)|(?P<cw>(?i:"
        + "|".join(_CENTURY_WORDS)
        + r")))[\s-]+(?i:century)\b",
        _century,
    ),
    _Rule(
        r"(?i:the\s+year\s+)?" + _SPELLED_YEAR + r"\b",
        _spelled_year,
    ),
    _Rule(r"(?i:(?:the|that)\s+(?:quarter|period)|the\s+(?P<mod>latest|most\s+recent)\s+period)\b", _that_quarter),
    _Rule(
        r"(?i:the)\s+(?P<mon>(?:March|June|September|December|Mar|Jun|Sept?|Dec)\b\.?)(?:\s+(?P<y>"
        + _YEAR
        + r"))?\s+(?i:quarter)\b",
        _month_quarter,
    ),
    _Rule(r"(?i:the)\s+(?P<y>" + _YEAR + r")\s+(?i:quarter|period)\b", _year_period),
    _Rule(
        r"(?i:the\s+(?:(?:full|fiscal|current|calendar|whole|entire)\s+){1,2}year(?!\s+\d)|year['’]s\s+end"
        r"|(?:the\s+year|year[\s-]end)\b(?!\s+\d)(?![\s-]+(?:ago|earlier|before|after|since|of|in|that|when|to|from"
        r"|which|long|old)\b))\b",
        _the_year,
    ),
    _Rule(r"(?i:the\s+weekend)\b", _the_weekend),
    _Rule(r"(?P<y>" + _YEAR + r")\s+(?P<h>" + _HOLIDAY_NAME + r")\b", _holiday),
    _Rule(
        r"(?P<mod>"
        + _MOD_EDGE
        + r"|(?i:(?:the\s+)?(?:(?:fiscal|calendar)\s+)?year|fiscal)\s+|(?i:pre|post)-)?(?P<y>"
        + _YEAR
        + r")"
        r"(?![\d,.%]\d|\s*%)\b",
        _year,
    ),
    _Rule(r"(?P<mod>(?i:fiscal)\s+)?" + _SHORT_YEAR, _short_year),
    _Rule(
        r"(?:(?P<mod>(?i:last|next|this(?:\s+(?:coming|past))?|past|coming))\s+|(?P<edge>" + _MOD_EDGE + r"))?"
        r"(?P<mon>" + _MON_FULL + r")\b(?!\s*\d|\s+Day\b)",
        _month_alone,
    ),
    _Rule(
        r"(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight"
        r"|tomorrow))" + _PART,
        _day_word,
    ),
    _Rule(r"(?P<last>(?i:last))\s+(?i:night)|(?i:this)\s+(?i:morning|afternoon|evening)", _night_or_morning),
    _Rule(
        r"(?P<wd>" + _WD + r")" + _PART + r"\s+(?:(?i:of)\s+)?(?P<mod>(?i:this|last|next))\s+(?i:week)\b",
        _weekday_of_week,
    ),
    _Rule(
        r"(?:(?P<mod>(?i:last|next|this\s+coming|this\s+past|this|past|coming))\s+)?(?P<wd>" + _WD + r")\b" + _PART,
        _weekday,
    ),
    _Rule(
        r"(?P<n>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")s?\s+(?i:or\s+so\s+)?(?P<dir>(?i:ago|earlier|later|before"
        r"|after|from\s+now|hence))\b",
        _ago,
    ),
    _Rule(
        r"(?i:(?:(?:earlier|later)\s+)?(?:in\s+)?(?:the\s+)?)(?P<mod>(?i:that|same|next|following|previous))"
        r"\s+(?P<unit>(?i:day|week|month|year))\b",
        _anaphoric,
    ),
    _Rule(
        r"(?i:(?:(?:a\s+few|several|some|many|two|three)\s+)?(?:days|weeks|months|years)\s+(?:later|earlier)"
        r"|the\s+day\s+before)\b",
        _event_relative,
    ),
    _Rule(
        r"(?i:(?:the\s+)?(?P<mod>next|following|previous|same|that)\s+(?:morning|afternoon|evening|night)"
        r"|(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day)\b",
        _anaphoric_day_part,
    ),
    _Rule(r"(?i:(?:earlier|later)\s+in\s+the)\s+(?P<unit>(?i:week|month|year))\b", _within_unit),
    _Rule(r"(?i:(?:until|till|since|by|before|after)\s+then)\b", _then),
    _Rule(
        r"(?:(?P<mod>(?i:last|next|this))\s+)?(?P<h>" + _HOLIDAY_NAME + r")\b(?:,?\s+(?P<y>" + _YEAR + r")\b)?",
        _holiday,
    ),
    _Rule(
        r"(?i:right\s+now|now|currently|nowadays|presently|at\s+present|at\s+the\s+moment|these\s+days"
        r"|at\s+this\s+(?:[a-z]+\s+)?(?:moment|juncture|time(?!\s+(?:last|next|of|a\s+year)\b))"
        r"|current(?!\s+(?:account|affairs|events|prices|dollars)\b))\b",
        _vague("PRESENT_REF"),
    ),
    _Rule(
        r"(?i:recently|lately|previously|formerly|the\s+other\s+day|(?:in\s+)?the\s+past"
        r"|(?:(?:a\s+few|several|some|many)\s+)?(?:days|weeks|months|years|decades)\s+ago"
        r"|(?:in\s+)?recent\s+(?:days|weeks|months|years|decades)|recent"
        r"|(?:the\s+)?(?:past|last)\s+(?:(?:few|several|many)\s+)?(?:days|weeks|months|years|quarters|decades))"
        r"\b(?!\s+(?:\d|few|several|two|three|four|five|week|month|year|day|decade))",
        _vague("PAST_REF"),
    ),
    _Rule(r"(?i:one\s+day)\b", _one_day),
    _Rule(
        r"(?i:(?:in\s+)?the\s+(?:near\s+|distant\s+)?future|soon|some\s?day|(?:at\s+)?a\s+later\s+date"
        r"|(?:in\s+)?(?:the\s+)?(?:coming|future)\s+(?:days"
        r"|weeks|months|quarters|years|decades)|the\s+(?:days|weeks|months|years)\s+ahead"
        r"|the\s+(?:short|long|near)\s+term|future(?!s))\b",
        _vague("FUTURE_REF"),
    ),
)


_HANDLERS: tuple[_Handler, ...] = tuple(r.handler for r in _RULES)
_COMPILED = tuple(re.compile(r.pattern) for r in _RULES)
_COMBINED = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<r{i}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', r.pattern)})" for i, r in enumerate(_RULES))
    + r")(?![\w])"
)
_LEADING_WORDS = re.compile(r"(?i)^(?:on|in|at|since|by|until|during|from|of|for)\s+")


# --- where a rule may start ------------------------------------------------------------------------
# Trying every rule at every word was most of this module's cost. The first pieces (a character or a
# class, repeated or not) that any match of a rule must begin with are read from the rule's own parsed
# pattern; a lookahead made of them lets the combined pattern be tried only at the few words where some
# rule may start. The prefixes are truncations of the rules themselves, so no match is lost.

_PREFIX_PIECES = 8
_Prefixes = set[tuple[tuple[str, ...], bool]]  # the pieces, and whether the prefix may grow further
_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w"}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)


def _fold(char: str) -> str:
    """ASCII letters in lower case: the lookahead ignores case, and "The" and "the" then share a branch."""
    return char.lower() if char.isascii() else char


def _piece(op: Any, arg: Any) -> str | None:
    """A parsed character or character class as regex text; None for anything else.

    Negated classes count as anything else: under the case folding of the lookahead they would match less.
    """
    if op is _sre.LITERAL:
        return re.escape(_fold(chr(arg)))
    if op is not _sre.IN:
        return None
    parts = []
    for item, value in arg:
        if item is _sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif item is _sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is _sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return f"[{''.join(parts)}]"


def _prefixes(items: Iterable[tuple[Any, Any]], room: int) -> _Prefixes:
    """The first ``room`` pieces that any match of the parsed pattern ``items`` begins with."""
    found: _Prefixes = {((), True)}
    for op, arg in items:
        grown: _Prefixes = set()
        item_prefixes: dict[int, _Prefixes] = {}  # by the room left, which many prefixes share
        for pieces, grows in found:
            left = room - len(pieces)
            if not grows or left <= 0:
                grown.add((pieces, False))
                continue
            if left not in item_prefixes:
                item_prefixes[left] = _item_prefixes(op, arg, left)
            grown |= {(pieces + more, on) for more, on in item_prefixes[left]}
        found = grown
    return found


def _item_prefixes(op: Any, arg: Any, room: int) -> _Prefixes:
    piece = _piece(op, arg)
    if piece is not None:
        return {((piece,), True)}
    if op is _sre.BRANCH:
        return set().union(*(_prefixes(branch, room) for branch in arg[1]))
    if op is _sre.SUBPATTERN:
        return _prefixes(arg[3], room)
    if op in _REPEATS:
        return _repeat_prefixes(*arg, room)
    if op in _ZERO_WIDTH:
        return {((), True)}  # leaving a lookaround or a boundary out only widens the prefix
    return {((), False)}  # the prefix ends here: anything may follow


def _repeat_prefixes(low: int, high: int, body: Sequence[tuple[Any, Any]], room: int) -> _Prefixes:
    piece = _piece(*body[0]) if len(body) == 1 else None
    if piece is not None:  # "\s+" is one piece, not one per space
        repeated = ((f"{piece}{{{max(low, 1)},{'' if high == _sre.MAXREPEAT else high}}}",), True)
        return {repeated, ((), True)} if low == 0 else {repeated}
    found: _Prefixes = set()
    for count in range(low, min(high, low + room) + 1):  # more repeats add nothing new within ``room``
        found |= _prefixes(list(body) * count, room)
    return found


def _alternation(prefixes: Iterable[tuple[str, ...]]) -> str:
    """Regex text matching the start of anything that begins with one of ``prefixes`` (shared starts merged)."""
    tails: dict[str, list[tuple[str, ...]]] = {}
    for pieces in prefixes:
        if not pieces:
            return ""
        tails.setdefault(pieces[0], []).append(pieces[1:])
    branches = [head + _alternation(rest) for head, rest in sorted(tails.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _scan_pattern() -> re.Pattern[str]:
    """``_COMBINED`` behind a lookahead that lets it be tried only where some rule may start."""
    parsed = (_sre_parser.parse(rule.pattern).data for rule in _RULES)
    prefixes = (pieces for items in parsed for pieces, _ in _prefixes(items, _PREFIX_PIECES))
    return re.compile(r"(?<![\w-])(?=(?i:" + _alternation(prefixes) + "))" + _COMBINED.pattern)


_SCAN = _scan_pattern()


@dataclass
class _Discourse:
    """What the text has named so far: the quarter under discussion and the last date."""

    quarter: str | None = None
    quarter_end: int = 0
    reference: str | None = None
    reference_end: int = 0
    ahead_end: int | None = None  # where the last expression that looked ahead ends

    def update(self, handler: _Handler, value: str | None, end: int) -> None:
        if value and handler in (_quarter, _quarter_relative, _month_quarter):
            self.quarter, self.quarter_end = value, end
        if value and _REFERENCE.match(value) and handler is not _year_before:  # a comparison is no new topic
            self.reference, self.reference_end = value, end

    def reference_at(self, start: int) -> str | None:
        """The last date named, if recent enough to be the one "that year" or "a year earlier" points to."""
        return self.reference if start - self.reference_end <= _REFERENCE_REACH else None

    def quarter_at(self, text: str, start: int) -> str | None:
        """The quarter under discussion, unless a longer period ("the nine months") was named since."""
        if self.quarter and _LONGER_PERIOD.search(text, self.quarter_end, start):
            self.quarter = None
        return self.quarter


_REFERENCE_REACH = 500  # characters: about a paragraph
_REFERENCE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")
_LONGER_PERIOD = re.compile(r"(?i)\b(?:(?:six|nine|twelve|\d+)\s+months|fiscal\s+year|full\s+year)\b")


def _context(text: str, start: int, end: int, published: date | None, in_entity: bool, seen: _Discourse) -> _Context:
    return _Context(
        published=published,
        in_entity=in_entity,
        text=text,
        span=(start, end),
        quarter=seen.quarter_at(text, start),
        reference=seen.reference_at(start),
        ahead_end=seen.ahead_end,
    )


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _make(text: str, start: int, end: int, resolved: _Resolved) -> TimeExpr:
    value, granularity, relative = resolved
    if value is None:
        granularity, relative = None, False
    return TimeExpr(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        granularity=granularity,
        relative_to="published" if relative else None,
    )


def _rule_matches(text: str, published: date | None, date_spans: Sequence[tuple[int, int]]) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    seen = _Discourse()
    for m in _SCAN.finditer(text):
        index = int(str(m.lastgroup)[1:])
        start, end = m.span()
        inner = _COMPILED[index].fullmatch(text, start, end)
        if inner is None:
            continue
        in_entity = any(s <= start and end <= e for s, e in date_spans)
        ctx = _context(text, start, end, published, in_entity, seen)
        resolved = _HANDLERS[index](inner, ctx)
        if resolved is None:
            continue
        start, resolved = _with_offset_before(text, start, resolved, found)
        found.append(_make(text, start, end, resolved))
        seen.update(_HANDLERS[index], resolved[0], end)
        if ctx.tense_read == "future":
            seen.ahead_end = end
    return found


_OFFSET_BEFORE = re.compile(
    r"(?i)\b(?:(?P<the>the)\s+(?=(?:day|week|month|year)\s)|(?P<n>" + _NUM + r")\s+)"
    r"(?P<unit>day|week|month|year)s?\s+(?P<dir>before|after)\s+$"
)


def _with_offset_before(text: str, start: int, resolved: _Resolved, found: list[TimeExpr]) -> tuple[int, _Resolved]:
    """ "the day before last Tuesday", "two weeks after Jan. 5": the date named, moved by the offset before it.

    The offset joins the expression (replacing what was found in it) when the date is fine enough to move.
    """
    m = _OFFSET_BEFORE.search(text, max(0, start - 40), start)
    shifted = _shift(resolved[0], m) if m and resolved[0] else None
    if m is None or shifted is None:
        return start, resolved
    while found and found[-1].end > m.start():
        found.pop()
    return m.start(), (*shifted, resolved[2])


def _shift(value: str, offset: re.Match[str]) -> tuple[str, str] | None:
    """``value`` moved by an offset ("the day before", "two years after"); None if too coarse to move.

    "The week after" a day is a week, "two weeks after" it a day; "the year after" a month is a year.
    """
    ref = _REFERENCE.fullmatch(value)
    unit = offset["unit"].lower()
    n = (1 if offset["the"] else _number(offset["n"])) * (-1 if offset["dir"].lower() == "before" else 1)
    if ref is None or (unit in ("day", "week") and not ref["d"]) or (unit == "month" and not ref["m"]):
        return None
    if unit in ("day", "week"):
        moved = date(int(ref["y"]), int(ref["m"]), int(ref["d"])) + timedelta(days=n * (7 if unit == "week" else 1))
        return (_week(moved), "week") if offset["the"] and unit == "week" else (_ymd(moved), "day")
    year, month = _add_months(int(ref["y"]), int(ref["m"] or 1), n * (12 if unit == "year" else 1))
    if offset["the"] or not ref["m"]:
        return (f"{year}-{month:02d}", "month") if unit == "month" else (str(year), "year")
    if not ref["d"]:
        return f"{year}-{month:02d}", "month"
    return _ymd(date(year, month, min(int(ref["d"]), _month_end(year, month).day))), "day"


def _entity_only(text: str, start: int, end: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """A spaCy DATE span no rule explains: a duration or frequency is dropped, anything else kept unresolved,
    unless a day is said to be it ("today is the eighth day of the siege", "Monday marked the 40th day").
    """
    span = _LEADING_WORDS.sub("", text[start:end].strip())
    if not span or _NOT_DATE.match(span):
        return None
    day = _day_said_to_be(text, start, times)
    return _make(text, start, end, (day.value, "day", day.relative_to is not None) if day else _EVENT_RELATIVE)


_SAID_TO_BE = re.compile(r"\s+(?:is|was|marks|marked)\s+$")


def _day_said_to_be(text: str, start: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The day found right before "is", "was" or "marks" and the span: "today" in "today is the eighth day"."""
    linked = _SAID_TO_BE.search(text, max(0, start - 12), start)
    if linked is None:
        return None
    return next((t for t in times if t.end == linked.start() and t.granularity == "day"), None)


def find_times(text: str, published: str | None, date_spans: Sequence[tuple[int, int]] = ()) -> list[TimeExpr]:
    """Time expressions in ``text`` with TIMEX3 values, sorted by offset.

    ``date_spans`` are the spaCy DATE entity offsets; ``published`` (YYYY-MM-DD) anchors relative
    expressions, which stay ``value=None`` without it.
    """
    pub = _parse_published(published)
    times = _rule_matches(text, pub, date_spans)
    for start, end in date_spans:
        if any(t.start < end and start < t.end for t in times):
            continue
        extra = _entity_only(text, start, end, times)
        if extra is not None:
            times.append(extra)
    return sorted(times, key=lambda t: t.start)
