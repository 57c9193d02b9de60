"""Turn an HTML page or a dirty plain-text scrape into a clean :class:`~newsevents.record.Article`.

``extract_article`` is the entry point; ``extract_with_provenance`` also says where each field was
found (``json-ld``, ``meta``, ``htmldate``, ``trafilatura``, ``text``, ``url``, ``given``, ...).
Input that cannot be an English news article raises :class:`~newsevents.errors.UnusableInput`.
"""

from __future__ import annotations

import re

from newsevents.errors import UnusableInput
from newsevents.extract.dates import normalise_date
from newsevents.extract.html import extract_html
from newsevents.extract.lang import guess_language
from newsevents.extract.result import Extraction
from newsevents.extract.text import clean_text
from newsevents.record import Article

__all__ = ["MIN_WORDS", "extract_article", "extract_with_provenance", "sniff_kind"]

MIN_WORDS = 40
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")


def sniff_kind(content: str) -> str:
    """``"html"`` for markup (a doctype, ``<html>``/``<body>``, or dense tags), else ``"text"``."""
    head = content[:5000]
    if _HTML_START.match(head) or re.search(r"<body\b", head, re.I):
        return "html"
    tags = _TAG.findall(head)
    return "html" if len(tags) >= 5 and len(tags) * 20 >= len(head.split()) else "text"


def _check_usable(text: str, title: str | None) -> None:
    if not text.strip():
        beside = f" beside its title (an article needs {MIN_WORDS} words of body)" if title else ""
        raise UnusableInput(f"no article text found{beside}")
    n_words = len(text.split())
    if n_words < MIN_WORDS:
        raise UnusableInput(f"not an article ({n_words} words)")
    language = guess_language(text)
    if language != "en":
        raise UnusableInput(f"not English (looks like {language})")


def _to_article(result: Extraction) -> Article:
    return Article(
        text=result.text,
        url=result.url,
        site=result.site,
        title=result.title,
        subtitle=result.subtitle,
        authors=result.authors,
        published=result.published,
        published_source=result.published_source,
        language="en",
        tags=result.tags,
        section_headings=result.section_headings,
        image_credits=result.image_credits,
    )


def extract_with_provenance(
    content: str, *, kind: str | None = None, url: str | None = None, published: str | None = None
) -> tuple[Article, dict[str, str]]:
    """The article and, for each field found, where it came from."""
    if not content or not content.strip():
        raise UnusableInput("no article text found")
    if "\x00" in content[:5000]:
        raise UnusableInput("binary content, not text or HTML")
    kind = kind or sniff_kind(content)
    if kind not in ("html", "text"):
        raise ValueError(f"unknown kind {kind!r} (expected 'html' or 'text')")
    result = extract_html(content, url=url) if kind == "html" else clean_text(content, url=url)
    _check_usable(result.text, result.title)
    if kind == "text":
        result.offer("url", url, "given")
    given = normalise_date(published)
    if published and not given:
        raise UnusableInput(f"published date {published!r} is not a calendar date")
    if given:
        result.published, result.published_source = given, "given"
        result.sources["published"] = "given"
    return _to_article(result), dict(result.sources)


def extract_article(
    content: str, *, kind: str | None = None, url: str | None = None, published: str | None = None
) -> Article:
    """A clean article from an HTML page or a plain-text scrape (``kind`` sniffed when ``None``)."""
    return extract_with_provenance(content, kind=kind, url=url, published=published)[0]
