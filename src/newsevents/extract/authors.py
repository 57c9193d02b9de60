"""Author names from bylines and metadata: no "By", no roles, one name per entry."""

from __future__ import annotations

import re

from newsevents.extract.dates import find_date
from newsevents.extract.rules import ROLE_WORDS

_PREFIX = re.compile(
    r"^(?:by|written by|words by|reporting by|report by|story by|text by|posted by|author:?|"
    r"von|geschrieben von|par|publié par|por|door)\s+",  # the same lead in German, French, Spanish, Dutch
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b|\by\b|\s[-–—]\s)\s*")
_TRAILING_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'-]*$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|de|del|der|da|di|du|van|von|bin|al-\w+|la|le|ter|ten)$")
_LOWER_TOKEN = re.compile(r"^[a-zß-ÿ][\w'’.-]*$")
_NOT_NAMES = frozenset(
    {"staff", "admin", "administrator", "editorial team", "the editors", "newsroom", "unknown", "no author",
     "phd", "md", "msc", "mba", "rd", "jr", "sr", "ii", "iii", "guest", "anonymous"}
)  # fmt: skip


def _is_name(piece: str) -> bool:
    tokens = piece.split()
    if not 1 <= len(tokens) <= 5 or piece.lower() in _NOT_NAMES:
        return False
    if len(tokens) == 1 and re.search(r"\.[a-z]{2,}$", piece, re.I):  # a domain name such as Giga.de
        return False
    if any(t.lower().strip(".,").removesuffix("s") in ROLE_WORDS for t in tokens) or any(c.isdigit() for c in piece):
        return False
    # "Mobasir hassan": a lower-case surname is tolerated after a capitalised first name
    return _NAME_TOKEN.match(tokens[0]) is not None and all(
        _NAME_TOKEN.match(t) or _LOWER_TOKEN.match(t) for t in tokens
    )


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "Der-Farang" and "Derfarang" name the same site."""
    return re.sub(r"\W+", "", text).lower()


def _is_agency(name: str) -> bool:
    """A short all-capitals name (CNN, AFP): an organisation credited beside the reporters."""
    return " " not in name and name.isupper() and len(name) <= 5


def _strip_date(raw: str) -> str:
    """Bylines often carry the date after a separator: cut from the first separator before it."""
    if not find_date(raw):
        return raw
    return re.split(r"\s*(?:\||·|•|—|–|\s-\s|\bpublished\b|\bupdated\b|\bon\b)\s*", raw, maxsplit=1, flags=re.I)[0]


def parse_authors(raw: str | list[str] | None, site: str | None = None) -> list[str]:
    """``"By Jane Doe and John Roe, Senior Correspondents in Kyiv"`` -> ``["Jane Doe", "John Roe"]``.

    The site's own name (``site``) is not an author, nor is an agency credited beside named people.
    """
    if not raw:
        return []
    pieces = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for piece in pieces:
        text = _strip_date(_PREFIX.sub("", " ".join(piece.split())))
        for part in _SPLIT.split(text):
            part = _TRAILING_PLACE.sub("", _PREFIX.sub("", part.strip(" .,:")))
            if _is_name(part):
                names.append(part.title() if part.isupper() and len(part) > 3 else part)
    names = [name for name in dict.fromkeys(names) if _squash(name) != _squash(site or "")]
    people = [name for name in names if not _is_agency(name)]
    return people or names
