"""The learned event classifier: the shipped weights, the fallback it gives the coder, and its sub-type choice."""

from __future__ import annotations

import numpy as np

from newsevents.annotate.mentions import Mentions
from newsevents.events.acled import _classifier_choice, _fallback_types, _report_the_event_read, _ruled_out
from newsevents.events.classifier import (
    ACLED_EVENT_TYPE,
    best_allowed,
    bucket_indices,
    classify,
    classify_after,
    coding_with,
    features,
    heads_from_arrays,
    load_heads,
    plover_types_of,
)
from newsevents.events.main import main_event
from newsevents.record import Actor, Article, Document, Event, Span
from nlp_helpers import document


def test_features_fold_numbers_and_keep_bigrams():
    found = features("Some 200 farmers marched")
    assert "w:<num>" in found
    assert "b:farmers_marched" in found
    assert "s:farme" in found


def test_buckets_are_sorted_and_unique():
    assert bucket_indices("Police fired tear gas").tolist() == sorted(set(bucket_indices("Police fired tear gas")))
    assert len(bucket_indices("a b a b")) == len(bucket_indices("b a b"))


def test_reading_after_a_lead_is_reading_the_lead_and_text_joined():
    lead = "Police fired tear gas at 300 protesters in the capital. Dozens were hurt"
    read = classify_after(lead)
    for text in ("Clashes broke out.", "", "2 soldiers were killed", "Clashes broke out."):
        assert read(text) == classify(f"{lead} {text}")
    assert classify_after("")("Troops shelled the town") == classify(" Troops shelled the town")


def test_shipped_weights_load_and_predict_a_distribution():
    heads = load_heads()
    assert set(heads) == {"acled", "plover"}
    assert set(heads["acled"].classes) <= set(ACLED_EVENT_TYPE)
    probabilities = classify("Thousands of residents took to the streets to demand lower fuel prices.")
    assert abs(sum(probabilities["plover"].values()) - 1.0) < 1e-6
    assert max(probabilities["acled"], key=probabilities["acled"].get) == "Peaceful protest"


def test_coding_with_other_heads_lasts_for_the_block_only():
    shipped = classify("Police fired tear gas at the marchers.")
    arrays = {f"{name}_{key}": value for name, head in load_heads().items() for key, value in vars(head).items()}
    arrays["acled_bias"] = np.where(np.array(load_heads()["acled"].classes) == "Arrests", 100.0, 0.0)
    with coding_with(heads_from_arrays(arrays)):
        assert (
            max(classify("Police fired tear gas at the marchers.")["acled"].items(), key=lambda c: c[1])[0] == "Arrests"
        )
    assert classify("Police fired tear gas at the marchers.") == shipped


def test_best_allowed_ignores_classes_outside_the_allowed_set():
    probabilities = {"Armed clash": 0.6, "Attack": 0.3, "Arrests": 0.1}
    assert best_allowed(probabilities, {"Attack", "Arrests"}) == ("Attack", 0.3)
    assert best_allowed(probabilities, set()) is None


def test_violent_sub_types_are_assaults_and_arrests_are_coercion():
    assert plover_types_of("Armed clash") == ("ASSAULT",)
    assert plover_types_of("Arrests") == ("COERCE",)
    assert "PROTEST" in plover_types_of("Violent demonstration")


def test_a_protest_no_trigger_names_is_coded_by_the_fallback():
    doc = document("On 3 March 2025, hundreds of taxi drivers took to the streets of Nairobi over fuel prices.")
    event = main_event(doc)
    assert event is not None
    assert event.type == "PROTEST"
    assert event.acled == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    assert event.date.value == "2025-03-03"


def test_a_sentence_with_no_event_gets_none():
    assert document("The weather in Oslo was mild and the shops opened at nine.").events == []


def _event(event_type: str, sub_event_type: str, start: int = 0) -> Event:
    acled = {"event_type": ACLED_EVENT_TYPE[sub_event_type], "sub_event_type": sub_event_type}
    return Event(id="e1", type=event_type, evidence=[Span(start=start, end=start + 10)], acled=acled)


def test_a_sure_classifier_codes_a_lead_event_beyond_its_plover_type():
    probabilities = {"Abduction/forced disappearance": 0.95, "Arrests": 0.05}
    event = _event("COERCE", "Arrests")
    chosen = _classifier_choice(event, probabilities, lead_event=True, ruled_out=set())
    assert chosen == "Abduction/forced disappearance"


def test_outside_the_lead_or_unsure_the_classifier_keeps_to_the_plover_type():
    probabilities = {"Other": 0.95, "Peaceful protest": 0.05}
    assert _classifier_choice(_event("PROTEST", "Peaceful protest"), probabilities, False, set()) is None
    unsure = {"Change to group/activity": 0.5, "Arrests": 0.2, "Other": 0.3}
    assert _classifier_choice(_event("COERCE", "Arrests"), unsure, True, set()) is None


def _mentions(*sides: tuple[str, str]) -> Mentions:
    """Actors a1, a2, ... named and of the sectors given."""
    actors = [Actor(id=f"a{i}", name=name, kind="group", sector=sector) for i, (name, sector) in enumerate(sides, 1)]
    return Mentions(actors=actors)


def test_known_sides_keep_the_rules_attack_or_armed_clash():
    probabilities = {"Armed clash": 0.7, "Attack": 0.3}
    event = _event("ASSAULT", "Attack")
    event.actor, event.target = "a1", "a2"
    ruled_out = _ruled_out(event, _mentions(("gunmen", "UAF"), ("farmers", "CVL")))
    assert ruled_out == {"Armed clash"}
    assert _classifier_choice(event, probabilities, lead_event=True, ruled_out=ruled_out) is None
    assert _ruled_out(event, _mentions(("soldiers", "MIL"), ("Kolofata", "UNK"))) == set()
    assert _classifier_choice(event, probabilities, lead_event=True, ruled_out=set()) == "Armed clash"
    sure = {"Armed clash": 0.95, "Attack": 0.05}
    assert _classifier_choice(event, sure, lead_event=True, ruled_out=ruled_out) == "Armed clash"


def test_a_protest_the_rules_qualified_is_not_made_peaceful():
    probabilities = {"Peaceful protest": 0.7, "Protest with intervention": 0.3}
    event = _event("PROTEST", "Protest with intervention")
    ruled_out = _ruled_out(event, Mentions())
    assert ruled_out == {"Peaceful protest"}
    assert _classifier_choice(event, probabilities, lead_event=False, ruled_out=ruled_out) is None


def test_a_crowds_violence_stays_mob_violence_but_an_organised_groups_may_be_an_attack():
    probabilities = {"Attack": 0.7, "Mob violence": 0.3}
    event = _event("ASSAULT", "Mob violence")
    event.actor = "a1"
    for crowd in ("locals", "a mob", "around half a dozen persons"):
        ruled_out = _ruled_out(event, _mentions((crowd, "CVL")))
        assert ruled_out == {"Attack"}
        assert _classifier_choice(event, probabilities, lead_event=True, ruled_out=ruled_out) is None
    assert _ruled_out(event, _mentions(("two members", "CVL"))) == set()
    assert _ruled_out(event, _mentions(("armed individuals", "CVL"))) == set()


def test_the_acled_head_alone_codes_a_lead_only_where_no_event_was_found():
    probabilities = {"acled": {"Other": 0.9, "Attack": 0.1}, "plover": {"CONSULT": 0.6, "MOBILIZE": 0.4}}
    assert _fallback_types(probabilities, found_any=False) == (
        "MOBILIZE",
        {"event_type": "Strategic developments", "sub_event_type": "Other"},
    )
    assert _fallback_types(probabilities, found_any=True) is None


def test_a_sure_sub_type_the_lead_event_cannot_code_makes_another_event_the_reported_one():
    killing, protest = _event("ASSAULT", "Attack"), _event("PROTEST", "Protest with intervention", start=20)
    protest.id = "e2"
    events = [killing, protest]
    _report_the_event_read(events, killing, {"Peaceful protest": 0.95, "Attack": 0.05})
    assert events == [protest, killing]
    assert protest.acled == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    assert killing.acled["sub_event_type"] == "Attack"
    assert main_event(Document(article=Article(text=""), events=events)) is protest


def test_a_plover_reading_keeps_the_text_s_order_that_acled_s_choice_of_the_reported_event_changes():
    """The events keep the numbers of the text's order, which a PLOVER reading goes by: "leaders agreed to postpone
    a protest" is an agreement, though ACLED's reading may report the protest."""
    killing, protest = _event("ASSAULT", "Attack"), _event("PROTEST", "Protest with intervention", start=20)
    protest.id = "e2"
    events = [killing, protest]
    _report_the_event_read(events, killing, {"Peaceful protest": 0.95, "Attack": 0.05})
    assert [e.id for e in events] == ["e2", "e1"]
    assert main_event(Document(article=Article(text=""), events=events), acled_only=False) is killing


def test_without_an_event_that_can_code_it_or_a_sure_classifier_the_lead_event_stays():
    killing, arrest = _event("ASSAULT", "Attack"), _event("COERCE", "Arrests", start=20)
    _report_the_event_read([killing, arrest], killing, {"Peaceful protest": 0.95, "Attack": 0.05})
    assert arrest.acled["sub_event_type"] == "Arrests"
    protest = _event("PROTEST", "Protest with intervention", start=20)
    events = [killing, protest]
    _report_the_event_read(events, killing, {"Peaceful protest": 0.6, "Attack": 0.4})
    assert events == [killing, protest]
    assert protest.acled["sub_event_type"] == "Protest with intervention"


def test_where_both_sides_fought_the_classifier_may_not_make_the_clash_one_sided():
    probabilities = {"Shelling/artillery/missile attack": 0.7, "Armed clash": 0.2, "Attack": 0.1}
    event = _event("ASSAULT", "Armed clash")
    ruled_out = _ruled_out(event, Mentions(), mutual=True)
    assert {"Attack", "Shelling/artillery/missile attack"} <= ruled_out
    assert "Armed clash" not in ruled_out
    assert _classifier_choice(event, probabilities, lead_event=False, ruled_out=ruled_out) is None
    assert _ruled_out(event, Mentions(), mutual=False) == set()


def test_an_armed_groups_attack_on_a_place_stays_an_attack():
    probabilities = {"Armed clash": 0.7, "Attack": 0.3}
    event = _event("ASSAULT", "Attack")
    event.actor, event.target = "a1", "a2"
    ruled_out = _ruled_out(event, _mentions(("Al Shabaab militants", "REB"), ("Hindi", "UNK")))
    assert ruled_out == {"Armed clash"}
    assert _classifier_choice(event, probabilities, lead_event=False, ruled_out=ruled_out) is None
