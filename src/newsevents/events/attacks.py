"""Attacks a verb of harm or a death noun names as its cause: "killed in police firing", "77 deaths due to police
firing", "wounded during an army raid", "succumbed to the police firing".

A death such an attack caused is that attack (``triggers``), a toll told with a cause of its own is no toll of the
attack told before (``tolls``), and the attack noun says whose doing the harm was (``participants``): the reading is
shared, so it stands apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.annotate.sectors import NON_STATE_ARMED_SECTORS, SECTOR_WORDS
from newsevents.events.casualties import DIE_LEMMAS
from newsevents.events.lexicon import AUTHORITY_SECTORS, NOUN_TRIGGERS

#: Sectors whose things ("a police vehicle", "military positions") stand for the force when attacked.
ARMED_OWNER_SECTORS = AUTHORITY_SECTORS
#: Nouns naming the means of an attack, beside the ASSAULT noun triggers ("killed in police firing").
ATTACK_MEANS = {"firing", "fire", "gunfire", "shooting", "bullet", "shelling", "bombing"}
#: What else a death can be "in": a police "encounter" (Indian English: a shoot-out), "police custody".
DEATH_SETTINGS = {"encounter", "custody"}
INSTRUMENT_PREPOSITIONS = {"in", "during", "by", "from"}


def by_phrase(child: Token) -> bool:
    return child.dep_ in {"prep", "agent"} and child.lower_ == "by"


def attacks_named(verb: Token) -> list[Token]:
    """The attacks a verb's (or death noun's) preposition or agent names: "in police firing", "during an army raid",
    "due to police firing", "by police bullets"; for a dying verb also "succumbed to the police firing"."""
    preps = [c for c in verb.children if _names_a_cause(c, verb)]
    nouns = [attack_counted(n) for p in preps for n in _objects_of(p)]
    return [n for n in nouns if _is_death_cause(n)]


def attack_counted(noun: Token) -> Token:
    """The attack a measure noun counts: "rounds of firing", "a hail of bullets"."""
    of = (o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    return next((o for o in of if is_attack_noun(o)), noun)


def _names_a_cause(child: Token, verb: Token) -> bool:
    if child.dep_ == "agent" or (child.lower_ == "due" and child.dep_ in {"prep", "amod"}):
        return True
    to_of_dying = child.lower_ == "to" and verb.lemma_.lower() in DIE_LEMMAS - {"die"}
    return child.dep_ == "prep" and (child.lower_ in INSTRUMENT_PREPOSITIONS or to_of_dying)


def _objects_of(prep: Token) -> list[Token]:
    """A preposition's object, also as the parser hangs it in "due to police firing" ("to" under "due") and "in
    police firing" ("firing" a clause under "in", "police" its subject)."""
    direct = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    nested = [o for c in prep.children if c.dep_ in {"pcomp", "prep"} for o in c.children if o.dep_ == "pobj"]
    return direct + nested


def _is_death_cause(noun: Token) -> bool:
    """An attack noun, also one misparsed: "in police firing" read as "police" with "firing" hung elsewhere."""
    following = noun.nbor() if noun.i + 1 < len(noun.doc) else None
    return (
        is_attack_noun(noun)
        or noun.lemma_.lower() in DEATH_SETTINGS
        or armed_operation(noun)
        or any(is_attack_noun(c) for c in noun.children if c.dep_ == "acl")
        or (following is not None and following.lemma_.lower() in ATTACK_MEANS)
    )


def armed_operation(noun: Token) -> bool:
    """An operation of armed men, as its modifier or "by" phrase names them (a body by its name): "in a police
    operation", "killed in an operation by the military forces", "by the CTD"; not a surgeon's ("died during an
    operation by a surgeon")."""
    if noun.lemma_.lower() != "operation":
        return False
    doers = [o for c in noun.children if by_phrase(c) for o in c.children if o.dep_ == "pobj"]
    named = [c for c in noun.children if c.dep_ in {"amod", "compound"}] + doers
    return any(armed_word(t) for t in named) or any(o.ent_type_ == "ORG" for o in doers)


def armed_word(token: Token) -> bool:
    """ "military", "police", "forces", "militants": a word of an armed sector."""
    return SECTOR_WORDS.get(token.lemma_.lower()) in ARMED_OWNER_SECTORS | NON_STATE_ARMED_SECTORS


def dies(trigger: Token) -> bool:
    """A verb of dying ("died", "perished", "succumbed"), whose subject is the dead, never one who did harm: "a man died
    in Baidoa" names no doer, "three others died in police firing" the police."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in DIE_LEMMAS


def died_in_attack(trigger: Token) -> bool:
    """ "three others died in police firing", "77 deaths due to police firing": a death an attack caused is that
    attack."""
    death = trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "death"
    return (dies(trigger) or death) and bool(attacks_named(trigger))


def is_attack_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ATTACK_MEANS or NOUN_TRIGGERS.get(lemma, ("",))[0] == "ASSAULT"
