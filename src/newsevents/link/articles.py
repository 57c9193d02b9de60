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
Same story: average-linkage clusters over those links (``story_clusters``, kept beside the links in
``ArticleLinking``), whose event mentions may merge
on less evidence. Same happening: a related pair of one story reports one happening when one of the two articles
codes no event (an award, a takeover, a sports result: a happening outside what events code), their leads (title
and first sentences, what a report is about) are alike (TF-IDF cosine at least ``LEAD_MIN_SCORE``) and name no
different years, and, where both publication dates are known, they were published at most ``HAPPENING_DAYS``
apart (a story followed for weeks holds many happenings whose leads name the same people and places; ECB+ gives
no dates, so that guard is not fitted). Its link is marked ``SAME_HAPPENING`` in place of "related". Two articles
that both code events are tied by their event clusters instead (``link.events``), which keep a shooting and the
arrest after it apart. Except ``HAPPENING_DAYS``, thresholds and weights were chosen on the ECB+ train topics
(``newsevents eval link``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
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
LEAD_SENTENCES = 3
LEAD_MIN_SCORE = 0.10
HAPPENING_DAYS = 3
SAME_HAPPENING = "same happening"
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"'‘“(]?[A-Z])|\n+")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True)
class ArticleView:
    """What linking needs to know of a stored article."""

    id: str
    text: str
    entities: frozenset[str]  # actor names and place ids, normalised
    title: str | None = None
    has_events: bool = True  # the article codes at least one event mention
    published: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class ArticleLink:
    article_id: str
    other_id: str
    kind: str  # duplicate | related | same happening
    score: float


def entity_keys(actor_names: Iterable[str], geonameids: Iterable[int | None]) -> frozenset[str]:
    """The entities two articles can share: actors by lower-cased name, places by GeoNames id."""
    actors = {f"actor:{name.lower()}" for name in actor_names}
    return frozenset(actors | {f"place:{gid}" for gid in geonameids if gid is not None})


@dataclass(frozen=True)
class ArticleLinking:
    """The links among a collection's articles and the story clusters they form (``story_clusters``)."""

    links: list[ArticleLink]
    stories: list[set[str]]

    @classmethod
    def of(cls, links: list[ArticleLink]) -> ArticleLinking:
        return cls(links, story_clusters(links))

    def same_story_pairs(self) -> list[tuple[str, str]]:
        """Linked article pairs that tell the same story: both in one story cluster. Their event mentions merge
        on less evidence (``link.events``)."""
        story = {article: i for i, members in enumerate(self.stories) for article in members}
        return [
            (x.article_id, x.other_id)
            for x in self.links
            if x.article_id in story and story[x.article_id] == story.get(x.other_id)
        ]


def link_articles(articles: list[ArticleView]) -> ArticleLinking:
    """Duplicate pairs, then related pairs among the rest, those that report one happening marked so (see the
    module docstring); each unordered pair once (ids sorted). Marking keeps the scores, so the story clusters
    are those of the unmarked links."""
    vectors = tfidf_vectors({x.id: x.text for x in articles})
    duplicates = _duplicates(articles)
    taken = {(link.article_id, link.other_id) for link in duplicates}
    related = [link for link in _related(articles, vectors) if (link.article_id, link.other_id) not in taken]
    linking = ArticleLinking.of(duplicates + related)
    return replace(linking, links=_mark_same_happenings(articles, linking))


def story_clusters(links: list[ArticleLink]) -> list[set[str]]:
    """Groups of two or more articles about one story: average linkage over the linked pairs (an unlinked pair
    counts as dissimilar), merging while the mean score between two groups is at least ``SAME_STORY_SCORE``.
    Unlike connected components, one loose link does not join two stories of a topic (two earthquakes in one
    region); and only linked pairs are visited, so the cost grows with the links, not the articles squared."""
    return average_linkage({(x.article_id, x.other_id): x.score for x in links}, SAME_STORY_SCORE)


def lead_text(article: ArticleView) -> str:
    """What the report is about: its title and its first ``LEAD_SENTENCES`` sentences."""
    sentences = [s for s in _SENTENCE_BREAK.split(article.text) if s.strip()][:LEAD_SENTENCES]
    return " ".join([article.title, *sentences] if article.title else sentences)


def _mark_same_happenings(articles: list[ArticleView], linking: ArticleLinking) -> list[ArticleLink]:
    """The links, each related pair of one story that reports one happening marked ``SAME_HAPPENING``: one of the
    two articles codes no event, they were published close together, and their leads are alike and name no
    different years."""
    links = linking.links
    if all(x.has_events for x in articles):
        return links
    by_id = {x.id: x for x in articles}
    pairs = {
        (a, b)
        for a, b in linking.same_story_pairs()
        if not (by_id[a].has_events and by_id[b].has_events) and not _published_apart(by_id[a], by_id[b])
    }
    if not pairs:
        return links
    leads = {x.id: lead_text(x) for x in articles}
    vectors = tfidf_vectors(leads)
    same = {
        (a, b)
        for a, b in pairs
        if cosine(vectors[a], vectors[b]) >= LEAD_MIN_SCORE and not _years_disagree(leads[a], leads[b])
    }
    return [
        replace(link, kind=SAME_HAPPENING)
        if link.kind == "related" and (link.article_id, link.other_id) in same
        else link
        for link in links
    ]


def _published_apart(a: ArticleView, b: ArticleView) -> bool:
    """Both dated, and more than ``HAPPENING_DAYS`` apart."""
    try:
        days = abs((date.fromisoformat(a.published or "") - date.fromisoformat(b.published or "")).days)
    except ValueError:
        return False
    return days > HAPPENING_DAYS


def _years_disagree(a: str, b: str) -> bool:
    """Both texts name years and share none: two leads dated to different years tell two happenings."""
    years_a, years_b = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(years_a and years_b) and years_a.isdisjoint(years_b)


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
