"""Line rules for article pages in any language, used by the HTML post-filter and the text path.

:mod:`newsevents.extract.rules` names English debris for both paths; a page in German, French,
Spanish or Italian heads its lists of other articles in its own words ("Lesen Sie auch", "À lire
aussi", "Contenido relacionado"), speaks to its reader about newsletters, log-ins and comments in
its own words too, and closes with labels ("Weitere Informationen:", "Kontakt:") above contact
details and links rather than article text.
"""

from __future__ import annotations

import re

_RELATED_LABEL = re.compile(
    r"^(?:(?:das|dies|diese)( thema| artikel)? (?:könnte|könnten) (?:dich|sie|euch) auch interessieren|"
    r"auch interessant|(?:lesen sie |lies )?auch(?: lesen)?|(?:zum )?weiterlesen|mehr zum thema|"
    r"(?:ähnliche|verwandte|weitere|empfohlene|beliebte) (?:artikel|beiträge|themen|news)|meistgelesen|"
    r"lesen sie auch(?: die folgenden beiträge)?|lust auf mehr|top-themen( bei .{1,30})?|"
    r"(?:à )?lire aussi|sur le même (?:sujet|thème)|(?:articles? )?(?:similaires|liés)|"
    r"contenido relacionado|(?:noticias|artículos) relacionad[oa]s|lee también|te puede interesar|más sobre .{1,30}|"
    r"leggi anche|articoli correlati|potrebbe interessarti)$",
    re.I,
)
_CLOSING_LABEL = re.compile(
    r"^(?:weitere informationen|zusatzinformationen|kontakt|pressekontakt|originalpublikation|"
    r"informations complémentaires|contact|más información|contacto|further information|media contact)$",
    re.I,
)


def is_related_label(line: str) -> bool:
    """The label above a list of other articles, in German, French, Spanish or Italian."""
    return len(line.split()) <= 10 and bool(_RELATED_LABEL.match(line.strip(" :|-–—?!")))


_TEASER_LABEL = re.compile(
    r"^(?:(?:lesen sie|lies) (?:auch|hier|mehr)|auch lesen|mehr dazu|(?:à )?lire aussi|voir aussi|"
    r"lee (?:también|más)|leer más|leggi anche|vedi anche|czytaj (?:też|także|więcej)|zobacz (?:też|także))"
    r"\s*[:»›>]",
    re.I,
)


def is_inline_teaser_label(line: str) -> bool:
    """A link to another article set inside the body, behind a "read also" label in German, French,
    Spanish, Italian or Polish ("Lesen Sie auch: <headline>", "À lire aussi » <headline>")."""
    return bool(_TEASER_LABEL.match(line))


_RIGHTS = re.compile(
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
    r"wszelkie prawa zastrzeżone|chronion\w* prawem autorskim|urheberrechtlich geschützt",
    re.I,
)
_TAXONOMY_LABEL = re.compile(
    r"^(?:kategorien?|rubriken?|schlagwörter|schlagworte|catégories?|rubriques?|mots[- ]clés|categorías?|"
    r"etiquetas|categori[ae]|kategori[ae]|tagi|tags?)\s*:",
    re.I,
)
MAX_LABEL_WORDS = 12


def is_rights_or_taxonomy_line(line: str) -> bool:
    """A short copyright notice or category/tag list in German, French, Spanish, Italian or Polish."""
    if len(line.split()) > MAX_LABEL_WORDS:
        return False
    return bool(_RIGHTS.search(line) or _TAXONOMY_LABEL.match(line))


def is_closing_label(line: str) -> bool:
    """A label that closes an article and introduces contact details or links ("Kontakt:")."""
    return len(line.split()) <= 4 and bool(_CLOSING_LABEL.match(line.strip(" :|-–—")))


_NOTICE = re.compile(
    r"newsletter|datenschutz|nutzungsbedingungen|abonn|abo\b|eingeloggt|einloggen|anmelden|registrier|"
    r"kommentar|unterstütz|gefällt (?:dir|ihnen)|suscr[ií]b|miembro|escr[ií]benos|"
    r"inscri|connectez|accéder en illimité|lire la suite|subskrypc|iscriviti|abbonati",
    re.I,
)
MAX_NOTICE_WORDS = 20  # longer lines with these words are article text (measured on the benchmark's dev half)
_READER = re.compile(
    r"\b(?:sie|ihr|ihre[nmrs]?|du|dir|dich|dein\w*|euch|wir|uns|unser\w*|vous|votre|vos|nous|notre|"
    r"tú|usted|puedes|nuestr[oa]s?|te|voi|vostr[oa])\b",
    re.I,
)


def is_site_notice(line: str) -> bool:
    """The site speaking to its reader in German, French, Spanish or Italian: newsletter and
    subscription offers, log-in and comment prompts, appeals for support. A short line with such a
    key word that addresses the reader or is no sentence at all; also its "read also" links, rights
    notices and category labels."""
    if is_inline_teaser_label(line) or is_rights_or_taxonomy_line(line):
        return True
    n_words = len(line.split())
    if n_words > MAX_NOTICE_WORDS or not _NOTICE.search(line):
        return False
    return bool(_READER.search(line)) or n_words <= 6
