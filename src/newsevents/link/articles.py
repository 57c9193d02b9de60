"""Near-duplicate and related articles.

Duplicates: MinHash over word 5-gram shingles with locality-sensitive hashing (datasketch), so that
finding them is near-linear in the number of articles; a pair is a duplicate when the estimated
Jaccard similarity of its shingles is at least ``DUPLICATE_JACCARD`` (syndicated copies, re-published
pages with a changed headline or footer). Related: articles about the same story. A pair's direct score
blends its text (TF-IDF cosine of content words, ``link.similarity``; weight ``TEXT_WEIGHT``) with the
actors and places the two share (Jaccard similarity of those sets). Two reports of one story often word it
differently but lie close to the same other reports: a pair is related when its direct score is at least
``DIRECT_MIN_SCORE``, or when the mean of its direct score and its shared-neighbour similarity
(``similarity.shared_neighbours`` over each article's ``NEIGHBOURS`` best direct links) is at least
``RAISED_MIN_SCORE``; its score is the higher of the two.
The relation itself is not capped per article: how many links to show is the reader's query's limit.
Same story: average-linkage clusters over those links (``story_clusters``), whose event mentions may merge
on less evidence. Thresholds and weights were chosen on the ECB+ train topics (``newsevents eval link``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from datasketch import LeanMinHash, MinHash, MinHashLSH

from newsevents.link.similarity import (
    RARE_DOCUMENTS,
    Vector,
    average_linkage,
    candidate_pairs,
    cosine,
    shared_neighbours,
    tfidf_vectors,
)

DUPLICATE_JACCARD = 0.8
SHINGLE_WORDS = 5
PERMUTATIONS = 128
TEXT_WEIGHT = 0.7
DIRECT_MIN_SCORE = 0.10
NEIGHBOURS = 10
RAISED_MIN_SCORE = 0.06
SAME_STORY_SCORE = 0.33
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ArticleView:
    """What linking needs to know of a stored article."""

    id: str
    text: str
    entities: frozenset[str]  # actor names and place ids, normalised


@dataclass(frozen=True)
class ArticleLink:
    article_id: str
    other_id: str
    kind: str  # duplicate | related
    score: float


def entity_keys(actor_names: Iterable[str], geonameids: Iterable[int | None]) -> frozenset[str]:
    """The entities two articles can share: actors by lower-cased name, places by GeoNames id."""
    actors = {f"actor:{name.lower()}" for name in actor_names}
    return frozenset(actors | {f"place:{gid}" for gid in geonameids if gid is not None})


def link_articles(articles: list[ArticleView]) -> list[ArticleLink]:
    """Duplicate pairs, then related pairs among the rest; each unordered pair once (ids sorted)."""
    vectors = tfidf_vectors({x.id: x.text for x in articles})
    duplicates = _duplicates(articles)
    taken = {(link.article_id, link.other_id) for link in duplicates}
    related = [link for link in _related(articles, vectors) if (link.article_id, link.other_id) not in taken]
    return duplicates + related


def same_story_pairs(links: list[ArticleLink]) -> list[tuple[str, str]]:
    """Linked article pairs that tell the same story: both in one story cluster (``story_clusters``). Their
    event mentions merge on less evidence (``link.events``)."""
    story = {article: i for i, members in enumerate(story_clusters(links)) for article in members}
    return [
        (x.article_id, x.other_id)
        for x in links
        if x.article_id in story and story[x.article_id] == story.get(x.other_id)
    ]


def story_clusters(links: list[ArticleLink]) -> list[set[str]]:
    """Groups of two or more articles about one story: average linkage over the linked pairs (an unlinked pair
    counts as dissimilar), merging while the mean score between two groups is at least ``SAME_STORY_SCORE``.
    Unlike connected components, one loose link does not join two stories of a topic (two earthquakes in one
    region); and only linked pairs are visited, so the cost grows with the links, not the articles squared."""
    return average_linkage({(x.article_id, x.other_id): x.score for x in links}, SAME_STORY_SCORE)


def signature(text: str) -> LeanMinHash:
    """MinHash of the text's word 5-gram shingles (lower-cased)."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=PERMUTATIONS)
    minhash.update_batch([s.encode() for s in shingles])
    return LeanMinHash(minhash)


def _duplicates(articles: list[ArticleView]) -> list[ArticleLink]:
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=PERMUTATIONS)
    signatures = {}
    links = []
    for article in articles:
        sig = signature(article.text)
        for other in lsh.query(sig):
            score = sig.jaccard(signatures[other])
            if score >= DUPLICATE_JACCARD:
                links.append(_pair(article.id, other, "duplicate", score))
        lsh.insert(article.id, sig)
        signatures[article.id] = sig
    return links


def _related(articles: list[ArticleView], vectors: dict[str, Vector]) -> list[ArticleLink]:
    entities = {x.id: x.entities for x in articles}

    def direct(a: str, b: str) -> float:
        return TEXT_WEIGHT * cosine(vectors[a], vectors[b]) + (1 - TEXT_WEIGHT) * _jaccard(entities[a], entities[b])

    candidates = candidate_pairs(vectors) | _sharing_entities(articles)
    first = {pair: score for pair in candidates if (score := direct(*pair)) >= DIRECT_MIN_SCORE}
    second = shared_neighbours(first, NEIGHBOURS)
    links = [_pair(*pair, "related", max(score, (score + second.get(pair, 0.0)) / 2)) for pair, score in first.items()]
    for pair in second.keys() - first.keys():
        score = (direct(*pair) + second[pair]) / 2
        if score >= RAISED_MIN_SCORE:
            links.append(_pair(*pair, "related", score))
    return links


def _sharing_entities(articles: list[ArticleView]) -> set[tuple[str, str]]:
    """Sorted id pairs that share an entity held by at most ``RARE_DOCUMENTS`` articles (an entity in
    everything, such as a national corpus's country, links nothing)."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for entity in article.entities:
            by_entity[entity].append(article.id)
    return {
        pair
        for sharing in by_entity.values()
        if len(sharing) <= RARE_DOCUMENTS
        for pair in combinations(sorted(sharing), 2)
    }


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _pair(a: str, b: str, kind: str, score: float) -> ArticleLink:
    first, second = sorted((a, b))
    return ArticleLink(first, second, kind, round(float(score), 3))
