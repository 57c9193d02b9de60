"""The CAMEO quad-class evaluation (``newsevents eval cameo``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.eval.cameo import (
    our_classes,
    our_readings,
    quad_class,
    read_cameo,
    read_roles,
    role_accuracy,
    scores,
)


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [("CONSULT", 1), ("AID", 2), ("THREATEN", 3), ("ASSAULT", 4), ("PROTEST", 4), (None, 0)],
)
def test_plover_types_fall_in_the_manuals_quad_classes(event_type, expected):
    assert quad_class(event_type) == expected


def test_scores_count_each_class():
    result = scores([4, 4, 1, 0], [4, 1, 1, 0])
    assert result["accuracy"] == 0.75
    assert result["F1 4 material conflict"] == pytest.approx(2 / 3)
    assert result["F1 2 material cooperation"] == 0.0


def test_sentences_get_the_class_of_their_main_event():
    sentences = [
        "Israeli jets struck a target in Gaza on Monday, killing two militants.",
        "The two presidents met in Geneva on Tuesday to discuss the crisis.",
    ]
    assert our_classes(sentences) == [4, 1]


def test_the_test_split_reads(shared_data: Path):
    data_dir = shared_data / "conflibert_eval"
    if not (data_dir / "cameo_class" / "test.tsv").exists():
        pytest.skip("conflibert_eval cameo_class missing")
    rows = read_cameo(data_dir, "test")
    assert len(rows) > 400
    assert {label for _, label in rows} == {0, 1, 2, 3, 4}


def test_roles_are_read_from_the_tagged_sentences(tmp_path: Path):
    (tmp_path / "test.txt").write_text(
        "NATO B-S\non O\nMonday O\nstruck O\nSerbian B-T\narmy I-T\n. O\n\nIt O\nrained O\n. O\n", encoding="utf-8"
    )
    assert read_roles(tmp_path, "test") == [{"S": ["NATO"], "T": ["Serbian army"]}, {"S": [], "T": []}]


def test_a_role_is_named_right_when_our_name_matches_a_span():
    readings = [("Myanmar government",), (), ("NATO",)]
    assert role_accuracy(readings, [["Myanmar 's government"], ["Serbia"], []]) == 0.5


def test_a_role_counts_by_any_name_the_sentence_gives_our_actor():
    assert role_accuracy([("United Kingdom", "UK")], [["UK"]]) == 1.0
    (reading,) = our_readings(["The UK expelled two Russian diplomats on Monday."])
    assert "UK" in reading.source


def test_a_statement_has_its_speaker_as_source_and_no_target():
    (reading,) = our_readings(["The Kenyan president expressed his condolences to the people of Egypt."])
    assert reading.quad == 0
    assert "Kenyan president" in reading.source
    assert reading.target == ()
