"""Trigger words (``newsevents.events.lexicon``): material cooperation (PLOVER AID, CONCEDE, RETREAT) read from verbs
and their objects, and the objects that keep other senses of the same verbs out."""

from __future__ import annotations

import pytest

from newsevents.events.main import main_event
from nlp_helpers import document


def event_types(text: str) -> list[str]:
    return [event.type for event in document(text).events]


def main_type(text: str) -> str | None:
    event = main_event(document(text), acled_only=False)
    return event.type if event else None


@pytest.mark.parametrize(
    "text",
    [
        "Japan provided $25 million in emergency funding to Nepal.",
        "The European Union has provided over €12 million to flood victims in Pakistan.",
        "Canada has provided military training to the Ukrainian army.",
        "Norway provided shelter to the stranded migrants.",
        "The reconstruction of the port is funded by the World Bank.",
    ],
)
def test_money_training_and_shelter_given_are_aid(text: str) -> None:
    """PLOVER AID: economic aid (a sum of money, by its head word), military aid (training) and humanitarian aid."""
    assert main_type(text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The government lifted the lockdown on the capital on Monday.",
        "China removed tariffs on American soybeans.",
        "The union lifted its boycott of the company after the talks.",
        "The United States unfroze the central bank's assets.",
    ],
)
def test_restrictions_lifted_are_concessions(text: str) -> None:
    """PLOVER CONCEDE: easing or lifting restrictions, sanctions and boycotts."""
    assert main_type(text) == "CONCEDE"


def test_a_cessation_of_hostilities_is_a_ceasefire() -> None:
    doc = document("The rebels declared a cessation of hostilities on Sunday.")
    assert [(e.type, e.modes) for e in doc.events] == [("RETREAT", ["ceasefire"])]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry provided details of the plan on Tuesday.",
        "The report provided a summary of the findings.",
        "Rescuers lifted the rubble from the road.",
        "The minister gave a speech in parliament.",
    ],
)
def test_verbs_of_giving_and_lifting_without_aid_or_restrictions_are_no_cooperation(text: str) -> None:
    assert not {"AID", "CONCEDE", "RETREAT"} & set(event_types(text))


def test_opened_fire_stays_an_attack() -> None:
    assert main_type("Soldiers opened fire on the crowd.") == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "The Syrian army intensified its bombardment of rebel-held districts in Homs.",
            "Shelling/artillery/missile attack",
        ),
        ("Residents fled the aerial bombardment of the town.", "Air/drone strike"),
    ],
)
def test_a_bombardment_is_an_attack_by_heavy_weapons_or_from_the_air(text: str, sub_event_type: str) -> None:
    event = main_event(document(text), acled_only=False)
    assert event is not None and event.type == "ASSAULT"
    assert event.acled is not None and event.acled["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Japan gave $10 million to the flood victims in Pakistan.",
        "The United States gave 625 new firearms to the Philippine Marines.",
        "The army gives medical equipment to the hospital in Goma.",
    ],
)
def test_money_arms_or_goods_given_are_aid(text: str) -> None:
    assert main_type(text) == "AID"


def test_a_permission_given_is_a_concession() -> None:
    assert main_type("The government gave the inspectors permission to visit the site.") == "CONCEDE"


def test_support_given_to_a_plan_stays_a_stance() -> None:
    assert main_type("The minister gave her support to the plan.") == "SUPPORT"
