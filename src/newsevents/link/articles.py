"""Near-duplicate and related articles.

Duplicates: MinHash over word 5-gram shingles with locality-sensitive hashing (datasketch), so that
finding them is near-linear in the number of articles; a pair is a duplicate when the estimated
Jaccard similarity of its shingles is at least ``DUPLICATE_JACCARD`` (syndicated copies, re-published
pages with a changed headline or footer). Related: articles about the same story, by either of two
signals: their text (TF-IDF cosine of content words, ``link.similarity``) or the actors and places they
share (Jaccard similarity of those sets); the pair's score is the higher one, and each article keeps its
best ``RELATED_PER_ARTICLE``. Same story: average-linkage clusters over those links (``story_clusters``),
whose event mentions may merge on less evidence. Thresholds were chosen on the ECB+ train topics
(``newsevents eval link``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from datasketch import LeanMinHash, MinHash, MinHashLSH

from newsevents.link.similarity import RARE_DOCUMENTS, Vector, average_linkage, similar_pairs, tfidf_vectors

DUPLICATE_JACCARD = 0.8
SHINGLE_WORDS = 5
PERMUTATIONS = 128
RELATED_MIN_SHARED = 2
RELATED_MIN_SCORE = 0.2
RELATED_MIN_COSINE = 0.10
RELATED_PER_ARTICLE = 20
SAME_STORY_SCORE = 0.18
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
    by_text = {(a, b): score for a, b, score in similar_pairs(vectors, RELATED_MIN_COSINE)}
    by_entities = {(link.article_id, link.other_id): link.score for link in _sharing_entities(articles)}
    scores = {pair: max(by_text.get(pair, 0.0), by_entities.get(pair, 0.0)) for pair in by_text | by_entities}
    return _best_per_article([_pair(a, b, "related", score) for (a, b), score in scores.items()])


def _sharing_entities(articles: list[ArticleView]) -> list[ArticleLink]:
    by_entity: dict[str, list[ArticleView]] = defaultdict(list)
    for article in articles:
        for entity in article.entities:
            by_entity[entity].append(article)
    candidates: set[tuple[str, str]] = set()
    lookup = {a.id: a for a in articles}
    for sharing in by_entity.values():
        if len(sharing) <= RARE_DOCUMENTS:  # an entity in everything (a national corpus's country) links nothing
            candidates.update(tuple(sorted((a.id, b.id))) for a, b in combinations(sharing, 2))
    scored = [_related_score(lookup[a], lookup[b]) for a, b in candidates]
    return [link for link in scored if link is not None]


def _related_score(a: ArticleView, b: ArticleView) -> ArticleLink | None:
    shared = a.entities & b.entities
    score = len(shared) / len(a.entities | b.entities)
    if len(shared) < RELATED_MIN_SHARED or score < RELATED_MIN_SCORE:
        return None
    return _pair(a.id, b.id, "related", score)


def _best_per_article(links: list[ArticleLink]) -> list[ArticleLink]:
    kept: dict[str, int] = defaultdict(int)
    best = []
    for link in sorted(links, key=lambda link: (-link.score, link.article_id, link.other_id)):
        if kept[link.article_id] < RELATED_PER_ARTICLE or kept[link.other_id] < RELATED_PER_ARTICLE:
            best.append(link)
            kept[link.article_id] += 1
            kept[link.other_id] += 1
    return best


def _pair(a: str, b: str, kind: str, score: float) -> ArticleLink:
    first, second = sorted((a, b))
    return ArticleLink(first, second, kind, round(float(score), 3))
