"""Read the HTML and plain-text responses out of a ``.warc`` or ``.warc.gz`` file.

Uses FastWARC: on the sample archive repeated 2,000 times (8.6 MB) it read all records in 0.07 s
against 0.61 s for warcio. Neither library reports a file that ends mid-record, so each record's
payload length is checked against its declared length.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc import ArchiveIterator, WarcRecord, WarcRecordType
from fastwarc.stream_io import BrotliReader, ChunkedReader

from newsevents.errors import UnusableInput
from newsevents.ingest.decode import (
    DEFAULT_MAX_BYTES,
    GZIP_MAGIC,
    format_size,
    gunzip,
    is_textual_content_type,
    kind_for_content_type,
)
from newsevents.ingest.types import RawInput


def iter_warc(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawInput]:
    """Yield one RawInput per 2xx HTML or text response record, in file order.

    Other record types (warcinfo, request, metadata, ...) and responses holding images, scripts,
    redirects or errors are skipped. A corrupt or truncated archive yields the records read so far and
    then one RawInput with ``error`` set; it never raises.
    """
    name = str(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; open errors and parse errors differ
    except OSError as error:
        yield RawInput(key=name, error=f"cannot read {name}: {error.strerror or error}")
        return
    with stream:
        yield from _read_records(name, stream, max_bytes)


def _read_records(name: str, stream: BinaryIO, max_bytes: int) -> Iterator[RawInput]:
    count = 0
    try:
        for record in ArchiveIterator(stream, auto_decode="none"):
            count += record.record_id is not None  # FastWARC passes garbage on as records without an id
            item = _record_input(name, record, max_bytes)
            if item is not None:
                yield item
    except OSError as error:
        reason = error.strerror or str(error)
        yield RawInput(
            key=f"{name}#error",
            error=f"corrupt or truncated WARC (stopped after {count} records): {reason}",
        )
        return
    if count == 0:
        yield RawInput(key=f"{name}#error", error="corrupt WARC: no readable records")


def _record_input(name: str, record: WarcRecord, max_bytes: int) -> RawInput | None:
    url = record.headers.get("WARC-Target-URI")
    key = f"{name}#{(record.record_id or '').strip('<>') or url}"
    if record.record_type != WarcRecordType.response:
        return None
    status = record.http_headers.status_code if record.is_http else None
    content_type = record.http_content_type
    if status is None or not 200 <= status < 300 or not is_textual_content_type(content_type):
        return None
    if record.content_length > max_bytes:
        size = format_size(record.content_length)
        return RawInput(key=key, url=url, error=f"record is {size}, over the {format_size(max_bytes)} limit")
    raw = record.reader.read()
    if len(raw) < record.content_length:
        return RawInput(key=key, url=url, error=f"truncated WARC record ({len(raw)} of {record.content_length} bytes)")
    try:
        content = _decode_body(raw, record, max_bytes)
    except UnusableInput as error:
        return RawInput(key=key, url=url, error=str(error))
    return RawInput(key=key, url=url, content=content, kind=kind_for_content_type(content_type))


def _decode_body(raw: bytes, record: WarcRecord, max_bytes: int) -> bytes:
    """Undo HTTP transfer and content encodings as the archive stored them, the output capped at ``max_bytes``
    (so a compression bomb is refused without being inflated in full)."""
    headers = record.http_headers
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        raw = _dechunk(raw)
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            return gunzip(raw, max_bytes) if raw.startswith(GZIP_MAGIC) else raw
        if encoding == "deflate":
            return _inflate(raw, max_bytes)
        if encoding == "br":
            return _unbrotli(raw, max_bytes)
    except (OSError, zlib.error) as error:
        raise UnusableInput(f"cannot decode {encoding} content encoding ({error})") from None
    if encoding == "identity":
        return raw
    raise UnusableInput(f"unsupported content encoding {encoding}")


def _dechunk(raw: bytes) -> bytes:
    """Remove chunked framing; archives that already removed it but kept the header are left as they are."""
    try:
        return ChunkedReader(io.BytesIO(raw)).read()
    except OSError:
        return raw


def _inflate(raw: bytes, max_bytes: int) -> bytes:
    """HTTP "deflate" is zlib-wrapped by the standard, but raw deflate by many servers."""
    try:
        return _inflate_stream(raw, zlib.MAX_WBITS, max_bytes)
    except zlib.error:
        return _inflate_stream(raw, -zlib.MAX_WBITS, max_bytes)


def _inflate_stream(raw: bytes, wbits: int, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    content = inflater.decompress(raw, max_bytes + 1)
    _check_inflated(len(content), "deflate", max_bytes)
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")
    return content


def _unbrotli(raw: bytes, max_bytes: int) -> bytes:
    reader = BrotliReader(io.BytesIO(raw))
    parts: list[bytes] = []
    size = 0
    while part := reader.read(max_bytes + 1 - size):
        parts.append(part)
        size += len(part)
        _check_inflated(size, "br", max_bytes)
    return b"".join(parts)


def _check_inflated(size: int, encoding: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise UnusableInput(f"{encoding} content inflates to over the {format_size(max_bytes)} limit")
