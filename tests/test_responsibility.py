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


def test_claimant_is_the_doer_of_an_attack_with_none_named():
    doc = document(
        "A bomb exploded at a busy market in the town on Monday, killing four people. "
        "Rebels of the Northern Front claimed responsibility."
    )
    attack = events_of(doc, "ASSAULT")[0]
    assert attack.actor == attack.responsibility.by is not None


def test_claim_leaves_a_named_doer():
    doc = document(
        "Soldiers shot dead three villagers near the border on Monday. The Northern Front claimed responsibility."
    )
    attack = events_of(doc, "ASSAULT")[0]
    assert next(a for a in doc.actors if a.id == attack.actor).name.lower() == "soldiers"


def test_suspect_is_not_the_doer():
    doc = document(
        "A bomb exploded at a busy market on Monday, killing four people. Officials blamed the Northern Front."
    )
    assert events_of(doc, "ASSAULT")[0].actor is None


def test_spokesperson_claims_for_the_group():
    for claim in ("A spokesman for the Northern Front", "Northern Front spokesman Abel Moro"):
        doc = document(
            f"A bomb exploded at a busy market on Monday, killing four people. {claim} claimed responsibility."
        )
        attack = events_of(doc, "ASSAULT")[0]
        doer = next(a for a in doc.actors if a.id == attack.actor)
        assert "Northern Front" in doer.name and attack.responsibility.by == attack.actor


def test_who_claims_an_attack_named_in_the_claim_did_it_whatever_words_name_the_attack():
    doc = document("The Northern Front claimed responsibility for the Easter bombings that killed 30 people.")
    attack = events_of(doc, "ASSAULT")[0]
    assert next(a for a in doc.actors if a.id == attack.actor).name == "Northern Front"
