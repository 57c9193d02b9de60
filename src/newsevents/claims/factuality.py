"""Factuality of any predicate on the [-3, +3] scale (+3 certainly happened, -3 certainly did not).

A linear model over cheap parse features: the epistemic status of ``claims.status`` (which works for
any predicate token, not only event triggers) and the cues behind it (negation, modal verbs, embedding
under reporting, hedging, wanting or conditional clauses). The weights are fitted on the UW and
MEANTIME factuality train splits by ``python -m newsevents.eval.factuality train`` (ridge regression
with numpy) and written to ``claims/data/factuality.json``; no data ships.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Token

from newsevents.claims.status import (
    CONDITIONAL_MARKS,
    HEDGE_VERBS,
    NEGATIONS,
    PLAN_VERBS,
    REPORTING_VERBS,
    event_status,
)

MODALS = {
    "may": "weak",
    "might": "weak",
    "could": "weak",
    "would": "would",
    "should": "should",
    "must": "must",
    "can": "can",
    "will": "future",
    "'ll": "future",
    "shall": "future",
    "wo": "future",
    "ca": "can",
}
EMBEDDING_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"}


def features(token: Token) -> dict[str, float]:
    """The named features of one predicate token (absent features are 0)."""
    found: dict[str, float] = {"bias": 1.0}
    found.update(_own_cues(token))
    found.update(_embedding_cues(token))
    status = event_status(token).status
    found[f"status={status}"] = 1.0
    found[f"status={status}&pos={token.pos_}"] = 1.0
    found[f"pos={token.pos_}"] = 1.0
    found[f"tag={token.tag_ if token.tag_.isalpha() else 'PUNCT'}"] = 1.0
    found[
        f"dep={token.dep_ if token.dep_ in EMBEDDING_DEPS | {'ROOT', 'pobj', 'dobj', 'nsubj', 'amod'} else 'other'}"
    ] = 1.0
    found[f"lemma={token.lemma_.lower()}"] = 1.0
    if token.head is not token:
        found[f"head_lemma={token.head.lemma_.lower()}"] = 1.0
    if any(t.text == "?" for t in token.sent):
        found["question"] = 1.0
    return found


def _own_cues(token: Token) -> dict[str, float]:
    cues: dict[str, float] = {}
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in {"det", "advmod", "preconj"}):
            cues["negated"] = 1.0
        if child.dep_ == "aux" and child.lower_ in MODALS:
            cues[f"modal={MODALS[child.lower_]}"] = 1.0
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            cues["conditional"] = 1.0
        if child.dep_ == "aux" and child.lower_ == "to":
            cues["infinitive"] = 1.0
    return cues


def _embedding_cues(token: Token) -> dict[str, float]:
    """What the clause heads above the predicate say about it: reported, hedged, wanted, negated."""
    cues: dict[str, float] = {}
    head, child = token.head, token
    for depth in range(1, 5):
        if head is child or child.dep_ not in EMBEDDING_DEPS | {"dobj", "pobj", "prep"}:
            break
        level = str(depth) if depth < 3 else "3+"
        lemma = head.lemma_.lower()
        for lexicon, name in ((REPORTING_VERBS, "report"), (HEDGE_VERBS, "hedge"), (PLAN_VERBS, "plan")):
            if lemma in lexicon:
                cues[f"head{level}={name}"] = 1.0
        for cue, value in _own_cues(head).items():
            if cue != "infinitive":
                cues[f"head{level}_{cue}"] = value
        cues[f"head{level}_dep={child.dep_}"] = 1.0
        head, child = head.head, head
    return cues


def vectorise(rows: Sequence[dict[str, float]], names: Sequence[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                matrix[r, index[name]] = value
    return matrix


def fit(rows: Sequence[dict[str, float]], targets: Sequence[float], penalty: float = 1.0) -> dict[str, float]:
    """Ridge regression of ``targets`` on feature dicts: the weight of every feature seen."""
    names = sorted({name for row in rows for name in row})
    x = vectorise(rows, names)
    y = np.asarray(targets, dtype=float)
    regulariser = penalty * np.eye(len(names))
    regulariser[names.index("bias"), names.index("bias")] = 0.0
    weights = np.linalg.solve(x.T @ x + regulariser, x.T @ y)
    return {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)}


WEIGHTS_RESOURCE = "data/factuality.json"


@functools.cache
def fitted_model() -> dict[str, Any]:
    """The fitted weights and status values shipped with the package (loaded once per process)."""
    return json.loads(resources.files(__package__).joinpath(WEIGHTS_RESOURCE).read_text(encoding="utf-8"))


@functools.cache
def _weight_vector() -> tuple[list[str], np.ndarray]:
    weights = fitted_model()["weights"]
    names = sorted(weights)
    return names, np.asarray([weights[name] for name in names])


def factuality(token: Token) -> float:
    """Predicted factuality of the predicate ``token`` in [-3, +3]."""
    names, vector = _weight_vector()
    value = float(vectorise([features(token)], names)[0] @ vector)
    return max(-3.0, min(3.0, value))
