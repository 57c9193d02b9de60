"""Clean a dirty plain-text scrape: the text a naive scraper took from a whole news page.

The page furniture comes along as lines: menus, share bars, glued tag strips, bylines, gallery
counters, image credits, "Related Posts" lists, author bios, footers. Each line is first classified
by the named rules of :mod:`newsevents.extract.rules` (and those of :mod:`newsevents.extract.page_rules`
for related-article labels and site notices in other languages); the article is then the block of
prose after the header (title, standfirst, byline, date), up to the first long run of page furniture
below it, with the tail trimmed. Section headings stay in the text as their own paragraphs (as in the
HTML path) and are also listed in ``section_headings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsevents.extract.authors import parse_authors
from newsevents.extract.case import is_caseless
from newsevents.extract.dates import date_from_url, find_date
from newsevents.extract.page_rules import is_related_label, is_site_notice
from newsevents.extract.result import Extraction
from newsevents.extract.rules import (
    byline_names,
    is_author_bio,
    is_bracketed_aside,
    is_credited_caption,
    is_date_line,
    is_dated_meta_line,
    is_debris,
    is_generic_bio,
    is_headline_like,
    is_image_credit,
    is_related_header,
    is_role_credit,
    is_sentence_like,
    is_short_fragment,
    is_source_link,
    is_updated_date_line,
    word_count,
)
from newsevents.extract.tags import parse_tag_line
from newsevents.extract.title import best_title_line, prose_blocks

_TERMINAL = tuple(".!?\"”’'。！？」")
#: A headline may end in a question, an exclamation or a quotation; rarely in a full stop.
_FULL_STOPS = (".", "。")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")
TRUNCATED_BODY_WORDS = 40
BODY_WORDS_BEFORE_END = 300
FURNITURE_RUN_ENDS_BODY = 5
_COPYRIGHT_SITE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*,?\s*"
    r"(?P<site>[A-Z][\w&'’. -]{1,60}?)\s*(?:[.,|]|all rights|$)",
    re.I,
)


#: Hard-wrapped text (wire copy, e-mail, teletype) breaks its lines at one width, within these bounds.
WRAP_WIDTHS = (40, 100)
#: Share of a paragraph's inner lines (those a non-blank line follows) that run close to the width when wrapped.
WRAPPED_SHARE = 0.8
#: How close to the width an inner line of a wrapped paragraph runs.
NEAR_WIDTH = 0.7
#: Fewer lines than this cannot show a wrapping width.
MIN_WRAPPED_LINES = 6


@dataclass
class Line:
    text: str
    kind: str  # content | tags | byline | date | credit | related | teaser | end | debris | nav


def _classify(text: str) -> str:
    if parse_tag_line(text) is not None:
        return "tags"
    if byline_names(text) or is_role_credit(text):
        return "byline"
    if is_date_line(text) or is_dated_meta_line(text):
        return "date"
    if is_image_credit(text) or is_bracketed_aside(text) or is_credited_caption(text):
        return "credit"
    if is_related_header(text) or is_related_label(text):
        return "related"
    if is_source_link(text):
        return "end"
    return "debris" if is_debris(text) or is_site_notice(text) else "content"


def unwrap_hard_breaks(content: str) -> str:
    """Paragraphs written as lines broken at a fixed width joined back into one line each (blank lines keep
    them apart): otherwise every broken line reads as a fragment, and most of the article is dropped as
    furniture. A scrape's lines (one paragraph or one link each) vary in length and are left as they are."""
    lines = content.splitlines()
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < MIN_WRAPPED_LINES:
        return content
    width = lengths[int(0.9 * (len(lengths) - 1))]
    inner = [len(a.rstrip()) for a, b in pairwise(lines) if a.strip() and b.strip()]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1] or not inner:
        return content
    if sum(length >= NEAR_WIDTH * width for length in inner) < WRAPPED_SHARE * len(inner):
        return content
    paragraphs = re.split(r"\n\s*\n", content)
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip())


def split_lines(content: str) -> list[Line]:
    """Non-empty lines with collapsed whitespace, each with its kind."""
    texts = (" ".join(raw.split()) for raw in content.splitlines())
    return [Line(text, _classify(text)) for text in texts if text]


def mark_related_lists(lines: list[Line]) -> None:
    """The headlines under a "Related Posts" label are teasers, up to the next line of prose (a page's
    own headline may follow such a list: the header search still looks at teasers)."""
    in_list = False
    for line in lines:
        if line.kind == "related":
            in_list = True
        elif in_list and line.kind == "content":
            if is_sentence_like(line.text) and line.text.endswith(_TERMINAL):
                in_list = False
            else:
                line.kind = "teaser"


def mark_nav_runs(lines: list[Line]) -> None:
    """Two or more short link labels in a row (other kinds in between ignored) are a menu."""
    run: list[Line] = []
    for line in [*lines, Line("", "content")]:
        if line.kind != "content":
            continue
        if line.text and is_short_fragment(line.text):
            run.append(line)
            continue
        if len(run) >= 2:
            for item in run:
                item.kind = "nav"
        run = []


def body_core_start(lines: list[Line]) -> int | None:
    """Index of the first of two prose lines in a row (no byline or dateline between them): where
    the article body surely runs. A standfirst and its repetition have the byline between them."""
    previous: int | None = None
    first_prose: int | None = None
    for i, line in enumerate(lines):
        if line.kind in ("byline", "date"):
            previous = None
        elif line.kind == "content":
            prose = is_sentence_like(line.text)
            if prose and previous is not None:
                return previous
            previous = i if prose else None
            first_prose = i if first_prose is None and prose else first_prose
    return first_prose


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


@dataclass
class Header:
    title: int | None = None
    subtitle: int | None = None
    end: int = -1


def find_header(lines: list[Line], core: int) -> Header:
    """Title and standfirst: above the last byline/date line before the body, else the last
    headline above the body; a standfirst not introduced by a byline must recur in the body."""
    meta = [i for i in range(core) if lines[i].kind in ("byline", "date")]
    header = Header(end=meta[-1] if meta else -1)
    start = meta[-1] if meta else core
    for i in range(start - 1, -1, -1):
        line = lines[i]
        adjacent = i == start - 1
        if line.kind not in ("content", "teaser") and not (adjacent and line.kind == "nav"):
            continue
        if is_headline_like(line.text) or (adjacent and _short_headline(line.text)):
            header.title = i
            break
        if is_sentence_like(line.text) and header.subtitle is None and meta:
            header.subtitle = i
        elif meta and not is_short_fragment(line.text):
            break
    if header.title is not None and header.subtitle is None and _headline_above(lines, header.title):
        header.title, header.subtitle = header.title - 1, header.title
    if header.subtitle is None and header.title is not None:
        header.subtitle = _repeated_standfirst(lines, header.title)
    header.end = max(i for i in (header.end, header.title, header.subtitle) if i is not None)
    return header


def _short_headline(text: str) -> bool:
    """Two words or more, capitalised, no full stop: a headline when it sits right above the body or
    its byline, even if menus nearby made it look like one more link label."""
    return word_count(text) >= 2 and text[:1].isupper() and not text.endswith(".") and find_date(text) is None


def _headline_above(lines: list[Line], title: int) -> bool:
    """Two headline-like lines in a row above the body: the upper is the headline, the lower its
    standfirst (news pages set the headline first, then the dek, then the byline)."""
    return title > 0 and lines[title - 1].kind == "content" and is_headline_like(lines[title - 1].text)


def _repeated_standfirst(lines: list[Line], title: int) -> int | None:
    """The first prose line after the title, when the page repeats it verbatim further down."""
    after = [i for i in range(title + 1, len(lines)) if lines[i].kind == "content"]
    if not after or not is_sentence_like(lines[after[0]].text):
        return None
    first = _norm(lines[after[0]].text)
    return after[0] if any(_norm(lines[i].text) == first for i in after[1:]) else None


def _sentence_of_the_body(lines: list[Line], index: int, core: int) -> bool:
    """A full sentence below the body's first prose lines is the body's, not a headline; in a text written
    without case (wire copy in capitals, where every line looks like a headline) from the first prose line on,
    lest a text with no headline lose its first paragraph to the title."""
    text = lines[index].text
    first = core if is_caseless(text) else core + 1
    return index >= first and text.endswith(_FULL_STOPS) and is_sentence_like(text)


def choose_title(lines: list[Line], header: Header, url: str | None, core: int) -> None:
    """The headline by the line scorer of :mod:`newsevents.extract.title`; the standfirst found with
    the rule-based header only stays if it sits below that headline, and when that headline sits
    above the rule-based one, the article starts right below it (the lower line was a subheading)."""
    best = best_title_line([line.text for line in lines], [line.kind for line in lines], url)
    if best is None or best == header.title or _sentence_of_the_body(lines, best, core):
        return
    header.title = best
    if header.subtitle is not None and not best < header.subtitle <= best + 2:
        header.subtitle = None
    header.end = min(header.end, max(best, header.subtitle or -1))


def is_section_heading(text: str, next_text: str | None) -> bool:
    """A short line without closing punctuation that introduces a paragraph of prose (numbered
    ones too: "3. Water deeply")."""
    n = word_count(text)
    return (
        1 <= n <= 12
        and _NUMBERED.sub("", text)[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and next_text is not None
        and is_sentence_like(next_text)
    )


def _ends_body(line: Line, gap: int, body_words: int, before_main_end: bool) -> bool:
    """Below a body of some length, a "Source link" label, a "Related articles" label below the main
    block of prose (in the page's language) or a long run of page furniture (share bars, menus,
    credits, teasers) ends the article: what follows is comments, teasers and footers,
    which often hold prose of their own. A run of furniture above the end of the page's largest
    block of prose does not: the text so far was a sidebar or an intro, the article is still to come."""
    if line.kind == "end" or (line.kind == "related" and not before_main_end):
        return body_words > 0
    return not before_main_end and body_words >= BODY_WORDS_BEFORE_END and gap >= FURNITURE_RUN_ENDS_BODY


def main_block_end(lines: list[Line]) -> int:
    """Last line of the page's largest block of prose."""
    prose = [line.kind == "content" and is_sentence_like(line.text) for line in lines]
    blocks = prose_blocks(prose, [line.text for line in lines])
    return max(blocks, key=lambda block: block[2], default=(0, -1, 0))[1]


def body_lines(lines: list[Line], header: Header, authors: list[str]) -> list[str]:
    """Content lines after the header up to the end of the article, minus repeats and bios."""
    seen = {_norm(lines[i].text) for i in (header.title, header.subtitle) if i is not None}
    body: list[str] = []
    gap = body_words = 0
    main_end = main_block_end(lines)
    for i in range(header.end + 1, len(lines)):
        line = lines[i]
        gap = 0 if line.kind == "content" else gap + 1
        if _ends_body(line, gap, body_words, before_main_end=i <= main_end):
            break
        key = _norm(line.text)
        if line.kind != "content" or key in seen or is_author_bio(line.text, authors):
            continue
        if i > main_end and _stray_below_main_block(lines, i):
            continue
        seen.add(key)
        body.append(line.text)
        body_words += word_count(line.text)
    return body


def _stray_below_main_block(lines: list[Line], i: int) -> bool:
    """Below the page's largest block of prose, a short line is a prompt, a teaser or a footer label
    ("Was this article helpful?", "Bloggen auf WordPress.com.") unless it heads the prose right under it."""
    text = lines[i].text
    below = lines[i + 1].text if i + 1 < len(lines) and lines[i + 1].kind == "content" else None
    return not is_sentence_like(text) and not is_section_heading(text, below)


def split_headings(body: list[str]) -> tuple[list[str], list[str]]:
    """Paragraphs (section headings among them, as in the HTML path) and the section headings; stray
    fragments (neither prose nor heading) are dropped."""
    paragraphs: list[str] = []
    headings: list[str] = []
    for i, text in enumerate(body):
        following = body[i + 1] if i + 1 < len(body) else None
        if is_sentence_like(text) or (text.endswith(_TERMINAL) and word_count(text) >= 3):
            paragraphs.append(text)
        elif is_section_heading(text, following):
            paragraphs.append(text)
            headings.append(text)
    paragraphs = trim_tail(paragraphs)
    return paragraphs, [heading for heading in headings if heading in paragraphs]


def trim_tail(paragraphs: list[str]) -> list[str]:
    """Below the article: drop author bios and unfinished fragments from the end. A long paragraph
    cut off mid-sentence is a truncated body (scrapes and datasets cap their length), not debris."""
    while paragraphs and (is_generic_bio(paragraphs[-1]) or _unfinished_fragment(paragraphs[-1])):
        paragraphs.pop()
    return paragraphs


def _unfinished_fragment(text: str) -> bool:
    return not text.endswith(_TERMINAL) and word_count(text) < TRUNCATED_BODY_WORDS


def _published(lines: list[Line]) -> str | None:
    """The publication date: a dateline (or dated byline), preferring "Published" over "Updated"."""
    dated = [line.text for line in lines if line.kind in ("date", "byline") and find_date(line.text)]
    header_first = sorted(dated, key=lambda t: is_updated_date_line(t))
    return find_date(header_first[0]) if header_first else None


def _site(lines: list[Line]) -> str | None:
    for line in lines:
        match = _COPYRIGHT_SITE.search(line.text) if line.kind == "debris" else None
        if match and word_count(match["site"]) <= 6:
            return match["site"].strip()
    return None


def marked_lines(content: str) -> list[Line]:
    """The scrape's lines, related-post lists and navigation runs marked: what every later step reads."""
    lines = split_lines(unwrap_hard_breaks(content))
    mark_related_lists(lines)
    mark_nav_runs(lines)
    return lines


def clean_text(content: str, url: str | None = None) -> Extraction:
    """Article fields recovered from a dirty plain-text scrape (``sources`` all ``text``); the page's
    ``url``, when known, helps to pick the headline (its slug usually spells it)."""
    lines = marked_lines(content)
    result = Extraction()
    core = body_core_start(lines)
    if core is None:  # no prose at all (a gallery, a page whose text a script loads): a headline still
        best = best_title_line([line.text for line in lines], [line.kind for line in lines], url)
        result.offer("title", lines[best].text if best is not None else None, "text")
        return result
    header = find_header(lines, core)
    choose_title(lines, header, url, core)
    bylines = [byline_names(line.text) or "" for line in lines if line.kind == "byline"]
    result.offer("authors", parse_authors(bylines), "text")
    paragraphs, headings = split_headings(body_lines(lines, header, result.authors))
    result.text = "\n\n".join(paragraphs)
    result.offer("title", lines[header.title].text if header.title is not None else None, "text")
    result.offer("subtitle", lines[header.subtitle].text if header.subtitle is not None else None, "text")
    in_url = date_from_url(url)  # as on the HTML path: a dated URL beats a date line (headers show today's date)
    result.offer("published", in_url or _published(lines), "url" if in_url else "text")
    result.published_source = ("url" if in_url else "text") if result.published else None
    result.offer("site", _site(lines), "text")
    result.offer("tags", _tags(lines), "text")
    result.offer("section_headings", headings, "text")
    credits = [line.text.strip("()[] ") for line in lines if line.kind == "credit"]
    result.offer("image_credits", list(dict.fromkeys(credits)), "text")
    return result


def _tags(lines: list[Line]) -> list[str]:
    tags = [tag for line in lines if line.kind == "tags" for tag in parse_tag_line(line.text) or []]
    return list(dict.fromkeys(tags))
