"""The same event reported by several articles: clustered across sources, with its corroboration.

Two event mentions from different articles are the same event when they have the same PLOVER type,
dates that agree (the same day, or within one day, at day granularity; the same month or year at
coarser ones), places within ``SAME_PLACE_KM`` of each other, and no conflicting actors. Two articles
that tell the same story (``same_story`` pairs: duplicates, or related with a high score) need less: their
mentions of one type merge unless their dates, places or actors disagree, since a report often leaves
the date or the place to the story it follows. Other mentions without a date or a place are never
merged. Clusters are the connected components of that relation.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from newsevents.annotate.geo import haversine_km

SAME_PLACE_KM = 25.0


@dataclass(frozen=True)
class EventView:
    """What clustering needs to know of a stored event."""

    article_id: str
    event_id: str
    type: str
    date: str | None
    granularity: str | None
    lat: float | None
    lon: float | None
    actor: str | None  # normalised actor name
    source: str  # the article's site (or its id when the site is unknown)


@dataclass(frozen=True)
class EventCluster:
    id: str
    members: tuple[tuple[str, str], ...]  # (article_id, event_id)
    sources: int  # distinct sites reporting it


def cluster_events(events: list[EventView], same_story: Iterable[tuple[str, str]] = ()) -> list[EventCluster]:
    """Clusters of two or more mentions from different articles, largest first. ``same_story``: pairs of
    article ids that tell the same story (see the module docstring)."""
    stories = {_article_pair(a, b) for a, b in same_story}
    parent = {(e.article_id, e.event_id): (e.article_id, e.event_id) for e in events}
    for a, b in _candidate_pairs(events, stories):
        if same_event(a, b, _article_pair(a.article_id, b.article_id) in stories):
            _union(parent, (a.article_id, a.event_id), (b.article_id, b.event_id))
    groups: dict[tuple[str, str], list[EventView]] = defaultdict(list)
    for event in events:
        groups[_find(parent, (event.article_id, event.event_id))].append(event)
    clusters = [_cluster(members) for members in groups.values() if len({m.article_id for m in members}) > 1]
    return sorted(clusters, key=lambda c: (-len(c.members), c.id))


def same_event(a: EventView, b: EventView, same_story: bool = False) -> bool:
    """Whether two mentions are one event; ``same_story``: their articles tell the same story."""
    if a.article_id == b.article_id or a.type != b.type or (a.actor and b.actor and a.actor != b.actor):
        return False
    if same_story:
        return not _dates_conflict(a, b) and not _places_conflict(a, b)
    return _dates_agree(a, b) and _near(a, b)


def _article_pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _candidate_pairs(events: list[EventView], stories: set[tuple[str, str]]) -> Iterator[tuple[EventView, EventView]]:
    """Pairs that share a type and a day (or month/year) bucket, then pairs of one type across articles of the
    same story: blocking keeps this near-linear."""
    yield from _bucketed_pairs(events)
    by_article: dict[str, list[EventView]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    for first, second in stories:
        for a in by_article.get(first, ()):
            yield from ((a, b) for b in by_article.get(second, ()) if b.type == a.type)


def _bucketed_pairs(events: list[EventView]) -> Iterator[tuple[EventView, EventView]]:
    buckets: dict[tuple[str, str], list[EventView]] = defaultdict(list)
    for event in events:
        if event.date and event.lat is not None:
            for key in _date_keys(event):
                buckets[(event.type, key)].append(event)
    seen: set[tuple[str, str, str, str]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                key = (a.article_id, a.event_id, b.article_id, b.event_id)
                if key not in seen:
                    seen.add(key)
                    yield a, b


def _date_keys(event: EventView) -> list[str]:
    day = _day(event.date)
    if day is None:
        return [event.date or ""]
    return [(day + timedelta(days=shift)).isoformat() for shift in (-1, 0, 1)]


def _dates_agree(a: EventView, b: EventView) -> bool:
    day_a, day_b = _day(a.date), _day(b.date)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= 1
    return a.date is not None and a.date == b.date


def _dates_conflict(a: EventView, b: EventView) -> bool:
    """Both dated, and neither date within the other ("2008-02" holds "2008-02-24") nor a day apart."""
    if not a.date or not b.date or _dates_agree(a, b):
        return False
    return not (a.date.startswith(b.date) or b.date.startswith(a.date))


def _places_conflict(a: EventView, b: EventView) -> bool:
    both_placed = None not in (a.lat, a.lon, b.lat, b.lon)
    return both_placed and not _near(a, b)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _near(a: EventView, b: EventView) -> bool:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _cluster(members: list[EventView]) -> EventCluster:
    keys = tuple(sorted((m.article_id, m.event_id) for m in members))
    cluster_id = "x" + hashlib.sha1(repr(keys[0]).encode()).hexdigest()[:12]
    return EventCluster(id=cluster_id, members=keys, sources=len({m.source for m in members}))


def _find(parent: dict, key: tuple[str, str]) -> tuple[str, str]:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict, a: tuple[str, str], b: tuple[str, str]) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)
