"""Which names in an article are places, and which places they are.

Place names the tagger found are resolved together in the GeoNames gazetteer, with the place that qualifies them
("Suleja, Niger", "Ames (Iowa)"); proper nouns the tagger missed or mislabelled are read as places where they stand in a
place's slot ("protested in Denain", "Ma Ya Kan village", a dateline, a bracket of places), and every place found is
registered in the article's ``Mentions``.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_TITLE, LOWER, POS
from spacy.parts_of_speech import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsevents.annotate.geo import AREA_NOUNS, Gazetteer, PlaceMatch
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.names import not_headline_cased, proper_name, strip_article
from newsevents.annotate.nlp import is_english_noun, once_per_doc
from newsevents.annotate.place_names import (
    AREA_AND_TOWN_NOUNS,
    HYPHENS,
    NUMERIC_LABELS,
    PLACE_NOUNS_AFTER_NAMES,
    is_name_word,
    joins_name,
    longest_known_name,
    names_a_route,
)
from newsevents.record import Entity, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Where a Doc keeps the names it gives with an area noun (``_named_areas``).
NAMED_AREAS = "newsevents_named_areas"
#: Below this population, a town named like an English noun is taken for the noun when the tagger saw no place.
COMMON_NOUN_TOWN_POPULATION = 50_000
#: From this population, a city's name the tagger left untagged is read as the city in a strike's or a visit's slot.
MILLION_CITY_POPULATION = 1_000_000
#: Verbs whose object is often a place: a strike on it or a journey to it ("shelled Kyiv", "visited Kharkiv").
STRIKE_OR_TRAVEL_VERBS = {
    "shell", "strike", "hit", "bomb", "bombard", "pound", "attack", "raid", "storm", "besiege", "target", "invade",
    "capture", "seize", "recapture", "liberate", "visit", "reach", "enter", "tour",
}  # fmt: skip
#: Nouns and verbs whose "on" names what they are aimed at ("a missile strike on Kyiv", "marched on Kharkiv").
AIMED_ON_WORDS = {
    "attack", "strike", "airstrike", "assault", "raid", "offensive", "advance", "march", "bombardment", "bombing",
    "shelling", "fire",
}  # fmt: skip
#: What follows the town a dateline opens with: "Kyiv, March 3 (Reuters) -", "KHARKIV - ".
DATELINE_SEPARATORS = {",", "-", "\u2013", "\u2014", "("}
LOCATIVE_PREPOSITIONS = {
    "in", "at", "near", "around", "outside", "inside", "across", "from", "to", "through", "within", "between", "along",
    "into",
}  # fmt: skip
#: How far a bracket after a place name may run, and a qualifier after its comma: "(Pa-O Self-Administered Zone,
#: Shan-South state)", "Veracruz de Ignacio de la Llave".
MAX_BRACKET_TOKENS = 16
MAX_QUALIFIER_TOKENS = 7
LIST_WORDS = {"and", "or", "&"}
#: How a name before a place noun hangs on it: "Pune city" (compound), or "Indore city" parsed as an adjective.
NAME_OF_NOUN_DEPS = {"compound", "amod"}
#: Nouns whose "of" introduces a place name: "the village of Gargada". Those that say a name is a place's, but for
#: the department and division whose "of" names a body ("the Department of Justice", "a division of the army").
PLACE_NOUNS = (PLACE_NOUNS_AFTER_NAMES - {"department", "division"}) | {
    "neighborhood", "neighbourhood", "area", "camp",
    # the local divisions news and ACLED name places by
    "ward", "upazila", "lga", "woreda", "kebele", "barangay", "tehsil", "raion", "canton", "parish", "borough",
    "quarter", "locality", "settlement", "suburb", "subdivision",
}  # fmt: skip
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
#: Parts of a place whose "of" names the place: "the streets of Ponferrada", "the outskirts of Kyiv".
SETTLEMENT_NOUNS = {
    "settlement", "city", "town", "hometown", "village", "locality", "suburb", "suburbs", "outskirts", "streets",
    "street", "capital", "countryside", "vicinity", "part", "parts", "centre", "center", "heart", "border", "coast",
    "entrance", "gate", "gates", "edge", "premises", "surroundings", "environs", "periphery",
} | DIRECTIONS  # fmt: skip
#: Nouns that say the name they are told of is a place's: "Grozny's streets", "Jaffna, the capital of the north".
NAMING_PLACE_NOUNS = PLACE_NOUNS | SETTLEMENT_NOUNS
#: With the parts of a place, the nouns of an area or a town that may end a place's name.
NAME_ENDING_PLACE_NOUNS = AREA_AND_TOWN_NOUNS | SETTLEMENT_NOUNS
#: People named by the place they live in or run, whose "of" names a place: "residents of Saint-Denis", "the mayor of
#: Lacarry".
DWELLER_NOUNS = {
    "resident", "inhabitant", "villager", "citizen", "native", "people", "townspeople", "mayor", "governor",
}  # fmt: skip
#: Parts around or of a town that a town's name may qualify: "Hama countryside", "Kabul outskirts".
AROUND_A_TOWN = {"center", "centre", "countryside", "outskirts", "suburbs", "vicinity", "coast", "border"}
#: Buildings and sites a place name may qualify or own: "Palermo city hall", "the hospital of Metz".
FACILITY_NOUNS = {
    "hall", "airport", "hospital", "school", "university", "college", "prison", "jail", "station", "port",
    "harbour", "harbor", "market", "square", "mosque", "church", "cathedral", "temple", "stadium", "court",
    "courthouse", "office", "headquarters", "base", "camp", "checkpoint", "bridge", "highway", "road", "park",
    "hotel", "home", "house", "crossing", "junction", "museum", "tribunal", "campus", "plaza",
}  # fmt: skip
#: Words between "in" and a place name that only say which part: "in central Lancaster".
PART_OF_PLACE = {"central", "northern", "southern", "eastern", "western", "downtown", "rural", "greater", "old"}
#: An editor's note on where an event is set: "(coded to Maiduguri)", "[Location coded as Al Arish]", "Location
#: changed as Monywa". Each verb with the prepositions that introduce the place.
CODING_NOTES = {"coded": {"to", "as"}, "changed": {"as"}}
#: How many words may stand between a coding note's "coded to" and its place: "coded to zone ADM center Sekota",
#: "coded as provincial capital Nassriya city".
CODING_NOTE_GAP = 5


def add_untagged_places(
    mentions: Mentions, doc: Doc, gazetteer: Gazetteer, context: list[str], resolved: list[PlaceMatch]
) -> list[tuple[str, str, str]]:
    """Proper nouns in a place's slot that the tagger missed or mislabelled ("protested in Denain", "Ma Ya Kan
    village" as a person, "(Lubero, Nord-Kivu)" as organisations), read in the light of the places the
    tagger did find (``resolved``). Returns (name, label, place id) of each."""
    found: list[tuple[str, str, str]] = []
    entities = doc.ents  # spaCy builds this tuple anew on each read
    for token in _may_hold_a_place(doc):
        if token.i in mentions.place_by_token or token.ent_type_ in NUMERIC_LABELS:
            continue
        coded = _named_in_a_coding_note(token)
        big_only = not coded and not _is_place_slot(token, mentions)
        if big_only and not _is_target_slot(token):
            continue
        phrase, match = _untagged_place(token, _entity_at(entities, token.i), gazetteer, context, resolved)
        if (big_only and not _big_place_alone(phrase, match)) or (coded and not _a_town(match)):
            continue
        place_id = register_place(mentions, phrase, match)
        if match is None or place_id is None:
            continue
        found.append((qualified_name(phrase), "GPE", place_id))
        for t in phrase:
            mentions.place_by_token[t.i] = place_id
        _record_place_entity(mentions, phrase, place_id)
    return found


def _may_hold_a_place(doc: Doc) -> list[Token]:
    """The only tokens a place's or a target's slot can hold (``_is_place_slot``, ``_is_target_slot``): proper nouns
    and capitalised words tagged as verbs, adjectives or nouns. Read from two columns, so that the other words
    never become Python tokens."""
    columns = doc.to_array([POS, IS_TITLE])
    pos, title = columns[:, 0], columns[:, 1].astype(bool)
    wanted = (pos == PROPN) | (title & np.isin(pos, [VERB, ADJ, NOUN]))
    return [doc[i] for i in np.flatnonzero(wanted).tolist()]


def _entity_at(entities: tuple[Span, ...], i: int) -> Span | None:
    return next((e for e in entities if e.start <= i < e.end), None)


def _untagged_place(
    token: Token, entity: Span | None, gazetteer: Gazetteer, context: list[str], resolved: list[PlaceMatch]
) -> tuple[Span, PlaceMatch | None]:
    """The place name ``token`` heads (inside ``entity``, if any) and its reading: a whole entity when it is a
    place name the gazetteer knows ("Duque de Caxias" tagged as an organisation), else the proper noun with its
    compounds, run on over connectors when the gazetteer knows the longer name ("Toluca de Lerdo")."""
    known = entity is not None and any(gazetteer.knows(n) for n in (_place_name(entity), strip_article(entity.text)))
    if known and len(entity) > 1:  # "Al Hazm" of "Al Hazm district" is known though "Al Hazm district" is not
        phrase = entity[1:] if entity[0].lower_ == "the" else entity
    elif _part_of_a_persons_name(entity):
        return token.doc[token.i : token.i + 1], None
    else:
        phrase = _with_its_town(proper_name(token), gazetteer)
        longer = longest_known_name(token.doc, phrase.start, gazetteer)  # "Toluca de Lerdo", not "Toluca"
        if longer is not None and longer.end > phrase.end:
            phrase = longer
    match = gazetteer.resolve(qualified_name(phrase), label="GPE", context_countries=context, context_places=resolved)
    if match is None and "-" in phrase.text and token.is_title:  # "Ar-Raqqa" unknown as such: its head "Raqqa"
        phrase = token.doc[token.i : token.i + 1]  # (not "ri" of "Seonyeon-ri", a suffix read as Rhode Island)
        match = gazetteer.resolve(token.text, label="GPE", context_countries=context, context_places=resolved)
    if match is not None and len(phrase) == 1 and _common_noun_read_as_town(phrase[0], match):
        return phrase, None
    if _heads_a_longer_name(phrase, entity):
        return phrase, None
    return phrase, match


def _with_its_town(phrase: Span, gazetteer: Gazetteer) -> Span:
    """ "Gwangju - Seo" for "Seo", "Chisinau - Riscani" for "Riscani": a district written after its town's name and a
    spaced dash, the way ACLED and news name a town's parts. The gazetteer reads the whole as the town's district or
    the town, where the district alone may be a namesake far away. Two towns of note far apart name a route ("the
    Kabul - Jalalabad highway"): each is itself."""
    doc, start = phrase.doc, phrase.start
    if start < 2 or doc[start - 1].text not in HYPHENS or not doc[start - 1].whitespace_:
        return phrase
    town = doc[start - 2]
    if not (town.whitespace_ and town.pos_ == "PROPN" and town.is_title):
        return phrase
    town_name = proper_name(town)
    if names_a_route(town_name.text, phrase.text, gazetteer):
        return phrase
    return doc[town_name.start : phrase.end]


def _part_of_a_persons_name(entity: Span | None) -> bool:
    """ "Sisi" in "Abdel Fatah al-Sisi": a word of a full name the tagger calls a person is no town of that name, unless
    a place noun ends or follows the name ("Niger State", "Ma Ya Kan village")."""
    if entity is None or entity.label_ != "PERSON" or len(entity) < 2:
        return False
    last_and_next = entity.doc[entity.end - 1 : entity.end + 1]
    return not any(t.lower_ in NAME_ENDING_PLACE_NOUNS for t in last_and_next)


def _common_noun_read_as_town(token: Token, match: PlaceMatch) -> bool:
    """ "at University of Massachusetts", "the Y-Junction", "Largo do Alameda": a capitalised English noun the
    tagger did not call a place, read as a small town of that name. Big cities in the word list (Boston)
    and regions stay places."""
    if match.feature != "city" or match.population >= COMMON_NOUN_TOWN_POPULATION or not is_english_noun(token):
        return False
    return not _named_as_a_place(token)


def _heads_a_longer_name(phrase: Span, entity: Span | None) -> bool:
    """ "the Union of Sinai Tribes", "the Palace of Justice": an English noun whose "of" runs on inside the name the
    tagger found is the head of a body's or a building's name, not a town called "Union"."""
    if entity is None or len(phrase) != 1 or phrase.end >= entity.end - 1 or not is_english_noun(phrase[0]):
        return False
    return phrase.doc[phrase.end].lower_ == "of"


def _named_as_a_place(token: Token) -> bool:
    """Said to be a place by its words, not only by a preposition: "the cities of Palmyra", "Murphy, North
    Carolina" (a qualifier after it), "Hays (coded to district level)"."""
    if _before_a_coding_note(token):
        return True
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS:
        return True
    return any(c.dep_ in {"appos", "npadvmod"} and c.pos_ == "PROPN" for c in token.children)


def _record_place_entity(mentions: Mentions, phrase: Span, place_id: str) -> None:
    """A new GPE entity for the phrase, or the mislabelled entity it opens relabelled as the place. An entity
    that only ends with the name ("the City Council of Ceuta") keeps its label: it is an actor in the place,
    which its tokens still point to."""
    overlapping = next((e for e in mentions.entities if e.start <= phrase.start_char < e.end), None)
    if overlapping is None:
        mentions.entities.append(
            Entity(
                id=f"m{len(mentions.entities) + 1}",
                text=phrase.text,
                label="GPE",
                start=phrase.start_char,
                end=phrase.end_char,
                place=place_id,
            )
        )
    elif overlapping.place is None and strip_article(overlapping.text).startswith(phrase.text):
        _relabel_as_place(mentions, overlapping, place_id)


def reread_together(
    mentions: Mentions, named: list[tuple[str, str, str]], gazetteer: Gazetteer, context: list[str]
) -> None:
    """Read the article's places again, those the tagger missed now among them: "Villarrica (Guaira)" is the
    Villarrica of Paraguay's Guaira once "Guaira" counts, and "Casma (Ancash)" the Casma of Ancash. A place moves
    only with all its mentions, where each is one of these names and all read alike ("San Juan Bautista
    municipality (Misiones)", named again later, is Paraguay's once "Misiones" counts); the others are read only as
    evidence. A town that read together is no place, abroad of all the others, is forgotten."""
    places = {p.id: p for p in mentions.places}
    positions: dict[str, list[int]] = {}
    for i, (_, _, place_id) in enumerate(named):
        positions.setdefault(place_id, []).append(i)
    movable = {pid: found for pid, found in positions.items() if len(places[pid].spans) in (1, len(found))}
    if not movable:
        return
    names, labels = [n for n, _, _ in named], [lab for _, lab, _ in named]
    wanted = [i for found in movable.values() for i in found]
    matches = gazetteer.resolve_all(names, labels, context_countries=context, wanted=wanted)
    unread: list[Place] = []
    for place_id, found in movable.items():
        place, readings = places[place_id], {matches[i] for i in found}
        if len(readings) != 1:  # its mentions read apart: it stays as it was read
            continue
        match = readings.pop()
        if match is None and place.feature == "city":
            unread.append(place)
        if match is None or _same_place(place, match):
            continue
        place.name, place.geonameid, place.lat, place.lon = match.name, match.geonameid, match.lat, match.lon
        place.country, place.admin1, place.feature = match.country, match.admin1, match.feature
    _forget_places(mentions, {p.id for p in unread if _abroad_of_the_others(p, mentions.places)})


def _abroad_of_the_others(town: Place, places: list[Place]) -> bool:
    """Whether the article's other places (countries aside) lie all in one other country, and say so firmly: a
    state or province of it, or two places there. A lone big city is weak evidence: "Kitaf" beside "Najran" may
    still lie across the border."""
    others = [p for p in places if p.id != town.id and p.feature != "country" and p.country]
    if len({p.country for p in others}) != 1 or others[0].country == town.country:
        return False
    return len(others) >= 2 or any(p.feature == "region" for p in others)


def _forget_places(mentions: Mentions, place_ids: set[str]) -> None:
    """Drop towns that read alone would stand, but that the article's other places show to be namesakes abroad of a
    village the gazetteer lacks ("Soy (Likuyani, Kakamega county)" is no town of Belgium): read together, they are
    no place at all. Run last, when no place is registered after them, so no place id is taken twice."""
    if not place_ids:
        return
    mentions.places = [p for p in mentions.places if p.id not in place_ids]
    mentions.place_by_token = {i: p for i, p in mentions.place_by_token.items() if p not in place_ids}
    for entity in mentions.entities:
        if entity.place in place_ids:
            entity.place = None


def _relabel_as_place(mentions: Mentions, entity: Entity, place_id: str) -> None:
    """An entity the tagger took for a person or group that stands where a place stands: a place, not an actor."""
    actor_id = entity.actor
    entity.label, entity.place, entity.actor = "GPE", place_id, None
    if actor_id is None or any(e.actor == actor_id for e in mentions.entities):
        return
    mentions.actors = [a for a in mentions.actors if a.id != actor_id]
    mentions.actor_by_token = {i: a for i, a in mentions.actor_by_token.items() if a != actor_id}
    mentions._actor_keys = {k: a for k, a in mentions._actor_keys.items() if a != actor_id}
    mentions._surnames = {k: a for k, a in mentions._surnames.items() if a != actor_id}


def _is_place_slot(token: Token, mentions: Mentions) -> bool:
    """A proper noun governed by "in"/"near"/..., by "the village of", by a place noun ("Shwebo district"), owning
    one ("Grozny's streets"), set beside one ("Jaffna, the capital of ..."), or in apposition or conjunction with a
    place ("in Maraval, Diego Martin", "(Lubero, Nord-Kivu)")."""
    if _mistagged_name_after_preposition(token):
        return True
    if _listed_after_a_comma(token):  # "(Kantchari, Tapoa)": the parser may take the second name for an adverb
        return _names_a_place(token.head, mentions)
    if _hung_on_its_bracket(token):  # "in Melbourne (Victoria)", "Nabha (Patiala district, Punjab)"
        return _names_a_place(token.head, mentions)
    if _area_after_a_place(token, mentions):  # "in Cancun, Quintana Roo, ...", parsed as a subject
        return True
    if token.pos_ != "PROPN":
        return False
    head = token.head
    if token.dep_ == "poss":  # "Grozny's streets", "Baghdad's southern district"
        return head.lemma_.lower() in NAMING_PLACE_NOUNS
    if _apposed_place_noun(token):  # "captured Jaffna, the capital of ...", "Dunya Pur, a small town"
        return True
    if token.dep_ not in {"pobj", "appos", "conj", *NAME_OF_NOUN_DEPS}:
        return False
    if token.dep_ in NAME_OF_NOUN_DEPS:  # "in Pune city", "Mashegu town", "Hama countryside", "Hakkari town center"
        return head.lemma_.lower() in PLACE_NOUNS | AROUND_A_TOWN
    if token.dep_ in {"appos", "conj"} and (_names_a_place(head, mentions) or _bracketed_seat(token)):
        return True
    if head.dep_ == "prep" and head.lower_ == "of":  # "the village of", "the streets of", "the hospital of"
        return head.head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS | FACILITY_NOUNS | DWELLER_NOUNS
    return head.lower_ in LOCATIVE_PREPOSITIONS


def _apposed_place_noun(token: Token) -> bool:
    """A name the text calls a place in apposition, after a comma: "Jaffna, the capital of the north", "Dunya Pur, a
    small town"."""
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in NAMING_PLACE_NOUNS and token.doc[c.left_edge.i - 1].text == ","
        for c in token.children
        if c.left_edge.i > token.i
    )


def _named_in_a_coding_note(token: Token) -> bool:
    """ "[coded as Taluqan with GP3]", "(coded as Patna, Patna)", "coded to zone ADM center Sekota": the name after an
    editor's "coded as/to" (past words that say what kind of place it is) is where the event is set, whatever the
    tagger and the parser took it for, when it names a town (``_a_town``): the same notes code actors ("coded as
    Saudi-led coalition", "coded as Kashmir Rebels")."""
    doc, start = token.doc, token.i
    if _before_a_coding_note(token):
        return True
    while start > 0 and doc[start - 1].is_title and start > token.i - 3:  # "Nay Pyi Taw"
        start -= 1
    for i in range(start - 1, max(0, start - 1 - CODING_NOTE_GAP), -1):
        if doc[i].lower_ in CODING_NOTES.get(doc[i - 1].lower_, ()):
            return True
        if not (doc[i].is_lower or doc[i].text == "," or (doc[i].is_upper and len(doc[i]) <= 3)):
            return False
    return False


def _before_a_coding_note(token: Token) -> bool:
    """ "on Hays (coded to district level)": the name right before an editor's bracket that says at which level of
    place the event is coded."""
    doc, end = token.doc, token.i + 1
    if (
        end + 3 >= len(doc)
        or doc[end].text != "("
        or doc[end + 2].lower_ not in CODING_NOTES.get(doc[end + 1].lower_, ())
    ):
        return False
    note = [t.lower_ for t in doc[end + 3 : end + CODING_NOTE_GAP + 2]]
    return "level" in note and ")" not in note[: note.index("level")]


def _after_a_coding_note(doc: Doc, end: int) -> int:
    """Where a name's qualifier may start: past the editor's bracket right after the name, if any ("Hays (coded to
    district level) (Al Hudaydah)")."""
    if not _before_a_coding_note(doc[end - 1]):
        return end
    return next((i + 1 for i in range(end, len(doc)) if doc[i].text == ")"), end)


def _a_town(match: PlaceMatch | None) -> bool:
    return match is not None and match.feature == "city"


def _listed_after_a_comma(token: Token) -> bool:
    """A proper noun parsed as an adverbial of the name before it, after a comma: "Bagare, Passore"."""
    if token.pos_ != "PROPN" or token.dep_ != "npadvmod":
        return False
    start = proper_name(token).start
    return start > 0 and token.doc[start - 1].text == "," and token.head.i < start


def _area_after_a_place(token: Token, mentions: Mentions) -> bool:
    """ "in Cancun, Quintana Roo, workers protested": a name between commas right after a place that names a state,
    province or county of the place's country is the area the place lies in, whatever the tagger took it for (a person)
    and however the parser hung it (often as the subject of the verb that follows)."""
    doc, name = token.doc, proper_name(token)
    if name.start < 2 or doc[name.start - 1].text != "," or name.end >= len(doc) or doc[name.end].text != ",":
        return False
    place = mentions.place(mentions.place_by_token.get(name.start - 2))
    if place is None or place.country is None:
        return False
    return Gazetteer.load().names_an_area_in(name.text, place.country)


def _hung_on_its_bracket(token: Token) -> bool:
    """A proper noun the parser made a modifier of the name or place noun in the bracket right after it: "Melbourne"
    of "in Melbourne (Victoria)" and "Nabha" of "Nabha (Patiala district)" hang on "Victoria" and "district". News
    qualifies a place with the area it lies in that way, so the name stands where a place does when the bracket
    names a place."""
    if token.pos_ != "PROPN" or token.dep_ != "nmod":
        return False
    end = proper_name(token).end
    return end < len(token.doc) and token.doc[end].text == "(" and token.head.i > end


def _is_target_slot(token: Token) -> bool:
    """An untagged title-case proper noun struck or travelled to: "shelled Kyiv", "visited Kharkiv", "a missile
    strike on Kyiv", or the town a dateline opens with. Such objects are as often people and bodies as places, so
    only big places are read there (``_big_place_alone``)."""
    if token.ent_type_ or token.pos_ != "PROPN":
        return False
    if _opens_a_dateline(token):
        return True
    if not token.is_title:
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in STRIKE_OR_TRAVEL_VERBS
    return token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in AIMED_ON_WORDS


def _opens_a_dateline(token: Token) -> bool:
    """ "KHARKIV, March 3 (Reuters) -": a name in title case or capitals that opens the text or a paragraph, before a
    comma or a dash."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in DATELINE_SEPARATORS:
        return False
    start = proper_name(token).start
    return (token.is_title or token.is_upper) and (start == 0 or doc[start - 1].is_space)


def _big_place_alone(phrase: Span, match: PlaceMatch | None) -> bool:
    """A city of a million or a first-level region, named by untagged words with no capitalised word beside them:
    "Paris Hilton" and "Jordan Peterson" are people. The word list knows many big cities ("Kharkiv"), so only a
    region's name is refused for being an English noun ("Central")."""
    if match is None or any(t.ent_type_ for t in phrase):
        return False
    doc = phrase.doc
    beside = [doc[i] for i in (phrase.start - 1, phrase.end) if 0 <= i < len(doc)]
    if any(t.is_title and t.pos_ == "PROPN" for t in beside):
        return False
    if match.feature == "city":
        return match.population >= MILLION_CITY_POPULATION
    return match.feature == "region" and match.admin1 == match.name and not is_english_noun(phrase[0])


def _bracketed_seat(token: Token) -> bool:
    """A name in brackets after a building or an office: "the Gangwon Provincial Office (Chuncheon)", "Iksan City
    Hall (Iksan)", "City Hall (Gwangju - Seo)" say where it stands. Acronyms in brackets ("(KCTU)") name the body
    itself."""
    start = _with_its_town(proper_name(token), Gazetteer.load()).start
    before = token.doc[start - 1] if start > 0 else None
    return before is not None and before.text == "(" and token.head.i < start and not token.is_upper


def _names_a_place(token: Token, mentions: Mentions) -> bool:
    """A place found, a place noun, a place the tagger saw but the gazetteer lacks, or one in a place slot:
    "(Bwisha, Rutshuru, Nord-Kivu)" lists places even when Bwisha is unknown."""
    if token.i in mentions.place_by_token or token.lemma_.lower() in PLACE_NOUNS or token.ent_type_ in {"GPE", "LOC"}:
        return True
    if token.dep_ == "pobj" and token.pos_ == "PROPN" and _locates(token.head):
        return True  # "in Oja Gboro (Ilorin East, Kwara)", "the village of Dapala": an unknown name in a place slot
    return token.dep_ in {"appos", "conj"} and token.head != token and _names_a_place(token.head, mentions)


def _locates(preposition: Token) -> bool:
    """ "in", "near", or the "of" of "the village of": its object is a place."""
    if preposition.lower_ == "of":
        return preposition.head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS
    return preposition.lower_ in LOCATIVE_PREPOSITIONS


def _mistagged_name_after_preposition(token: Token) -> bool:
    """A capitalised word the tagger took for a verb or adjective right after "in"/"near" or before a place noun:
    "demonstrated in Norrkoping", "in Sagaing town" (an unknown word in -ing reads as a gerund). Not at a
    sentence's start, nor in a headline-cased sentence, where capitals say nothing."""
    if not token.is_title or token.pos_ not in {"VERB", "ADJ", "NOUN"} or token.is_sent_start:
        return False
    head = token.head
    if token.dep_ in NAME_OF_NOUN_DEPS and head.lemma_.lower() in PLACE_NOUNS:  # "in Sagaing town", "Indore city"
        return not_headline_cased(token)
    between = token.doc[head.i + 1 : token.i]
    if head.lower_ not in LOCATIVE_PREPOSITIONS or head.is_sent_start or head.i > token.i:
        return False
    if any(t.lower_ not in PART_OF_PLACE for t in between):  # "in central Lancaster" still names Lancaster
        return False
    return not_headline_cased(token)


def read_places_together(doc: Doc, gazetteer: Gazetteer, context: list[str]) -> dict[tuple[str, str], PlaceMatch]:
    """The article's place names resolved in the light of each other.

    "Kone Chan village (Kutkai township, Muse district, Shan-North state)": the state and the township
    decide which Muse is meant, wherever they stand in the sentence.
    """
    keys = list(dict.fromkeys((qualified_name(e), e.label_) for e in doc.ents if e.label_ in PLACE_LABELS))
    names, labels = [k[0] for k in keys], [k[1] for k in keys]
    matches = gazetteer.resolve_all(names, labels, context_countries=context) if keys else []
    return {key: match for key, match in zip(keys, matches, strict=True) if match is not None}


def _place_name(ent: Span) -> str:
    """The name to look up: "Sagaing" of "Sagaing region" is looked up as the region, "Amara" of "Amara city" as
    the town, and so is a bare "Gedaref" where the article also says "Gedaref state" (a writer who names the
    state as such means the town by the bare name)."""
    name = strip_article(ent.text).split("(")[0].strip()
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in {*AREA_AND_TOWN_NOUNS, "district"} and "(" not in ent.text:
        return f"{name} {following.lower_}"
    if name.lower() in _named_areas(ent.doc):
        return f"{name} town"
    return name


def qualified_name(ent: Span) -> str:
    """The name to resolve with the place that qualifies it, as "name, qualifier": "Yenisehir town, Diyarbakir",
    "Sampaloc, Manila", and the last (largest) place of a bracket after it, "Ames (Iowa)", "Hangu city (Hangu,
    KPK)". The gazetteer reads the name inside the qualifier when some reading of both allows it; a name
    qualified by itself ("Merida (Merida)") is the town of that name in the area of that name, its seat."""
    name = _place_name(ent)
    qualifier = _qualifier_after(ent.doc, _after_a_coding_note(ent.doc, _name_end(ent)))
    return f"{name}, {qualifier}" if qualifier else name


def _name_end(ent: Span) -> int:
    """Where the name ends, with the place noun after it ("Hangu city", "Rampur municipality"): what follows may
    qualify it. An entity the tagger ran on into the bracket that qualifies it ("Lere (Niafunke, Tombouctou" as one
    organisation) ends at the bracket."""
    bracket = next((t.i for t in ent[1:] if t.text == "("), None)
    if bracket is not None:
        return bracket
    end = ent.end
    if end < len(ent.doc) and ent.doc[end].lower_ in PLACE_NOUNS_AFTER_NAMES:
        end += 1
    return end


def _qualifier_after(doc: Doc, end: int) -> str | None:
    """The name a place's bracket ends with, or the name right after its comma unless a list goes on ("and")."""
    if end + 1 >= len(doc) or doc[end].text not in {"(", ","}:
        return None
    if doc[end].text == "(":
        close = next((i for i in range(end + 1, min(len(doc), end + MAX_BRACKET_TOKENS)) if doc[i].text == ")"), None)
        parts = doc[end + 1 : close].text.split(",") if close else []
        last = parts[-1].strip() if parts else ""
        return last if last[:1].isupper() else None
    run_end = _name_run_end(doc, end + 1)
    if not is_name_word(doc[end + 1].text) or not is_name_word(doc[run_end - 1].text) or _list_goes_on(doc, run_end):
        return None  # "in Paris, Lyon and Marseille", "in Paris, Berlin, London and Washington" list places
    return doc[end + 1 : run_end].text


def _name_run_end(doc: Doc, start: int) -> int:
    """Past the end of the name words that run from ``start``."""
    end = start
    while end < min(len(doc), start + MAX_QUALIFIER_TOKENS) and joins_name(doc[end]):
        end += 1
    return end


def _list_goes_on(doc: Doc, end: int) -> bool:
    """Whether more names follow, comma after comma, to an "and" or "or": a list, not a qualifier."""
    while end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and is_name_word(doc[end + 1].text):
        end = _name_run_end(doc, end + 1)
    return end < len(doc) and doc[end].lower_ in LIST_WORDS


def _acronym_read_as_place(ent: Span, match: PlaceMatch) -> bool:
    """ "NC", "UCU", "JWS": an acronym names a body far more often than a town or state of those letters ("cadres
    of NC" are Nepali Congress members). A country's ("US", "DRC") stays a place, and so does a state's code
    qualifying a town ("Raleigh, NC"), not one in a list of acronyms ("CPN(MC), NC")."""
    text = strip_article(ent.text).split("(")[0].strip()  # "SUST (Shahjalal University ...": the acronym
    if not (text.isalpha() and text.isupper() and len(text) <= 4) or match.feature == "country":
        return False
    doc = ent.doc
    after_a_town = ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].is_alpha
    return match.feature != "region" or not after_a_town


def _english_word_read_as_alternate(ent: Span, match: PlaceMatch) -> bool:
    """ "Ladies in White", "the Palace of Justice": a capitalised English noun that reaches a place only by a
    translation of its name ("White" for Alba, "Palace" for Saraj) names no place unless its words say it does ("the
    town of White"). A big city's English name stays its name ("Mecca" for Makkah)."""
    words = ent[1:] if ent[0].lower_ == "the" else ent
    if len(words) != 1 or words[0].is_lower or not is_english_noun(words[0]) or _named_as_a_place(words[0]):
        return False
    if match.feature == "city" and match.population >= COMMON_NOUN_TOWN_POPULATION:
        return False
    return Gazetteer.load().reads_as_translation(words[0].text, match)


def _named_areas(doc: Doc) -> frozenset[str]:
    """Lower-case names the article gives with an area noun after them ("Gedaref state", "Kandahar province")."""
    return once_per_doc(doc, NAMED_AREAS, _read_named_areas)


def _read_named_areas(doc: Doc) -> frozenset[str]:
    area_hashes = [doc.vocab.strings.add(noun) for noun in AREA_NOUNS]
    positions = np.flatnonzero(np.isin(doc.to_array(LOWER), area_hashes))  # Doc.text would cost more
    return frozenset(doc[i - 1].lower_ for i in positions if i and doc[i - 1].is_title)


def _same_place(place: Place, match: PlaceMatch) -> bool:
    """Whether a reading is the place already found: by GeoNames id, name and position, since curated regions have
    no id ("Bolivar" is a region of Colombia, of Ecuador and of Venezuela)."""
    return (place.geonameid, place.name, place.lat, place.lon) == (match.geonameid, match.name, match.lat, match.lon)


def register_place(mentions: Mentions, ent: Span, match: PlaceMatch | None) -> str | None:
    if match is None or _acronym_read_as_place(ent, match) or _english_word_read_as_alternate(ent, match):
        return None
    for place in mentions.places:
        if _same_place(place, match):
            place.spans.append([ent.start_char, ent.end_char])
            return place.id
    place = Place(
        id=f"p{len(mentions.places) + 1}",
        name=match.name,
        geonameid=match.geonameid,
        lat=match.lat,
        lon=match.lon,
        country=match.country,
        admin1=match.admin1,
        feature=match.feature,
        spans=[[ent.start_char, ent.end_char]],
    )
    mentions.places.append(place)
    return place.id
