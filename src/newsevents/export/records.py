"""PLOVER JSON (one event object per event, as the PLOVER data spec names fields) and JSON Lines records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine

from newsevents.store.queries import EventFilter, get_article, iter_events


def plover_event(event: dict[str, Any]) -> dict[str, Any]:
    """An API event in PLOVER's event-data fields (id, date, event, mode, actor/recipient, location, text)."""
    actor, target, place = event["actor"] or {}, event["target"] or {}, event["place"] or {}
    return {
        "id": event["id"],
        "date": event["date"]["value"],
        "date_granularity": event["date"]["granularity"],
        "event": event["type"],
        "mode": event["modes"],
        "actor": actor.get("name"),
        "actor_country": actor.get("country"),
        "actor_sector": actor.get("sector"),
        "recipient": target.get("name"),
        "recipient_country": target.get("country"),
        "recipient_sector": target.get("sector"),
        "location": {k: place.get(k) for k in ("name", "country", "admin1", "lat", "lon")} if place else None,
        "fatalities": event["fatalities"],
        "status": event["status"],
        "factuality": event["factuality"],
        "source": event["article"]["url"] or event["article"]["site"],
        "text": event["evidence"]["text"],
        "confidence": event["confidence"],
    }


def plover_json(engine: Engine, f: EventFilter) -> Iterator[bytes]:
    """A JSON array of PLOVER events, written element by element."""
    yield b"["
    for n, event in enumerate(iter_events(engine, f)):
        yield (b",\n" if n else b"\n") + json.dumps(plover_event(event), ensure_ascii=False).encode()
    yield b"\n]\n"


def jsonl_records(engine: Engine, f: EventFilter) -> Iterator[bytes]:
    """The full record (CONTRACT.md) of every article with a matching event, one JSON object a line.

    Events come in article order, so each article is met in one run and written once; its record has the
    reviewed events (corrections applied, each with its ``review``).
    """
    last = None
    for event in iter_events(engine, f):
        if event["article_id"] == last:
            continue
        last = event["article_id"]
        record = get_article(engine, last)
        if record is not None:
            yield json.dumps(record, ensure_ascii=False).encode() + b"\n"
