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
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from urllib.parse import urlparse

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafilaturaDoc
from trafilatura.utils import load_html

from newsevents.extract.authors import is_agency, parse_authors, site_owner
from newsevents.extract.dates import date_from_url, days_apart, normalise_date, page_date, publisher_local_date
from newsevents.extract.metadata import PageMeta, read_page_meta
from newsevents.extract.page_rules import (
    HEADER_LEAD_CLASS_WORDS,
    MAX_CLOSING_NOTICE_WORDS,
    is_about_label,
    is_closing_label,
    is_related_label,
    is_site_notice,
)
from newsevents.extract.result import Extraction
from newsevents.extract.rules import (
    SHORT_CREDIT_WORDS,
    is_author_bio,
    is_credited_caption,
    is_dated_meta_line,
    is_debris,
    is_generic_bio,
    is_image_credit,
    is_related_header,
    is_role_credit,
    is_sentence_like,
    word_count,
    words,
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


def _printable(text: str) -> str:
    """The text without invisible format characters: soft hyphens (``\\xad``, set in every long word
    by hyphenation plugins) and zero-width spaces would split the words a reader sees, as trafilatura's
    own text output drops them too."""
    if text.isprintable() or "".join(text.split()).isprintable():  # quick: only line breaks and spaces
        return text
    return "".join(char for char in text if char.isprintable() or char.isspace())


def _lines(text: str) -> list[str]:
    return [" ".join(part.split()) for part in _printable(text).split("\n") if part.strip()]


def _block_text(element: HtmlElement) -> list[str]:
    """The lines of a block: ``<lb/>`` (a ``<br>`` in the page) starts a new one, and so does a newline
    trafilatura kept (in quotes and preformatted text): measured, this lets the line rules remove more
    debris than joining such lines would."""
    for lb in element.iter("lb"):
        lb.text = "\n"
    return _lines("".join(element.itertext()))


@dataclass
class Block:
    """One block of the article body in reading order: a paragraph, or a section heading."""

    text: str
    heading: bool = False
    loose: bool = False  # text between the page's blocks, in no paragraph of its own


def render_body(body: HtmlElement) -> list[Block]:
    """Paragraphs and headings from trafilatura's body tree, in document order."""
    blocks = [Block(line, loose=True) for line in _lines(body.text or "")]
    for element in body:
        if element.tag == "head":
            blocks.extend(Block(line, heading=True) for line in _block_text(element))
        elif element.tag == "list":
            for item in element.iter("item"):
                blocks.extend(Block(line) for line in (_block_text(item) if item.getparent() is element else []))
        elif element.tag == "table":
            for row in element.iter("row"):
                cells = [" ".join(_printable(" ".join(cell.itertext())).split()) for cell in row.iter("cell")]
                blocks.append(Block(" | ".join(cell for cell in cells if cell)))
        elif element.tag != "graphic":
            blocks.extend(Block(line) for line in _block_text(element))
        blocks.extend(Block(line, loose=True) for line in _lines(element.tail or ""))
    return [block for block in blocks if block.text]


def _is_caption(paragraph: str, captions: list[str]) -> bool:
    return any(paragraph == caption or paragraph in caption for caption in captions)


def body_credits(paragraphs: list[str]) -> list[str]:
    """Short image-credit lines ("Photo: AP") that trafilatura left in the body."""
    return [p for p in paragraphs if is_image_credit(p) and len(p.split()) <= SHORT_CREDIT_WORDS]


MAX_DEBRIS_BLOCK_WORDS = 45  # a longer paragraph is text, maybe run together with a notice ("All rights reserved")


def _is_debris_block(text: str, meta: PageMeta, authors: list[str]) -> bool:
    """Page debris (in English or the page's language), a caption, or a bio of a byline author."""
    return (
        (is_debris(text) and word_count(text) <= MAX_DEBRIS_BLOCK_WORDS)
        or is_credited_caption(text)
        or is_site_notice(text)
        or _is_caption(text, meta.captions)
        or is_author_bio(text, authors)
    )


MAX_ABOUT_BLOCKS = 2  # an "About the author" label closes the page when at most this much follows it


def _without_about_box(blocks: list[Block]) -> list[Block]:
    """The blocks without a closing box about the author or the series ("Autor", "Über diese Reihe")
    and the short self-description below it."""
    for at in range(max(0, len(blocks) - MAX_ABOUT_BLOCKS - 1), len(blocks)):
        if is_about_label(blocks[at].text):
            return blocks[:at]
    return blocks


_ASIDE_CANDIDATES = etree.XPath(  # plain tests of attribute nodes, quick; a regular expression checks the few found
    "(//@class|//@id)[contains(., 'uthor') or contains(., 'utor') or contains(., 'sabox')]/.. | "
    "//@role[.='dialog' or .='alertdialog']/.. | //@aria-modal[.='true']/.."
)
_AUTHOR_BOX = re.compile(
    r"author[-_]?(?:bio|box|info|about|description|details|profile)|about[-_]?(?:the[-_]?)?author|"
    r"saboxplugin|autor(?:en)?[-_]?box",
    re.I,
)
MAX_AUTHOR_BOX_WORDS = 200  # more is a container that holds the article too
MIN_ASIDE_MATCH_CHARS = 15  # a shorter block ("Autor", a name) may stand in the article as well


@dataclass(frozen=True)
class OutsideParts:
    """Texts the page shows outside the article, squashed (see :func:`_squash`): those of its links,
    and those of its asides: dialogs (pop-ups, newsletter and cookie boxes over the page, marked up as
    ARIA dialogs) and boxes about the author (classed so in a CMS's usual words). Trafilatura may take
    an aside for a part of the article, as it keeps its own boilerplate pruning only where that does
    not remove most of the page."""

    links: frozenset[str] = frozenset()
    asides: tuple[str, ...] = ()

    def holds_aside(self, text: str) -> bool:
        squashed = _squash(text)
        return len(squashed) >= MIN_ASIDE_MATCH_CHARS and any(squashed in aside for aside in self.asides)


def _is_aside(element: HtmlElement) -> bool:
    """A dialog, or a box about the author that is no container of the article too."""
    if element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true":
        return True
    if not _AUTHOR_BOX.search(f"{element.get('class', '')} {element.get('id', '')}"):
        return False
    return next(element.iter("h1"), None) is None and word_count(_element_text(element)) <= MAX_AUTHOR_BOX_WORDS


def outside_parts(tree: HtmlElement) -> OutsideParts:
    """The page's link and aside texts, read before trafilatura prunes the tree."""
    return OutsideParts(
        links=frozenset(_squash(link.text_content()) for link in tree.iter("a")),
        asides=tuple(_squash(_element_text(aside)) for aside in _ASIDE_CANDIDATES(tree) if _is_aside(aside)),
    )


MAX_LINK_TEASER_WORDS = 30
_LIST_MARK = re.compile(r"^[-–—•·»›>*]+\s*")


def _is_link_teaser(text: str, parts: OutsideParts) -> bool:
    """A short paragraph that is one link and nothing else (after a list mark): another page's headline,
    not a web address that names a source."""
    if word_count(text) > MAX_LINK_TEASER_WORDS or "://" in text or "www." in text:
        return False
    return _squash(_LIST_MARK.sub("", text)) in parts.links


def _closes_page(block: Block, parts: OutsideParts) -> bool:
    """A last block that is no article text: a heading that heads nothing (it introduces comments or
    teasers), an author's bio, the site's appeal to its reader (longer ones than inside the text), or
    a link to another page."""
    text = block.text
    return (
        block.heading
        or is_generic_bio(text)
        or is_site_notice(text, MAX_CLOSING_NOTICE_WORDS)
        or _is_link_teaser(text, parts)
    )


def filter_blocks(
    blocks: list[Block], meta: PageMeta, authors: list[str], parts: OutsideParts | None = None
) -> list[Block]:
    """Drop debris lines, captions, author bios, "Related" headline lists (in any language), closing
    contact and link lists, a closing "About the author" box, and last blocks that close the page
    rather than the article (see :func:`_closes_page`); with ``parts``, also the text of the page's
    dialogs and author boxes."""
    parts = parts or OutsideParts()
    kept: list[Block] = []
    in_related = False
    for block in blocks:
        if is_related_header(block.text) or is_related_label(block.text) or is_closing_label(block.text):
            in_related = True
            continue
        if in_related and (not is_sentence_like(block.text) or _is_link_teaser(block.text, parts)):
            continue
        in_related = False
        if _is_debris_block(block.text, meta, authors) or parts.holds_aside(block.text):
            continue
        if not (block.loose and is_dated_meta_line(block.text)):
            kept.append(block)
    kept = _without_about_box(kept)
    while kept and _closes_page(kept[-1], parts):
        kept.pop()
    return kept


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()


def _starts_like_prose(text: str) -> bool:
    """Starts as a sentence does (after an opening quote): not "… has written for ..." or "by Jane Roe
    ..." cut from a longer text; a brand such as "iPhone" or "eBay" may start a sentence."""
    first_word = text.lstrip("'\"‘“„«¿¡「『").split(maxsplit=1)[:1]
    return bool(first_word) and first_word[0][:1].isalnum() and not first_word[0].islower()


MAX_HEADER_WORDS = 8  # a date, a kicker and a section label may come before the headline


def _after_headline(lead: str, title: str | None) -> str:
    """The lead without a page header run together with it ("21.01.2022 Aktuelle Meldung <headline>
    <lead>"): the text after a headline of some words near the start, where it stands alone, followed
    by a new word rather than continuing a sentence ("蔡健雅（Tanya Chua），1975年..." names the subject)."""
    at = lead.find(title) if title and len(words(title)) >= MIN_PART_WORDS else -1
    if at < 0 or len(words(lead[:at])) > MAX_HEADER_WORDS:
        return lead
    rest = lead[at + len(title or "") :]
    alone = (at == 0 or lead[at - 1].isspace()) and rest[:1].isspace() and rest.lstrip()[:1].isalnum()
    return rest.strip() if alone else lead


MIN_CAPTION_WORDS = 3  # a shorter caption ("AP", "Reuters") may be a part of any sentence


def _is_lead(lead: str, meta: PageMeta, authors: list[str]) -> bool:
    """A standfirst is one paragraph of prose. An element classed "summary" or "intro" may hold a
    credit or a shop link, or the page's header: a picture with its credit (©, or a caption of the
    page), a byline and buttons after the lead."""
    if not is_sentence_like(lead) or not _starts_like_prose(lead):
        return False
    captions = [_squash(caption) for caption in meta.captions if len(caption.split()) >= MIN_CAPTION_WORDS]
    credited = "©" in lead or any(caption in _squash(lead) for caption in captions)
    return not credited and not is_role_credit(lead) and not _is_debris_block(lead, meta, authors)


_LEAD_ELEMENTS = frozenset({"p", "div", "h2", "h3", "h4", "span", "strong", "b", "section", "header"})
_OUTSIDE_ARTICLE = re.compile(r"footer|sidebar|nav|menu|widget|related|comments?|cookie|newsletter", re.I)
_CUT_MARK = re.compile(r"(?:\s*(?:\.\.\.|…|\[…\]|\[\.\.\.\]))+$")
LEAD_PREFIX_CHARS = 20


def _element_text(element: HtmlElement) -> str:
    return " ".join(_printable("".join(element.itertext())).split())


def _outside_article(element: HtmlElement) -> bool:
    """In a page footer, navigation, sidebar, comment or related-links box (by tag or class name)."""
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}".split()
        if node.tag in ("footer", "nav", "aside") or any(_OUTSIDE_ARTICLE.fullmatch(name) for name in names):
            return True
    return False


_TEXTS_WITH = etree.XPath("//text()[contains(., $word)]")


def _elements_with_text(tree: HtmlElement, word: str) -> Iterator[HtmlElement]:
    """The elements whose own first text (``element.text``) holds ``word``, in document order: one
    XPath query rather than a Python pass over every element."""
    for text in _TEXTS_WITH(tree, word=word):
        if text.is_text and isinstance(parent := text.getparent(), HtmlElement):
            yield parent


def visible_description(tree: HtmlElement, description: str | None) -> str | None:
    """The element that shows the page's declared description to readers, when one does: a lead set in
    a header block or a teaser ``<div>`` that trafilatura leaves out of the article. The description
    may be cut short ("...") or hold markup: the element starts with the same words (dashes and
    quotes aside) and is at most about twice as long."""
    text = " ".join(re.sub(r"<[^>]+>", " ", description or "").split())
    start = _CUT_MARK.sub("", text)
    if not is_sentence_like(text if start == text else f"{start}."):  # prose, even where cut short
        return None
    squashed, first_word = _squash(start), (re.findall(r"\w+", start) or [""])[0]
    for node in _elements_with_text(tree, first_word):
        if squashed[:LEAD_PREFIX_CHARS] not in _squash(node.text):
            continue
        for element in (node, *node.iterancestors()):
            shown = _element_text(element)
            if len(shown) > 2 * len(start) + 20:
                break
            if element.tag in _LEAD_ELEMENTS and _squash(shown).startswith(squashed) and not _outside_article(element):
                return shown
    return None


_LEAD_CLASS_WORDS = re.compile("|".join(HEADER_LEAD_CLASS_WORDS), re.I)
_CLASS_WORD_SPLIT = re.compile(r"[\s_-]+")
MAX_LEAD_WORDS = 80
MIN_BODY_PARAGRAPH_CHARS = 150  # a paragraph this long without a lead class starts the article text
MAX_ELEMENTS_AFTER_HEADLINE = 80  # a header holds a kicker, a byline, share buttons and a picture


def _has_lead_class(element: HtmlElement) -> bool:
    """Its class names a lead in a CMS's usual words ("article__excerpt", "uk-text-lead", "chapo")."""
    names = _CLASS_WORD_SPLIT.split(element.get("class", ""))
    return any(_LEAD_CLASS_WORDS.fullmatch(name) for name in names)


def _following(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after ``element`` in document order (not inside it), as XPath's ``following::*``
    but lazily: only the first few are looked at."""
    for node in (element, *element.iterancestors()):
        for sibling in node.itersiblings(tag=etree.Element):
            yield sibling
            yield from sibling.iterdescendants(tag=etree.Element)


def header_lead(tree: HtmlElement) -> str | None:
    """The text of an element whose class names it a lead and that stands between the first ``<h1>``
    and the article's first paragraph: where the lead sits on a page, not a teaser of another article
    or a comment prompt further down that a CMS classes the same way."""
    headline = next((h1 for h1 in tree.iter("h1") if _element_text(h1)), None)  # not a logo's image
    if headline is None:
        return None
    for element in islice(_following(headline), MAX_ELEMENTS_AFTER_HEADLINE):
        if element.get("class") and _has_lead_class(element):
            text = _element_text(element)
            if 0 < word_count(text) <= MAX_LEAD_WORDS and not _outside_article(element):
                return text
        if element.tag == "p" and len(_element_text(element)) >= MIN_BODY_PARAGRAPH_CHARS:
            return None
    return None


def _repeats_title(text: str, title: str) -> bool:
    """The headline again, as a heading or a line of its own, or with the section and site beside it
    ("<headline> | Environment | DW | 23.05.2011"): the title, not a part of the body."""
    lowered = text.lower()
    if not title or not lowered.startswith(title):
        return False
    rest = lowered[len(title) :]
    return not rest or (len(title.split()) >= MIN_PART_WORDS and _TITLE_SEPARATORS.match(rest) is not None)


SHOWN_LEAD_CHARS = 60  # a lead whose start the body holds is there, maybe with a credit line run on


def with_standfirst(
    blocks: list[Block],
    meta: PageMeta,
    authors: list[str],
    title: str | None = None,
    shown: str | None = None,
    header: str | None = None,
) -> list[Block]:
    """The body with its lead first: trafilatura often leaves out a lead paragraph set apart from the
    article's container, though readers see it as the article's opening. The lead is the first of
    these that the body does not start to show already: the element that shows the page's declared
    description (``shown``; where that is the body's first paragraph, a lead set apart from it may
    still be missing), the lead-classed element right below the headline (``header``), the page's
    standfirst (an element classed as a summary elsewhere may as well be a teaser of another article
    or a comment prompt)."""
    if not blocks:
        return blocks
    body = _squash(" ".join(b.text for b in blocks))
    leads = [_after_headline(text, title) for text in (shown, header, meta.standfirst) if text]
    missing = (text for text in leads if _squash(text)[:SHOWN_LEAD_CHARS] not in body)
    lead = next((text for text in missing if _is_lead(text, meta, authors)), None)
    return blocks if lead is None else [Block(lead), *blocks]


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
    the benchmark), never the site itself; a personal site's name next: there, its owner writes; last the
    user name a blog gives the post's author in his comments, or the owner a site is named after. The
    byline's names instead where it credits more people than the metadata. Names are spelt as the byline
    (or the metadata) shows them."""
    site = result.site or ""
    sites = [site, site.split(" ")[0], *site_host_names(url)]  # "Google" for "Google Online Security Blog"
    byline = (doc.author or "").split(";") if doc else None
    if byline and _are_commenters(byline, meta.commenters):  # trafilatura read a comment's header
        byline = None
    shown = byline_authors(meta.bylines, sites)
    if len(meta.authors) <= MAX_META_AUTHORS:
        marked_up = meta.sources.get("authors") == "json-ld"  # a user name there is the author's handle
        result.offer("authors", parse_authors(meta.authors, sites, handles=marked_up), meta.sources.get("authors", ""))
    result.offer("authors", parse_authors(byline, sites), "trafilatura")
    result.offer("authors", shown, "byline")
    result.offer("authors", parse_authors(byline), "trafilatura")
    result.offer("authors", parse_authors(meta.post_author, sites, handles=True), "comments")
    result.offer("authors", site_owner(result.site, meta.title, result.title), "site")
    # The metadata's names again, only as spellings: unlike the offer above, with the site's own name and user names
    # (a personal site's owner, offered by trafilatura, is spelt as the JSON-LD writes it) and past MAX_META_AUTHORS.
    # The first parse cannot serve: its site filter drops whole pieces before they are parsed.
    result.authors = as_shown(result.authors, [*shown, *parse_authors(meta.authors, handles=True)])
    if _credits_more(shown, result.authors):
        result.authors = shown
        result.sources["authors"] = "byline"


def _credits_more(shown: list[str], names: list[str]) -> bool:
    """Whether the byline credits everyone the metadata names and more people by their full names:
    metadata often keeps only the first of several reporters ("Jane Doe , John Roe" on the page, "Jane
    Doe" in JSON-LD); a one-word extra may be a link's label ("Jane Doe | Twitter")."""
    found = {_fold(name) for name in names}
    more = [name for name in shown if _fold(name) not in found]
    return bool(found and more) and found < {_fold(name) for name in shown} and all(" " in name for name in more)


def _are_commenters(names: list[str], commenters: list[str]) -> bool:
    """Whether every name is the user name of a reader who commented under the post ("D-Zug" for
    ``comment-author-d-zug``)."""
    readers = {_fold(name) for name in commenters}
    return all(_fold(name) in readers for name in names)


def _fold(name: str) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()).lower()


def as_shown(names: list[str], shown: list[str]) -> list[str]:
    """Names as the byline shows them: metadata and trafilatura may drop accents ("Gabor Munier" for
    "Gàbor Muniér"), and trafilatura cuts a user name at its first digit ("Bo" for "Bo2man")."""
    visible = {(_fold(name), len(name.split())): name for name in shown}
    return [visible.get((_fold(name), len(name.split())), _uncut(name, shown)) for name in names]


def _uncut(name: str, shown: list[str]) -> str:
    """The user name that ``name`` was cut from at a digit, if one is shown."""
    cut = re.compile(rf"{re.escape(name)}\d\w*", re.I)
    return next((handle for handle in shown if cut.fullmatch(handle)), name)


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


_CONTRACT_DATE_SOURCE = {"json-ld": "meta", "meta": "meta", "page": "text", "htmldate": "meta", "url": "url"}


def _fill_url_and_date(
    result: Extraction, meta: PageMeta, doc: TrafilaturaDoc | None, url: str | None, tree: HtmlElement
) -> None:
    """Canonical URL before the given one. The date: the publisher's timestamp where it settles the local
    day (htmldate may take a URL's date, or a UTC date, a day off), else the date the page shows below
    its headline or labels as published, else htmldate's original date, then JSON-LD/meta, then the URL."""
    canonical = meta.url if meta.url and urlparse(meta.url).scheme in ("http", "https") else None
    result.offer("url", canonical, meta.sources.get("url", "meta"))
    result.offer("url", url, "given")
    local = _set_day(publisher_local_date(meta.published_stamp))
    if days_apart(local, date_from_url(result.url or url)) <= 1:  # else a re-publication of a dated story
        result.offer("published", local, meta.sources.get("published", "meta"))
    result.offer("published", page_date(tree), "page")
    confirmed = (date_from_url(result.url or url), normalise_date(meta.published))
    result.offer("published", _day_not_year(normalise_date(doc.date if doc else None), confirmed), "htmldate")
    result.offer("published", _set_day(normalise_date(meta.published)), meta.sources.get("published", "meta"))
    result.offer("published", date_from_url(result.url or url), "url")
    result.published_source = _CONTRACT_DATE_SOURCE.get(result.sources.get("published", ""))


UNSET_DAY = "1970-01-01"  # the day of Unix time zero: a timestamp the CMS never set


def _set_day(day: str | None) -> str | None:
    """The day, unless it is Unix time zero."""
    return None if day == UNSET_DAY else day


def _day_not_year(day: str | None, confirmed: tuple[str | None, ...]) -> str | None:
    """htmldate's date, unless it is a first of January that neither the URL nor the metadata confirm:
    htmldate dates a page that shows only a year (a copyright line's "© 2016") to that year's first day,
    which is no publication date."""
    return None if day and day.endswith("-01-01") and day not in confirmed else day


_BOLD_LINES = etree.XPath("//p[count(*) = 1][b or strong][normalize-space() = normalize-space(b | strong)]/*")
_SIGNATURE = re.compile(r"^(?:[-–—]\s*(?P<dashed>[^-–—]+)|\((?P<bracketed>[^()]+)\))$")  # "– Jane Doe", "(Jane Doe)"


def bold_lines(tree: HtmlElement) -> frozenset[str]:
    """Paragraphs set wholly in bold (``<p><strong>Jane Doe</strong></p>``), read before trafilatura prunes
    the tree and drops the markup."""
    return frozenset(" ".join(element.text_content().split()) for element in _BOLD_LINES(tree))


def closing_signature(blocks: list[Block], bold: frozenset[str]) -> list[str]:
    """The writer who signs the article under its last paragraph, as papers and magazines in many
    languages do: a full name alone on the body's last line, after a dash, in brackets or in bold. A
    name's words are not written in lower case in the text, as those of a closing phrase set in capitals
    are ("Zum Angebot", "Read More")."""
    last = blocks[-1].text.strip() if blocks else ""
    match = _SIGNATURE.match(last)
    name = (match["dashed"] or match["bracketed"]).strip() if match else last if last in bold else ""
    names = parse_authors(name) if len(name.split()) >= 2 else []
    if names != [name]:
        return []
    text_words = set(re.findall(r"\w+", " ".join(block.text for block in blocks)))
    return [] if any(word.lower() in text_words for word in re.findall(r"\w+", name)) else names


MIN_BODY_CHARS = 250  # less is a failed extraction (a teaser, a caption), not an article's text


def _rendered(doc: TrafilaturaDoc | None) -> list[Block]:
    return render_body(doc.body) if doc is not None and doc.body is not None else []


def body_blocks(doc: TrafilaturaDoc | None, content: str | bytes, url: str | None) -> list[Block]:
    """The body's blocks; where trafilatura's balanced mode found next to nothing, its recall mode's
    blocks if they hold more text (it keeps the article's container when its own scoring misjudged it)."""
    blocks = _rendered(doc)
    if sum(len(block.text) for block in blocks) >= MIN_BODY_CHARS:
        return blocks
    options = {**TRAFILATURA_OPTIONS, "favor_recall": True, "with_metadata": False}
    retry = _rendered(trafilatura.bare_extraction(load_html(content), url=url, **options))  # type: ignore[arg-type]
    return retry if sum(len(b.text) for b in retry) > sum(len(b.text) for b in blocks) else blocks


def extract_html(content: str | bytes, url: str | None = None) -> Extraction:
    """Article fields from an HTML page; ``text`` is empty when no main content was found."""
    tree = load_html(content)
    if tree is None:
        return Extraction()
    meta = read_page_meta(tree)
    shown = visible_description(tree, meta.description)
    header = header_lead(tree)
    parts = outside_parts(tree)  # before trafilatura, which prunes the tree it is given
    bold = bold_lines(tree)
    doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)  # type: ignore[arg-type]
    result = Extraction()
    _fill_metadata(result, meta, doc, url)
    _fill_url_and_date(result, meta, doc, url, tree)
    blocks = body_blocks(doc, content, url)
    result.offer("authors", closing_signature(blocks, bold), "signature")  # only where nothing else credits anyone
    if blocks:
        title = (result.title or "").lower()  # the headline is the title, not a section of the body
        kept = filter_blocks(blocks, meta, result.authors, parts)
        kept = [b for b in kept if not _repeats_title(b.text, title)]
        kept = with_standfirst(kept, meta, result.authors, result.title, shown, header)
        result.text = "\n\n".join(block.text for block in kept)
        credits = body_credits([block.text for block in blocks])
        result.image_credits = list(dict.fromkeys([*result.image_credits, *credits]))
        result.offer("section_headings", [block.text for block in kept if block.heading], "trafilatura")
    result.sources["text"] = "trafilatura"
    return result
