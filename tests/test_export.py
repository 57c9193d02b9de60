"""Exports parse back: ACLED CSV, PLOVER JSON, JSON Lines records (valid against the schema), Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api_helpers import TOKEN, corpus_docs
from newsevents.cli.main import app
from newsevents.cli.serve import export
from newsevents.export.acled import ACLED_COLUMNS, ActorType, acled_side, actor_type, interaction
from newsevents.record import CLAIM_STATUSES, EVENT_STATUSES, GRANULARITIES
from newsevents.store.queries import EventFilter

SCHEMA = json.loads((Path(__file__).parents[1] / "src/newsevents/schema/record.schema.json").read_text())


def test_acled_csv(client: TestClient) -> None:
    response = client.get("/api/export/acled", params={"place": "Kyiv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 4
    kyiv = next(row for row in rows if row["actor1"] == "Rebel army")
    assert kyiv["country"] == "Ukraine"
    assert kyiv["location"] == "Kyiv"
    assert float(kyiv["latitude"]) == pytest.approx(50.45)
    assert kyiv["time_precision"] == "1"
    assert kyiv["notes"].startswith(kyiv["actor1"])
    assert kyiv["actor2"] == "Protesters"
    assert (kyiv["event_type"], kyiv["sub_event_type"]) == ("Riots", "Violent demonstration")
    assert (kyiv["inter1"], kyiv["inter2"], kyiv["interaction"]) == ("1", "", "10")  # a Ukrainian office, alone


def test_acled_actor_types_follow_acled_codebook() -> None:
    assert actor_type("COP", "Protests") == ActorType.STATE_FORCES
    assert actor_type("MIL", "Battles", abroad=True) == ActorType.EXTERNAL_FORCES
    assert actor_type("REB", "Battles") == ActorType.REBEL_GROUP
    assert actor_type("CRM", "Violence against civilians") == ActorType.POLITICAL_MILITIA
    assert actor_type("LAB", "Protests") == ActorType.PROTESTERS
    assert actor_type("CVL", "Riots") == ActorType.RIOTERS
    assert actor_type("CVL", "Violence against civilians") == ActorType.CIVILIANS
    assert actor_type(None, "Battles") is None
    assert actor_type("PRM", "Battles", name="suspected Pokot ethnic militia") == ActorType.IDENTITY_MILITIA
    assert actor_type("PRM", "Battles", name="sub-clan militias") == ActorType.IDENTITY_MILITIA
    assert actor_type("PRM", "Battles", name="the party's militia") == ActorType.POLITICAL_MILITIA
    assert interaction(ActorType.CIVILIANS, ActorType.STATE_FORCES) == 17
    assert interaction(ActorType.PROTESTERS, None) == 60


def test_acled_sides_name_an_unnamed_perpetrator_as_acled_does() -> None:
    """The record keeps an unknown doer unknown; ACLED's CSV names one-sided violence's an unidentified group."""
    assert acled_side(None, "Violence against civilians", "KE", doer=True) == (
        "Unidentified Armed Group (Kenya)",
        ActorType.POLITICAL_MILITIA,
    )
    assert acled_side(None, "Explosions/Remote violence", None, doer=True)[0] == "Unidentified Armed Group"
    assert acled_side(None, "Battles", "KE", doer=True) == ("", None)
    assert acled_side(None, "Violence against civilians", "KE", doer=False) == ("", None)
    soldiers = {"name": "Ugandan soldiers", "country": "UGA", "sector": "MIL"}
    assert acled_side(soldiers, "Battles", "CD", doer=True) == ("Ugandan soldiers", ActorType.EXTERNAL_FORCES)
    assert acled_side(soldiers, "Battles", "UG", doer=True)[1] == ActorType.STATE_FORCES


def test_acled_csv_holds_only_events_that_took_place(client: TestClient) -> None:
    """The reports from Paris only speculate: like ACLED's own data, the CSV leaves them out; PLOVER keeps them."""
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled", params={"country": "FR"}).text)))
    assert rows == []
    speculated = client.get("/api/export/plover", params={"country": "FR"}).json()
    assert len(speculated) == 3


def test_acled_csv_leaves_out_an_event_whose_type_a_reviewer_changed(client: TestClient) -> None:
    """ACLED's crosswalk was made for the extracted type: after a reviewer recodes the event, no ACLED row is left."""
    kyiv = client.get("/api/events", params={"place": "Kyiv", "status": "asserted"}).json()["items"][0]
    review = {"verdict": "corrected", "reviewer": "ann", "type": "CONSULT"}
    client.post(f"/api/events/{kyiv['id']}/review", json=review, headers={"Authorization": f"Bearer {TOKEN}"})
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled", params={"place": "Kyiv"}).text)))
    assert len(rows) == 3
    assert kyiv["evidence"]["text"] not in {row["notes"] for row in rows}


def test_plover_json(client: TestClient) -> None:
    events = client.get("/api/export/plover", params={"type": "PROTEST"}).json()
    assert len(events) == 4
    assert {e["event"] for e in events} == {"PROTEST"}
    assert all(e["mode"] == ["riot"] and e["text"] and e["location"]["name"] for e in events)
    assert all(-3 <= e["factuality"] <= 3 for e in events)
    assert {(e["actor_country"], e["actor_sector"]) for e in events} == {("UKR", "GOV")}


def test_jsonl_records_follow_the_contract(client: TestClient) -> None:
    lines = client.get("/api/export/jsonl").text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(corpus_docs())
    for record in records:
        jsonschema.validate(record, SCHEMA)


def test_record_vocabularies_match_the_schema() -> None:
    """The status and granularity vocabularies of ``newsevents.record`` are the schema's enums."""
    items = {name: SCHEMA["properties"][name]["items"]["properties"] for name in ("events", "claims", "times")}
    assert list(EVENT_STATUSES) == items["events"]["status"]["enum"]
    assert list(CLAIM_STATUSES) == items["claims"]["status"]["enum"]
    assert [*GRANULARITIES, None] == items["times"]["granularity"]["enum"]
    assert [*GRANULARITIES, None] == items["events"]["date"]["properties"]["granularity"]["enum"]


def test_parquet(client: TestClient) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional extra [export]")
    table = pq.read_table(io.BytesIO(client.get("/api/export/parquet").content))
    assert table.num_rows == 13
    assert set(table.column("country").to_pylist()) == {"UA", "FR", "KE"}
    assert table.column("modes").to_pylist()[0] == ["riot"]
    assert set(table.column("factuality").to_pylist()) <= {3.0, 2.4, 0.6}
    assert set(table.column("actor_sector").to_pylist()) == {"GOV"}


def test_rejected_events_are_left_out(client: TestClient) -> None:
    event = client.get("/api/events", params={"place": "Kharkiv", "limit": 1}).json()["items"][0]
    review = {"verdict": "rejected", "reviewer": "ann"}
    client.post(f"/api/events/{event['id']}/review", json=review, headers={"Authorization": f"Bearer {TOKEN}"})
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled", params={"place": "Kharkiv"}).text)))
    assert len(rows) == 2


def test_cli_export_to_file(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "ua.csv"
    export("acled", db=db_url, out=out, filters=EventFilter(country="UA"))
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 7
    assert {r["country"] for r in rows} == {"Ukraine"}


def test_cli_export_keeps_events_by_factuality(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "sure.json"
    args = ["export", "plover", "--db", db_url, "--out", str(out), "--min-factuality", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    events = json.loads(out.read_text())
    assert len(events) == 10
    assert min(e["factuality"] for e in events) >= 2
