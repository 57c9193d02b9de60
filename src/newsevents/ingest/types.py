"""The raw input record: what ingest hands to extraction, before any parsing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawInput:
    """One input as read from a source.

    ``key`` identifies the input in the ledger (a path, ``path#record-id`` inside a WARC, a URL), so
    the same input seen twice is recognised. ``error`` is set when the input could not even be read;
    it still flows on so that it gets a recorded outcome.
    """

    key: str
    content: bytes | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    kind: str | None = None  # "html" | "text" when the source says so (content type, suffix)
    error: str | None = None
