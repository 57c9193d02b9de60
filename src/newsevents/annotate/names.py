"""Small readings of names shared by the place and the actor readers.

How a proper noun runs ("Porto de Pedras"), a name without its article, a name folded for comparison, the country of a
nationality word, a stance before one ("pro-Russian"), the known actor a name holds, and whether a sentence is written
in headline case. They sit apart so that place reading, the registry of named actors and actor resolution can share them
without depending on each other.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Span, Token

from newsevents.annotate.geo import country_of_demonym
from newsevents.annotate.place_names import HYPHENS, after_a_stance
from newsevents.annotate.sectors import KNOWN_ACTORS

#: Participles after a hyphen that make a nation the sponsor, not the nationality: "Syrian-backed Amal militia".
SPONSOR_PARTICIPLES = {"backed", "sponsored", "supported", "funded", "armed", "trained"}


def not_headline_cased(token: Token) -> bool:
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.is_title for t in words) * 2 < len(words)


def proper_name(token: Token) -> Span:
    """The proper noun with its compound proper-noun modifiers: "Porto de Pedras" stays whole when parsed so,
    and "Nord-Kivu" keeps the part before its hyphen."""
    doc, start = token.doc, token.i
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.head.i in {token.i, token.head.i}:
            start -= 1
        elif before.text == "-" and not before.whitespace_ and start > 1 and doc[start - 2].pos_ == "PROPN":
            start -= 2
        else:
            break
    return doc[start : token.i + 1]


def country_of_nationality(token: Token) -> str | None:
    """The country of the nationality a word ends, read with the word before it first: "North Korean" is of North
    Korea and "South Sudanese" of South Sudan, not of Korea and Sudan."""
    if token.i > 0:
        before = token.doc[token.i - 1]
        if before.is_title and (country := country_of_demonym(f"{before.text} {token.text}")):
            return country
    return country_of_demonym(token.text)


def fold(name: str) -> str:
    """Lower case without accents: GeoNames writes "Bogotá" where its country table writes "Bogota"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()


def stance_prefix(token: Token) -> bool:
    """ "pro-Iranian Hizbollah", "anti-Russian protesters": a stance, not a nationality; "Syrian-backed Amal
    militia": a sponsor, not the nationality either."""
    if after_a_stance(token):
        return True
    after = token.doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].text in HYPHENS and after[1].lower_ in SPONSOR_PARTICIPLES


def known_actor_in(ent: Span) -> str | None:
    """The known actor an entity names: its whole name, else the longest known name within it ("Islamic State
    (Sahel)", "Mai-Mai Kidjangala") or a known acronym written in capitals ("Tamu PDF", "RCSS troops")."""
    name = strip_article(ent.text).lower()
    if name in KNOWN_ACTORS:
        return name
    text, offset = ent.text, ent.start_char
    bounds = [(t.idx - offset, t.idx + len(t) - offset) for t in ent]  # each word's place in ``text``
    for size in range(len(ent) - 1, 0, -1):
        for start in range(len(ent) - size + 1):
            candidate = text[bounds[start][0] : bounds[start + size - 1][1]].lower()  # as written: "Mai-Mai"
            if candidate in KNOWN_ACTORS and (size > 1 or ent[start].is_upper or len(candidate) > 4):
                return candidate
    return None


def strip_article(text: str) -> str:
    """ "the Kremlin's" -> "Kremlin": no leading article, no possessive ending."""
    text = text[4:] if text.lower().startswith("the ") else text
    return text[:-2] if text.endswith(("'s", "’s")) else text
