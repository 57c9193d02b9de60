"""Normalise publication dates to ``YYYY-MM-DD``.

Only explicit calendar dates are accepted: a string without a year, or a relative one ("yesterday",
"2 hours ago"), gives ``None``. Nothing here ever falls back to today's date, because a wrong date
silently corrupts every relative time expression resolved against it later.

Month names are read in English, German, French, Spanish, Italian, Portuguese, Dutch, the Scandinavian
languages, Turkish, Polish, Russian, Ukrainian and Czech (``28. Juli 2019``, ``4 de mayo de 2022``, ``3 марта
2019``); numeric dates in day.month.year, year-month-day, year.month.day or ``2022年5月4日`` order, and
``a/b/yyyy`` or ``a-b-yyyy`` only where one part is above 12 (US and European orders clash) or, on a page, in
the order its language writes.

:func:`page_date` reads the date a page shows its readers: one labelled as the publication date, the
date line below the headline, an element classed as the publication date, or a date line just above
the headline; where the page shows only the date of its last update, that one. Measured on the studied
half of trafilatura_eval it is right on about 95% of the pages where it answers (three in five), more
often than htmldate's pick among all of a page's dates, so it ranks after the publisher's own timestamp
and before htmldate.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

_MONTH_NAMES = {
    1: "january jan januar jänner jän janvier janv enero ene gennaio gen janeiro januari stycznia "
    "января январь янв січня ledna ocak",
    2: "february feb februar feber février févr fév febrero febbraio fevereiro fev februari lutego "
    "февраля февраль фев лютого února şubat",
    3: "march mar märz mär maerz mrz mars marzo março maart mrt marts marca марта март мар березня března mart",
    4: "april apr avril avr abril abr aprile kwietnia апреля апрель апр квітня dubna nisan",
    5: "may mai mayo maggio mag maio mei maj maja мая май травня května mayıs",
    6: "june jun juni juin junio giugno giu junho czerwca июня июнь июн червня června haziran",
    7: "july jul juli juillet juil julio luglio lug julho lipca июля июль июл липня července temmuz",
    8: "august aug août agosto ago augustus augusti sierpnia августа август авг серпня srpna ağustos",
    9: "september sep sept septembre septiembre setiembre set settembre setembro września "
    "сентября сентябрь сен сент вересня září eylül",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out października "
    "октября октябрь окт жовтня října ekim",
    11: "november nov novembre noviembre novembro listopada ноября ноябрь ноя листопада listopadu kasım",
    12: "december dec dezember dez décembre déc diciembre dic dicembre dezembro desember grudnia "
    "декабря декабрь дек грудня prosince aralık",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
"""Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
Danish and Norwegian, Turkish, and in Polish, Russian, Ukrainian and Czech the genitive a date uses ("4 maja
2022", "3 марта 2019", "3. března 2019"), with the Russian nominative that headers also write."""

_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_WORD})\.?(?![^\W\d_])"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d|:\d\d)"  # not "1912" from "28.09.19" glued to "12:44"
_NEXT_DAY_OR_TIME = rf"\d{{1,2}}(?::\d\d|\.?\s*(?:{_MONTH_WORD})(?![^\W\d_]))"
_GLUED_YEAR = rf"(?P<year>(?:19|20)\d{{2}})(?=\D|$|{_NEXT_DAY_OR_TIME})"
"""A year that a naive scrape glued to the next date or time ("Juli 201914. Januar 2020", "mayo de 202207:59")."""
_DAY_TO_MONTH = r"\s*(?:of\s+|de\s+)?"  # "25th of April", "4 de mayo"
_MONTH_TO_YEAR = r",?\s*(?:de\s+|del\s+)?"  # "April, 2025", "mayo de 2022"

_PATTERNS = [
    re.compile(rf"(?<!\d){_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"{_DAY}{_DAY_TO_MONTH}{_MONTH}{_MONTH_TO_YEAR}{_GLUED_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+{_GLUED_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?{_YEAR}"),  # 25.04.2025, 13. 1. 2020
    re.compile(rf"(?<!\d){_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?!\d)"),
    re.compile(rf"(?<![\d.]){_YEAR}\.\s?(?P<month>\d{{1,2}})\.\s?(?P<day>\d{{1,2}})(?!\d|\.\d)"),  # 2022.05.04
    re.compile(rf"{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"),  # 2022年5月4日
]
_SLASHED = re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}\b")  # also 25-04-2022
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})(?:[/-]?(\d{2})[/-]?(\d{2})|/(\d{1,2})/(\d{1,2}))(?:[/_.-]|$)"
)  # /2025/04/25/, -20250425-, or /2025/4/5/


def _make(year: str | int, month: str | int, day: str | int) -> str | None:
    """A valid ISO date from parts (month as number or name key), else ``None``."""
    try:
        month_num = int(month) if str(month).isdigit() else MONTHS[str(month)]
        return date(int(year), month_num, int(day)).isoformat()
    except (KeyError, ValueError):
        return None


def _first_match(pattern: re.Pattern[str], text: str, century: str = "") -> tuple[int, str] | None:
    """Where the first valid date the pattern finds starts, and the date; ``century`` ("20") completes
    a two-digit year."""
    for match in pattern.finditer(text):
        value = _make(century + match["year"], match["month"].lower(), match["day"])
        if value:
            return match.start(), value
    return None


def find_date(text: str) -> str | None:
    """The first explicit calendar date in ``text`` as ``YYYY-MM-DD``, or ``None``."""
    found = _find_date_at(text)
    return found[1] if found else None


def _find_date_at(text: str, day_first: bool | None = None) -> tuple[int, str] | None:
    """Where the first explicit calendar date in ``text`` starts, and the date; ``day_first`` settles the
    order of ``a/b/yyyy`` where both parts could be the month (see :func:`_find_slashed`)."""
    found = [hit for pattern in _PATTERNS if (hit := _first_match(pattern, text))]
    return min(found) if found else _find_slashed(text, day_first)


def _find_slashed(text: str, day_first: bool | None = None) -> tuple[int, str] | None:
    """``a/b/yyyy`` (or ``a-b-yyyy``) where one part is above 12, or in the order the page's language writes
    (``day_first``): US and European orders clash, so an unknown order leaves such a date unread."""
    for match in _SLASHED.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b or (day_first and b <= 12):
            value = _make(match["year"], b, a)
        elif b > 12 >= a or day_first is False:
            value = _make(match["year"], a, b)
        else:
            continue
        if value:
            return match.start(), value
    return None


def normalise_date(value: str | None) -> str | None:
    """An ISO timestamp or written date (``2025-04-25T10:42Z``, ``25 April 2025``) as ``YYYY-MM-DD``."""
    if not value:
        return None
    return find_date(value.strip())


def date_from_url(url: str | None) -> str | None:
    """A date written into a URL path (``/2025/04/25/``, ``/20250425/``, ``-2025-04-25-``, ``/2025/4/5/``)."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    year, *parts = match.groups()
    return _make(year, *[part for part in parts if part])


_ZONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})$")
_UTC = re.compile(r"^(?:Z|[+-]00:?00)$")
_UTC_LOCAL_MIDNIGHT = re.compile(r"T(?:22|23):00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$")


def publisher_local_date(stamp: str | None) -> str | None:
    """The calendar date a publisher's timestamp means on its own pages, when the stamp settles it.

    A timestamp with a local UTC offset (``2020-02-19T18:37:32+01:00``) is written in the publisher's
    time zone, so its date is the local date. A day stored as local midnight east of UTC and written
    in UTC (``2022-11-06T23:00:00Z``) means the next day. Any other UTC timestamp, or one without a
    zone, gives ``None``: its local date is unknown.
    """
    stamp = (stamp or "").strip()
    match = _ZONE.search(stamp)
    day = normalise_date(stamp) if match else None
    if not day or not _UTC.match(match["zone"]):
        return day
    if _UTC_LOCAL_MIDNIGHT.search(stamp):
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return None


def days_apart(one: str | None, other: str | None) -> int:
    """Days between two ISO dates; 0 when either is missing."""
    if not one or not other:
        return 0
    return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)


# --- the date a page shows its readers ----------------------------------------------------------

_OUTSIDE_ARTICLE_TAGS = frozenset({"nav", "footer", "figcaption", "figure"})
_OUTSIDE_ARTICLE_CLASS = re.compile(
    r"(?:^|[\s_-])(?<!with-)(?<!has-)(?<!no-)(?:comments?|sidebar|widget|related|teaser|profile)(?:$|[\s_-])", re.I
)
"""Class words of a part outside the article; not a layout's own ("with-sidebar-right", "has-sidebar"):
such a class on a container says only that the page has a sidebar beside the article it holds."""
_PAGE_TAGS = frozenset({"body", "html"})  # their classes describe the page ("has-grow-sidebar", "single-post")
_UPDATE_CLASS = re.compile(r"(?:^|\s)(?:updated|modified|date-?modified)(?:$|\s)", re.I)
# "entry-date updated", "entry-date published updated": themes mark the date they show as the entry's own
# too, beside hAtom's "updated"; only "updated" alone marks the date of a change
_ENTRY_CLASS = re.compile(r"(?:^|\s)(?:published|entry-date|post-date)(?:$|\s)", re.I)
_UPDATE_LABEL = re.compile(
    r"updated|modified|aktualisiert|änderung|geändert|actualiza|mis à jour|modifié|aggiornat|bijgewerkt|edited"
    r"|editiert|revised|uppdaterad|oppdatert|opdateret|zaktualizowano|обновлено|изменено|更新",
    re.I,
)
# publication labels in English, German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages,
# Polish, Russian, Chinese and Japanese
_LABEL_WORDS = (
    "published", "posted", "written", "veröffentlicht", "erstellt", "erschienen", "publiziert", "gepostet", "publié",
    "mis en ligne", "publicado", "publicada", "pubblicato", "gepubliceerd", "publicerad", "publicerat", "publicert",
    "publiceret", "opublikowano", "опубликовано", "дата публикации", "发布时间", "发布日期", "發佈時間", "发表时间",
    "發表時間", "公開日", "投稿日", "掲載日",
)  # fmt: skip
# "Published on ", "Veröffentlicht am: ", "Publicado em ", "Publicerad den ", "发布时间："
_LABEL_END = r"(?:\s+(?:on|am|le|el|il|em|op|den))?[:：]?\s*"
_PUBLISHED_LABEL = re.compile(rf"\b(?:{'|'.join(_LABEL_WORDS)}){_LABEL_END}", re.I)
_DATE_AFTER_LABEL = re.compile(rf"{_LABEL_END}(?:\d|[^\W\d_]{{3,}}\.?\s+\d)")  # "16.08.2019", "May 3, 2022"
_BLOCK_TAGS = frozenset(
    {"p", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6", "div", "header", "section", "article", "blockquote"}
)
_SHOWN = "[normalize-space()][not(parent::script or parent::style or parent::noscript or parent::template)]"
_TEXT_FOLLOWING = etree.XPath(f"following::text(){_SHOWN}[position() <= 2]")
_TEXT_WITHIN_AND_FOLLOWING = etree.XPath(f"(descendant::text() | following::text()){_SHOWN}[position() <= 2]")
_TEXT_BELOW = etree.XPath(f"(following::text(){_SHOWN} | following::time[@datetime])[position() <= 60]")
HEADLINE_WINDOW = 400
"""How many characters of visible text after the headline are searched for its date line."""
MAX_DATE_LINE = 60  # a date line is short ("25. April 2025, 10:42 Uhr | Anna Muster"), never a sentence
MAX_DATE_BLOCK = 100  # nor a part of a longer paragraph ("The exhibition opens on 22 November 2023")


def page_date(tree: HtmlElement) -> str | None:
    """The date the page itself shows as the article's, or ``None``.

    First a date labelled as the publication date in the page's own content ("Veröffentlicht am
    16.08.2019", "Written: 2023-11-07"), then the first date line set just below the headline (the
    byline block), then the first element after the headline that its class names the publication
    date (``<span class="publishedAt">``), then a date line just above the headline in its header
    block. A date line may write the year in two digits ("10.12.19", "14 Gennaio 20"), and ``a/b/yyyy``
    is read in the order of the page's language (see :func:`_writes_day_first`). Dates in navigation,
    footers, captions, comments, sidebars, related links, teasers and user profiles are skipped, and so
    are dates marked as updates, by their label or their class: such a date tells when the page changed,
    not when the article appeared. Only where the page shows no other date below its headline is its
    update date the page's date ("Updated May 06, 2019"): the text a reader sees is the one of that day.
    """
    day_first = _writes_day_first(tree)
    labelled = _labelled_date(tree, day_first)
    if labelled:
        return labelled
    headline = _headline(tree)
    if headline is None:
        return None
    shown, update = _dates_below(headline, day_first)
    return shown or _classed_date(headline, day_first) or _date_above(headline, day_first) or update


_TEXT_ABOVE = etree.XPath(f"preceding::text(){_SHOWN}[position() <= 3]")
HEADER_LEVELS = 2  # how far up from the headline its header block is: <article><header>date<h1>


def _header_block(headline: HtmlElement) -> HtmlElement | None:
    """The element that holds the headline and its header, unless that is the page itself."""
    ancestors = list(islice(headline.iterancestors(), HEADER_LEVELS))
    block = ancestors[-1] if len(ancestors) == HEADER_LEVELS else None
    return block if block is not None and block.tag not in _PAGE_TAGS else None


def _date_above(headline: HtmlElement, day_first: bool | None) -> str | None:
    """A date line set just above the headline in its own header block ("Original Research | 7 April
    2020" over the ``<h1>``), not the site's banner with today's date further up."""
    block = _header_block(headline)
    for node in reversed(_TEXT_ABOVE(headline) if block is not None else []):
        element, text = _owner(node), " ".join(node.split())
        if element is not block and block not in element.iterancestors():
            return None
        found = _shown_date_at(text, day_first)
        if found and _is_date_line(element, text) and _is_article_date(element, text[: found[0]]):
            return found[1]
    return None


_MONTH_FIRST_LOCALES = frozenset({"en-us", "en-ph"})
_DAY_FIRST_ENGLISH = frozenset({"en-gb", "en-ie", "en-au", "en-nz", "en-in", "en-za", "en-ng", "en-ke", "en-sg"})
_YEAR_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "mn"})
_LOCALE = etree.XPath("//meta[@property='og:locale' or @http-equiv='content-language']/@content")


def _writes_day_first(tree: HtmlElement) -> bool | None:
    """Whether the page's language (``<html lang>``, else its declared locale) writes a numeric date day
    first (25/04/2022), as most languages and British English do, or month first (04/25/2022), as US
    English does; ``None`` where that is unknown: English of no region, year-first languages, no language."""
    declared = tree.get("lang") or next((str(value) for value in _LOCALE(tree) if str(value).strip()), "")
    locale = declared.strip().lower().replace("_", "-")[:5]
    language = locale.split("-")[0]
    if locale in _MONTH_FIRST_LOCALES:
        return False
    if language == "en":
        return True if locale in _DAY_FIRST_ENGLISH else None
    return True if language.isalpha() and language not in _YEAR_FIRST_LANGUAGES else None


_HOURS = r"\s*(?:uhr|h|hrs?|horas?|heures?|ore)\b"
_SHORT_YEARS = (
    re.compile(r"(?<![\d.])(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{2})(?![\d.:])"),  # 25.04.22
    re.compile(rf"{_DAY}{_DAY_TO_MONTH}{_MONTH}\s+(?P<year>\d{{2}})(?!\d|[.:]\d|{_HOURS})", re.IGNORECASE),
)  # 25.04.22, 14 Gennaio 20; not the hour of "14. Mai 20 Uhr" or "14 Jan 20:15"


def _shown_date_at(text: str, day_first: bool | None) -> tuple[int, str] | None:
    """A date as a page's date line writes it: any written date, or one with a two-digit year (``25.04.22``,
    ``14 Gennaio 20``, read in this century), which a date line may use but running text too seldom means
    to read it anywhere."""
    found = _find_date_at(text, day_first)
    if found:
        return found
    short = [hit for pattern in _SHORT_YEARS if (hit := _first_match(pattern, text, century="20"))]
    return min(short) if short else None


def _labelled_date(tree: HtmlElement, day_first: bool | None) -> str | None:
    """The first date written just after a publication label, in the label's own text or the next one."""
    words = _labels_before_dates(tree)
    if not words:
        return None
    stems = " or ".join(f"contains(., '{word[1:]}')" for word in words)  # any case of the first letter
    for node in tree.xpath(f"//body//text()[{stems}]{_SHOWN}"):
        text = " ".join(node.split())
        for label in _PUBLISHED_LABEL.finditer(text):
            dated, rest = _owner(node), text[label.end() :]
            if not rest:
                dated, rest = _next_text(node)
            found = _shown_date_at(rest, day_first)
            if found and found[0] == 0 and _is_article_date(dated, _label_part(text[: label.end()])):
                return found[1]
    return None


_PART_BREAK = re.compile(r"[|·•,;]|\s[-–—]\s")


def _label_part(line: str) -> str:
    """The part of a date line that a label opens: in "Updated: 5 May 2022 | Published: 4 May 2022" the
    second date is labelled as published, whatever came before."""
    breaks = [match.end() for match in _PART_BREAK.finditer(line)]
    return line[breaks[-1] :] if breaks else line


def _labels_before_dates(tree: HtmlElement) -> list[str]:
    """Label words that the page's flat text sets before something like a date: a quick test (a few
    string searches) that spares most pages the search through every text node."""
    body = tree.find("body")
    flat = body.text_content().lower() if body is not None else ""
    return [word for word in _LABEL_WORDS if _followed_by_date(flat, word)]


def _followed_by_date(flat: str, word: str) -> bool:
    start = flat.find(word)
    while start >= 0:
        if _DATE_AFTER_LABEL.match(flat, start + len(word)):
            return True
        start = flat.find(word, start + len(word))
    return False


def _next_text(node: str) -> tuple[HtmlElement, str]:
    """The visible text run after a text node, and the element it belongs to."""
    element = node.getparent()  # type: ignore[attr-defined]
    runs = (_TEXT_FOLLOWING if node.is_tail else _TEXT_WITHIN_AND_FOLLOWING)(element)  # type: ignore[attr-defined]
    if len(runs) < 2:  # the first run is the node itself
        return element, ""
    return _owner(runs[1]), " ".join(runs[1].split())


def _dates_below(headline: HtmlElement, day_first: bool | None) -> tuple[str | None, str | None]:
    """The first date line within ``HEADLINE_WINDOW`` characters of visible text after the headline, and
    the first one there marked as an update."""
    seen, previous, update = 0, "", None
    for node in _TEXT_BELOW(headline):
        element, text = (
            (_owner(node), " ".join(node.split())) if isinstance(node, str) else (node, _timestamp_day(node))
        )
        found = _shown_date_at(text, day_first) if text else None
        if found and _is_date_line(element, text) and not _is_outside_article(element):
            lead = text[: found[0]].strip() or previous[-25:]
            if not _is_update(element, lead):
                return found[1], update
            update = update or found[1]
        seen += len(text) + 1
        if seen > HEADLINE_WINDOW:
            break
        previous = "" if found else text or previous  # a label stands before its date, never after another
    return None, update


_PUBLISHED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:published(?:at)?|publish|pubdate|date-?published|post-?date|entry-?date|posted-?on)(?:$|[\s_-])",
    re.I,
)
_CLASSED_CANDIDATES = etree.XPath(
    "following::*[@class or @itemprop][contains(@class, 'ublish') or contains(@class, 'pubdate')"
    " or contains(@class, 'post-date') or contains(@class, 'postdate') or contains(@class, 'entry-date')"
    " or contains(@class, 'posted') or @itemprop = 'datePublished'][position() <= 20]"
)


def _classed_date(headline: HtmlElement, day_first: bool | None) -> str | None:
    """The date in the first short element after the headline whose class (or microdata property) names
    it the publication date, where the byline is set further down than the date lines are looked for."""
    for element in _CLASSED_CANDIDATES(headline):
        if not _PUBLISHED_CLASS.search(f"{element.get('class') or ''} {element.get('itemprop') or ''}"):
            continue
        text = " ".join(element.text_content().split())
        found = _shown_date_at(text, day_first) if len(text) <= MAX_DATE_LINE else None
        if found and _is_article_date(element, text[: found[0]]):
            return found[1]
    return None


def _owner(node: str) -> HtmlElement:
    """The element a text node belongs to: a tail is text of its element's parent."""
    element = node.getparent()  # type: ignore[attr-defined]
    return element.getparent() if node.is_tail else element  # type: ignore[attr-defined]


def _headline(tree: HtmlElement) -> HtmlElement | None:
    """The longest ``<h1>`` of two words or more (a logo is shorter); on a page without one, the
    ``<h2>`` that repeats the page's ``<title>`` (some sites set the headline in an ``<h2>``)."""
    headlines = [h1 for h1 in tree.iter("h1") if len(h1.text_content().split()) >= 2]
    if headlines:
        return max(headlines, key=lambda h1: len(h1.text_content()))
    title = " ".join((tree.findtext(".//title") or "").split())
    return next((h2 for h2 in tree.iter("h2") if _repeats(title, " ".join(h2.text_content().split()))), None)


def _repeats(title: str, heading: str) -> bool:
    """A heading of three words or more that the title holds ("Headline | Site")."""
    return len(heading.split()) >= 3 and heading in title


def _timestamp_day(time: HtmlElement) -> str:
    """A ``<time>``'s timestamp read as the publisher's day, unless its visible text already has a date."""
    if find_date(time.text_content()):
        return ""
    stamp = (time.get("datetime") or "").strip()
    return (publisher_local_date(stamp) if _ZONE.search(stamp) else stamp) or ""


def _is_date_line(element: HtmlElement, text: str) -> bool:
    """A short run of its own, not in the headline, nor a date inside a sentence."""
    if len(text) > MAX_DATE_LINE or any(el.tag == "h1" for el in (element, *element.iterancestors())):
        return False
    block = next((el for el in (element, *element.iterancestors()) if el.tag in _BLOCK_TAGS), None)
    return block is None or len(" ".join(block.text_content().split())) <= MAX_DATE_BLOCK or _stands_apart(element)


_EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i", "u"})


def _stands_apart(element: HtmlElement) -> bool:
    """An inline element with no text of its block right before or after it (``<span class="date">``
    over a teaser): a line of its own, not a phrase of a sentence (``opens <b>on 22 May</b> in``), nor
    one cut into emphasised pieces (``<b>The show opens</b> <b>on 22 May</b> <b>in the town hall.</b>``)."""
    if element.tag in _BLOCK_TAGS:
        return False
    before, after = element.getprevious(), element.getnext()
    text_before = (before.tail if before is not None else element.getparent().text) or ""
    if text_before.strip() or (element.tail or "").strip():
        return False
    return not any(_is_emphasis(sibling) for sibling in (before, after) if sibling is not None)


def _is_emphasis(element: HtmlElement) -> bool:
    return element.tag in _EMPHASIS_TAGS and bool(element.text_content().strip())


def _is_article_date(element: HtmlElement, lead: str) -> bool:
    """Not outside the article (navigation, comments, related links), and not marked as an update."""
    return not _is_update(element, lead) and not _is_outside_article(element)


def _is_update(element: HtmlElement, lead: str) -> bool:
    """Marked as the date of a change, by the words before it or by its class."""
    if _UPDATE_LABEL.search(lead):
        return True
    parent = element.getparent()
    return any(_is_update_class(el.get("class") or "") for el in (element, parent) if el is not None)


def _is_outside_article(element: HtmlElement) -> bool:
    """The element or one of its ancestors is navigation, comments, related links and the like."""
    return any(_outside_article(el) for el in (element, *element.iterancestors()))


def _is_update_class(names: str) -> bool:
    return bool(_UPDATE_CLASS.search(names)) and not _ENTRY_CLASS.search(names)


def _outside_article(element: HtmlElement) -> bool:
    if element.tag in _OUTSIDE_ARTICLE_TAGS:
        return True
    if element.tag in _PAGE_TAGS:
        return False
    return bool(_OUTSIDE_ARTICLE_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"))
