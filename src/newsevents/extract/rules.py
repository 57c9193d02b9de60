"""Named line rules for page debris, shared by the plain-text cleaner and the HTML post-filter.

Each rule looks at one stripped line and says whether it is a kind of debris (share bars, counters,
newsletter boxes, ...) or a kind of metadata (byline, image credit, date line). They are phrased for
news pages in general: what the line *is*, never what one sample page happened to contain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.extract.dates import find_date


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


SHORT_CREDIT_WORDS = 8  # a credit line this short is never a caption sentence worth keeping
_TERMINAL = tuple(".!?\"”’'):。！？」")
ROLE_WORDS = _word_set(
    "correspondent editor reporter writer staff contributor columnist analyst producer journalist chief "
    "senior bureau photographer photojournalist reporting additional contributing deputy managing "
    "political diplomatic security defence defense foreign affairs international news desk team"
)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_WORDS = re.compile(rf"[{_CJK}]{{1,2}}|[^\s{_CJK}]+")


def words(line: str) -> list[str]:
    """The line's words; Chinese and Japanese write no spaces, so each two characters of theirs count
    as one word (about their average word length), else a sentence would count as one word."""
    return line.split() if line.isascii() else _CJK_WORDS.findall(line)


@lru_cache(maxsize=8192)
def word_count(line: str) -> int:
    """``len(words(line))``, remembered for recent lines: each line of a page meets a dozen rules, and
    splitting a line that is not plain ASCII takes a regex pass."""
    return len(words(line))


def is_sentence_like(line: str) -> bool:
    """Running prose: several words ending like a sentence, or long enough to be prose anyway."""
    n = word_count(line)
    return (n >= 8 and line.rstrip().endswith(_TERMINAL)) or n >= 25


def is_headline_like(line: str) -> bool:
    """A headline: 3 to 30 words, starts with a capital or digit (after an opening quote), does not
    end in a full stop, and carries no date (a line with a date is a dateline or a byline)."""
    n = word_count(line)
    first = line.lstrip("'\"‘“«¿¡「『")[:1]
    caseless = first.isalpha() and first.lower() == first.upper()  # Chinese, Arabic, Hebrew, ...
    starts_well = first.isupper() or first.isdigit() or caseless
    return 3 <= n <= 30 and starts_well and not line.rstrip().endswith(".") and find_date(line) is None


def is_short_fragment(line: str) -> bool:
    """A menu or link label: at most four words and no sentence punctuation."""
    return word_count(line) <= 4 and not line.rstrip().endswith((".", "!", "?", "。", "！", "？"))


_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide|page)\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}$", re.I)


def is_pagination_counter(line: str) -> bool:
    """``1 of 399``, ``Image 3/12``: gallery and page counters."""
    return bool(_COUNTER.match(line))


_SHARE_WORDS = re.compile(
    r"^(?:share|share this( article| story| page)?|share on \w+|tweet|email|e-mail|print|copy link|"
    r"copy url|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|flipboard|"
    r"bluesky|threads|comments?|\d+ comments?|save|bookmark|listen|gift (this )?article|"
    r"listen to (this )?article.*|\d+ min(ute)? read|skip to (main )?content|"
    r"follow( us)?( on \w+)?|back to top|show more|load more|view comments|close|menu|search)$",
    re.I,
)
_FOLLOW = re.compile(r"^(follow|like|join) us on\b|^share (this|on|via)\b", re.I)


def is_share_line(line: str) -> bool:
    """Share bars, social-network link labels, "Follow us on ..." and reading-time badges."""
    return bool(_SHARE_WORDS.match(line.strip(" :|·•"))) or (word_count(line) <= 12 and bool(_FOLLOW.match(line)))


_NEWSLETTER = re.compile(
    r"newsletter|sign up|subscribe|subscription|inbox|privacy (notice|policy)|terms (of|and) "
    r"(use|service|conditions)|cookies?\b|enable javascript|log ?in\b|create (a free |an )?account|"
    r"already (a )?(subscriber|registered)|register now|support our journalism|donate now",
    re.I,
)
_SITE_NOTICE = re.compile(
    r"email address will not be published|required fields are marked|comments are moderated|"
    r"^(there are )?(no|\d+) comments|^add yours\b|leave a (comment|reply)|post a comment|"
    r"protected by recaptcha|browser version|(update|upgrade) your browser|outdated browser|"
    r"auto[- ]?renew|instant access to|online access to all|full article pdf|apps? for (ios|android)|"
    r"straight to your (phone|inbox)",
    re.I,
)


def is_newsletter_or_cookie_line(line: str) -> bool:
    """Newsletter boxes, paywall and cookie notices: short, about their key phrases, and prose only
    when it talks to the reader (a news sentence may well mention a subscription). Comment-form,
    browser, captcha and app-store notices are the site's own voice whatever their wording."""
    if word_count(line) > 30:
        return False
    if _SITE_NOTICE.search(line):
        return True
    if not _NEWSLETTER.search(line):
        return False
    return not is_sentence_like(line) or bool(re.search(r"\b(you|your|our|us)\b", line, re.I))


_APPEAL = re.compile(
    r"sign up|subscribe|newsletter|download (the|our) [\w ]{0,30}apps?\b|follow (us|the [\w ]{1,30}) on\b|"
    r"letters? to the editor|advertis|compensation|affiliate links?|support(ing)? (our|us|independent)|donat|"
    r"contact us|e-?mail us|send us|our standards|we want to hear|click here|welcome gift",
    re.I,
)
_IMPERATIVE_START = re.compile(r"^(sign up|subscribe|download|follow|submit|click|join|support|donate)\b", re.I)
_SPEAKS_TO_READER = re.compile(r"\b(you|your|we|our|us)\b", re.I)
_QUOTE_MARKS = ('"', "“", "”", "‘", "’ ")


def is_reader_appeal(line: str) -> bool:
    """The site speaking to its reader: calls to subscribe, follow, donate, write in, or its ad and
    affiliate disclosures. Only short unquoted paragraphs: a quoted "we" belongs to a source."""
    if word_count(line) > 45 or any(mark in line for mark in _QUOTE_MARKS) or not _APPEAL.search(line):
        return False
    return bool(_IMPERATIVE_START.match(line) or _SPEAKS_TO_READER.search(line))


_AD = re.compile(
    r"^(advertisement|advertising|ad|sponsored( content)?|promoted|paid (post|content)|"
    r"(story|article) continues (below|after)( (the )?(advertisement|ad))?|scroll to continue.*|"
    r"continue reading.*|more below)$",
    re.I,
)


def is_advertisement(line: str) -> bool:
    return bool(_AD.match(line.strip(" -–—:|")))


def is_copyright_line(line: str) -> bool:
    """``© 2025 Daily Ledger``, ``Copyright ...``, ``All rights reserved``."""
    lowered = line.lower()
    return bool(re.match(r"^(©|\(c\)\s|copyright\b)", line, re.I)) or any(
        phrase in lowered for phrase in ("all rights reserved", "some rights reserved")
    )


_SOURCE_LINK = re.compile(r"^(source link|source|original article|view original|read the original.*)$", re.I)


def is_source_link(line: str) -> bool:
    """The "Source link" label that syndication scrapers append to a copied article."""
    return bool(_SOURCE_LINK.match(line.strip(" :")))


_RELATED_HEADER = re.compile(
    r"^(related( posts?| articles?| stories| news| coverage| content| reading| topics)?|read more|"
    r"read next|more (from|on|in) .{1,40}|more stories|more news|you (may|might) also like|"
    r"recommended( for you| stories)?|most (read|popular|viewed)|trending( now| stories)?|"
    r"latest( news| stories)?|also read|see also|what to read next|top stories|editor'?s picks|"
    r"in other news|popular now|don'?t miss|further reading)$",
    re.I,
)


def is_related_header(line: str) -> bool:
    """The label above a list of other headlines ("Related Posts", "More from Europe", ...)."""
    return word_count(line) <= 8 and bool(_RELATED_HEADER.match(line.strip(" :|-–—")))


def is_inline_teaser(line: str) -> bool:
    """``Read more: <headline>`` or ``RELATED: <headline>`` links dropped inside the body."""
    return bool(re.match(r"^(read more|read also|also read|related|see also|watch|listen|more)\s*:", line, re.I))


_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} (?:is|was|has been|covers|reports|writes)\b"
    r"(?: an?| the)?(?: [\w'’,-]+){0,6}? (?:reporter|correspondent|journalist|editor|writer|"
    r"columnist|producer|analyst|contributor|photographer|fellow|author|covering|covers)\b"
)


def is_generic_bio(line: str) -> bool:
    """ "Jane Doe is a reporter covering ...": an author's self-description (only trust it below the
    article: a body sentence can describe an analyst the same way)."""
    return word_count(line) <= 80 and bool(_BIO.match(line))


def is_author_bio(line: str, authors: list[str]) -> bool:
    """A line that starts with a byline author's name and goes on to describe them."""
    return any(
        line.startswith(f"{name} ") and re.match(r"(is|was|has|covers|reports|writes)\b", line[len(name) + 1 :])
        for name in authors
    )


_CREDIT = re.compile(
    r"(?:^|[\s(\[])(?:(?:image|photo|picture|photograph|video|graphic|illustration)s?\s*(?:credit)?s?"
    r"\s*(?:by)?\s*:|credits?\s*:|photo\s+by\s+[A-Z])|\b(?:AP Photo|Getty Images|AFP via Getty|"
    r"Shutterstock|Reuters/|EPA-EFE|Anadolu via)\b",
    re.I,
)


def is_image_credit(line: str) -> bool:
    """An image credit or a caption ending in one (``... Photo: Reuters``, ``(Image credit: AP)``)."""
    return word_count(line) <= 45 and bool(_CREDIT.search(line)) and not line.endswith(("?",))


_PICTURE_LABEL = re.compile(
    r"^(?:(?:beitrags|titel|symbol|header|vorschau|artikel)bild(?:er)?|image illustrative|photo d'illustration|"
    r"imagen de archivo|immagine di repertorio)\s*(?::|via\b)",
    re.I,
)
MAX_PICTURE_LABEL_WORDS = 30


def is_picture_label_line(line: str) -> bool:
    """The credit of a post's header or stock picture, in German, French, Spanish or Italian
    ("Titelbild: Flickr, CC BY 2.0", "Image illustrative : ..."): its label names a picture."""
    return word_count(line) <= MAX_PICTURE_LABEL_WORDS and bool(_PICTURE_LABEL.match(line))


_CAPTION_CREDIT = re.compile(r"©|\b(?:fotos?|bild(?:er)?|photos?|imagen|immagine|zdj[eę]cie)\s*:\s*\w", re.I)


def is_credited_caption(line: str) -> bool:
    """A picture caption that names its rights holder ("A fracking rig in Pennsylvania © Noah Addis",
    "Cowboy boots by Crocs. Foto: Crocs"): the photo label in the page's language, not a sentence. A
    line that starts with ``©`` is the site's copyright notice instead."""
    if line.startswith("©") or word_count(line) > 45 or is_sentence_like(line):
        return False
    return bool(_CAPTION_CREDIT.search(line, 1))


JOB_TITLES = _word_set("editor correspondent reporter writer columnist contributor journalist producer photographer")


def is_role_credit(line: str) -> bool:
    """A byline without "By": a capitalised name followed by a job title ("Richard Roe Education
    editor"); a headline may end in "security" or "news", rarely in "correspondent"."""
    tokens = words(line)
    named = len(tokens) >= 3 and all(t[:1].isupper() for t in tokens[:2])
    return named and len(tokens) <= 8 and tokens[-1].lower().strip(".,").removesuffix("s") in JOB_TITLES


def is_bracketed_aside(line: str) -> bool:
    """A short line wholly in brackets: a photo credit or an aside set under a picture."""
    return word_count(line) <= SHORT_CREDIT_WORDS and line[:1] in "([" and line.rstrip()[-1:] in ")]"


_BYLINE = re.compile(
    r"^(?:by|written by|words by|reporting by|report by|story by|text by|posted by|author:?)\s+(?P<who>.+)$", re.I
)


def byline_names(line: str) -> str | None:
    """The names part of a byline line (``By Jane Doe, Senior Editor``), or ``None``."""
    match = _BYLINE.match(line.strip())
    if not match or word_count(line) > 20 or (is_sentence_like(line) and not find_date(line)):
        return None
    return match["who"]


_DATE_PREFIX = re.compile(r"^(published|posted|written|updated|last updated|first published|date)\b\s*:?\s*", re.I)
_DATE_NOISE = re.compile(
    r"\b(?:\d{1,2}[:.]\d{2}(?::\d{2})?|[ap]\.?m\.?|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|at|on|of|mins?|minutes?|read|updated|published)\b|[-,|/·•()+:]",
    re.I,
)


def is_date_line(line: str) -> bool:
    """A dateline (``Published 25 April 2025``, ``April 25, 2025 10:42 am``): a date and little else."""
    rest = _DATE_PREFIX.sub("", line.strip())
    if word_count(rest) > 12 or find_date(rest) is None:
        return False
    return len(_DATE_NOISE.sub(" ", rest).split()) <= 1


DATED_META_WORDS = 16


def is_dated_meta_line(line: str) -> bool:
    """A short line that carries a date among other metadata ("October 19, 2019 by Jane Doe",
    "Mon 20 Jan 2020 06.05 GMT Last modified on ...", "5 Comments"): not prose, so page furniture."""
    return word_count(line) <= DATED_META_WORDS and not is_sentence_like(line) and find_date(line) is not None


def is_updated_date_line(line: str) -> bool:
    return bool(re.match(r"^(updated|last updated|modified)\b", line, re.I))


def is_debris(line: str) -> bool:
    """Any line that is page furniture rather than article content."""
    return (
        is_date_line(line)
        or (is_image_credit(line) and word_count(line) <= SHORT_CREDIT_WORDS)
        or is_picture_label_line(line)
        or is_pagination_counter(line)
        or is_share_line(line)
        or is_advertisement(line)
        or is_copyright_line(line)
        or is_source_link(line)
        or is_inline_teaser(line)
        or is_newsletter_or_cookie_line(line)
        or is_reader_appeal(line)
    )
