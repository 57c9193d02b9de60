"""RSS and Atom feeds: one RawInput per entry, from the embedded article or by fetching its link."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from newsevents.errors import FetchError
from newsevents.ingest.decode import SNIFF_BYTES, kind_for_content_type
from newsevents.ingest.fetch import DEFAULT_TIMEOUT_S, fetch
from newsevents.ingest.types import RawInput

# Embedded content with at least this much visible text counts as the full article, not a teaser.
FULL_CONTENT_CHARS = 500

_FEED_ROOT = re.compile(
    rb"""\A(?:\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*\s*<(?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF)[\s>/]""",
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")


def is_feed(data: bytes) -> bool:
    """True when ``data`` is an RSS or Atom document: its root element is rss, feed or rdf:RDF."""
    return bool(_FEED_ROOT.match(data[:SNIFF_BYTES].removeprefix(b"\xef\xbb\xbf")))


def parse_feed(
    data: bytes,
    *,
    source: str,
    base_url: str | None = None,
    fetch_articles: bool = False,
    allow_private: bool = False,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> Iterator[RawInput]:
    """Yield one RawInput per entry of the feed in ``data``; ``source`` names the feed in errors.

    An entry's embedded content is used when it holds the full article (at least
    ``FULL_CONTENT_CHARS`` of text). Otherwise, with ``fetch_articles``, the entry's link is fetched;
    a failed fetch becomes the RawInput's ``error`` and never raises. ``base_url`` resolves relative
    links. A feed that cannot be parsed yields a single RawInput with ``error`` set.
    """
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.entries:
        reason = f"not a readable feed ({_one_line(parsed.get('bozo_exception'))})" if parsed.bozo else None
        yield RawInput(key=source, url=base_url, error=reason or "feed has no entries")
        return
    for index, entry in enumerate(parsed.entries):
        yield _entry_input(entry, f"{source}#entry-{index + 1}", fetch_articles, allow_private, timeout)


def _entry_input(entry: Any, fallback_key: str, fetch_articles: bool, allow_private: bool, timeout: float) -> RawInput:
    link = entry.get("link")
    item = RawInput(
        key=link or entry.get("id") or fallback_key,
        url=link,
        title=entry.get("title"),
        published=_entry_date(entry),
    )
    body, media_type = _embedded(entry)
    if fetch_articles and link and _visible_length(body) < FULL_CONTENT_CHARS:
        return _fetched(item, link, allow_private, timeout)
    if not body.strip():
        item.error = "feed entry has no content" + ("" if link else " and no link")
        return item
    if media_type == "text/plain":
        item.content, item.kind = body.encode("utf-8"), "text"
    else:
        item.content, item.kind = _as_document(body, item.title), "html"
    return item


def _fetched(item: RawInput, link: str, allow_private: bool, timeout: float) -> RawInput:
    try:
        result = fetch(link, timeout=timeout, allow_private=allow_private)
    except FetchError as error:
        item.error = str(error)
        return item
    item.url, item.content, item.kind = result.url, result.content, kind_for_content_type(result.content_type)
    return item


def _embedded(entry: Any) -> tuple[str, str]:
    """The longest embedded body (content:encoded, Atom content, or summary) and its media type."""
    candidates = [(part.get("value", ""), part.get("type", "")) for part in entry.get("content", [])]
    summary = entry.get("summary_detail")
    if summary:
        candidates.append((summary.get("value", ""), summary.get("type", "")))
    return max(candidates, key=lambda candidate: len(candidate[0]), default=("", ""))


def _entry_date(entry: Any) -> str | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", moment) if moment else None


def _visible_length(body: str) -> int:
    return len(" ".join(html.unescape(_TAG.sub(" ", body)).split()))


def _as_document(body: str, title: str | None) -> bytes:
    """Wrap an HTML fragment in a page that declares UTF-8, so decoding and extraction treat it as HTML."""
    head = f'<meta charset="utf-8"><title>{html.escape(title or "")}</title>'
    page = f"<!DOCTYPE html>\n<html><head>{head}</head><body><article>\n{body}\n</article></body></html>\n"
    return page.encode("utf-8")


def _one_line(error: object) -> str:
    return " ".join(str(error or "unknown error").split())
