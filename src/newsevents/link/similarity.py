"""Text similarity of articles: TF-IDF cosine over content words, computed only for candidate pairs.

IDF comes from the articles being linked. Candidate pairs share at least ``MIN_SHARED_RARE`` words that
occur in at most ``RARE_DOCUMENTS`` articles (a name, a place, an unusual noun), found through an inverted
index, so the work grows with the pairs that can be similar, not with the square of the corpus. Beside it,
the second-order similarity of linked ids (``shared_neighbours``) and average-linkage groups of them.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from itertools import combinations
from typing import TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

RARE_DOCUMENTS = 50  # a word or entity in more articles than this is too common to link any two
MIN_SHARED_RARE = 2
_WORD = re.compile(r"[^\W\d_]{3,}")

Vector = dict[str, float]
Key = TypeVar("Key", bound=Hashable)


def content_words(text: str) -> Counter:
    return Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def tfidf_vectors(texts: Mapping[Key, str]) -> dict[Key, Vector]:
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


def shared_neighbours(similarity: Mapping[tuple[Key, Key], float], k: int) -> dict[tuple[Key, Key], float]:
    """Second-order similarity of linked ids: the cosine of their neighbour vectors, each id's ``k`` most
    similar ids weighted by their similarity (shared nearest neighbours). Two reports of one story that
    word things differently still share the reports they are both close to. Only pairs that share a
    neighbour are scored, through an index from each id to those that keep it as a neighbour; an id kept
    by more than ``RARE_DOCUMENTS`` is left out, so the cost stays near-linear."""
    rows: dict[Key, dict[Key, float]] = defaultdict(dict)
    for (a, b), score in similarity.items():
        rows[a][b] = rows[b][a] = score
    kept_by: dict[Key, list[tuple[Key, float]]] = defaultdict(list)
    for key, row in rows.items():
        nearest = heapq.nlargest(k, row.items(), key=lambda item: item[1])
        norm = math.sqrt(sum(score * score for _, score in nearest)) or 1.0
        for neighbour, score in nearest:
            kept_by[neighbour].append((key, score / norm))
    dot: Counter = Counter()
    for holders in kept_by.values():
        if len(holders) > RARE_DOCUMENTS:  # a neighbour of everything tells no two stories apart
            continue
        for (a, weight_a), (b, weight_b) in combinations(sorted(holders), 2):
            dot[(a, b)] += weight_a * weight_b
    return dict(dot)


def average_linkage(similarity: dict[tuple[str, str], float], threshold: float) -> list[set[str]]:
    """Groups of two or more ids, merged best pair first while the mean similarity over every cross pair of
    two groups is at least ``threshold``; a pair missing from ``similarity`` counts as 0. Only linked group
    pairs are visited (a heap of them, and per group the summed similarity to each linked neighbour), so
    the cost is about E log E for E linked pairs, not the square of the ids."""
    linkage = _Linkage(similarity)
    heap = [(-linkage.mean(x, y), x, y) for x, row in linkage.sums.items() for y in row if x < y]
    heapq.heapify(heap)
    while heap and -heap[0][0] >= threshold:
        _, x, y = heapq.heappop(heap)
        if x in linkage.members and y in linkage.members:
            merged = linkage.merge(x, y)
            for other in linkage.sums[merged]:
                heapq.heappush(heap, (-linkage.mean(merged, other), merged, other))
    return [group for group in linkage.members.values() if len(group) > 1]


class _Linkage:
    """Groups of ids and the summed similarity between linked groups; a merge makes a new group id, so heap
    entries that name a merged group are recognised as stale."""

    def __init__(self, similarity: dict[tuple[str, str], float]) -> None:
        ids = sorted({key for pair in similarity for key in pair})
        group_of = {key: i for i, key in enumerate(ids)}
        self.members: dict[int, set[str]] = {i: {key} for i, key in enumerate(ids)}
        self.sums: dict[int, dict[int, float]] = {i: {} for i in self.members}
        self.next_id = len(ids)
        for (a, b), score in similarity.items():
            x, y = group_of[a], group_of[b]
            if x != y:
                self.sums[x][y] = self.sums[y][x] = self.sums[x].get(y, 0.0) + score

    def mean(self, x: int, y: int) -> float:
        return self.sums[x][y] / (len(self.members[x]) * len(self.members[y]))

    def merge(self, x: int, y: int) -> int:
        merged, self.next_id = self.next_id, self.next_id + 1
        fewer, more = sorted((self.members.pop(x), self.members.pop(y)), key=len)
        self.members[merged] = more
        more.update(fewer)
        small, large = sorted((self.sums.pop(x), self.sums.pop(y)), key=len)
        for other, score in small.items():
            large[other] = large.get(other, 0.0) + score
        for gone in (x, y):
            large.pop(gone, None)
        for other, score in large.items():
            row = self.sums[other]
            row.pop(x, None)
            row.pop(y, None)
            row[merged] = score
        self.sums[merged] = large
        return merged
