"""The ``Mentions`` record: an article's actors and places, and which token points at which.

Every later stage (events, places, claims) reads and extends this record. Actors enter it only through ``register``, one
per key, so that a country, a group or a person named several times is one actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.annotate.geo import Gazetteer
from newsevents.record import Actor, Entity, Place


@dataclass
class Mentions:
    """Everything the later stages need to point at actors and places by token."""

    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actor_by_token: dict[int, str] = field(default_factory=dict)
    place_by_token: dict[int, str] = field(default_factory=dict)
    #: The country (ISO3) the article is mostly about: where unnamed groups ("police") belong.
    home_country: str | None = None
    #: Actors whose country is only the article's country, not told by their name or title.
    presumed_country: set[str] = field(default_factory=set)
    #: Groups the text names by no country, given the article's by default (the place of their event may tell better).
    defaulted_country: set[str] = field(default_factory=set)
    #: Known armed groups: each acts through its branch in the country where the article is set.
    armed_groups: set[str] = field(default_factory=set)
    #: The gazetteer the places were resolved with, for the country and place words actors are read from.
    gazetteer: Gazetteer | None = field(default=None, repr=False)
    _actor_keys: dict[str, str] = field(default_factory=dict)
    _surnames: dict[str, str] = field(default_factory=dict)
    _actors_by_id: tuple[list[Actor], int, dict[str, Actor]] | None = field(default=None, repr=False, compare=False)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The first actor of that id, from an index rebuilt whenever ``actors`` is replaced or grows."""
        index = self._actors_by_id
        if index is None or index[0] is not self.actors or index[1] != len(self.actors):
            by_id: dict[str, Actor] = {}
            for actor in self.actors:
                by_id.setdefault(actor.id, actor)
            index = self._actors_by_id = (self.actors, len(self.actors), by_id)
        return index[2].get(actor_id) if actor_id is not None else None

    def sector(self, actor_id: str | None) -> str | None:
        actor = self.actor(actor_id)
        return actor.sector if actor is not None else None

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None) if place_id else None


def named_country(mentions: Mentions, country: str | None) -> str | None:
    """The actor of a country (ISO3), where the text names it."""
    return mentions._actor_keys.get(_country_key(country)) if country else None


def register_country(mentions: Mentions, country: str, name: str) -> str:
    """The actor of a country (ISO3) as a state, one per country however the text names it."""
    return register(
        mentions, key=_country_key(country), name=name, kind="country", country=country, sector=None, roles=[]
    )


def _country_key(country: str) -> str:
    return f"country:{country}"


def register(
    mentions: Mentions, *, key: str, name: str, kind: str, country: str | None, sector: str | None, roles: list[str]
) -> str:
    if key in mentions._actor_keys:
        return mentions._actor_keys[key]
    number = max((int(a.id[1:]) for a in mentions.actors), default=0) + 1  # ids stay unique when actors are dropped
    actor = Actor(id=f"a{number}", name=name, kind=kind, country=country, sector=sector, roles=roles)
    mentions.actors.append(actor)
    mentions._actor_keys[key] = actor.id
    return actor.id
