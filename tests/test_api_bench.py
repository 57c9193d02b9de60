"""``bench api`` end to end on a small database: replicas of hand-made records, then a real server measured."""

from __future__ import annotations

from pathlib import Path

from api_helpers import corpus_docs
from newsevents.eval.bench_api import build_database, measure, replica
from newsevents.store import Store
from newsevents.store.queries import EventFilter, list_events


def test_replicas_get_new_ids_and_shifted_dates() -> None:
    record = corpus_docs()[0].to_dict()
    copy = replica(record, 3)
    assert copy["article"]["id"] != record["article"]["id"]
    assert copy["article"]["text"] == record["article"]["text"]
    assert record["article"]["published"] == "2025-04-10"
    assert copy["article"]["published"] == "2025-04-13"
    assert copy["events"][0]["date"]["value"] == "2025-04-13"
    assert replica(record, 3) == copy


def test_build_and_measure_a_thousand_events(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'bench.db'}"
    records = [doc.to_dict() for doc in corpus_docs()]
    assert build_database(db, records, min_events=1000) >= 1000
    with Store(db) as store:
        assert len(list_events(store.engine, EventFilter(place="Paris"), limit=500).items) == 3 * 77
    latencies = measure(db, requests=20, port=0)
    assert [(lat.kind, lat.requests) for lat in latencies] == [("filtered", 20), ("full-text", 10)]
    assert all(0 < lat.p50_ms <= lat.p95_ms for lat in latencies)
