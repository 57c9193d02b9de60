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
    r"^(?:(?:das|dies|diese)( thema| artikel)? (?:könnte|könnten) (?:dich|sie|euch) (?:auch|ebenfalls) interessieren|"
    r"auch (?:auf|bei) [\w-]+\.[a-z]{2,4}|"
    r"auch interessant|(?:lesen sie |lies )?auch(?: lesen)?|(?:zum )?weiterlesen|mehr zum thema|"
    r"(?:ähnliche|verwandte|weitere|empfohlene|beliebte) (?:artikel|beiträge|themen|news)|meistgelesen|"
    r"weitere \w*(?:tipps|artikel|beiträge|rezepte)(?: (?:in|aus|für|zu|zum|zur) .{1,30})?|"
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
    r"kommentar|unterstütz|klick|gefällt (?:dir|ihnen)|suscr[ií]b|miembro|escr[ií]benos|"
    r"inscri|connectez|accéder en illimité|lire la suite|subskrypc|iscriviti|abbonati",
    re.I,
)
MAX_NOTICE_WORDS = 20  # longer lines with these words are article text (measured on the benchmark's dev half)
_READER = re.compile(
    r"\b(?:sie|ihr|ihre[nmrs]?|du|dir|dich|dein\w*|euch|wir|uns|unser\w*|vous|votre|vos|nous|notre|"
    r"tú|usted|puedes|nuestr[oa]s?|te|hazte|voi|vostr[oa]|zapraszamy|nasz\w*|państw[oa]?)\b",
    re.I,
)


_MORE_INFO = re.compile(
    r"^(?:(?:weitere|mehr) info(?:s|rmationen)?\b(?:\s+\S+){0,6}?\s+(?:unter|auf|bei|im)|"
    r"(?:plus d'informations?|pour en savoir plus)\b(?:\s+\S+){0,6}?\s+(?:sur|à)|"
    r"(?:para )?más información\b(?:\s+\S+){0,6}?\s+en|"
    r"(?:maggiori|ulteriori) informazioni\b(?:\s+\S+){0,6}?\s+(?:su|sul|al))\b",
    re.I,
)
MAX_MORE_INFO_WORDS = 25


def is_more_info_line(line: str) -> bool:
    """The site sending its reader elsewhere for more, in German, French, Spanish or Italian ("Weitere
    Infos unter www.example.de.", "Más información deportiva en ...")."""
    return len(line.split()) <= MAX_MORE_INFO_WORDS and bool(_MORE_INFO.match(line))


MAX_CLOSING_NOTICE_WORDS = 40  # below the article's last paragraph, a longer appeal is no article text


def is_site_notice(line: str, max_words: int = MAX_NOTICE_WORDS) -> bool:
    """The site speaking to its reader in German, French, Spanish, Italian or Polish: newsletter and
    subscription offers, log-in, comment and "click to load" prompts, appeals for support. A line of
    at most ``max_words`` with such a key word that addresses the reader or is no sentence at all;
    also its "read also" and "more information at" links, rights notices and category labels."""
    if is_inline_teaser_label(line) or is_rights_or_taxonomy_line(line) or is_more_info_line(line):
        return True
    n_words = len(line.split())
    if n_words > max_words or not _NOTICE.search(line):
        return False
    return bool(_READER.search(line)) or n_words <= 6


_ABOUT_LABEL = re.compile(
    r"^(?:autor(?:in)?|über (?:den autor|die autorin|diese reihe)|zur person|"
    r"about the authors?|about this series|à propos de l'auteur|l'auteur|sobre el autor|"
    r"acerca del autor|l'autore|o autorze)$",
    re.I,
)


def is_about_label(line: str) -> bool:
    """The label of an author's or a series' self-description ("Über diese Reihe", "Autor")."""
    return len(line.split()) <= 4 and bool(_ABOUT_LABEL.match(line.strip(" :|-–—")))


#: Class-name words of a lead (standfirst) that a page uses for nothing else: metadata may trust them
#: anywhere on the page.
LEAD_CLASS_WORDS = ("standfirst", "dek", "subhead(?:line)?", "sub-?title", "summary", "lede", "intro")
#: Words a CMS also gives to teasers of other articles or to comment prompts ("teaser", "excerpt"), or
#: that name a lead in French, Spanish, Italian or German: a lead only right below the headline.
HEADER_LEAD_CLASS_WORDS = (
    *LEAD_CLASS_WORDS,
    *("deck", "lead", "teaser", "excerpt", "abstract", "chapo", "chapeau", "bajada", "entradilla", "sumario"),
    *("sommario", "catenaccio", "vorspann", "anriss", "einleitung"),
)
