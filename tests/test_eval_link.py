"""``newsevents eval link`` on ECB+: documents read back as text, gold pairs by topic and sub-topic."""

from __future__ import annotations

from pathlib import Path

from newsevents.eval.link import (
    STORY_CLUSTERS,
    GoldDoc,
    _event_views,
    evaluate_link,
    gold_pairs,
    our_pairs,
    prf,
    read_ecbplus,
)
from newsevents.record import Article, Document, Event, Span


def test_ecbplus_documents_read_as_text_with_their_topics(shared_data: Path):
    docs = read_ecbplus(shared_data / "ecbplus", "dev")
    assert {d.topic for d in docs} == {2, 5, 12, 18, 21, 23, 34, 35}
    first = docs[0]
    assert first.subtopic in {f"{first.topic}/ecb", f"{first.topic}/ecbplus"}
    assert " 's " not in first.text and "``" not in first.text
    assert gold_pairs(docs, "subtopic") < gold_pairs(docs, "topic")


def test_the_event_told_first_is_the_articles_lead():
    text = "Gunmen attacked a bus on Monday. Police later arrested two men. The mayor condemned the attack."
    events = [Event("e1", "COERCE", [Span(33, 62)]), Event("e2", "ASSAULT", [Span(0, 32)]), Event("e3", "ACCUSE", [])]
    views = list(_event_views("a", Document(Article(text), events=events)))
    assert [v.event_id for v in views if v.lead] == ["e2"]


def test_two_reports_of_one_happening_that_code_no_event_count_as_the_same_event():
    """Our same-event pairs read the product's same-happening article links beside its event clusters."""
    texts = [
        "Novelist Marta Quell wins the Harbour Prize. The Harbour Prize for fiction went on Tuesday to Marta Quell "
        "for her novel about a lighthouse keeper, the judges said.",
        "Marta Quell takes the Harbour Prize. Marta Quell won the Harbour Prize for fiction on Tuesday with her "
        "novel about a lighthouse keeper, its judges said.",
    ]
    docs = [GoldDoc(f"1_{i}ecb", 1, "1/ecb", text) for i, text in enumerate(texts)]
    ours = our_pairs(docs, [Document(Article(text)) for text in texts])
    assert ours.same_event == ours.related == {("1_0ecb", "1_1ecb")}


def test_pairwise_scores():
    gold = {("a", "b"), ("a", "c")}
    assert prf({("a", "b"), ("b", "c")}, gold) == {"pairs": 2, "P": 0.5, "R": 0.5, "F1": 0.5}


def test_evaluate_link_on_a_slice(shared_data: Path):
    report = evaluate_link(shared_data / "ecbplus", limit=12)
    assert set(report) == {"related stories", "same event"}
    assert len(report["related stories"]) == 2 and STORY_CLUSTERS in report["same event"]
    for systems in report.values():
        assert "ours" in systems and any(name.startswith("TF-IDF") for name in systems)
        assert all(0.0 <= scores["F1"] <= 1.0 for scores in systems.values())
