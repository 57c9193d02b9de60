"""Reviewing events: confirm, correct or reject one, with an audit record of every change.

A review is stored in ``corrections`` keyed by (article id, start of the event's first evidence span) and
applied by ``store.queries`` on every read and export. Why that key: re-processing an article (a better
model, a fixed bug) deletes and re-inserts its rows and may renumber its events, but the sentence an event
rests on stays where it is, so the review finds its event again. The ``audit_log`` keeps who did what,
when, and the event's reviewed fields before and after, as JSON.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from newsevents.store.db import INSERTS
from newsevents.store.models import AuditEntry, Correction, iso_utc, utcnow
from newsevents.store.queries import (
    DEFAULT_LIMIT,
    REVIEWED_FIELDS,
    Page,
    get_event,
    make_page,
    page_rows,
    split_event_key,
)


class EventNotFound(LookupError):
    pass


def snapshot(event: dict[str, Any]) -> dict[str, Any]:
    """The reviewable fields of an API event, flat: what the audit log records before and after."""
    return {
        "type": event["type"],
        "status": event["status"],
        "actor": (event["actor"] or {}).get("name"),
        "target": (event["target"] or {}).get("name"),
        "place": (event["place"] or {}).get("name"),
        "date": event["date"]["value"],
        "fatalities": event["fatalities"],
        "verdict": (event["review"] or {}).get("verdict"),
    }


def review_event(engine: Engine, key: str, *, verdict: str, reviewer: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Record ``reviewer``'s ``verdict`` on event ``key`` with the corrected ``changes``; returns the new event."""
    article_id, event_id = split_event_key(key)
    before = get_event(engine, key)
    if before is None:
        raise EventNotFound(key)
    start = before["evidence"]["start"]
    corrected = {field: value for field, value in changes.items() if field in REVIEWED_FIELDS and value is not None}
    with engine.begin() as conn:
        kept = conn.execute(
            select(Correction).where(Correction.article_id == article_id, Correction.evidence_start == start)
        ).mappings()
        previous = next(iter(kept), None) or {}
        row = {
            **{field: previous.get(field) for field in REVIEWED_FIELDS},
            **corrected,
            "verdict": verdict,
            "reviewer": reviewer,
            "updated_at": utcnow(),
        }
        insert = INSERTS[engine.dialect.name](Correction).values(article_id=article_id, evidence_start=start, **row)
        conn.execute(insert.on_conflict_do_update(index_elements=["article_id", "evidence_start"], set_=row))
        after = {**snapshot(before), **corrected, "verdict": verdict}
        conn.execute(
            AuditEntry.__table__.insert().values(
                article_id=article_id,
                evidence_start=start,
                event_id=event_id,
                action=verdict,
                reviewer=reviewer,
                at=utcnow(),
                before=snapshot(before),
                after=after,
            )
        )
    return get_event(engine, key) or before


def list_audit(
    engine: Engine,
    *,
    key: str | None = None,
    reviewer: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Audit records, oldest first; ``key`` keeps those of one event (matched by article and evidence)."""
    query = select(AuditEntry)
    if key is not None:
        event = get_event(engine, key)
        if event is None:
            raise EventNotFound(key)
        query = query.where(
            AuditEntry.article_id == event["article_id"], AuditEntry.evidence_start == event["evidence"]["start"]
        )
    if reviewer:
        query = query.where(AuditEntry.reviewer == reviewer)
    with engine.connect() as conn:
        rows = page_rows(conn, query, [AuditEntry.id], limit, cursor)
    return make_page(rows, limit, lambda r: [r["id"]], _audit_item)


def _audit_item(row: Any) -> dict[str, Any]:
    return {**row, "at": iso_utc(row["at"])}
