"""Read-side queries for the API, the UI and exports: filtered listings with keyset pagination.

Every listing orders by a stable unique key (for events ``(article_id, event_id)``) and pages with an opaque
cursor that encodes the last key seen, so a page costs the same at row 10 and at row 100,000 and rows added
meanwhile never shift a page. Reviewers' corrections (``corrections`` table) are applied to every event read
here: filters see the corrected values and rejected events are left out unless asked for.

The same SQLAlchemy Core statements run on SQLite and PostgreSQL; only full-text search differs (FTS5 vs
a tsvector GIN index, see ``store.db``).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    Text,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.orm import aliased

from newsevents.record import HAPPENED_STATUSES
from newsevents.store.link_tables import ArticleLinkRow, EventLinkRow
from newsevents.store.models import (
    REVIEW_VERDICTS,
    Actor,
    Article,
    Claim,
    Correction,
    Event,
    Evidence,
    Place,
    Quote,
    iso_utc,
)

DEFAULT_LIMIT = 50  # items per page unless the caller asks for another count
MAX_LIMIT = 500
ActorAlias, TargetAlias = aliased(Actor, name="actor"), aliased(Actor, name="target")
FirstEvidence = aliased(Evidence, name="first_evidence")
REVIEWED_FIELDS = ("type", "status", "actor", "target", "place", "date", "fatalities")


class QueryError(ValueError):
    """A filter or cursor the caller sent cannot be used (reported as HTTP 400 by the API)."""


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(frozen=True)
class EventFilter:
    """Filters on events; every field is optional and they combine with AND."""

    type: str | None = None
    mode: str | None = None
    status: str | None = None
    actor: str | None = None  # actor or target: the exact canonical name
    country: str | None = None  # ISO alpha-2 of the event's place
    place: str | None = None  # the exact place name
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    date_from: str | None = None  # YYYY-MM-DD, compared with the TIMEX3 value
    date_to: str | None = None
    q: str | None = None  # full-text search in the article
    article_id: str | None = None
    verdict: str | None = None  # confirmed|corrected|rejected|unreviewed
    support: str | None = None  # one of EVENT_SUPPORT
    min_factuality: float | None = None  # on the record's [-3, +3] scale; events without a score are left out
    max_factuality: float | None = None
    acled_coded: bool = False  # only events ACLED would code: they took place and have an ACLED type
    include_rejected: bool = False


#: How an event is supported across sources (after ``newsevents link``): reported by two or more
#: independent sources; by one only; or only ever speculated (no source asserts or reports it).
EVENT_SUPPORT = ("corroborated", "single-source", "speculation-only")
#: The kinds of a related article: the link pass's duplicates, related stories and articles reporting the same
#: happening (``link.articles.SAME_HAPPENING``), else shared names.
SAME_HAPPENING = "same happening"
SHARED_NAMES = "shared names"
RELATED_KINDS = ("duplicate", SAME_HAPPENING, "related", SHARED_NAMES)


# -- cursors ---------------------------------------------------------------------------------------------


def encode_cursor(key: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The key a cursor encodes; a tampered or foreign cursor is a ``QueryError``, never a crash."""
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error) as error:
        raise QueryError("invalid cursor") from error
    if not isinstance(key, list) or len(key) != size or not all(isinstance(k, str | int) for k in key):
        raise QueryError("invalid cursor")
    return key


def page_rows(conn: Connection, query: Select, key_columns: list[Any], limit: int, cursor: str | None) -> list[Any]:
    """Rows of ``query`` after ``cursor`` in key order, one more than ``limit`` to know if a page follows."""
    if cursor:
        query = query.where(tuple_(*key_columns) > tuple_(*decode_cursor(cursor, len(key_columns))))
    return list(conn.execute(query.order_by(*key_columns).limit(_limit(limit) + 1)).mappings())


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    return limit


def make_page(rows: list[Any], limit: int, key: Any, item: Any) -> Page:
    more = len(rows) > limit
    rows = rows[:limit]
    return Page([item(row) for row in rows], encode_cursor(key(rows[-1])) if more and rows else None)


# -- full-text search --------------------------------------------------------------------------------------


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def matching_articles(dialect: str, query: str) -> Any:
    """A subquery of the ids of articles matching every word of ``query`` (the store's search semantics)."""
    words = _words(query)
    if not words:
        raise QueryError("full-text query has no words")
    if dialect == "sqlite":
        terms = " ".join(f'"{word}"' for word in words)
        return text("SELECT article_id FROM articles_fts WHERE articles_fts MATCH :fts").bindparams(fts=terms)
    return text(
        "SELECT id FROM articles WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) "
        "@@ plainto_tsquery('english', :fts)"
    ).bindparams(fts=" ".join(words))


# -- events ------------------------------------------------------------------------------------------------


def _corrected(field: str, original: Any) -> Any:
    return func.coalesce(getattr(Correction, field), original)


def _event_query() -> Select:
    """Events with their actor, target, place, article, first evidence span and review, corrections applied."""
    return (
        select(
            Event.article_id,
            Event.id.label("event_id"),
            _corrected("type", Event.type).label("type"),
            Event.type.label("extracted_type"),
            _corrected("status", Event.status).label("status"),
            _corrected("date", Event.date_value).label("date_value"),
            _corrected("fatalities", Event.fatalities).label("fatalities"),
            Event.modes,
            Event.acled_event_type,
            Event.acled_sub_event_type,
            Event.date_granularity,
            Event.injured,
            Event.source,
            Event.confidence,
            Event.factuality,
            Event.actor_id,
            Event.target_id,
            Event.place_id,
            _corrected("actor", ActorAlias.name).label("actor_name"),
            ActorAlias.country.label("actor_country"),
            ActorAlias.sector.label("actor_sector"),
            _corrected("target", TargetAlias.name).label("target_name"),
            TargetAlias.country.label("target_country"),
            TargetAlias.sector.label("target_sector"),
            _corrected("place", Place.name).label("place_name"),
            Place.country.label("place_country"),
            Place.admin1.label("place_admin1"),
            Place.lat,
            Place.lon,
            Place.feature.label("place_feature"),
            Article.title.label("article_title"),
            Article.url.label("article_url"),
            Article.site.label("article_site"),
            Article.published.label("article_published"),
            FirstEvidence.start.label("evidence_start"),
            FirstEvidence.end.label("evidence_end"),
            func.substr(Article.text, FirstEvidence.start + 1, FirstEvidence.end - FirstEvidence.start).label(
                "evidence_text"
            ),
            Correction.verdict,
            Correction.reviewer,
            Correction.updated_at.label("reviewed_at"),
            EventLinkRow.cluster_id,
            EventLinkRow.sources,
        )
        .join(Article, Article.id == Event.article_id)
        .join(
            FirstEvidence,
            and_(
                FirstEvidence.article_id == Event.article_id,
                FirstEvidence.event_id == Event.id,
                # A literal, not a bound parameter: with "seq = ?" SQLite plans a scan of all evidence.
                FirstEvidence.seq == literal_column("0"),
            ),
        )
        .outerjoin(ActorAlias, and_(ActorAlias.article_id == Event.article_id, ActorAlias.id == Event.actor_id))
        .outerjoin(TargetAlias, and_(TargetAlias.article_id == Event.article_id, TargetAlias.id == Event.target_id))
        .outerjoin(Place, and_(Place.article_id == Event.article_id, Place.id == Event.place_id))
        .outerjoin(
            Correction,
            and_(Correction.article_id == Event.article_id, Correction.evidence_start == FirstEvidence.start),
        )
        .outerjoin(EventLinkRow, and_(EventLinkRow.article_id == Event.article_id, EventLinkRow.event_id == Event.id))
    )


# Filters run on the events table alone (what the page's keys come from), so a filter that matches little
# scans narrow rows instead of seven joins a row. Other tables enter as "key IN (small subquery)".
# Reviewed values: ``_reviewed(field)`` is the correction of the event's field, or NULL; it is looked up
# only for events of articles that have a correction, so unreviewed rows pay one hash probe.
ReviewedEvidence = aliased(Evidence, name="reviewed_evidence")
EVENT_KEY = (Event.article_id, Event.id)


def _reviewed(field: str) -> Any:
    corrected = (
        select(getattr(Correction, field))
        .join(
            ReviewedEvidence,
            and_(
                ReviewedEvidence.article_id == Correction.article_id,
                ReviewedEvidence.start == Correction.evidence_start,
            ),
        )
        .where(
            ReviewedEvidence.article_id == Event.article_id,
            ReviewedEvidence.event_id == Event.id,
            ReviewedEvidence.seq == literal_column("0"),
        )
        .scalar_subquery()
    )
    return case((Event.article_id.in_(select(Correction.article_id)), corrected), else_=None)


def _effective(field: str, column: Any) -> Any:
    """The event's ``column`` as the reviewer corrected it, else as extracted."""
    return func.coalesce(_reviewed(field), column)


def _reviewed_or(field: str, extracted: Any, corrected: Any) -> Any:
    """``corrected(value)`` holds for the reviewed value where there is one, ``extracted`` for the others.

    Written as "(extracted and not reviewed) or key in (reviewed and matching)" so that the extracted side
    can still use the events indexes (type, status, date) and the reviewed side is a small set.
    """
    column = getattr(Correction, field)
    reviewed = _reviewed_keys().where(column.is_not(None))
    return or_(
        and_(extracted, tuple_(*EVENT_KEY).not_in(reviewed)),
        tuple_(*EVENT_KEY).in_(reviewed.where(corrected(column))),
    )


def _reviewed_keys() -> Select:
    """Keys of the events that have a review, as a subquery to add conditions on ``Correction`` to.

    Driven from ``corrections`` (few rows), the event found by a correlated lookup of its evidence: as a
    join, SQLite would rather scan the whole evidence table.
    """
    event_id = (
        select(Evidence.event_id)
        .where(
            Evidence.article_id == Correction.article_id,
            Evidence.start == Correction.evidence_start,
            Evidence.seq == literal_column("0"),
        )
        .limit(1)
        .scalar_subquery()
    )
    return select(Correction.article_id, event_id)


def _keys_with_verdict(*verdicts: str) -> Select:
    return _reviewed_keys().where(Correction.verdict.in_(verdicts))


def _event_conditions(dialect: str, f: EventFilter) -> list[Any]:
    """Conditions on ``events`` (no joins needed) for the filter ``f``."""
    conditions = [
        cond
        for cond in (
            _equal_reviewed("type", Event.type, f.type.upper()) if f.type else None,
            _equal_reviewed("status", Event.status, f.status) if f.status else None,
            _mode_condition(f.mode) if f.mode else None,
            _actor_condition(f.actor) if f.actor else None,
            _at_places(Place.country == f.country.upper()) if f.country else None,
            _place_name_condition(f.place) if f.place else None,
            _at_places(_bbox_condition(f.bbox)) if f.bbox else None,
            _date_condition(f.date_from, f.date_to) if f.date_from or f.date_to else None,
            Event.article_id.in_(matching_articles(dialect, f.q)) if f.q else None,
            Event.article_id == f.article_id if f.article_id else None,
            _verdict_condition(f.verdict) if f.verdict else None,
            _support_condition(f.support) if f.support else None,
            Event.factuality >= f.min_factuality if f.min_factuality is not None else None,
            Event.factuality <= f.max_factuality if f.max_factuality is not None else None,
            _acled_coded() if f.acled_coded else None,
        )
        if cond is not None
    ]
    if not f.include_rejected and f.verdict != "rejected":
        conditions.append(tuple_(*EVENT_KEY).not_in(_keys_with_verdict("rejected")))
    return conditions


def _equal_reviewed(field: str, column: Any, value: str) -> Any:
    return _reviewed_or(field, column == value, lambda reviewed: reviewed == value)


def _acled_coded() -> Any:
    """Events that took place (by their reviewed status) and keep their ACLED type: a reviewer who changed the
    type voids the ACLED crosswalk, as ``event_item`` shows it."""
    happened = _reviewed_or(
        "status", Event.status.in_(HAPPENED_STATUSES), lambda reviewed: reviewed.in_(HAPPENED_STATUSES)
    )
    typed = _reviewed_or("type", true(), lambda reviewed: reviewed == Event.type)
    return and_(Event.acled_event_type.is_not(None), happened, typed)


def _date_condition(date_from: str | None, date_to: str | None) -> Any:
    """TIMEX values compare as text: "2025-04" sorts before "2025-04-01", "~" after any value of a day."""

    def within(value: Any) -> Any:
        bounds = [value >= date_from if date_from else None, value <= date_to + "~" if date_to else None]
        return and_(*(bound for bound in bounds if bound is not None))

    return _reviewed_or("date", within(Event.date_value), within)


def _at_places(condition: Any) -> Any:
    return tuple_(Event.article_id, Event.place_id).in_(select(Place.article_id, Place.id).where(condition))


def _place_name_condition(name: str) -> Any:
    return _reviewed_or("place", _at_places(Place.name == name), lambda value: value == name)


def _mode_condition(mode: str) -> Any:
    """Modes are a JSON list; matching its text form works the same on SQLite and PostgreSQL."""
    if not re.fullmatch(r"[\w-]+", mode):
        raise QueryError("mode must be a single word")
    return cast(Event.modes, Text).like(f'%"{mode}"%')


def _actor_condition(name: str) -> Any:
    """The actor or the target is called ``name`` (the exact canonical name), as extracted or as reviewed."""
    named = select(Actor.article_id, Actor.id).where(Actor.name == name)
    return or_(
        *(
            _reviewed_or(role, tuple_(Event.article_id, column).in_(named), lambda value: value == name)
            for role, column in (("actor", Event.actor_id), ("target", Event.target_id))
        )
    )


def _bbox_condition(bbox: tuple[float, float, float, float]) -> Any:
    min_lon, min_lat, max_lon, max_lat = bbox
    return and_(Place.lon.between(min_lon, max_lon), Place.lat.between(min_lat, max_lat))


def _support_condition(support: str) -> Any:
    corroborated = select(EventLinkRow.article_id, EventLinkRow.event_id).where(EventLinkRow.sources > 1)
    if support == "corroborated":
        return tuple_(*EVENT_KEY).in_(corroborated)
    if support == "single-source":
        return tuple_(*EVENT_KEY).not_in(corroborated)
    if support == "speculation-only":
        return and_(
            _equal_reviewed("status", Event.status, "speculated"), tuple_(*EVENT_KEY).not_in(_firmly_reported())
        )
    raise QueryError(f"support must be one of {', '.join(EVENT_SUPPORT)}")


def _firmly_reported() -> Select:
    """Keys of events another mention of which, in any article, is asserted or reported."""
    own, mate = aliased(EventLinkRow), aliased(EventLinkRow)
    mate_event = aliased(Event)
    return (
        select(own.article_id, own.event_id)
        .join(
            mate,
            and_(
                mate.cluster_id == own.cluster_id,
                or_(mate.article_id != own.article_id, mate.event_id != own.event_id),
            ),
        )
        .join(mate_event, and_(mate_event.article_id == mate.article_id, mate_event.id == mate.event_id))
        .where(mate_event.status.in_(HAPPENED_STATUSES))
    )


def _verdict_condition(verdict: str) -> Any:
    if verdict == "unreviewed":
        return tuple_(*EVENT_KEY).not_in(_keys_with_verdict(*REVIEW_VERDICTS))
    return tuple_(*EVENT_KEY).in_(_keys_with_verdict(verdict))


def list_events(engine: Engine, f: EventFilter, limit: int = DEFAULT_LIMIT, cursor: str | None = None) -> Page:
    """One page of events matching ``f``, in ``(article_id, event_id)`` order.

    One statement in two steps: the page's keys from ``events`` alone, then the joins for those keys only.
    """
    keys = select(*EVENT_KEY).where(*_event_conditions(engine.dialect.name, f))
    if cursor:
        keys = keys.where(tuple_(*EVENT_KEY) > tuple_(*decode_cursor(cursor, 2)))
    keys = keys.order_by(*EVENT_KEY).limit(_limit(limit) + 1)
    query = _event_query().where(tuple_(*EVENT_KEY).in_(keys)).order_by(*EVENT_KEY)
    with engine.connect() as conn:
        rows = list(conn.execute(query).mappings())
    return make_page(rows, limit, lambda r: [r["article_id"], r["event_id"]], event_item)


def iter_events(engine: Engine, f: EventFilter, batch: int = MAX_LIMIT) -> Iterator[dict[str, Any]]:
    """Every event matching ``f``, fetched page by page so exports never hold the whole result in memory."""
    cursor: str | None = None
    while True:
        page = list_events(engine, f, batch, cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def event_key(article_id: str, event_id: str) -> str:
    """The global id of an event: event ids are unique only within their article."""
    return f"{article_id}:{event_id}"


def split_event_key(key: str) -> tuple[str, str]:
    article_id, _, event_id = key.partition(":")
    if not article_id or not event_id:
        raise QueryError("event ids look like ARTICLE_ID:EVENT_ID")
    return article_id, event_id


def event_item(row: Any) -> dict[str, Any]:
    """An event row as the API's JSON object."""
    # The ACLED crosswalk was made for the extracted type: a reviewer who changes the type voids it.
    acled = row["acled_event_type"] if row["type"] == row["extracted_type"] else None
    return {
        "id": event_key(row["article_id"], row["event_id"]),
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "type": row["type"],
        "modes": row["modes"],
        "acled": {"event_type": acled, "sub_event_type": row["acled_sub_event_type"]} if acled else None,
        "status": row["status"],
        "source": row["source"],
        "actor": _party(row, "actor"),
        "target": _party(row, "target"),
        "place": _place(row),
        "date": {"value": row["date_value"], "granularity": row["date_granularity"]},
        "fatalities": row["fatalities"],
        "injured": row["injured"],
        "confidence": row["confidence"],
        "factuality": row["factuality"],
        "evidence": {"start": row["evidence_start"], "end": row["evidence_end"], "text": row["evidence_text"]},
        "article": {
            "id": row["article_id"],
            "title": row["article_title"],
            "url": row["article_url"],
            "site": row["article_site"],
            "published": row["article_published"],
        },
        "review": _review(row),
        "corroboration": {"cluster": row["cluster_id"], "sources": row["sources"] or 1},
    }


def _party(row: Any, role: str) -> dict[str, Any] | None:
    name = row[f"{role}_name"]
    if name is None:
        return None
    return {"id": row[f"{role}_id"], "name": name, "country": row[f"{role}_country"], "sector": row[f"{role}_sector"]}


def _place(row: Any) -> dict[str, Any] | None:
    if row["place_name"] is None:
        return None
    keys = ("country", "admin1", "feature")
    return {
        "id": row["place_id"],
        "name": row["place_name"],
        **{k: row[f"place_{k}"] for k in keys},
        "lat": row["lat"],
        "lon": row["lon"],
    }


def _review(row: Any) -> dict[str, Any] | None:
    if row["verdict"] is None:
        return None
    return {"verdict": row["verdict"], "reviewer": row["reviewer"], "at": iso_utc(row["reviewed_at"])}


def get_event(engine: Engine, key: str) -> dict[str, Any] | None:
    """One event (rejected ones too) with all its evidence spans, its article's text, who vouches for it and
    its mentions in other articles."""
    article_id, event_id = split_event_key(key)
    query = _event_query().where(Event.article_id == article_id, Event.id == event_id)
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
        if row is None:
            return None
        spans = conn.execute(
            select(Evidence.start, Evidence.end)
            .where(Evidence.article_id == article_id, Evidence.event_id == event_id)
            .order_by(Evidence.seq)
        )
        article_text = conn.scalar(select(Article.text).where(Article.id == article_id))
        source_name = conn.scalar(select(Actor.name).where(Actor.article_id == article_id, Actor.id == row["source"]))
    item = event_item(row)
    item["source_name"] = "author" if row["source"] == "author" else source_name
    item["evidence_spans"] = [{"start": s, "end": e, "text": article_text[s:e]} for s, e in spans]
    item["article"]["text"] = article_text
    item["other_reports"] = _other_reports(engine, row) if row["cluster_id"] else []
    return item


def cluster_sites(engine: Engine) -> dict[str, list[str]]:
    """Every cross-source cluster's reporting sites (article URL where the site is unknown), sorted."""
    query = (
        select(EventLinkRow.cluster_id, func.coalesce(Article.site, Article.url, Article.id))
        .join(Article, Article.id == EventLinkRow.article_id)
        .distinct()
    )
    sites: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for cluster, site in conn.execute(query):
            sites.setdefault(cluster, []).append(site)
    return {cluster: sorted(names) for cluster, names in sites.items()}


def _other_reports(engine: Engine, row: Any) -> list[dict[str, Any]]:
    """The other mentions of the same event in other articles: where, with what status, on what evidence."""
    query = (
        _event_query()
        .where(EventLinkRow.cluster_id == row["cluster_id"])
        .where(or_(Event.article_id != row["article_id"], Event.id != row["event_id"]))
        .order_by(Article.published, *EVENT_KEY)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    keys = ("id", "status", "date", "place", "fatalities", "evidence", "article")
    return [{k: v for k, v in event_item(r).items() if k in keys} for r in rows]


def event_facets(engine: Engine, f: EventFilter) -> dict[str, dict[str, int]]:
    """Counts of matching events by type, status and place country, for the UI's facets."""
    conditions = _event_conditions(engine.dialect.name, f)
    facets = {"type": _effective("type", Event.type), "status": _effective("status", Event.status)}
    place = and_(Place.article_id == Event.article_id, Place.id == Event.place_id)
    with engine.connect() as conn:
        counts = {name: _counts(conn, select(column).where(*conditions)) for name, column in facets.items()}
        counts["country"] = _counts(
            conn, select(Place.country).select_from(Event).join(Place, place).where(*conditions)
        )
    return counts


def _counts(conn: Connection, query: Select) -> dict[str, int]:
    inner = query.subquery()
    value, count = inner.c[0], func.count().label("n")
    rows = conn.execute(select(value, count).group_by(value).order_by(count.desc(), value))
    return {key if key is not None else "": n for key, n in rows}


def event_timeline(engine: Engine, f: EventFilter) -> list[dict[str, Any]]:
    """Matching events per day (only events dated to a day or finer), oldest first."""
    date_value = _effective("date", Event.date_value).label("date_value")
    inner = select(date_value).where(*_event_conditions(engine.dialect.name, f)).subquery()
    day = func.substr(inner.c.date_value, 1, 10)
    query = (
        select(day.label("day"), func.count().label("events"))
        .where(inner.c.date_value.like("____-__-__%"))
        .group_by(day)
        .order_by(day)
    )
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


# -- articles ----------------------------------------------------------------------------------------------


ARTICLE_COLUMNS = (Article.id, Article.title, Article.url, Article.site, Article.published)


def list_articles(
    engine: Engine,
    *,
    q: str | None = None,
    site: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Articles (metadata only, no text) filtered by full text, site and publication date, in id order."""
    query = select(*ARTICLE_COLUMNS)
    if q:
        query = query.where(Article.id.in_(matching_articles(engine.dialect.name, q)))
    if site:
        query = query.where(Article.site == site)
    if date_from:
        query = query.where(Article.published >= date_from)
    if date_to:
        query = query.where(Article.published <= date_to)
    with engine.connect() as conn:
        rows = page_rows(conn, query, [Article.id], limit, cursor)
    return make_page(rows, limit, lambda r: [r["id"]], dict)


def get_article(engine: Engine, article_id: str) -> dict[str, Any] | None:
    """The article's full record with reviews applied to its events.

    Each reviewed event gets a ``review`` (verdict, reviewer, at) and its corrected type, status, date and
    fatalities. Corrected actor, target and place are names that need not be actors or places of the
    record, so the record keeps the extracted ids; the event views and exports show the corrected names.
    """
    with engine.connect() as conn:
        record = conn.scalar(select(Article.record).where(Article.id == article_id))
    if record is None:
        return None
    reviewed = {
        e["event_id"]: e for e in iter_events(engine, EventFilter(article_id=article_id, include_rejected=True))
    }
    for event in record["events"]:
        review = reviewed.get(event["id"])
        if review is not None:
            event["review"] = review["review"]
            event.update({k: review[k] for k in ("type", "status", "fatalities")})
            event["date"]["value"] = review["date"]["value"]
    return record


def related_articles(engine: Engine, article_id: str, limit: int = 10) -> list[dict[str, Any]]:
    """Other articles related to this one, each with its ``kind``, ``score`` and ``shared`` count.

    The links of the last link pass come first: duplicates, then reports of the same happening, then related
    stories, best score first. An article the link pass has not linked (it has not run since the article was
    stored, or found nothing) falls back to the articles that name the same actors or places, kind "shared names",
    most shared first.
    """
    with engine.connect() as conn:
        return _linked_articles(conn, article_id, limit) or _articles_sharing_names(conn, article_id, limit)


def _linked_articles(conn: Connection, article_id: str, limit: int) -> list[dict[str, Any]]:
    """The article's links from ``article_links``, where it may be either end of the stored pair.

    Two selects, one per end, so that each can use an index on its column.
    """
    link = ArticleLinkRow
    ends = union_all(
        select(link.other_id.label("id"), link.kind, link.score).where(link.article_id == article_id),
        select(link.article_id.label("id"), link.kind, link.score).where(link.other_id == article_id),
    ).subquery()
    query = (
        select(*ARTICLE_COLUMNS, ends.c.kind, ends.c.score)
        .join(ends, ends.c.id == Article.id)
        .order_by(
            case((ends.c.kind == "duplicate", 0), (ends.c.kind == SAME_HAPPENING, 1), else_=2),
            ends.c.score.desc(),
            Article.id,
        )
        .limit(limit)
    )
    return [{**row, "shared": None} for row in conn.execute(query).mappings()]


def _articles_sharing_names(conn: Connection, article_id: str, limit: int) -> list[dict[str, Any]]:
    """Other articles that name the same actors or places, the most shared names first."""
    names = (
        select(Actor.name.label("name"))
        .where(Actor.article_id == article_id)
        .union(select(Place.name).where(Place.article_id == article_id))
        .subquery()
    )
    shared = (
        select(Actor.article_id.label("article_id"), Actor.name.label("name"))
        .union(select(Place.article_id, Place.name))
        .subquery()
    )
    count = func.count().label("shared")
    query = (
        select(*ARTICLE_COLUMNS, count)
        .join(shared, shared.c.article_id == Article.id)
        .where(shared.c.name.in_(select(names.c.name)), Article.id != article_id)
        .group_by(*ARTICLE_COLUMNS)
        .order_by(count.desc(), Article.id)
        .limit(limit)
    )
    return [{**row, "kind": SHARED_NAMES, "score": None} for row in conn.execute(query).mappings()]


# -- actors, places, quotes, claims ------------------------------------------------------------------------


def list_actors(
    engine: Engine,
    *,
    name: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    sector: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Actors across articles, one row per (name, country), with how many articles name them."""
    country_key = func.coalesce(Actor.country, "")
    query = select(
        Actor.name,
        country_key.label("country"),
        func.min(Actor.kind).label("kind"),
        func.min(Actor.sector).label("sector"),
        func.count(func.distinct(Actor.article_id)).label("articles"),
    ).group_by(Actor.name, country_key)
    query = _where_equal(query, {Actor.country: country and country.upper(), Actor.kind: kind, Actor.sector: sector})
    if name:
        query = query.where(func.lower(Actor.name).contains(name.lower(), autoescape=True))
    with engine.connect() as conn:
        rows = page_rows(conn, query, [Actor.name, country_key], limit, cursor)
    return make_page(rows, limit, lambda r: [r["name"], r["country"]], _blank_to_none)


def list_places(
    engine: Engine,
    *,
    name: str | None = None,
    country: str | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Places across articles, one row per (name, country), with coordinates and how many articles name them."""
    country_key = func.coalesce(Place.country, "")
    query = select(
        Place.name,
        country_key.label("country"),
        func.min(Place.admin1).label("admin1"),
        func.min(Place.feature).label("feature"),
        func.min(Place.geonameid).label("geonameid"),
        func.avg(Place.lat).label("lat"),
        func.avg(Place.lon).label("lon"),
        func.count(func.distinct(Place.article_id)).label("articles"),
    ).group_by(Place.name, country_key)
    query = _where_equal(query, {Place.country: country and country.upper()})
    if name:
        query = query.where(func.lower(Place.name).contains(name.lower(), autoescape=True))
    if bbox:
        query = query.where(_bbox_condition(bbox))
    with engine.connect() as conn:
        rows = page_rows(conn, query, [Place.name, country_key], limit, cursor)
    return make_page(rows, limit, lambda r: [r["name"], r["country"]], _blank_to_none)


def list_quotes(
    engine: Engine,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Quotes with their speaker's canonical name; ``speaker`` filters on that name, case-insensitive."""
    query = select(Quote, Actor.name.label("speaker_name")).outerjoin(
        Actor, and_(Actor.article_id == Quote.article_id, Actor.id == Quote.speaker_id)
    )
    if speaker:
        query = query.where(func.lower(Actor.name) == speaker.lower())
    query = _where_equal(query, {Quote.article_id: article_id})
    with engine.connect() as conn:
        rows = page_rows(conn, query, [Quote.article_id, Quote.id], limit, cursor)
    return make_page(rows, limit, lambda r: [r["article_id"], r["id"]], dict)


def list_claims(
    engine: Engine,
    *,
    holder: str | None = None,
    status: str | None = None,
    article_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Page:
    """Claims with their holder's name ("author" for the article's own voice); ``holder`` filters on it."""
    holder_name = func.coalesce(Actor.name, Claim.holder).label("holder_name")
    query = select(Claim, holder_name).outerjoin(
        Actor, and_(Actor.article_id == Claim.article_id, Actor.id == Claim.holder)
    )
    if holder:
        query = query.where(func.lower(holder_name) == holder.lower())
    query = _where_equal(query, {Claim.status: status, Claim.article_id: article_id})
    with engine.connect() as conn:
        rows = page_rows(conn, query, [Claim.article_id, Claim.id], limit, cursor)
    return make_page(rows, limit, lambda r: [r["article_id"], r["id"]], dict)


def _where_equal(query: Select, equalities: dict[Any, Any]) -> Select:
    for column, value in equalities.items():
        if value:
            query = query.where(column == value)
    return query


def _blank_to_none(row: Any) -> dict[str, Any]:
    """Grouping keys use '' for a missing country (NULLs do not compare in a keyset); give null back."""
    return {**row, "country": row["country"] or None}
