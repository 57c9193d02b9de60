"""Whom an act is aimed at, given to or taken from, read from the phrases around its trigger: the object and its
prepositions ("clashed with X", "sanctions on X"), the recipient of a gift or of returned goods ("gave Egypt a loan",
"returned to Egypt"), the owner of what was taken or struck, the partner of a meeting or a tie, the destination of
forces sent, and the country a place belongs to.

Apart from ``participants``, which dispatches by verb and noun and reads the actor, because these readers answer one
question, "at whom", over many phrase shapes.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.annotate.actors import (
    PARTY_DESTINATION_NOUNS,
    actor_for_token,
    implicit_group,
    nation_of_demonym,
    national_forces,
)
from newsevents.annotate.geo import iso3
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import infinitive, of_object
from newsevents.annotate.place_mentions import PLACE_LABELS
from newsevents.annotate.sectors import SECTOR_WORDS, word_sector
from newsevents.events.attacks import ARMED_OWNER_SECTORS
from newsevents.events.lexicon import (
    AID_OBJECTS,
    BEFALLING_OF_NOUNS,
    CHARGE_NOUNS,
    FIRE_AIMS,
    NOUN_TRIGGERS,
    RESTRICTIONS,
    is_light_verb,
)
from newsevents.events.statements import (
    DEPLOYING_VERBS,
    DESTINATION_PREPS,
    destination_phrases,
    forces_among,
    given_back_to,
)
from newsevents.events.syntax import PROVIDING_VERBS, light_verb_of, noun_clause, with_participles
from newsevents.events.triggers import opens_fire

#: Prepositions whose object is the target of any event ("clashed with X", "protested against Y").
TARGET_PREPOSITIONS = {"with", "against", "on"}
#: Prepositions whose object a complement clause acts on ("threatened to cut ties with X").
COMPLEMENT_TARGET_PREPOSITIONS = {"with", "against", "to", "for", "on"}
#: Verbs whose object is the doer's own forces or envoys, moved away ("withdrew its troops from X", "pulled out
#: peacekeepers", "recalled its ambassador from X"): whom they leave is the target, not what they move.
WITHDRAWING_VERBS = {"withdraw", "pull", "recall"}
#: Verbs that move forces ("contributed troops to the mission"), and what they may tell besides a mobilization: aid, a
#: withdrawal, or either said of the future (a promise or a threat: "would send police to the border").
FORCE_MOVING_VERBS = DEPLOYING_VERBS | {"deploy", "order", "contribute", "commit", "pledge"}
#: Events a verb can prepare for, with whom they are aimed at: "for a war against Iraq" (a war is background, no
#: trigger, but as a purpose it tells whom the preparation aims at).
PURPOSE_EVENTS = NOUN_TRIGGERS.keys() | {"war"}
#: Named-entity labels of a name that can own what it modifies: "the UNSCOM inspectors", "an Afghan government offer".
OWNER_LABELS = {"ORG", "NORP", "GPE", "PERSON"}
#: Nouns of what one party puts to another, whose answer or defiance is aimed at its author: "refused a request from
#: the Times", "conceded to demands from residents", "declined to resign despite pressure by Congress".
PUT_TO_NOUNS = CHARGE_NOUNS | {
    "request", "demand", "offer", "proposal", "call", "appeal", "plea", "invitation", "assertion", "pressure",
    "ultimatum", "overture",
}  # fmt: skip
#: Nouns of a force or mission sent to serve in a country, and the words that make it one of peace or security:
#: "the UN peacekeeping mission in Mali", "the NATO-led security force in Afghanistan" (not "US forces in Iraq").
HOSTED_MISSIONS = {"mission", "force", "operation"}
MISSION_AIMS = {"peacekeeping", "peace", "security", "stabilization", "stabilisation", "monitoring", "observer"}
#: Verbs of taking a thing from its holder, whom giving it back is aimed at ("weapons seized from the army").
TAKING_VERBS = {"seize", "take", "capture", "confiscate", "steal", "loot", "grab"}
#: Nouns of what ties two parties, whose "with" names the other party; whose they are is the actor's own ("closed
#: Venezuela's borders with Brazil", "cut its ties with Qatar").
CONNECTION_NOUNS = {"border", "tie", "relation", "link", "contact"}
#: Nouns of trade whose "of" phrase names the goods, whose nation a measure on the trade aims at ("a ban on imports
#: of British beef", "suspended exports of Ukrainian grain").
TRADE_NOUNS = {"import", "export", "shipment", "sale", "purchase"}
#: Participles that say what an attack aimed at, told after it: "carried out a raid, targeting IS commanders",
#: "airstrikes targeting rebel positions".
AIMING_PARTICIPLES = {"target"}
#: Participles that, hyphened to a party, say whose a place is: "a rebel-held area", "Houthi-controlled ports", "the
#: Israeli-occupied Golan Heights".
HOLDING_PARTICIPLES = {"hold", "control", "occupy", "run"}


def recipient_of_the_served_verb(trigger: Token, mentions: Mentions) -> str | None:
    """Whom the verb an act of aid is the purpose of gives to: "lent $1 billion to Indonesia to aid its recovery",
    "gave Haiti $5 million to help rebuild" (the giving verb tells no event of its own)."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"advcl", "xcomp"} or not infinitive(trigger):
        return None
    served = trigger.head
    recipients = (c for c in served.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"))
    return next(filter(None, (recipient_of(r, mentions) for r in recipients)), None)


def destination_of_the_carrier(noun: Token, mentions: Mentions) -> str | None:
    """The country forces or aid go to, where the parser hangs its "to" on the verb whose object the noun is:
    "announced the deployment of 230 troops to Liberia"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    phrases = (c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and c.i > noun.i)
    return first_country_named(phrases, mentions)


def aim_of_misread_fire(fire: Token, mentions: Mentions) -> str | None:
    """ "men on a motorcycle opened fire on a trader" with "opened" read as the modifier of "fire": the "on"/"at"
    phrase hung on "fire", or just after it (the parser hangs it higher), names whom the shots aimed at."""
    if fire.pos_ == "VERB" or fire.dep_ == "dobj" or not opens_fire(fire):
        return None
    following = fire.doc[fire.right_edge.i + 1 : fire.right_edge.i + 2]
    aims = [*fire.rights, *following]
    objects = (o for a in aims if a.dep_ == "prep" and a.lower_ in FIRE_AIMS for o in a.children if o.dep_ == "pobj")
    return next((found for o in objects if (found := actor_for_token(mentions, o)) is not None), None)


def aim_of_the_carrier(noun: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whom the light verb that carries an event noun aims it at, where the parser hangs the phrase on the verb:
    "launched cyber warfare against Iran", "carried out strikes on rebel positions" ("on" aims only an attack)."""
    verb = light_verb_of(noun)
    if verb is None or not is_light_verb(verb):
        return None
    preps = {"against", "on"} if event_type == "ASSAULT" else {"against"}  # "talks on the pullback": a topic
    aims = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps)
    return next((found for p in aims if (found := object_actor(p, mentions, event_type)) is not None), None)


def aim_of_the_participle(trigger: Token, mentions: Mentions) -> str | None:
    """Whom an attack aimed at, as a participle of aiming after it says, hung on the attack or on the light verb that
    carries it: "warplanes carried out a raid, targeting IS commanders", "airstrikes targeting Houthi positions"."""
    holders = [trigger, *([verb] if (verb := light_verb_of(trigger)) is not None else [])]
    participles = (
        c
        for h in holders
        for c in h.children
        if c.dep_ in {"advcl", "acl", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in AIMING_PARTICIPLES
    )
    aims = (o for p in participles for o in p.children if o.dep_ == "dobj")
    found = (actor_for_token(mentions, o) or owner_of(o, mentions, "ASSAULT") for o in aims)
    return next(filter(None, found), None)


def given_to(noun: Token, mentions: Mentions) -> str | None:
    """Whom the verb that gives an event noun gives it to: "gave the Ivory Coast $5 million of aid", "provided aid to
    Egypt", "provided Egypt with military assistance" (the verb's object, where the noun is not in it)."""
    verb = light_verb_of(noun)
    if verb is None:
        return None
    for child in verb.children:
        other = child.dep_ == "dobj" and not child.left_edge.i <= noun.i <= child.right_edge.i
        if child.dep_ == "dative" or (other and verb.lemma_.lower() in PROVIDING_VERBS):
            found = recipient_of(child, mentions)
            if found is not None:
                return found
    return None


def is_withdrawing_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in WITHDRAWING_VERBS


def left_behind(verb: Token, mentions: Mentions) -> str | None:
    """Whom a withdrawal leaves: "withdrew its troops from Afghanistan", "recalled its ambassador from Qatar",
    "pulled its troops out of Iraq", "the withdrawal of forces from Cyprus" (a town or region is where, not whom)."""
    withdrawn = of_object(verb)  # "the withdrawal of some forces from Cyprus"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *([withdrawn] if withdrawn is not None else [])]
    phrases = [*(c for holder in holders for c in holder.children if c.dep_ == "prep"), *_phrases_closing_object(verb)]
    for preposition in phrases:
        if preposition.lower_ == "out":
            preposition = next((c for c in preposition.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        elif preposition.lower_ != "from":
            continue
        if preposition is not None:
            found = object_actor(preposition, mentions)
            if found is not None:
                return found
    return None


def _sends_forces(verb: Token) -> bool:
    """ "send troops", "deploy peacekeepers": a verb that moves the forces it takes as object."""
    moving = verb.lemma_.lower() in FORCE_MOVING_VERBS
    return moving and forces_among([c for c in verb.children if c.dep_ == "dobj"]) is not None


def sent_to(verb: Token, mentions: Mentions) -> str | None:
    """Whom forces are sent to or against: "sent troops into Ukraine" (a town or region is where, not whom)."""
    phrases = [*destination_phrases(verb), *_destination_closing_object(verb)]
    return first_object_actor(phrases, mentions)


def aid_sent_to(verb: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whom aid is sent, as the phrase closing its object says (``_destination_closing_object``)."""
    if event_type != "AID":
        return None
    return first_object_actor(_destination_closing_object(verb), mentions)


def _destination_closing_object(verb: Token) -> list[Token]:
    """Where a verb sends its object, in a phrase the parser hung on the object's last word: "sent vehicles and a team
    of paratroopers to Lebanon", "sent supplies and personnel such as doctors to Nepal"."""
    return [t for t in _phrases_closing_object(verb) if t.lower_ in DESTINATION_PREPS]


def _phrases_closing_object(verb: Token) -> list[Token]:
    """The prepositions that close a verb's object but hang on a word inside it, where the parser often puts the
    verb's own phrase: "sent a team of paratroopers to Lebanon", "withdrew a batch of 200 peacekeepers from Liberia"."""
    objects = (c for c in verb.children if c.dep_ == "dobj")
    closing = (t for o in objects for t in o.subtree if t.right_edge.i == o.right_edge.i and t.head.i != o.i)
    return [t for t in closing if t.dep_ == "prep"]


def recipient_of(dative: Token, mentions: Mentions, event_type: str = "") -> str | None:
    """Whom a verb gives to: "provided military aid to Egypt", "gave Egypt a loan"; with ``event_type``, also the body
    whose head a message goes to ("sent a letter to the head of the WHO", ``object_actor``)."""
    return object_actor(dative, mentions, event_type) if dative.pos_ == "ADP" else actor_for_token(mentions, dative)


def returned_recipient(verb: Token, mentions: Mentions) -> str | None:
    """Whom a thing is given back to, wherever the parser hangs the "to" ("returned a painting stolen in 1989 to the
    Art Loss Register", "the sarcophagus was returned to Egypt"): the recipient, not the thing or its maker."""
    if verb.lemma_.lower() != "return":
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    recipients = (o for o in given_back_to(verb) if not any(s.is_ancestor(o) for s in subjects))  # "a gift to Hitler"
    found = first_object_actor((o.head for o in recipients), mentions, "RETREAT")
    return found or _taken_from(verb, mentions)


def _taken_from(verb: Token, mentions: Mentions) -> str | None:
    """Whom the things a verb gives back were taken from, where no recipient is named: "will return the weapons they
    seized from the army", "return equipment captured from UN peacekeepers" (given back to their holder)."""
    things = (t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts))
    takings = (c for t in things for c in t.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in TAKING_VERBS)
    froms = (p for c in takings for p in c.children if p.dep_ == "prep" and p.lower_ == "from")
    return first_object_actor(froms, mentions)


def _a_measure(thing: Token) -> bool:
    """A sanction, ban or restriction: what a party imposes on another, or lifts."""
    return thing.lemma_.lower() in RESTRICTIONS


def measure_owner(verb: Token, mentions: Mentions) -> str | None:
    """Who imposed the measure a passive lifts or imposes, where no agent tells it: "UN sanctions were lifted",
    "Russia's ban on Georgian wine was lifted"."""
    measure = next((c for c in verb.children if c.dep_ == "nsubjpass" and _a_measure(c)), None)
    return owner_of(measure, mentions, "") if measure is not None else None


def aim_of_a_measure(measure: Token, mentions: Mentions) -> str | None:
    """Whom a measure is aimed at, which its "on" or "against" phrase names ahead of the owner its modifier names:
    "UN sanctions against Iran were lifted", "lifted the US ban on Cuban cigars" (Iran, Cuba; the UN and the US
    imposed them)."""
    if not _a_measure(measure):
        return None
    aims = (c for c in with_participles(measure) if c.dep_ == "prep" and c.lower_ in {"on", "against"})
    found = (object_actor(p, mentions) or _owner_of_object(p, mentions, "") for p in aims)
    return next(filter(None, found), None)


def partner(verb: Token, mentions: Mentions) -> str | None:
    """Whom one acts together with, named "with" on the verb or its object, ahead of whom the joint act is against:
    "shared evidence with India against Headley", "signed a pact with Kenya against piracy"."""
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    withs = (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
    return first_object_actor(withs, mentions)


def other_party_connected(connection: Token, mentions: Mentions) -> str | None:
    """The other party of a border or tie, named "with" on the noun or on its verb, ahead of whose the noun is:
    "closed Venezuela's borders with Brazil" (Brazil, not Venezuela)."""
    if connection.lemma_.lower() not in CONNECTION_NOUNS:
        return None
    withs = (c for h in (connection, connection.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
    return first_object_actor(withs, mentions)


def aim_of_the_object(
    head: Token, mentions: Mentions, preps: set[str], relation: str = "dobj", event_type: str = ""
) -> str | None:
    """Whom the verb's object (or a preposition's, for an event noun's "of") is aimed at: "threatened further action
    against Russia", "shared evidence with the U.S.", "a suspension of air links with Serbia"; or whose things it
    is aimed at: "lift the ban imposed on Chilean wine" (Chile)."""
    for thing in (c for c in head.children if c.dep_ == relation):
        for preposition in (c for c in with_participles(thing) if c.dep_ == "prep" and c.lower_ in preps):
            found = object_actor(preposition, mentions) or _owner_of_object(preposition, mentions, event_type)
            if found is not None:
                return found
    return None


def people_aided_at(verb: Token, mentions: Mentions) -> str | None:
    """ "suspended aid to Gaza", "sent aid deliveries to Kabul": aid sent to a town or region goes to its people, who
    are the target (an attack at a town tells only where)."""
    aid = [o for o in verb.children if o.dep_ == "dobj" and _names_aid(o)]
    destinations = (p for h in (verb, *aid) for p in h.children if p.dep_ == "prep" and p.lower_ == "to")
    places = (mentions.place_by_token.get(o.i) for p in destinations for o in p.children if o.dep_ == "pobj")
    return next((country_actor_of_place(p, mentions) for p in places if p is not None), None) if aid else None


def _names_aid(thing: Token) -> bool:
    """ "aid", "humanitarian assistance", "aid deliveries"."""
    words = {thing.lemma_.lower(), *(c.lemma_.lower() for c in thing.children if c.dep_ == "compound")}
    return bool(words & AID_OBJECTS)


def _owner_of_object(preposition: Token, mentions: Mentions, event_type: str) -> str | None:
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return owner_of(obj, mentions, event_type) if obj is not None and not _local_place(obj, mentions) else None


def aim_of_the_purpose(verb: Token, mentions: Mentions) -> str | None:
    """Whom the event a verb prepares for is aimed at: "mobilized reservists for a possible war against Iraq",
    "trained troops for an offensive on the city"."""
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in PURPOSE_EVENTS for o in phrase.children):
            found = aim_of_the_object(phrase, mentions, TARGET_PREPOSITIONS, "pobj")
            if found is not None:
                return found
    return None


def object_of(verb: Token, mentions: Mentions) -> str | None:
    """Whom a subjectless complement (or its object, or the clause or participle that spells its object out) acts on:
    "threatened to cut ties with Congo", "refused to meet the King", "refused to lift the ban on Cypriot ships",
    "refused to lift the ban imposed on the movement", "accepted an invitation to meet with Kim"."""
    if is_withdrawing_verb(verb):
        return left_behind(verb, mentions)
    if _sends_forces(verb):  # "offered to send troops to Haiti": the troops are the sender's own
        return sent_to(verb, mentions) or _aim_of_the_errand(verb, mentions)
    for child in with_participles(verb):
        if child.dep_ == "dobj":
            found = actor_for_token(mentions, child) or owner_of(child, mentions, "") or object_of(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_TARGET_PREPOSITIONS:
            found = object_actor(child, mentions) or _owner_of_object(child, mentions, "")
        elif noun_clause(child):
            found = object_of(child, mentions)
        else:
            continue
        if found is not None:
            return found
    return None


def _aim_of_the_errand(verb: Token, mentions: Mentions) -> str | None:
    """Whom forces are sent to help or fight, as the purpose clause after the verb says: "offered to send troops to
    help the Philippine army"."""
    errands = (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and infinitive(c))
    return next(filter(None, (object_of(c, mentions) for c in errands)), None)


def owner_of(thing: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whose thing an event is aimed at: "rejected North Korea's demand", "rejected an Australian ultimatum",
    "shelled Russian positions" (a nation's positions are its forces'), "expelled the UNSCOM inspectors"."""
    traded = of_object(thing) if thing.lemma_.lower() in TRADE_NOUNS else None
    if traded is not None:  # "imports of Australian beef": the goods' nation
        return owner_of(traded, mentions, event_type)
    for child in thing.children:
        if child.dep_ == "poss":
            return actor_for_token(mentions, child)
        if child.dep_ in {"amod", "compound"}:
            holder = _holder(child)
            found = _holding_party(holder, mentions, event_type) if holder is not None else None
            found = found or _modifying_owner(child, mentions, event_type)
            if found is None and _names_an_owner(child, mentions):
                found = actor_for_token(mentions, child)
            if found is not None:
                return found
    return None


def _holder(modifier: Token) -> Token | None:
    """The party hyphened to a participle of holding, who holds the thing it modifies: "rebel" of "a rebel-held
    area"."""
    if modifier.lemma_.lower() not in HOLDING_PARTICIPLES or modifier.tag_ != "VBN":
        return None
    return next((c for c in modifier.children if c.dep_ in {"npadvmod", "compound", "nmod", "amod"}), None)


def _holding_party(holder: Token, mentions: Mentions, event_type: str) -> str | None:
    """The party that holds a place, by name, nation or sector word: "Houthi-controlled", "rebel-held"."""
    found = actor_for_token(mentions, holder) or _modifying_owner(holder, mentions, event_type)
    if found is None and holder.lemma_.lower() in SECTOR_WORDS:
        found = implicit_group(mentions, holder.lower_, SECTOR_WORDS[holder.lemma_.lower()], mentions.home_country)
    return found


def _modifying_owner(modifier: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whose thing a modifier says its noun is: a nation's ("Russian positions", its forces' where attacked), or an
    armed force's ("a police vehicle")."""
    forces = event_type == "ASSAULT"
    found = national_forces(mentions, modifier) if forces else nation_of_demonym(mentions, modifier)
    if found is None and forces:
        found = _armed_owner(modifier, mentions)
    return found


def _names_an_owner(modifier: Token, mentions: Mentions) -> bool:
    """A name that tells whose thing its noun is, however deep among the noun's modifiers: "expelled all UNSCOM weapons
    inspectors", "rejected an Afghan government offer" (not a place: "the Kabul airport" is where)."""
    named = any(t.ent_type_ in OWNER_LABELS for t in modifier.subtree)
    return modifier.dep_ == "compound" and named and not _local_place(modifier, mentions)


def _armed_owner(modifier: Token, mentions: Mentions) -> str | None:
    """ "a police vehicle", "military targets", "an army convoy", "a security checkpoint": the force the thing belongs
    to is attacked."""
    sector = word_sector(modifier.lemma_.lower())
    if sector not in ARMED_OWNER_SECTORS:
        return None
    found = actor_for_token(mentions, modifier)
    return found or implicit_group(mentions, modifier.lower_, sector, mentions.home_country)


def first_object_actor(prepositions: Iterable[Token], mentions: Mentions, event_type: str = "") -> str | None:
    """The actor the first of ``prepositions`` whose object names one names (``object_actor``)."""
    return next(filter(None, (object_actor(p, mentions, event_type) for p in prepositions)), None)


def object_actor(preposition: Token, mentions: Mentions, event_type: str = "") -> str | None:
    """The actor a preposition's object names, or whose thing it is ("fired at military positions"); a town or
    region is where, not whom ("ambushed at Mathangeni"), save a capital a visit or message goes to."""
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if _local_place(obj, mentions):
        return _addressed_capital(preposition, obj, mentions)
    hosts = preposition.lower_ in DESTINATION_PREPS  # troops sent "to the UN mission in Mali" go to Mali
    found = (_host_of_mission(obj, mentions) if hosts else None) or actor_for_token(mentions, obj)
    if found is None and event_type:  # an event's target: also whose thing or doing the object is
        found = owner_of(obj, mentions, event_type) or doer_of(obj, mentions)
    return found


def _addressed_capital(preposition: Token, place: Token, mentions: Mentions) -> str | None:
    """The state a capital stands for where a visit or a message goes to it ("a visit to Washington", "an ultimatum
    to Moscow"); a town where something happened names no one."""
    if preposition.lower_ != "to" or preposition.head.lemma_.lower() not in PARTY_DESTINATION_NOUNS:
        return None
    found = actor_for_token(mentions, place)
    actor = mentions.actor(found)
    return found if actor is not None and actor.kind == "country" else None


def _host_of_mission(noun: Token, mentions: Mentions) -> str | None:
    """The country a peace or security mission serves in, whom troops or aid sent to it go to: "deployed 300 troops to
    the UN peacekeeping mission in Mali", "contributed troops to the NATO-led security force in Afghanistan"."""
    if noun.lemma_.lower() not in HOSTED_MISSIONS or not any(m.lemma_.lower() in MISSION_AIMS for m in noun.children):
        return None
    return first_country_named((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"), mentions)


def first_country_named(prepositions: Iterable[Token], mentions: Mentions) -> str | None:
    """The country the first of ``prepositions`` whose object is a country read as a place names: "expelled from
    North Korea", "the deployment of troops to Liberia"."""
    places = (o for p in prepositions for o in p.children if o.dep_ == "pobj")
    return next(filter(None, (country_named_as_place(o, mentions) for o in places)), None)


def country_named_as_place(token: Token, mentions: Mentions) -> str | None:
    place = mentions.place(mentions.place_by_token.get(token.i))
    return country_actor_of_place(place.id, mentions) if place is not None and place.feature == "country" else None


def doer_of(thing: Token, mentions: Mentions) -> str | None:
    """Whose doing a thing is, as its "by" or "of" phrase names: "against violations by the Israeli military",
    "protested the policies of the government"; or its "from" phrase, for what one puts to another ("rejected a
    request from the Times"). The "of" of what befalls people names whom it befell: "the murder of X by Y" is Y's."""
    authors = _author_prepositions(thing.lemma_.lower())
    phrases = [*with_participles(thing, harming=False), *by_on_the_victim(thing)]
    for preposition in (c for c in phrases if c.dep_ in {"prep", "agent"} and c.lower_ in authors):
        obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if obj is not None and not _local_place(obj, mentions):
            found = actor_for_token(mentions, obj)
            if found is not None:
                return found
    return None


def _author_prepositions(noun: str) -> set[str]:
    if noun in BEFALLING_OF_NOUNS:
        return {"by"}
    return {"by", "of", "from"} if noun in PUT_TO_NOUNS else {"by", "of"}


def by_on_the_victim(harm: Token) -> list[Token]:
    """The "by" phrase the parser hangs on the victim of what befell them, which names who did it: "the arrest of a
    trader by the police"."""
    if harm.lemma_.lower() not in BEFALLING_OF_NOUNS:
        return []
    victims = (o for p in harm.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return [c for v in victims if v.dep_ == "pobj" for c in v.children if c.dep_ == "prep" and c.lower_ == "by"]


def _local_place(token: Token, mentions: Mentions) -> bool:
    """A town, region or site, resolved or not; a country may be whom an action is aimed at ("fired at Israel")."""
    place = mentions.place(mentions.place_by_token.get(token.i))
    if place is not None:
        return place.feature != "country"
    return token.ent_type_ in PLACE_LABELS and token.ent_type_ != "GPE"


def country_actor_of_place(place_id: str, mentions: Mentions) -> str | None:
    place = mentions.place(place_id)
    country = iso3(place.country) if place is not None and place.country else None
    if country is None:
        return None
    named = next((a.id for a in mentions.actors if a.kind == "country" and a.country == country), None)
    return named or implicit_group(mentions, place.name, "UNK", country)
