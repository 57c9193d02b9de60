"""The trainer of the event classifier, on a tiny synthetic dataset written here."""

from __future__ import annotations

import csv
import gzip
import time
from pathlib import Path

import numpy as np
import pytest

from newsevents.eval.events import ACLED_FILE, split_of
from newsevents.events import classifier
from newsevents.events.classifier import bucket_indices
from newsevents.events.train import (
    acled_examples,
    cross_validated_accuracy,
    out_of_fold_heads,
    out_of_fold_probabilities,
    train,
)

pytest.importorskip("sklearn")

ACLED_COLUMNS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes"]
NOTES = {
    "Peaceful protest": "Hundreds of {who} marched peacefully in the capital to demand higher wages.",
    "Armed clash": "Soldiers exchanged fire with {who} rebels near the border; casualties unknown.",
    "Arrests": "Police arrested {who} activists at their homes overnight.",
}
STORIES = {
    "PROTEST": "Crowds of {who} chanted slogans outside parliament on Monday.",
    "CONSULT": "The foreign ministers of {who} met in Geneva for talks on trade.",
}
WHO = ["nurses", "teachers", "farmers", "miners", "students", "drivers"]


def _write_dataset(root: Path, marked: bool = False) -> None:
    """The notes and stories; ``marked``: each note ends with a made-up word of its own."""
    rows, number = [], 0
    for sub_type, template in NOTES.items():
        for who in WHO:
            number += 1
            while split_of(f"X{number}") != "train":
                number += 1
            word = "zq" + "".join(chr(ord("a") + int(digit)) for digit in str(number))  # short: no stem feature
            note = template.format(who=who) + (f" {word}" if marked else "")
            rows.append([f"X{number}", "2022-01-01", classifier.ACLED_EVENT_TYPE[sub_type], sub_type, note])
    (root / ACLED_FILE).parent.mkdir(parents=True)
    with gzip.open(root / ACLED_FILE, "wt", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([ACLED_COLUMNS, *rows])
    synthetic = root / "plover_synthetic" / "gpt_synthetic_events_2023-10-19_19.csv.gz"
    synthetic.parent.mkdir(parents=True)
    with gzip.open(synthetic, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows([template.format(who=who), label] for label, template in STORIES.items() for who in WHO)


def test_training_is_deterministic_and_its_weights_classify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    _write_dataset(tmp_path / "data")
    first = np.load(train(tmp_path / "data", tmp_path / "a.npz"))
    with monkeypatch.context() as later:
        later.setattr(time, "time", lambda: 1_000_000_000.0)  # a run on another day writes the same bytes
        second = np.load(train(tmp_path / "data", tmp_path / "b.npz"))
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert all(np.array_equal(first[key], second[key]) for key in first.files)
    assert set(first["acled_classes"]) == set(NOTES)
    assert set(first["plover_classes"]) == {"PROTEST", "CONSULT", "ASSAULT", "COERCE"}

    monkeypatch.setattr(classifier, "WEIGHTS_RESOURCE", str(tmp_path / "a.npz"))
    monkeypatch.setattr(classifier, "resources", _FileSystem())
    classifier.load_heads.cache_clear()
    try:
        predicted = classifier.classify("Police arrested three activists at dawn.")["acled"]
        assert max(predicted, key=predicted.get) == "Arrests"
    finally:
        classifier.load_heads.cache_clear()


def test_cross_validation_scores_held_out_folds_of_the_train_split(tmp_path: Path):
    _write_dataset(tmp_path / "data")
    examples = acled_examples(tmp_path / "data")
    assert len(examples) == len(NOTES) * len(WHO)
    assert cross_validated_accuracy(examples, regularisation=30.0, folds=3) == 1.0
    mixed = [(text, label) for (text, _), (_, label) in zip(examples, examples[1:] + examples[:1], strict=True)]
    assert cross_validated_accuracy(mixed, regularisation=30.0, folds=3) < 1.0


def test_out_of_fold_probabilities_cover_every_example_with_a_distribution(tmp_path: Path):
    _write_dataset(tmp_path / "data")
    examples = acled_examples(tmp_path / "data")
    held_out = out_of_fold_probabilities(examples, regularisation=30.0, folds=3)
    assert len(held_out) == len(examples)
    assert all(abs(sum(p.values()) - 1.0) < 1e-6 for p in held_out)
    assert all(max(p, key=p.__getitem__) == label for p, (_, label) in zip(held_out, examples, strict=True))


def test_out_of_fold_heads_hold_out_every_note_once_and_never_see_it(tmp_path: Path):
    _write_dataset(tmp_path / "data", marked=True)
    examples = acled_examples(tmp_path / "data")
    folds = out_of_fold_heads(tmp_path / "data", folds=3)
    held_out = np.concatenate([rows for rows, _ in folds])
    assert sorted(held_out.tolist()) == list(range(len(examples)))
    for rows, heads in folds:
        for row, (text, _) in enumerate(examples):
            mark = bucket_indices(text.split()[-1])  # the note's own word: its features are in no other text
            seen = any(np.any(head.weights[mark]) for head in heads.values())
            assert seen == (row not in rows), text


def test_out_of_fold_heads_are_read_back_from_the_cache(tmp_path: Path):
    _write_dataset(tmp_path / "data")
    fitted = out_of_fold_heads(tmp_path / "data", folds=3, cache_dir=tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 1
    read_back = out_of_fold_heads(tmp_path / "data", folds=3, cache_dir=tmp_path / "cache")
    for (rows, heads), (rows_again, heads_again) in zip(fitted, read_back, strict=True):
        assert np.array_equal(rows, rows_again)
        assert all(np.array_equal(heads[name].weights, heads_again[name].weights) for name in heads)


class _FileSystem:
    """Stands in for ``importlib.resources``: reads the weights written in the test's folder."""

    @staticmethod
    def files(_package: str) -> Path:
        return Path("/")
