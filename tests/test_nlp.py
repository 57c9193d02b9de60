"""The parse helpers of ``annotate.nlp`` that read a document's columns once."""

from __future__ import annotations

from newsevents.annotate.nlp import document_text, tokens_with_lemma, tokens_with_lower
from newsevents.pipeline import load_models, parse


def _parsed(text: str):
    return next(parse([text], load_models()))


def test_tokens_with_lower_finds_every_form_in_document_order_whatever_its_case() -> None:
    doc = _parsed("Police said the Police Commissioner and two police officers were at the scene.")
    found = tokens_with_lower(doc, {"police", "scene", "absent"})
    assert [t.i for t in found] == [t.i for t in doc if t.lower_ in {"police", "scene"}]
    assert [t.text for t in found] == ["Police", "Police", "police", "scene"]


def test_tokens_with_lower_answers_each_call_from_the_same_reading() -> None:
    doc = _parsed("Troops fired on protesters in the capital.")
    assert [t.text for t in tokens_with_lower(doc, ["fired"])] == ["fired"]
    assert [t.text for t in tokens_with_lower(doc, {"capital": 1, "troops": 2})] == ["Troops", "capital"]
    assert tokens_with_lower(doc, set()) == []


def test_tokens_with_lemma_reads_lemmas_lower_cased() -> None:
    doc = _parsed("Gunmen killed three villagers. Residents said the killings shocked them.")
    assert [t.text for t in tokens_with_lemma(doc, {"kill"})] == ["killed"]
    assert [t.text for t in tokens_with_lemma(doc, {"killing", "villager"})] == ["villagers", "killings"]
    assert tokens_with_lemma(doc, {"Kill"}) == []


def test_column_helpers_on_an_empty_document() -> None:
    doc = _parsed("")
    assert tokens_with_lower(doc, {"police"}) == []
    assert tokens_with_lemma(doc, {"kill"}) == []


def test_document_text_is_the_parsed_text_with_its_spacing() -> None:
    text = "Rebels  attacked the town.\n\nTwo people died, officials said (on Monday). "
    doc = _parsed(text)
    assert document_text(doc) == doc.text == text
    assert document_text(_parsed("")) == ""
