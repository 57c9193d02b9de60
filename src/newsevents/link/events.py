"""The same event reported by several articles: clustered across sources, with its corroboration.

Two event mentions from different articles are the same event when they have the same PLOVER type,
calendar dates that agree (the same day, or within one day, at day granularity; the same month or year at
coarser ones), places within ``SAME_PLACE_KM`` of each other, and compatible actors. Two articles that
tell the same story (``same_story`` pairs, ``ArticleLinking.same_story_pairs``) need less: their mentions of
one type merge unless their dates, places or actors disagree, since a report often leaves the date or the
place to the story it follows. Other mentions without a date or a place are never merged. Clusters are
the connected components of that relation; the same-story pairs come from average-linkage story clusters,
so one loose article link does not join two stories.

Disagreement is judged leniently where the evidence is vague: a relative date ("PRESENT_REF") neither
agrees nor disagrees with anything, a country or a region holds any place of the same country, a place of
no known country (a sea, a mountain range) disagrees with none, and two actor names disagree only when they
share no word ("police" and "riot police" can be one actor).

Mentions of two types are merged only as the lead events of two articles of the same story (``EventView.lead``,
each article's first event mention, what a news report opens with) whose dates, places and actors do not
disagree: two reports of one happening often code what they open with differently (a killing told as an attack
in one headline and as the murder charge in another). The price: two reports of one story that open with two
steps of it (the shooting, the arrest) join them. Any other two types are never merged: a shooting and the
arrest that followed, told further down, are two events of one story, and corroboration counts sources for one
happening.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from newsevents.annotate.geo import haversine_km
from newsevents.link.similarity import content_words

SAME_PLACE_KM = 25.0
_AREA_FEATURES = frozenset({"country", "region"})


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
    country: str | None = None  # the place's country code
    place_feature: str | None = None  # country|region|city|landmark|other, as ``Place.feature``
    lead: bool = False  # the article's first event mention (its evidence comes first): what the report is about


@dataclass(frozen=True)
class EventCluster:
    id: str
    members: tuple[tuple[str, str], ...]  # (article_id, event_id)
    sources: int  # distinct sites reporting it


def cluster_events(events: list[EventView], same_story: Iterable[tuple[str, str]] = ()) -> list[EventCluster]:
    """Clusters of two or more mentions from different articles, largest first. ``same_story``: pairs of
    article ids that tell the same story (see the module docstring)."""
    stories = {_article_pair(a, b) for a, b in same_story}
    parent = {_key(e): _key(e) for e in events}
    for a, b in _candidate_pairs(events, stories):
        if _find(parent, _key(a)) == _find(parent, _key(b)):
            continue  # already one cluster: no need to weigh the evidence
        if same_event(a, b, _article_pair(a.article_id, b.article_id) in stories):
            _union(parent, _key(a), _key(b))
    groups: dict[tuple[str, str], list[EventView]] = defaultdict(list)
    for event in events:
        groups[_find(parent, _key(event))].append(event)
    clusters = [_cluster(members) for members in groups.values() if len({m.article_id for m in members}) > 1]
    return sorted(clusters, key=lambda c: (-len(c.members), c.id))


def lead_event(evidence_starts: dict[str, int]) -> str | None:
    """The id of an article's lead event (``EventView.lead``), given where each event's evidence begins: the one told
    first; of two that begin together, the one recorded first (ids "e1", "e2", ... in record order)."""
    return min(evidence_starts, key=lambda event_id: (evidence_starts[event_id], len(event_id), event_id), default=None)


def same_event(a: EventView, b: EventView, same_story: bool = False) -> bool:
    """Whether two mentions are one event; ``same_story``: their articles tell the same story."""
    if a.article_id == b.article_id or _actors_conflict(a, b):
        return False
    if a.type != b.type:
        return same_story and a.lead and b.lead and _nothing_disagrees(a, b)
    if same_story:
        return _nothing_disagrees(a, b)
    return _dates_agree(a, b) and _near(a, b)


def _nothing_disagrees(a: EventView, b: EventView) -> bool:
    return not _dates_conflict(a, b) and not _places_conflict(a, b)


def _key(event: EventView) -> tuple[str, str]:
    return (event.article_id, event.event_id)


def _article_pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _candidate_pairs(events: list[EventView], stories: set[tuple[str, str]]) -> Iterator[tuple[EventView, EventView]]:
    """Each pair once: pairs that share a type and a day (or month/year) bucket, then pairs across articles of
    the same story: of one type that share no bucket, or the two articles' lead mentions of two types. Blocking
    keeps this near-linear."""
    buckets_of = {_key(event): _bucket_keys(event) for event in events}
    yield from _bucketed_pairs(events, buckets_of)
    by_article: dict[str, list[EventView]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    for first, second in stories:
        for a in by_article.get(first, ()):
            yield from ((a, b) for b in by_article.get(second, ()) if _story_pair_left(a, b, buckets_of))


def _story_pair_left(a: EventView, b: EventView, buckets_of: dict[tuple[str, str], set[str]]) -> bool:
    """Whether a pair of same-story mentions still needs weighing: of one type and sharing no bucket (else the
    buckets yielded it), or the two articles' lead mentions of two types."""
    if a.type == b.type:
        return buckets_of[_key(a)].isdisjoint(buckets_of[_key(b)])
    return a.lead and b.lead


def _bucketed_pairs(
    events: list[EventView], buckets_of: dict[tuple[str, str], set[str]]
) -> Iterator[tuple[EventView, EventView]]:
    buckets: dict[tuple[str, str], list[EventView]] = defaultdict(list)
    for event in events:
        for key in buckets_of[_key(event)]:
            buckets[(event.type, key)].append(event)
    seen: set[tuple[str, str, str, str]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                key = (a.article_id, a.event_id, b.article_id, b.event_id)
                if key not in seen:
                    seen.add(key)
                    yield a, b


def _bucket_keys(event: EventView) -> set[str]:
    """The date buckets of a dated, placed mention (its day and the days either side); none otherwise."""
    value = _calendar(event.date)
    if value is None or event.lat is None:
        return set()
    day = _day(value)
    if day is None:
        return {value}
    return {(day + timedelta(days=shift)).isoformat() for shift in (-1, 0, 1)}


def _calendar(value: str | None) -> str | None:
    """The date if it names a calendar time ("2008", "2008-02-24", the decade "199"); None for relative
    values ("PRESENT_REF"), which place nothing in time."""
    return value if value and value[0].isdigit() else None


def _dates_agree(a: EventView, b: EventView) -> bool:
    value_a, value_b = _calendar(a.date), _calendar(b.date)
    day_a, day_b = _day(value_a), _day(value_b)
    if day_a and day_b:
        return abs((day_a - day_b).days) <= 1
    return value_a is not None and value_a == value_b


def _dates_conflict(a: EventView, b: EventView) -> bool:
    """Both dated, and neither date within the other ("2008-02" holds "2008-02-24") nor a day apart."""
    value_a, value_b = _calendar(a.date), _calendar(b.date)
    if not value_a or not value_b or _dates_agree(a, b):
        return False
    return not (value_a.startswith(value_b) or value_b.startswith(value_a))


def _actors_conflict(a: EventView, b: EventView) -> bool:
    """Both named and sharing no content word: "police" and "riot police" may be one actor."""
    if not a.actor or not b.actor or a.actor == b.actor:
        return False
    return _name_words(a.actor).isdisjoint(_name_words(b.actor))


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(content_words(name))


def _places_conflict(a: EventView, b: EventView) -> bool:
    """Both placed in a known country, and apart: in different countries, or two points of one country more
    than ``SAME_PLACE_KM`` apart (a country or a region holds any place of its own country). A place of no
    known country (a sea, a mountain range, a region across borders) is too vague to disagree."""
    if None in (a.lat, a.lon, b.lat, b.lon) or not a.country or not b.country:
        return False
    if a.country != b.country:
        return True
    if a.place_feature in _AREA_FEATURES or b.place_feature in _AREA_FEATURES:
        return False
    return not _near(a, b)


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
