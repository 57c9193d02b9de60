"""Train the event classifier's weights: ``newsevents train events --data ../shared/data``.

Training data: the ACLED notes of the train split only (``newsevents.eval.events.split_of``; the dev and
test splits are never read) and the synthetic PLOVER stories. The ACLED head learns the sub-event
type; the PLOVER head learns the PLOVER type from the synthetic stories and from the ACLED notes whose
sub-event type names one PLOVER type. Deterministic: the same data gives the same bytes. scikit-learn
is needed here only, never at run time.

``out_of_fold_heads`` fits both heads again five times, each without one stratified fold of the train notes, so
that ``newsevents eval events --split train`` codes every note with heads that never saw it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from newsevents.cache import write_atomic
from newsevents.eval.events import clean_note, read_acled
from newsevents.events.classifier import HEADS, N_BUCKETS, Head, bucket_indices, heads_from_arrays, plover_types_of

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression

SYNTHETIC_FILE = Path("plover_synthetic") / "gpt_synthetic_events_2023-10-19_19.csv.gz"
#: Characters of a synthetic story kept: its lead, as long as a few sentences of news.
LEAD_CHARS = 600
#: ACLED sub-event types too vague to name one PLOVER type: left out of the PLOVER head.
VAGUE_SUB_TYPES = {"Other", "Change to group/activity"}
#: Inverse L2 strength of each head. 5-fold cross-validation on the ACLED train split
#: (``cross_validated_accuracy``; accuracy / log loss) prefers C=300 for the ACLED head: C=4 0.859 / 0.507,
#: C=30 0.880 / 0.393, C=100 0.883 / 0.373, C=300 0.888 / 0.368, C=1000 0.888 / 0.399.
ACLED_REGULARISATION = 300.0
PLOVER_REGULARISATION = 4.0
CV_FOLDS = 5

Examples = list[tuple[str, str]]


def acled_examples(data_dir: Path) -> Examples:
    """(note, sub_event_type) for the ACLED train split."""
    return [(clean_note(r["notes"]), r["sub_event_type"]) for r in read_acled(data_dir, "train")]


def synthetic_examples(data_dir: Path) -> Examples:
    """(story lead, PLOVER type) for the synthetic stories."""
    with gzip.open(data_dir / SYNTHETIC_FILE, "rt", encoding="utf-8") as handle:
        return [(r["text"][:LEAD_CHARS], r["label"].upper()) for r in csv.DictReader(handle) if r["text"].strip()]


def plover_examples(acled: Examples, synthetic: Examples) -> Examples:
    """The synthetic stories, and the ACLED notes labelled with the PLOVER type their sub-event type names."""
    named = [(text, plover_types_of(sub)[0]) for text, sub in acled if sub not in VAGUE_SUB_TYPES]
    return synthetic + named


def design_matrix(texts: list[str]):
    """Sparse rows of hashed features, each scaled to unit length (as ``Head.probabilities`` does)."""
    from scipy.sparse import csr_matrix

    rows, cols, values = [], [], []
    for row, text in enumerate(texts):
        indices = bucket_indices(text)
        rows.extend([row] * len(indices))
        cols.extend(indices.tolist())
        values.extend([1.0 / np.sqrt(max(len(indices), 1))] * len(indices))
    return csr_matrix((values, (rows, cols)), shape=(len(texts), N_BUCKETS))


def fit_model(examples: Examples, regularisation: float) -> LogisticRegression:
    """The fitted scikit-learn softmax model over the hashed features."""
    from sklearn.linear_model import LogisticRegression

    texts, labels = zip(*examples, strict=True)
    return LogisticRegression(C=regularisation, max_iter=3000).fit(design_matrix(list(texts)), np.array(labels))


def cross_validated_accuracy(examples: Examples, regularisation: float, folds: int = CV_FOLDS) -> float:
    """Accuracy over ``folds`` stratified, seeded folds: how the regularisation strength was chosen."""
    held_out = out_of_fold_probabilities(examples, regularisation, folds)
    hits = sum(max(p, key=p.__getitem__) == label for p, (_, label) in zip(held_out, examples, strict=True))
    return hits / len(examples)


def out_of_fold_probabilities(
    examples: Examples, regularisation: float, folds: int = CV_FOLDS
) -> list[dict[str, float]]:
    """Each example's class probabilities from the model fitted on the other stratified, seeded folds.

    How sure the classifier is, where it was not fitted: the coder's thresholds on its probability
    (``newsevents.events.acled.LEAD_OVERRIDE_THRESHOLD``) were set by comparing these, on the train split, with
    the rules' choices.
    """
    texts, labels = (np.array(column, dtype=object) for column in zip(*examples, strict=True))
    held_out: list[dict[str, float]] = [{} for _ in examples]
    for test_rows in fold_rows(labels.astype(str).tolist(), folds):
        train_rows = np.setdiff1d(np.arange(len(examples)), test_rows)
        model = fit_model(list(zip(texts[train_rows], labels[train_rows], strict=True)), regularisation)
        predicted = model.predict_proba(design_matrix(list(texts[test_rows])))
        for row, probabilities in zip(test_rows, predicted, strict=True):
            held_out[row] = dict(zip(model.classes_.tolist(), probabilities.tolist(), strict=True))
    return held_out


def fit_head(examples: Examples, regularisation: float) -> dict[str, np.ndarray]:
    """Fit one softmax head; int8 weights with a scale per class."""
    model = fit_model(examples, regularisation)
    weights = model.coef_.T if len(model.classes_) > 2 else np.hstack([-model.coef_.T, model.coef_.T]) / 2
    bias = model.intercept_ if len(model.classes_) > 2 else np.array([-1.0, 1.0]) * model.intercept_[0] / 2
    scales = np.abs(weights).max(axis=0) / 127.0
    scales[scales == 0] = 1.0
    return {
        "classes": np.array(model.classes_, dtype=str),
        "weights": np.round(weights / scales).astype(np.int8),
        "scales": scales.astype(np.float32),
        "bias": bias.astype(np.float32),
    }


def fold_rows(labels: list[str], folds: int = CV_FOLDS) -> list[np.ndarray]:
    """The rows each of ``folds`` stratified, seeded folds holds out: every row in exactly one fold."""
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
    return [held_out for _, held_out in splitter.split(np.zeros((len(labels), 1)), labels)]


def fit_heads(acled: Examples, synthetic: Examples) -> dict[str, np.ndarray]:
    """Both heads fitted on these examples, as the arrays the weights file holds ("acled_weights", ...)."""
    heads = {
        "acled": fit_head(acled, ACLED_REGULARISATION),
        "plover": fit_head(plover_examples(acled, synthetic), PLOVER_REGULARISATION),
    }
    return {f"{name}_{key}": value for name in HEADS for key, value in heads[name].items()}


def train(data_dir: Path, out: Path) -> Path:
    """Fit both heads and write the weights file; its path."""
    arrays = fit_heads(acled_examples(data_dir), synthetic_examples(data_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)  # zip members carry a fixed timestamp: same weights, same bytes
    return out


def out_of_fold_heads(
    data_dir: Path, folds: int = CV_FOLDS, cache_dir: Path | None = None
) -> list[tuple[np.ndarray, dict[str, Head]]]:
    """For each fold of the ACLED train notes: the notes it holds out (positions in ``acled_examples``) and both
    heads fitted as ``train`` fits them on the other folds' notes and all the synthetic stories.

    Fitting takes minutes; with ``cache_dir`` the heads are kept there in a file named by a digest of what they are
    fitted on and how, so a later run with the same data and settings reads them back.
    """
    acled, synthetic = acled_examples(data_dir), synthetic_examples(data_dir)
    held_out = fold_rows([label for _, label in acled], folds)
    cached = cache_dir / f"oof-heads-{_fitting_digest(acled, synthetic, folds)}.npz" if cache_dir else None
    if cached is not None and cached.exists():
        with np.load(cached, allow_pickle=False) as stored:
            arrays = dict(stored)
    else:
        arrays = {}
        for fold, rows in enumerate(held_out):
            left_out = set(rows.tolist())
            kept = [example for row, example in enumerate(acled) if row not in left_out]
            arrays |= {f"fold{fold}_{name}": value for name, value in fit_heads(kept, synthetic).items()}
        if cached is not None:
            write_atomic(cached, lambda handle: np.savez_compressed(handle, **arrays))
    return [
        (rows, heads_from_arrays({name.removeprefix(f"fold{fold}_"): value for name, value in arrays.items()}))
        for fold, rows in enumerate(held_out)
    ]


def _fitting_digest(acled: Examples, synthetic: Examples, folds: int) -> str:
    """What fixes the out-of-fold heads: the examples, the folds, the regularisation and scikit-learn's version."""
    import sklearn

    settings = f"{folds}:{ACLED_REGULARISATION}:{PLOVER_REGULARISATION}:{N_BUCKETS}:{sklearn.__version__}"
    digest = hashlib.sha256(settings.encode())
    for text, label in acled + synthetic:
        digest.update(f"{label}\t{text}\n".encode())
    return digest.hexdigest()[:12]
