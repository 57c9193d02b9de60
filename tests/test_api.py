"""The REST API over real SQLite (and PostgreSQL) databases: filters, pagination, errors, security headers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_helpers import TOKEN, build_linked_db, corpus_docs, story_docs
from newsevents.api import create_app
from newsevents.link.articles import DUPLICATE_JACCARD
from newsevents.store import Store, queries


def all_pages(client: TestClient, path: str, **params: object) -> list[dict]:
    items, cursor = [], None
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


class TestEvents:
    def test_cursor_pages_cover_every_event_once(self, client: TestClient) -> None:
        events = all_pages(client, "/api/events", limit=5)
        assert len(events) == 13
        assert len({e["id"] for e in events}) == 13
        assert [e["id"] for e in events] == sorted(e["id"] for e in events)

    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"type": "protest"}, 4),
            ({"status": "speculated"}, 3),
            ({"country": "fr"}, 3),
            ({"place": "Nairobi"}, 3),
            ({"actor": "Rebel army"}, 6),
            ({"actor": "rebel army"}, 0),
            ({"mode": "riot"}, 13),
            ({"bbox": "30,49,37,51"}, 7),
            ({"date_from": "2025-05-01", "date_to": "2025-05-31"}, 6),
            ({"q": "report 7"}, 1),
            ({"type": "ASSAULT", "country": "UA"}, 3),
            ({"min_factuality": 2}, 10),
            ({"max_factuality": "0.6"}, 3),
            ({"min_factuality": -3, "max_factuality": 2.5}, 6),
        ],
    )
    def test_filters(self, client: TestClient, params: dict, expected: int) -> None:
        events = all_pages(client, "/api/events", **params)
        assert len(events) == expected

    def test_event_has_its_evidence_and_context(self, client: TestClient) -> None:
        first = client.get("/api/events", params={"place": "Paris", "limit": 1}).json()["items"][0]
        event = client.get(f"/api/events/{first['id']}").json()
        span = event["evidence_spans"][0]
        assert event["article"]["text"][span["start"] : span["end"]] == span["text"] == first["evidence"]["text"]
        assert event["place"]["name"] == "Paris"
        assert event["actor"]["name"] in ("Police", "Rebel army")
        assert event["target"]["name"] == "Protesters"
        assert event["factuality"] == first["factuality"] in (3.0, 2.4, 0.6)

    def test_facets_and_timeline(self, client: TestClient) -> None:
        facets = client.get("/api/events/facets", params={"country": "UA"}).json()
        assert facets["country"] == {"UA": 7}
        assert sum(facets["type"].values()) == 7
        days = client.get("/api/events/timeline").json()
        assert sum(d["events"] for d in days) == 13
        assert days == sorted(days, key=lambda d: d["day"])


class TestOtherResources:
    def test_articles_with_full_text_and_record(self, client: TestClient) -> None:
        hits = client.get("/api/articles", params={"q": "Nairobi"}).json()["items"]
        assert len(hits) == 3
        record = client.get(f"/api/articles/{hits[0]['id']}").json()
        assert record["schema"] == "newsevents/1"
        assert record["events"][0]["evidence"]

    def test_related_articles_share_names_before_any_link_pass(self, client: TestClient) -> None:
        article = client.get("/api/articles", params={"q": "Paris"}).json()["items"][0]
        related = client.get(f"/api/articles/{article['id']}/related").json()
        assert related
        assert all(r["id"] != article["id"] and r["shared"] >= 1 for r in related)
        assert {(r["kind"], r["score"]) for r in related} == {("shared names", None)}
        assert [r["shared"] for r in related] == sorted((r["shared"] for r in related), reverse=True)

    def test_actors_places_quotes_claims(self, client: TestClient) -> None:
        actors = client.get("/api/actors", params={"name": "rebel"}).json()["items"]
        assert {a["name"] for a in actors} == {"Rebel army", "Rebels"}
        places = client.get("/api/places", params={"country": "KE"}).json()["items"]
        assert places == [{**places[0], "name": "Nairobi", "articles": 3}]
        quotes = client.get("/api/quotes", params={"speaker": "police"}).json()["items"]
        assert len(quotes) == 6
        assert all(q["speaker_name"] == "Police" for q in quotes)
        claims = client.get("/api/claims", params={"holder": "Rebel army", "status": "speculated"}).json()["items"]
        assert len(claims) == 6


@pytest.fixture(scope="module")
def story_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client over ``story_docs`` after a link pass."""
    url = build_linked_db(tmp_path_factory.mktemp("story") / "news.db", story_docs())
    with TestClient(create_app(url)) as test_client:
        yield test_client


def related_by_title(client: TestClient, title: str, **params: object) -> list[tuple[str, str, float | None]]:
    """(title, kind, score) of the articles related to the article titled ``title``."""
    ids = {a["title"]: a["id"] for a in client.get("/api/articles").json()["items"]}
    related = client.get(f"/api/articles/{ids[title]}/related", params=params).json()
    return [(r["title"], r["kind"], r["score"]) for r in related]


class TestRelatedArticlesAfterLinking:
    def test_duplicates_come_first_then_related_stories_with_their_scores(self, story_client: TestClient) -> None:
        [(copy, kind, duplicate_score), (follow_up, other_kind, related_score)] = related_by_title(story_client, "wire")
        assert (copy, kind, follow_up, other_kind) == ("copy", "duplicate", "follow-up", "related")
        assert duplicate_score >= DUPLICATE_JACCARD
        assert 0 < related_score <= 1

    def test_either_end_of_a_stored_pair_sees_the_link(self, story_client: TestClient) -> None:
        assert related_by_title(story_client, "copy")[0][:2] == ("wire", "duplicate")
        assert {(title, kind) for title, kind, _ in related_by_title(story_client, "follow-up")} == {
            ("wire", "related"),
            ("copy", "related"),
        }

    def test_limit_keeps_the_best(self, story_client: TestClient) -> None:
        assert [title for title, _, _ in related_by_title(story_client, "wire", limit=1)] == ["copy"]

    def test_an_unlinked_article_falls_back_to_shared_names(self, story_client: TestClient) -> None:
        ids = {a["title"]: a["id"] for a in story_client.get("/api/articles").json()["items"]}
        related = story_client.get(f"/api/articles/{ids['elsewhere']}/related").json()
        assert {r["title"] for r in related} == {"wire", "copy", "follow-up"}  # all name the police
        assert {(r["kind"], r["score"], r["shared"]) for r in related} == {("shared names", None, 1)}

    def test_openapi_documents_the_kinds(self, story_client: TestClient) -> None:
        spec = story_client.get("/openapi.json").json()
        operation = spec["paths"]["/api/articles/{article_id}/related"]["get"]
        assert "duplicates first" in operation["description"]
        fields = spec["components"]["schemas"]["RelatedOut"]["properties"]
        assert fields["kind"]["enum"] == ["duplicate", "same happening", "related", "shared names"]
        assert all(fields[name].get("description") for name in ("kind", "score", "shared"))


class TestErrorsAndSecurity:
    @pytest.mark.parametrize(
        ("path", "status", "code"),
        [
            ("/api/events?cursor=not-a-cursor", 400, "bad_request"),
            ("/api/events?bbox=1,2,3", 400, "bad_request"),
            ("/api/events/no-colon", 400, "bad_request"),
            ("/api/events/abc:e1", 404, "not_found"),
            ("/api/articles/abc", 404, "not_found"),
            ("/api/events?limit=0", 422, "invalid_request"),
            ("/api/events?status=rumoured", 422, "invalid_request"),
            ("/api/events?min_factuality=4", 422, "invalid_request"),
            ("/api/export/xml", 404, "not_found"),
        ],
    )
    def test_error_bodies(self, client: TestClient, path: str, status: int, code: str) -> None:
        response = client.get(path)
        assert response.status_code == status
        assert response.json()["error"]["code"] == code
        assert response.json()["error"]["message"]

    def test_writes_need_the_token(self, client: TestClient) -> None:
        event = client.get("/api/events", params={"limit": 1}).json()["items"][0]
        body = {"verdict": "confirmed", "reviewer": "ann"}
        path = f"/api/events/{event['id']}/review"
        assert client.post(path, json=body).status_code == 401
        wrong = client.post(path, json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.json()["error"]["code"] == "unauthorized"
        assert client.post(path, json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200

    def test_writes_are_off_unless_configured(self, db_url: str) -> None:
        with TestClient(create_app(db_url, api_token=TOKEN)) as read_only:
            event = read_only.get("/api/events", params={"limit": 1}).json()["items"][0]
            response = read_only.post(
                f"/api/events/{event['id']}/review",
                json={"verdict": "confirmed", "reviewer": "ann"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            assert response.status_code == 403
            assert response.json()["error"]["code"] == "forbidden"
            assert read_only.get("/api/config").json()["writable"] is False

    def test_security_headers_everywhere(self, client: TestClient) -> None:
        for path in ("/", "/app.js", "/api/events", "/api/events/abc:e1"):
            headers = client.get(path).headers
            policy = headers["content-security-policy"]
            assert "default-src 'self'" in policy
            assert "script-src 'self';" in policy
            assert "unsafe-inline" not in policy
            assert headers["x-content-type-options"] == "nosniff"
            assert headers["x-frame-options"] == "DENY"

    def test_openapi_lists_the_resources(self, client: TestClient) -> None:
        paths = client.get("/openapi.json").json()["paths"]
        for path in ("/api/events", "/api/articles", "/api/actors", "/api/places", "/api/quotes", "/api/claims"):
            assert "get" in paths[path]


@pytest.mark.slow
def test_api_over_the_real_pipeline_on_examples(tmp_path: Path, examples: Path) -> None:
    """The examples/ folder through the real pipeline, then every event reachable and evidence consistent."""
    from newsevents.cli.runner import run_sources

    url = f"sqlite:///{tmp_path / 'examples.db'}"
    summary = run_sources([str(examples)], db=url, workers=1)
    with TestClient(create_app(url)) as client:
        events = all_pages(client, "/api/events", limit=7)
        assert len(events) == summary["events"] > 0
        for event in events[:5]:
            detail = client.get(f"/api/events/{event['id']}").json()
            assert all(detail["article"]["text"][s["start"] : s["end"]] == s["text"] for s in detail["evidence_spans"])


@pytest.mark.postgres
def test_queries_on_postgres() -> None:
    """The same filters, full-text search and pagination on a real PostgreSQL server."""
    pytest.importorskip("psycopg", reason="psycopg 3 is needed for PostgreSQL")
    from postgres import create_database, find_pg_bin, postgres_server

    pg_bin = find_pg_bin()
    if pg_bin is None:
        pytest.skip("PostgreSQL not installed: no /usr/lib/postgresql/*/bin/pg_ctl (apt-get install -y postgresql)")
    with postgres_server(pg_bin) as server:
        url = create_database(server)
        with Store(url) as store:
            for i, doc in enumerate(corpus_docs()):
                store.save(doc, key=f"doc-{i}")
            engine = store.engine
            page = queries.list_events(engine, queries.EventFilter(), limit=5)
            rest = queries.list_events(engine, queries.EventFilter(), limit=50, cursor=page.next_cursor)
            assert len(page.items) + len(rest.items) == 13
            assert len(queries.list_events(engine, queries.EventFilter(q="Nairobi")).items) == 3
            assert len(queries.list_events(engine, queries.EventFilter(mode="riot", country="UA")).items) == 7
            assert queries.event_facets(engine, queries.EventFilter(type="PROTEST"))["type"] == {"PROTEST": 4}
            assert sum(d["events"] for d in queries.event_timeline(engine, queries.EventFilter())) == 13
            assert len(queries.list_claims(engine, holder="police").items) == 6
            assert queries.list_places(engine, country="FR").items[0]["articles"] == 3
