"""Tense cues around a time expression: which way a bare "Friday" or "Dec. 7" points."""

from __future__ import annotations

import pytest

from newsevents.annotate.time_tense import looks_ahead, sentence_bounds, tense_cue


def tense_of(text: str, expression: str) -> str | None:
    start = text.index(expression)
    return tense_cue(text, start, start + len(expression))


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Rebels attacked the town on Friday.", "Friday", "past"),
        ("The minister will visit on Friday.", "Friday", "future"),
        ("The plan, announced Friday, was dropped.", "Friday", "past"),
        ("The bonds are payable Dec. 7.", "Dec. 7", "future"),
        ("She will succeed him on Friday.", "Friday", "future"),
        ("The United States Congress is in session Friday.", "Friday", "present"),
        ("The minister meets his counterpart on Friday.", "Friday", "future"),
        ("The loan will be repaid Friday.", "Friday", "future"),
        ("The group said it is seeking a vote on Friday.", "Friday", "present"),
        ("Police said a man fled on Friday.", "Friday", "past"),
        ("They had handed in the papers by Friday.", "Friday", "past"),
        ("The agency extended its deadline until 9 a.m. EST Tuesday.", "Tuesday", "future"),
        ("The vote is set for Monday.", "Monday", "future"),
        ("A hearing was scheduled for Tuesday.", "Tuesday", "future"),
    ],
)
def test_tense(text: str, expression: str, expected: str | None) -> None:
    assert tense_of(text, expression) == expected


def test_looks_ahead_only_without_a_past_perfect() -> None:
    text = "Bids are due by Friday. Ten firms had bid by Friday."
    assert looks_ahead(text, text.index("Friday"))
    assert not looks_ahead(text, text.rindex("Friday"))


def test_sentences_do_not_end_at_initials_or_abbreviations() -> None:
    text = "Mr. Smith met John P. Jones on Friday. Then he left."
    start = text.index("Friday")
    left, right = sentence_bounds(text, start, start + 6)
    assert text[left:right] == "Mr. Smith met John P. Jones on Friday"


def test_only_cues_near_the_expression_decide() -> None:
    text = "In January, a week after the 25th anniversary of the ruling, a clinic bombing killed a guard."
    assert tense_of(text, "January") is None


def test_a_time_of_day_does_not_end_the_sentence() -> None:
    text = "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said."
    start = text.index("Thursday")
    left, _ = sentence_bounds(text, start, start + 8)
    assert text[left:].startswith("The father will leave")
    text = "The blast hit at 9 a.m. Police said Friday it was a bomb."
    start = text.index("Friday")
    left, _ = sentence_bounds(text, start, start + 6)
    assert text[left:].startswith("Police said")
