"""Author names from bylines and metadata: no "By", no roles, one name per entry."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsevents.extract.dates import find_date
from newsevents.extract.rules import ROLE_WORDS

_PREFIX = re.compile(
    r"^(?:by|written by|words by|reporting by|report by|story by|text by|posted by|author(?:s|\(s\))?:?|"
    r"(?:zeige alle beiträge |artikel |beitrag |zum profil )?von:?|vom|geschrieben von|autor(?:in)?:?|"
    r"(?:publié )?par|auteur:?|(?:escrito )?por|door)(?:\s+|$)",  # the same lead in German, French, Spanish, Dutch
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bet\b|\by\b|\s[-–—]\s)\s*")
_TRAILING_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'-]*$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|de|del|der|da|di|du|van|von|bin|al-\w+|la|le|ter|ten)$")
_LOWER_TOKEN = re.compile(r"^[a-zß-ÿ][\w'’.-]*$")
_NOT_NAMES = frozenset(
    {"staff", "admin", "administrator", "editorial team", "the editors", "newsroom", "unknown", "no author",
     "phd", "md", "msc", "mba", "rd", "jr", "sr", "ii", "iii", "guest", "anonymous",
     "name", "posted", "posted on", "follow", "text", "date", "datum", "source", "quelle",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
     "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
)  # fmt: skip


_LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|e\.\s?V|Inc|Ltd|LLC|PLC|S\.A|SARL|Corp)\b")  # a company, not a person


def _is_name(piece: str) -> bool:
    tokens = piece.split()
    if not 1 <= len(tokens) <= 5 or piece.lower() in _NOT_NAMES or _LEGAL_FORM.search(piece):
        return False
    if len(tokens) == 1 and _DOMAIN.search(piece):
        return False
    if any(t.lower().strip(".,").removesuffix("s") in ROLE_WORDS for t in tokens) or any(c.isdigit() for c in piece):
        return False
    # "Mobasir hassan": one lower-case surname is tolerated after a capitalised first name, but
    # "Afficher mon profil complet" is a link label
    lower = [t for t in tokens if not _NAME_TOKEN.match(t)]
    return _NAME_TOKEN.match(tokens[0]) is not None and len(lower) <= 1 and all(_LOWER_TOKEN.match(t) for t in lower)


_HANDLE = re.compile(r"^(?=.*[^\W\d_])(?=[^A-ZÀ-Þ]|.*\d)[\w.-]{2,30}$")  # lower case or with digits
_DOMAIN = re.compile(r"\.[a-z]{2,}$", re.I)  # a domain name such as Giga.de


def _is_handle(piece: str) -> bool:
    """A user name as forums and blogs credit it ("freeman1984", "jancak"): one token, not a domain."""
    return bool(_HANDLE.match(piece)) and piece.lower() not in _NOT_NAMES and not _DOMAIN.search(piece)


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "Der-Farang" and "Derfarang" name the same site."""
    return re.sub(r"\W+", "", text).lower()


def is_agency(name: str) -> bool:
    """A short all-capitals name (CNN, AFP): an organisation credited beside the reporters."""
    return " " not in name and name.isupper() and len(name) <= 5


_DATE_TAIL = re.compile(r"\s+(?:(?:on|am|le|el)\s+)?\d{1,4}[./\s-].*$", re.I)


def _strip_date(raw: str) -> str:
    """Bylines often carry the date after a separator, or right after the name ("Jane am 29.12.2010"):
    cut from the first separator before it, or else from the date itself."""
    if not find_date(raw):
        return raw
    head = re.split(r"\s*(?:\||·|•|»|—|–|\s-\s|\bpublished\b|\bupdated\b|\bon\b)\s*", raw, maxsplit=1, flags=re.I)[0]
    return _DATE_TAIL.sub("", head)


def parse_authors(
    raw: str | list[str] | None, site: str | Sequence[str] | None = None, *, handles: bool = False
) -> list[str]:
    """``"By Jane Doe and John Roe, Senior Correspondents in Kyiv"`` -> ``["Jane Doe", "John Roe"]``.

    The site's own name (``site``: one name, or several such as the brand and the host name) is not
    an author, nor is an agency credited beside named people. ``handles`` also accepts a user name
    ("freeman1984") as the whole credit: only for sources that mark up an author, such as a byline
    element, never for a line of running text.
    """
    if not raw:
        return []
    pieces = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for piece in pieces:
        text = _strip_date(_PREFIX.sub("", " ".join(piece.split())))
        parts = [_TRAILING_PLACE.sub("", _PREFIX.sub("", part.strip(" .,:»"))) for part in _SPLIT.split(text)]
        names += [part.title() if part.isupper() and len(part) > 3 else part for part in parts if _is_name(part)]
        if handles and len(parts) == 1 and not names and _is_handle(parts[0]):
            names.append(parts[0])
    sites = {_squash(name) for name in ([site] if isinstance(site, str) else site or [])} - {""}
    names = [name for name in dict.fromkeys(names) if _squash(name) not in sites]
    people = [name for name in names if not is_agency(name)]
    return people or names
