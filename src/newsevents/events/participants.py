"""Who did what to whom: the actor and target of an event from its trigger's parse. For a verb, its subject, object,
agent and prepositions, reduced passives, pronouns read back to whom they stand for; for an event noun, its modifiers,
its "by" and "of" phrases and the light verb that carries it; for both, whom a demand, threat or protest is aimed at
and the sides "between" which a fight took place.

Apart from ``triggers`` because it answers another question over the same parse: given that a word tells an event of
some type, which actors it names.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsevents.annotate.actors import (
    PARTY_DESTINATION_NOUNS,
    VISIT_NOUNS,
    WHERE_PREPOSITIONS,
    actor_for_token,
    implicit_group,
    nation_of_demonym,
    national_forces,
    protester_for_token,
    subject_named_by_noun,
)
from newsevents.annotate.geo import country_of_demonym, iso3
from newsevents.annotate.mentions import Mentions, named_country
from newsevents.annotate.nlp import of_object
from newsevents.annotate.place_mentions import PLACE_LABELS
from newsevents.annotate.sectors import SECTOR_WORDS
from newsevents.events.attacks import (
    ARMED_OWNER_SECTORS,
    DEATH_SETTINGS,
    armed_operation,
    armed_word,
    attack_counted,
    attacks_named,
    by_phrase,
    died_in_attack,
    is_attack_noun,
)
from newsevents.events.lexicon import (
    AID_OBJECTS,
    CHARGE_NOUNS,
    FIRE_AIMS,
    MONEY_WORDS,
    MUTUAL_FIGHTING,
    NOUN_TRIGGERS,
    RESTRICTIONS,
    STRIKING_VERBS,
    VERB_TRIGGERS,
    WEAPONS,
    is_light_verb,
)
from newsevents.events.responsibility import CLAIM_VERBS, claimed
from newsevents.events.statements import (
    ADDRESSED_TYPES,
    DEPLOYING_VERBS,
    DESTINATION_PREPS,
    GIVING_VERBS,
    destination_phrases,
    forces_among,
    given_back_to,
    states_a_stance,
)
from newsevents.events.syntax import (
    AGREEMENT_OBJECTS,
    MISSION_NOUNS,
    PROVIDING_VERBS,
    SETTING_LABELS,
    active_subject,
    governing_subject,
    is_people,
    light_verb_of,
    marked,
    misparsed_predicate,
    passive_marker,
)
from newsevents.events.triggers import (
    GUNFIRE,
    GUNFIRE_VERBS,
    PROTEST_PURPOSES,
    opens_fire,
    operation_against_people,
)
from newsevents.record import Actor

#: Prepositions whose object is the target of any event ("clashed with X", "protested against Y").
TARGET_PREPOSITIONS = {"with", "against", "on"}
#: Prepositions whose object a complement clause acts on ("threatened to cut ties with X").
COMPLEMENT_TARGET_PREPOSITIONS = {"with", "against", "to", "for", "on"}
#: Prepositions that introduce the target of some types only: "fired at X", "appealed to X", "cut aid to X", "an
#: investigation into crimes by X", "hacked into X's computers", "called for the resignation of X".
EXTRA_TARGET_PREPOSITIONS = (
    {"ASSAULT": FIRE_AIMS, "SANCTION": {"to"}, "COERCE": {"into"}}
    | {t: {"to"} for t in ADDRESSED_TYPES}
    | {"ACCUSE": {"to", "into"}, "RETREAT": {"to"}, "REQUEST": {"to", "for"}}
)
#: Conjunctions of a clause telling the occasion of a harm: "killed when the army clashed with", "after troops fired".
OCCASION_MARKS = {"when", "after", "as"}
#: Prepositions of the deal an act followed or rests on, and the words for a deal (``_party_settled_with``).
SETTLEMENT_PREPOSITIONS = {"after", "following", "under"}
SETTLEMENTS = AGREEMENT_OBJECTS | {"talk", "negotiation", "understanding"}
#: Verbs whose object, a mine or bomb, is what their subject ran over: "a vehicle struck a landmine".
RUNNING_OVER_VERBS = {"hit", "strike"}
#: Nouns of ammunition beside the named weapons (``WEAPONS``): "heavy rounds fired by", "an explosive device".
WEAPON_HEADS = {"round": "heavy-weapons", "device": "explosives"}
#: Conjunctions of the condition a threat or demand sets: "unless Israel rescinds" ("if" more often tells a case:
#: "if it is attacked").
CONDITION_MARKS = {"unless"}
#: Brackets, which close the qualifier of a place that opens a clause ("in Lower village (Upper township), ...").
BRACKETS = {"(", ")", "[", "]"}
#: How many words before its subject a list of doers may start (``_listed_before_subject``).
MAX_LISTED_DOERS_SPAN = 12
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
#: Subject pronouns read back to an actor named before, by the kinds of actor each may stand for.
PERSON_PRONOUNS = {"he", "she"}
BODY_PRONOUNS = {"it", "they"}
#: Object pronouns read back to a person named before: "urged him to", "accusing her of".
OBJECT_PERSON_PRONOUNS = {"him", "her"}
#: Possessive pronouns, by the subject pronoun of the same one: "his country" is the country of whom "he" stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: Nouns for the country of whom a possessive pronoun stands for: "the president said his country will not ...".
OWN_COUNTRY_NOUNS = {"country", "nation"}
#: Nouns of harm done to people or of their removal, whose "of" phrase names the victims: "the murder of X", "the
#: kidnapping of two engineers", "the expulsion of two diplomats" (not "the bombing of the embassy", "a series of
#: attacks").
HARMED_OF_NOUNS = {
    "murder", "assassination", "killing", "kidnapping", "abduction", "execution", "massacre", "slaying", "expulsion",
    "deportation",
}  # fmt: skip
#: Verbs whose object is the doer's own forces or envoys, moved away ("withdrew its troops from X", "pulled out
#: peacekeepers", "recalled its ambassador from X"): whom they leave is the target, not what they move.
WITHDRAWING_VERBS = {"withdraw", "pull", "recall"}
#: The same said with a noun: "the withdrawal of US troops from Iraq" (the troops withdraw, Iraq is left).
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out"}
#: Verbs that move forces ("contributed troops to the mission"), and what they may tell besides a mobilization: aid, a
#: withdrawal, or either said of the future (a promise or a threat: "would send police to the border").
FORCE_MOVING_VERBS = DEPLOYING_VERBS | {"deploy", "order", "contribute", "commit", "pledge"}
FORCE_MOVING_TYPES = {"AID", "RETREAT", "AGREE", "THREATEN"}
#: Prepositions that tie a charge to the one charged: "accused X of", "blamed X for", "charged X with".
CHARGING_PREPS = {"of", "for", "with"}
#: Prepositions whose object belongs to the noun phrase they hang on, as its whole or its members: "the head of the
#: ministry", "local PDFs including the People's Defense Force".
MEMBER_PREPOSITIONS = {"of", "including"}
#: Prepositions whose phrase names the body a subject belongs to: "Republicans in Congress", "leaders of Hamas".
BELONGING_PREPOSITIONS = {"in", "of", "from"}
#: Prepositions whose phrase says which people a plural noun means: "residents of", "workers from".
HOLDING_PREPOSITIONS = {"of", "from"}
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
#: Events that give aid or cut it, whose recipient a town or region may name: "suspended aid to Gaza".
AID_GIVEN_OR_CUT = {"AID", "SANCTION"}
MISSION_AIMS = {"peacekeeping", "peace", "security", "stabilization", "stabilisation", "monitoring", "observer"}
#: The dependents of a trigger that tell what it acts on or aims at, not who acts or what else is said.
OBJECT_PHRASES = {"dobj", "prep", "xcomp", "advcl", "dative", "attr", "acomp"}
#: Types a verb of giving back tells: done, or promised ("said they will return the weapons").
RETURN_TYPES = {"RETREAT", "AGREE"}
#: Verbs of taking a thing from its holder, whom giving it back is aimed at ("weapons seized from the army").
TAKING_VERBS = {"seize", "take", "capture", "confiscate", "steal", "loot", "grab"}
#: Nouns of what ties two parties, whose "with" names the other party; whose they are is the actor's own ("closed
#: Venezuela's borders with Brazil", "cut its ties with Qatar").
CONNECTION_NOUNS = {"border", "tie", "relation", "link", "contact"}
#: Verbs of driving people out of a country, which a passive with no agent tells as done by the country they leave:
#: "two inspectors were expelled from North Korea" (North Korea expelled them).
EXPELLING_VERBS = {"expel", "deport"}
#: Verbs of a cause harming people, whose agent is no doer of the people: "populations affected by the cyclone".
HARMING_PARTICIPLES = {"affect", "hit", "displace", "strike"}
#: Nouns of an "in ..." phrase that tells what a protest opposes, with the prepositions naming it: "in protest against
#: the law", "in protest at the arrest", "in defiance of the authorities".
PROTESTING_PHRASES = {"protest": {"against", "at", "over"}, "defiance": {"of"}}
#: Types of sending aid or forces to a party: "lent $1 billion to X to aid", "announced the deployment of troops to X".
SENDING_TYPES = {"AID", "MOBILIZE"}
#: Types of acting together with a partner, whom "with" names ahead of whom the act is against.
PARTNER_TYPES = {"COOPERATE", "CONSULT", "AGREE"}
#: Nouns of trade whose "of" phrase names the goods, whose nation a measure on the trade aims at ("a ban on imports
#: of British beef", "suspended exports of Ukrainian grain").
TRADE_NOUNS = {"import", "export", "shipment", "sale", "purchase"}
#: Verbs of calling on or meeting someone for a purpose the clause after them tells, whom that purpose is aimed at:
#: "called Lavrov to discuss Syria", "received the ambassador to discuss ties", "summoned the envoy to complain".
CONTACT_VERBS = {"call", "phone", "telephone", "meet", "visit", "receive", "host", "invite", "summon"}


def participants(trigger: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    if died_in_attack(trigger):  # the dead are the target, the attack's author the actor
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return _whose_attack(trigger, mentions), actor_for_token(mentions, subject) if subject is not None else None
    if trigger.pos_ == "VERB" or trigger.lemma_.lower() in GUNFIRE:
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        actor, target = _verb_participants(verb, mentions, event_type)
        target = target or _aim_of_misread_fire(trigger, mentions)
        if target is None and event_type in ADDRESSED_TYPES:
            target = _addressee(verb, mentions, actor) or _party_answered_or_met(verb, mentions, event_type, actor)
    else:
        actor, target = _noun_participants(trigger, mentions, event_type)
        if target is None and event_type in ADDRESSED_TYPES:
            target = _addressee(trigger, mentions, actor)
    between = _between(trigger)
    if actor is None and between is not None:
        actor, target = _sides(between, mentions)
    elif target is None:  # "X launched a mediation effort between Y and Z", "... to end the rift between Y and Z"
        between = between or _between_in_mission_aim(trigger)
        sides = _sides(between, mentions) if between is not None else ()
        target = next((side for side in sides if side not in {None, actor}), None)
    if actor is None and trigger.pos_ == "VERB":
        actor = _whose_attack(trigger, mentions)
    if target is None and event_type == "PROTEST":
        target = _protested_in_phrase(trigger, mentions)
    if target is None and event_type in SENDING_TYPES:
        target = _recipient_of_the_served_verb(trigger, mentions) or _destination_of_the_carrier(trigger, mentions)
    if target is None:
        found = (
            _host_of_visit(trigger, mentions)
            or _country_in_object(trigger, mentions)
            or _named_in_object(trigger, mentions, event_type)
        )
        target = found if found != actor else None
    return actor, target


def _recipient_of_the_served_verb(trigger: Token, mentions: Mentions) -> str | None:
    """Whom the verb an act of aid is the purpose of gives to: "lent $1 billion to Indonesia to aid its recovery",
    "gave Haiti $5 million to help rebuild" (the giving verb tells no event of its own)."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"advcl", "xcomp"} or not _infinitive(trigger):
        return None
    served = trigger.head
    recipients = (c for c in served.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"))
    return next(filter(None, (_recipient(r, mentions) for r in recipients)), None)


def _destination_of_the_carrier(noun: Token, mentions: Mentions) -> str | None:
    """The country forces or aid go to, where the parser hangs its "to" on the verb whose object the noun is:
    "announced the deployment of 230 troops to Liberia"."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return None
    phrases = (c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and c.i > noun.i)
    return _first_country_named(phrases, mentions)


def _aim_of_misread_fire(fire: Token, mentions: Mentions) -> str | None:
    """ "men on a motorcycle opened fire on a trader" with "opened" read as the modifier of "fire": the "on"/"at"
    phrase hung on "fire", or just after it (the parser hangs it higher), names whom the shots aimed at."""
    if fire.pos_ == "VERB" or fire.dep_ == "dobj" or not opens_fire(fire):
        return None
    following = fire.doc[fire.right_edge.i + 1 : fire.right_edge.i + 2]
    aims = [*fire.rights, *following]
    objects = (o for a in aims if a.dep_ == "prep" and a.lower_ in FIRE_AIMS for o in a.children if o.dep_ == "pobj")
    return next((found for o in objects if (found := actor_for_token(mentions, o)) is not None), None)


def _whose_attack(verb: Token, mentions: Mentions) -> str | None:
    """ "killed in police firing", "wounded during an army raid": the attack the verb's preposition names
    says whose doing it was."""
    for noun in attacks_named(verb):
        if noun.lemma_.lower() in DEATH_SETTINGS:
            found = _setting_author(noun, mentions)
        elif armed_operation(noun):
            found = _author_named(noun, mentions)
        elif not is_attack_noun(noun):  # "in police firing" parsed as "police" with "firing" hung on it
            return actor_for_token(mentions, noun)
        else:
            found = _attack_author(noun, mentions)
        if found:
            return found
    return None


def _encounter_side(noun: Token, mentions: Mentions) -> str | None:
    """ "killed in an encounter with the police": the side the victims met did the killing."""
    return next((_object_actor(c, mentions) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)


def _attack_author(noun: Token, mentions: Mentions) -> str | None:
    """Whose attack an attack noun names: "police firing", "US Predator attacks", "Russia's strikes"; of a fight, its
    first side ("killed during a firefight between the NPA and the military")."""
    if not is_attack_noun(noun):
        return None
    return _author_named(noun, mentions) or _first_side(noun, mentions)


def _first_side(fight: Token, mentions: Mentions) -> str | None:
    """The side named first in a fight "between X and Y": the actor, as for the fight's own event (``_sides``)."""
    between = _between(fight) if fight.lemma_.lower() in MUTUAL_FIGHTING else None
    return _sides(between, mentions)[0] if between is not None else None


def _setting_author(setting: Token, mentions: Mentions) -> str | None:
    """Whose encounter or custody a death happened in: "a police encounter", "in police custody", "an encounter with
    the police"."""
    return _author_named(setting, mentions) or _encounter_side(setting, mentions)


def _author_named(noun: Token, mentions: Mentions) -> str | None:
    """The actor a noun's modifiers or "by" name as its author."""
    authors = {"compound", "amod", "poss", "nsubj"}  # nsubj: "police firing" parsed as a clause
    for modifier in (c for c in noun.children if c.dep_ in authors):
        found = actor_for_token(mentions, modifier) or national_forces(mentions, modifier)
        if found:
            return found
    by = next((c for c in _with_participles(noun) if by_phrase(c)), None)
    if by is None:
        return None
    return _object_actor(by, mentions) or _weapon_forces(by, mentions)  # "firing by the police", "a blast planted by X"


def _weapon_forces(by: Token, mentions: Mentions) -> str | None:
    """The armed forces of the nation whose weapons a "by" names: "airstrikes by Russian jets"."""
    weapons = (o for o in by.children if o.dep_ == "pobj" and _weapon_kind(o) is not None)
    modifiers = (c for w in weapons for c in w.children if c.dep_ in {"amod", "compound"})
    return next((found for m in modifiers if (found := national_forces(mentions, m)) is not None), None)


def _counted_attack_author(noun: Token, mentions: Mentions) -> str | None:
    """Whose attacks a measure noun counts, as either names: "a series of airstrikes by Russian jets", "waves of Israeli
    airstrikes"."""
    attack = attack_counted(noun)
    if attack is noun:
        return None
    return _author_named(attack, mentions) or _author_named(noun, mentions)


def _noun_participants(trigger: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    actor = (
        _light_verb_subject(trigger, mentions)
        or _light_verb_agent(trigger, mentions)
        or _held_responsible(trigger, mentions)
    )
    target = None
    if trigger.lemma_.lower() in WITHDRAWAL_NOUNS:
        return _withdrawal_participants(trigger, mentions, actor)
    for child in trigger.children:
        if child.dep_ in {"poss", "amod", "compound"} and actor is None:
            actor = (
                actor_for_token(mentions, child)
                or _forces_of(child, trigger, mentions)
                or _possessor_pronoun(child, trigger, mentions)
            )
        elif child.dep_ == "prep" and child.lower_ in {"by"}:
            actor = _object_actor(child, mentions) or _weapon_forces(child, mentions) or actor
        elif child.dep_ == "prep" and child.lower_ in _target_prepositions(event_type):
            target = _object_actor(child, mentions, event_type) or target
        elif child.dep_ == "prep" and child.lower_ == "of" and target is None:
            target = _victim_of(trigger, child, mentions) or _aim_of_the_object(
                child, mentions, TARGET_PREPOSITIONS, "pobj"
            )
    if actor is None and event_type != "PROTEST":  # who protests, ``protester`` reads
        actor = _light_verb_subject_read(trigger, mentions) or _attacker_by_these_means(trigger, mentions)
    aim = _aim_of_the_carrier(trigger, mentions, event_type) if target is None else None
    target = target or (aim if aim != actor else None)
    recipient = None if target is not None else _given_to(trigger, mentions)
    return actor, target or (recipient if recipient != actor else None)


def _attacker_by_these_means(noun: Token, mentions: Mentions) -> str | None:
    """Who attacked with what an event noun tells, the means of a verb of attack: "Turkish forces targeted YPG
    positions with artillery shelling", "militants attacked the post with mortar fire"."""
    means = noun.head if noun.dep_ == "pobj" else None
    if means is None or means.lower_ != "with" or means.dep_ != "prep":
        return None
    verb = means.head
    if verb.lemma_.lower() not in STRIKING_VERBS and not _tells_an_attack(verb):
        return None
    subject = active_subject(verb)
    return _subject_actor(subject, mentions) if subject is not None else None


def _aim_of_the_carrier(noun: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whom the light verb that carries an event noun aims it at, where the parser hangs the phrase on the verb:
    "launched cyber warfare against Iran", "carried out strikes on rebel positions" ("on" aims only an attack)."""
    verb = light_verb_of(noun)
    if verb is None or not is_light_verb(verb):
        return None
    preps = {"against", "on"} if event_type == "ASSAULT" else {"against"}  # "talks on the pullback": a topic
    aims = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps)
    return next((found for p in aims if (found := _object_actor(p, mentions, event_type)) is not None), None)


def _victim_of(noun: Token, of: Token, mentions: Mentions) -> str | None:
    """Whom a noun of harm to people names with "of": "the murder of Hector Oqueli, a social democratic leader", "the
    kidnapping of two engineers"."""
    victim = next((c for c in of.children if c.dep_ == "pobj"), None)
    if victim is None or noun.lemma_.lower() not in HARMED_OF_NOUNS:
        return None
    return actor_for_token(mentions, _person_in_apposition(victim))


def _withdrawal_participants(noun: Token, mentions: Mentions, actor: str | None) -> tuple[str | None, str | None]:
    """ "the withdrawal of US troops from Iraq", "Russia's withdrawal from Syria": who withdraws (the forces "of" it, or
    the one whose withdrawal it is), and whom they leave."""
    for child in noun.children:
        if actor is not None:
            break
        if child.dep_ in {"poss", "amod", "compound"}:
            actor = actor_for_token(mentions, child) or _forces_of(child, noun, mentions)
        elif child.dep_ == "prep" and child.lower_ == "of":
            forces = next((c for c in child.children if c.dep_ == "pobj"), None)
            actor = None if forces is None else actor_for_token(mentions, forces) or _owner(forces, mentions, "")
    target = _left_behind(noun, mentions)
    return actor, (target if target != actor else None)


def _given_to(noun: Token, mentions: Mentions) -> str | None:
    """Whom the verb that gives an event noun gives it to: "gave the Ivory Coast $5 million of aid", "provided aid to
    Egypt", "provided Egypt with military assistance" (the verb's object, where the noun is not in it)."""
    verb = light_verb_of(noun)
    if verb is None:
        return None
    for child in verb.children:
        other = child.dep_ == "dobj" and not child.left_edge.i <= noun.i <= child.right_edge.i
        if child.dep_ == "dative" or (other and verb.lemma_.lower() in PROVIDING_VERBS):
            found = _recipient(child, mentions)
            if found is not None:
                return found
    return None


def _possessor_pronoun(modifier: Token, noun: Token, mentions: Mentions) -> str | None:
    """ "The rebel group insisted on its demands": the possessive pronoun is the subject of the verb the noun hangs
    on."""
    if modifier.dep_ != "poss" or modifier.pos_ != "PRON":
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = governing_subject(verb) if verb is not None else None
    return _subject_actor(subject, mentions) if subject is not None and subject.pos_ != "PRON" else None


def _between(noun: Token) -> Token | None:
    """The "between" of "clashes between X and Y", also where it hangs on the verb ("fighting broke out between", "a
    clash was reported between"), on a participle or clause that describes the noun ("a clash ensued between") or
    on the mission the noun names ("a mediation effort between")."""
    holders = [noun, noun.head] if noun.dep_ in {"nsubj", "nsubjpass", "csubj"} else [noun]
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in MISSION_NOUNS:
        holders.append(noun.head)  # "a mediation effort between X and Y"
    holders += [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    if noun.pos_ == "VERB":  # "ended mediation efforts between X and Y"
        holders += [c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in MISSION_NOUNS]
    return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"), None)


def _between_in_mission_aim(noun: Token) -> Token | None:
    """The "between" of the quarrel a mediation sets out to end: "a mediation effort to resolve the rift between X and
    Y", "launched a mediation effort to try to prevent a confrontation between X and Y"."""
    if noun.dep_ != "compound" or noun.head.lemma_.lower() not in MISSION_NOUNS:
        return None
    aims = (c for c in noun.head.children if c.dep_ == "acl" and _infinitive(c))
    phrases = (t for aim in aims for t in aim.subtree if t.dep_ == "prep" and t.lower_ == "between")
    return next((p for p in phrases if p.head.pos_ == "NOUN"), None)


def _forces_of(modifier: Token, trigger: Token, mentions: Mentions) -> str | None:
    """ "Russian airstrikes", "an Israeli raid", "a Russian patrol": a nation's attack or military move is its armed
    forces' doing."""
    event_type = NOUN_TRIGGERS.get(trigger.lemma_.lower(), ("",))[0]
    return national_forces(mentions, modifier) if event_type in {"ASSAULT", "MOBILIZE"} else None


def _sides(between: Token, mentions: Mentions) -> tuple[str | None, str | None]:
    """ "clashes between the army and rebels": the first side acts, the second is the target."""
    first = next((c for c in between.children if c.dep_ == "pobj"), None)
    if first is None:
        return None, None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    return actor_for_token(mentions, first), actor_for_token(mentions, second) if second is not None else None


def protester(trigger: Token, mentions: Mentions) -> str | None:
    """Who protests: the subject of the protest verb, or of the verb that stages the protest noun, or who organised it
    ("the rally was organised by X")."""
    verb = light_verb_of(trigger) if trigger.pos_ == "NOUN" else trigger
    subject = active_subject(verb) if verb is not None else None
    if subject is None and trigger.pos_ == "NOUN":
        agent = _passive_light_verb_agent(trigger)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None:
        return None
    return protester_for_token(mentions, _people_apposed_to_a_place(subject, mentions))


def _light_verb_subject(noun: Token, mentions: Mentions) -> str | None:
    """Who "staged a protest", "carried out an attack" or "took part in a rally": the subject of the verb."""
    verb = light_verb_of(noun)
    subject = active_subject(verb) if verb is not None else None
    return actor_for_token(mentions, subject) if subject is not None else None


def _light_verb_subject_read(noun: Token, mentions: Mentions) -> str | None:
    """The subject of the verb that carries an event noun, read as far as its words allow where it names no actor: "The
    New Zealand government provided $2 million in assistance"."""
    verb = light_verb_of(noun)
    subject = active_subject(verb) if verb is not None else None
    return _subject_actor(subject, mentions) if subject is not None else None


def _held_responsible(noun: Token, mentions: Mentions) -> str | None:
    """Who is "responsible for" the event noun, or for the acts it is listed with: "Hussein was responsible for mass
    killings", "the LRA is responsible for killings, rapes and abductions"; who claims responsibility for it, before
    any word that modifies it ("the Taliban claimed responsibility for the Kandahar attacks")."""
    first = noun.head if noun.dep_ == "conj" else noun
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    if preposition.head.lemma_.lower() == "responsibility":
        return _claimer(preposition.head, mentions)
    if preposition.head.lemma_.lower() != "responsible":
        return None
    subject = governing_subject(preposition.head.head) if preposition.head.dep_ == "acomp" else None
    return _subject_actor(subject, mentions) if subject is not None else None


def _claimer(responsibility: Token, mentions: Mentions) -> str | None:
    """Who claims the responsibility a verb of claiming takes ("claimed", "took", "accepted"), not denied."""
    verb = responsibility.head
    if responsibility.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    claim = claimed(verb, mentions)
    return claim.by if claim.status == "claimed" else None


def _light_verb_agent(noun: Token, mentions: Mentions) -> str | None:
    """Who an event noun's passive light verb names as its agent: "a rocket attack was carried out by X"."""
    agent = _passive_light_verb_agent(noun)
    return _object_actor(agent, mentions) if agent is not None else None


def _passive_light_verb_agent(noun: Token) -> Token | None:
    """The "by" of a passive light verb whose subject is the event noun: "the rally was organised by X"."""
    if noun.dep_ != "nsubjpass" or not is_light_verb(noun.head):
        return None
    return next((c for c in noun.head.children if c.dep_ == "agent"), None)


def _verb_participants(verb: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    if _reduced_passive(verb):
        return _reduced_passive_participants(verb, mentions, event_type)
    actor = target = None
    subject = governing_subject(verb)
    subject = _people_apposed_to_a_place(subject, mentions) if subject is not None else None
    explosive = _explosive_struck(verb)
    if explosive is not None:  # "a cart hit an IED planted by X": X attacked, the cart was hit
        target = _subject_actor(subject, mentions) if subject is not None else None
        actor = _weapon_user(explosive, mentions)
        return actor, (target if target != actor else None)
    stance = states_a_stance(verb)
    if stance:
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), subject)
    passive = _is_passive(verb, subject) and not stance
    moves_forces = _moves_forces(verb, event_type)
    withdraws = _withdraws(verb) or (moves_forces and event_type == "RETREAT")
    target_preps = _target_prepositions(event_type) - ({"to"} if withdraws else set())  # withdrew "to" its bases
    if withdraws:
        target = _left_behind(verb, mentions)
    elif moves_forces:
        target = _sent_to(verb, mentions)
    returned_to = _returned_to(verb, mentions) if event_type in RETURN_TYPES else None
    target = target or returned_to or (_partner(verb, mentions) if event_type in PARTNER_TYPES else None)
    for child in verb.children:
        if child.dep_ == "dobj" and (withdraws or moves_forces or _gift(verb, child)):
            continue
        if child.dep_ in {"dobj", "nsubjpass"} and returned_to is not None:
            continue  # "returned the painting to its owner": the owner, not the painting
        if child.dep_ == "nsubjpass" and moves_forces:
            continue  # "the attackers were dispatched by Isis to Europe": Isis's own men
        if (child.dep_ == "dobj" and target is None) or (child.dep_ == "nsubjpass" and passive):
            harmed = _person_in_apposition(verb.head if _relative_pronoun(child, verb) else child)
            target = (
                _aim_of_a_measure(child, mentions)
                or _other_party_connected(child, mentions)
                or actor_for_token(mentions, harmed)
                or _owner(child, mentions, event_type)
                or _doer_of(child, mentions)
                or _object_antecedent(child, subject, mentions)
                or _named_conjunct(child, mentions)
            )
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and _nominal_gerund(verb)):
            actor = _object_actor(child, mentions) or _weapon_forces(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in target_preps and target is None:
            target = _object_actor(child, mentions, event_type)
        elif child.dep_ == "dative" and target is None:
            target = _recipient(child, mentions)
    aim = _aim_of_the_object(verb, mentions, target_preps, event_type=event_type)
    target = target or aim or _aim_of_the_purpose(verb, mentions) or _aid_sent_to(verb, mentions, event_type)
    target = target or (_people_aided_at(verb, mentions) if event_type in AID_GIVEN_OR_CUT else None)
    target = target or _party_settled_with(verb, mentions)
    if passive:
        if subject is not None and not moves_forces:
            target = target or actor_for_token(mentions, _person_in_apposition(subject))
        actor = actor or _shared_agent(verb, mentions) or _expelling_country(verb, mentions)
        actor = actor or (_forces_on_the_move(_passive_subject(verb), mentions) if moves_forces else None)
        actor = actor or _measure_owner(verb, mentions)
        actor = actor or (_stray_agent(verb, mentions) if event_type == "ASSAULT" else None)
        actor = actor or _attacker_of_the_occasion(verb, mentions)
        actor = actor or _operation_just_told(verb, mentions)
    elif subject is not None:
        actor = _listed_before_subject(subject, mentions) or _subject_actor(subject, mentions)
        actor = actor or _subject_taken_for_a_place(verb, mentions)
        target = target or _other_side(verb, subject, mentions)
    elif (charged := _charged_party(verb)) is not None:
        actor = actor or actor_for_token(mentions, charged)
    elif actor is None:
        actor = _subject_taken_for_a_place(verb, mentions) or _preceding_actor(verb, mentions)
    return actor, (target if target != actor else None)


def _expelling_country(verb: Token, mentions: Mentions) -> str | None:
    """The country a passive expulsion with no agent drives people out of, which expels them: "two inspectors were
    expelled from North Korea"."""
    if verb.lemma_.lower() not in EXPELLING_VERBS:
        return None
    return _first_country_named((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), mentions)


def _people_apposed_to_a_place(subject: Token, mentions: Mentions) -> Token:
    """ "in Cancun, Quintana Roo, 200 workers protested": the parser takes the area that qualifies the opening place for
    the subject and the people after it for its apposition. The people are the subject; a town or region is no doer.
    A country stays: it acts through its state ("Kenya, the region's hub, condemned ...")."""
    place = mentions.place(mentions.place_by_token.get(subject.i))
    if place is None or place.feature == "country":
        return subject
    people = (c for c in subject.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"})
    return next((c for c in people if c.i not in mentions.place_by_token), subject)


def _subject_taken_for_a_place(verb: Token, mentions: Mentions) -> str | None:
    """The subject the parser listed as one more place of the places that open the clause: "in a village (Lower
    township), soldiers and police burned houses", parsed with "soldiers" a conjunct of "township", which is taken for
    the subject or for a place of the opening phrase. The first conjunct after a comma, not itself a place, that names
    people of a known sector."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    opening = (c for c in clause.children if c.dep_ in {"prep", "nsubj"} and c.i < clause.i)
    listed = (t for p in opening for t in p.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"})
    for token in listed:
        after_comma = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
        if not after_comma or token.i in mentions.place_by_token:
            continue
        actor = mentions.actor(actor_for_token(mentions, token))
        if actor is not None and actor.kind == "group" and actor.sector not in {None, "UNK"}:
            return actor.id
    return None


def _listed_before_subject(subject: Token, mentions: Mentions) -> str | None:
    """The first of the doers listed as a subject the parser kept only the last of, hanging the others on the place
    phrase that opens the clause: "in a village (Lower township), about 40 troops and militia members raided ...",
    "in Kale town, the military, police and militia members fired ...". The list runs from the first comma after
    that phrase (its preposition or closing bracket) to the subject, joined by "and", with no verb in it."""
    doc = subject.doc
    start = _phrase_start(subject)
    comma = None
    for i in range(start - 1, max(start - MAX_LISTED_DOERS_SPAN, 0), -1):
        word = doc[i]
        if word.dep_ == "prep" or word.text in BRACKETS:
            return _first_listed_doer(doc[comma + 1 : start], mentions) if comma is not None else None
        if word.pos_ == "VERB":
            return None
        comma = i if word.text == "," else comma
    return None


def _phrase_start(subject: Token) -> int:
    """Where a subject's phrase starts, with the whole of a name the parser split ("Pyu Saw Htee members", its
    "Saw" read as a verb)."""
    start = subject.left_edge.i
    while start > 0 and subject.doc[start].ent_iob_ == "I":
        start -= 1
    return start


def _first_listed_doer(listed: Span, mentions: Mentions) -> str | None:
    """The body or people of a known sector the first item of a list names ("about 40 troops" of "about 40 troops and
    militia members"), where the list goes on with "and"."""
    if not any(w.lower_ == "and" and w.dep_ == "cc" for w in listed):
        return None
    first = list(itertools.takewhile(lambda w: w.text != "," and w.dep_ != "cc", listed))
    head = next((w for w in reversed(first) if w.pos_ in {"NOUN", "PROPN"}), None)
    actor = mentions.actor(actor_for_token(mentions, head)) if head is not None else None
    known = actor is not None and actor.kind in {"group", "organization"} and actor.sector not in {None, "UNK"}
    return actor.id if known else None


def _party_settled_with(verb: Token, mentions: Mentions) -> str | None:
    """The other party of the deal an act followed or rests on: "called off the strike after an agreement with the
    government", "ended the blockade after reaching a deal with the rebels", "freed hostages under a deal with X"."""
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SETTLEMENT_PREPOSITIONS):
        for told in (c for c in phrase.children if c.dep_ in {"pobj", "pcomp"}):
            deals = [told] if told.dep_ == "pobj" else [o for o in told.children if o.dep_ == "dobj"]
            if any(d.lemma_.lower() in SETTLEMENTS for d in deals):  # "after reaching a deal with" may hang on either
                found = next(filter(None, (_party_with(h, mentions) for h in (*deals, told))), None)
                if found is not None:
                    return found
    return None


def _party_with(head: Token, mentions: Mentions) -> str | None:
    withs = (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with")
    return _first_object_actor(withs, mentions)


def _named_conjunct(noun: Token, mentions: Mentions) -> str | None:
    """The first party named among the nouns joined to an object that names none, or whose doing one is: "urged Europe
    and the United States to press Myanmar" (a continent is no party), "condemned the act of aggression and the
    threats made by the United States"."""
    named = (actor_for_token(mentions, c) or _doer_of(c, mentions) for c in noun.conjuncts)
    return next(filter(None, named), None)


def _other_side(verb: Token, subject: Token, mentions: Mentions) -> str | None:
    """ "The army and the RSF clashed": of sides that fight each other, named together as the subject, the first acts
    and the second is the target (as "clashes between X and Y", ``_sides``)."""
    if verb.lemma_.lower() not in MUTUAL_FIGHTING:
        return None
    second = next((c for c in subject.children if c.dep_ == "conj"), None)
    return actor_for_token(mentions, second) if second is not None else None


def _gift(verb: Token, thing: Token) -> bool:
    """What a verb of giving gives, which is not whom it is given to: "granted political asylum to Julian Assange",
    "donated USD1 million to the World Food Program" (a sum, whatever its currency's word)."""
    if verb.lemma_.lower() not in PROVIDING_VERBS | GIVING_VERBS:
        return False
    counted = (c.lemma_.lower() for c in thing.children if c.dep_ in {"nummod", "quantmod", "compound"})
    return thing.lemma_.lower() in AID_OBJECTS or any(word in MONEY_WORDS for word in counted)


def _charged_party(verb: Token) -> Token | None:
    """ "accused Iraq of shelling", "blamed the rebels for attacking", "were charged with killing": the doer of a
    gerund after "of", "for" or "with" is the one the verb it hangs on charges, its object, never the accuser."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or preposition.lower_ not in CHARGING_PREPS:
        return None
    if preposition.lower_ == "with" and preposition.head.lemma_.lower() != "charge":
        return None  # "threatened the city with bombing": the threatener would bomb
    return next((c for c in preposition.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _relative_pronoun(subject: Token, verb: Token) -> bool:
    """ "Rodriguez, mayor of Usulutan, who was kidnapped": the clause's "who" is the noun it hangs on."""
    return subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl"


def _person_in_apposition(noun: Token) -> Token:
    """The person a title stands beside, who is the one acted on: "assassinated the attorney general, Roberto Garcia",
    "Jose Rodriguez, mayor of Usulutan, who was kidnapped"; else the noun itself. Many people are no title of one
    ("in Cancun, Quintana Roo, armed men ...", the area tagged as a person)."""
    if noun.ent_type_ == "PERSON" or noun.pos_ != "NOUN":
        return noun
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.tag_ != "NNS":
        return noun.head
    return next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), noun)


def _withdraws(verb: Token) -> bool:
    return verb.lemma_.lower() in WITHDRAWING_VERBS


def _left_behind(verb: Token, mentions: Mentions) -> str | None:
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
            found = _object_actor(preposition, mentions)
            if found is not None:
                return found
    return None


def _moves_forces(verb: Token, event_type: str) -> bool:
    """ "sent troops into Ukraine", "deployed its army", "sent troops to help X", "send troops home": the forces a
    verb moves are the actor's own, not whom the event is aimed at (as with a withdrawal)."""
    moving = verb.lemma_.lower() in FORCE_MOVING_VERBS
    if event_type != "MOBILIZE" and not (moving and event_type in FORCE_MOVING_TYPES):
        return False
    return forces_among([c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]) is not None


def _sends_forces(verb: Token) -> bool:
    """ "send troops", "deploy peacekeepers": a verb that moves the forces it takes as object."""
    moving = verb.lemma_.lower() in FORCE_MOVING_VERBS
    return moving and forces_among([c for c in verb.children if c.dep_ == "dobj"]) is not None


def _sent_to(verb: Token, mentions: Mentions) -> str | None:
    """Whom forces are sent to or against: "sent troops into Ukraine" (a town or region is where, not whom)."""
    phrases = [*destination_phrases(verb), *_destination_closing_object(verb)]
    return _first_object_actor(phrases, mentions)


def _aid_sent_to(verb: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whom aid is sent, as the phrase closing its object says (``_destination_closing_object``)."""
    if event_type != "AID":
        return None
    return _first_object_actor(_destination_closing_object(verb), mentions)


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


def _recipient(dative: Token, mentions: Mentions) -> str | None:
    """Whom a verb gives to: "provided military aid to Egypt", "gave Egypt a loan"."""
    return _object_actor(dative, mentions) if dative.pos_ == "ADP" else actor_for_token(mentions, dative)


def _attacker_of_the_occasion(verb: Token, mentions: Mentions) -> str | None:
    """Who attacked in the clause that tells when a passive harm befell: "a soldier was killed when the Taliban
    clashed with the border guards", "a civilian was killed after troops fired on the vehicles"; the clause may hang
    on a conjoined verb ("two were killed and three injured when ...")."""
    clauses = (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl")
    for clause in (c for c in clauses if _introduced_by(c, OCCASION_MARKS)):
        subject = active_subject(clause) if _tells_an_attack(clause) else None
        found = _subject_actor(subject, mentions) if subject is not None else None
        if found is not None:
            return found
    return None


def _introduced_by(clause: Token, words: set[str]) -> bool:
    """A clause introduced by one of the words, as a conjunction or an adverb ("when" is parsed as either)."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words and c.i < clause.i for c in clause.children)


def _tells_an_attack(verb: Token) -> bool:
    """ "clashed", "attacked", "opened fire", "launched an attack": a verb of attack, one whose object is gunfire, or a
    light verb whose object is an attack."""
    if VERB_TRIGGERS.get(verb.lemma_.lower(), ("",))[0] == "ASSAULT":
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if is_light_verb(verb) and any(is_attack_noun(o) for o in objects):
        return True
    return verb.lemma_.lower() in GUNFIRE_VERBS and any(o.lemma_.lower() in GUNFIRE for o in objects)


def _operation_just_told(verb: Token, mentions: Mentions) -> str | None:
    """Who carried out the operation against people the sentence before told, for a passive harm with no doer: "troops
    carried out an operation against Boko Haram militants. About thirty militants were killed." (the toll of that
    operation)."""
    if VERB_TRIGGERS.get(verb.lemma_.lower(), ("",))[0] != "ASSAULT" or verb.sent.start == 0:
        return None
    before = verb.doc[verb.sent.start - 1].sent
    operations = (t for t in before if t.lemma_.lower() == "operation" and operation_against_people(t))
    return next((found for t in operations if (found := _light_verb_subject(t, mentions)) is not None), None)


def _explosive_struck(verb: Token) -> Token | None:
    """The mine or bomb an active "hit" or "struck" has as its object: "a vehicle struck a landmine" tells who ran
    over it, not who attacked."""
    if verb.lemma_.lower() not in RUNNING_OVER_VERBS or any(passive_marker(c) for c in verb.children):
        return None
    objects = (c for c in verb.children if c.dep_ == "dobj")
    return next((o for o in objects if _weapon_kind(o) == "explosives"), None)


def _weapon_kind(noun: Token) -> str | None:
    """The kind of weapon a noun names ("IED": explosives), if it names one and no person ("gunmen")."""
    if is_people(noun):
        return None
    return WEAPONS.get(noun.lower_) or WEAPONS.get(noun.lemma_.lower()) or WEAPON_HEADS.get(noun.lemma_.lower())


def _weapon_user(noun: Token, mentions: Mentions) -> str | None:
    """Who used a weapon, as the participle describing it says: "a shell fired by the military hit the house", "an
    IED planted by JNIM militants"."""
    if _weapon_kind(noun) is None:
        return None
    participles = (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")
    agents = (c for p in participles for c in p.children if c.dep_ == "agent")
    return next((found for a in agents if (found := _object_actor(a, mentions)) is not None), None)


def _nominal_gerund(verb: Token) -> bool:
    """A gerund used as a noun, whose "by" names the doer as an agent does: "injured in a drive-by shooting by two
    armed individuals"."""
    return verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ != "by"


def _reduced_passive(verb: Token) -> bool:
    """ "two men killed in the attack", "many people killed": a past participle that describes a noun is a passive
    whose subject is that noun."""
    described = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}
    return described and not misparsed_predicate(verb)


def _reduced_passive_participants(verb: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    """The noun a reduced passive describes is the target; the actor is its "by" agent or unknown (the nearest actor
    before the verb is most often that same noun, the victim)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    actor = _object_actor(agent, mentions) if agent is not None else None
    if actor is None and _moves_forces_it_describes(verb, event_type):
        return _forces_on_the_move(verb.head, mentions), None
    target = actor_for_token(mentions, verb.head) or _owner(verb.head, mentions, event_type)
    return actor, (target if target != actor else None)


def _moves_forces_it_describes(verb: Token, event_type: str) -> bool:
    """ "AQAP militants deployed in Ad Dali": a participle of moving forces that describes the forces moved."""
    if verb.lemma_.lower() not in FORCE_MOVING_VERBS or event_type not in {"MOBILIZE", *FORCE_MOVING_TYPES}:
        return False
    return forces_among([verb.head]) is not None


def _passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _forces_on_the_move(forces: Token | None, mentions: Mentions) -> str | None:
    """ "300 soldiers were deployed to the city", "troops were sent to the border": forces moved by no one the text
    names carry out the move themselves, for their own side (a deployment is the forces' event)."""
    moved = forces_among([forces]) if forces is not None else None
    return actor_for_token(mentions, moved) if moved is not None else None


def _returned_to(verb: Token, mentions: Mentions) -> str | None:
    """Whom a thing is given back to, wherever the parser hangs the "to" ("returned a painting stolen in 1989 to the
    Art Loss Register", "the sarcophagus was returned to Egypt"): the recipient, not the thing or its maker."""
    if verb.lemma_.lower() != "return":
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    recipients = (o for o in given_back_to(verb) if not any(s.is_ancestor(o) for s in subjects))  # "a gift to Hitler"
    found = _first_object_actor((o.head for o in recipients), mentions, "RETREAT")
    return found or _taken_from(verb, mentions)


def _taken_from(verb: Token, mentions: Mentions) -> str | None:
    """Whom the things a verb gives back were taken from, where no recipient is named: "will return the weapons they
    seized from the army", "return equipment captured from UN peacekeepers" (given back to their holder)."""
    things = (t for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts))
    takings = (c for t in things for c in t.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in TAKING_VERBS)
    froms = (p for c in takings for p in c.children if p.dep_ == "prep" and p.lower_ == "from")
    return _first_object_actor(froms, mentions)


def _a_measure(thing: Token) -> bool:
    """A sanction, ban or restriction: what a party imposes on another, or lifts."""
    return thing.lemma_.lower() in RESTRICTIONS


def _measure_owner(verb: Token, mentions: Mentions) -> str | None:
    """Who imposed the measure a passive lifts or imposes, where no agent tells it: "UN sanctions were lifted",
    "Russia's ban on Georgian wine was lifted"."""
    measure = next((c for c in verb.children if c.dep_ == "nsubjpass" and _a_measure(c)), None)
    return _owner(measure, mentions, "") if measure is not None else None


def _aim_of_a_measure(measure: Token, mentions: Mentions) -> str | None:
    """Whom a measure is aimed at, which its "on" or "against" phrase names ahead of the owner its modifier names:
    "UN sanctions against Iran were lifted", "lifted the US ban on Cuban cigars" (Iran, Cuba; the UN and the US
    imposed them)."""
    if not _a_measure(measure):
        return None
    aims = (c for c in _with_participles(measure) if c.dep_ == "prep" and c.lower_ in {"on", "against"})
    found = (_object_actor(p, mentions) or _owner_of_object(p, mentions, "") for p in aims)
    return next(filter(None, found), None)


def _partner(verb: Token, mentions: Mentions) -> str | None:
    """Whom one acts together with, named "with" on the verb or its object, ahead of whom the joint act is against:
    "shared evidence with India against Headley", "signed a pact with Kenya against piracy"."""
    holders = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    withs = (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
    return _first_object_actor(withs, mentions)


def _other_party_connected(connection: Token, mentions: Mentions) -> str | None:
    """The other party of a border or tie, named "with" on the noun or on its verb, ahead of whose the noun is:
    "closed Venezuela's borders with Brazil" (Brazil, not Venezuela)."""
    if connection.lemma_.lower() not in CONNECTION_NOUNS:
        return None
    withs = (c for h in (connection, connection.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
    return _first_object_actor(withs, mentions)


def _target_prepositions(event_type: str) -> set[str]:
    return TARGET_PREPOSITIONS | EXTRA_TARGET_PREPOSITIONS.get(event_type, set())


def _nationals(noun: Token, mentions: Mentions) -> str | None:
    """People the text names only by nation ("Afghan guerillas", "Jewish settlers"): a group of that country, of a
    sector its words do not tell."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    country = next((c for m in modifiers if (c := country_of_demonym(m.text))), None)
    if country is None:
        return None
    name = " ".join(t.text for t in (*modifiers, noun))
    return implicit_group(mentions, name, SECTOR_WORDS.get(noun.lemma_.lower(), "UNK"), country)


def _named_by_modifier(noun: Token, mentions: Mentions) -> str | None:
    """Who a subject the coder cannot read stands for: a place for its government ("Washington demanded"), or the
    actor or place that names it ("the UNITA militarist wing", "Cairo's security chief")."""
    for token in (noun, *(c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"})):
        place_id = mentions.place_by_token.get(token.i)
        found = country_actor_of_place(place_id, mentions) if place_id else None
        if token.i != noun.i:
            found = found or actor_for_token(mentions, token)
        if found is not None:
            return found
    return None


def _subject_actor(subject: Token, mentions: Mentions) -> str | None:
    """Who the subject of an active verb is, read as far as the words allow: a title's person where the text names
    them beside it ("the then governor, Maria Santos, rejected"); an act claimed or held against someone is theirs
    whatever words name it ("claimed responsibility for the Easter bombings that killed 300")."""
    actor = (
        _held_responsible(subject, mentions)
        or actor_for_token(mentions, _person_in_apposition(subject))
        or _weapon_user(subject, mentions)
        or _counted_attack_author(subject, mentions)
        or _reporter_of(subject, mentions)
        or _antecedent(subject, mentions)
        or _own_country(subject, mentions)
        or _attack_author(subject, mentions)
        or _nationals(subject, mentions)
        or _named_by_modifier(subject, mentions)
    )
    if _country_of(actor, mentions) is None:
        actor = _named_in_phrase(subject, mentions) or actor
    return actor or subject_named_by_noun(mentions, subject) or _body_named_in_phrase(subject, mentions)


def _named_in_phrase(noun: Token, mentions: Mentions) -> str | None:
    """The first actor of known country named within a subject the coder reads as no one or as of no country:
    "the main Hutu rebel group, Forces for Defence of Democracy (FDD), insisted", "the head of the ministry said";
    not one named in a clause or phrase that only tells where it came from ("a landmine left over from the Iran-Iraq
    war exploded")."""
    named = (mentions.actor_by_token[t.i] for t in _own_phrase(noun) if t.i in mentions.actor_by_token)
    return next((a for a in named if _country_of(a, mentions) is not None), None)


def _body_named_in_phrase(noun: Token, mentions: Mentions) -> str | None:
    """The first actor named in a subject the coder reads as no one, as what the subject belongs to: "Republicans in
    Congress refused", "hardliners of the ruling party" (not "people, including Yellow Vests, gathered": a part)."""
    named = (mentions.actor_by_token[t.i] for t in _belonging_phrase(noun) if t.i in mentions.actor_by_token)
    return next(named, None)


def _belonging_phrase(noun: Token) -> list[Token]:
    """The noun with its modifiers and the phrases that tell what it belongs to (``BELONGING_PREPOSITIONS``)."""
    phrase = [noun]
    for child in noun.children:
        belongs = child.dep_ == "prep" and child.lower_ in BELONGING_PREPOSITIONS
        if belongs or child.dep_ in {"compound", "poss", "nmod", "amod", "appos", "pobj"}:
            phrase.extend(_belonging_phrase(child))
    return phrase


def _own_phrase(noun: Token) -> list[Token]:
    """The noun with its modifiers, appositions, "of" and "including" phrases (its members: "local PDFs including the
    People's Defense Force"), without the clauses and other phrases that describe it."""
    phrase = [noun]
    for child in noun.children:
        if child.dep_ not in {"acl", "relcl", "prep"} or (child.dep_ == "prep" and child.lower_ in MEMBER_PREPOSITIONS):
            phrase.extend(_own_phrase(child))
    return phrase


def _country_of(actor_id: str | None, mentions: Mentions) -> str | None:
    actor = mentions.actor(actor_id)
    return actor.country if actor is not None else None


def _aim_of_the_object(
    head: Token, mentions: Mentions, preps: set[str], relation: str = "dobj", event_type: str = ""
) -> str | None:
    """Whom the verb's object (or a preposition's, for an event noun's "of") is aimed at: "threatened further action
    against Russia", "shared evidence with the U.S.", "a suspension of air links with Serbia"; or whose things it
    is aimed at: "lift the ban imposed on Chilean wine" (Chile)."""
    for thing in (c for c in head.children if c.dep_ == relation):
        for preposition in (c for c in _with_participles(thing) if c.dep_ == "prep" and c.lower_ in preps):
            found = _object_actor(preposition, mentions) or _owner_of_object(preposition, mentions, event_type)
            if found is not None:
                return found
    return None


def _people_aided_at(verb: Token, mentions: Mentions) -> str | None:
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
    return _owner(obj, mentions, event_type) if obj is not None and not _local_place(obj, mentions) else None


def _aim_of_the_purpose(verb: Token, mentions: Mentions) -> str | None:
    """Whom the event a verb prepares for is aimed at: "mobilized reservists for a possible war against Iraq",
    "trained troops for an offensive on the city"."""
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in PURPOSE_EVENTS for o in phrase.children):
            found = _aim_of_the_object(phrase, mentions, TARGET_PREPOSITIONS, "pobj")
            if found is not None:
                return found
    return None


def _reporter_of(pronoun: Token, mentions: Mentions) -> str | None:
    """ "The rebels said they will release ...": a pronoun subject of a reported clause is its reporter."""
    return _reporter(pronoun, mentions) if pronoun.lower_ in SUBJECT_PRONOUNS else None


def _reporter(subject: Token, mentions: Mentions) -> str | None:
    """Who reports the clause a subject is in: the subject of the verb of saying it hangs on."""
    clause = subject.head
    while clause.dep_ in {"ccomp", "xcomp", "conj"} and clause.head != clause:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in SUBJECT_PRONOUNS:
            return actor_for_token(mentions, subject)
    return None


def _own_country(noun: Token, mentions: Mentions) -> str | None:
    """ "The president said his country will not lift the ban": the country of whom the pronoun stands for (the
    reporter of the clause, else the subject named before), as the actor when the text names it, else whom it stands
    for, who acts for it."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if noun.lemma_.lower() not in OWN_COUNTRY_NOUNS or owner is None:
        return None
    pronoun = POSSESSIVE_PRONOUNS[owner.lower_]
    who = mentions.actor(_reporter(noun, mentions) or _antecedent(owner, mentions, pronoun))
    if who is None:
        return None
    return named_country(mentions, who.country) or who.id


def _antecedent(pronoun: Token, mentions: Mentions, word: str | None = None) -> str | None:
    """The actor a subject pronoun stands for: the nearest subject before it, in its sentence or the one before, that
    names an actor it can stand for ("the movement spurned the offer, insisting that it will only talk to ...", "Anna
    Berg arrived on Monday. She met ..."). The parser resolves no pronoun, and a subject is the likeliest antecedent;
    going back no further than a sentence keeps the guess safe. ``word``: the subject pronoun a possessive one is
    read as ("he" for "his")."""
    word = word or pronoun.lower_
    if word not in PERSON_PRONOUNS | BODY_PRONOUNS:
        return None
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ == "PRON":
            continue
        actor = mentions.actor(actor_for_token(mentions, token))
        if actor is not None and _stands_for(word, token, actor):
            return actor.id
    return None


def _object_antecedent(pronoun: Token, subject: Token | None, mentions: Mentions) -> str | None:
    """The person "him" or "her" stands for: the nearest person named before it, in its sentence or the one before,
    who is not its verb's subject, whom an object pronoun never stands for ("Trump called Erdogan and urged him to",
    "filed a lawsuit against the prince, accusing him of")."""
    if pronoun.lower_ not in OBJECT_PERSON_PRONOUNS:
        return None
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    doer = actor_for_token(mentions, subject) if subject is not None else None
    named = (mentions.actor_by_token.get(t.i) for t in reversed(doc[start : pronoun.i]))
    people = (a for a in named if a is not None and a != doer and getattr(mentions.actor(a), "kind", "") == "person")
    return next(people, None)


def _stands_for(pronoun: str, noun: Token, actor: Actor) -> bool:
    """ "he" and "she" stand for a person; "it" for a body or state named in the singular; "they" for any but a
    person (news writes "the government ... they")."""
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == "person"
    if actor.kind == "person":
        return False
    return pronoun == "they" or noun.tag_ not in {"NNS", "NNPS"}


def _addressee(verb: Token, mentions: Mentions, actor: str | None) -> str | None:
    """Whom a demand, warning or refusal is aimed at when the verb (or noun) takes a clause: the clause's subject ("X
    demanded that Y withdraw", "its demands that Y grant more rights"), else whom the clause acts on ("X threatened to
    cut ties with Y", "a threat to cut ties with Y"), also of the act the verb's object proposes ("accepted an
    invitation to meet with Y"; not what a claim says: "rejected the claim that Y ...")."""
    objects = (c for c in verb.children if c.dep_ == "dobj")
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} or _noun_clause(c)]
    proposed = (c for o in objects for c in o.children if _noun_clause(c) and _infinitive(c))
    for clause in [*clauses, *proposed]:
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        found = actor_for_token(mentions, subject) if subject is not None else _object_of(clause, mentions)
        if found is not None and found != actor:
            return found
    return _condition_subject(verb, mentions, actor)


def _condition_subject(verb: Token, mentions: Mentions, actor: str | None) -> str | None:
    """Who must act to avert a threat or meet a demand: "threatened to strike unless Israel rescinded the law",
    "threatened an offensive unless Baghdad accepted its conditions"."""
    clauses = (verb, *(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}))
    conditions = (c for h in clauses for c in h.children if c.dep_ == "advcl" and marked(c, CONDITION_MARKS))
    for condition in conditions:
        subject = next((c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        found = (actor_for_token(mentions, subject) or _named_by_modifier(subject, mentions)) if subject else None
        if found is not None and found != actor:
            return found
    return None


def _party_answered_or_met(verb: Token, mentions: Mentions, event_type: str, actor: str | None) -> str | None:
    """Whom an act that names no one it acts on answers or is done with: who put the request or charge it answers or
    defies (``_asker``), or whom the actor called on or met to do it (``_party_met``)."""
    found = _asker(verb, mentions, event_type) or _party_met(verb, mentions)
    return found if found != actor else None


def _asker(verb: Token, mentions: Mentions, event_type: str) -> str | None:
    """Who put the request, offer or charge a verb answers, named by a "by" or "from" the parser hung on the verb
    ("denied charges by the Chamber of Commerce"); for a refusal, also who pressed for what it refuses."""
    asked = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in PUT_TO_NOUNS), None)
    if asked is not None:
        authors = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} and c.i > asked.i)
        found = _first_object_actor(authors, mentions)
        if found is not None:
            return found
    return _pressing_party(verb, mentions) if event_type == "REJECT" else None


def _pressing_party(verb: Token, mentions: Mentions) -> str | None:
    """Who pressed for what a refusal refuses: "declined to resign despite pressure by Congress", "refused, despite
    President Biden's request"."""
    clauses = (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
    despite = (c for clause in clauses for c in clause.children if c.dep_ == "prep" and c.lower_ == "despite")
    pressures = (o for p in despite for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PUT_TO_NOUNS)
    return next(filter(None, (_owner(o, mentions, "") or _doer_of(o, mentions) for o in pressures)), None)


def _party_met(verb: Token, mentions: Mentions) -> str | None:
    """Whom the actor called or met to do what the verb says: "called Lavrov to discuss Syria", "received the
    ambassador to discuss ties" (the one met is who the talks are with), "summoned Germany's envoy to complain"."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in CONTACT_VERBS or not _infinitive(verb):
        return None
    met = next((c for c in head.children if c.dep_ == "dobj"), None)
    if met is None:
        return None
    return actor_for_token(mentions, _person_in_apposition(met)) or _owner(met, mentions, "")


def _infinitive(verb: Token) -> bool:
    """A verb with "to": "to discuss", "to help"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _noun_clause(child: Token) -> bool:
    """A clause that spells out what a noun says: "demands that the government grant", "a threat to cut ties"."""
    return child.dep_ == "acl" and any(c.dep_ in {"mark", "aux"} and c.lower_ in {"that", "to"} for c in child.children)


def _object_of(verb: Token, mentions: Mentions) -> str | None:
    """Whom a subjectless complement (or its object, or the clause or participle that spells its object out) acts on:
    "threatened to cut ties with Congo", "refused to meet the King", "refused to lift the ban on Cypriot ships",
    "refused to lift the ban imposed on the movement", "accepted an invitation to meet with Kim"."""
    if _withdraws(verb):
        return _left_behind(verb, mentions)
    if _sends_forces(verb):  # "offered to send troops to Haiti": the troops are the sender's own
        return _sent_to(verb, mentions) or _aim_of_the_errand(verb, mentions)
    for child in _with_participles(verb):
        if child.dep_ == "dobj":
            found = actor_for_token(mentions, child) or _owner(child, mentions, "") or _object_of(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_TARGET_PREPOSITIONS:
            found = _object_actor(child, mentions) or _owner_of_object(child, mentions, "")
        elif _noun_clause(child):
            found = _object_of(child, mentions)
        else:
            continue
        if found is not None:
            return found
    return None


def _aim_of_the_errand(verb: Token, mentions: Mentions) -> str | None:
    """Whom forces are sent to help or fight, as the purpose clause after the verb says: "offered to send troops to
    help the Philippine army"."""
    errands = (c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and _infinitive(c))
    return next(filter(None, (_object_of(c, mentions) for c in errands)), None)


def _owner(thing: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whose thing an event is aimed at: "rejected North Korea's demand", "rejected an Australian ultimatum",
    "shelled Russian positions" (a nation's positions are its forces'), "expelled the UNSCOM inspectors"."""
    traded = of_object(thing) if thing.lemma_.lower() in TRADE_NOUNS else None
    if traded is not None:  # "imports of Australian beef": the goods' nation
        return _owner(traded, mentions, event_type)
    for child in thing.children:
        if child.dep_ == "poss":
            return actor_for_token(mentions, child)
        if child.dep_ in {"amod", "compound"}:
            forces = event_type == "ASSAULT"
            found = national_forces(mentions, child) if forces else nation_of_demonym(mentions, child)
            if found is None and forces:
                found = _armed_owner(child, mentions)
            if found is None and _names_an_owner(child, mentions):
                found = actor_for_token(mentions, child)
            if found is not None:
                return found
    return None


def _names_an_owner(modifier: Token, mentions: Mentions) -> bool:
    """A name that tells whose thing its noun is, however deep among the noun's modifiers: "expelled all UNSCOM weapons
    inspectors", "rejected an Afghan government offer" (not a place: "the Kabul airport" is where)."""
    named = any(t.ent_type_ in OWNER_LABELS for t in modifier.subtree)
    return modifier.dep_ == "compound" and named and not _local_place(modifier, mentions)


def _armed_owner(modifier: Token, mentions: Mentions) -> str | None:
    """ "a police vehicle", "military targets", "an army convoy": the force the thing belongs to is attacked."""
    sector = SECTOR_WORDS.get(modifier.lemma_.lower())
    if sector not in ARMED_OWNER_SECTORS:
        return None
    found = actor_for_token(mentions, modifier)
    return found or implicit_group(mentions, modifier.lower_, sector, mentions.home_country)


def _is_passive(verb: Token, subject: Token | None) -> bool:
    """A passive verb, or a participle conjoined to one ("was shot and killed"): its subject is the target."""
    if any(passive_marker(c) for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and subject is not None and subject.dep_ == "nsubjpass"


def _shared_agent(verb: Token, mentions: Mentions) -> str | None:
    """The "by" agent of the passive verb this one is conjoined with ("was shot by X and killed")."""
    related = [verb.head] if verb.dep_ == "conj" else []
    related += [c for c in verb.children if c.dep_ == "conj"]
    agent = next((c for r in related for c in r.children if c.dep_ == "agent"), None)
    return _object_actor(agent, mentions) if agent is not None else None


def _stray_agent(verb: Token, mentions: Mentions) -> str | None:
    """The people of a "by" phrase the parser hung further down a passive attack's clause, not on its verb: "was shot
    inside the building where he worked by an armed individual", "was killed when eating in a restaurant by two armed
    men", "was abducted in the neighborhood by four armed men" (a "by" the parser did not read as the agent). Not the
    agent of a participle of its own ("a house owned by his brother", "an IED planted by X")."""
    for token in verb.subtree:
        if token.i > verb.i and by_phrase(token) and (token.head == verb or token.head.tag_ != "VBN"):
            found = _object_actor(token, mentions)
            if found is not None:
                return found
    return None


def _preceding_actor(verb: Token, mentions: Mentions) -> str | None:
    """The nearest actor before a verb the parser left without a subject (a long lead can derail it); not the victim
    a passive verb of harm names ("a man was injured in a drive-by shooting"), save in its own clause ("a man who went
    to fight IS was killed"); one charged with the act did it ("two men were charged with killing")."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        victim = token if token.dep_ not in {"compound", "amod"} else token.head
        if _harmed_subject(victim) and not victim.left_edge.i <= verb.i <= victim.right_edge.i:
            continue
        setting = token.ent_type_ in SETTING_LABELS or _names_where(token)
        if token.pos_ in {"NOUN", "PROPN"} and not setting:
            holder = _people_holding_phrase(token)
            readings = [token] if holder is None else [holder, token]
            found = next((actor for word in readings if (actor := actor_for_token(mentions, word))), None)
            if found:
                return found
    return None


def _names_where(token: Token) -> bool:
    """A word of a phrase that says where people act, not who acts: "teachers protested at the Parador del Marques",
    "farmers staged a protest along the A28 highway". Not people the parser hung on such a phrase ("in C-40, Tabasco,
    two individuals opened fire")."""
    head = _phrase_head(token)
    people = head.tag_ == "NNS" and is_people(head)
    return head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPOSITIONS and not people


def _phrase_head(token: Token) -> Token:
    """The noun a name word or modifier belongs to: "highway" for "A28" in "the A28 highway"."""
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.i > token.i:
        token = token.head
    return token


def _people_holding_phrase(token: Token) -> Token | None:
    """The people whose "of" or "from" phrase a word is in: "residents" of "residents of the Oriente
    neighborhood", "teachers" of "teachers and members of the SNTE section 26": they act, not the body or place that
    only says which people they are. Not the members of an armed band ("members of the One Order Gang"), who act as
    the band does."""
    head = _phrase_head(token)
    preposition = head.head
    armed_band = any(armed_word(word) for word in head.subtree if word.i <= head.i)
    if head.dep_ != "pobj" or preposition.lower_ not in HOLDING_PREPOSITIONS or armed_band:
        return None
    holder = preposition.head
    return holder if holder.i < token.i and holder.tag_ in {"NNS", "NNPS"} and is_people(holder) else None


def _harmed_subject(token: Token) -> bool:
    """The subject of a passive verb of attack or harm: "a man was injured", "two soldiers were shot"."""
    return token.dep_ == "nsubjpass" and VERB_TRIGGERS.get(token.head.lemma_.lower(), ("",))[0] == "ASSAULT"


def _first_object_actor(prepositions: Iterable[Token], mentions: Mentions, event_type: str = "") -> str | None:
    """The actor the first of ``prepositions`` whose object names one names (``_object_actor``)."""
    return next(filter(None, (_object_actor(p, mentions, event_type) for p in prepositions)), None)


def _object_actor(preposition: Token, mentions: Mentions, event_type: str = "") -> str | None:
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
        found = _owner(obj, mentions, event_type) or _doer_of(obj, mentions)
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
    return _first_country_named((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"), mentions)


def _country_in_object(trigger: Token, mentions: Mentions) -> str | None:
    """The first country named as a place within what an event acts on or aims at, when no one is named as its
    target: "contribute to the normalization of the situation in Mali", "gave funds for development in Ethiopia"."""
    phrases = [c for c in trigger.children if c.dep_ in OBJECT_PHRASES]
    found = (_country_named_as_place(t, mentions) for p in phrases for t in p.subtree)
    return next(filter(None, found), None)


def _host_of_visit(trigger: Token, mentions: Mentions) -> str | None:
    """Whom a visit the event acts on goes to: "cancelled a planned visit to Washington" (the United States)."""
    visits = (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS)
    return _first_object_actor((p for v in visits for p in v.children if p.lower_ == "to"), mentions)


def _named_in_object(trigger: Token, mentions: Mentions, event_type: str) -> str | None:
    """The first actor named within the event's object or prepositional phrases, not in a clause hanging on them:
    "rejected an extradition request for Carles Puigdemont", "hosting a dinner for Netanyahu". Not for attacks, whose
    named objects are mostly the sites hit ("shot a house in Colonia Roma")."""
    if event_type == "ASSAULT":
        return None
    phrases = (c for c in trigger.children if c.dep_ in {"dobj", "prep"})
    named = (mentions.actor_by_token.get(t.i) for p in phrases for t in _words_short_of_clauses(p))
    return next(filter(None, named), None)


def _words_short_of_clauses(head: Token) -> list[Token]:
    """The head's words without the clauses that hang on them."""
    if head.pos_ in {"VERB", "AUX"}:
        return []
    return [head, *(t for c in head.children for t in _words_short_of_clauses(c))]


def _first_country_named(prepositions: Iterable[Token], mentions: Mentions) -> str | None:
    """The country the first of ``prepositions`` whose object is a country read as a place names: "expelled from
    North Korea", "the deployment of troops to Liberia"."""
    places = (o for p in prepositions for o in p.children if o.dep_ == "pobj")
    return next(filter(None, (_country_named_as_place(o, mentions) for o in places)), None)


def _country_named_as_place(token: Token, mentions: Mentions) -> str | None:
    place = mentions.place(mentions.place_by_token.get(token.i))
    return country_actor_of_place(place.id, mentions) if place is not None and place.feature == "country" else None


def _doer_of(thing: Token, mentions: Mentions) -> str | None:
    """Whose doing a thing is, as its "by" or "of" phrase names: "against violations by the Israeli military",
    "protested the policies of the government"; or its "from" phrase, for what one puts to another ("rejected a
    request from the Times")."""
    authors = {"by", "of", "from"} if thing.lemma_.lower() in PUT_TO_NOUNS else {"by", "of"}
    phrases = _with_participles(thing, harming=False)
    for preposition in (c for c in phrases if c.dep_ in {"prep", "agent"} and c.lower_ in authors):
        obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if obj is not None and not _local_place(obj, mentions):
            found = actor_for_token(mentions, obj)
            if found is not None:
                return found
    return None


def _with_participles(thing: Token, harming: bool = True) -> list[Token]:
    """The thing's children and those of the participles that describe it, whose "by" names the doer too: "crimes
    committed by Croat forces", "a bill signed by the Labour Minister"; without ``harming``, not those of a cause
    harming it ("populations affected by the cyclone" are no doing of the cyclone)."""
    participles = [c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if not harming:
        participles = [p for p in participles if p.lemma_.lower() not in HARMING_PARTICIPLES]
    return [*thing.children, *(c for p in participles for c in p.children)]


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


def protest_aim(trigger: Token, mentions: Mentions) -> str | None:
    """Whom a protest is aimed at, as its purpose clause says: "began a hunger strike to protest President Assad's
    failure", "marched to demand the release of ..."."""
    verb = light_verb_of(trigger) if trigger.pos_ == "NOUN" else trigger
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}] if verb is not None else []
    aims = (_object_of(c, mentions) for c in purposes if c.lemma_.lower() in PROTEST_PURPOSES)
    return next((a for a in aims if a is not None), None)


def _protested_in_phrase(trigger: Token, mentions: Mentions) -> str | None:
    """Whom a protest is aimed at, as an "in protest against" or "in defiance of" phrase on it or its light verb says:
    "began a hunger strike in protest against laws imposed by the government" (whose act is protested is the target),
    "blocked streets in defiance of the authorities"."""
    holders = (h for h in (trigger, light_verb_of(trigger) if trigger.pos_ == "NOUN" else None) if h is not None)
    stances = (o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)
    aims = (
        p
        for o in stances
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in PROTESTING_PHRASES.get(o.lemma_.lower(), ())
    )
    return next(filter(None, (_object_actor(p, mentions, "PROTEST") for p in aims)), None)
