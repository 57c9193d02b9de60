"""Corroboration across sources through the API: support filters and the other reports of an event."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_helpers import build_linked_db, corroboration_docs
from newsevents.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_linked_db(tmp_path_factory.mktemp("corroboration") / "news.db", corroboration_docs())
    with TestClient(create_app(url)) as test_client:
        yield test_client


def _sites(client: TestClient, **params: str) -> set[str]:
    items = client.get("/api/events", params=params).json()["items"]
    return {item["article"]["site"].removesuffix(".example") for item in items}


def test_support_filters_split_events_by_their_sources(client: TestClient):
    assert _sites(client, support="corroborated") == {"wire", "daily"}
    assert _sites(client, support="single-source") == {"weekly", "local"}


def test_speculation_only_leaves_out_what_another_source_asserts(client: TestClient):
    assert _sites(client, status="speculated") == {"daily", "weekly"}
    assert _sites(client, support="speculation-only") == {"weekly"}


def test_an_event_lists_its_other_reports_with_their_status(client: TestClient):
    [daily] = client.get("/api/events", params={"status": "speculated", "support": "corroborated"}).json()["items"]
    event = client.get(f"/api/events/{daily['id']}").json()
    assert event["corroboration"]["sources"] == 2
    [other] = event["other_reports"]
    assert other["status"] == "asserted"
    assert other["article"]["site"] == "wire.example"
    assert other["evidence"]["text"].startswith("Police clashed with Protesters in Kyiv")


def test_an_unknown_support_value_is_a_clear_error(client: TestClient):
    response = client.get("/api/events", params={"support": "rumoured"})
    assert response.status_code == 422


def test_cli_export_keeps_only_what_nothing_but_speculation_supports(tmp_path: Path):
    from typer.testing import CliRunner

    from newsevents.cli.main import app

    url = build_linked_db(tmp_path / "news.db", corroboration_docs())
    out = tmp_path / "speculation.jsonl"
    result = CliRunner().invoke(
        app, ["export", "jsonl", "--db", url, "--out", str(out), "--support", "speculation-only"]
    )
    assert result.exit_code == 0, result.output
    [line] = out.read_text().splitlines()
    assert json.loads(line)["article"]["site"] == "weekly.example"
    wrong = CliRunner().invoke(app, ["export", "jsonl", "--db", url, "--support", "rumoured"])
    assert wrong.exit_code != 0
    assert "--support must be one of" in wrong.output


def test_acled_export_has_one_row_per_event_naming_all_its_sources(client: TestClient):
    """The event "weekly" only speculates about is not a row: ACLED's data holds events that took place."""
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/acled").text)))
    assert sorted(r["source"] for r in rows) == ["daily.example; wire.example", "local.example"]


def test_parquet_rows_carry_their_cluster_and_sources(client: TestClient):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional extra [export]")
    rows = pq.read_table(io.BytesIO(client.get("/api/export/parquet").content)).to_pylist()
    assert sorted(r["sources"] for r in rows) == [1, 1, 2, 2]
    assert len({r["cluster"] for r in rows if r["sources"] == 2}) == 1
