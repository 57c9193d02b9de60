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
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlparse

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafilaturaDoc
from trafilatura.utils import load_html

from newsevents.extract.authors import is_agency, parse_authors
from newsevents.extract.dates import date_from_url, days_apart, normalise_date, publisher_local_date
from newsevents.extract.metadata import PageMeta, read_page_meta
from newsevents.extract.page_rules import is_closing_label, is_related_label, is_site_notice
from newsevents.extract.result import Extraction
from newsevents.extract.rules import (
    SHORT_CREDIT_WORDS,
    is_author_bio,
    is_debris,
    is_generic_bio,
    is_image_credit,
    is_related_header,
    is_role_credit,
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
_TITLE_SEPARATORS = re.compile(r"(\s+(?:\||–|—|-|::|:|·|•|»)\s+)")


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


def _is_debris_block(text: str, meta: PageMeta, authors: list[str]) -> bool:
    """Page debris (in English or the page's language), a caption, or a bio of a byline author."""
    return is_debris(text) or is_site_notice(text) or _is_caption(text, meta.captions) or is_author_bio(text, authors)


def filter_blocks(blocks: list[Block], meta: PageMeta, authors: list[str]) -> list[Block]:
    """Drop debris lines, captions, author bios, "Related" headline lists (in any language), closing
    contact and link lists, and headings that head nothing (a last heading introduces comments or
    teasers, not article text)."""
    kept: list[Block] = []
    in_related = False
    for block in blocks:
        if is_related_header(block.text) or is_related_label(block.text) or is_closing_label(block.text):
            in_related = True
            continue
        if in_related and not is_sentence_like(block.text):
            continue
        in_related = False
        if not _is_debris_block(block.text, meta, authors):
            kept.append(block)
    while kept and (kept[-1].heading or is_generic_bio(kept[-1].text)):
        kept.pop()
    return kept


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def with_standfirst(blocks: list[Block], meta: PageMeta, authors: list[str]) -> list[Block]:
    """The body with the page's standfirst first: trafilatura often leaves out a lead paragraph set
    apart from the article's container, though readers see it as the article's opening. Only prose
    counts: an element classed "summary" or "intro" may hold a credit or a shop link."""
    lead = meta.standfirst or ""
    if not blocks or not is_sentence_like(lead) or _is_debris_block(lead, meta, authors) or is_role_credit(lead):
        return blocks
    return blocks if _squash(lead) in _squash(" ".join(b.text for b in blocks)) else [Block(lead), *blocks]


def clean_title(title: str | None, site: str | list[str] | None, url: str | None = None) -> str | None:
    """Strip " | Site name" (or "Site - ") from the ends of a page title; the site may be known by name
    (one, or several such as the brand and a logo's text), or only by its host name
    (``creativecommons.org`` for "Creative Commons"). A site name may itself hold a separator
    ("AOC media - Analyse Opinion Critique"); the title between the ends is left as written."""
    if not title:
        return None
    sites = [site] if isinstance(site, str) else [name for name in site or [] if name]
    host = (urlparse(url or "").hostname or "").removeprefix("www.")
    names = {_squash(name) for name in [*sites, host.rsplit(".", 1)[0]]} - {""}
    parts = _TITLE_SEPARATORS.split(title)  # the separators are kept, at odd indexes
    while (shorter := _without_site_end(parts, names)) is not None:
        parts = shorter
    return "".join(parts)


def _without_site_end(parts: list[str], names: set[str]) -> list[str] | None:
    """``parts`` without a site name (of up to three parts) at its end or start, else ``None``."""
    for n_parts in (1, 3, 5):
        if len(parts) <= n_parts:
            break
        if _squash("".join(parts[-n_parts:])) in names:
            return parts[: -n_parts - 1]
        if _squash("".join(parts[:n_parts])) in names:
            return parts[n_parts + 1 :]
    return None


MIN_TITLE_AGREEMENT = 0.5


def _title_words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


MIN_PART_WORDS = 3


def _agreement(headline: str, title: str) -> float:
    """Shared words over the longer title's words: 1.0 for the same words, low for a mere part; but
    a headline of a few words wholly inside the declared title (which adds a kicker or the site's
    name) agrees just enough."""
    a, b = _title_words(headline), _title_words(title)
    shared = len(a & b) / (max(len(a), len(b)) or 1)
    return max(shared, MIN_TITLE_AGREEMENT) if len(a) >= MIN_PART_WORDS and a <= b else shared


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
    scored = [
        (max(_agreement(text, title) for title in declared for text in (part, f"{h1.kicker} {part}")), part)
        for h1 in meta.h1s
        for part in dict.fromkeys([h1.text, *_TITLE_SEPARATORS.split(h1.text)[::2]])
        if len(_title_words(part)) >= 2
    ]
    agreement, headline = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return headline if agreement >= MIN_TITLE_AGREEMENT else None


def site_host_names(url: str | None) -> list[str]:
    """The names a site goes by in its address: ``jungefreiheit.de`` and ``jungefreiheit``."""
    host = (urlparse(url or "").hostname or "").removeprefix("www.")
    return [host, host.rsplit(".", 1)[0]] if host else []


def byline_authors(bylines: list[str], sites: list[str]) -> list[str]:
    """The names in the first byline element that credits people; an agency ("AFP") only if none does.

    Byline elements are marked up as author credits, so a user name ("freeman1984") counts too.
    """
    found = [names for line in bylines if (names := parse_authors(line, sites, handles=True))]
    people = [names for names in found if not all(is_agency(name) for name in names)]
    return (people or found or [[]])[0]


def _fill_title(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """The visible ``<h1>`` that agrees with a declared title, else a declared title without the site's
    name (a logo's text names the site too), else the first ``<h1>``."""
    sites = [result.site or "", *meta.logos]
    result.offer("title", visible_headline(meta, doc), "h1")
    result.offer("title", clean_title(meta.headline, sites, url), meta.sources.get("headline", ""))
    if doc and doc.title not in meta.logos:  # trafilatura may take a logo <h1> for the title
        result.offer("title", clean_title(doc.title, sites, url), "trafilatura")
    result.offer("title", clean_title(meta.title, sites, url), "title")
    result.offer("title", meta.h1s[0].text if meta.h1s else None, "h1")


def _fill_authors(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """JSON-LD/``<meta>`` authors, trafilatura's, then the byline elements' (in that order, as measured on
    the benchmark), never the site itself; a personal site's name last: there, its owner writes. Names
    are spelt as the byline shows them."""
    site = result.site or ""
    sites = [site, site.split(" ")[0], *site_host_names(url)]  # "Google" for "Google Online Security Blog"
    byline = (doc.author or "").split(";") if doc else None
    shown = byline_authors(meta.bylines, sites)
    if len(meta.authors) <= MAX_META_AUTHORS:
        result.offer("authors", parse_authors(meta.authors, sites), meta.sources.get("authors", ""))
    result.offer("authors", parse_authors(byline, sites), "trafilatura")
    result.offer("authors", shown, "byline")
    result.offer("authors", parse_authors(byline), "trafilatura")
    result.authors = as_shown(result.authors, shown)


def _fold(name: str) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).lower()


def as_shown(names: list[str], shown: list[str]) -> list[str]:
    """Names as the byline shows them: metadata and trafilatura may drop accents ("Gabor Munier" for
    "Gàbor Muniér")."""
    visible = {(_fold(name), len(name.split())): name for name in shown}
    return [visible.get((_fold(name), len(name.split())), name) for name in names]


def _fill_metadata(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """Each field from the most trusted source that has it: JSON-LD, ``<meta>``, then trafilatura."""
    result.offer("site", meta.site or (doc.sitename if doc else None), meta.sources.get("site", "trafilatura"))
    _fill_title(result, meta, doc, url)
    result.offer("subtitle", meta.standfirst, "standfirst")
    result.offer("subtitle", meta.description, meta.sources.get("description", ""))
    _fill_authors(result, meta, doc, url)
    result.offer("tags", meta.tags, meta.sources.get("tags", ""))
    result.offer("tags", (doc.tags or doc.categories) if doc else None, "trafilatura")
    result.offer("image_credits", meta.captions, "html")


_CONTRACT_DATE_SOURCE = {"json-ld": "meta", "meta": "meta", "htmldate": "meta", "url": "url"}


def _fill_url_and_date(result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None) -> None:
    """Canonical URL before the given one. The date: the publisher's timestamp where it settles the local
    day (htmldate may take a URL's date, or a UTC date, a day off), else htmldate's original date,
    then JSON-LD/meta, then the URL."""
    canonical = meta.url if meta.url and urlparse(meta.url).scheme in ("http", "https") else None
    result.offer("url", canonical, meta.sources.get("url", "meta"))
    result.offer("url", url, "given")
    local = publisher_local_date(meta.published_stamp)
    if days_apart(local, date_from_url(result.url or url)) <= 1:  # else a re-publication of a dated story
        result.offer("published", local, meta.sources.get("published", "meta"))
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
        title = (result.title or "").lower()  # the headline is the title, not a section of the body
        kept = [b for b in filter_blocks(blocks, meta, result.authors) if not (b.heading and b.text.lower() == title)]
        kept = with_standfirst(kept, meta, result.authors)
        result.text = "\n\n".join(block.text for block in kept)
        credits = body_credits([block.text for block in blocks])
        result.image_credits = list(dict.fromkeys([*result.image_credits, *credits]))
        result.offer("section_headings", [block.text for block in kept if block.heading], "trafilatura")
    result.sources["text"] = "trafilatura"
    return result
