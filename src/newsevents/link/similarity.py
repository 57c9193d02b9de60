"""Text similarity of articles: TF-IDF cosine over content words, computed only for candidate pairs.

IDF comes from the articles being linked. Candidate pairs share at least ``MIN_SHARED_RARE`` words that
occur in at most ``RARE_DOCUMENTS`` articles (a name, a place, an unusual noun), found through an inverted
index, so the work grows with the pairs that can be similar, not with the square of the corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

RARE_DOCUMENTS = 50  # a word or entity in more articles than this is too common to link any two
MIN_SHARED_RARE = 2
_WORD = re.compile(r"[^\W\d_]{3,}")

Vector = dict[str, float]


def content_words(text: str) -> Counter:
    return Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def tfidf_vectors(texts: dict[str, str]) -> dict[str, Vector]:
    """Unit-length TF-IDF vectors (sublinear term frequency, smoothed IDF) of texts keyed by id."""
    counts = {key: content_words(text) for key, text in texts.items()}
    frequency = Counter(word for words in counts.values() for word in words)
    idf = {word: math.log((1 + len(texts)) / (1 + df)) + 1 for word, df in frequency.items()}
    return {key: _unit({w: (1 + math.log(n)) * idf[w] for w, n in words.items()}) for key, words in counts.items()}


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {w: v / norm for w, v in vector.items()}


def cosine(a: Vector, b: Vector) -> float:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large.get(w, 0.0) for w, v in small.items())


def candidate_pairs(vectors: dict[str, Vector]) -> set[tuple[str, str]]:
    """Sorted id pairs that share enough rare words to be worth scoring."""
    holders: dict[str, list[str]] = defaultdict(list)
    for key, vector in vectors.items():
        for word in vector:
            holders[word].append(key)
    shared: Counter = Counter()
    for keys in holders.values():
        if 1 < len(keys) <= RARE_DOCUMENTS:
            shared.update(combinations(sorted(keys), 2))
    return {pair for pair, n in shared.items() if n >= MIN_SHARED_RARE}


def similar_pairs(texts: dict[str, str], threshold: float) -> Iterable[tuple[str, str, float]]:
    """(id, id, cosine) for every candidate pair at or above ``threshold``."""
    vectors = tfidf_vectors(texts)
    for a, b in candidate_pairs(vectors):
        score = cosine(vectors[a], vectors[b])
        if score >= threshold:
            yield a, b, score
