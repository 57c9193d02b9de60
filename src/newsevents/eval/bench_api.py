"""``newsevents bench api``: latency of the REST API on a database of >= 100,000 events.

Building the database: the Guardian sample articles go through the real pipeline once; their stored records
are then replicated with new ids until the events reach the target. Copy ``k`` of an article gets the id
``sha256(original id, k)[:24]`` and its publication date and day-precision event dates moved ``k`` days
later, so date filters and the timeline see a spread of dates, not one day repeated; text, actors, places
and offsets are kept as they are. Every copy is saved with ``Store.save``, like a real run.

Measuring: the real app served by uvicorn on 127.0.0.1, requests with httpx over loopback, one at a time.
Filtered queries take their filter values from the data (its commonest types, countries, actors, places);
full-text queries use words from the articles' opening lines. Reported: p50 and p95 per kind, in milliseconds.
"""

from __future__ import annotations

import hashlib
import random
import re
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from newsevents.eval.bench import load_guardian
from newsevents.execute import run_items
from newsevents.record import Document
from newsevents.store import Store
from newsevents.store.models import Article, Event

TARGETS_MS = {"filtered": 100.0, "full-text": 200.0}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Latency:
    kind: str
    requests: int
    p50_ms: float
    p95_ms: float

    @property
    def target_ms(self) -> float:
        return TARGETS_MS[self.kind]


@dataclass
class ApiBench:
    events: int
    articles: int
    latencies: list[Latency]


# -- building the database -------------------------------------------------------------------------------


def seed_records(data_dir: Path, articles: int, workers: int) -> list[dict[str, Any]]:
    """The Guardian articles through the real pipeline: their records, as stored."""
    items = load_guardian(data_dir, articles)
    return [o.document.to_dict() for o in run_items(items, workers=workers) if o.document is not None]


def replica(record: dict[str, Any], k: int) -> dict[str, Any]:
    """Copy ``k`` of a record: a new article id, dates moved ``k`` days (see the module docstring)."""
    copy = Document.from_dict(record).to_dict()
    article = copy["article"]
    article["id"] = hashlib.sha256(f"{article['id']}:{k}".encode()).hexdigest()[:24]
    article["published"] = _shift(article["published"], k)
    for event in copy["events"]:
        event["date"]["value"] = _shift(event["date"]["value"], k)
    return copy


def _shift(value: str | None, days: int) -> str | None:
    if not value or not DAY.match(value):
        return value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def build_database(db: str, records: list[dict[str, Any]], min_events: int) -> int:
    """Save the records and as many replicas as it takes to hold ``min_events`` events; returns the count."""
    per_copy = sum(len(r["events"]) for r in records)
    if per_copy == 0:
        raise ValueError("the seed articles gave no events to replicate")
    copies = -(-min_events // per_copy)
    with Store(db) as store:
        for k in range(copies):
            for record in records:
                copy = record if k == 0 else replica(record, k)
                store.save(Document.from_dict(copy), key=f"bench:{copy['article']['id']}")
        with store.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(Event)) or 0


# -- measuring -------------------------------------------------------------------------------------------


@contextmanager
def served(db: str, port: int) -> Iterator[str]:
    """The real app under uvicorn on 127.0.0.1 in a thread while the block runs; port 0 picks a free one."""
    import uvicorn

    from newsevents.api import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{bound}"
    finally:
        server.should_exit = True
        thread.join()


def filtered_queries(base: str, client: Any, n: int, rng: random.Random) -> list[dict[str, Any]]:
    """``n`` event filters built from the data's own facet values, alone and combined, some with dates."""
    facets = client.get(f"{base}/api/events/facets").json()
    actors = [a["name"] for a in client.get(f"{base}/api/actors", params={"limit": 200}).json()["items"]]
    places = [p["name"] for p in client.get(f"{base}/api/places", params={"limit": 200}).json()["items"]]
    choices = {
        "type": [t for t in facets["type"] if t][:8],
        "status": [s for s in facets["status"] if s],
        "country": [c for c in facets["country"] if c][:10],
        "actor": actors[:50],
        "place": places[:50],
    }
    queries = []
    for _ in range(n):
        keys = rng.sample(sorted(k for k, v in choices.items() if v), k=rng.choice((1, 1, 2)))
        params = {key: rng.choice(choices[key]) for key in keys}
        if rng.random() < 0.3:
            start = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 3000))
            params |= {"date_from": start.isoformat(), "date_to": (start + timedelta(days=90)).isoformat()}
        queries.append(params)
    return queries


def full_text_queries(db: str, n: int, rng: random.Random) -> list[dict[str, Any]]:
    """``n`` searches for one or two words from articles' opening lines (long words, so not stop words)."""
    with Store(db) as store, store.engine.connect() as conn:
        openings = list(conn.scalars(select(func.substr(Article.text, 1, 300)).limit(500)))
    words = sorted({w.lower() for text in openings for w in re.findall(r"[A-Za-z]{6,}", text)})
    return [{"q": " ".join(rng.sample(words, k=rng.choice((1, 2))))} for _ in range(n)]


def timed(client: Any, url: str, queries: list[dict[str, Any]]) -> list[float]:
    latencies = []
    for params in queries:
        start = time.perf_counter()
        response = client.get(url, params={**params, "limit": 50})
        latencies.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return latencies


def summarise(kind: str, latencies: list[float]) -> Latency:
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return Latency(kind, len(latencies), statistics.median(latencies), cuts[94])


def measure(db: str, requests: int = 200, port: int = 0, seed: int = 7) -> list[Latency]:
    """p50/p95 of ``requests`` filtered event queries and ``requests // 2`` full-text searches."""
    import httpx

    rng = random.Random(seed)
    with served(db, port) as base, httpx.Client(timeout=30) as client:
        filtered = filtered_queries(base, client, requests, rng)
        searches = full_text_queries(db, max(requests // 2, 2), rng)
        timed(client, f"{base}/api/events", filtered[:10])  # warm the caches before measuring
        return [
            summarise("filtered", timed(client, f"{base}/api/events", filtered)),
            summarise("full-text", timed(client, f"{base}/api/events", searches)),
        ]


def run_bench_api(
    data_dir: Path,
    db: str = "sqlite:///bench_api.db",
    *,
    min_events: int = 100_000,
    articles: int = 249,
    requests: int = 200,
    workers: int = 1,
    port: int = 0,
) -> ApiBench:
    """Build the database (unless it already holds ``min_events``), then measure the API on it."""
    with Store(db) as store, store.engine.connect() as conn:
        events = conn.scalar(select(func.count()).select_from(Event)) or 0
    if events < min_events:
        events = build_database(db, seed_records(data_dir, articles, workers), min_events)
    with Store(db) as store, store.engine.connect() as conn:
        article_count = conn.scalar(select(func.count()).select_from(Article)) or 0
    return ApiBench(events, article_count, measure(db, requests, port))


def print_bench_api(result: ApiBench) -> None:
    table = Table(title=f"REST API on {result.events:,} events ({result.articles:,} articles), loopback")
    for column in ("queries", "requests", "p50 ms", "p95 ms", "target p95 ms"):
        table.add_column(column, justify="left" if column == "queries" else "right")
    for latency in result.latencies:
        table.add_row(
            latency.kind,
            str(latency.requests),
            f"{latency.p50_ms:.1f}",
            f"{latency.p95_ms:.1f}",
            f"{latency.target_ms:.0f}",
        )
    Console().print(table)
