"""The learned event classifier: the shipped weights, the fallback it gives the coder, and its sub-type choice."""

from __future__ import annotations

from newsevents.events.classifier import (
    ACLED_EVENT_TYPE,
    best_allowed,
    bucket_indices,
    classify,
    features,
    load_heads,
    plover_types_of,
)
from newsevents.events.main import main_event
from nlp_helpers import document


def test_features_fold_numbers_and_keep_bigrams():
    found = features("Some 200 farmers marched")
    assert "w:<num>" in found
    assert "b:farmers_marched" in found
    assert "s:farme" in found


def test_buckets_are_sorted_and_unique():
    assert bucket_indices("Police fired tear gas").tolist() == sorted(set(bucket_indices("Police fired tear gas")))
    assert len(bucket_indices("a b a b")) == len(bucket_indices("b a b"))


def test_shipped_weights_load_and_predict_a_distribution():
    heads = load_heads()
    assert set(heads) == {"acled", "plover"}
    assert set(heads["acled"].classes) <= set(ACLED_EVENT_TYPE)
    probabilities = classify("Thousands of residents took to the streets to demand lower fuel prices.")
    assert abs(sum(probabilities["plover"].values()) - 1.0) < 1e-6
    assert max(probabilities["acled"], key=probabilities["acled"].get) == "Peaceful protest"


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
