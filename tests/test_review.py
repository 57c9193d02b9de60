"""Reviews: confirm, correct, reject; every change audited; corrections survive re-processing the article."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import text

from api_helpers import TOKEN, build_db, report
from newsevents.record import Event, Span
from newsevents.store import Store

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def first_event(client: TestClient, **params: str) -> dict:
    return client.get("/api/events", params={**params, "limit": 1}).json()["items"][0]


def test_correction_changes_the_event_and_is_audited(client: TestClient) -> None:
    event = first_event(client, place="Kyiv")
    body = {"verdict": "corrected", "reviewer": "ann", "type": "COERCE", "status": "reported", "fatalities": 4}
    corrected = client.post(f"/api/events/{event['id']}/review", json=body, headers=AUTH).json()
    assert (corrected["type"], corrected["status"], corrected["fatalities"]) == ("COERCE", "reported", 4)
    assert corrected["acled"] is None
    assert corrected["review"]["verdict"] == "corrected"
    assert corrected["review"]["reviewer"] == "ann"
    assert event["id"] in {e["id"] for e in client.get("/api/events", params={"type": "COERCE"}).json()["items"]}
    [entry] = client.get(f"/api/events/{event['id']}/audit").json()["items"]
    assert entry["reviewer"] == "ann"
    assert entry["action"] == "corrected"
    assert entry["before"]["type"] == event["type"]
    assert entry["after"] == {
        **entry["before"],
        "type": "COERCE",
        "status": "reported",
        "fatalities": 4,
        "verdict": "corrected",
    }
    assert entry["at"].endswith("+00:00")


def test_confirm_then_reject_keeps_both_in_the_audit(client: TestClient) -> None:
    event = first_event(client, place="Paris")
    path = f"/api/events/{event['id']}/review"
    client.post(path, json={"verdict": "confirmed", "reviewer": "ann"}, headers=AUTH)
    client.post(path, json={"verdict": "rejected", "reviewer": "bob"}, headers=AUTH)
    audit = client.get(f"/api/events/{event['id']}/audit").json()["items"]
    assert [(a["reviewer"], a["action"]) for a in audit] == [("ann", "confirmed"), ("bob", "rejected")]
    listed = {e["id"] for e in client.get("/api/events", params={"place": "Paris"}).json()["items"]}
    assert event["id"] not in listed
    rejected = client.get("/api/events", params={"verdict": "rejected"}).json()["items"]
    assert [e["id"] for e in rejected] == [event["id"]]
    assert client.get(f"/api/events/{event['id']}").json()["review"]["verdict"] == "rejected"


def test_invalid_review_is_422(client: TestClient) -> None:
    event = first_event(client)
    for body in ({"verdict": "maybe", "reviewer": "ann"}, {"verdict": "corrected", "reviewer": "", "fatalities": -1}):
        response = client.post(f"/api/events/{event['id']}/review", json=body, headers=AUTH)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "invalid_request"


def test_corrections_survive_reprocessing(tmp_path: Path) -> None:
    """Delete the article and store it again with renumbered events: the review finds its event by evidence."""
    from newsevents.api import create_app

    doc = report(1, place="Kyiv")
    url = build_db(tmp_path / "r.db", [doc])
    with TestClient(create_app(url, api_token=TOKEN, read_only=False)) as client:
        event = first_event(client)
        body = {"verdict": "corrected", "reviewer": "ann", "type": "COERCE", "actor": "Interior ministry"}
        client.post(f"/api/events/{event['id']}/review", json=body, headers=AUTH)
    first = doc.events[0]
    sentence_two = Span(first.evidence[0].end + 1, first.evidence[0].end + 30)
    reprocessed = dataclasses.replace(
        doc, events=[Event("e1", "CONSULT", [sentence_two]), dataclasses.replace(first, id="e2")]
    )
    with Store(url) as store:
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": doc.article.id})
        store.save(reprocessed, key="again")
    with TestClient(create_app(url)) as client:
        events = {e["event_id"]: e for e in client.get("/api/events").json()["items"]}
        assert events["e2"]["type"] == "COERCE"
        assert events["e2"]["actor"]["name"] == "Interior ministry"
        assert events["e1"]["type"] == "CONSULT"
        assert events["e1"]["review"] is None
        record = client.get(f"/api/articles/{doc.article.id}").json()
        assert record["events"][1]["type"] == "COERCE"
