"""Case restored to caseless text before parsing (``annotate.truecase``), with the real parser and gazetteer."""

from __future__ import annotations

import pytest

from newsevents.annotate.truecase import CaseRestorer
from newsevents.extract.case import is_caseless
from newsevents.pipeline import load_models
from nlp_helpers import actor, document, events_of

WIRE = (
    "THE GUATEMALA ARMY DENIED TODAY THAT GUERRILLAS ATTACKED THE FARM WHERE PRESIDENT CEREZO HAS BEEN STAYING "
    "SINCE 2 FEBRUARY. A REPORT PUBLISHED BY THE MOUTHPIECE OF THE GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) "
    "SAYS THAT A GUERRILLA COLUMN ATTACKED THE FARM IN MAY 1990."
)


@pytest.fixture(scope="module")
def restorer() -> CaseRestorer:
    return load_models().case


@pytest.mark.parametrize(
    ("text", "caseless"),
    [
        (WIRE, True),
        (WIRE.lower(), True),
        ("The Guatemala army denied today that guerrillas attacked the farm of President Cerezo.", False),
        ("GUERRILLAS ATTACKED", False),  # too few letters to tell
    ],
)
def test_caseless_text_is_told_from_cased_text(text, caseless):
    assert is_caseless(text) is caseless


def test_restoring_changes_only_the_case(restorer):
    restored = restorer.restore(WIRE)
    assert len(restored) == len(WIRE)
    assert restored.lower() == WIRE.lower()


def test_names_acronyms_and_sentences_get_their_capitals(restorer):
    restored = restorer.restore(WIRE.lower())
    assert restored.startswith("The Guatemala army denied today that guerrillas attacked the farm")
    assert "President Cerezo" in restored  # an unknown word is a name, the title before it too
    assert "Guatemalan National Revolutionary Unity (URNG)" in restored  # the acronym and the name it abbreviates
    assert ". A report" in restored
    assert "in May 1990" in restored  # "may" is a month next to a number only


def test_common_words_that_are_also_places_stay_lower_case(restorer):
    restored = restorer.restore("the army will not mass troops on the border, they told us in the territory.")
    assert "will" in restored and "mass" in restored and " us " in restored and "territory" in restored


def test_cased_text_is_parsed_as_it_is(restorer):
    text = "Guerrillas attacked the farm of President Cerezo in the south of Guatemala on Monday afternoon."
    assert restorer.for_parsing(text) is text


def test_wire_copy_in_capitals_yields_the_actors_of_its_cased_twin():
    doc = document(WIRE)
    assert doc.article.text == WIRE  # the record keeps the text as it came
    attack = events_of(doc, "ASSAULT")[0]
    assert actor(doc, attack.actor).name.lower() == "guerrillas"
    assert "Cerezo" in {a.name.split()[-1] for a in doc.actors}


def test_the_truecase_score_counts_capitalised_words_after_the_opener():
    from collections import Counter

    from newsevents.eval.truecase import capitalised_words, prf

    counts: Counter = Counter()
    original, restored = "Police arrested Ali in Kabul. Two men fled.", "Police arrested ali in Kabul. Two Men fled."
    capitalised_words(original, restored, counts)
    assert (counts["gold"], counts["ours"], counts["both"]) == (2, 2, 1)
    assert prf(counts) == {"precision": 0.5, "recall": 0.5, "F1": 0.5}


def test_only_words_that_begin_with_an_acronyms_letters_make_its_name(restorer):
    restored = restorer.restore(
        "leaders like ashok singhal and others under the prevention of terrorism ordinance (poto)"
    )
    assert "others under" in restored and "(POTO)" in restored
