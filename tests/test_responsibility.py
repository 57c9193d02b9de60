"""Responsibility for attacks: claimed, unclaimed, suspected and by whom, according to whom."""

from __future__ import annotations

from nlp_helpers import document, events_of

ATTACK = "A car bomb killed General Yaroslav Moskalik in Balashikha on Friday."


def test_suspicion_outweighs_no_claim():
    no_claim = "No one has assumed responsibility for the attack."
    doc = document(f"{ATTACK} {no_claim} It is obvious that Ukraine was behind it.")
    responsibility = events_of(doc, "ASSAULT")[0].responsibility
    assert responsibility.status == "suspected"
    assert next(a for a in doc.actors if a.id == responsibility.by).name == "Ukraine"
    assert responsibility.according_to == "author"


def test_no_one_has_assumed_responsibility_is_unclaimed():
    doc = document(f"{ATTACK} No one has assumed responsibility for the attack.")
    assert events_of(doc, "ASSAULT")[0].responsibility.status == "unclaimed"


def test_group_claiming_responsibility():
    doc = document(f"{ATTACK} The Islamic State claimed responsibility for the attack.")
    responsibility = events_of(doc, "ASSAULT")[0].responsibility
    assert responsibility.status == "claimed"
    assert responsibility.by is not None
