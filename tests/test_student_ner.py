"""The distilled student NER: constrained decoding, the pipeline component, agreement with its teacher, training."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from newsevents.annotate.nlp import load_nlp
from newsevents.annotate.student_ner import TAGS, StudentWeights, decode, entity_spans, token_features, windowed
from newsevents.annotate.train_ner import agreement, entity_set
from newsevents.cli.main import app

SENTENCES = [
    "Barack Obama met Angela Merkel in Berlin on Tuesday to discuss the crisis in Ukraine.",
    "The United Nations said 25 people were killed when militants attacked a village in northern Nigeria.",
    "Police in Karachi arrested three members of the Pakistani Taliban last week, officials told Reuters.",
    "Microsoft shares rose 3% after the company reported record profits for the third quarter.",
    "French and German troops arrived in Mali in January 2013, according to the Ministry of Defence.",
    "Protesters gathered outside the White House on Saturday, demanding that Congress act on climate change.",
]


def _log_probs(rows: list[dict[str, float]]) -> np.ndarray:
    """Log probabilities with the given mass on named tags and the rest spread over every tag."""
    table = np.full((len(rows), len(TAGS)), 1e-3)
    for i, row in enumerate(rows):
        for tag, mass in row.items():
            table[i, TAGS.index(tag)] = mass
    return np.log(table / table.sum(axis=1, keepdims=True))


def _well_formed(tags: list[int]) -> bool:
    """BILUO: outside an entity only O, B or U may come; inside one only I or L of the same label."""
    open_label = None
    for tag in tags:
        move, label = TAGS[tag][0], TAGS[tag][2:]
        allowed = move in "OBU" if open_label is None else move in "IL" and label == open_label
        if not allowed:
            return False
        open_label = label if move in "BI" else None
    return open_label is None


def test_decode_repairs_an_inside_tag_without_a_beginning() -> None:
    tags = decode(_log_probs([{"O": 0.3, "I-PERSON": 0.6}, {"L-PERSON": 0.9}, {"O": 0.99}]))
    assert _well_formed(tags)
    assert list(entity_spans(tags)) == [(0, 2, "PERSON")]


def test_decode_never_leaves_an_entity_open_or_mixes_labels() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        tags = decode(np.log(rng.dirichlet(np.full(len(TAGS), 0.1), size=12)))
        assert _well_formed(tags)


def test_decode_keeps_sure_outside_and_never_inside_tokens_outside() -> None:
    probs = _log_probs([{"U-GPE": 0.9}, {"O": 0.999}, {"B-ORG": 0.9}, {"L-ORG": 0.9}])
    assert [TAGS[t] for t in decode(probs)] == ["U-GPE", "O", "B-ORG", "L-ORG"]
    kept_out = decode(probs, never_inside=np.array([True, False, False, False]))
    assert [TAGS[t] for t in kept_out] == ["O", "O", "B-ORG", "L-ORG"]


def _tiny_weights(window: int, buckets: int, width: int) -> StudentWeights:
    rng = np.random.default_rng(1)
    embeddings = rng.normal(size=(buckets + 1, width)).astype(np.float32)
    empty = np.zeros(0, dtype=np.float32)
    return StudentWeights(embeddings, empty, empty, empty, empty, window=window, tag_names=())


def test_windowed_rows_hold_each_tokens_neighbours_then_their_embeddings() -> None:
    weights = _tiny_weights(window=2, buckets=7, width=3)
    per_token = np.arange(5 * 4, dtype=np.float32).reshape(5, 4)
    words = np.array([0, 6, 2, 2, 5])
    rows = windowed(weights, per_token, words)
    for i in range(5):
        around = [i + offset for offset in range(-2, 3)]
        features = [per_token[j] if 0 <= j < 5 else np.zeros(4) for j in around]
        embedded = [weights.embeddings[words[j] if 0 <= j < 5 else weights.buckets] for j in around]
        assert np.array_equal(rows[i], np.concatenate(features + embedded))
    into = np.full((5, rows.shape[1]), np.nan, dtype=np.float32)
    assert windowed(weights, per_token, words, into) is into
    assert np.array_equal(into, rows)


@pytest.fixture(scope="module")
def student_nlp():
    return load_nlp(ner="student")


def test_student_sets_entities_on_a_real_parse(student_nlp) -> None:
    doc = student_nlp("Barack Obama visited Paris on Monday.")
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert {("Barack Obama", "PERSON"), ("Paris", "GPE")} <= found
    assert student_nlp.pipe_names[-1] == "ner"


def test_token_features_one_hot_the_known_tags(student_nlp) -> None:
    doc = student_nlp("Officials said 25 people died.")
    tag_index = {"NNS": 0, "VBD": 1, "CD": 2}
    features = token_features(doc, tag_index)
    assert np.array_equal(features[:, : doc.tensor.shape[1]], doc.tensor)
    expected = [[float(token.tag_ == tag) for tag in tag_index] for token in doc]
    assert features[:, doc.tensor.shape[1] :].tolist() == expected


def test_student_agrees_with_the_teacher_on_news_sentences(student_nlp) -> None:
    teacher = [entity_set(doc) for doc in load_nlp(ner="stock").pipe(SENTENCES)]
    student = [entity_set(doc) for doc in student_nlp.pipe(SENTENCES)]
    _, _, f1 = agreement(student, teacher)["all"]
    assert f1 >= 0.75


def test_train_command_writes_loadable_weights(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "student.npz"
    args = ["train", "ner", "--data", str(shared_data), "--out", str(out), "--max-tokens", "2000", "--no-heldout"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    weights = StudentWeights.load(out)
    assert weights.out_w.shape[1] == len(TAGS)
    per_token = 96 + len(weights.tag_names) + weights.embeddings.shape[1]  # tok2vec, one-hot tag, word vector
    assert weights.hidden_w.shape[0] == (2 * weights.window + 1) * per_token
