"""Ingest: turn sources (files, folders, globs, WARC, feeds, URL lists, URLs) into raw inputs."""

from newsevents.ingest.decode import decode_bytes, sniff_kind
from newsevents.ingest.feeds import is_feed, parse_feed
from newsevents.ingest.fetch import FetchResult, fetch
from newsevents.ingest.sources import iter_inputs
from newsevents.ingest.types import RawInput
from newsevents.ingest.warc import iter_warc

__all__ = [
    "FetchResult",
    "RawInput",
    "decode_bytes",
    "fetch",
    "is_feed",
    "iter_inputs",
    "iter_warc",
    "parse_feed",
    "sniff_kind",
]
