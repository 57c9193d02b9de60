"""Time expressions: finding, TIMEX3 resolution against the publication date, and the TimeBank eval."""

from __future__ import annotations

import pytest

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
