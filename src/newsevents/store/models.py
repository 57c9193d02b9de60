"""SQLAlchemy models mirroring the document record (``docs/CONTRACT.md``), one table per record list.

Ids inside a record (``e1``, ``a2``, ``p1``) are unique only within their article, so every child table
keys on ``(article_id, id)`` and references between children are composite foreign keys. The full record
is also kept as JSON on ``articles.record``: it is what ``Store.get_document`` returns, so fields added to
the record later survive a round trip even before they get a column.

The schema is created by the Alembic migrations in ``store/migrations``, never by ``create_all``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

INPUT_STATUSES = ("processed", "skipped", "failed")


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso_utc(value: datetime | None) -> str | None:
    """A stored time as ISO 8601; SQLite hands back naive datetimes, which were stored as UTC."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[str]: JSON,
        list[list[int]]: JSON,
    }


def _article_fk() -> Mapped[str]:
    return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


def _child_fk(column: str, table: str) -> ForeignKeyConstraint:
    """A reference from one child row to another child row of the same article (e.g. event -> actor)."""
    return ForeignKeyConstraint(["article_id", column], [f"{table}.article_id", f"{table}.id"], ondelete="CASCADE")


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]]
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_source: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    tags: Mapped[list[str]]
    section_headings: Mapped[list[str]]
    image_credits: Mapped[list[str]]
    text: Mapped[str] = mapped_column(Text)
    record: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Actor(Base):
    __tablename__ = "actors"

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    sector: Mapped[str | None] = mapped_column(String(32))
    roles: Mapped[list[str]]


class Place(Base):
    __tablename__ = "places"

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer, index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    feature: Mapped[str] = mapped_column(String(16))
    spans: Mapped[list[list[int]]]


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (_child_fk("actor_id", "actors"), _child_fk("place_id", "places"))

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(32))
    start: Mapped[int]
    end: Mapped[int]
    actor_id: Mapped[str | None] = mapped_column(String(16))
    place_id: Mapped[str | None] = mapped_column(String(16))


class Time(Base):
    """A time expression; the record gives these no id, so ``seq`` is their position in the list."""

    __tablename__ = "times"

    article_id: Mapped[str] = _article_fk()
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    value: Mapped[str | None] = mapped_column(String(32))
    granularity: Mapped[str | None] = mapped_column(String(16))
    relative_to: Mapped[str | None] = mapped_column(String(16))


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        _child_fk("actor_id", "actors"),
        _child_fk("target_id", "actors"),
        _child_fk("place_id", "places"),
    )

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    modes: Mapped[list[str]]
    contexts: Mapped[list[str]]
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    actor_id: Mapped[str | None] = mapped_column(String(16))
    target_id: Mapped[str | None] = mapped_column(String(16))
    place_id: Mapped[str | None] = mapped_column(String(16))
    date_value: Mapped[str | None] = mapped_column(String(32), index=True)
    date_granularity: Mapped[str | None] = mapped_column(String(16))
    fatalities: Mapped[int | None]
    injured: Mapped[int | None]
    weapons: Mapped[list[str]]
    physical_targets: Mapped[list[str]]
    responsibility_status: Mapped[str] = mapped_column(String(16))
    responsibility_by: Mapped[str | None] = mapped_column(String(16))
    responsibility_according_to: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    source: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    factuality: Mapped[float | None] = mapped_column(Float, index=True)


class Evidence(Base):
    """One supporting span of an event; ``seq`` keeps the order of ``event.evidence``."""

    __tablename__ = "evidence"
    __table_args__ = (_child_fk("event_id", "events"),)

    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    start: Mapped[int]
    end: Mapped[int]


class Quote(Base):
    __tablename__ = "quotes"
    __table_args__ = (_child_fk("speaker_id", "actors"),)

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    speaker_id: Mapped[str | None] = mapped_column(String(16))
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    cue: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool]
    start: Mapped[int]
    end: Mapped[int]


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (_child_fk("event_id", "events"),)

    article_id: Mapped[str] = _article_fk()
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    holder: Mapped[str] = mapped_column(String(16))
    holder_start: Mapped[int | None]
    holder_end: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(16), index=True)
    cue: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    event_id: Mapped[str | None] = mapped_column(String(16))


class Input(Base):
    """The inputs ledger: one row per input key (a path, URL or batch id) and what became of it."""

    __tablename__ = "inputs"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


REVIEW_VERDICTS = ("confirmed", "corrected", "rejected")


class Correction(Base):
    """A reviewer's verdict on an event, and the fields corrected.

    Keyed by the article and the start of the event's first evidence span, not by the event id: ids like
    ``e3`` are renumbered when the pipeline re-processes an article, the evidence sentence is not. There is
    no foreign key to ``articles`` on purpose: deleting an article to re-process it keeps its reviews, which
    are re-applied on read and export. A null field means "not corrected".
    """

    __tablename__ = "corrections"

    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    evidence_start: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    verdict: Mapped[str] = mapped_column(String(16), index=True)
    type: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(16))
    actor: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(32))
    fatalities: Mapped[int | None]
    reviewer: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    """One review action: who did what to which event, when, and the event before and after (as JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    evidence_start: Mapped[int]
    event_id: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    before: Mapped[dict[str, Any]]
    after: Mapped[dict[str, Any]]


# Read-side indexes (``store.queries``): an event's actor, target and place within its article, and places
# by name. Declared after the classes because migration 0002 adds them to tables of 0001.
Index("ix_events_article_id_actor_id", Event.article_id, Event.actor_id)
Index("ix_events_article_id_target_id", Event.article_id, Event.target_id)
Index("ix_events_article_id_place_id", Event.article_id, Event.place_id)
Index("ix_places_name", Place.name)
