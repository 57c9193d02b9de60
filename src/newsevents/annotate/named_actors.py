"""The actors that an article's named entities stand for.

People (with their titles, offices and nationality, name variants merged: "General Moskalik", "Moskalik"), known actors,
peoples, countries and organisations, with their country (ISO3), PLOVER sector and kind; then what the whole article
tells about them: well-known people's offices, the branch of an armed group where the article is set, and the country of
organisations that name none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsevents.annotate.geo import Gazetteer, country_of_demonym, iso3
from newsevents.annotate.mentions import Mentions, register, register_country
from newsevents.annotate.names import country_of_nationality, fold, known_actor_in, stance_prefix, strip_article
from newsevents.annotate.place_mentions import PLACE_NOUNS
from newsevents.annotate.sectors import (
    FIRST_NAME_LETTERS,
    KNOWN_ACTORS,
    NON_STATE_ARMED_SECTORS,
    ORG_NAME_WORDS,
    SECTOR_WORDS,
    STATE_PERIODS,
    STATE_SECTORS,
    TITLE_WORDS,
    held_the_state,
    known_person,
)
from newsevents.record import Actor

#: How far apart (between centres) two countries may lie for an armed group of one to have a branch in the other.
NEIGHBOUR_KM = 2_000
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
#: Plural words for armed men that parties and books take into their names ("Economic Freedom Fighters").
SELF_STYLED_FIGHTERS = {"fighters"}
#: Words for the state's forces, and for those who rule by force, that introduce a named unit of theirs ("the military
#: LIB-274", "the regime's 4th Armored Division"); not ranks ("major", "general"), which also mean other things.
STATE_FORCE_WORDS = {"military": "MIL", "army": "MIL", "navy": "MIL", "police": "COP", "regime": "MIL", "junta": "MIL"}
#: Head words of a weapon's name ("a Vehicle-Borne IED", "a Hellfire missile"); not those that also end the names of
#: companies, movements and sites ("Royal Dutch Shell", "Women's Strike", "Essakane Mine").
WEAPON_NAMES = {
    "ied", "bomb", "grenade", "landmine", "missile", "rocket", "drone", "mortar", "explosive", "explosives",
    "device",  # "an Improvised Explosive Device exploded"
    # acronyms written in capitals, as a body's are: "an IED explosion", "a VBIED", "RPG fire"
    "vbied", "svbied", "svied", "pbied", "wbied", "rcied", "mied", "rpg", "uav", "atgm", "manpads", "uxo",
}  # fmt: skip
#: Title words and honorifics as they may stand before a name, without their full stop ("Gen", "Dr", "Mrs").
_TITLES = {word.rstrip(".") for word in TITLE_WORDS} | {"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"}
#: What, before a noun, belongs to the name of an office: "Turkey's president", "the US attorney general".
ROLE_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "agent", "appos", "conj", "attr", "poss", "compound"}
_MOVEMENT_NAMES = {movement: re.compile(rf"\b{re.escape(movement)}\b") for movement in STATE_PERIODS}


def out_of_power_as_rebels(mentions: Mentions, published: str) -> None:
    """The forces of a movement that held its state only for a time ("Taliban fighters" in 2010) are rebels when
    the article was published outside those periods; without a date they keep today's reading."""
    for actor in mentions.actors:
        name = actor.name.lower()
        movement = next((m for m, pattern in _MOVEMENT_NAMES.items() if pattern.search(name)), None)
        if movement and actor.sector == "MIL" and not held_the_state(movement, published):
            actor.sector = "REB"
            actor.kind = "group" if actor.kind == "organization" else actor.kind


def read_known_people(mentions: Mentions, published: str | None) -> None:
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
    while len(words) > 1 and fold(words[0]).rstrip(".") in _TITLES:
        words.pop(0)
    return " ".join(words)


def localise_organisations(mentions: Mentions) -> None:
    """Organisations of unknown nationality are taken to be of the article's country (local news names local
    groups, and a known armed group acts through its branch there), and so are office holders ("President
    Bouteflicka", "the police chief") whose title names no country. International bodies (NATO, the UN) stay of
    no country."""
    for actor in mentions.actors:
        if actor.id in mentions.armed_groups:  # "Al Shabaab militants attacked a village in Lamu": the Kenyan branch
            localise_armed_group(actor, mentions)
            continue
        known = KNOWN_ACTORS.get(actor.name.lower())
        if actor.country is not None or known:  # NATO, the UN: no country
            continue
        if actor.kind == "organization" or (actor.kind == "person" and actor.sector in STATE_SECTORS):
            actor.country = mentions.home_country
            mentions.presumed_country.add(actor.id)


def localise_armed_group(group: Actor, mentions: Mentions) -> None:
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
    distance = mentions.gazetteer.country_distance_km(group.country, home) if mentions.gazetteer else None
    return distance is not None and distance <= NEIGHBOUR_KM


def located_in(token: Token) -> list[Token]:
    """The place a group is said to be "in" or "from" ("groups in Zimbabwe")."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "from", "of"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def names_a_division(ent: Span) -> bool:
    """ "Launglon township", "Kyet Su Aint village": a name the tagger took for a person or body that a division noun
    follows names the division, known to the gazetteer or not. A known actor's name stays the actor's."""
    last = ent[-1]
    if ent.label_ not in {"PERSON", "ORG"} or last.dep_ != "compound" or last.head.i != ent.end:
        return False
    return last.head.lemma_.lower() in DIVISION_NOUNS and known_actor_in(ent) is None


def names_a_weapon(ent: Span) -> bool:
    """ "a Vehicle-Borne IED", "a Hellfire missile": a weapon's name is no actor; whoever used it is
    (``_forces_with_weapon``)."""
    return ent.label_ == "ORG" and ent[-1].lower_ in WEAPON_NAMES


def define_abbreviation(mentions: Mentions, ent: Span, actor_id: str | None) -> None:
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
    if not word.is_upper or len(word.text) < 2 or known_actor_in(doc[word.i : word.i + 1]) is not None:
        return None
    return word


def add_named_actor(mentions: Mentions, ent: Span, gazetteer: Gazetteer, context: list[str]) -> str | None:
    """The actor a named entity stands for: a person, a known actor, a people, a country or an organisation."""
    name = strip_article(ent.text)
    known_name = known_actor_in(ent)
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
        return add_country(mentions, name, gazetteer, context)
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
    of no country is, of the article's country (``localise_armed_group``)."""
    country = _country_in_name(name, ent, gazetteer)
    actor_id = register(
        mentions, key=f"org:{name.lower()}", name=name, kind="group", country=country, sector=sector, roles=[]
    )
    mentions.armed_groups.add(actor_id)
    return actor_id


def _add_known_actor(mentions: Mentions, name: str, known_name: str, named_country: str | None) -> str:
    """A known actor under its name, or a branch of one under its own ("Tamu PDF"), of the country its name holds
    where the known actor has none."""
    country, sector, kind = KNOWN_ACTORS[known_name]
    country = country or named_country
    actor_id = register(
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
        return register(
            mentions, key=f"people:{name.lower()}", name=name, kind="group", country=country, sector=None, roles=[]
        )
    return register(mentions, key=f"norp:{country}", name=name, kind="group", country=country, sector=None, roles=[])


def add_country(mentions: Mentions, name: str, gazetteer: Gazetteer, context: list[str]) -> str | None:
    match = gazetteer.resolve(name, label="GPE", context_countries=context)
    if match is None or match.feature != "country":
        return None
    country = match.country3
    return register_country(mentions, country, match.name)


def _add_organisation(mentions: Mentions, ent: Span, name: str, gazetteer: Gazetteer) -> str:
    country = _country_in_name(name, ent, gazetteer)
    sector = org_sector(name) or unit_of_state_forces(ent.root, ent)
    if sector == "MIL" and country is None and _DEFENCE_FORCE.search(name):
        sector = "PRM"  # a "Defence Force" of no country is a local militia
    return register(
        mentions, key=f"org:{name.lower()}", name=name, kind="organization", country=country, sector=sector, roles=[]
    )


def _ethnic(ent: Span) -> bool:
    """ "ethnic Albanians": a people, not the citizens of a state."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].lower_ == "ethnic" or (before is not None and before.lower_ == "ethnic")


def _country_they_live_in(ent: Span, gazetteer: Gazetteer) -> str | None:
    """ "ethnic Albanians in south Serbia" live in Serbia: the country named where the people are said to be."""
    for place in located_in(ent.root):
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
    actor_id = register(
        mentions, key=f"person:{name.lower()}", name=name, kind="person", country=country, sector=sector, roles=roles
    )
    mentions._surnames[surname] = actor_id
    return actor_id


def person_by_surname(mentions: Mentions, ent: Span) -> str | None:
    """ "Adnan Afrini ... said Afrini": a one-word name the tagger took for a body or a place after a person of that
    surname was named in full is that person, unless it names a country or a known group."""
    if ent.label_ not in {"ORG", "GPE", "NORP"} or len(ent) != 1 or not ent[0].is_title:
        return None
    person_id = mentions._surnames.get(_surname_key(ent.text))
    person = mentions.actor(person_id) if person_id else None
    if person is None or " " not in person.name or known_actor_in(ent) is not None:
        return None
    named_country = mentions.gazetteer.country_named(ent.text) if mentions.gazetteer else None
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
    surname = fold(name.split()[-1])
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
    words = (fold(w).rstrip(".") for w in name.split()[:-1])
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
    text = strip_article(token.doc[start : token.i + 1].text)
    found = _country_of_named_actor(mentions, token) or country_of_demonym(text) or _nationality_of_noun(token)
    if found or mentions.gazetteer is None:
        return found
    return mentions.gazetteer.country_named(text)


def _nationality_of_noun(noun: Token) -> str | None:
    """ "the Cypriot government('s spokesman)": the nationality a common noun's modifier gives."""
    if noun.pos_ != "NOUN":
        return None
    return next((country for c in noun.lefts if c.dep_ == "amod" and (country := country_of_nationality(c))), None)


def _country_of_title(mentions: Mentions, token: Token) -> str | None:
    """ "Russian" or "U.S." before a name ("U.S. Secretary of State ..."): the person's country; a body's name
    before it ("SDF commander ...") gives the country the body's own name or record tells."""
    return country_of_nationality(token) or _country_of_named_actor(mentions, token)


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
    if before is None or not before.is_title or stance_prefix(before):
        return None
    if start != ent.start and before.tag_ not in {"NNS", "NNPS"}:
        return None
    return country_of_nationality(before)


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


#: "Defence Force" in a name that names no country: a local militia ("Kyaukse District Defense Force", "Civil Defence
#: Force"), where a state's army says whose it is ("Israel Defense Forces", "South African National Defence Force").
_DEFENCE_FORCE = re.compile(r"\bdefen[cs]e forces?\b", re.IGNORECASE)


def unit_of_state_forces(root: Token, name: Span | None = None) -> str | None:
    """ "the military LIB-274", "the Myanmar military LIB-421", "the regime's 4th Armored Division", "the police SWAT":
    a name of no sector of its own that a word for the state's forces (or a regime's, a junta's) introduces is one of
    their units, of their sector."""
    inside = range(name.start, name.end) if name is not None else range(root.i, root.i + 1)
    for modifier in root.children:
        if modifier.i in inside or modifier.dep_ not in {"amod", "compound", "nmod", "poss"}:
            continue
        sector = STATE_FORCE_WORDS.get(modifier.lemma_.lower())
        if sector is not None:
            return sector
    return None


def org_sector(name: str) -> str | None:
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
    if before is not None and (before.ent_type_ == "NORP" or before.is_title) and not stance_prefix(before):
        country = country_of_nationality(before)  # "the Latvian Constitutional Court", tagged or not
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
