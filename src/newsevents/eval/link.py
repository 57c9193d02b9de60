"""Cross-article linking scored on ECB+: related stories and the same event across sources.

ECB+ (the ``ecbplus`` folder) groups news documents by topic ("an Oscars host is announced") and each topic
in two sub-topics: two different real events of the same kind (one host announced in 2008, another in
2010). Every pair of documents is scored, pairwise precision / recall / F1:

- related stories: our related-or-duplicate article link, against the gold "same topic";
- same event: the two documents share one of our cross-source event clusters, or our article link says they
  report the same happening (``link.articles.SAME_HAPPENING``: one of them codes no event), against the gold
  "same sub-topic" (the documents report the same real event). Beside it, for diagnosis, the article-level
  story clusters that decide which articles' mentions may merge (``link.articles.story_clusters``): the
  gap between the two rows is what event coding (types, dates, places, actors) loses.

Each document is its own source, processed by the real pipeline as a plain text (ECB+ gives no
publication dates, so only absolute dates in the text date an event). Beside ours, a TF-IDF cosine
baseline links a pair above a threshold chosen for the best F1 on the train topics. ECB+'s standard
split: study on the train topics, report the dev topics (its test topics are kept aside).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from newsevents.eval.scoring import precision_recall_f1
from newsevents.link import ArticleView, EventView, cluster_events, lead_event, link_articles
from newsevents.link.articles import SAME_HAPPENING, entity_keys
from newsevents.record import Document

DEV_TOPICS = {2, 5, 12, 18, 21, 23, 34, 35}
STORY_CLUSTERS = "ours: story clusters (articles)"
_DETOKENIZE = [(re.compile(p), r) for p, r in ((r" (['’]s|n't|[.,;:!?%)\]])", r"\1"), (r"([(\[$]) ", r"\1"))]
_QUOTES = re.compile(r"``|''")


@dataclass(frozen=True)
class GoldDoc:
    name: str  # "2_1ecb"
    topic: int
    subtopic: str  # "2/ecb" or "2/ecbplus": one real event
    text: str


def read_ecbplus(data_dir: Path, split: str) -> list[GoldDoc]:
    """The documents of the train or dev topics, as plain text, in file order."""
    root = data_dir / "ECB+"
    topics = sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit())
    chosen = [t for t in topics if (t in DEV_TOPICS) == (split == "dev")]
    return [_gold_doc(path, topic) for topic in chosen for path in sorted((root / str(topic)).glob("*.xml"))]


def _gold_doc(path: Path, topic: int) -> GoldDoc:
    kind = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
    return GoldDoc(path.stem, topic, f"{topic}/{kind}", _text_of(path))


def _text_of(path: Path) -> str:
    """The document's tokens as readable text: one line per sentence, tokens re-joined."""
    sentences: dict[str, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
    return "\n".join(_detokenize(" ".join(words)) for words in sentences.values())


def _detokenize(line: str) -> str:
    line = _QUOTES.sub('"', line)
    for pattern, replacement in _DETOKENIZE:
        line = pattern.sub(replacement, line)
    return line


# --- our links ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OurPairs:
    """Our document pairs, each as sorted names."""

    related: set[tuple[str, str]]  # related-or-duplicate article links
    same_event: set[tuple[str, str]]  # the two documents share an event cluster or report one happening
    same_story: set[tuple[str, str]]  # the two documents are in one story cluster (article level)


def our_pairs(docs: list[GoldDoc], documents: list[Document]) -> OurPairs:
    """Our links between the documents: article links, event clusters and same-happening links, and the story
    clusters that guide them."""
    views = [_article_view(gold.name, doc) for gold, doc in zip(docs, documents, strict=True)]
    linking = link_articles(views)
    links = linking.links
    events = [view for gold, doc in zip(docs, documents, strict=True) for view in _event_views(gold.name, doc)]
    clusters = cluster_events(events, linking.same_story_pairs())
    return OurPairs(
        related={(link.article_id, link.other_id) for link in links},
        same_event=_pairs_within(sorted({article for article, _ in c.members}) for c in clusters)
        | {(link.article_id, link.other_id) for link in links if link.kind == SAME_HAPPENING},
        same_story=_pairs_within(sorted(group) for group in linking.stories),
    )


def _pairs_within(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
    return {pair for names in groups for pair in combinations(names, 2)}


def _article_view(name: str, doc: Document) -> ArticleView:
    geonameids = [p.geonameid for p in doc.places]
    entities = entity_keys([a.name for a in doc.actors], geonameids)
    return ArticleView(id=name, text=doc.article.text, entities=entities, has_events=bool(doc.events))


def _event_views(name: str, doc: Document) -> Iterator[EventView]:
    places = {p.id: p for p in doc.places}
    actors = {a.id: a.name for a in doc.actors}
    lead = lead_event({e.id: min(span.start for span in e.evidence) for e in doc.events if e.evidence})
    for event in doc.events:
        place = places.get(event.place or "")
        actor = actors.get(event.actor or "")
        yield EventView(
            article_id=name,
            event_id=event.id,
            type=event.type,
            date=event.date.value,
            granularity=event.date.granularity,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            actor=actor.lower() if actor else None,
            source=name,
            country=place.country if place else None,
            place_feature=place.feature if place else None,
            lead=event.id == lead,
        )


# --- baseline and scores ---------------------------------------------------------------------------


def cosine_similarity(docs: list[GoldDoc]) -> np.ndarray:
    """Pairwise TF-IDF cosine similarity of the documents (English stop words out)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([d.text for d in docs])
    return (matrix @ matrix.T).toarray()


def cosine_pairs(docs: list[GoldDoc], similarity: np.ndarray, threshold: float) -> set[tuple[str, str]]:
    """Pairs whose cosine ``similarity`` is at least ``threshold``."""
    return {
        tuple(sorted((docs[i].name, docs[j].name)))
        for i, j in combinations(range(len(docs)), 2)
        if similarity[i, j] >= threshold
    }


def gold_pairs(docs: list[GoldDoc], key: str) -> set[tuple[str, str]]:
    """Pairs of documents with the same ``topic`` or the same ``subtopic``."""
    return {tuple(sorted((a.name, b.name))) for a, b in combinations(docs, 2) if getattr(a, key) == getattr(b, key)}


def prf(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> dict[str, float]:
    hits = len(predicted & gold)
    precision, recall, f1 = precision_recall_f1(hits, len(predicted), hits, len(gold))
    return {"pairs": len(predicted), "P": precision, "R": recall, "F1": f1}


def best_threshold(docs: list[GoldDoc], similarity: np.ndarray, key: str) -> float:
    """The cosine threshold with the best pairwise F1 for ``key`` on ``docs`` (the train topics)."""
    gold = gold_pairs(docs, key)
    grid = [round(0.05 * i, 2) for i in range(1, 19)]
    return max(grid, key=lambda t: prf(cosine_pairs(docs, similarity, t), gold)["F1"])


def evaluate_link(data_dir: Path, split: str = "dev", limit: int | None = None) -> dict[str, dict[str, dict]]:
    """Pairwise P/R/F1 of ours and of the TF-IDF baseline, for related stories and for the same event."""
    from newsevents.eval.events import annotate_texts

    docs = read_ecbplus(data_dir, split)[:limit]
    train = read_ecbplus(data_dir, "train")[:limit]
    documents = list(annotate_texts([d.text for d in docs], [None] * len(docs)))
    ours = our_pairs(docs, documents)
    similarity, train_similarity = cosine_similarity(docs), cosine_similarity(train)
    systems = {"related stories": {"ours": ours.related}, "same event": {"ours": ours.same_event}}
    systems["same event"][STORY_CLUSTERS] = ours.same_story
    report = {}
    for task, key in (("related stories", "topic"), ("same event", "subtopic")):
        gold = gold_pairs(docs, key)
        threshold = best_threshold(train, train_similarity, key)
        report[task] = {name: prf(pairs, gold) for name, pairs in systems[task].items()}
        report[task][f"TF-IDF cosine >= {threshold:.2f}"] = prf(cosine_pairs(docs, similarity, threshold), gold)
    return report


def print_report(report: dict[str, dict[str, dict]], split: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Cross-article linking on ECB+ {split} topics (every pair of documents)")
    for column in ("task", "system", "pairs", "P", "R", "F1"):
        table.add_column(column)
    for task, systems in report.items():
        for system, scores in systems.items():
            table.add_row(task, system, str(scores["pairs"]), *(f"{scores[k]:.3f}" for k in ("P", "R", "F1")))
    Console().print(table)
