"""Exports of the event database: ACLED-compatible CSV, PLOVER JSON, JSON Lines records and Parquet.

Every format is a generator of ``bytes`` chunks over ``store.queries.iter_events``, which pages through the
database, so an export of millions of events streams with constant memory, to a file or an HTTP response.
Reviewers' corrections are applied and rejected events left out, as everywhere on the read side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine

from newsevents.export.acled import acled_csv
from newsevents.export.records import jsonl_records, plover_json
from newsevents.store.queries import EventFilter


@dataclass(frozen=True)
class ExportFormat:
    media_type: str
    suffix: str
    write: Callable[[Engine, EventFilter], Iterator[bytes]]


def _parquet(engine: Engine, f: EventFilter) -> Iterator[bytes]:
    from newsevents.export.parquet import parquet_events  # pyarrow is the optional extra [export]

    return parquet_events(engine, f)


FORMATS: dict[str, ExportFormat] = {
    "acled": ExportFormat("text/csv; charset=utf-8", "csv", acled_csv),
    "plover": ExportFormat("application/json", "json", plover_json),
    "jsonl": ExportFormat("application/x-ndjson", "jsonl", jsonl_records),
    "parquet": ExportFormat("application/vnd.apache.parquet", "parquet", _parquet),
}

__all__ = ["FORMATS", "ExportFormat"]
