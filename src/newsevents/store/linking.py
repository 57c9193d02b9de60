"""The link pass over a store: read what linking needs, recompute the links, replace them atomically."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from newsevents.link import (
    ArticleLink,
    ArticleView,
    EventView,
    cluster_events,
    lead_event,
    link_articles,
)
from newsevents.link.articles import SAME_HAPPENING, entity_keys
from newsevents.store.db import Store
from newsevents.store.link_tables import ArticleLinkRow, EventLinkRow
from newsevents.store.models import Actor, Article, Event, Evidence, Place


def relink(store: Store) -> dict[str, int]:
    """Recompute duplicate, related and same-happening articles and cross-article event clusters for the whole
    store."""
    with store.engine.begin() as conn:
        linking = link_articles(_article_views(conn))
        links = linking.links
        copies = _copy_groups(links)
        views = [_as_original(view, copies) for view in _event_views(conn)]
        clusters = cluster_events(views, linking.same_story_pairs())
        conn.execute(delete(ArticleLinkRow))
        conn.execute(delete(EventLinkRow))
        if links:
            conn.execute(insert(ArticleLinkRow), [vars(link) for link in links])
        rows = [
            {"article_id": article, "event_id": event, "cluster_id": c.id, "sources": c.sources}
            for c in clusters
            for article, event in c.members
        ]
        if rows:
            conn.execute(insert(EventLinkRow), rows)
    return {
        "duplicate_pairs": sum(link.kind == "duplicate" for link in links),
        "related_pairs": sum(link.kind == "related" for link in links),
        "same_happening_pairs": sum(link.kind == SAME_HAPPENING for link in links),
        "multi_source_events": sum(c.sources > 1 for c in clusters),
    }


def _copy_groups(links: list[ArticleLink]) -> dict[str, str]:
    """Each duplicated article -> the first of its copies: a syndicated copy does not corroborate."""
    original: dict[str, str] = {}
    for link in sorted(links, key=lambda link: (link.article_id, link.other_id)):
        if link.kind == "duplicate":
            root = original.get(link.article_id, link.article_id)
            original[link.other_id] = original.get(link.other_id, root)
    return original


def _as_original(view: EventView, copies: dict[str, str]) -> EventView:
    if view.source != view.article_id or view.article_id not in copies:
        return view
    return replace(view, source=copies[view.article_id])


def _article_views(conn: Connection) -> list[ArticleView]:
    names: dict[str, list[str]] = defaultdict(list)
    geonameids: dict[str, list[int | None]] = defaultdict(list)
    for article_id, name in conn.execute(select(Actor.article_id, Actor.name)):
        names[article_id].append(name)
    for article_id, geonameid in conn.execute(select(Place.article_id, Place.geonameid)):
        geonameids[article_id].append(geonameid)
    coded = set(conn.scalars(select(Event.article_id).distinct()))
    columns = (Article.id, Article.title, Article.published, Article.text)
    return [
        ArticleView(i, text, entity_keys(names[i], geonameids[i]), title, has_events=i in coded, published=published)
        for i, title, published, text in conn.execute(select(*columns).order_by(Article.created_at, Article.id))
    ]


def _event_views(conn: Connection) -> list[EventView]:
    query = (
        select(
            Event.article_id,
            Event.id,
            Event.type,
            Event.date_value,
            Event.date_granularity,
            Place.lat,
            Place.lon,
            Place.country,
            Place.feature,
            Actor.name,
            Article.site,
        )
        .join(Article, Article.id == Event.article_id)
        .outerjoin(Place, (Place.article_id == Event.article_id) & (Place.id == Event.place_id))
        .outerjoin(Actor, (Actor.article_id == Event.article_id) & (Actor.id == Event.actor_id))
    )
    leads = _lead_events(conn)
    return [_event_view(row, leads) for row in conn.execute(query)]


def _lead_events(conn: Connection) -> set[tuple[str, str]]:
    """(article id, event id) of each article's first event mention, the one whose evidence begins first
    (``EventView.lead``); of two that begin together, the one recorded first."""
    starts = select(Evidence.article_id, Evidence.event_id, func.min(Evidence.start))
    by_article: dict[str, dict[str, int]] = defaultdict(dict)
    for article_id, event_id, start in conn.execute(starts.group_by(Evidence.article_id, Evidence.event_id)):
        by_article[article_id][event_id] = start
    return {(article_id, lead_event(events)) for article_id, events in by_article.items()}


def _event_view(row: Any, leads: set[tuple[str, str]]) -> EventView:
    article_id, event_id, kind, value, granularity, lat, lon, country, feature, actor, site = row
    return EventView(
        article_id=article_id,
        event_id=event_id,
        type=kind,
        date=value,
        granularity=granularity,
        lat=lat,
        lon=lon,
        actor=actor.lower() if actor else None,
        source=site or article_id,
        country=country,
        place_feature=feature,
        lead=(article_id, event_id) in leads,
    )


def link_counts(store: Store) -> dict[str, int]:
    """The counts ``relink`` returned, read back from the stored links."""
    with store.engine.connect() as conn:
        kinds = dict(conn.execute(select(ArticleLinkRow.kind, func.count()).group_by(ArticleLinkRow.kind)).all())
        multi = conn.scalar(select(func.count(func.distinct(EventLinkRow.cluster_id))).where(EventLinkRow.sources > 1))
    return {
        "duplicate_pairs": kinds.get("duplicate", 0),
        "related_pairs": kinds.get("related", 0),
        "same_happening_pairs": kinds.get(SAME_HAPPENING, 0),
        "multi_source_events": multi or 0,
    }
