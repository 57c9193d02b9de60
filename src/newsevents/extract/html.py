"""Article extraction from HTML: trafilatura for the body, our own reading of the page metadata.

The body comes from trafilatura's XML tree rather than its text output, so that headings, list
items and line-broken paragraphs become separate blocks: headings go to ``section_headings``, every
other block is a paragraph, and the line rules of :mod:`newsevents.extract.rules` then remove the
debris trafilatura lets through (share labels, "Read more" teasers, newsletter boxes, captions).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafilaturaDoc
from trafilatura.utils import load_html

from newsevents.extract.authors import parse_authors
from newsevents.extract.dates import date_from_url, normalise_date
from newsevents.extract.metadata import PageMeta, read_page_meta
from newsevents.extract.result import Extraction
from newsevents.extract.rules import (
    SHORT_CREDIT_WORDS,
    is_author_bio,
    is_debris,
    is_generic_bio,
    is_image_credit,
    is_related_header,
    is_sentence_like,
)

TRAFILATURA_OPTIONS: dict[str, object] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": True,
    "with_metadata": True,
    "date_extraction_params": {"extensive_search": True, "original_date": True},
}
MAX_META_AUTHORS = 10  # more names in <meta> tags are a paper's reference list, not its byline
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·|•)\s+")


def _block_text(element: HtmlElement) -> list[str]:
    """The lines of a block: ``<lb/>`` (a ``<br>`` in the page) starts a new one, and so does a newline
    trafilatura kept (in quotes and preformatted text): measured, this lets the line rules remove more
    debris than joining such lines would."""
    for lb in element.iter("lb"):
        lb.text = "\n"
    text = "".join(element.itertext())
    return [" ".join(part.split()) for part in text.split("\n") if part.strip()]


def render_body(body: HtmlElement) -> tuple[list[str], list[str]]:
    """Paragraphs and headings from trafilatura's body tree, in document order."""
    paragraphs: list[str] = []
    headings: list[str] = []
    for element in body:
        if element.tag == "head":
            headings.extend(_block_text(element))
        elif element.tag == "list":
            for item in element.iter("item"):
                paragraphs.extend(_block_text(item) if item.getparent() is element else [])
        elif element.tag == "table":
            for row in element.iter("row"):
                cells = [" ".join(" ".join(cell.itertext()).split()) for cell in row.iter("cell")]
                paragraphs.append(" | ".join(cell for cell in cells if cell))
        elif element.tag != "graphic":
            paragraphs.extend(_block_text(element))
    return [p for p in paragraphs if p], headings


def _is_caption(paragraph: str, captions: list[str]) -> bool:
    return any(paragraph == caption or paragraph in caption for caption in captions)


def body_credits(paragraphs: list[str]) -> list[str]:
    """Short image-credit lines ("Photo: AP") that trafilatura left in the body."""
    return [p for p in paragraphs if is_image_credit(p) and len(p.split()) <= SHORT_CREDIT_WORDS]


def filter_paragraphs(paragraphs: list[str], meta: PageMeta, authors: list[str]) -> list[str]:
    """Drop debris lines, captions, author bios and "Related" headline lists from the body."""
    kept: list[str] = []
    in_related = False
    for paragraph in paragraphs:
        if is_related_header(paragraph):
            in_related = True
            continue
        if in_related and not is_sentence_like(paragraph):
            continue
        in_related = False
        if is_debris(paragraph) or _is_caption(paragraph, meta.captions) or is_author_bio(paragraph, authors):
            continue
        kept.append(paragraph)
    while kept and is_generic_bio(kept[-1]):
        kept.pop()
    if meta.standfirst:
        kept = [p for p in kept if p != meta.standfirst]
    return kept


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def clean_title(title: str | None, site: str | None, url: str | None = None) -> str | None:
    """Strip a " | Site name" (or "Site - ") part from a page title; the site may be known by name
    or only by its host name (``creativecommons.org`` for "Creative Commons")."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    host = urlparse(url or "").hostname or ""
    names = {_squash(site or ""), _squash(host.removeprefix("www.").rsplit(".", 1)[0])} - {""}
    kept = [part for part in parts if _squash(part) not in names]
    return " - ".join(kept) if kept and len(kept) < len(parts) else title


def _fill_metadata(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """Each field from the most trusted source that has it: JSON-LD, ``<meta>``, then trafilatura."""
    site = meta.site or (doc.sitename if doc else None)
    result.offer("site", site, meta.sources.get("site", "trafilatura"))
    result.offer("title", clean_title(meta.headline, site, url), meta.sources.get("headline", ""))
    result.offer("title", clean_title(doc.title if doc else None, site, url), "trafilatura")
    result.offer("title", meta.h1, "h1")
    result.offer("subtitle", meta.standfirst, "standfirst")
    result.offer("subtitle", meta.description, meta.sources.get("description", ""))
    byline = (doc.author or "").split(";") if doc else None
    if len(meta.authors) <= MAX_META_AUTHORS:
        result.offer("authors", parse_authors(meta.authors, site), meta.sources.get("authors", ""))
    result.offer("authors", parse_authors(byline, site), "trafilatura")
    result.offer("authors", parse_authors(byline), "trafilatura")  # a personal site: its owner writes
    result.offer("tags", meta.tags, meta.sources.get("tags", ""))
    result.offer("tags", (doc.tags or doc.categories) if doc else None, "trafilatura")
    result.offer("image_credits", meta.captions, "html")


_CONTRACT_DATE_SOURCE = {"json-ld": "meta", "meta": "meta", "htmldate": "meta", "url": "url"}


def _fill_url_and_date(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """Canonical URL before the given one; the date from JSON-LD/meta, htmldate, then the URL."""
    canonical = meta.url if meta.url and urlparse(meta.url).scheme in ("http", "https") else None
    result.offer("url", canonical, meta.sources.get("url", "meta"))
    result.offer("url", url, "given")
    result.offer("published", normalise_date(doc.date if doc else None), "htmldate")
    result.offer("published", normalise_date(meta.published), meta.sources.get("published", "meta"))
    result.offer("published", date_from_url(result.url or url), "url")
    result.published_source = _CONTRACT_DATE_SOURCE.get(result.sources.get("published", ""))


def extract_html(content: str | bytes, url: str | None = None) -> Extraction:
    """Article fields from an HTML page; ``text`` is empty when no main content was found."""
    tree = load_html(content)
    if tree is None:
        return Extraction()
    meta = read_page_meta(tree)
    doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)  # type: ignore[arg-type]
    result = Extraction()
    _fill_metadata(result, meta, doc, url)
    _fill_url_and_date(result, meta, doc, url)
    if doc is not None and doc.body is not None:
        paragraphs, headings = render_body(doc.body)
        not_headings = {(result.title or "").lower(), (result.subtitle or "").lower()}
        headings = [h for h in headings if h.lower() not in not_headings]
        result.text = "\n\n".join(filter_paragraphs(paragraphs, meta, result.authors))
        result.image_credits = list(dict.fromkeys([*result.image_credits, *body_credits(paragraphs)]))
        result.offer("section_headings", headings, "trafilatura")
    result.sources["text"] = "trafilatura"
    return result
