"""Cross-article links: near-duplicates, related articles, the same event from several sources."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from itertools import combinations
from pathlib import Path

from newsevents.link import ArticleLink, ArticleLinking, ArticleView, EventView, cluster_events, link_articles
from newsevents.link.events import _candidate_pairs, same_event
from newsevents.link.similarity import average_linkage

REPORT_A = (
    "Russian drones struck a fuel depot in Mykolaiv on Friday, killing two workers, regional officials said. "
    "Governor Vitaliy Kim said firefighters fought the blaze for seven hours before bringing it under control. "
    "The city has been hit repeatedly since the start of the war, and residents say air defences are stretched."
)
REPORT_B = (
    "A fuel depot in Mykolaiv was set ablaze on Friday when it was struck by Russian drones, officials said. "
    "Two employees of the depot were killed, according to the regional administration, which said the fire "
    "burned until the afternoon. Local people told reporters they had heard at least six explosions at dawn."
)


def view(article_id: str, text: str, entities: set[str] = frozenset()) -> ArticleView:
    return ArticleView(id=article_id, text=text, entities=frozenset(entities))


def event(article: str, date: str | None, lat: float | None, source: str, kind: str = "ASSAULT") -> EventView:
    return EventView(
        article_id=article,
        event_id="e1",
        type=kind,
        date=date,
        granularity="day",
        lat=lat,
        lon=32.0 if lat is not None else None,
        actor=None,
        source=source,
    )


def test_a_republished_copy_is_a_duplicate_and_another_report_is_not():
    copy = REPORT_A + " Updated at 14:00."
    links = link_articles([view("a", REPORT_A), view("b", REPORT_B), view("c", copy)]).links
    duplicates = [(link.article_id, link.other_id) for link in links if link.kind == "duplicate"]
    assert duplicates == [("a", "c")]


def test_articles_sharing_actors_and_places_are_related():
    shared = {"place:700569", "actor:vitaliy kim", "actor:russia"}
    links = link_articles(
        [
            view("a", REPORT_A, shared),
            view("b", REPORT_B, shared | {"place:1"}),
            view("z", "Unrelated text about football and the weather in another country."),
        ]
    ).links
    assert [(link.article_id, link.other_id, link.kind) for link in links] == [("a", "b", "related")]


def test_same_event_from_two_sources_is_one_cluster_with_its_corroboration():
    events = [
        event("a", "2025-03-14", 46.97, "Harbour Courier"),
        event("b", "2025-03-15", 46.98, "Northern Ledger"),  # a day later, 1 km away: same event
        event("c", "2025-03-20", 46.97, "Daily Bugle"),  # a week later: another attack
        event("d", "2025-03-14", None, "Morning Post"),  # no place: never merged
        event("e", "2025-03-14", 46.97, "Evening Star", kind="PROTEST"),
    ]
    (cluster,) = cluster_events(events)
    assert cluster.members == (("a", "e1"), ("b", "e1"))
    assert cluster.sources == 2


def test_reports_of_one_story_merge_their_events_unless_date_or_place_disagree():
    """Articles that tell the same story merge mentions of one type even without a date or a place; a
    disagreeing date or place, or another type, still keeps them apart."""
    events = [
        event("a", "2025-03-14", 46.97, "Harbour Courier"),
        event("b", None, None, "Northern Ledger"),  # same story, undated and unplaced: the same attack
        event("c", "2025-06-02", None, "Daily Bugle"),  # same story's words, another date: another attack
        event("d", None, None, "Evening Star", kind="PROTEST"),
    ]
    stories = [("a", "b"), ("a", "c"), ("a", "d")]
    (cluster,) = cluster_events(events, same_story=stories)
    assert cluster.members == (("a", "e1"), ("b", "e1"))
    assert cluster_events(events) == []  # without the story, undated mentions never merge


def test_same_story_pairs_are_duplicates_and_close_relatives():
    links = link_articles([view("a", REPORT_A), view("b", REPORT_B), view("c", REPORT_A + " Updated at 14:00.")])
    assert ("a", "c") in links.same_story_pairs()


def test_run_links_the_stored_articles(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    dateline = "Published 14 March 2025\n\n"
    (corpus / "a.txt").write_text(dateline + REPORT_A)
    (corpus / "b.txt").write_text(dateline + REPORT_B)
    (corpus / "a_copy.txt").write_text(dateline + REPORT_A + " Updated with the governor's comments.")
    db = tmp_path / "news.db"
    result = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "run", str(corpus), "--db", f"sqlite:///{db}", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        kinds = [kind for (kind,) in conn.execute("select kind from article_links")]
        clusters = conn.execute(
            "select cluster_id, count(*), max(sources) from event_links group by cluster_id"
        ).fetchall()
    assert kinds.count("duplicate") == 1
    # the attack is one event reported by all three articles, but the copy does not corroborate it
    assert any(members == 3 and sources == 2 for _, members, sources in clusters), clusters


def test_the_store_marks_each_articles_first_event_as_its_lead(tmp_path: Path):
    from newsevents.record import Article, Document, Event, Span
    from newsevents.store import Store
    from newsevents.store.linking import _event_views

    text = "Police arrested two men on Monday after gunmen attacked a bus near the market."
    events = [Event("e1", "ASSAULT", [Span(41, 77)]), Event("e2", "COERCE", [Span(0, 31)])]
    store = Store(f"sqlite:///{tmp_path / 'news.db'}")
    store.save(Document(Article(text, id="a", url="https://example.org/a"), events=events), "in-0")
    with store.engine.connect() as conn:
        assert [v.event_id for v in _event_views(conn) if v.lead] == ["e2"]


def test_two_reports_of_one_story_are_related_by_their_text_alone():
    football = "The football club won its home game on Saturday; the weather was mild and the crowd was loud."
    links = link_articles([view("a", REPORT_A), view("b", REPORT_B), view("z", football)]).links
    assert [(link.article_id, link.other_id, link.kind) for link in links] == [("a", "b", "related")]


def test_text_similarity_scores_only_pairs_that_share_rare_words():
    from newsevents.link.similarity import candidate_pairs, cosine, tfidf_vectors

    vectors = tfidf_vectors({"a": REPORT_A, "b": REPORT_B, "c": "Markets rallied as bond yields eased."})
    assert candidate_pairs(vectors) == {("a", "b")}
    assert 0.1 < cosine(vectors["a"], vectors["b"]) < 1.0
    assert cosine(vectors["a"], vectors["a"]) > 0.999


def placed(article: str, kind: str = "ASSAULT", **fields) -> EventView:
    """An event in Mykolaiv (Ukraine) unless ``fields`` say otherwise."""
    values = {"date": None, "lat": 46.97, "lon": 32.0, "actor": None, "country": "UA", "place_feature": "city"}
    values |= fields
    return EventView(article_id=article, event_id="e1", type=kind, granularity="day", source=article, **values)


def test_vague_or_coarser_evidence_does_not_keep_one_storys_mentions_apart():
    """A relative date, a partial actor name and the country holding the city do not disagree; another
    actor, a date a month off, or a city abroad do."""
    story = [("a", "b")]
    assert same_event(placed("a", date="2025-03-14"), placed("b", date="PRESENT_REF"), same_story=True)
    assert same_event(placed("a", actor="riot police"), placed("b", actor="police"), same_story=True)
    ukraine = placed("b", lat=49.0, lon=32.0, place_feature="country")
    assert same_event(placed("a"), ukraine, same_story=True)
    assert not same_event(placed("a", actor="protesters"), placed("b", actor="police"), same_story=True)
    assert not same_event(placed("a", date="2025-03-14"), placed("b", date="2025-04-20"), same_story=True)
    assert not same_event(placed("a"), placed("b", lat=47.0, lon=28.9, country="MD"), same_story=True)
    assert len(cluster_events([placed("a", date="PRESENT_REF"), placed("b", date="PRESENT_REF")])) == 0
    assert len(cluster_events([placed("a", date="2025-03-14"), placed("b")], story)) == 1


def test_a_place_of_no_known_country_does_not_keep_one_storys_mentions_apart():
    """A sea or a range across borders (no country) is too vague to disagree; a city abroad still does."""
    sea = placed("b", lat=43.0, lon=34.0, country=None, place_feature="other")
    assert same_event(placed("a"), sea, same_story=True)
    assert not same_event(placed("a"), sea)  # without the story, a vague place is no evidence either
    assert not same_event(placed("a"), placed("b", lat=47.0, lon=28.9, country="MD"), same_story=True)


def test_mentions_of_two_types_stay_apart_even_within_one_story():
    """A shooting and the arrest that followed are two events of one story."""
    story = [("a", "b")]
    assert cluster_events([placed("a", "ASSAULT"), placed("b", "COERCE")], story) == []
    assert len(cluster_events([placed("a", "ASSAULT"), placed("b", "ASSAULT")], story)) == 1


def test_the_lead_events_of_two_reports_of_one_story_merge_across_types():
    """Two reports of one story open with one happening, coded as an attack in one and as the charge that
    followed in the other; a lead and a later mention, two leads of unrelated articles, or two leads whose
    dates disagree stay apart."""
    story = [("a", "b")]
    attack, charge = placed("a", "ASSAULT", lead=True), placed("b", "ACCUSE", lead=True)
    assert len(cluster_events([attack, charge], story)) == 1
    assert cluster_events([attack, charge]) == []
    assert cluster_events([attack, placed("b", "ACCUSE")], story) == []
    late_charge = placed("b", "ACCUSE", lead=True, date="2025-06-01")
    assert cluster_events([placed("a", "ASSAULT", lead=True, date="2025-03-14"), late_charge], story) == []


def test_a_pair_in_a_date_bucket_and_a_story_is_considered_once():
    events = [placed("a", date="2025-03-14"), placed("b", date="2025-03-15"), placed("c", date="2025-03-14")]
    pairs = [(x.article_id, y.article_id) for x, y in _candidate_pairs(events, {("a", "b"), ("a", "c")})]
    assert sorted(pairs) == [("a", "b"), ("a", "c"), ("b", "c")]


def test_average_linkage_keeps_two_stories_apart_that_one_loose_link_joins():
    strong = {("a1", "a2"): 0.6, ("a2", "a3"): 0.5, ("a1", "a3"): 0.55, ("b1", "b2"): 0.7}
    loose = {("a3", "b1"): 0.3}  # above the threshold, but the mean between the two groups is low
    groups = average_linkage(strong | loose, threshold=0.18)
    assert sorted(map(sorted, groups)) == [["a1", "a2", "a3"], ["b1", "b2"]]
    assert average_linkage({("x", "y"): 0.1}, threshold=0.18) == []


def test_same_story_pairs_drop_a_link_between_two_story_clusters():
    links = [
        ArticleLink("a1", "a2", "related", 0.6),
        ArticleLink("b1", "b2", "related", 0.7),
        ArticleLink("a2", "b1", "related", 0.3),
    ]
    assert sorted(ArticleLinking.of(links).same_story_pairs()) == [("a1", "a2"), ("b1", "b2")]


def test_articles_that_keep_the_same_nearest_neighbours_are_alike_at_second_order():
    from newsevents.link.similarity import shared_neighbours

    direct = {("a", "c"): 0.5, ("b", "c"): 0.5, ("a", "d"): 0.4, ("b", "d"): 0.4, ("x", "y"): 0.9}
    second = shared_neighbours(direct, k=10)
    assert second[("a", "b")] > 0.999 and second[("c", "d")] > 0.999  # never linked, same neighbours
    assert ("x", "y") not in second  # linked to each other only: no neighbour in common
    assert ("a", "x") not in second


def test_the_related_relation_is_not_capped_per_article():
    """Forty-five reports of one story are all related to each other: how many to show is the reader's query's
    limit, not the relation's."""
    core = REPORT_A.split(".")[0].split()
    details = ("morning", "evening", "witnesses", "locals", "smoke", "sirens", "police", "crews", "tanker", "flames")
    reports = []
    for i, own in enumerate(combinations(details, 2)):  # 45 reports, each with its own two details
        words = [w for j, c in enumerate(core) for w in ([c, own[j // 4 % 2]] if j % 4 == 3 else [c])]
        reports.append(view(f"r{i:02d}", " ".join(words)))
    links = link_articles(reports).links
    assert {link.kind for link in links} == {"related"}
    assert len(links) == 45 * 44 // 2


AWARD_A = (
    "Novelist Marta Quell wins the Harbour Prize for fiction. "
    "The Harbour Prize for fiction was awarded on Tuesday to Marta Quell for her novel about a lighthouse keeper. "
    "The judges praised the book's patience and its quiet humour; the prize carries an award of 50,000 crowns."
)
AWARD_B = (
    "Marta Quell's lighthouse novel takes the Harbour Prize. "
    "Marta Quell won the Harbour Prize for fiction on Tuesday with her novel about a lighthouse keeper, judges said. "
    "The author, who wrote the book over eleven years, said she would give part of the 50,000 crowns to a library."
)


def test_an_article_coding_no_event_reports_the_happening_of_a_story_mate_whose_lead_is_alike():
    """An award is no coded event: the report of it joins its story-mate as one happening. Two articles that both
    code events are tied by their event clusters instead, so their link stays "related"."""
    uncoded = link_articles([view("a", AWARD_A), ArticleView("b", AWARD_B, frozenset(), has_events=False)]).links
    assert [(link.article_id, link.other_id, link.kind) for link in uncoded] == [("a", "b", "same happening")]
    coded = link_articles([view("a", AWARD_A), view("b", AWARD_B)]).links
    assert [link.kind for link in coded] == ["related"]


def test_leads_naming_different_years_tell_two_happenings():
    later = AWARD_B.replace("on Tuesday", "in 2024", 1)
    links = link_articles(
        [
            ArticleView("a", AWARD_A.replace("on Tuesday", "in 2019", 1), frozenset(), has_events=False),
            ArticleView("b", later, frozenset(), has_events=False),
        ]
    ).links
    assert [link.kind for link in links] == ["related"]


def test_reports_published_weeks_apart_tell_two_happenings():
    """A story followed for weeks (the prize, then the winner's next book) holds several happenings."""
    first = ArticleView("a", AWARD_A, frozenset(), published="2025-03-04")
    days_later = ArticleView("b", AWARD_B, frozenset(), has_events=False, published="2025-03-06")
    weeks_later = ArticleView("b", AWARD_B, frozenset(), has_events=False, published="2025-04-15")
    assert [link.kind for link in link_articles([first, days_later]).links] == ["same happening"]
    assert [link.kind for link in link_articles([first, weeks_later]).links] == ["related"]


def test_the_lead_is_the_title_and_the_first_sentences():
    from newsevents.link.articles import LEAD_SENTENCES, lead_text

    text = " ".join(f"Sentence number {i} ends here." for i in range(1, 6))
    lead = lead_text(ArticleView("a", text, frozenset(), title="A Title"))
    assert lead.startswith("A Title Sentence number 1") and lead.endswith(f"number {LEAD_SENTENCES} ends here.")


def test_the_store_links_reports_of_one_happening_that_code_no_event(tmp_path: Path):
    from fastapi.testclient import TestClient

    from newsevents.api import create_app
    from newsevents.record import Article, Document
    from newsevents.store import Store
    from newsevents.store.linking import link_counts, relink

    store = Store(f"sqlite:///{tmp_path / 'news.db'}")
    for name, text in (("a", AWARD_A), ("b", AWARD_B)):
        store.save(Document(Article(text, id=name, url=f"https://example.org/{name}")), f"in-{name}")
    counts = relink(store)
    assert counts["same_happening_pairs"] == 1 and counts["related_pairs"] == 0
    assert link_counts(store) == counts
    with TestClient(create_app(store.url)) as client:
        related = client.get("/api/articles/a/related").json()
    assert [(r["id"], r["kind"]) for r in related] == [("b", "same happening")]
