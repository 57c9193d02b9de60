"""The event database: documents, their events and the inputs ledger, on SQLite or PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite

from newsevents.record import Document
from newsevents.store import migrate
from newsevents.store.models import (
    INPUT_STATUSES,
    Actor,
    Article,
    Claim,
    Entity,
    Event,
    Evidence,
    Input,
    Place,
    Quote,
    Time,
    iso_utc,
    utcnow,
)

DEFAULT_URL = "sqlite:///newsevents.db"
DONE_STATUSES = ("processed", "skipped")
INSERTS: dict[str, Callable[..., Any]] = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}

SQLITE_SEARCH = text(
    "SELECT a.id, a.title, a.url, a.published, "
    "snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet "
    "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
    "WHERE articles_fts MATCH :query ORDER BY bm25(articles_fts, 0.0, 2.0, 1.0) LIMIT :limit"
)
# The tsvector expression must stay identical to the GIN index of the migration, or the index is unused.
POSTGRES_SEARCH = text(
    "SELECT a.id, a.title, a.url, a.published, "
    "ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=20, MinWords=8') AS snippet "
    "FROM articles a, plainto_tsquery('english', :query) q "
    "WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ q "
    "ORDER BY ts_rank(to_tsvector('english', coalesce(title, '') || ' ' || text), q) DESC LIMIT :limit"
)


def database_url(url: str) -> str:
    """Accept a plain path (``foo.db`` -> SQLite) and send bare ``postgresql://`` URLs to psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _configure_sqlite(engine: Engine) -> None:
    """WAL and foreign keys on every connection, and transactions that SQLAlchemy really controls.

    pysqlite's own transaction handling defers BEGIN and skips it for some statements; turning it off and
    emitting BEGIN ourselves makes every ``engine.begin()`` block, DDL included, one atomic transaction.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', '')}")


class Store:
    """An opened, migrated event database. ``with Store(url) as store: ...`` closes it at the end."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = database_url(url)
        self.engine = create_engine(self.url)
        self.dialect = self.engine.dialect.name
        if self.dialect not in INSERTS:
            raise ValueError(f"unsupported database {self.dialect!r}: use sqlite or postgresql")
        if self.dialect == "sqlite":
            _configure_sqlite(self.engine)
        migrate.upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------

    def save(self, doc: Document, key: str, replace: bool = False) -> bool:
        """Store ``doc`` and mark input ``key`` processed, atomically. False if the article was already there.

        An article already stored (same content id) is left untouched: the ledger row is still written, so
        a second input that yields the same article is recorded too. With ``replace``, ``doc`` takes the stored
        article's place with all its rows (a newer version's extraction); reviews are keyed by evidence, so they
        find their events again.
        """
        record = doc.to_dict()
        article_id = record["article"]["id"]
        with self.engine.begin() as conn:
            if replace:
                conn.execute(delete(Article).where(Article.id == article_id))
            inserted = self._insert_article(conn, record)
            if inserted:
                for model, rows in _child_rows(record):
                    if rows:
                        conn.execute(self._insert(model), [_known_columns(model, row) for row in rows])
            self._upsert_input(conn, key, "processed", None, article_id)
        return inserted

    def record_outcome(self, key: str, status: str, reason: str | None = None) -> None:
        """Record that input ``key`` was skipped or failed (and why); each call counts one more attempt."""
        if status not in INPUT_STATUSES or status == "processed":
            raise ValueError(f"status must be 'skipped' or 'failed', not {status!r} (save() records processed)")
        with self.engine.begin() as conn:
            self._upsert_input(conn, key, status, reason, None)

    def _insert(self, model: type) -> Any:
        return INSERTS[self.dialect](model)

    def _insert_article(self, conn: Connection, record: dict[str, Any]) -> bool:
        article = record["article"]
        row = {**_known_columns(Article, article), "record": record, "created_at": utcnow()}
        statement = self._insert(Article).values(**row)
        statement = statement.on_conflict_do_nothing(index_elements=["id"]).returning(Article.id)
        return conn.execute(statement).scalar() is not None

    def _upsert_input(
        self, conn: Connection, key: str, status: str, reason: str | None, article_id: str | None
    ) -> None:
        now = utcnow()
        values = {"status": status, "reason": reason, "updated_at": now}
        if article_id is not None:
            values["article_id"] = article_id
        statement = self._insert(Input).values(key=key, attempts=1, **values)
        statement = statement.on_conflict_do_update(
            index_elements=["key"], set_={**values, "attempts": Input.attempts + 1}
        )
        conn.execute(statement)

    # -- reading ---------------------------------------------------------------------------------------

    def is_done(self, key: str) -> bool:
        """Processed or skipped inputs are done; failed ones are retried by the next run."""
        with self.engine.connect() as conn:
            status = conn.scalar(select(Input.status).where(Input.key == key))
        return status in DONE_STATUSES

    def done_keys(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(Input.key).where(Input.status.in_(DONE_STATUSES))))

    def outcomes(self, status: str | None = None) -> list[dict[str, Any]]:
        """The inputs ledger, oldest first, optionally only the rows with ``status``."""
        query = select(Input).order_by(Input.updated_at, Input.key)
        if status is not None:
            query = query.where(Input.status == status)
        with self.engine.connect() as conn:
            return [_input_dict(row) for row in conn.execute(query).mappings()]

    def get_document(self, article_id: str) -> Document | None:
        with self.engine.connect() as conn:
            record = conn.scalar(select(Article.record).where(Article.id == article_id))
        return None if record is None else Document.from_dict(record)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over article titles and bodies, best match first.

        Every word of ``query`` must match (stemmed, in any order); punctuation and search operators are
        ignored, so user input is never a query syntax error and both backends read it the same way.
        """
        words = re.findall(r"\w+", query)
        if not words:
            return []
        statement, terms = POSTGRES_SEARCH, " ".join(words)
        if self.dialect == "sqlite":
            statement, terms = SQLITE_SEARCH, " ".join(f'"{word}"' for word in words)
        with self.engine.connect() as conn:
            rows = conn.execute(statement, {"query": terms, "limit": limit}).mappings()
            return [dict(row) for row in rows]

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts for ``newsevents summary`` and the end of ``run``: articles, events by type, top actors and
        places, inputs by status and the commonest reasons inputs were skipped or failed."""
        with self.engine.connect() as conn:
            return {
                "articles": conn.scalar(select(func.count()).select_from(Article)),
                "events": conn.scalar(select(func.count()).select_from(Event)),
                "events_by_type": _counts(conn, Event.type),
                "top_actors": _top_actors(conn, top),
                "top_places": _top_places(conn, top),
                "inputs_by_status": _counts(conn, Input.status),
                "problem_reasons": _problem_reasons(conn, top),
            }


# -- record -> rows ------------------------------------------------------------------------------------


def _child_rows(record: dict[str, Any]) -> list[tuple[type, list[dict[str, Any]]]]:
    """The child rows of a record, parents before children so foreign keys hold on insert."""
    aid = record["article"]["id"]
    events = record["events"]
    return [
        (Actor, [{"article_id": aid, **a} for a in record["actors"]]),
        (Place, [{"article_id": aid, **p} for p in record["places"]]),
        (Entity, [_entity_row(aid, e) for e in record["entities"]]),
        (Time, [{"article_id": aid, "seq": i, **t} for i, t in enumerate(record["times"])]),
        (Event, [_event_row(aid, e) for e in events]),
        (Evidence, [_evidence_row(aid, e["id"], i, s) for e in events for i, s in enumerate(e["evidence"])]),
        (Quote, [_quote_row(aid, q) for q in record["quotes"]]),
        (Claim, [_claim_row(aid, c) for c in record["claims"]]),
    ]


def _known_columns(model: Any, row: dict[str, Any]) -> dict[str, Any]:
    """Drop record fields without a column yet (records may gain fields; ``articles.record`` keeps them)."""
    columns = model.__table__.columns.keys()
    return {k: v for k, v in row.items() if k in columns}


def _entity_row(aid: str, entity: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in entity.items() if k not in ("actor", "place")}
    return {"article_id": aid, **row, "actor_id": entity["actor"], "place_id": entity["place"]}


def _event_row(aid: str, ev: dict[str, Any]) -> dict[str, Any]:
    acled = ev["acled"] or {}
    responsibility = ev["responsibility"]
    return {
        "article_id": aid,
        **{k: ev[k] for k in ("id", "type", "modes", "contexts", "fatalities", "injured", "weapons")},
        **{k: ev[k] for k in ("physical_targets", "status", "source", "confidence")},
        "factuality": ev.get("factuality"),  # absent from records written before the field
        "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"),
        "actor_id": ev["actor"],
        "target_id": ev["target"],
        "place_id": ev["place"],
        "date_value": ev["date"]["value"],
        "date_granularity": ev["date"]["granularity"],
        "responsibility_status": responsibility["status"],
        "responsibility_by": responsibility["by"],
        "responsibility_according_to": responsibility["according_to"],
    }


def _evidence_row(aid: str, event_id: str, seq: int, span: dict[str, int]) -> dict[str, Any]:
    return {"article_id": aid, "event_id": event_id, "seq": seq, "start": span["start"], "end": span["end"]}


def _quote_row(aid: str, quote: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in quote.items() if k != "speaker"}
    return {"article_id": aid, **row, "speaker_id": quote["speaker"]}


def _claim_row(aid: str, claim: dict[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in claim.items() if k != "event"}
    return {"article_id": aid, **row, "event_id": claim["event"]}


# -- summary queries -----------------------------------------------------------------------------------


def _input_dict(row: Any) -> dict[str, Any]:
    """A ledger row as plain data, its time in ISO 8601."""
    return {**row, "updated_at": iso_utc(row["updated_at"])}


def _counts(conn: Connection, column: Any) -> dict[str, int]:
    count = func.count().label("n")
    rows = conn.execute(select(column, count).group_by(column).order_by(count.desc(), column))
    return {value: n for value, n in rows}


def _top_actors(conn: Connection, top: int) -> list[dict[str, Any]]:
    """Actors (by name and country, across articles) involved in the most events, as actor or target."""
    involved = (Event.article_id == Actor.article_id) & or_(Event.actor_id == Actor.id, Event.target_id == Actor.id)
    count = func.count().label("events")
    query = (
        select(Actor.name, Actor.country, count)
        .join(Event, involved)
        .group_by(Actor.name, Actor.country)
        .order_by(count.desc(), Actor.name)
        .limit(top)
    )
    return [dict(row) for row in conn.execute(query).mappings()]


def _top_places(conn: Connection, top: int) -> list[dict[str, Any]]:
    """Places (by name and country, across articles) where the most events happened."""
    count = func.count().label("events")
    query = (
        select(Place.name, Place.country, count)
        .join(Event, (Event.article_id == Place.article_id) & (Event.place_id == Place.id))
        .group_by(Place.name, Place.country)
        .order_by(count.desc(), Place.name)
        .limit(top)
    )
    return [dict(row) for row in conn.execute(query).mappings()]


def _problem_reasons(conn: Connection, top: int) -> list[dict[str, Any]]:
    """Why inputs were skipped or failed: the most common (status, reason) pairs, with an example key."""
    count = func.count().label("count")
    query = (
        select(Input.status, Input.reason, count, func.min(Input.key).label("example"))
        .where(Input.status.in_(("skipped", "failed")))
        .group_by(Input.status, Input.reason)
        .order_by(count.desc(), Input.status, Input.reason)
        .limit(top)
    )
    return [dict(row) for row in conn.execute(query).mappings()]
