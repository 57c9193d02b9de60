"""A small named-entity recogniser distilled from en_core_web_sm's own ``ner`` (``newsevents train ner``).

The stock ``ner`` component runs a second tok2vec of its own and a greedy transition loop, about half of
the whole parse. The student reads what the pipeline has already computed: the shared ``tok2vec``
output in ``doc.tensor`` over a window of tokens, plus the tagger's tag of each token in the window, plus
a small learned vector per hashed word form (the shared tok2vec is trained for tags and syntax, so it
keeps too little of which names are people, places or organisations). A one-hidden-layer MLP (plain
numpy, on the one BLAS thread ``nlp.multiply_with_numpy`` allows) scores the BILUO tags of the 18 OntoNotes labels per
token, and a constrained Viterbi keeps only well-formed entities (no I or L without a B, none left open).
Tokens the MLP is confident are outside any entity split the document into short stretches, so
Viterbi only runs where an entity is possible.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.attrs import IS_SPACE, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

LABELS = (
    "CARDINAL",
    "DATE",
    "EVENT",
    "FAC",
    "GPE",
    "LANGUAGE",
    "LAW",
    "LOC",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PERSON",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
)
#: Tag 0 is O; then B, I, L, U of each label in turn.
TAGS = ("O", *(f"{move}-{label}" for label in LABELS for move in "BILU"))
WEIGHTS_RESOURCE = "student_ner.npz"
#: A token whose O probability is at least this is fixed as outside before Viterbi runs.
SURE_OUTSIDE = 0.95
_IMPOSSIBLE = -1e9


@dataclass(frozen=True)
class StudentWeights:
    """The fitted MLP and the feature layout it was fitted on."""

    embeddings: np.ndarray  # (buckets + 1, width): a learned vector per hashed word; the last row pads
    hidden_w: np.ndarray  # (features, hidden)
    hidden_b: np.ndarray  # (hidden,)
    out_w: np.ndarray  # (hidden, len(TAGS))
    out_b: np.ndarray  # (len(TAGS),)
    window: int  # tokens each side of the one being tagged
    tag_names: tuple[str, ...]  # the tagger's labels, in the order of the one-hot tag features

    @property
    def buckets(self) -> int:
        return len(self.embeddings) - 1

    def save(self, path: Path) -> None:
        halves = {name: getattr(self, name).astype(np.float16) for name in ("embeddings", "hidden_w", "out_w")}
        np.savez_compressed(
            path,
            **halves,
            hidden_b=self.hidden_b,
            out_b=self.out_b,
            window=np.array(self.window),
            tag_names=np.array(self.tag_names),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> StudentWeights:
        """The shipped weights, or those at ``path``."""
        source = path or resources.files("newsevents.annotate") / "data" / WEIGHTS_RESOURCE
        with source.open("rb") as handle, np.load(handle) as data:
            arrays = {
                name: data[name].astype(np.float32) for name in ("embeddings", "hidden_w", "hidden_b", "out_w", "out_b")
            }
            return cls(**arrays, window=int(data["window"]), tag_names=tuple(str(name) for name in data["tag_names"]))


def token_features(doc: Doc, tag_index: dict[str, int]) -> np.ndarray:
    """Per token: the shared tok2vec vector and the one-hot tag."""
    vectors = np.asarray(doc.tensor, dtype=np.float32)
    if vectors.shape[0] != len(doc):
        raise ValueError("the student NER needs doc.tensor from the pipeline's tok2vec component")
    tags = np.zeros((len(doc), len(tag_index)), dtype=np.float32)
    by_hash = {get_string_id(name): column for name, column in tag_index.items()}
    columns = np.fromiter((by_hash.get(tag, -1) for tag in doc.to_array(TAG).tolist()), dtype=np.intp, count=len(doc))
    rows = np.flatnonzero(columns >= 0)
    tags[rows, columns[rows]] = 1.0
    return np.hstack([vectors, tags])


def word_buckets(doc: Doc, buckets: int) -> np.ndarray:
    """Per token: its normalised form hashed into one of ``buckets`` embedding rows."""
    return (doc.to_array("NORM") % np.uint64(buckets)).astype(np.int64)


def windowed(
    weights: StudentWeights, per_token: np.ndarray, words: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    """The MLP's input rows: features and word embeddings of the tokens within the window, padded at the edges.

    Written block by block into ``out`` (tokens x features) when given, so that a batch's rows need no
    further copy; row i holds the features of tokens i - window .. i + window, then their embeddings.
    """
    count, width = per_token.shape
    span = 2 * weights.window + 1
    if out is None:
        features = span * (width + weights.embeddings.shape[1])
        out = np.empty((count, features), dtype=np.result_type(per_token, weights.embeddings))
    padded = np.pad(per_token, ((weights.window, weights.window), (0, 0)))
    padded_words = np.pad(words, weights.window, constant_values=weights.buckets)
    embedded_at = span * width
    for offset in range(span):
        out[:, offset * width : (offset + 1) * width] = padded[offset : offset + count]
        embedded = weights.embeddings[padded_words[offset : offset + count]]
        out[:, embedded_at + offset * embedded.shape[1] : embedded_at + (offset + 1) * embedded.shape[1]] = embedded
    return out


def log_probabilities(weights: StudentWeights, features: np.ndarray) -> np.ndarray:
    """Log-softmax of the MLP's tag scores, one row per token."""
    hidden = np.maximum(features @ weights.hidden_w + weights.hidden_b, 0.0)
    scores = hidden @ weights.out_w + weights.out_b
    scores -= scores.max(axis=1, keepdims=True)
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


def _allowed_transitions() -> np.ndarray:
    """allowed[a, b]: tag b may follow tag a in BILUO (O, L and U close; B and I must go on)."""
    allowed = np.zeros((len(TAGS), len(TAGS)), dtype=bool)
    for before, previous in enumerate(TAGS):
        for after, current in enumerate(TAGS):
            open_label = previous[2:] if previous[0] in "BI" else None
            if open_label is None:
                allowed[before, after] = current[0] in "OBU"
            else:
                allowed[before, after] = current[0] in "IL" and current[2:] == open_label
    return allowed


_TRANSITION_PENALTY = np.where(_allowed_transitions(), 0.0, _IMPOSSIBLE)
_STARTS = np.array([0.0 if tag[0] in "OBU" else _IMPOSSIBLE for tag in TAGS])
_ENDS = np.array([0.0 if tag[0] in "OLU" else _IMPOSSIBLE for tag in TAGS])


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The most probable well-formed BILUO tag sequence for a stretch that starts and ends outside entities."""
    score = log_probs[0] + _STARTS
    backpointers = []
    for row in log_probs[1:]:
        candidates = score[:, None] + _TRANSITION_PENALTY
        best_previous = candidates.argmax(axis=0)
        backpointers.append(best_previous)
        score = candidates[best_previous, np.arange(len(TAGS))] + row
    best = [int((score + _ENDS).argmax())]
    for pointers in reversed(backpointers):
        best.append(int(pointers[best[-1]]))
    return best[::-1]


def decode(log_probs: np.ndarray, never_inside: np.ndarray | None = None) -> list[int]:
    """Well-formed tags for a document: sure-outside and ``never_inside`` tokens are O, Viterbi tags the rest."""
    sure = log_probs[:, 0] >= np.log(SURE_OUTSIDE)
    outside = (sure | never_inside if never_inside is not None else sure).tolist()
    tags = [0] * len(log_probs)
    start = 0
    while start < len(log_probs):
        if outside[start]:
            start += 1
            continue
        end = start
        while end < len(log_probs) and not outside[end]:
            end += 1
        tags[start:end] = viterbi(log_probs[start:end])
        start = end
    return tags


def entity_spans(tags: list[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) token spans of a well-formed BILUO sequence."""
    start = 0
    for i, tag in enumerate(tags):
        name = TAGS[tag]
        if name[0] == "B":
            start = i
        elif name[0] == "L":
            yield start, i + 1, name[2:]
        elif name[0] == "U":
            yield i, i + 1, name[2:]


class StudentNER:
    """The pipeline component: sets ``doc.ents`` from the student's tags (every other token outside)."""

    def __init__(self, weights: StudentWeights) -> None:
        self.weights = weights
        self.tag_index = {name: i for i, name in enumerate(weights.tag_names)}

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Tag documents in batches, so that the MLP runs one matrix product per batch."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag_batch(batch)
                batch = []
        yield from self._tag_batch(batch)

    def _tag_batch(self, docs: list[Doc]) -> list[Doc]:
        nonempty = [doc for doc in docs if len(doc)]
        if not nonempty:
            return docs
        bounds = np.cumsum([0, *(len(doc) for doc in nonempty)]).tolist()
        features = np.empty((bounds[-1], self.weights.hidden_w.shape[0]), dtype=np.float32)
        for doc, start, end in zip(nonempty, bounds[:-1], bounds[1:], strict=True):
            self._features(doc, features[start:end])
        log_probs = log_probabilities(self.weights, features)
        for doc, start, end in zip(nonempty, bounds[:-1], bounds[1:], strict=True):
            self._set_entities(doc, log_probs[start:end])
        return docs

    def _features(self, doc: Doc, out: np.ndarray) -> None:
        words = word_buckets(doc, self.weights.buckets)
        windowed(self.weights, token_features(doc, self.tag_index), words, out)

    def _set_entities(self, doc: Doc, log_probs: np.ndarray) -> None:
        spaces = doc.to_array(IS_SPACE).astype(bool)
        tags = decode(log_probs, never_inside=spaces)
        spans = [Span(doc, start, end, label=label) for start, end, label in entity_spans(tags)]
        doc.set_ents(spans, default="outside")


@Language.factory("student_ner", default_config={"weights_path": None})
def make_student_ner(nlp: Language, name: str, weights_path: str | None) -> StudentNER:
    """The ``student_ner`` factory: shipped weights unless a path is given."""
    return StudentNER(StudentWeights.load(Path(weights_path) if weights_path else None))
