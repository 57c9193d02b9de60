"""Page metadata read straight from the HTML tree: JSON-LD, ``<meta>`` tags, standfirsts, captions.

This runs before trafilatura, which prunes the tree it is given; trafilatura's own metadata is the
fallback for whatever is missing here.
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from lxml import etree
from lxml.html import HtmlElement

from newsevents.extract.authors import (
    CAPITALS,
    CJK_CREDIT_LABELS,
    CJK_CREDIT_MARK,
    OTHER_CREDIT,
    TEXT_CREDIT_LABELS,
    is_agency_credit,
    without_invisible,
)
from newsevents.extract.page_rules import LEAD_CLASS_WORDS

ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
     "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report", "ScholarlyArticle",
     "TechArticle", "DiscussionForumPosting", "SocialMediaPosting", "Recipe", "WebPage"}
)  # fmt: skip
# the lead words the headline check also uses (html: those and a few more, safe only under the headline)
_STANDFIRST_CLASS = re.compile(rf"(^|[\s_-])({'|'.join(LEAD_CLASS_WORDS)}|teaser-text)($|[\s_-])", re.I)
_CREDIT_CLASS = re.compile(r"(^|[\s_-])(caption|credit|copyright|photo-?credit|image-?credit)($|[\s_-])", re.I)


@dataclass
class Heading:
    """A visible ``<h1>``: its headline, and the kicker set above or before it ("Klimaschutz")."""

    text: str
    kicker: str = ""


@dataclass
class PageMeta:
    title: str | None = None
    headline: str | None = None
    h1s: list[Heading] = field(default_factory=list)  # the visible <h1> headlines, in page order
    logos: list[str] = field(default_factory=list)  # site names set in an <h1> that links to the home page
    standfirst: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    post_author: str | None = None  # the user name of the post's author, as the blog marks his comments
    commenters: list[str] = field(default_factory=list)  # the user names of readers who commented under it
    published: str | None = None
    published_stamp: str | None = None  # the publisher's own timestamp: JSON-LD or article:published_time
    site: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)


def _text(element: HtmlElement) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, including those inside ``@graph`` and lists, and the article a
    web page declares as its ``mainEntity``."""
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_objects(data.get("@graph", []))
        yield from _json_objects(data.get("mainEntity", []))


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(k in ARTICLE_TYPES for k in kinds if isinstance(k, str))


def _resolved(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    """A bare reference (``{"@id": ...}``) replaced by the object it names elsewhere in the page's
    JSON-LD: SEO plugins credit the author of an article as a reference to a ``Person`` in ``@graph``."""
    if isinstance(value, list):
        return [_resolved(item, nodes) for item in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return nodes.get(str(value["@id"]), value)
    return value


def json_ld_article(tree: HtmlElement) -> dict[str, Any] | None:
    """The first JSON-LD object typed as a (news) article, web pages only as a last resort; an author
    given by reference is looked up, and one credited as the ``creator`` counts."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            objects.extend(_json_objects(json.loads(script.text or "")))
        except ValueError:
            continue
    found = sorted((obj for obj in objects if _is_article(obj)), key=lambda obj: obj.get("@type") == "WebPage")
    if not found:
        return None
    nodes = {str(obj["@id"]): obj for obj in objects if "@id" in obj and len(obj) > 1}
    credited = found[0].get("author") or found[0].get("creator")  # schema.org's author is a kind of creator
    return found[0] | {"author": _resolved(credited, nodes)}


def _names(value: Any, people_only: bool = False) -> list[str]:
    """Names from a JSON-LD ``author``/``publisher`` value: a string, an object or a list of either;
    with ``people_only``, no organisation (a site credited as the author of its own article)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        kinds = value.get("@type", [])
        kinds = " ".join(map(str, kinds)) if isinstance(kinds, list) else str(kinds)
        is_organisation = "Organization" in kinds and "Person" not in kinds  # ["Person", "Organization"]: a blogger
        return [] if people_only and is_organisation else _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item, people_only)]
    return []


def _keywords(value: Any) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"\s*[,;]\s*", value) if isinstance(value, str) else []
    return [str(item).strip() for item in items if str(item).strip()]


def _meta_items(tree: HtmlElement) -> Iterator[tuple[str, str]]:
    """(property or name in lower case, content) of every ``<meta>`` tag with content."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if (meta.get("content") or "").strip():
            yield key, " ".join(html.unescape(meta.get("content")).split())


MetaItems = list[tuple[str, str]]


def _meta(items: MetaItems, *keys: str) -> list[str]:
    """Contents of ``<meta>`` tags (``items``, read once per page) whose property or name is one of
    ``keys`` (lower case)."""
    return [value for key, value in items if key in keys]


_AUTHOR_KEYS = (
    "author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author",
    "cxenseparse:author", "dc.creator", "dc:creator", "dcterms.creator",
)  # fmt: skip
_LABEL, _DATA = "twitter:label", "twitter:data"
_WRITTEN_BY = re.compile(r"^(?:written by|verfasst von|écrit par|escrito por|geschreven door)$", re.I)


def _written_by(items: MetaItems) -> list[str]:
    """The author as SEO plugins label it for link previews: ``twitter:label1`` "Written by" (in the
    site's language) and the name in ``twitter:data1``."""
    numbers = {key.removeprefix(_LABEL) for key, value in items if key.startswith(_LABEL) and _WRITTEN_BY.match(value)}
    return [value for key, value in items if key.startswith(_DATA) and key.removeprefix(_DATA) in numbers]


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _string(value: Any) -> str | None:
    """A JSON-LD string value; HTML entities unescaped (CMSs often write ``&#8217;`` into JSON-LD)."""
    return " ".join(html.unescape(value).split()) if isinstance(value, str) else None


def _apply_json_ld(meta: PageMeta, article: dict[str, Any]) -> None:
    meta.headline = _string(article.get("headline"))
    meta.authors = [_string(name) or "" for name in _names(article.get("author"), people_only=True)]
    meta.published = _string(article.get("datePublished"))
    publisher = _names(article.get("publisher"))
    meta.site = _string(publisher[0]) if publisher else None
    meta.tags = _keywords(article.get("keywords"))
    meta.description = _string(article.get("description"))
    meta.url = _string(article.get("url"))
    for name in ("headline", "authors", "published", "site", "tags", "description", "url"):
        if getattr(meta, name):
            meta.sources[name] = "json-ld"


def _offer(meta: PageMeta, name: str, value: Any, source: str) -> None:
    if value and not getattr(meta, name):
        setattr(meta, name, value)
        meta.sources[name] = source


def _standfirst(tree: HtmlElement) -> str | None:
    """A standfirst/dek element: a short paragraph whose class names it so."""
    for element in tree.xpath("//*[self::p or self::div or self::h2 or self::span][@class]"):
        if _STANDFIRST_CLASS.search(element.get("class", "")):
            text = _text(element)
            if 5 <= len(text.split()) <= 80:
                return text
    return None


def _visible_description(tree: HtmlElement, description: str | None) -> str | None:
    """The paragraph that shows the page's declared description to readers (a lead paragraph), if
    one does; a description cut short with "..." matches the paragraph it was cut from."""
    start = (description or "").rstrip(" .…")
    if len(start.split()) < 5:
        return None
    for paragraph in tree.iter("p"):
        text = _text(paragraph)
        if text.startswith(start) and len(text) <= 2 * len(start) + 20:
            return text
    return None


def captions(tree: HtmlElement) -> list[str]:
    """Figure captions and image credits (kept out of the body, listed as ``image_credits``)."""
    found = [_text(el) for el in tree.iter("figcaption")]
    found += [
        _text(el)
        for el in tree.xpath("//*[@class][not(ancestor::figcaption)][ancestor::figure or ../descendant::img]")
        if el.tag not in ("figure", "body", "html", "article", "main", "section", "img")
        and _CREDIT_CLASS.search(el.get("class", ""))
    ]
    unique = list(dict.fromkeys(text for text in found if text and len(text.split()) <= 60))
    return [text for text in unique if not any(text != other and text in other for other in unique)]


_FIND_BYLINES = etree.XPath(
    '//*[@rel="author" or @itemprop="author"'
    ' or (contains(@href, "/aut") and re:test(@href, "/(authors?|autor|autoren|auteur|autore)/"))'
    ' or (@class and re:test(@class, "author|byline|auteur|autor|credit", "i"))]',
    namespaces={"re": "http://exslt.org/regular-expressions"},
)  # author pages and classes in English, French, German, Spanish, Portuguese, Polish and Italian too;
# "credit": an agency or a reporter credited below the headline (<p class="credit">JIJI</p>)
_NOT_BYLINE_CLASS = re.compile(r"comment|avatar|bio|box|note|image|img|photo|info|desc|about|related|widget", re.I)
_IN_COMMENTS = re.compile(r"comment|respond|reply|discussion", re.I)
_BYLINE_LEAD = re.compile(r"^.*?\bby(?:\s+|$)", re.I)  # "By", "Posted on <date> by", "View all posts by"


def _in_comments(element: HtmlElement) -> bool:
    return any(_IN_COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in element.iterancestors())


_PHOTO_CLASS = re.compile(r"image|photo|foto|caption|figure", re.I)
_PHOTO_LABEL = re.compile(r"^(?:foto|photo|bild|image|picture)s?\s*:?$", re.I)


def _is_photo_credit(element: HtmlElement) -> bool:
    """A photographer credited in a figure, beside an image or after a label ("Foto: <p class="autor">…")."""
    parent, before = element.getparent(), element.getprevious()
    in_figure = any(a.tag in ("figure", "figcaption") for a in element.iterancestors())
    labelled = before is not None and isinstance(before.tag, str) and bool(_PHOTO_LABEL.match(_text(before)))
    beside_image = parent is not None and bool(_PHOTO_CLASS.search(parent.get("class", "")))
    return in_figure or labelled or beside_image or _in_photo_credits(element)


_AUTHOR_CLASS = re.compile(r"author|byline|auteur|autor", re.I)


def _in_photo_credits(element: HtmlElement) -> bool:
    """A "credit" element in a section of photo credits (``<div class="photo-credits">``), not a byline."""
    if _AUTHOR_CLASS.search(element.get("class", "")) or "credit" not in element.get("class", "").lower():
        return False
    return any(_PHOTO_CLASS.search(ancestor.get("class", "")) for ancestor in element.iterancestors())


def bylines(tree: HtmlElement) -> list[str]:
    """Visible author credits: ``rel="author"`` links, ``itemprop="author"`` and elements whose class
    names an author, a byline or a credit, outside comment threads, author boxes and photo credits,
    "Posted by" lead cut off."""
    found = []
    for element in _FIND_BYLINES(tree):
        if _NOT_BYLINE_CLASS.search(element.get("class", "")) or _in_comments(element):
            continue
        if OTHER_CREDIT.search(_text(element)) or _is_photo_credit(element):
            continue
        text = _BYLINE_LEAD.sub("", _text(element), count=1)
        if 0 < len(text.split()) <= 20:
            found.append(text)
    return list(dict.fromkeys(found))


_BYLINE_LEADS = r"(?:by|written by|words by|story by|text by|reporting by)\s*:?"
# "Author:", "Auteur :", in German, French, Italian, Polish and Russian too
_LABELS = r"(?:author|autor|autorin|autore|autorka|auteur|auteure|verfasser|verfasserin|автор)"
# "By" in German, French, Spanish, Dutch, Italian, Swedish, Norwegian and Danish, the first four also with a colon
_OTHER_LEADS = r"(?:(?:von|par|por|door)\s*:|von|par|por|door|di|av|af)"
_CJK_LABEL = rf"(?:{CJK_CREDIT_LABELS})\s*{CJK_CREDIT_MARK}"  # "责任编辑：孔德明", "文/张三": no space needed after it
_TEXT_BYLINE = re.compile(
    rf"^(?:(?:{_BYLINE_LEADS}|(?:{_LABELS}|{TEXT_CREDIT_LABELS})\s*:)\s+\S|{_CJK_LABEL}\s*\S)", re.I
)
# a lead, or a label without its colon ("Autor <span>Jane Doe</span>")
_OTHER_BYLINE = re.compile(rf"^(?:{_OTHER_LEADS}|{_LABELS})\s+(?P<names>.+)$", re.I)
_NAME_WORD = rf"[{CAPITALS}][\w'’.-]*[,:]?"  # a capitalised word, perhaps before a comma or the colon closing a label
_NAME_JOINS = r"und|et|y|e|i|en|och|og|and|&|de|del|der|da|di|du|van|von|la|le"  # "and", and particles ("de Vries")
_NAMES_ONLY = re.compile(rf"^{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_JOINS}))+$")
_LEAD_ONLY = re.compile(rf"^\W*(?:{_BYLINE_LEADS}|{_LABELS}\s*:?)$", re.I)  # "| By", its name in the next element
_OTHER_LEAD_ONLY = re.compile(rf"^{_OTHER_LEADS}$", re.I)
_STARTS_WITH_LEAD = re.compile(
    rf"^\W*(?:(?:{_BYLINE_LEADS}|{_LABELS}\s*:?|{TEXT_CREDIT_LABELS}\s*:|{_OTHER_LEADS})(?:\s|$)|{_CJK_LABEL})", re.I
)
_TEXT_BYLINE_TAGS = frozenset({"p", "div", "span", "li", "em", "strong", "small", "address", "td"})
MAX_TEXT_BYLINE_WORDS = 12
MAX_OTHER_BYLINE_WORDS = 10  # the lead and three names: "Von Jane Doe, John Roe und Max Muster"
_LEAD_FIRST_LETTERS = "BbWwSsRrTtAaVvPpDdАа作记記责責编編撰文-–—|·•*"  # "Аа": the Cyrillic letter that starts "Автор"
_TEXTS_WITH_LEAD = etree.XPath(  # a cheap first sieve: texts that start with a lead's first letter or a dash
    f'//body//text()[contains("{_LEAD_FIRST_LETTERS}", substring(normalize-space(.), 1, 1)) and normalize-space(.)]'
)
ENCLOSING_LEVELS = 3  # how far up from a "By" text its byline element may be


def _lead_texts(tree: HtmlElement) -> Iterator[Any]:
    """Texts (lxml's strings that know their element) that start with a byline lead ("By", "Autor:")."""
    return (text for text in _TEXTS_WITH_LEAD(tree) if _STARTS_WITH_LEAD.match(text))


def _owner(text: Any) -> HtmlElement | None:
    """The element a text belongs to: its parent, or for a tail the parent's parent."""
    parent = text.getparent()
    return parent.getparent() if text.is_tail else parent


def _line_after_break(text: Any) -> str | None:
    """A byline set between line breaks in a longer block: ``<br>Autor: <a>Jane Doe</a><br>``."""
    if not text.is_tail or text.getparent().tag != "br":
        return None
    pieces = [str(text)]
    for sibling in text.getparent().itersiblings():
        if sibling.tag == "br":
            break
        pieces += [_text(sibling) if isinstance(sibling.tag, str) else "", sibling.tail or ""]
    line = " ".join(" ".join(pieces).split())
    return line if _TEXT_BYLINE.match(line) and len(line.split()) <= MAX_TEXT_BYLINE_WORDS else None


_LABELLED_CREDIT = re.compile(rf"^(?:{_LABELS}\s*:\s+\S|{_CJK_LABEL}\s*\S)", re.I)


def _credit_in_tail(text: Any) -> str | None:
    """A labelled credit in the text after an element, inside a block that holds other things before it
    (``<span><a>【纠错】</a> 责任编辑：焦鹏</span>``); not a bare "by", which also credits a theme or a photo."""
    line = " ".join(text.split())
    is_credit = text.is_tail and _LABELLED_CREDIT.match(line)
    return line if is_credit and len(line.split()) <= MAX_TEXT_BYLINE_WORDS else None


def _as_byline(element: HtmlElement) -> str | None:
    """The element's text if it reads as a short byline; ``<span>By</span><span>Jane Doe</span>``: the
    lead with its next element's text."""
    text = re.sub(r"^\W+", "", without_invisible(_text(element)))  # "---- by Jane Doe"; "Von Mat\xadthias Muster"
    following = element.getnext()
    if following is not None and isinstance(following.tag, str):
        if _LEAD_ONLY.match(text):
            text = f"By {_text(following)}"
        elif _OTHER_LEAD_ONLY.match(text):  # <span>Von</span><a>Jane Doe</a>: checked as "Von Jane Doe"
            text = f"{text} {_text(following)}"
    if not _TEXT_BYLINE.match(text) and not _is_other_byline(text):
        return None
    return text if len(text.split()) <= MAX_TEXT_BYLINE_WORDS else None


_NAMES_END = re.compile(r"\s*(?:[|·•–—]|\s-\s|\d).*$")  # the date or a separator after the names


def _is_other_byline(text: str) -> bool:
    """ "Von Leonora Holling", "Par Jane Doe et John Roe, 12 mars 2022": the lead in another language,
    where it also opens ordinary phrases ("Von Montag bis Freitag"), so only capitalised names (or an
    agency's credit: "Von det/dpa") may follow, before a date or a separator."""
    match = _OTHER_BYLINE.match(text)
    if not match:
        return False
    names = _NAMES_END.sub("", match["names"]).rstrip(",")
    return len(names.split()) < MAX_OTHER_BYLINE_WORDS and bool(_NAMES_ONLY.match(names) or is_agency_credit(names))


def _innermost_byline(owner: HtmlElement) -> str | None:
    """The byline read from the owner of a "By" text or from the nearest element around it."""
    for element in [owner, *owner.iterancestors()][:ENCLOSING_LEVELS]:
        if element.tag in _TEXT_BYLINE_TAGS and (text := _as_byline(element)):
            return text
        if element is owner and _is_label(owner) and (text := _as_byline(owner)):
            return text  # a label of any kind: <h4>Autor</h4><p>Jane Doe</p>
    return None


_SIDEBAR = re.compile(r"widget|sidebar|footer", re.I)


def _is_label(element: HtmlElement) -> bool:
    """An "Author" label before the name, not a sidebar's heading over a list of links."""
    following = element.getnext()
    in_sidebar = any(_SIDEBAR.search(f"{a.get('class', '')} {a.get('id', '')}") for a in element.iterancestors())
    return (
        bool(_LEAD_ONLY.match(_text(element)))
        and following is not None
        and following.tag not in ("ul", "ol")
        and not in_sidebar
    )


def text_bylines(tree: HtmlElement) -> list[str]:
    """Credits that read as a byline ("By Jane Doe", "Written by: Jane Doe") without author markup, in
    page order: the innermost short element that starts so, or the line between two breaks, outside
    comment threads."""
    found = []
    for text in _lead_texts(tree):
        owner = _owner(text)
        if (
            owner is not None
            and not _in_comments(owner)
            and (line := _innermost_byline(owner) or _line_after_break(text) or _credit_in_tail(text))
        ):
            found.append(line)
    return list(dict.fromkeys(found))


_COMMENT_CLASSES = etree.XPath('//*[contains(@class, "comment-author-")]/@class')
_COMMENT_AUTHOR = re.compile(r"(?:^|\s)comment-author-(\S+)")


def comment_authors(tree: HtmlElement) -> tuple[str | None, list[str]]:
    """The user names that WordPress gives in the classes of the comments under a post: the post's author's, from
    his own comments (``class="comment byuser comment-author-jancak bypostauthor"``), and those of the readers
    who commented (``comment-author-d-zug``), whose names an extractor may read from a comment's header. Only
    a comment by a registered user (``byuser``) is so named: themes' "comment-author-name" classes name no one."""
    own: list[str] = []
    readers: list[str] = []
    for classes in _COMMENT_CLASSES(tree):
        names = f" {classes} "
        if " byuser " in names and (found := _COMMENT_AUTHOR.search(classes)):
            (own if " bypostauthor " in names else readers).append(found[1])
    return (own[0] if own else None), list(dict.fromkeys(readers))


_KICKER_CLASS = re.compile(
    r"kicker|roof-?line|top-?line|super-?title|over-?line|dachzeile|topic-label|eyebrow|pre-?title|sub-?title|"
    r"small(?:$|\s)",
    re.I,
)
_HIDDEN_CLASS = re.compile(r"visually-?hidden|sr-only|aural|screen-reader|navskip|(?:^|\s)hidden(?:$|\s)", re.I)
_LOGO_CLASS = re.compile(r"logo|site-?title|site-?name|brand", re.I)


def _is_home_link(href: str) -> bool:
    """A link to a site's front page (``/``, ``https://example.org/``, also inside an archive's address)."""
    if not href.strip() or href.startswith("#"):
        return False
    target = href[href.rfind("http") :] if "http" in href[1:] else href
    parsed = urlparse(target.strip())
    return parsed.path in ("", "/", "./") and not parsed.query


def _is_logo(h1: HtmlElement) -> bool:
    links = h1.xpath(".//a")
    return bool(_LOGO_CLASS.search(h1.get("class", ""))) or any(
        link.get("rel") == "home" or _is_home_link(link.get("href", "")) for link in links
    )


def _outermost(root: HtmlElement, class_name: re.Pattern[str]) -> list[HtmlElement]:
    """Descendants of ``root`` whose class matches, leaving out those inside another match."""
    found = [el for el in root.iterdescendants() if isinstance(el.tag, str) and class_name.search(el.get("class", ""))]
    return [el for el in found if not any(ancestor in found for ancestor in el.iterancestors())]


def heading(h1: HtmlElement) -> Heading:
    """An ``<h1>`` without the parts readers do not see as its headline: a kicker element (by class),
    and text hidden for screen readers."""
    h1 = copy.deepcopy(h1)
    for element in _outermost(h1, _HIDDEN_CLASS):
        element.drop_tree()
    kickers = _outermost(h1, _KICKER_CLASS)
    kicker = " ".join(_text(el) for el in kickers)
    for element in kickers:
        element.drop_tree()
    return Heading(_text(h1), kicker)


def read_headings(meta: PageMeta, tree: HtmlElement) -> None:
    """The visible ``<h1>`` headlines, apart from hidden ones and site logos (kept in ``logos``)."""
    for h1 in tree.xpath("//h1"):
        if _HIDDEN_CLASS.search(h1.get("class", "")):
            continue
        found = heading(h1)
        if found.text and _is_logo(h1):
            meta.logos.append(found.text)
        elif found.text:
            meta.h1s.append(found)


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """JSON-LD first, then Open Graph / ``<meta>`` / ``<link>`` tags, then the visible ``<h1>``."""
    meta = PageMeta()
    items = list(_meta_items(tree))
    article = json_ld_article(tree)
    if article:
        _apply_json_ld(meta, article)
    _offer(meta, "headline", _first(_meta(items, "og:title", "twitter:title")), "meta")
    _offer(meta, "authors", _meta(items, *_AUTHOR_KEYS) or _written_by(items), "meta")
    stamps = _meta(items, "article:published_time", "og:article:published_time")
    meta.published_stamp = meta.published if meta.sources.get("published") == "json-ld" else _first(stamps)
    _offer(meta, "published", _first([*stamps, *_meta(items, "datepublished", "date")]), "meta")
    _offer(meta, "site", _first(_meta(items, "og:site_name", "application-name")), "meta")
    _offer(
        meta,
        "tags",
        _meta(items, "article:tag") or _keywords(_first(_meta(items, "news_keywords", "keywords"))),
        "meta",
    )
    _offer(meta, "description", _first(_meta(items, "og:description", "description", "twitter:description")), "meta")
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    _offer(meta, "url", canonical[0].strip() if canonical else _first(_meta(items, "og:url")), "meta")
    meta.standfirst = _standfirst(tree) or _visible_description(tree, meta.description)
    read_headings(meta, tree)
    titles = tree.xpath("//title")
    meta.title = _text(titles[0]) if titles else None
    meta.captions = captions(tree)
    marked = bylines(tree)
    meta.bylines = marked + [line for line in text_bylines(tree) if line not in marked]  # markup first
    meta.post_author, meta.commenters = comment_authors(tree)
    return meta
