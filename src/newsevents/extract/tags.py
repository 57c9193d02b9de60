"""Tag strips: "AssassinationFeaturedPeace TalksRussia" is what a scraper makes of a row of tag links.

The links' texts are glued together, so a tag boundary shows as a lower-case letter directly followed
by an upper-case one (``nF``), or an acronym followed by a capitalised word (``NATOSummit``). Names and
brands written in camel case (McDonald, iPhone, YouTube) are not boundaries.
"""

from __future__ import annotations

import itertools
import re


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


CAMEL_WORDS = _word_set(
    "iPhone iPad iPod iOS iCloud eBay YouTube LinkedIn WhatsApp TikTok PayPal JavaScript PlayStation "
    "WordPress GitHub OpenAI SpaceX FedEx BlackRock DeepMind DeepSeek HarperCollins PricewaterhouseCoopers "
    "SoftBank MasterCard FaceTime PowerPoint ExxonMobil GlaxoSmithKline BuzzFeed HuffPost QAnon WeChat "
    "AstraZeneca BioNTech McKinsey JPMorgan NatWest ArcelorMittal TotalEnergies"
)
_NAME_PREFIXES = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "O'")
_BOUNDARY = re.compile(r"(?<=[a-z\u00DF-\u00FF])(?=[A-Z\u00C0-\u00DE])|(?<=[A-Z])(?=[A-Z][a-z])")
_TAG_LIST = re.compile(r"^(?:(?:tags|topics|tagged|keywords|categories)\s*:|filed under\s*:?)\s*(?P<tags>.+)$", re.I)


def _protected_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    for word in CAMEL_WORDS:
        start = line.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = line.find(word, start + 1)
    return spans


def _is_name_prefix(line: str, pos: int) -> bool:
    """``Mc|Donald``: the piece before ``pos`` since the last boundary or space is a surname prefix."""
    piece = re.split(r"[\s]|(?<=[a-z])(?=[A-Z])", line[:pos])[-1]
    return piece in _NAME_PREFIXES or (len(piece) == 1 and piece.islower())


def glue_points(line: str) -> list[int]:
    """Positions where two glued tags meet."""
    protected = _protected_spans(line)
    return [
        m.start()
        for m in _BOUNDARY.finditer(line)
        if not _is_name_prefix(line, m.start()) and not any(a < m.start() < b for a, b in protected)
    ]


def split_glued_tags(line: str) -> list[str]:
    """Split a glued tag strip into its tags, keeping the order and dropping duplicates."""
    cuts = [0, *glue_points(line), len(line)]
    tags = [line[a:b].strip(" ,;|·•") for a, b in itertools.pairwise(cuts)]
    return list(dict.fromkeys(t for t in tags if t))


def is_glued_tag_strip(line: str) -> bool:
    """A line of several glued tags: two or more glue points and no sentence punctuation."""
    if re.search(r"[.!?:;]\s|[.!?]$", line) or len(line.split()) > 25:
        return False
    return len(glue_points(line)) >= 2


def parse_tag_line(line: str) -> list[str] | None:
    """Tags from a "Tags: a, b, c" line or a glued strip; ``None`` if the line is neither."""
    match = _TAG_LIST.match(line.strip())
    if match:
        return [t.strip() for t in re.split(r"\s*[,;|·•]\s*", match["tags"]) if t.strip()]
    if is_glued_tag_strip(line):
        return split_glued_tags(line)
    return None
