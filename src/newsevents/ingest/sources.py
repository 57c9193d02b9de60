"""Expand the sources a user names (files, folders, globs, WARCs, feeds, URL lists, URLs) into RawInputs."""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsevents.errors import FetchError, UnusableInput
from newsevents.ingest.decode import DEFAULT_MAX_BYTES, check_size, kind_for_content_type
from newsevents.ingest.feeds import is_feed, parse_feed
from newsevents.ingest.fetch import DEFAULT_TIMEOUT_S, fetch
from newsevents.ingest.types import RawInput
from newsevents.ingest.warc import iter_warc

# How a file was reached: named on the command line, matched by a glob, or found walking a folder.
Origin = Literal["named", "glob", "folder"]

WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
DOCUMENT_KINDS = {".html": "html", ".htm": "html", ".txt": "text"}
KNOWN_SUFFIXES = (*WARC_SUFFIXES, *FEED_SUFFIXES, *DOCUMENT_KINDS, ".gz", ".jsonl", ".urls")

_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_GLOB_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True)
class _Options:
    allow_private: bool
    fetch_feed_articles: bool
    timeout: float


def iter_inputs(
    sources: Iterable[str],
    *,
    allow_private: bool = False,
    fetch_feed_articles: bool = True,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> Iterator[RawInput]:
    """Yield the raw inputs of each source in turn; never raises for a bad source.

    A source is an http(s) URL (fetched; a feed is expanded into its entries), a file, a folder (walked
    recursively in sorted order, skipping hidden entries, unknown file types and URL lists), or a glob
    pattern. Files are dispatched by suffix and content: ``.warc``/``.warc.gz`` archives, RSS/Atom feeds,
    URL lists (``.urls``, or ``.txt`` whose lines are all URLs), ``.jsonl`` records, and HTML/text
    documents (``.gz`` ones included). A source that cannot be read yields a RawInput with ``error``.
    """
    options = _Options(allow_private, fetch_feed_articles, timeout)
    for source in sources:
        yield from _expand(source, options)


def _expand(source: str, options: _Options) -> Iterator[RawInput]:
    if _URL.match(source):
        yield from _from_url(source, options)
        return
    scheme = _OTHER_SCHEME.match(source)
    if scheme:
        yield RawInput(key=source, error=f"unsupported URL scheme {scheme.group(1)} (only http and https)")
        return
    path = Path(source).expanduser()
    if path.is_dir():
        for file in _walk(path):
            yield from _from_file(file, "folder", options)
    elif path.exists():
        yield from _from_file(path, "named", options)
    elif _GLOB_MAGIC.search(source):
        yield from _from_glob(source, options)
    else:
        yield RawInput(key=source, error=f"no such file or directory: {source}")


def _walk(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by path."""
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        files.extend(Path(root, name) for name in names if not name.startswith("."))
    return sorted(files)


def _from_glob(pattern: str, options: _Options) -> Iterator[RawInput]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield RawInput(key=pattern, error=f"glob matched nothing: {pattern}")
    for match in map(Path, matches):
        files = _walk(match) if match.is_dir() else [match]
        for file in files:
            yield from _from_file(file, "glob" if file == match else "folder", options)


def _from_file(path: Path, origin: Origin, options: _Options) -> Iterator[RawInput]:
    key = str(path.resolve())
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from iter_warc(key)
        return
    if suffix not in KNOWN_SUFFIXES:
        if origin == "named":
            yield RawInput(key=key, error=f"unsupported file type {suffix or '(no suffix)'}")
        return
    try:
        check_size(path.stat().st_size, DEFAULT_MAX_BYTES)
        data = path.read_bytes()
    except UnusableInput as error:
        yield RawInput(key=key, error=str(error))
        return
    except OSError as error:
        yield RawInput(key=key, error=f"cannot read {path}: {error.strerror or error}")
        return
    yield from _from_data(key, suffix, data, origin, options)


def _from_data(key: str, suffix: str, data: bytes, origin: Origin, options: _Options) -> Iterator[RawInput]:
    if suffix == ".urls" or (suffix == ".txt" and _is_url_list(data)):
        if origin != "folder":  # a folder walk stays offline: URL lists are fetched only when named
            yield from _from_url_list(data, options)
    elif suffix in FEED_SUFFIXES and is_feed(data):
        yield from parse_feed(
            data,
            source=key,
            fetch_articles=options.fetch_feed_articles,
            allow_private=options.allow_private,
            timeout=options.timeout,
        )
    elif suffix in (".rss", ".atom"):
        yield RawInput(key=key, error="not an RSS or Atom feed")
    elif suffix == ".jsonl":
        yield from _from_jsonl(key, data)
    else:
        yield RawInput(key=key, content=data, kind=_document_kind(key, suffix))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _document_kind(key: str, suffix: str) -> str | None:
    """The kind a document's suffix promises (``page.html.gz`` is HTML); None for ``.xml`` and the like."""
    if suffix == ".gz":
        suffix = Path(key[: -len(".gz")]).suffix.lower()
    return DOCUMENT_KINDS.get(suffix)


def _url_lines(data: bytes) -> list[str]:
    lines = (line.strip() for line in data.decode("utf-8", errors="replace").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _is_url_list(data: bytes) -> bool:
    lines = _url_lines(data)
    return bool(lines) and all(_URL.match(line) for line in lines)


def _from_url_list(data: bytes, options: _Options) -> Iterator[RawInput]:
    for line in _url_lines(data):
        if _URL.match(line):
            yield from _from_url(line, options)
        else:
            yield RawInput(key=line, error=f"not an http(s) URL: {line}")


def _from_url(url: str, options: _Options) -> Iterator[RawInput]:
    """Fetch ``url``: a feed expands into its entries, anything else is one article keyed by ``url``."""
    try:
        result = fetch(url, timeout=options.timeout, allow_private=options.allow_private)
    except FetchError as error:
        yield RawInput(key=url, url=url, error=str(error))
        return
    if is_feed(result.content):
        yield from parse_feed(
            result.content,
            source=url,
            base_url=result.url,
            fetch_articles=options.fetch_feed_articles,
            allow_private=options.allow_private,
            timeout=options.timeout,
        )
    else:
        yield RawInput(key=url, url=result.url, content=result.content, kind=kind_for_content_type(result.content_type))


def _from_jsonl(key: str, data: bytes) -> Iterator[RawInput]:
    """One RawInput per line of ``{"url", "title", "published", "html" | "content" | "text"}`` objects."""
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _jsonl_record(f"{key}#{number}", line)


def _jsonl_record(key: str, line: bytes) -> RawInput:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        return RawInput(key=key, error="not a JSON object")
    item = RawInput(
        key=key,
        url=record.get("url"),
        title=record.get("title"),
        published=str(record["published"])[:10] if record.get("published") else None,
    )
    for field, kind in (("html", "html"), ("content", None), ("text", "text")):
        if isinstance(record.get(field), str):
            item.content, item.kind = record[field].encode("utf-8"), kind
            return item
    item.error = "no html, content or text field"
    return item
