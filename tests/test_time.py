"""Time expressions: finding, TIMEX3 resolution against the publication date, and the TimeBank eval."""

from __future__ import annotations

import random
import re

import pytest

from newsevents.annotate import time as time_rules
from newsevents.annotate.time import find_times

PUBLISHED = "2025-04-23"  # a Wednesday, ISO week 17


def values(text: str, published: str | None = PUBLISHED, spans=()) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(text, published, spans)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Russian forces attacked Kharkiv on Friday, officials said.", "Friday", "2025-04-18"),
        ("The minister will travel to Kyiv next Friday.", "next Friday", "2025-04-25"),
        ("The talks collapsed in December.", "December", "2024-12"),
        ("Elections are scheduled for next December.", "next December", "2025-12"),
        ("Last year the ceasefire broke down.", "Last year", "2024"),
        ("Fighting resumed this week.", "this week", "2025-W17"),
        ("The summit opened on 25 April 2025.", "25 April 2025", "2025-04-25"),
        ("The summit opened on April 25.", "April 25", "2025-04-25"),
        ("The law was passed in 2023.", "2023", "2023"),
        ("Growth slowed in Q2 2025.", "Q2 2025", "2025-Q2"),
        ("Protests spread in summer 2024.", "summer 2024", "2024-SU"),
        ("Troops withdrew last summer.", "last summer", "2024-SU"),
        ("Shelling hit the city yesterday.", "yesterday", "2025-04-22"),
        ("The president speaks tonight.", "tonight", "2025-04-23"),
        ("He was arrested two years ago.", "two years ago", "2023"),
        ("Prices rose last month.", "last month", "2025-03"),
        ("Output fell in the third quarter.", "the third quarter", "2024-Q3"),
        ("The vote took place in the 1990s.", "the 1990s", "199"),
    ],
)
def test_resolution(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_vague_references() -> None:
    found = values("He is now in power, was recently elected and will soon leave; in the future, who knows.")
    assert found["now"] == "PRESENT_REF"
    assert found["recently"] == "PAST_REF"
    assert found["soon"] == "FUTURE_REF"
    assert found["in the future"] == "FUTURE_REF"


def test_offsets_and_relative_to() -> None:
    text = "Officials said on Friday that the 2023 deal held."
    times = find_times(text, PUBLISHED)
    assert [(t.text, text[t.start : t.end]) for t in times] == [("Friday", "Friday"), ("2023", "2023")]
    assert [t.relative_to for t in times] == ["published", None]
    assert times[0].granularity == "day" and times[1].granularity == "year"


def test_never_today_without_publication_date() -> None:
    times = find_times("On Friday, yesterday and last year, and in December.", None)
    assert [t.text for t in times] == ["Friday", "yesterday", "last year", "December"]
    assert all(t.value is None and t.granularity is None and t.relative_to is None for t in times)
    assert values("The accord of 25 April 2025.", None)["25 April 2025"] == "2025-04-25"


def test_durations_are_not_dates() -> None:
    text = "The three-year conflict; talks went on for two weeks and lasted three days."
    spans = [(4, 14), (42, 51), (64, 74)]  # what spaCy marks as DATE
    assert [t.text for t in find_times(text, PUBLISHED, spans)] == []


def test_event_relative_expressions_have_no_value() -> None:
    found = values("Hours before the meeting, and two days after the attack, calm returned.")
    assert found == {"Hours before the meeting": None, "two days after the attack": None}


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("A 10-day strike shut the port.", "10-day"),
        ("The two-month ceasefire held.", "two-month"),
        ("A 30-year-old man was held.", "30-year-old"),
    ],
)
def test_a_duration_spacy_marks_as_a_date_is_dropped(text: str, duration: str) -> None:
    start = text.index(duration)
    assert find_times(text, PUBLISHED, [(start, start + len(duration))]) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The day after the election, he quit.", "The day after the election"),
        ("Weeks after the ceasefire, fighting resumed.", "Weeks after the ceasefire"),
        ("Minutes after the blast, police arrived.", "Minutes after the blast"),
        ("A year after the war began, he left.", "A year after the war"),
    ],
)
def test_an_expression_anchored_on_an_event_stays_relative(text: str, expression: str) -> None:
    times = find_times(text, PUBLISHED)
    assert [(t.text, t.value, t.relative_to) for t in times] == [(expression, None, None)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Net fell in the quarter ended Sept. 30.", "the quarter", "2024-Q3"),
        ("Net fell in the quarter ending in March.", "the quarter", "2025-Q1"),
        ("Net fell in the third quarter. In the quarter ended June 30, 2023, it rose.", "the quarter", "2023-Q2"),
        ("Net rose in the fiscal year ended Aug. 31.", "the fiscal year", "2024"),
    ],
)
def test_a_period_named_by_its_end_holds_that_date(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_numbered_quarter_named_by_its_end_takes_the_year_of_that_date() -> None:
    text = "In the second quarter ended Oct. 31, it lost money. Results for that quarter included a charge."
    found = values(text, published="2025-10-27")
    assert found == {"the second quarter": "2024-Q2", "Oct. 31": "2024-10-31", "that quarter": "2024-Q2"}


def test_what_ended_on_a_date_ended_before_publication() -> None:
    assert values("The strike ended Oct. 31.", published="2025-10-27") == {"Oct. 31": "2024-10-31"}
    assert values("The offer ends Oct. 31.", published="2025-10-27") == {"Oct. 31": "2025-10-31"}
    assert values("The talks ended in May.") == {"May": "2024-05"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ruling came earlier in the week.", "earlier in the week", "2025-W17"),
        ("He came back later in the month.", "later in the month", "2025-04"),
        ("He left in March 2020. Later in the year, he returned.", "Later in the year", "2020"),
        ("Talks began on Jan. 6 and resumed later in the week.", "later in the week", "2025-W02"),
    ],
)
def test_earlier_or_later_in_a_unit_takes_the_last_date_named(text: str, expression: str, value: str) -> None:
    """Without a date named before, the week, month or year of publication."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "2025-04-21"),
        ("He fled two days after Jan. 5, 2024.", "two days after Jan. 5, 2024", "2024-01-07"),
        ("They met the week after Christmas.", "the week after Christmas", "2025-W01"),
        ("A month after Jan. 31, 2024, he quit.", "A month after Jan. 31, 2024", "2024-02-29"),
        ("Two months after March 2020, he quit.", "Two months after March 2020", "2020-05"),
        ("He returned the year after 1990.", "the year after 1990", "1991"),
    ],
)
def test_an_offset_before_a_date_moves_that_date(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_an_offset_too_fine_for_its_date_or_a_span_of_days_leaves_the_date_alone() -> None:
    assert values("He left a week after May 2024.") == {"a week after": None, "May 2024": "2024-05"}
    assert values("Sales rose in the days before Christmas.") == {"Christmas": "2024-12-25"}


def test_spacy_only_spans_are_kept_unresolved() -> None:
    text = "It happened in the Easter holidays."
    assert values(text, spans=[(15, 34)]) == {"the Easter holidays": None}


def test_numbers_are_not_years() -> None:
    assert values("Some 2000 people and $2025 in cash.") == {}


@pytest.mark.slow
def test_timebank_slice(shared_data) -> None:
    from newsevents.eval.time import evaluate_time

    results = evaluate_time(shared_data / "tempeval3_tbaq", limit=15)
    assert results["all"]["n"] > 100
    assert results["all"]["ours"] >= 0.7
    assert results["all"]["ours"] > results["all"]["baseline"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dividend is payable Dec. 7 to holders of record.", "Dec. 7", "2025-12-07"),
        ("The bridge loan must be repaid by February.", "February", "2026-02"),
        ("The plan, announced Friday, was rejected.", "Friday", "2025-04-18"),
        ("Rebels could enter the capital as soon as Tuesday.", "Tuesday", "2025-04-29"),
        ("Talks began in February this year.", "February this year", "2025-02"),
        ("The treaty dates from the 19th century.", "the 19th century", "18"),
        ("Unrest peaked in the mid-1990s.", "the mid-1990s", "199"),
        ("It was a hit in the '80s.", "the '80s", "198"),
        ("Prices doubled over the past year.", "the past year", "2024"),
        ("Growth in the current fiscal year slowed.", "the current fiscal year", "2025"),
        ("The ceasefire held through last Christmas.", "last Christmas", "2024-12-25"),
        ("Markets will close on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27"),
        ("Net sales for this year's third quarter fell.", "this year's third quarter", "2025-Q3"),
        ("The deal should close by year's end.", "year's end", "2025"),
        ("Earnings slowed in the last half of 2024.", "the last half of 2024", "2024-H2"),
        ("It expects sales in the current fiscal year that are flat.", "the current fiscal year", "2025"),
        ("Sales rose in the fiscal year 2023.", "the fiscal year 2023", "2023"),
        ("The plan runs through calendar year 2026.", "calendar year 2026", "2026"),
        ("Sales in 2023's first half fell.", "2023's first half", "2023-H1"),
        ("Sales in this year's second half will rise.", "this year's second half", "2025-H2"),
        ("Sales in last year's first half fell.", "last year's first half", "2024-H1"),
        ("Talks broke down on Good Friday.", "Good Friday", "2025-04-18"),
        ("Churches were full on Easter Sunday.", "Easter Sunday", "2025-04-20"),
        ("Shops stayed shut on Easter Monday.", "Easter Monday", "2025-04-21"),
        ("The deal is due to close by end-June.", "end-June", "2025-06"),
        ("Inflation should ease by end-2026.", "end-2026", "2026"),
        ("The trial opens Tuesday.", "Tuesday", "2025-04-29"),
        ("The ban expires on Monday.", "Monday", "2025-04-28"),
        ("The parade will be held on Labor Day.", "Labor Day", "2025-05-01"),
        ("Unions will march on May Day.", "May Day", "2025-05-01"),
        ("Workers will rally on International Workers' Day.", "International Workers' Day", "2025-05-01"),
        ("Fireworks will mark American Independence Day.", "Independence Day", "2025-07-04"),
        ("They mourned the 2019 Easter Sunday attacks.", "2019 Easter Sunday", "2019-04-21"),
        ("He resigned on Christmas Day, 2020, aides said.", "Christmas Day, 2020", "2020-12-25"),
        ("Stores will close on Memorial Day.", "Memorial Day", "2025-05-26"),
        ("The hearing is set for Monday.", "Monday", "2025-04-28"),
        ("Net fell in the September quarter.", "the September quarter", "2024-Q3"),
        ("Net rose in the June 2023 quarter.", "the June 2023 quarter", "2023-Q2"),
        ("The market crashed two years ago this month.", "two years ago this month", "2023-04"),
        ("Talks began a year ago last month.", "a year ago last month", "2024-03"),
        ("The plant opened 10 years ago this week.", "10 years ago this week", "2015-W17"),
    ],
)
def test_cues_and_calendar(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_vague_adjectives() -> None:
    found = values("The current government blamed recent attacks and warned of future ones in coming months.")
    assert found == {
        "current": "PRESENT_REF",
        "recent": "PAST_REF",
        "future": "FUTURE_REF",
        "in coming months": "FUTURE_REF",
    }
    assert values("The current account deficit widened.") == {}


def test_granularity_of_relative_expressions() -> None:
    times = find_times("Rebels attacked on Friday; elections will be held in December.", PUBLISHED)
    assert [(t.text, t.value, t.granularity) for t in times] == [
        ("Friday", "2025-04-18", "day"),
        ("December", "2025-12", "month"),
    ]


def test_year_period_in_earnings_news_takes_the_quarter_under_discussion() -> None:
    found = values("Profit rose in the third quarter, against a loss in the 2024 quarter.")
    assert found == {"the third quarter": "2024-Q3", "the 2024 quarter": "2024-Q3"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # tense cues: "-ed" words that are no past tense, passives after a modal, reporting verbs
        ("Ms. Ortiz will succeed John K. Lee on Aug. 1.", "Aug. 1", "2025-08-01"),
        ("The envoy would be flying to the United States Thursday.", "Thursday", "2025-04-24"),
        ("The increased dividend will be paid Dec. 14 to holders.", "Dec. 14", "2025-12-14"),
        ("The firm said it is calling the notes for redemption on June 10.", "June 10", "2025-06-10"),
        ("All members had filed their reports by Monday.", "Monday", "2025-04-21"),
        ("''The crew will land at the air base Sunday,'' he said.", "Sunday", "2025-04-27"),
        # forms
        ("The hearing is set for the week of May 5.", "the week of May 5", "2025-W19"),
        ("The talks began a week or so ago.", "a week or so ago", "2025-04-16"),
        ("Sales slowed over the last half of the '80s.", "the last half of the '80s", "198"),
        ("Its post-1991 politics split families.", "post-1991", "1991"),
        ("In January nineteen ninety-seven the plant closed.", "January nineteen ninety-seven", "1997-01"),
        ("Oil was cheap in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("Troops will arrive by the end of the month.", "the end of the month", "2025-04"),
        ("In this year's second quarter, net rose.", "this year's second quarter", "2025-Q2"),
    ],
)
def test_tense_cues_and_forms(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_date_without_a_tense_cue_looks_ahead_with_an_earlier_one_of_its_sentence() -> None:
    text = "The airline said new flights would start from May 5, with a third one leaving each Sunday from October 12."
    assert values(text)["October 12"] == "2025-10-12"


def test_a_date_of_the_next_sentence_does_not_look_ahead_with_it() -> None:
    text = "New flights would start from May 5. Each Sunday from October 12, a third route serves the coastal towns."
    assert values(text)["October 12"] == "2024-10-12"


def test_a_spacy_span_a_day_is_said_to_be_takes_that_day() -> None:
    text = "Today is the tenth day of the siege. It was the tenth day of the strike."
    first, second = (m.start() for m in re.finditer("the tenth day", text))
    spans = [(first, first + 13), (second, second + 13)]
    assert [t.value for t in find_times(text, PUBLISHED, spans)] == [PUBLISHED, PUBLISHED, None]


def test_vague_references_of_past_present_and_future() -> None:
    found = values(
        "At this critical moment, rates rose from 3% several years ago; it will one day fall, at a later date."
    )
    assert found == {
        "At this critical moment": "PRESENT_REF",
        "several years ago": "PAST_REF",
        "one day": "FUTURE_REF",
        "at a later date": "FUTURE_REF",
    }


def test_one_day_without_a_modal_is_a_duration() -> None:
    text = "The strike lasted one day."
    assert values(text, spans=[(18, 25)]) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("On March 3 rebels attacked. That day, police fled.", "That day", "2025-03-03"),
        ("Earlier this month, prices fell.", "Earlier this month", "2025-04"),
        ("Prices doubled in recent years.", "in recent years", "PAST_REF"),
        ("The deal collapsed last spring.", "last spring", "2024-SP"),
        ("It happened in the mid-1980s.", "the mid-1980s", "198"),
    ],
)
def test_timeml_conventions(text: str, expression: str, value: str) -> None:
    """ "That day" is the day last named, not the publication date; a decade is its first three digits."""
    assert values(text)[expression] == value


def test_anaphoric_expressions_take_the_last_date_named() -> None:
    text = (
        "He fled in June 1998 and came back later that year. In March 2001 talks began. The following month, they quit."
    )
    found = values(text)
    assert found["later that year"] == "1998"
    assert found["The following month"] == "2001-04"
    times = find_times("The following month, they failed.", PUBLISHED)
    assert [(t.value, t.relative_to) for t in times] == [(None, None)]


def test_a_year_earlier_is_the_year_before_the_date_under_discussion() -> None:
    found = values("Employers added jobs last month and wages were 4% higher than a year earlier.")
    assert found["a year earlier"] == "2024"
    assert values("Sales rose in March 2022, up from a year earlier.")["a year earlier"] == "2021"
    assert values("In March 2022 it had 13 plants, up from seven a year ago.")["a year ago"] == "2024"


def test_earnings_news_comparisons_follow_the_quarter_under_discussion() -> None:
    text = (
        "Net rose in the third quarter, up from last year's quarter. For the nine months, net fell, "
        "compared with year-earlier net income."
    )
    found = values(text)
    assert found["the third quarter"] == "2024-Q3"
    assert found["last year's quarter"] == "2023-Q3"
    assert found["year-earlier"] == "2023"  # the nine months, not the quarter, are under discussion


def test_numeric_dates_take_the_reading_nearest_publication() -> None:
    found = values("Filed 4/23/2025, heard 22.04.2025, signed 04/05/2025.", published="2025-04-06")
    assert found == {"4/23/2025": "2025-04-23", "22.04.2025": "2025-04-22", "04/05/2025": "2025-04-05"}
    assert values("Signed 04/05/2025.", published=None) == {"04/05/2025": None}


def test_centuries_and_quarters_relative_to_publication() -> None:
    found = values("The worst flood of this century hit in the year-ago quarter.")
    assert found == {"this century": "20", "the year-ago quarter": "2024-Q1"}


def test_a_date_named_paragraphs_before_is_no_anchor() -> None:
    text = "The firm was founded in 1994. " + "It makes tools for farmers. " * 20 + "Wages rose from a year earlier."
    assert values(text)["a year earlier"] == "2024"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He will retire in the year 2030.", "the year 2030", "2030"),
        ("Net rose in fiscal 2023's third quarter.", "fiscal 2023's third quarter", "2023-Q3"),
        ("Net rose in the second fiscal quarter of 2023.", "the second fiscal quarter of 2023", "2023-Q2"),
        ("Sales will rise in the first half of next year.", "the first half of next year", "2026-H1"),
        ("Sales fell in the fourth quarter of last year.", "the fourth quarter of last year", "2024-Q4"),
        ("Net fell from the prior quarter.", "the prior quarter", "2025-Q1"),
        ("He said so the other day.", "the other day", "PAST_REF"),
        ("In the weeks ahead the talks resume.", "the weeks ahead", "FUTURE_REF"),
    ],
)
def test_years_halves_quarters_and_weeks_in_relative_phrases(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks collapsed in March of last year.", "March of last year", "2024-03"),
        ("He was freed on March 3 last year.", "March 3 last year", "2024-03-03"),
        ("He was freed on 3 March of last year.", "3 March of last year", "2024-03-03"),
        ("Polls open on Feb. 29 next year.", "Feb. 29 next year", "2026-02-28"),
        ("The dam burst in the spring of last year.", "the spring of last year", "2024-SP"),
        ("Prices fell in late March last year.", "late March last year", "2024-03"),
    ],
)
def test_a_date_of_a_year_named_relative_to_publication(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_fall_before_last_year_is_a_decline_not_autumn() -> None:
    assert values("Prices saw a 5% fall last year.") == {"last year": "2024"}
    assert values("Prices fell in the fall of last year.") == {"the fall of last year": "2024-FA"}


def test_a_weekday_of_a_week_named_is_that_day_of_the_week() -> None:
    found = values("He left on Monday of last week and returns Friday next week.")
    assert found == {"Monday of last week": "2025-04-14", "Friday next week": "2025-05-02"}
    assert set(values("He left on Monday, next week he returns.")) == {"Monday", "next week"}


def test_counts_in_words_up_to_ninety_nine() -> None:
    found = values("It began thirty years ago and ended twenty-five years ago; eighteen months ago it flared.")
    assert found == {"thirty years ago": "1995", "twenty-five years ago": "2000", "eighteen months ago": "2023-10"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose in the final quarter of 2023.", "the final quarter of 2023", "2023-Q4"),
        ("Profit rose in last year's final quarter.", "last year's final quarter", "2024-Q4"),
        ("Profit rose in the last quarter of last year.", "the last quarter of last year", "2024-Q4"),
        ("Profit fell in the latter half of 2023.", "the latter half of 2023", "2023-H2"),
    ],
)
def test_the_last_quarter_or_half_of_a_year_named(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_day_spelled_out_as_in_broadcast_transcripts() -> None:
    found = values("The vote is on March eighth; the count ended on the twenty-first of March.")
    assert found == {"March eighth": "2025-03-08", "the twenty-first of March": "2025-03-21"}
    assert values("In December first lady Jill Biden spoke.") == {"December": "2024-12"}


def test_the_last_week_of_a_period_is_not_last_week() -> None:
    assert values("Fighting eased in the last week of February.") == {"February": "2025-02"}
    assert values("Fighting eased in the last year of his term.") == {}
    assert values("The firm had a loss last year of $3 million.") == {"last year": "2024"}


def test_that_season_is_the_season_of_the_year_last_named() -> None:
    found = values("Talks began in 1995. That summer they collapsed.")
    assert found["That summer"] == "1995-SU"
    assert values("Talks collapsed that winter.")["that winter"] is None


def test_the_past_week_is_the_iso_week_before_publication() -> None:
    text = "He has been in hospital for the past week."
    assert values(text, published="2025-04-25")["the past week"] == "2025-W16"  # a Friday
    assert values(text, published="2025-04-21")["the past week"] == "2025-W16"  # a Monday


def test_counted_anaphora_take_the_last_date_named() -> None:
    assert values("He was jailed in 1990. Two years later he fled.")["Two years later"] == "1992"
    assert values("He was jailed in 1990; five years earlier he had married.")["five years earlier"] == "1985"
    found = values("He was arrested on March 3. Two days later he was freed; a week later he left.")
    assert found["Two days later"] == "2025-03-05"
    assert found["a week later"] == "2025-03-12"  # the narrative moves on: a week after the release
    assert values("Two days later he was freed.")["Two days later"] is None


def test_then_and_parts_of_day_take_the_last_date_named() -> None:
    found = values("The rights end on Nov. 30, 2024. Until then, the stock converts; he left that night.")
    assert found["Until then"] == "2024-11-30"
    assert found["that night"] == "2024-11-30"
    found = values("He was arrested on Feb. 22. He appeared in court the next morning.")
    assert found["the next morning"] == "2025-02-23"
    assert values("He arrived Monday and left later in the day.")["later in the day"] == "2025-04-21"
    assert values("Since then, prices have risen.") == {"Since then": None}


def test_the_previous_quarter_is_the_one_before_the_quarter_under_discussion() -> None:
    found = values("Net rose in the third quarter, up from the previous quarter.")
    assert found == {"the third quarter": "2024-Q3", "the previous quarter": "2024-Q2"}
    assert values("Net fell in the third quarter. It expects a profit this quarter.")["this quarter"] == "2025-Q2"
    assert values("Net fell in the third quarter, down from last quarter.")["last quarter"] == "2025-Q1"


def test_a_weekday_after_each_or_every_is_a_frequency() -> None:
    assert values("The third flight departs each Thursday and every Friday.") == {}


def test_a_year_by_its_last_two_digits_is_the_nearest_such_year() -> None:
    found = values("The law passed in the spring of '97; sales in fiscal '26 and in March '19 rose. He ran in '96.")
    assert found == {"the spring of '97": "1997-SP", "fiscal '26": "2026", "March '19": "2019-03", "'96": "1996"}
    assert values("He ran in '96.", published=None) == {"'96": None}


def test_an_apostrophe_and_digits_outside_a_date_context_are_no_year() -> None:
    assert values("She sang '99 Luftballons' again.") == {}
    assert values("It was done in '24 hours' flat.") == {}
    assert values("It was a hit in the '80s.") == {"the '80s": "198"}


def test_named_days_are_not_the_nearest_weekday() -> None:
    text = "The Good Friday agreement held. Shares fell on Black Monday."
    assert values(text) == {}


def test_holidays_whose_date_depends_on_the_country() -> None:
    text = "Miners marked May Day (Labor Day) in Sarajevo; rival groups clashed after Independence Day festivities."
    assert values(text, published="2025-05-02") == {
        "May Day": "2025-05-01",
        "Labor Day": "2025-05-01",
        "Independence Day": None,
    }
    assert values("Stores closed on Labor Day.", published="2025-09-03") == {"Labor Day": "2025-09-01"}
    assert values("U.S. stores closed on Independence Day.", published="2025-07-05") == {"Independence Day": None}


def test_easter_computus() -> None:
    easter = [time_rules._easter(year) for year in (1989, 1998, 2000, 2025, 2026)]
    assert [d.isoformat() for d in easter] == ["1989-03-26", "1998-04-12", "2000-04-23", "2025-04-20", "2026-04-05"]


def test_before_and_after_lead_into_an_event() -> None:
    found = values("He was freed on March 3. This comes a month after rebels seized the town.")
    assert found["a month after"] is None


def test_bare_numbers_and_frequencies_from_spacy_are_no_dates() -> None:
    text = "It pays quarterly and scored 49 points."
    assert values(text, spans=[(8, 17), (29, 31)]) == {}


def test_decades_with_a_placeholder_digit_score_as_decades() -> None:
    from newsevents.eval.time import normalise

    assert normalise("199X") == normalise("199") == "199"
    assert normalise("199X-XX-XX") == "199"
    assert normalise("1998-W07") == normalise("1998-W7")


def _example_texts() -> list[str]:
    """The example sentences of this module's parametrized tests."""
    tests = [f for name, f in globals().items() if name.startswith("test_")]
    marks = [m for f in tests for m in getattr(f, "pytestmark", []) if m.name == "parametrize"]
    return [case[0] for m in marks for case in m.args[1]]


def _random_texts(words: list[str], n: int) -> list[str]:
    separators = [" ", " ", "  ", "-", ", ", ". ", "\n", "", "'s "]
    rng = random.Random(7)
    texts = ["".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 12))) for _ in range(n)]
    return [rng.choice([t, t, t.lower(), t.upper()]) for t in texts]


def test_trying_rules_only_where_one_may_start_finds_what_trying_everywhere_finds() -> None:
    words = re.findall(r"[A-Za-z']+|\d+", " ".join(rule.pattern for rule in time_rules._RULES))
    words += ["1998", "'80s", "3rd", "Sept.", "4/23/2025", "2025-04-23", "pre-", "mid-", "end-", "Q3", "year's", "’s"]
    words += ["'97"]
    examples = _example_texts()
    assert len(examples) > 50
    for text in examples + _random_texts(words, 3000):
        everywhere = [(m.span(), m.lastgroup) for m in time_rules._COMBINED.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in time_rules._SCAN.finditer(text)] == everywhere, text
