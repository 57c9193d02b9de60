"""Issue #4, round 3: who acts in protests and attacks, and which place an event is pinned to."""

from __future__ import annotations

import pytest

from nlp_helpers import actor, document, place


def main(doc):
    return next(e for e in doc.events if e.acled)


def test_protest_subject_is_a_civilian_actor_of_the_article_country():
    doc = document("On 3 May 2024, retirees protested in Bordeaux (France) against the pension cuts.")
    protester = actor(doc, main(doc).actor)
    assert (protester.country, protester.sector) == ("FRA", "CVL")


def test_counted_people_are_the_actor():
    doc = document("On 3 May 2024, a number of nurses rallied outside the hospital in Leeds to demand better pay.")
    assert actor(doc, main(doc).actor).sector == "MED"


def test_organisation_staging_a_protest_is_civil_society():
    doc = document("On 3 May 2024, the Green Future Collective staged a protest in Lyon against the new road.")
    assert actor(doc, main(doc).actor).sector == "SOC"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("On 3 May 2024, armed men shot and killed a shopkeeper in Kaduna.", "UAF"),
        ("On 3 May 2024, unidentified individuals abducted a teacher in Kaduna.", "UAF"),
        ("On 3 May 2024, militiamen attacked a village near Kaduna.", "PRM"),
        ("On 3 May 2024, gang members shot a bus driver in Kaduna.", "CRM"),
    ],
)
def test_perpetrators_are_not_civilians(text, sector):
    assert actor(document(text), main(document(text)).actor).sector == sector


def test_place_in_the_light_verb_phrase():
    doc = document("On 3 May 2024, teachers held a protest at the press club in Peshawar city (Peshawar, KPK).")
    assert place(doc, main(doc).place).name == "Peshawar"


def test_mislabelled_bracketed_place_becomes_the_place_not_an_actor():
    doc = document("On 3 May 2024, unknown gunmen attacked a farm in Zzyzxqa village (Mwanza, Tanzania).")
    event_place = place(doc, main(doc).place)
    assert (event_place.name, event_place.country) == ("Mwanza", "TZ")
    assert not any(a.name == "Mwanza" for a in doc.actors)
