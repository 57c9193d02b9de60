"""The casualty reader on single sentences: who a verb of harm names, deaths told as another event's, and the toll
words a count is read from."""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from newsevents.events.casualties import casualties, plural_dead
from newsevents.pipeline import load_models


def _sentence(text: str) -> Span:
    return next(load_models().nlp(text).sents)


def _token(sentence: Span, word: str) -> Token:
    return next(t for t in sentence if t.text == word)


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("The people who were killed in the police firing were buried on Sunday.", True),
        ("The people killed in the police firing were buried on Sunday.", True),
        ("The 12 people who were killed in the police firing were buried on Sunday.", False),
        ("The man who was killed in the police firing was buried on Sunday.", False),
    ],
)
def test_plural_dead_reads_the_victim_as_the_counts_do(text: str, plural: bool) -> None:
    """One victim finder serves the count and the plural-dead reading: a relative clause's noun is the victim."""
    assert plural_dead(_token(_sentence(text), "killed")) is plural


@pytest.mark.parametrize(
    ("text", "word", "plural"),
    [
        ("They asked for the number of deaths in police firing.", "deaths", True),
        ("They asked about the three deaths in police firing.", "deaths", False),
        ("They asked about the death in police firing.", "death", False),
    ],
)
def test_uncounted_deaths_are_plural_dead(text: str, word: str, plural: bool) -> None:
    assert plural_dead(_token(_sentence(text), word)) is plural


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Residents barricaded the highway against the killing of nine people in a militia attack.", None),
        ("Police and gang members clashed after the latter killed a man in a drive-by shooting.", None),
        ("Relatives demanded justice for a man who was killed last month.", None),
        ("A mob burned the police station after the death of a taxi driver.", None),
        ("Settlers set fire to the offices overnight following the killing of an Israeli man, residents said.", None),
        ("The clash led to the death of 5 militants.", 5),
        ("Police opened fire after protesters stormed the station, killing two.", 2),
    ],
)
def test_a_death_the_event_came_after_or_was_about_is_not_its_toll(text: str, killed: int | None) -> None:
    sentence = _sentence(text)
    assert casualties(sentence, sentence.root)[0] == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("A mob beat up a suspect and almost killed him.", (None, None)),
        ("Four militants were killed or injured in airstrikes.", (None, None)),
        ("Four militants were killed and two injured in airstrikes.", (4, 2)),
    ],
)
def test_a_killing_not_done_or_not_told_apart_from_wounds_counts_no_dead(
    text: str, counts: tuple[int | None, int | None]
) -> None:
    sentence = _sentence(text)
    assert casualties(sentence, sentence.root) == counts


def test_a_date_read_as_a_subject_does_not_give_the_count() -> None:
    """The victim is the subject nearest the verb, not a date the parser left untagged before it."""
    text = "Around 25 January 2022 (as reported), in Jerez de Garcia Salinas, Zacatecas, two people were killed."
    sentence = _sentence(text)
    assert casualties(sentence, sentence.root)[0] == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The bodies of twelve civilians were found on a farm.", 12),
        ("A young man's body was found on the road.", 1),
        ("Militants killed a captive in the village.", 1),
        ("The governing body of the league met on Monday.", None),
        ("Hall's death was the seventh of a British volunteer in Syria.", None),
    ],
)
def test_bodies_and_singular_victims_count_the_dead(text: str, killed: int | None) -> None:
    sentence = _sentence(text)
    assert casualties(sentence, sentence.root)[0] == killed
