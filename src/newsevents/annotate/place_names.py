"""Multi-word place names the tagger broke apart, made whole again with the gazetteer.

spaCy's English model splits names from other languages: "Boa Vista" comes out as two GPEs, "Concordia do
Para" as "Concordia", "Shahr e Kord" as a PERSON "Shahr", "Vitoria-Gasteiz" as "Vitoria". Each fragment then
resolves to some other place (Vista, California; Kord; Vitória in Brazil). Where a run of capitalised words,
joined by the connectors place names use ("do", "de", "el", a hyphen), is a name GeoNames knows exactly, and
it is longer than the entities it overlaps, it becomes one GPE entity in their place. So does such a name right
after "in" or "at" that the tagger missed or took for an organisation ("in Toluca de Lerdo", "in Dover-Foxcroft").
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_TYPE, IS_TITLE
from spacy.tokens import Doc, Span, Token

from newsevents.annotate.geo import (
    AREA_NOUNS,
    TOWN_NOUNS,
    Gazetteer,
    PlaceMatch,
    country_of_demonym,
    haversine_km,
    normalise,
)
from newsevents.annotate.nlp import token_texts, tokens_with_lower

#: Lower-case words that join the parts of a place name: "Concordia do Para", "Shahr e Kord", "Ras al Ain",
#: "Deir ez Zor" (the Arabic article, also written as it is said before some letters), "Port of Spain",
#: "Lee's Summit", "Landau in der Pfalz", "Frankfurt am Main", "Newcastle upon Tyne", "Chalons en Champagne".
CONNECTORS = frozenset({
    "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "e", "el", "al", "ar", "as", "ash", "ad",
    "an", "at", "az", "ed", "er", "es", "esh", "et", "ez", "en", "la", "le", "les", "los", "las", "y", "’", "'",
    "of", "'s", "’s", "in", "der", "am", "im", "ob", "upon", "on", "sur", "sous", "aan", "au", "aux", "lès", "lez",
})  # fmt: skip
#: Countries whose names are also given names: a PERSON so named is a person.
GIVEN_NAMES_OF_COUNTRIES = frozenset({"chad", "jordan", "georgia", "israel", "india", "kenya", "china", "lebanon"})
ARTICLES = frozenset({"the", "a", "an"})
HYPHENS = frozenset({"-", "‐", "–"})
#: Words of the longest name ("San Fernando del Valle de Catamarca"); hyphens do not count ("Saint-Maximin-la-
#: Sainte-Baume").
MAX_TOKENS = 7
#: How far before an entity a name overlapping it may start: "Concordia do Para" before "Para".
LEAD_TOKENS = 4
#: Labels a place fragment may wrongly carry; numbers, dates and the like are never merged into a place.
MERGEABLE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", ""})
#: Prepositions after which a name the gazetteer knows whole is a place, whatever the tagger saw: "in Toluca de
#: Lerdo" (nothing), "in Dover-Foxcroft" (an organisation).
LOCATIVES = frozenset({"in", "at", "near", "outside", "around", "inside"})
#: Nouns of an area or a town that may follow a name and that the gazetteer reads as the kind of place it names
#: ("Niger State", "Ma Ya Kan village").
AREA_AND_TOWN_NOUNS = frozenset({*AREA_NOUNS, *TOWN_NOUNS})
#: Nouns after a name that say it names a town or an area: "Kale town", "Kutkai township", "Anka LGA".
PLACE_NOUNS_AFTER_NAMES = AREA_AND_TOWN_NOUNS | {"district", "county", "township", "municipality", "commune"}
PLACE_ACRONYMS = frozenset({"LGA"})  # Nigeria's local government areas
#: How near its town a district written "Town - District" must lie, when the gazetteer knows the district's name.
CITY_PART_KM = 50.0
#: How many words a bracket of names ("(Muse township, Muse district, Shan-North state)") may hold on either side
#: of the name read.
BRACKET_TOKENS = 16
#: The size of a town that a name qualifying another is read as when no country of the article is known (GeoNames'
#: own threshold for its list of notable towns).
NOTABLE_TOWN_POPULATION = 15_000
STREET_NOUNS = frozenset({"street", "road", "avenue", "boulevard", "lane", "highway", "square"})
#: Labels of numbers and dates, which name no place or party, though the tagger may run a country's name into one
#: ("sanctions imposed on Eritrea nine years ago" read as one date).
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
#: The most words of a country's name ("Saint Vincent and the Grenadines" is written with lower-case words between).
COUNTRY_NAME_WORDS = 4


def merge_place_fragments(doc: Doc, gazetteer: Gazetteer) -> None:
    """Replace the fragments of each multi-word place name the gazetteer knows with one GPE over the whole name.

    An entity that continues past the name with more words ("Los Angeles Times") is a longer name and is
    left alone; one that only runs on into a parenthesis ("Oeste (Parana") keeps its part after the name.
    """
    entities = list(doc.ents)
    changed = False
    position = 0
    words = token_texts(doc)
    for start in _starts_near_entities(entities, doc):
        if start < position or not is_name_word(words[start]):  # no name starts there: spare the lookup
            continue
        name = longest_known_name(doc, start, gazetteer)
        if name is None or not _replaces_fragments(name, entities):
            continue
        entities = _with_place(entities, name)
        position, changed = name.end, True
    if changed:
        doc.set_ents(entities, default="outside")


def relabel_countries(doc: Doc, gazetteer: Gazetteer) -> None:
    """A country the tagger took for a person or an organisation ("Serbia on Thursday rejected", "Croatia's
    advance") is a GPE, and so is a district written after its town ("Daegu - Jung"). Countries that are also given
    names ("Chad", "Jordan") stay persons. So is a one-word name that a place noun follows ("Kale town", "Anka
    LGA"), or a name after a place noun and a comma ("Eyyubiye town, Sanliurfa") or in a bracket of names ("(Beni,
    Nord-Kivu)"): the noun or the bracket says what it names or qualifies, where the gazetteer knows a place of that
    name in a country the article's places lie in (for a qualifier, anywhere when the article's places give no
    country). Countries come first, so that "(Mezam, Nord-Ouest, Cameroon)" is read in Cameroon, not Haiti."""
    entities = list(doc.ents)
    mislabelled = [position for position, entity in enumerate(entities) if entity.label_ in {"PERSON", "ORG"}]
    changed = False
    for position in mislabelled:
        entity = entities[position]
        if _names_a_country(entity, gazetteer) or _names_a_city_part(entity, gazetteer):
            entities[position], changed = Span(doc, entity.start, entity.end, label="GPE"), True
    countries: set[str] | None = None  # the countries of the article's places, read only when needed
    for position in mislabelled:
        entity = entities[position]
        if entity.label_ == "GPE":
            continue
        if (name := _name_before_place_noun(entity)) is not None:
            countries = _countries_of_places(entities, gazetteer) if countries is None else countries
            if _read_in(name.text, countries, gazetteer):
                entities[position], changed = name, True
        elif (after_noun := _after_a_place_noun(entity)) or _listed_in_brackets(entity):
            countries = _countries_of_places(entities, gazetteer) if countries is None else countries
            if _read_in(entity.text, countries, gazetteer, or_anywhere=not countries, notable=not after_noun):
                entities[position], changed = Span(doc, entity.start, entity.end, label="GPE"), True
    if changed:
        doc.set_ents(entities, default="outside")
    tag_untagged_countries(doc, gazetteer)


def tag_untagged_countries(doc: Doc, gazetteer: Gazetteer) -> None:
    """ "Finland is ready to contribute", "ties with Seychelles", "sanctions imposed on Eritrea nine years ago": a
    run of capitalised words that is a country's own name, which the tagger left outside any entity or took into a
    number or a date, is that country (a GPE). The whole run must be the name, so that no longer name holds it
    ("Jordan Henderson", "Turkey Point"), and not follow a stance ("pro-Ukraine"); a date it was taken into keeps
    its other words."""
    columns = doc.to_array([IS_TITLE, ENT_TYPE])
    unnamed = [0, *(doc.vocab.strings[label] for label in NUMERIC_LABELS)]
    candidates = columns[:, 0].astype(bool) & np.isin(columns[:, 1], unnamed)
    countries = [run for run in _title_runs(doc, columns[:, 0]) if candidates[run.start : run.end].all()]
    countries = [name for run in countries if (name := _country_name(run, gazetteer)) is not None]
    if countries:
        entities = [piece for entity in doc.ents for piece in _without(entity, countries)]
        doc.set_ents([*entities, *countries], default="outside")


def _title_runs(doc: Doc, title: np.ndarray) -> list[Span]:
    """The runs of capitalised words, up to a country's longest name."""
    starts = np.flatnonzero(title & ~np.concatenate([[False], title[:-1].astype(bool)]))
    runs = []
    for start in starts.tolist():
        end = start + 1
        while end < len(doc) and title[end]:
            end += 1
        if end - start <= COUNTRY_NAME_WORDS:
            runs.append(doc[start:end])
    return runs


def _country_name(run: Span, gazetteer: Gazetteer) -> Span | None:
    """The run as a GPE where it is a country's own name, after a capitalised article ("The Seychelles")."""
    name = run[1:] if len(run) > 1 and run[0].lower_ in ARTICLES else run
    if after_a_stance(name[0]):
        return None
    return Span(run.doc, name.start, name.end, label="GPE") if gazetteer.country_named(name.text) else None


def after_a_stance(word: Token) -> bool:
    """ "pro-Ukraine", "anti-Russian": a word written after a stance's hyphen tells the stance, not a party."""
    doc, i = word.doc, word.i
    return i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in {"pro", "anti"}


def _without(entity: Span, countries: list[Span]) -> list[Span]:
    """An entity with the countries' words cut out of it, each remaining piece under its label."""
    inside = [c for c in countries if entity.start <= c.start and c.end <= entity.end]
    if not inside:
        return [entity]
    bounds = [entity.start, *(edge for c in inside for edge in (c.start, c.end)), entity.end]
    pieces = (entity.doc[start:end] for start, end in zip(bounds[::2], bounds[1::2], strict=True))
    kept = [piece for piece in pieces if any(t.is_alpha or t.is_digit for t in piece)]
    return [Span(entity.doc, piece.start, piece.end, label=entity.label_) for piece in kept]


def _after_a_place_noun(entity: Span) -> bool:
    """ "Sanliurfa" in "Eyyubiye town, Sanliurfa": after a place's noun and a comma, the area the place lies in."""
    doc, start = entity.doc, entity.start
    return start >= 2 and doc[start - 1].text == "," and _is_place_noun(doc[start - 2])


def _listed_in_brackets(entity: Span) -> bool:
    """ "Beni" and "Nord-Kivu" in "(Beni, Nord-Kivu)", "Dakar" in "(Grand Yoff, Dakar)": a whole item of a bracket
    that holds only names, place nouns and commas, the way news qualifies a place with the areas it lies in. An
    acronym in brackets ("(KCTU)") names a body."""
    if entity.text.isupper():
        return False
    doc = entity.doc
    return _bracket_edge(doc, entity.start - 1, -1, "(") and _bracket_edge(doc, entity.end, 1, ")")


def _bracket_edge(doc: Doc, i: int, step: int, bracket: str) -> bool:
    """Whether the bracket is reached from ``i`` by going ``step`` over the words of names, place nouns and commas,
    starting at the item's own edge (a comma or the bracket)."""
    if not 0 <= i < len(doc) or doc[i].text not in {",", bracket}:
        return False
    for _ in range(BRACKET_TOKENS):
        if not 0 <= i < len(doc):
            return False
        token = doc[i]
        if token.text == bracket:
            return True
        if token.text != "," and not joins_name(token) and not _is_place_noun(token) and not _hyphen_suffix(token):
            return False
        i += step
    return False


def _hyphen_suffix(token: Token) -> bool:
    """The lower-case end of a hyphenated name: "gu" of "Nam-gu", "ri" of "Songdong-ri"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text in HYPHENS and not before.whitespace_


def _read_in(
    name: str, countries: set[str], gazetteer: Gazetteer, or_anywhere: bool = False, notable: bool = False
) -> bool:
    """Whether the gazetteer knows a place of that name in one of ``countries`` (ISO3), or anywhere; with
    ``notable``, one read anywhere must be a region or a town of some size ("(Udeok-ri, Danyang)" of a Korean
    note is no Chinese hamlet)."""
    places = gazetteer.candidates(name)
    if {place.country3 for place in places} & countries:
        return True
    return or_anywhere and any(not notable or _notable(place) for place in places)


def _notable(place: PlaceMatch) -> bool:
    return place.feature != "city" or place.population >= NOTABLE_TOWN_POPULATION


def _names_a_city_part(entity: Span, gazetteer: Gazetteer) -> bool:
    """ "Chisinau - Buiucani", "Seoul City - Yeongdeungpo": a district of a town written after the town's name. Two
    towns far apart, each by its own name ("Beijing - Shanghai"), name a route, not a place."""
    town_name, separator, part_name = entity.text.partition(" - ")
    if not separator or not is_name_word(part_name.split(" ")[0]):
        return False
    town = gazetteer.resolve(town_name, label="GPE")
    return town is not None and town.feature == "city" and not _far_from_its_town(part_name, town, gazetteer)


def names_a_route(town_name: str, part_name: str, gazetteer: Gazetteer) -> bool:
    """Whether "Town - Part" names two towns far apart, each by its own name: "the Beijing - Shanghai railway", "the
    Kabul - Jalalabad highway" run between them, and neither is a district of the other."""
    town = gazetteer.resolve(town_name, label="GPE")
    return town is not None and town.feature == "city" and _far_from_its_town(part_name, town, gazetteer)


def _far_from_its_town(part_name: str, town: PlaceMatch, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer reads the part, beside its town, as a notable place of that very name far from the
    town. A district the gazetteer lacks often shares its name with a village or small town elsewhere ("Chisinau -
    Riscani", read as the Moldovan town of 13,000 150 km away); a route joins places of note."""
    part = gazetteer.resolve(part_name, label="GPE", context_places=[town])
    if part is None or normalise(part.name) != normalise(part_name) or not _notable(part):
        return False
    return haversine_km(town.lat, town.lon, part.lat, part.lon) > CITY_PART_KM


def _countries_of_places(entities: list[Span], gazetteer: Gazetteer) -> set[str]:
    """The countries (ISO3) of the places and nationalities the tagger found, each read alone."""
    places = (gazetteer.resolve(e.text, label="GPE") for e in entities if e.label_ == "GPE")
    countries = {place.country3 for place in places if place is not None and place.country3}
    nationalities = (country_of_demonym(e.text) for e in entities if e.label_ == "NORP")
    return countries | {code for code in nationalities if code}


def _name_before_place_noun(entity: Span) -> Span | None:
    """The name of a place that a one-word name followed by a place noun names, inside the entity ("Anka LGA") or
    after it ("Kale" of "Kale town")."""
    name_end = entity.end - 1 if len(entity) == 2 and _is_place_noun(entity[-1]) else entity.end
    if name_end - entity.start != 1 or not is_name_word(entity[0].text):
        return None
    doc = entity.doc
    if name_end == entity.end and (entity.end == len(doc) or not _is_place_noun(doc[entity.end])):
        return None
    return Span(doc, entity.start, name_end, label="GPE")


def _is_place_noun(token: Token) -> bool:
    """A noun that says the name before it is a place: lower-case "town", "district", or the acronym "LGA"."""
    return token.text in PLACE_ACRONYMS or (token.is_lower and token.text in PLACE_NOUNS_AFTER_NAMES)


def _names_a_country(entity: Span, gazetteer: Gazetteer) -> bool:
    name = entity.text.removeprefix("the ").removeprefix("The ")
    if entity.label_ == "PERSON" and name.lower() in GIVEN_NAMES_OF_COUNTRIES:
        return False
    if not gazetteer.knows(name):  # an exact name first: reading it in context costs far more
        return False
    match = gazetteer.resolve(name, label="GPE")
    return match is not None and match.feature == "country"


def _starts_near_entities(entities: list[Span], doc: Doc) -> list[int]:
    """Token positions a name overlapping an entity, or following a preposition of place, can start at: the only
    ones worth a gazetteer lookup."""
    near = [e for e in entities if e.label_ in MERGEABLE_LABELS]
    starts = {i for e in near for i in range(max(0, e.start - LEAD_TOKENS), min(e.end, len(doc)))}
    starts.update(t.i + 1 for t in tokens_with_lower(doc, LOCATIVES) if t.i + 1 < len(doc))
    return sorted(starts)


def longest_known_name(doc: Doc, start: int, gazetteer: Gazetteer) -> Span | None:
    """The longest run of name words and connectors from ``start`` that the gazetteer knows as a place name."""
    if not is_name_word(doc[start].text) or doc[start].lower_ in ARTICLES:  # "The UN" is "UN", one word
        return None
    run_end, words = start + 1, 1  # the run of name words and connectors that a name can span
    while run_end < len(doc) and words < MAX_TOKENS and joins_name(doc[run_end]):
        words += doc[run_end].text not in HYPHENS
        run_end += 1
    for end in range(run_end, start + 1, -1):
        span = doc[start:end]
        if is_name_word(span[-1].text) and gazetteer.knows(span.text):
            return span
    return None


def is_name_word(text: str) -> bool:
    """Capitalised and not an initial ("J."), or a capitalised word after an elided article ("d'Agua" in "Olho
    d'Agua das Flores"): a word that may open or continue a name."""
    if text[:1] in {"d", "l"} and text[1:2] in {"'", "’"}:
        return text[2:3].isupper()
    return text[:1].isupper() and text[1:2] != "." and any(c.isalpha() for c in text)


def joins_name(token: Token) -> bool:
    """A word of the name, or a connector; a hyphen only inside a word ("Croix-des-Bouquets"): ACLED's
    "Berlin - Steglitz" is a city and its district, read as such by the gazetteer."""
    if token.text in HYPHENS:
        return not token.whitespace_ and not token.doc[token.i - 1].whitespace_
    return is_name_word(token.text) or token.text in CONNECTORS


def _replaces_fragments(name: Span, entities: list[Span]) -> bool:
    """The name overlaps what the tagger found, covers more than any one entity of it, and overlaps no longer name;
    or it is a name of several words after a preposition of place that the tagger missed or took for no place."""
    overlapping = [e for e in entities if e.start < name.end and name.start < e.end]
    if any(e.label_ not in MERGEABLE_LABELS for e in overlapping):
        return False
    if any(e.start < name.start or _continues_past(e, name) for e in overlapping):
        return False
    same = [e for e in overlapping if e.start == name.start and e.end == name.end]
    if not overlapping or same:
        return _after_a_locative(name) and not any(e.label_ in {"GPE", "LOC", "FAC"} for e in same)
    return not any(e.start <= name.start and name.end <= e.end for e in overlapping)


def _after_a_locative(name: Span) -> bool:
    """A name of several words right after "in", "at"...: not one that names a street ("in Vittorio Veneto street"),
    as streets are named after places elsewhere."""
    doc = name.doc
    if len(name) < 2 or name.start == 0 or doc[name.start - 1].lower_ not in LOCATIVES:
        return False
    return name.end == len(doc) or doc[name.end].lower_ not in STREET_NOUNS


def _continues_past(entity: Span, name: Span) -> bool:
    return entity.end > name.end and entity.doc[name.end].text not in {"(", ","}


def _with_place(entities: list[Span], name: Span) -> list[Span]:
    kept = [e for e in entities if e.end <= name.start or name.end <= e.start]
    kept.extend(_remainder(e, name) for e in entities if name.start < e.end and e.end > name.end > e.start)
    kept.append(Span(name.doc, name.start, name.end, label="GPE"))
    return sorted((e for e in kept if e is not None), key=lambda e: e.start)


def _remainder(entity: Span, name: Span) -> Span | None:
    """What is left of an entity that ran on past the name into a parenthesis: "(Parana" -> "Parana"."""
    start = name.end
    while start < entity.end and not is_name_word(entity.doc[start].text):
        start += 1
    return Span(entity.doc, start, entity.end, label=entity.label_) if start < entity.end else None
