"""Who did what to whom: the actor and target of an event from its trigger's parse. For a verb, its subject, object,
agent and prepositions, reduced passives; for an event noun, its modifiers, its "by" and "of" phrases and the light
verb that carries it; for both, the sides "between" which a fight took place. This module dispatches by verb and by
noun and reads the actor; ``targets`` reads whom an act is aimed at, given to or taken from by its phrases, and
``antecedents`` reads pronouns back to whom they stand for.

Apart from ``triggers`` because it answers another question over the same parse: given that a word tells an event of
some type, which actors it names.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from newsevents.annotate.actors import (
    VISIT_NOUNS,
    WHERE_PREPOSITIONS,
    actor_for_token,
    implicit_group,
    national_forces,
    protester_for_token,
    subject_named_by_noun,
)
from newsevents.annotate.geo import country_of_demonym
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import infinitive, of_object
from newsevents.annotate.sectors import SECTOR_WORDS
from newsevents.events.antecedents import (
    BODY_PRONOUNS,
    antecedent,
    object_antecedent,
    own_country,
    reporter_of,
    reporting_subject,
)
from newsevents.events.attacks import (
    DEATH_SETTINGS,
    armed_operation,
    armed_word,
    attack_counted,
    attacks_named,
    by_phrase,
    dies,
    is_attack_noun,
)
from newsevents.events.casualties import BODY_NOUNS
from newsevents.events.lexicon import (
    AID_OBJECTS,
    BEFALLING_OF_NOUNS,
    FIRE_AIMS,
    HARMED_OF_NOUNS,
    MONEY_WORDS,
    MUTUAL_FIGHTING,
    NOUN_TRIGGERS,
    STRIKING_VERBS,
    VERB_TRIGGERS,
    WEAPONS,
    is_light_verb,
)
from newsevents.events.responsibility import claimer
from newsevents.events.statements import ADDRESSED_TYPES, GIVING_VERBS, forces_among, states_a_stance
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
    noun_clause,
    passive_marker,
    with_participles,
)
from newsevents.events.targets import (
    FORCE_MOVING_VERBS,
    PUT_TO_NOUNS,
    TARGET_PREPOSITIONS,
    aid_sent_to,
    aim_of_a_measure,
    aim_of_misread_fire,
    aim_of_the_carrier,
    aim_of_the_object,
    aim_of_the_participle,
    aim_of_the_purpose,
    by_on_the_victim,
    country_actor_of_place,
    country_named_as_place,
    destination_of_the_carrier,
    doer_of,
    first_country_named,
    first_object_actor,
    given_to,
    is_withdrawing_verb,
    left_behind,
    measure_owner,
    object_actor,
    object_of,
    other_party_connected,
    owner_of,
    partner,
    people_aided_at,
    recipient_of,
    recipient_of_the_served_verb,
    returned_recipient,
    sent_to,
)
from newsevents.events.triggers import GUNFIRE, GUNFIRE_VERBS, PROTEST_PURPOSES, operation_against_people

#: Prepositions that introduce the target of some types only: "fired at X", "appealed to X", "cut aid to X", "an
#: investigation into crimes by X", "hacked into X's computers", "called for the resignation of X".
EXTRA_TARGET_PREPOSITIONS = (
    {"ASSAULT": FIRE_AIMS, "SANCTION": {"to"}, "COERCE": {"into"}}
    | {t: {"to"} for t in ADDRESSED_TYPES}
    | {"ACCUSE": {"to", "into"}, "RETREAT": {"to"}, "REQUEST": {"to", "for"}, "PROTEST": {"over"}}
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
#: Types of standing against a harm, aimed at whoever did it and not at whom it befell: "protested over the death of
#: X", "condemned the killing of X" (not "demanded the trial of X", "approved the extradition of X": aimed at X).
HARM_OPPOSING_TYPES = {"PROTEST", "ACCUSE"}
#: The same said with a noun: "the withdrawal of US troops from Iraq" (the troops withdraw, Iraq is left).
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out"}
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
#: Events that give aid or cut it, whose recipient a town or region may name: "suspended aid to Gaza".
AID_GIVEN_OR_CUT = {"AID", "SANCTION"}
#: The dependents of a trigger that tell what it acts on or aims at, not who acts or what else is said.
OBJECT_PHRASES = {"dobj", "prep", "xcomp", "advcl", "dative", "attr", "acomp"}
#: Types a verb of giving back tells: done, or promised ("said they will return the weapons").
RETURN_TYPES = {"RETREAT", "AGREE"}
#: Verbs of driving people out of a country, which a passive with no agent tells as done by the country they leave:
#: "two inspectors were expelled from North Korea" (North Korea expelled them).
EXPELLING_VERBS = {"expel", "deport"}
#: Nouns of an "in ..." phrase that tells what a protest opposes, with the prepositions naming it: "in protest against
#: the law", "in protest at the arrest", "in defiance of the authorities".
PROTESTING_PHRASES = {"protest": {"against", "at", "over"}, "defiance": {"of"}}
#: Types of sending aid or forces to a party: "lent $1 billion to X to aid", "announced the deployment of troops to X".
SENDING_TYPES = {"AID", "MOBILIZE"}
#: Types of acting together with a partner, whom "with" names ahead of whom the act is against.
PARTNER_TYPES = {"COOPERATE", "CONSULT", "AGREE"}
#: Verbs that send a message to someone, whose demand or threat a participle after them may tell: "sent a letter to X
#: threatening to", "wrote to X demanding".
MESSAGE_SENDING_VERBS = {"send", "write", "issue", "deliver", "address"}
#: Verbs of calling on or meeting someone for a purpose the clause after them tells, whom that purpose is aimed at:
#: "called Lavrov to discuss Syria", "received the ambassador to discuss ties", "summoned the envoy to complain".
CONTACT_VERBS = {"call", "phone", "telephone", "meet", "visit", "receive", "host", "invite", "summon"}


def participants(trigger: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    if dies(trigger):  # the dead are the target, the author of an attack they died in the actor
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return _whose_attack(trigger, mentions), actor_for_token(mentions, subject) if subject is not None else None
    verbal = trigger.pos_ == "VERB" or trigger.lemma_.lower() in GUNFIRE
    if verbal and not _gerund_standing_as_noun(trigger):
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        actor, target = _verb_participants(verb, mentions, event_type)
        target = target or aim_of_misread_fire(trigger, mentions)
        if target is None and event_type in ADDRESSED_TYPES:
            target = _addressee(verb, mentions, actor) or _party_answered_or_met(verb, mentions, event_type, actor)
            target = target or _message_recipient(verb, mentions, event_type, actor)
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
    if target is None and event_type == "ASSAULT":
        target = aim_of_the_participle(trigger, mentions)
    if target is None and event_type in SENDING_TYPES:
        target = recipient_of_the_served_verb(trigger, mentions) or destination_of_the_carrier(trigger, mentions)
    if target is None:
        found = (
            _host_of_visit(trigger, mentions)
            or _country_in_object(trigger, mentions)
            or _named_in_object(trigger, mentions, event_type)
        )
        target = found if found != actor else None
    return actor, target


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
    return next((object_actor(c, mentions) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)


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
    by = next((c for c in with_participles(noun) if by_phrase(c)), None)
    if by is None:
        return None
    return object_actor(by, mentions) or _weapon_forces(by, mentions)  # "firing by the police", "a blast planted by X"


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
    for child in (*trigger.children, *by_on_the_victim(trigger), *_modifiers_shared_by_the_conjunct(trigger)):
        if child.dep_ in {"poss", "amod", "compound"} and actor is None:
            actor = (
                actor_for_token(mentions, child)
                or _forces_of(child, trigger, mentions)
                or _possessor_pronoun(child, trigger, mentions)
            )
        elif child.dep_ == "prep" and child.lower_ in {"by"}:
            actor = object_actor(child, mentions) or _weapon_forces(child, mentions) or actor
        elif child.dep_ == "prep" and child.lower_ in _target_prepositions(event_type):
            target = object_actor(child, mentions, event_type) or target
        elif child.dep_ == "prep" and child.lower_ == "of" and target is None:
            target = _victim_of(trigger, child, mentions) or aim_of_the_object(
                child, mentions, TARGET_PREPOSITIONS, "pobj"
            )
    if actor is None and event_type != "PROTEST":  # who protests, ``protester`` reads
        actor = _light_verb_subject_read(trigger, mentions) or _attacker_by_these_means(trigger, mentions)
    if actor is None and event_type == "ASSAULT":
        actor = _claimer_of_the_attack(trigger, mentions)
    aim = aim_of_the_carrier(trigger, mentions, event_type) if target is None else None
    target = target or (aim if aim != actor else None)
    recipient = None if target is not None else given_to(trigger, mentions)
    return actor, target or (recipient if recipient != actor else None)


def _claimer_of_the_attack(noun: Token, mentions: Mentions) -> str | None:
    """Who claims an attack the noun names, as its doer, where no word of the noun names one: "Islamist militia claimed
    a clash with Mozambican forces", "the Air Force claimed an airstrike against militants" (as "claimed
    responsibility for the attack" does; not "denied the attack")."""
    first = noun.head if noun.dep_ == "conj" else noun
    return claimer(first, mentions) if first.head.lemma_.lower() == "claim" else None


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
            actor = None if forces is None else actor_for_token(mentions, forces) or owner_of(forces, mentions, "")
    target = left_behind(noun, mentions)
    return actor, (target if target != actor else None)


def _modifiers_shared_by_the_conjunct(noun: Token) -> list[Token]:
    """The words that modify the first of a list of weapons or attacks, which the later ones share: "Turkish artillery
    and airstrikes targeted PKK positions" (Turkish airstrikes too); the noun's own words are read first."""
    first = noun.head
    if noun.dep_ != "conj" or not (is_attack_noun(first) or _weapon_kind(first) is not None):
        return []
    return [c for c in first.children if c.dep_ in {"poss", "amod", "compound"} and c.i < first.i]


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
    aims = (c for c in noun.head.children if c.dep_ == "acl" and infinitive(c))
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
        return claimer(preposition.head, mentions)
    if preposition.head.lemma_.lower() != "responsible":
        return None
    subject = governing_subject(preposition.head.head) if preposition.head.dep_ == "acomp" else None
    return _subject_actor(subject, mentions) if subject is not None else None


def _light_verb_agent(noun: Token, mentions: Mentions) -> str | None:
    """Who an event noun's passive light verb names as its agent: "a rocket attack was carried out by X"."""
    agent = _passive_light_verb_agent(noun)
    return object_actor(agent, mentions) if agent is not None else None


def _passive_light_verb_agent(noun: Token) -> Token | None:
    """The "by" of a passive light verb whose subject is the event noun: "the rally was organised by X"."""
    if noun.dep_ != "nsubjpass" or not is_light_verb(noun.head):
        return None
    return next((c for c in noun.head.children if c.dep_ == "agent"), None)


def _gerund_standing_as_noun(verb: Token) -> bool:
    """A gerund the tagger read as a verb that stands as a noun after a preposition, with a determiner, possessor or
    noun modifier and no subject or object: "died in police firing", "victims of the firing". Its doer is its modifier
    ("police"), as a noun's is, not the subject of the clause it sits in ("two persons died"). The object of a verb
    ("exchanged artillery shelling") is left to the verb's reading, which gives it the verb's subject."""
    if verb.tag_ != "VBG" or verb.dep_ != "pobj":
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"det", "poss", "compound"}) and not deps & {"nsubj", "nsubjpass", "dobj", "aux", "agent"}


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
    withdraws = is_withdrawing_verb(verb) or (moves_forces and event_type == "RETREAT")
    target_preps = _target_prepositions(event_type) - ({"to"} if withdraws else set())  # withdrew "to" its bases
    if withdraws:
        target = left_behind(verb, mentions)
    elif moves_forces:
        target = sent_to(verb, mentions)
    returned_to = returned_recipient(verb, mentions) if event_type in RETURN_TYPES else None
    target = target or returned_to or (partner(verb, mentions) if event_type in PARTNER_TYPES else None)
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
                aim_of_a_measure(child, mentions)
                or other_party_connected(child, mentions)
                or actor_for_token(mentions, harmed)
                or owner_of(child, mentions, event_type)
                or doer_of(child, mentions)
                or object_antecedent(child, subject, mentions)
                or _named_conjunct(child, mentions)
            )
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and _nominal_gerund(verb)):
            actor = object_actor(child, mentions) or _weapon_forces(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in target_preps and target is None:
            target = object_actor(child, mentions, event_type)
        elif child.dep_ == "dative" and target is None:
            target = recipient_of(child, mentions)
    aim = aim_of_the_object(verb, mentions, target_preps, event_type=event_type)
    target = target or aim or aim_of_the_purpose(verb, mentions) or aid_sent_to(verb, mentions, event_type)
    target = target or (people_aided_at(verb, mentions) if event_type in AID_GIVEN_OR_CUT else None)
    target = target or _party_settled_with(verb, mentions)
    if event_type == "ASSAULT" and target is None and not passive:
        target = _victim_of_the_conjunct(verb, mentions)
    if passive:
        if subject is not None and not moves_forces:
            target = target or actor_for_token(mentions, _person_in_apposition(_harmed_of_a_body(subject)))
        elif subject is None and event_type == "ASSAULT":
            target = target or _victim_apposed_to_the_setting(verb, mentions)
        actor = actor or _shared_agent(verb, mentions) or _expelling_country(verb, mentions)
        actor = actor or (_forces_on_the_move(_passive_subject(verb), mentions) if moves_forces else None)
        actor = actor or measure_owner(verb, mentions)
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
    return first_country_named((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), mentions)


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
    return first_object_actor(withs, mentions)


def _named_conjunct(noun: Token, mentions: Mentions) -> str | None:
    """The first party named among the nouns joined to an object that names none, or whose doing one is: "urged Europe
    and the United States to press Myanmar" (a continent is no party), "condemned the act of aggression and the
    threats made by the United States"."""
    named = (actor_for_token(mentions, c) or doer_of(c, mentions) for c in noun.conjuncts)
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


def _moves_forces(verb: Token, event_type: str) -> bool:
    """ "sent troops into Ukraine", "deployed its army", "sent troops to help X", "send troops home": the forces a
    verb moves are the actor's own, not whom the event is aimed at (as with a withdrawal)."""
    moving = verb.lemma_.lower() in FORCE_MOVING_VERBS
    if event_type != "MOBILIZE" and not (moving and event_type in FORCE_MOVING_TYPES):
        return False
    return forces_among([c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]) is not None


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
    return next((found for a in agents if (found := object_actor(a, mentions)) is not None), None)


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
    actor = object_actor(agent, mentions) if agent is not None else None
    if actor is None and _moves_forces_it_describes(verb, event_type):
        return _forces_on_the_move(verb.head, mentions), None
    target = actor_for_token(mentions, verb.head) or owner_of(verb.head, mentions, event_type)
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
        or reporter_of(subject, mentions)
        or _reporter_read(subject, mentions)
        or antecedent(subject, mentions)
        or own_country(subject, mentions)
        or _attack_author(subject, mentions)
        or _nationals(subject, mentions)
        or _named_by_modifier(subject, mentions)
    )
    if _country_of(actor, mentions) is None:
        actor = _named_in_phrase(subject, mentions) or actor
    return actor or subject_named_by_noun(mentions, subject) or _body_named_in_phrase(subject, mentions)


def _reporter_read(pronoun: Token, mentions: Mentions) -> str | None:
    """The body that reports the clause "it" or "they" is the subject of, read as far as its words allow where they
    name no actor by themselves: "the Syrian army command says it has ceased its operations" (the Syrian army)."""
    reporter = reporting_subject(pronoun) if pronoun.lower_ in BODY_PRONOUNS else None
    return _subject_actor(reporter, mentions) if reporter is not None else None


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


def _addressee(verb: Token, mentions: Mentions, actor: str | None) -> str | None:
    """Whom a demand, warning or refusal is aimed at when the verb (or noun) takes a clause: the clause's subject ("X
    demanded that Y withdraw", "its demands that Y grant more rights"), else whom the clause acts on ("X threatened to
    cut ties with Y", "a threat to cut ties with Y"), also of the act the verb's object proposes ("accepted an
    invitation to meet with Y"; not what a claim says: "rejected the claim that Y ...")."""
    objects = (c for c in verb.children if c.dep_ == "dobj")
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} or noun_clause(c)]
    proposed = (c for o in objects for c in o.children if noun_clause(c) and infinitive(c))
    for clause in [*clauses, *proposed]:
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        found = _clause_subject_party(subject, mentions) if subject is not None else object_of(clause, mentions)
        if found is not None and found != actor and not _own_nation(found, actor, mentions):
            return found
    return _condition_subject(verb, mentions, actor)


def _own_nation(found: str, actor: str | None, mentions: Mentions) -> bool:
    """The nation the actor acts for, which what it would act on may name as its own: "Trump threatened to pull US
    funding" (the funding is the US's own, not whom the threat aims at)."""
    nation = mentions.actor(found)
    return nation is not None and nation.kind == "country" and nation.country == _country_of(actor, mentions)


def _message_recipient(verb: Token, mentions: Mentions, event_type: str, actor: str | None) -> str | None:
    """Whom the message a demand or threat is told in goes to, where the demand is a participle after the verb that
    sends it: "sent a letter to the WHO threatening to pull funding", "wrote to the minister demanding his
    resignation"."""
    sender = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or sender.lemma_.lower() not in MESSAGE_SENDING_VERBS:
        return None
    phrases = (c for c in sender.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"))
    found = next(filter(None, (recipient_of(p, mentions, event_type) for p in phrases)), None)
    return found if found != actor else None


def _clause_subject_party(subject: Token, mentions: Mentions) -> str | None:
    """The party a demanded clause's subject names, or whose thing it is: "demanded that Y withdraw", "demanded that
    Y's forces withdraw", "demanded that control of the Interior Ministry be taken away" (the ministry)."""
    return actor_for_token(mentions, subject) or owner_of(subject, mentions, "") or doer_of(subject, mentions)


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
        found = first_object_actor(authors, mentions)
        if found is not None:
            return found
    return _pressing_party(verb, mentions) if event_type == "REJECT" else None


def _pressing_party(verb: Token, mentions: Mentions) -> str | None:
    """Who pressed for what a refusal refuses: "declined to resign despite pressure by Congress", "refused, despite
    President Biden's request"."""
    clauses = (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
    despite = (c for clause in clauses for c in clause.children if c.dep_ == "prep" and c.lower_ == "despite")
    pressures = (o for p in despite for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PUT_TO_NOUNS)
    return next(filter(None, (owner_of(o, mentions, "") or doer_of(o, mentions) for o in pressures)), None)


def _party_met(verb: Token, mentions: Mentions) -> str | None:
    """Whom the actor called or met to do what the verb says: "called Lavrov to discuss Syria", "received the
    ambassador to discuss ties" (the one met is who the talks are with), "summoned Germany's envoy to complain"."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() not in CONTACT_VERBS or not infinitive(verb):
        return None
    met = next((c for c in head.children if c.dep_ == "dobj"), None)
    if met is None:
        return None
    return actor_for_token(mentions, _person_in_apposition(met)) or owner_of(met, mentions, "")


def _is_passive(verb: Token, subject: Token | None) -> bool:
    """A passive verb, or a participle conjoined to one ("was shot and killed") or telling the state its subject was
    found in ("the body was found shot dead"): its subject is the target."""
    if any(passive_marker(c) for c in verb.children):
        return True
    if subject is None or subject.dep_ != "nsubjpass":
        return False
    if verb.tag_ != "VBN":  # "were taken from their house and tortured by X": the tagger's past tense, with an agent
        return verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children)
    found_in = verb.dep_ == "xcomp" and not any(c.dep_ == "aux" for c in verb.children)  # not "is alleged to have shot"
    return verb.dep_ == "conj" or found_in


def _harmed_of_a_body(noun: Token) -> Token:
    """The person whose body a passive subject names: "the body of a QSD member was found shot" (the member)."""
    if noun.lemma_.lower() not in BODY_NOUNS:
        return noun
    return of_object(noun) or noun


def _victim_of_the_conjunct(verb: Token, mentions: Mentions) -> str | None:
    """Whom the act of a verb with no object of its own befell, as the verb joined to it names: "gunmen shot and killed
    a gang member" ("shot": the member)."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    joined = (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_own_subject(c))
    objects = (o for c in joined for o in c.children if o.dep_ == "dobj")
    return next(filter(None, (actor_for_token(mentions, _person_in_apposition(o)) for o in objects)), None)


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _victim_apposed_to_the_setting(verb: Token, mentions: Mentions) -> str | None:
    """The people a passive verb the parser left without a subject befell, where it hung them on the place that opens
    the clause: "in Cuernavaca, Morelos, a member of the cartel was shot" ("member" read as an apposition of
    "Morelos")."""
    opening = (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i)
    apposed = (t for p in opening for t in p.subtree if t.dep_ == "appos" and t.head.i in mentions.place_by_token)
    people = (t for t in apposed if t.pos_ == "NOUN" and t.i not in mentions.place_by_token)
    return next(filter(None, (actor_for_token(mentions, t) for t in people)), None)


def _shared_agent(verb: Token, mentions: Mentions) -> str | None:
    """The "by" agent of the passive verb this one is conjoined with ("was shot by X and killed")."""
    related = [verb.head] if verb.dep_ == "conj" else []
    related += [c for c in verb.children if c.dep_ == "conj"]
    agent = next((c for r in related for c in r.children if c.dep_ == "agent"), None)
    return object_actor(agent, mentions) if agent is not None else None


def _stray_agent(verb: Token, mentions: Mentions) -> str | None:
    """The people of a "by" phrase the parser hung further down a passive attack's clause, not on its verb: "was shot
    inside the building where he worked by an armed individual", "was killed when eating in a restaurant by two armed
    men", "was abducted in the neighborhood by four armed men" (a "by" the parser did not read as the agent). Not the
    agent of a participle of its own ("a house owned by his brother", "an IED planted by X")."""
    for token in verb.subtree:
        if token.i > verb.i and by_phrase(token) and (token.head == verb or token.head.tag_ != "VBN"):
            found = object_actor(token, mentions)
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


def _country_in_object(trigger: Token, mentions: Mentions) -> str | None:
    """The first country named as a place within what an event acts on or aims at, when no one is named as its
    target: "contribute to the normalization of the situation in Mali", "gave funds for development in Ethiopia"."""
    phrases = [c for c in trigger.children if c.dep_ in OBJECT_PHRASES]
    found = (country_named_as_place(t, mentions) for p in phrases for t in p.subtree)
    return next(filter(None, found), None)


def _host_of_visit(trigger: Token, mentions: Mentions) -> str | None:
    """Whom a visit the event acts on goes to: "cancelled a planned visit to Washington" (the United States)."""
    visits = (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS)
    return first_object_actor((p for v in visits for p in v.children if p.lower_ == "to"), mentions)


def _named_in_object(trigger: Token, mentions: Mentions, event_type: str) -> str | None:
    """The first actor named within the event's object or prepositional phrases, not in a clause hanging on them:
    "rejected an extradition request for Carles Puigdemont", "hosting a dinner for Netanyahu". Not for attacks, whose
    named objects are mostly the sites hit ("shot a house in Colonia Roma")."""
    if event_type == "ASSAULT":
        return None
    phrases = (c for c in trigger.children if c.dep_ in {"dobj", "prep"})
    victims = event_type not in HARM_OPPOSING_TYPES
    named = (mentions.actor_by_token.get(t.i) for p in phrases for t in _words_short_of_clauses(p, victims))
    return next(filter(None, named), None)


def _words_short_of_clauses(head: Token, victims: bool = True) -> list[Token]:
    """The head's words without the clauses that hang on them; without ``victims``, nor the victims of a harm they
    name ("protested against the killing of X" is not aimed at X)."""
    if head.pos_ in {"VERB", "AUX"} or (not victims and _victims_phrase(head)):
        return []
    return [head, *(t for c in head.children for t in _words_short_of_clauses(c, victims))]


def _victims_phrase(phrase: Token) -> bool:
    """The "of" phrase of what befalls people, which names whom it befell: "the murder of X", "the death of X"."""
    return phrase.dep_ == "prep" and phrase.lower_ == "of" and phrase.head.lemma_.lower() in BEFALLING_OF_NOUNS


def protest_aim(trigger: Token, mentions: Mentions) -> str | None:
    """Whom a protest is aimed at, as its purpose clause says: "began a hunger strike to protest President Assad's
    failure", "marched to demand the release of ..."."""
    verb = light_verb_of(trigger) if trigger.pos_ == "NOUN" else trigger
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}] if verb is not None else []
    aims = (object_of(c, mentions) for c in purposes if c.lemma_.lower() in PROTEST_PURPOSES)
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
    return next(filter(None, (object_actor(p, mentions, "PROTEST") for p in aims)), None)
