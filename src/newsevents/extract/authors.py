"""Author names from bylines and metadata: no "By", no roles, one name per entry."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from newsevents.extract.dates import find_date
from newsevents.extract.rules import ROLE_WORDS

CJK_CREDIT_LABELS = "作者|记者|記者|责任编辑|責任編輯|编辑|編輯|撰文|文"
"""Chinese and Japanese credit labels: author, reporter, the editor in charge (责任编辑), whom Chinese news portals
credit under every article, often as its only named person, and whom their ``<meta name="author">`` names, and
"text" (文, 撰文), which magazines write before the writer as "Photos" (图, 写真) before the photographer."""
CJK_CREDIT_MARK = "[:：/／|｜]"
"""What sets a Chinese or Japanese credit label off from the name: a colon, a slash or a bar ("文/张三", "文｜李四")."""
TEXT_CREDIT_LABELS = (
    r"(?:text[eo]?|tekst|testo)(?:\s+(?:und|and|et|y|e|i|&)\s+(?:fotos?|bilder|photos?|fotografías|zdjęcia))?"
)
"""Labels of the writer's credit beside the photographer's: "Text:", "Text und Fotos:", "Texte :", "Tekst:"."""
_PREFIX = re.compile(
    r"^(?:by|written by|words by|reporting by|report by|story by|article by|published by|text by|"
    rf"{TEXT_CREDIT_LABELS}\s*:|"
    r"interview:?|posted by|"
    r"author(?:s|\(s\))?:?|"
    r"(?:zeige alle beiträge |artikel |beitrag |zum profil |pressemitteilung |eingestellt |veröffentlicht |erstellt |"
    r"verfasst )?von:?|vom|geschrieben von|"
    r"autor(?:in|ka)?:?|autore:?|"
    r"(?:publié )?par|auteur:?|(?:escrito |publicad[oa] )?por|(?:geschreven )?door|scritto da|a cura di|"
    r"skrivet av|skrevet a[vf]|napisał(?:a)?|автор:?|"
    r"(?:di|av|af)(?=\s+\S+\s+\S)"  # "Di Maio" alone is a surname
    r"):?(?:\s+|$)"  # the same lead in German, French, Spanish, Dutch, Italian, the Nordic languages, Polish, Russian
    rf"|^(?:{CJK_CREDIT_LABELS})\s*{CJK_CREDIT_MARK}\s*",  # "作者：", "责任编辑：孔德明", "文/张三": no space after it
    re.I,
)
CAPITALS = "".join(char for char in map(chr, range(0x41, 0x530)) if char.isupper())
"""The capital letters of the Latin alphabet and its extensions, Greek and Cyrillic: "Łukasz", "Šťastný", "Иван"."""
_SMALL = "".join(char for char in map(chr, range(0x61, 0x530)) if char.islower())
# "and" in English, German, French, Spanish, Italian and Portuguese ("e" before a name: not "e V"), Dutch,
# Swedish, Norwegian, Danish, Russian, Polish and Catalan ("i" before a capitalised name)
_SPLIT = re.compile(
    r"\s*(,|;|\||/|&|\b(?:and|und|et|y|en|och|og|и)\b|\be(?=\s+[^\W\d_]{2})|\bi(?=\s+[" + CAPITALS + r"])|\s[-–—]\s)\s*"
)  # keeps the separators
_TRAILING_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][\w .'-]*$")
_NAME_TOKEN = re.compile(rf"^(?:[{CAPITALS}][\w'’.-]*|de|del|der|da|di|du|van|von|bin|al-\w+|la|le|ter|ten)$")
_LOWER_TOKEN = re.compile(rf"^[{_SMALL}][\w'’.-]*$")
_NOT_NAMES = frozenset(
    {"staff", "admin", "administrator", "editorial team", "the editors", "newsroom", "unknown", "no author",
     "phd", "md", "msc", "mba", "rd", "jr", "sr", "ii", "iii", "guest", "anonymous",
     "name", "posted", "posted on", "follow", "text", "date", "datum", "source", "quelle", "agencies", "agency",
     "user", "unbenannt", "untitled", "authors", "autoren", "blog", "opinion", "meinung", "last update",
     "letzte aktualisierung",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
     "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
)  # fmt: skip


# a company, not a person
_LEGAL_FORM = re.compile(r"\b(?:GmbH|Gmbh|AG|e\.?\s?V|eG|Eg|Inc|Ltd|LLC|PLC|S\.A|SARL|Corp)\b")
_ORGANISATION_WORDS = frozenset(
    {"zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "verlag", "verband", "verein", "stiftung",
     "magazin", "magazine", "times", "tribune", "gazette", "journal", "media", "online", "radio", "tv",
     "institut", "institute", "university", "universität", "université", "universidad", "welle", "ministerium",
     "fraktion", "partei", "feuerwehr", "abteilung", "noticias", "themes", "collectif", "kollektiv", "collective",
     "business", "sport", "sports", "politics", "wire"}
)  # fmt: skip
_COMPOUND_ENDS = frozenset(
    {"zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "verlag", "verband", "verein", "stiftung",
     "magazin", "ministerium", "fraktion", "partei", "feuerwehr", "abteilung"}
)  # fmt: skip  # German compounds name organisations too: "Bundesverband", "Wirtschaftsnachrichten"
# "MesOpinions com", "Www Medianotions De": a host name, its dots lost
_DOMAIN_TAIL = frozenset({"com", "org", "net", "de", "fr", "info", "ch", "at", "pl", "it", "es", "nl", "be", "eu"})
OTHER_CREDIT = re.compile(
    r"\b(?:designed|powered|hosted|edited|translated|illustrated|photographed)\b|\b(?:theme|design|photos?|images?)\s+by\b",
    re.I,
)  # "Theme by", "Edited by": credits for work other than writing the article


_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\uac00-\ud7a3]{2,4}$")  # 孔德明, 김민수: Chinese and Korean names
# an agency, a paper or a site (新华社, 人民网), a role or a placeholder (编辑, 佚名): no persons
_CJK_NOT_NAME = re.compile(r"[社网網报報台刊站部]$|^(?:编辑|編輯|记者|記者|作者|来源|來源|本报|本報|佚名)$")


def _is_not_name(piece: str) -> bool:
    """A placeholder, a weekday or a degree, also spelt with dots ("Ph.D.", "M.D.")."""
    return piece.lower() in _NOT_NAMES or _squash(piece) in _NOT_NAMES


def _is_name(piece: str) -> bool:
    if _CJK_NAME.match(piece):
        return not _CJK_NOT_NAME.search(piece)
    tokens = piece.split()
    if not 1 <= len(tokens) <= 5 or len(piece) < 2 or _is_not_name(piece) or _LEGAL_FORM.search(piece):
        return False
    if len(tokens) == 1 and _DOMAIN.search(piece):
        return False
    if any(_is_role(token) for token in tokens) or any(c.isdigit() for c in piece):
        return False
    if tokens[-1].lower() in _DOMAIN_TAIL or tokens[0].lower() == "www" or any(map(_is_organisation_word, tokens)):
        return False
    if tokens[0].lower() in _DETERMINERS:
        return False
    # "Mobasir hassan": one lower-case surname is tolerated after a capitalised first name, but
    # "Afficher mon profil complet" is a link label, and "Houzz Deutschland vor" the rest of "vor 2 Jahren"
    lower = [t for t in tokens if not _NAME_TOKEN.match(t)]
    return (
        _NAME_TOKEN.match(tokens[0]) is not None
        and len(lower) <= 1
        and all(_LOWER_TOKEN.match(t) and t not in _FUNCTION_WORDS for t in lower)
    )


# a name never starts with an article or a possessive: "Deinen Hochzeitsbloggern", "The Planetary Press"
_DETERMINERS = frozenset(
    {"the", "our", "your", "my", "unser", "unsere", "unseren", "dein", "deine", "deinen", "euer", "eure", "ihre",
     "ihren", "die", "ein", "eine", "einen", "notre", "votre", "nos", "vos", "nuestro", "nuestra", "nuestros"}
)  # fmt: skip
_FUNCTION_WORDS = frozenset(
    {"vor", "seit", "am", "um", "im", "in", "on", "at", "ago", "and", "und", "for", "für", "mit", "with", "of"}
)  # fmt: skip


_OTHER_ROLE_WORDS = frozenset(
    {"author", "autor", "autorin", "auteur", "auteure", "autrice", "redakteur", "redakteurin", "chefredakteur",
     "chefredakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin", "experte", "expertin",
     "volontär", "volontärin", "journaliste", "rédacteur", "rédactrice", "correspondante", "periodista",
     "corresponsal", "redactor", "redactora", "kolumnist", "kolumnistin", "columnista", "chroniqueur", "chroniqueuse",
     "rechtsanwalt", "rechtsanwältin", "leiter", "leiterin"}
)  # fmt: skip  # job titles in German, French and Spanish, and "author" itself


def _is_organisation_word(token: str) -> bool:
    """An organisation's word, also inside a compound: "Bundesverband", "Online-Redaktion"."""
    word = token.lower()
    return not _ORGANISATION_WORDS.isdisjoint(word.split("-")) or any(word.endswith(end) for end in _COMPOUND_ENDS)


def _is_role(token: str) -> bool:
    """A role word, also in the plural ("Reporters") or ending a compound ("FOCUS-Online-Experte");
    "News" is not the plural of "new"."""
    word = token.lower().strip(".,").rsplit("-", 1)[-1]
    return any(form in ROLE_WORDS or form in _OTHER_ROLE_WORDS for form in (word, word.removesuffix("s")))


_ALL_ROLE_WORDS = ROLE_WORDS | _OTHER_ROLE_WORDS


def _is_plural_role(token: str) -> bool:
    """ "Correspondents", "Reporters": a role said of several people."""
    word = token.lower().strip(".,")
    return word.endswith("s") and word[:-1] in _ALL_ROLE_WORDS


_GROUP_WORDS = frozenset({"team", "staff", "desk", "news", "reports", "service", "agencies", "redaktion"})


def _without_roles(part: str) -> str:
    """A full name without the job title before or after it ("Chefredakteur Christoph Hein", "Harald
    Bauer Autor"); a credit to a group ("Chrome Security Team", "No Author") is left as it is."""
    tokens = part.split()
    if any(token.lower() in _GROUP_WORDS for token in tokens):
        return part
    if len(tokens) >= 2 and _is_plural_role(tokens[-1]):
        return ""  # "Harbour Courier correspondents": what the names before it are, not a name
    start = next((i for i, token in enumerate(tokens) if not _is_role(token)), len(tokens))
    end = next((i for i in range(len(tokens), start, -1) if not _is_role(tokens[i - 1])), start)
    return " ".join(tokens[start:end]) if end - start >= 2 else part


_HANDLE = re.compile(rf"^(?=.*[^\W\d_])(?=[^{CAPITALS}]|.*\d)[\w.-]{{2,30}}$")  # lower case or with digits
_DOMAIN = re.compile(r"\.[a-z]{2,}$", re.I)  # a domain name such as Giga.de


def _is_handle(piece: str) -> bool:
    """A user name as forums and blogs credit it ("freeman1984", "jancak"): one token, not a domain."""
    return bool(_HANDLE.match(piece)) and piece.lower() not in _NOT_NAMES and not _DOMAIN.search(piece)


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "Der-Farang" and "Derfarang" name the same site."""
    return re.sub(r"\W+", "", text).lower()


_NEWS_AGENCIES = frozenset(
    {"dpa", "afp", "ap", "apa", "sda", "ats", "kna", "epd", "ddp", "dts", "sid", "reuters", "ansa", "efe", "belga",
     "anp", "pap", "ctk", "tass", "upi", "kyodo", "xinhua", "associated press", "bloomberg"}
)  # fmt: skip
"""Wire services and press agencies, in lower case, by the name or code a credit gives them ("AFP", "Reuters",
"det/dpa"): the one list both :func:`is_agency` and :func:`is_agency_credit` read."""


def is_agency(name: str) -> bool:
    """A short all-capitals name (CNN, AFP) or a wire service: an organisation credited beside the
    reporters."""
    return (" " not in name and name.isupper() and len(name) <= 5) or name.lower() in _NEWS_AGENCIES


_SLASH = re.compile(r"\s*/\s*")


def is_agency_credit(credit: str, sites: Collection[str] = ()) -> bool:
    """ "det/dpa", "red / APA", "AFP/dpa", "AFP/The Local": an agency's report credited with the initials of
    the editor who handled it, as German-language papers do, with a second agency, or with the site that
    adapted it (``sites``: the site's names, squashed as :func:`_squash` does). Its parts name no one, so the
    credit is kept whole, as the page writes it."""
    parts = _SLASH.split(credit)
    return (
        len(parts) >= 2
        and any(part.lower() in _NEWS_AGENCIES for part in parts)
        and all(part.lower() in _NEWS_AGENCIES or _is_initials(part) or _squash(part) in sites for part in parts)
    )


def _is_initials(part: str) -> bool:
    """An editor's initials as agency credits write them: "det", "red"."""
    return part.isalpha() and part.islower() and len(part) <= 4


# page furniture after the name: "Jane Doe 5 min read", "José Miguel Wilson Tiempo de lectura: 8 minutos",
# "Jane Doe Veröffentlicht am", "José Miguel Wilson Hace 13 horas", "Jane Doe vor 2 Tagen", "Jane Doe Last updated",
# a link to her account ("Jane Doe Twitter"), the post's categories ("Jane Doe Kategorien")
_FURNITURE = re.compile(
    r"(?<=\S)\s+(?:\d+\s*min(?:utes?)?\.?\s+read|\breading time|\bread time|\blesezeit|\blesedauer|\btiempo de lectura|"
    r"\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|\b(?:hace|vor|il y a)\s+\d+\s+[^\W\d_]+|"
    r"\btemps de lecture|\bleestijd|\bpublished|\b(?:last\s+)?updated|\bveröffentlicht|\b(?:zuletzt\s+)?aktualisiert|"
    r"\bpublié|\bmis à jour|\bpublicado|\bactualizado|\b(?:twitter|facebook|linkedin|instagram|e-?mail)|"
    r"\b(?:categories|category|kategorien|kategorie|catégories|categorías))\b.*$",
    re.I,
)


_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060-\u2064\ufeff]")


def without_invisible(text: str) -> str:
    """The text without soft hyphens and zero-width marks, which split the words a reader sees ("Mat\xadthias")."""
    return _INVISIBLE.sub("", text)


_AT_HANDLE = re.compile(r"(?:^|\s+)@\w+")  # "Jane Doe @janedoe": her account, after her name, before the next one


_DATE_TAIL = re.compile(r"\s+(?:(?:on|am|le|el)\s+)?\d{1,4}[./\s-].*$", re.I)


def _strip_date(raw: str) -> str:
    """Bylines often carry the date after a separator, or right after the name ("Jane am 29.12.2010"):
    cut from the first separator before it, or else from the date itself."""
    if not find_date(raw):
        return raw
    head = re.split(r"\s*(?:\||·|•|»|—|–|\s-\s|\bpublished\b|\bupdated\b|\bon\b)\s*", raw, maxsplit=1, flags=re.I)[0]
    return _DATE_TAIL.sub("", head)


_LABELLED_AUTHOR = re.compile(r"\b(?:author|autor(?:in)?|auteur|verfasser(?:in)?)\s*:\s*(.+?)(?=\s+\w+:|$)", re.I)


def _labelled_author(piece: str) -> str:
    """The author field of a labelled credit ("Datum: 19.11.2021 Autor: Jane Doe Quelle: Livenet")."""
    match = _LABELLED_AUTHOR.search(piece)
    return match[1] if match and match.start() > 0 else piece


def parse_authors(
    raw: str | list[str] | None, site: str | Sequence[str] | None = None, *, handles: bool = False
) -> list[str]:
    """``"By Jane Doe and John Roe, Senior Correspondents in Kyiv"`` -> ``["Jane Doe", "John Roe"]``.

    The site's own name (``site``: one name, or several such as the brand and the host name) is not
    an author, nor are its parts ("Hire" of "Jobs & Hire"), nor is an agency credited beside named
    people, nor a credit for other work ("Theme by"). ``handles`` also accepts a user name
    ("freeman1984") as the whole credit: only for sources that mark up an author, such as a byline
    element, never for a line of running text.
    """
    if not raw:
        return []
    sites = {_squash(name) for name in ([site] if isinstance(site, str) else site or [])} - {""}
    pieces = raw if isinstance(raw, list) else [raw]
    if _squash(" ".join(pieces)) in sites:  # also "Jobs; Hire": the site's name split up
        return []
    pieces = [
        _labelled_author(piece) for piece in pieces if _squash(piece) not in sites and not OTHER_CREDIT.search(piece)
    ]
    names: list[str] = []
    for piece in pieces:
        credit = _without_furniture(piece)
        if is_agency_credit(credit, sites):
            names.append(credit)
            continue
        parts = _credited_parts(credit)
        names += [part.title() if part.isupper() and len(part) > 3 else part for part in parts if _is_name(part)]
        if handles and len(parts) == 1 and not names and _is_handle(parts[0]):
            names.append(parts[0])
    names = [name for name in dict.fromkeys(names) if _squash(name) not in sites]
    people = [name for name in names if not is_agency(name)]
    return [] if _is_word_list(names) else people or names


# the next field of a credit line: "作者：孔德明 来源：半月谈" (the source), "文/张三 图/李四" (the photographer)
_NEXT_CJK_LABEL = re.compile(rf"\s+[\u4e00-\u9fff]{{1,4}}\s*{CJK_CREDIT_MARK}.*$")


def _without_furniture(piece: str) -> str:
    """A credit on one line without invisible marks, account handles, its lead, reading times, its date
    and the next labelled field of a Chinese credit line."""
    text = _AT_HANDLE.sub(",", " ".join(without_invisible(piece).split()))
    return _strip_date(_NEXT_CJK_LABEL.sub("", _FURNITURE.sub("", _without_lead(text))))


_CLOSED_BY_COLON = re.compile(r"^([^:]+?)\s*:\s+\S")


def _without_lead(credit: str) -> str:
    """The credit without its lead; a full name after the lead may end in a colon before a note
    ("Autor <span>Jane Doe:</span> EN", the language she wrote in)."""
    rest = _PREFIX.sub("", credit)
    closed = _CLOSED_BY_COLON.match(rest) if rest != credit else None
    return closed[1] if closed and len(closed[1].split()) >= 2 and _is_name(closed[1]) else rest


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


_CAPITAL_JOIN = re.compile(r"(?<=\s)(?:AND|UND|ET|Y|EN|OCH|OG)(?=\s)")  # not "E" or "I", which may be initials


def _lower_joins(credit: str) -> str:
    """A credit set in capitals with its "and" in lower case, as it joins names in any other credit:
    "JANE DOE AND JOHN ROE", "ANNA MUSTER UND MAX MEIER"."""
    return _CAPITAL_JOIN.sub(lambda join: join[0].lower(), credit) if credit.isupper() else credit


def _credited_parts(credit: str) -> list[str]:
    """The parts of a credit without leads, roles and notes in brackets ("Jane Doe (Sponsored Post)"); a
    place that ends the credit after an affiliation is left out ("Jane Doe, BBC News, New York")."""
    split = _SPLIT.split(_PARENTHESIS.sub("", _lower_joins(credit)))
    parts = [_without_roles(_TRAILING_PLACE.sub("", _PREFIX.sub("", part.strip(" .,:»·•")))) for part in split[::2]]
    separators = ["", *split[1::2]]
    if len(parts) >= 3 and separators[-1] == "," and _is_affiliation(parts[-2]):
        return parts[:-1]
    return parts


def _is_affiliation(part: str) -> bool:
    """A news organisation ("BBC News", "Reuters"), not a job title: "Jane Doe, Staff Writer,
    John Roe" credits two people."""
    return is_agency(part) or any(token.lower() == "news" or _is_organisation_word(token) for token in part.split())


def _is_word_list(names: list[str]) -> bool:
    """Three or more one-word "names" are a list of topics ("Photovoltaik / Speicher / Wirtschaft")."""
    return len(names) >= 3 and all(" " not in name for name in names)


_OWNER_SITE = re.compile(
    r"^(?P<owner>.+?)['’]s\s+(?:\S+\s+)?(?:blog|weblog|home|homepage|site|website|page|notes|journal|diary)$", re.I
)
_TITLE_PARTS = re.compile(r"\s+[|–—·•»-]\s+")


def site_owner(site: str | None, title: str | None, headline: str | None) -> list[str]:
    """The owner a personal site is named after ("Gregory Szorc's Digital Home", "Jane Doe's Blog"), by
    its name or the part of the page's ``<title>`` beside the headline: there, the owner writes."""
    names = [site or "", *(part for part in _TITLE_PARTS.split(title or "") if part != headline)]
    owners = [match["owner"] for name in names if (match := _OWNER_SITE.match(name.strip()))]
    return next(([owner] for owner in owners if len(owner.split()) >= 2 and _is_name(owner)), [])
