"""The document record (schema ``newsevents/1``): the one type that flows through every stage.

It mirrors ``docs/CONTRACT.md`` field for field. Stages are plain functions that take and return these
records, so the same code runs in one process, a process pool or on Ray. ``to_dict`` gives exactly the
JSON that ``newsevents extract`` prints; the JSON Schema in ``schema/record.schema.json`` pins it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "newsevents/1"

EVENT_STATUSES = ("asserted", "reported", "speculated", "planned", "negated", "hypothetical")
#: The statuses of an event that happened: the author's word or a source's (the others are guesses, plans, denials).
HAPPENED_STATUSES = ("asserted", "reported")
CLAIM_STATUSES = ("asserted", "attributed", "speculated", "opinion", "denied")
GRANULARITIES = ("year", "quarter", "season", "month", "week", "day")


def content_id(text: str, title: str | None = None) -> str:
    """Stable id of an article: a hash of its title and clean body, so re-ingesting is idempotent."""
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()
    return digest[:24]


@dataclass
class Article:
    text: str
    id: str = ""
    url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: str | None = None
    language: str | None = "en"
    tags: list[str] = field(default_factory=list)
    section_headings: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.title)


@dataclass
class Entity:
    id: str
    text: str
    label: str
    start: int
    end: int
    actor: str | None = None
    place: str | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str  # person|organization|country|group
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)


@dataclass
class Place:
    id: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None = None
    feature: str = "other"  # country|region|city|landmark|other
    spans: list[list[int]] = field(default_factory=list)


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None
    relative_to: str | None = None


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Responsibility:
    status: str = "unknown"  # claimed|unclaimed|suspected|unknown
    by: str | None = None
    according_to: str | None = None


@dataclass
class EventDate:
    value: str | None = None
    granularity: str | None = None


@dataclass
class Event:
    id: str
    type: str
    evidence: list[Span]
    modes: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date: EventDate = field(default_factory=EventDate)
    fatalities: int | None = None
    injured: int | None = None
    weapons: list[str] = field(default_factory=list)
    physical_targets: list[str] = field(default_factory=list)
    responsibility: Responsibility = field(default_factory=Responsibility)
    status: str = "asserted"
    #: How surely the text says the event happened, on the UW factuality scale: +3 certainly, -3 certainly not
    #: (``claims.factuality``); ``status`` is its categorical reading. None in records written before the field.
    factuality: float | None = None
    source: str = "author"
    confidence: float = 0.5


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Claim:
    id: str
    text: str
    start: int
    end: int
    holder: str = "author"
    holder_start: int | None = None
    holder_end: int | None = None
    status: str = "asserted"
    cue: str | None = None
    event: str | None = None


@dataclass
class Document:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of CONTRACT.md, keys in contract order."""
        data = asdict(self)
        return {"schema": data.pop("schema"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from its JSON record (the inverse of ``to_dict``)."""
        events = []
        for raw in data.get("events", []):
            raw = dict(raw)
            raw["evidence"] = [Span(**s) for s in raw.get("evidence", [])]
            raw["date"] = EventDate(**(raw.get("date") or {}))
            raw["responsibility"] = Responsibility(**(raw.get("responsibility") or {}))
            events.append(Event(**_known(Event, raw)))
        return cls(
            article=Article(**_known(Article, data["article"])),
            entities=[Entity(**_known(Entity, e)) for e in data.get("entities", [])],
            actors=[Actor(**_known(Actor, a)) for a in data.get("actors", [])],
            places=[Place(**_known(Place, p)) for p in data.get("places", [])],
            times=[TimeExpr(**_known(TimeExpr, t)) for t in data.get("times", [])],
            events=events,
            quotes=[Quote(**_known(Quote, q)) for q in data.get("quotes", [])],
            claims=[Claim(**_known(Claim, c)) for c in data.get("claims", [])],
            schema=data.get("schema", SCHEMA),
        )


def _known(cls: type, raw: dict[str, Any]) -> dict[str, Any]:
    """Keep only the keys a dataclass knows: records may gain fields (CONTRACT allows additions)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in raw.items() if k in names}
