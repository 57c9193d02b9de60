"""Article extraction from HTML: trafilatura for the body, our own reading of the page metadata.

The body comes from trafilatura's XML tree rather than its text output, so that headings, list
items and line-broken paragraphs become separate blocks, and the line rules of
:mod:`newsevents.extract.rules` then remove the debris trafilatura lets through (share labels, "Read
more" teasers, newsletter boxes, reader appeals, captions).

Section headings stay in ``text`` as paragraphs of their own, in reading order, and are also listed in
``section_headings``: they are part of the article's visible body (a reader sees them, and a heading
such as "Russia denies responsibility" carries meaning), while the list lets a user drop or restyle
them. The standfirst stays in the body too (it is also the ``subtitle``).
The title is the visible ``<h1>`` when it agrees with a declared title (see :func:`visible_headline`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
    "favor_recall": False,  # measured: trafilatura's balanced default beats favor_recall on all pages
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


@dataclass
class Block:
    """One block of the article body in reading order: a paragraph, or a section heading."""

    text: str
    heading: bool = False


def render_body(body: HtmlElement) -> list[Block]:
    """Paragraphs and headings from trafilatura's body tree, in document order."""
    blocks: list[Block] = []
    for element in body:
        if element.tag == "head":
            blocks.extend(Block(line, heading=True) for line in _block_text(element))
        elif element.tag == "list":
            for item in element.iter("item"):
                blocks.extend(Block(line) for line in (_block_text(item) if item.getparent() is element else []))
        elif element.tag == "table":
            for row in element.iter("row"):
                cells = [" ".join(" ".join(cell.itertext()).split()) for cell in row.iter("cell")]
                blocks.append(Block(" | ".join(cell for cell in cells if cell)))
        elif element.tag != "graphic":
            blocks.extend(Block(line) for line in _block_text(element))
    return [block for block in blocks if block.text]


def _is_caption(paragraph: str, captions: list[str]) -> bool:
    return any(paragraph == caption or paragraph in caption for caption in captions)


def body_credits(paragraphs: list[str]) -> list[str]:
    """Short image-credit lines ("Photo: AP") that trafilatura left in the body."""
    return [p for p in paragraphs if is_image_credit(p) and len(p.split()) <= SHORT_CREDIT_WORDS]


def filter_blocks(blocks: list[Block], meta: PageMeta, authors: list[str]) -> list[Block]:
    """Drop debris lines, captions, author bios, "Related" headline lists and headings that head
    nothing (a last heading introduces comments or teasers, not article text)."""
    kept: list[Block] = []
    in_related = False
    for block in blocks:
        if is_related_header(block.text):
            in_related = True
            continue
        if in_related and not is_sentence_like(block.text):
            continue
        in_related = False
        if is_debris(block.text) or _is_caption(block.text, meta.captions) or is_author_bio(block.text, authors):
            continue
        kept.append(block)
    while kept and (kept[-1].heading or is_generic_bio(kept[-1].text)):
        kept.pop()
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


MIN_TITLE_AGREEMENT = 0.5


def _title_words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _agreement(one: str, other: str) -> float:
    """Shared words over the longer title's words: 1.0 for the same words, low for a mere part."""
    a, b = _title_words(one), _title_words(other)
    return len(a & b) / (max(len(a), len(b)) or 1)


def visible_headline(meta: PageMeta, doc: TrafilaturaDoc | None) -> str | None:
    """The ``<h1>`` (or the part of it beside a "Section |" label) that agrees with a declared title.

    Sites write the declared titles (JSON-LD, Open Graph, ``<title>``) for search engines and link
    previews and often reword them; the headline readers see is the ``<h1>``. Agreement tells the
    article's ``<h1>`` from a logo or section name set in an ``<h1>``, which shares only a few words
    with a title such as "Headline | Site name".
    """
    declared = [t for t in (meta.headline, meta.title, doc.title if doc else None) if t]
    if not declared:
        return None
    candidates = [part for h1 in meta.h1s for part in dict.fromkeys([h1, *_TITLE_SEPARATORS.split(h1)])]
    scored = [(max(_agreement(c, t) for t in declared), c) for c in candidates if len(_title_words(c)) >= 2]
    agreement, headline = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return headline if agreement >= MIN_TITLE_AGREEMENT else None


def _fill_metadata(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """Each field from the most trusted source that has it: JSON-LD, ``<meta>``, then trafilatura (the
    title first from the visible ``<h1>`` that agrees with them; the byline element after trafilatura's
    author, as measured on the benchmark)."""
    site = meta.site or (doc.sitename if doc else None)
    result.offer("site", site, meta.sources.get("site", "trafilatura"))
    result.offer("title", visible_headline(meta, doc), "h1")
    result.offer("title", clean_title(meta.headline, site, url), meta.sources.get("headline", ""))
    result.offer("title", clean_title(doc.title if doc else None, site, url), "trafilatura")
    result.offer("title", meta.h1s[0] if meta.h1s else None, "h1")
    result.offer("subtitle", meta.standfirst, "standfirst")
    result.offer("subtitle", meta.description, meta.sources.get("description", ""))
    byline = (doc.author or "").split(";") if doc else None
    if len(meta.authors) <= MAX_META_AUTHORS:
        result.offer("authors", parse_authors(meta.authors, site), meta.sources.get("authors", ""))
    result.offer("authors", parse_authors(byline, site), "trafilatura")
    result.offer("authors", parse_authors(meta.bylines[:1], site), "byline")
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
        blocks = render_body(doc.body)
        not_headings = {(result.title or "").lower(), (result.subtitle or "").lower()}
        kept = [
            b for b in filter_blocks(blocks, meta, result.authors) if not (b.heading and b.text.lower() in not_headings)
        ]
        result.text = "\n\n".join(block.text for block in kept)
        credits = body_credits([block.text for block in blocks])
        result.image_credits = list(dict.fromkeys([*result.image_credits, *credits]))
        result.offer("section_headings", [block.text for block in kept if block.heading], "trafilatura")
    result.sources["text"] = "trafilatura"
    return result
