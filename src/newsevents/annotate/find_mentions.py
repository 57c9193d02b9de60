"""Entities, places and actors over one parsed article.

``find_mentions`` mends what the tagger and parser got wrong about names, reads each named entity as a place
(``place_mentions``) and/or an actor (``named_actors``), adds the places the tagger missed, and settles the country the
article is about, where unnamed groups ("police") belong.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import MEMBER_NOUNS
from newsevents.annotate.geo import Gazetteer, PlaceMatch, country_of_demonym, iso3
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.named_actors import (
    add_named_actor,
    define_abbreviation,
    localise_organisations,
    names_a_division,
    names_a_weapon,
    out_of_power_as_rebels,
    person_by_surname,
    read_known_people,
)
from newsevents.annotate.names import country_of_nationality, known_actor_in, not_headline_cased
from newsevents.annotate.place_mentions import (
    PLACE_LABELS,
    add_untagged_places,
    qualified_name,
    read_places_together,
    register_place,
    reread_together,
)
from newsevents.annotate.place_names import merge_place_fragments, relabel_countries
from newsevents.annotate.sectors import KNOWN_ACTORS
from newsevents.record import Entity

#: How much more a town than a country named says about where an article is set.
SETTING_WEIGHT = 2
#: ... and a region: towns' names are more often ambiguous ("Koran", "Pale") than regions' ("Oromia").
REGION_WEIGHT = 3
#: From this population, a city named inside a body's or a building's name tells the article's country.
BIG_CITY_POPULATION = 500_000
TOWN_FEATURES = {"city", "capital"}
#: Labels the tagger gives place names it misreads as a body or a person ("in Castara, Tobago" with "Tobago" as ORG).
MISREAD_PLACE_LABELS = {"ORG", "PERSON", "NORP", "FAC"}
#: Fewest people of a town whose name, read as a body's, is taken for the place: a hamlet's name may be a body's by
#: chance ("Solvay", "Muse"), a town's seldom.
MIN_MISREAD_TOWN_POPULATION = 10_000
#: Entity labels of names that may hold a city's name: bodies and buildings ("the Daejeon District Court"), or none.
NAME_OF_A_SITE_LABELS = {"ORG", "FAC", ""}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


def find_mentions(doc: Doc, gazetteer: Gazetteer, published: str | None = None) -> Mentions:
    """Resolve every named entity of ``doc`` to a place and/or an actor (first mending broken place names).

    ``published`` (an ISO date) dates the reading of movements that held their state only for a time."""
    merge_place_fragments(doc, gazetteer)
    relabel_countries(doc, gazetteer)
    _drop_leading_prepositions(doc)
    _read_is_as_the_islamic_state(doc)
    mentions = Mentions(gazetteer=gazetteer)
    context = _country_context(doc, gazetteer)
    readings = read_places_together(doc, gazetteer, context)
    named: list[tuple[str, str, str]] = []  # (name, label, place id) of each place mention
    for ent in doc.ents:
        entity = Entity(
            id=f"m{len(mentions.entities) + 1}", text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char
        )
        entity.actor = person_by_surname(mentions, ent)
        if ent.label_ in PLACE_LABELS and entity.actor is None:
            entity.place = register_place(mentions, ent, readings.get((qualified_name(ent), ent.label_)))
            if entity.place:
                named.append((qualified_name(ent), ent.label_, entity.place))
        if (
            entity.actor is None
            and ent.label_ in ACTOR_LABELS
            and not names_a_division(ent)
            and not names_a_weapon(ent)
        ):
            entity.actor = add_named_actor(mentions, ent, gazetteer, context)
            define_abbreviation(mentions, ent, entity.actor)
        for i in range(ent.start, ent.end):
            if entity.actor:
                mentions.actor_by_token[i] = entity.actor
            if entity.place:
                mentions.place_by_token[i] = entity.place
        mentions.entities.append(entity)
    untagged = add_untagged_places(mentions, doc, gazetteer, context, list(readings.values()))
    if untagged:
        reread_together(mentions, [*named, *untagged], gazetteer, context)
    mentions.home_country = (
        _home_country(mentions)
        or _country_of_places_read_as_names(mentions, gazetteer)
        or _most_named_country(mentions)
        or _country_in_untagged_name(doc, gazetteer)
        or _country_of_a_city_in_a_name(doc, gazetteer)
    )
    read_known_people(mentions, published)
    localise_organisations(mentions)
    if published:
        out_of_power_as_rebels(mentions, published)
    return mentions


def _drop_leading_prepositions(doc: Doc) -> None:
    """ "Beyond Donald Trump's threats": a preposition the tagger took into a name is no word of it. One that is part
    of a name ("Under Armour") is parsed inside the name, not as the word that governs the phrase."""
    entities = list(doc.ents)
    changed = False
    for position, entity in enumerate(entities):
        first = entity[0]
        governs = first.pos_ == "ADP" and first.dep_ == "prep" and not entity.start <= first.head.i < entity.end
        if len(entity) > 1 and governs:
            entities[position] = Span(doc, entity.start + 1, entity.end, label=entity.label_)
            changed = True
    if changed:
        doc.set_ents(entities, default="outside")


#: Where the parser puts an "IS" it read as the verb: before a verb ("IS opened fire") or after "by" ("by IS
#: militants"). Elsewhere (as the root of a parse gone wrong) the sentence is left as parsed.
IS_AS_A_VERB_DEPS = {"aux", "auxpass", "pobj"}


def _read_is_as_the_islamic_state(doc: Doc) -> None:
    """ "IS opened fire on ...", "by IS militants", "IS members attacked": "IS" in capitals in running text is the
    Islamic State, which the parser reads as the verb "is". It becomes a proper noun: the subject of a verb left without
    one, or the name before the members that follow it. Not in a sentence written in capitals, where it may be the
    verb."""
    for position in np.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings["IS"]):
        token = doc[int(position)]
        if token.pos_ != "AUX" or token.dep_ not in IS_AS_A_VERB_DEPS:
            continue
        if not not_headline_cased(token) or _among_capitals(token):
            continue
        token.pos_, token.tag_ = "PROPN", "NNP"
        if token.dep_ != "pobj":  # "killed by IS militants" is parsed as a name already
            _attach_as_a_name(token)


def _attach_as_a_name(token: Token) -> None:
    """ "IS" read as an auxiliary: the name before the member noun that is its verb's subject ("IS members"), or the
    verb's subject where it has none ("IS opened fire"); what hung on it ("On 7 April, IS ...") moves to the verb."""
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    members = following if following in subjects and following.lemma_.lower() in MEMBER_NOUNS else None
    if subjects and members is None:
        return
    for child in list(token.children):
        child.head = verb
    if members is not None:
        token.head, token.dep_ = members, "compound"
    else:
        token.dep_ = "nsubj"


def _among_capitals(token: Token) -> bool:
    """ "IS NOT CONFIRMED": a word beside other words written in capitals is emphasis, not an abbreviation."""
    doc = token.doc
    neighbours = doc[max(token.i - 1, 0) : token.i + 2]
    return any(t.i != token.i and t.is_alpha and len(t) > 1 and t.is_upper for t in neighbours)


def _home_country(mentions: Mentions) -> str | None:
    """The country of most place mentions (``country_weights``); on ties, the country of more towns and regions
    named wins ("refugees from Ukraine gathered in Paris"), then the first."""
    counts = country_weights(mentions)
    return max(counts, key=counts.__getitem__, default=None)


def country_weights(mentions: Mentions) -> dict[str, tuple[int, int]]:
    """How strongly the place mentions set the story in each country: (weighted mentions, mentions of its towns and
    regions). A town counts twice and a region thrice: they say where the story is set, while a country may be named
    as a topic ("nationals of Russia and Ukraine living in Kenya")."""
    counts: dict[str, tuple[int, int]] = {}
    for place in mentions.places:
        code = iso3(place.country) if place.country else None
        if code:
            weight = {"country": 1, "region": REGION_WEIGHT}.get(place.feature, SETTING_WEIGHT)
            total, settings = counts.get(code, (0, 0))
            counts[code] = (total + weight * len(place.spans), settings + (weight > 1) * len(place.spans))
    return counts


def _country_of_places_read_as_names(mentions: Mentions, gazetteer: Gazetteer) -> str | None:
    """When none of the article's places resolved, the one country where the gazetteer finds the towns and regions
    among the names the tagger read as bodies or people ("in Castara, Tobago, residents blocked the road"): a place of
    the story misread, not a body of no known country. It goes before the nationalities of the actors named, who may
    act abroad ("Saudi forces shelled Ar Raqw (Monabbih, Sadah)") or be the topic ("a statement of the Indian ruling
    party"). Acronyms ("UGT", "UDA") and hamlets are left out: their names are more often bodies' names."""
    countries = set()
    for entity in mentions.entities:
        if entity.label not in MISREAD_PLACE_LABELS or entity.place or not _capitalised_not_an_acronym(entity.text):
            continue
        actor = mentions.actor(entity.actor)
        match = None if actor is not None and actor.country else gazetteer.resolve(entity.text, label="GPE")
        if match is not None and match.country and _region_or_town(match):
            countries.add(iso3(match.country))
    return countries.pop() if len(countries) == 1 else None


def _region_or_town(match: PlaceMatch) -> bool:
    return match.feature == "region" or (match.feature != "country" and match.population >= MIN_MISREAD_TOWN_POPULATION)


def _capitalised_not_an_acronym(text: str) -> bool:
    """ "Tobago", not "UGT" nor a word in lower case."""
    return text[:1].isupper() and not text.isupper()


def _most_named_country(mentions: Mentions) -> str | None:
    """The country named most often through actors ("Korean", "Sudan", "the Nigerian army"): the article's
    country when none of its places resolved."""
    counts: dict[str, int] = {}
    for entity in mentions.entities:
        actor = mentions.actor(entity.actor)
        country = actor.country if actor is not None else None
        if country is None and entity.label == "NORP":
            country = country_of_demonym(entity.text)
        if country:
            counts[country] = counts.get(country, 0) + 1
    return max(counts, key=counts.__getitem__, default=None)


def _country_in_untagged_name(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """ "pressure by the Kenya Anti-Corruption Commission": when neither a place nor an actor told the article's
    country, a country's name inside a name the tagger missed does."""
    for token in doc:
        if token.pos_ == "PROPN" and token.is_title and not token.ent_type_:
            country = gazetteer.country_named(token.text)
            if country:
                return country
    return None


def _country_of_a_city_in_a_name(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """ "the Daejeon District Court", "Busan Metropolitan City Hall": when nothing else told the article's country, a
    big city's name inside the name of a body or a building does (a city that big is seldom a namesake). Not a word
    of a person's name ("Paris Hilton")."""
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ not in NAME_OF_A_SITE_LABELS:
            continue
        city = gazetteer.most_populous(token.text)
        if city is not None and city.feature in TOWN_FEATURES and city.population >= BIG_CITY_POPULATION:
            return iso3(city.country) if city.country else None
    return None


def _country_context(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """Countries named in the article (ISO3, whether named as a country, a nationality or in a body's name), most
    frequent first: they disambiguate place names."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "GPE":
            match = gazetteer.resolve(ent.text, label="GPE")
            if match and match.feature == "country" and match.country3:
                counts[match.country3] = counts.get(match.country3, 0) + 1
        elif ent.label_ == "NORP":
            iso3 = country_of_demonym(ent.text)
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        elif ent.label_ == "ORG":
            iso3 = _country_of_organisation(ent, gazetteer)
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
    return sorted(counts, key=counts.__getitem__, reverse=True)


def _country_of_organisation(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The country an organisation's name tells: a known actor's ("ENDF", "QSD"), or a country or nationality
    named in it ("Bermuda Health Council", "Korean Women's Trade Union")."""
    known = known_actor_in(ent)
    if known:
        return KNOWN_ACTORS[known][0]
    for token in ent:
        if token.is_title or token.is_upper:
            country = country_of_nationality(token) or gazetteer.country_named(token.text)
            if country:
                return country
    return None
