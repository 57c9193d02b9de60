"""Distil en_core_web_sm's ``ner`` into the student NER (``newsevents train ner``).

The teacher is the stock model's own ``ner``: it labels unlabeled news text, and the student MLP
(``newsevents.annotate.student_ner``) learns to predict the teacher's BILUO tag of each token from the
shared tok2vec output and the tagger's tags. Only text never used to report a number is read:

- ``guardian_sample``: the articles after the first 200 (those 200 are ``newsevents bench``'s);
- ``conflibert_eval``: the insightCrime and satp_relevant train files;
- ``acled_sample_acledR``: the notes of ACLED's train split (``split_of``, 60%);
- ``polnear``: the train split's article texts;
- ``ecbplus``: the train topics' documents.

Sources are interleaved so that each gives about as much text (until it runs out), up to ``max_tokens``
tokens. Held-out agreement with the teacher is reported on ACLED's dev notes and the 200 benchmark
articles. Seeds are fixed, so the same data gives the same weights.
"""

from __future__ import annotations

import csv
import gzip
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from newsevents.annotate.student_ner import TAGS, StudentNER, StudentWeights, token_features, word_buckets
from newsevents.eval.splits import split_of

GUARDIAN = Path("guardian_sample") / "Guardian_SDF_sample.csv.gz"
BENCH_ARTICLES = 200
ACLED = Path("acled_sample_acledR") / "acled_events_2022h1.csv.gz"
CONFLIBERT_TRAIN = (
    Path("conflibert_eval") / "insightCrime" / "train.tsv",
    Path("conflibert_eval") / "satp_relevant" / "train.tsv",
)
#: Components the teacher does not need: the student reads only tok2vec's tensor and the tagger's tags.
UNUSED_BY_STUDENT = ("parser", "attribute_ruler", "lemmatizer")
SEED = 0
REPORTED_LABELS = ("GPE", "LOC", "PERSON", "ORG", "NORP", "DATE", "CARDINAL")


# --- text sources ----------------------------------------------------------------------------------


def _guardian(data_dir: Path, train: bool) -> list[str]:
    with gzip.open(data_dir / GUARDIAN, "rt", encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    return texts[BENCH_ARTICLES:] if train else texts[:BENCH_ARTICLES]


def _acled_notes(data_dir: Path, split: str) -> list[str]:
    from newsevents.eval.events import clean_note

    with gzip.open(data_dir / ACLED, "rt", encoding="utf-8") as handle:
        return [
            clean_note(r["notes"])
            for r in csv.DictReader(handle)
            if split_of(r["event_id_cnty"]) == split and r["notes"].strip()
        ]


def _conflibert(data_dir: Path) -> Iterator[list[str]]:
    for path in CONFLIBERT_TRAIN:
        with (data_dir / path).open(encoding="utf-8") as handle:
            yield [row[0] for row in csv.reader(handle, delimiter="\t") if row and row[0].strip()]


def _polnear(data_dir: Path) -> list[str]:
    return [
        path.read_text(encoding="utf-8") for path in sorted((data_dir / "polnear" / "train" / "text").glob("*.txt"))
    ]


def _ecbplus(data_dir: Path) -> list[str]:
    from newsevents.eval.link import read_ecbplus

    return [doc.text for doc in read_ecbplus(data_dir / "ecbplus", "train")]


def training_texts(data_dir: Path) -> Iterator[str]:
    """Every training source's texts, always next from the source that has given the fewest characters so far."""
    sources = [
        _guardian(data_dir, train=True),
        _acled_notes(data_dir, "train"),
        *_conflibert(data_dir),
        _polnear(data_dir),
        _ecbplus(data_dir),
    ]
    queue = [(0, number, iter(texts)) for number, texts in enumerate(sources)]
    while queue:
        given, number, texts = heapq.heappop(queue)
        text = next(texts, None)
        if text is not None:
            yield text
            heapq.heappush(queue, (given + len(text), number, texts))


def heldout_texts(data_dir: Path) -> dict[str, list[str]]:
    """Text never trained on, to measure agreement with the teacher."""
    return {
        "ACLED dev notes": _acled_notes(data_dir, "dev"),
        "Guardian bench articles": _guardian(data_dir, train=False),
    }


# --- teacher labels ---------------------------------------------------------------------------------


@dataclass
class LabelledTokens:
    """Every document's tokens: the student's inputs before windowing, and the teacher's tags."""

    per_token: np.ndarray  # (rows, features): documents separated by ``window`` zero rows
    words: np.ndarray  # hashed word of each row; ``buckets`` on the padding rows
    positions: np.ndarray  # row of each real token
    tags: np.ndarray  # the teacher's BILUO tag index of each real token
    window: int
    buckets: int
    tag_names: tuple[str, ...]


def teacher_docs(nlp: Language, texts: Iterable[str], max_tokens: int | None = None) -> list[Doc]:
    """The stock pipeline's parses (without components the student does not read), up to ``max_tokens``."""
    docs, total = [], 0
    with nlp.select_pipes(disable=[name for name in UNUSED_BY_STUDENT if name in nlp.pipe_names]):
        for doc in nlp.pipe(texts, batch_size=32):
            docs.append(doc)
            total += len(doc)
            if max_tokens is not None and total >= max_tokens:
                break
    return docs


def biluo_indices(doc: Doc) -> np.ndarray:
    """The index in ``TAGS`` of each token's BILUO tag under ``doc.ents``."""
    index = {name: i for i, name in enumerate(TAGS)}
    tags = np.zeros(len(doc), dtype=np.int64)
    for ent in doc.ents:
        if len(ent) == 1:
            tags[ent.start] = index[f"U-{ent.label_}"]
            continue
        tags[ent.start] = index[f"B-{ent.label_}"]
        tags[ent.start + 1 : ent.end - 1] = index[f"I-{ent.label_}"]
        tags[ent.end - 1] = index[f"L-{ent.label_}"]
    return tags


def labelled_tokens(docs: list[Doc], window: int, buckets: int, tag_names: tuple[str, ...]) -> LabelledTokens:
    """Stack the documents' per-token inputs, with padding rows between documents."""
    tag_index = {name: i for i, name in enumerate(tag_names)}
    blocks, words, positions, tags, row = [], [], [], [], window
    for doc in (doc for doc in docs if len(doc)):
        blocks.append(np.pad(token_features(doc, tag_index), ((0, window), (0, 0))))
        words.append(np.pad(word_buckets(doc, buckets), (0, window), constant_values=buckets))
        positions.append(np.arange(row, row + len(doc)))
        tags.append(biluo_indices(doc))
        row += len(doc) + window
    per_token = np.vstack([np.zeros((window, blocks[0].shape[1]), dtype=np.float32), *blocks])
    all_words = np.concatenate([np.full(window, buckets), *words])
    return LabelledTokens(
        per_token, all_words, np.concatenate(positions), np.concatenate(tags), window, buckets, tag_names
    )


# --- the MLP ----------------------------------------------------------------------------------------


def _window_rows(data: LabelledTokens, rows: np.ndarray) -> np.ndarray:
    return data.positions[rows][:, None] + np.arange(-data.window, data.window + 1)


class _Adam:
    def __init__(self, params: list[np.ndarray], rate: float) -> None:
        self.params, self.rate, self.step = params, rate, 0
        self.first = [np.zeros_like(p) for p in params]
        self.second = [np.zeros_like(p) for p in params]

    def update(self, grads: list[np.ndarray], rate: float) -> None:
        self.step += 1
        for param, grad, first, second in zip(self.params, grads, self.first, self.second, strict=True):
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad * grad
            corrected = first / (1 - 0.9**self.step)
            param -= rate * corrected / (np.sqrt(second / (1 - 0.999**self.step)) + 1e-8)


def _initial_params(data: LabelledTokens, width: int, hidden: int) -> list[np.ndarray]:
    rng = np.random.default_rng(SEED)
    inputs = (data.per_token.shape[1] + width) * (2 * data.window + 1)
    shapes = [(data.buckets + 1, width), (inputs, hidden), (hidden,), (hidden, len(TAGS)), (len(TAGS),)]
    scales = [0.1, np.sqrt(2 / inputs), 0.0, np.sqrt(1 / hidden), 0.0]
    return [
        (rng.standard_normal(shape) * scale).astype(np.float32) for shape, scale in zip(shapes, scales, strict=True)
    ]


def fit_mlp(
    data: LabelledTokens, width: int = 32, hidden: int = 256, epochs: int = 6, batch: int = 512, rate: float = 1e-3
) -> StudentWeights:
    """Softmax regression on one ReLU layer over features and learned word vectors; Adam, linear decay to zero."""
    params = _initial_params(data, width, hidden)
    optimiser = _Adam(params, rate)
    steps = epochs * -(-len(data.tags) // batch)
    order_rng = np.random.default_rng(SEED)
    with threadpool_limits(1):  # small products: threads only contend with each other on a shared machine
        for _ in range(epochs):
            order = order_rng.permutation(len(data.tags))
            for start in range(0, len(order), batch):
                rows = order[start : start + batch]
                grads = _gradients(params, data, _window_rows(data, rows), data.tags[rows])
                optimiser.update(grads, rate * (1 - optimiser.step / steps))
    return StudentWeights(*params, window=data.window, tag_names=data.tag_names)


def _gradients(
    params: list[np.ndarray], data: LabelledTokens, window_rows: np.ndarray, y: np.ndarray
) -> list[np.ndarray]:
    embeddings, hidden_w, hidden_b, out_w, out_b = params
    words = data.words[window_rows]
    dense = data.per_token[window_rows].reshape(len(y), -1)
    x = np.hstack([dense, embeddings[words].reshape(len(y), -1)])
    hidden = np.maximum(x @ hidden_w + hidden_b, 0.0)
    scores = hidden @ out_w + out_b
    probs = np.exp(scores - scores.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    probs[np.arange(len(y)), y] -= 1.0
    d_scores = probs / len(y)
    d_hidden = (d_scores @ out_w.T) * (hidden > 0)
    d_embedded = (d_hidden @ hidden_w[dense.shape[1] :].T).reshape(-1, embeddings.shape[1])
    d_embeddings = np.zeros_like(embeddings)
    np.add.at(d_embeddings, words.ravel(), d_embedded)
    return [d_embeddings, x.T @ d_hidden, d_hidden.sum(axis=0), hidden.T @ d_scores, d_scores.sum(axis=0)]


# --- agreement and the command ----------------------------------------------------------------------


def entity_set(doc: Doc) -> set[tuple[int, int, str]]:
    return {(ent.start, ent.end, ent.label_) for ent in doc.ents}


def agreement(
    student: list[set[tuple[int, int, str]]], teacher: list[set[tuple[int, int, str]]]
) -> dict[str, tuple[float, float, float]]:
    """Exact span-and-label P/R/F1 of the student's entities against the teacher's: overall and per reported label."""
    counts: Counter[tuple[str, str]] = Counter()
    for predicted, gold in zip(student, teacher, strict=True):
        for key, spans in (("predicted", predicted), ("gold", gold), ("both", predicted & gold)):
            counts[("all", key)] += len(spans)
            for _, _, label in spans:
                counts[(label, key)] += 1
    return {label: _prf(counts, label) for label in ("all", *REPORTED_LABELS)}


def _prf(counts: Counter[tuple[str, str]], label: str) -> tuple[float, float, float]:
    both = counts[(label, "both")]
    precision = both / max(counts[(label, "predicted")], 1)
    recall = both / max(counts[(label, "gold")], 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def student_agreement(
    nlp: Language, weights: StudentWeights, texts: list[str]
) -> dict[str, tuple[float, float, float]]:
    """Parse ``texts`` with the stock pipeline, then let the student re-tag the same parses and compare."""
    docs = teacher_docs(nlp, texts)
    teacher = [entity_set(doc) for doc in docs]
    student = [entity_set(doc) for doc in StudentNER(weights).pipe(docs)]
    return agreement(student, teacher)


def train(
    data_dir: Path,
    out: Path,
    max_tokens: int = 1_500_000,
    window: int = 2,
    buckets: int = 32768,
    epochs: int = 4,
    heldout: bool = True,
) -> str:
    """Label the training text with the teacher, fit the student, save it to ``out``; a report to print."""
    from newsevents.annotate.nlp import load_stock_nlp

    nlp = load_stock_nlp()
    docs = teacher_docs(nlp, training_texts(data_dir), max_tokens)
    data = labelled_tokens(docs, window, buckets, tuple(nlp.get_pipe("tagger").labels))
    weights = fit_mlp(data, epochs=epochs)
    weights.save(out)
    lines = [f"student NER fitted on {len(data.tags):,} tokens of {len(docs):,} documents: {out}"]
    for name, texts in (heldout_texts(data_dir) if heldout else {}).items():
        lines.append(f"agreement with the teacher on {name} (P / R / F1):")
        for label, (p, r, f) in student_agreement(nlp, weights, texts).items():
            lines.append(f"  {label:<9} {p:.3f} / {r:.3f} / {f:.3f}")
    return "\n".join(lines)
