"""Claims: the author's inferences are speculation, accusations are attributed, events keep their voice."""

from __future__ import annotations

from nlp_helpers import document, events_of

ATTACK = "A car bomb killed General Yaroslav Moskalik in Balashikha on Friday."


def test_obvious_inference_is_the_authors_speculation_about_the_attack():
    doc = document(f"{ATTACK} It is obvious that Ukraine was behind it.")
    (claim,) = [c for c in doc.claims if c.status == "speculated"]
    assert claim.holder == "author"
    assert claim.cue == "It is obvious"
    assert claim.event == events_of(doc, "ASSAULT")[0].id


def test_likely_frame_gives_a_speculated_event_and_claim():
    doc = document("It is likely that the rebels shelled the village near the border.")
    assert events_of(doc, "ASSAULT")[0].status == "speculated"
    assert any(c.status == "speculated" and c.cue == "It is likely" for c in doc.claims)


def test_plain_statement_is_asserted_by_the_author():
    doc = document(ATTACK)
    (claim,) = doc.claims
    assert (claim.status, claim.holder, claim.event) == ("asserted", "author", doc.events[0].id)


def test_denial_gives_a_denied_claim():
    doc = document("The ministry denied that its troops had attacked the aid convoy near Kherson.")
    assert any(c.status == "denied" and c.cue == "denied" for c in doc.claims)


def test_scheduled_meeting_is_planned():
    doc = document("The two presidents are scheduled to meet in Istanbul next week.")
    assert events_of(doc, "CONSULT")[0].status == "planned"


def test_negative_subject_negates_the_event():
    from newsevents.annotate.nlp import load_nlp
    from newsevents.claims.status import event_status

    def status_of(sentence: str, word: str) -> tuple[str, str | None]:
        found = event_status(next(t for t in load_nlp()(sentence) if t.text == word))
        return found.status, found.cue

    assert status_of("No one was hurt in the blast.", "hurt") == ("negated", "No one")
    assert status_of("Nobody claimed responsibility for the attack.", "claimed") == ("negated", "Nobody")
    assert status_of("Two people were hurt in the blast.", "hurt")[0] == "asserted"
