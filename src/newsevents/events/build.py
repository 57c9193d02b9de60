"""One event from one trigger: its type and modes, participants, place, date, casualties, weapons, status,
factuality, source, confidence and evidence span; and the toll a later sentence adds to an attack already built.

Apart from ``coder``, which walks the article and merges the mentions of one event, so that the learned fallback
(``acled``) builds the lead's event as the rules build any other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import actor_for_token
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import document_text, once_per_doc, tokens_with_lower
from newsevents.claims.factuality import factuality
from newsevents.claims.status import event_status
from newsevents.events.attacks import attacks_named
from newsevents.events.casualties import casualties, object_of_preposition, plural_dead
from newsevents.events.lexicon import (
    AIMED_AT,
    BLAST_VERBS,
    CONTEXT_WORDS,
    DISRUPTED_WEAPONS,
    GROUND_ASSAULTS,
    HAND_GRENADES,
    HANDLING_VERBS,
    MISHAP_ADVERBS,
    MISHAP_NOUNS,
    OUTBREAK_VERBS,
    PHYSICAL_TARGETS,
    SMALL_ARMS,
    STRIKING_VERBS,
    WAR_REMNANTS,
    WEAPON_PLATFORMS,
    WEAPON_TRADES,
    WEAPONS,
)
from newsevents.events.participants import participants, protest_aim, protester
from newsevents.events.place import event_place
from newsevents.events.statements import said_intent
from newsevents.events.syntax import is_people, light_verb_of, misparsed_predicate, reporting_tag
from newsevents.events.tolls import cumulative_toll
from newsevents.events.triggers import GUNFIRE
from newsevents.record import Event, EventDate, TimeExpr
from newsevents.record import Span as EvidenceSpan

#: Prepositions of an event that came before the one told: "following the killing", "after the raid".
EARLIER_PREPOSITIONS = {"after", "following", "since"}
#: Instruments whose clause tells what they do ("a bill lifting the emergency law", "a decree banning rallies"), and
#: the verbs that enact them: passing such a bill is the act its clause tells, the sentence's own event.
ENACTED_INSTRUMENTS = {
    "bill", "law", "decree", "order", "ordinance", "resolution", "measure", "directive", "legislation",
}  # fmt: skip
ENACTING_VERBS = {"pass", "adopt", "approve", "sign", "issue", "enact", "endorse"}


def _any_of(phrases: Collection[str], ending: str = "") -> re.Pattern[str]:
    """A pattern for any of the phrases as whole words, the longest first, in any case. It looks ahead for their
    first letters before it tries them one by one: most words start with none of them, which halves the scan."""
    alternatives = sorted(map(re.escape, phrases), key=len, reverse=True)
    first_letters = re.escape("".join(sorted({phrase[0] for phrase in phrases})))
    return re.compile(rf"\b(?=[{first_letters}])({'|'.join(alternatives)}){ending}\b", re.IGNORECASE)


_WEAPON_RE = _any_of(WEAPONS)
_TARGET_RE = _any_of(PHYSICAL_TARGETS, ending="s?")
_GROUND_ASSAULT_RE = _any_of(GROUND_ASSAULTS)
#: Keys of what is read once per document (``once_per_doc``): its tokens that name a context, its off-duty victims,
#: wars and mishaps told, and the weapons each sentence tells as used.
CONTEXT_CUES = "newsevents.events.context_cues"
OFF_DUTY = "newsevents.events.off_duty"
WARS_BEHIND = "newsevents.events.wars_behind"
MISHAPS = "newsevents.events.mishaps"
WEAPONS_OF_SENTENCES = "newsevents.events.weapons_of_sentences"


def _fire_of_a_verb(trigger: Token) -> bool:
    """ "opened fire", "set fire": the verb, not its object, says whether the shooting or arson happened."""
    return trigger.lemma_.lower() in GUNFIRE and trigger.dep_ == "dobj" and trigger.pos_ == "NOUN"


def build_event(
    trigger: Token,
    sentence: Span,
    found: tuple[str, tuple[str, ...]],
    mentions: Mentions,
    times: list[TimeExpr],
    number: int,
) -> Event:
    event_type, base_modes = found
    predicate = trigger.head if _fire_of_a_verb(trigger) else trigger
    status = event_status(predicate)
    verb = trigger if trigger.pos_ == "VERB" else light_verb_of(trigger)
    said = said_intent(trigger, verb, event_type, status)
    if said is not None:
        event_type, base_modes, status = said
        if event_type == "REJECT" and verb is not None:
            predicate = verb  # the refusal is the event, not the act refused
    actor, target = participants(trigger, mentions, event_type)
    if event_type == "PROTEST":
        actor = protester(trigger, mentions) or actor
        target = target or protest_aim(trigger, mentions)
    text = _text_of(sentence)
    weapons = _weapons_used(sentence, text)
    modes = _modes(event_type, _people_harmed(trigger, base_modes), weapons, text)
    modes += _told_for_acled(event_type, modes, trigger, sentence)
    killed, injured = casualties(sentence, trigger) if event_type == "ASSAULT" else (None, None)
    if killed is None and event_type == "ASSAULT" and attacks_named(trigger) and plural_dead(trigger):
        killed = 2  # "the people who died in police firing": an attack that killed at least two
    event = Event(
        id=f"e{number}",
        type=event_type,
        modes=modes,
        contexts=_contexts(sentence),
        actor=actor,
        target=target,
        place=event_place(trigger, mentions),
        date=_date(trigger, sentence, times),
        fatalities=killed,
        injured=injured,
        weapons=weapons if event_type == "ASSAULT" else [],
        physical_targets=_physical_targets(text) if event_type == "ASSAULT" else [],
        status=status.status,
        factuality=round(factuality(predicate), 2),
        source=_source(status.source_token, mentions),
        evidence=[_evidence(_background_phrase(trigger) or sentence)],
    )
    event.confidence = _confidence(event, trigger)
    return event


def _date(trigger: Token, sentence: Span, times: list[TimeExpr]) -> EventDate:
    in_sentence = [t for t in times if sentence.start_char <= t.start < sentence.end_char and t.value]
    in_sentence = [t for t in in_sentence if t.granularity == "day"] or in_sentence
    if not in_sentence:
        return EventDate()
    nearest = min(in_sentence, key=lambda t: abs(t.start - trigger.idx))
    return EventDate(value=nearest.value, granularity=nearest.granularity)


def _weapons_used(sentence: Span, text: str) -> list[str]:
    """The weapon words the sentence (whose ``text`` this is) tells as used, in order: read once per sentence of the
    document, since each event of the sentence asks; a fresh list each time, as each event keeps its own."""
    read = once_per_doc(sentence.doc, WEAPONS_OF_SENTENCES, lambda doc: {})
    key = (sentence.start_char, sentence.end_char)
    if key not in read:
        read[key] = unique(m.group(1).lower() for m in _WEAPON_RE.finditer(text) if _weapon_used(m, sentence))
    return list(read[key])


def _weapon_used(weapon: re.Match[str], sentence: Span) -> bool:
    """Whether a weapon word of the sentence tells a weapon used: not part of a name, nor an aircraft or a tank the
    attack was aimed at ("opened fire at a helicopter", "attacked an army tank"), nor the kind of people or gear it
    names ("an explosives expert", "IED planters", "a drone team")."""
    if _in_a_name(weapon):
        return False
    start = sentence.start_char + weapon.start(1)
    words = sentence.doc.char_span(start, start + len(weapon.group(1)), alignment_mode="expand")
    if words is None:
        return True
    word = words.root
    return not (_aimed_at(word) or (word.dep_ == "compound" and word.head.lemma_.lower() in WEAPON_TRADES))


def _aimed_at(word: Token) -> bool:
    """An aircraft or a tank an attack was aimed at: the object of a preposition of aim ("fired at a helicopter") or
    of a verb of striking ("attacked a tank", "a helicopter was hit"); a mine hit or stepped on still went off."""
    if word.lower_ not in WEAPON_PLATFORMS:
        return False
    if word.dep_ == "pobj":
        return word.head.lower_ in AIMED_AT
    return word.dep_ in {"dobj", "nsubjpass"} and word.head.lemma_.lower() in STRIKING_VERBS


def _in_a_name(weapon: re.Match[str]) -> bool:
    """A weapon word capitalised inside the sentence is part of a name ("the Essakane Mine", "Royal Dutch Shell",
    "Tank Street"), no weapon; acronyms ("IED", "UAV") stay weapons."""
    word = weapon.group(1)
    return weapon.start(1) > 0 and word[:1].isupper() and word[1:].islower()


def _people_harmed(trigger: Token, base: tuple[str, ...]) -> tuple[str, ...]:
    """ "burned a man", "torched the prisoners": violence against people, not the destruction of property."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if "destroy" in base and any(is_people(o) for o in objects):
        return tuple(m for m in base if m != "destroy")
    return base


def _modes(event_type: str, base: tuple[str, ...], weapons: list[str], text: str) -> list[str]:
    """The event's modes, and for an attack those of its weapons, with the ACLED cues of close fighting: guns fired
    (``SMALL_ARMS``) and, where weapons were used, a ground operation (``GROUND_ASSAULTS``); and of a grenade thrown
    (``HAND_GRENADES``), an explosive ACLED codes apart."""
    modes = list(base)
    if event_type == "ASSAULT":
        modes.extend(WEAPONS[w] for w in weapons)
        if SMALL_ARMS.intersection(weapons):
            modes.append("small-arms")
        if HAND_GRENADES.intersection(weapons):
            modes.append("grenade")
        if weapons and _GROUND_ASSAULT_RE.search(text):
            modes.append("ground-assault")
    return unique(modes)


def _told_for_acled(event_type: str, modes: list[str], trigger: Token, sentence: Span) -> list[str]:
    """The ACLED cues (``lexicon.ACLED_CUE_MODES``) the sentence tells of the event beside its weapons: a victim off
    duty, an explosive left from a past war or one that went off as it was handled, a riot that broke out."""
    told = []
    if event_type == "ASSAULT" and _tells_off_duty(sentence):
        told.append("off-duty")
    if event_type == "ASSAULT" and _tells_a_war_remnant(sentence):
        told.append("war-remnant")
    if "explosives" in modes and _tells_a_mishap(sentence):
        told.append("mishap")
    if event_type == "PROTEST" and _riot_broke_out(trigger):
        told.append("riot-outbreak")
    return told


def _tells_off_duty(sentence: Span) -> bool:
    """The sentence says someone was off duty ("killed an off-duty policeman", "a soldier (assumed off duty)"):
    ACLED codes the security forces off duty as civilians, and violence against them as an attack, not a clash."""
    return _cue_within(sentence, OFF_DUTY, _off_duty_words)


def _cue_within(sentence: Span, key: str, find_cues: Callable[[Doc], list[Token]]) -> bool:
    """Whether one of the cue words ``find_cues`` reads once per document (kept under ``key``) is in the sentence."""
    return any(sentence.start <= cue.i < sentence.end for cue in once_per_doc(sentence.doc, key, find_cues))


def _off_duty_words(doc: Doc) -> list[Token]:
    """The "duty" of "off duty" and "off-duty"."""
    duties = tokens_with_lower(doc, {"duty"})
    return [t for t in duties if "off" in {doc[i].lower_ for i in range(max(t.i - 2, 0), t.i)}]


def _riot_broke_out(trigger: Token) -> bool:
    """ "riots broke out", "rioting erupted": a riot told as violence that broke out, with no one demonstrating."""
    riot = trigger.pos_ == "NOUN" and trigger.lemma_.lower() in {"riot", "rioting"}
    return riot and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in OUTBREAK_VERBS


def _tells_a_mishap(sentence: Span) -> bool:
    """The sentence tells an explosive went off by mishap as it was handled: "accidentally detonated the landmine",
    "an IED exploded by mistake", "killed in a mine explosion while testing a mine"."""
    return _cue_within(sentence, MISHAPS, _mishap_cues)


def _mishap_cues(doc: Doc) -> list[Token]:
    """Words that tell a blast went off by mishap: an adverb or "by mistake" on a verb of blasting, or a "while" clause
    of handling an explosive ("while testing a mine", "while it was being taken")."""
    adverbs = [t for t in tokens_with_lower(doc, MISHAP_ADVERBS) if _on_a_blast(t.head)]
    mistakes = [t for t in tokens_with_lower(doc, MISHAP_NOUNS) if t.head.lower_ == "by" and _on_a_blast(t.head.head)]
    whiles = [t for t in tokens_with_lower(doc, {"while"}) if t.dep_ == "mark" and _handles_explosives(t.head)]
    return adverbs + mistakes + whiles


def _on_a_blast(verb: Token) -> bool:
    return verb.lemma_.lower() in BLAST_VERBS


def _handles_explosives(verb: Token) -> bool:
    """ "(while) testing a mine", "(while) it was being taken": handling an explosive, or the "it" the clause tells."""
    if verb.lemma_.lower() not in HANDLING_VERBS:
        return False
    handled = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(h.lemma_.lower() in DISRUPTED_WEAPONS or h.lower_ in {"it", "them"} for h in handled)


def _tells_a_war_remnant(sentence: Span) -> bool:
    """The sentence tells of an explosive left from a war ("a mine leftover from the Iran-Iraq war", "a bomb left over
    from the Vietnam War"): its blast is no attack anyone made."""
    return _cue_within(sentence, WARS_BEHIND, _wars_behind)


def _wars_behind(doc: Doc) -> list[Token]:
    """The "war" of "(a mine) from the ... war" and "(a bomb) left over from the ... war"."""
    wars = [t for t in tokens_with_lower(doc, {"war"}) if t.dep_ == "pobj" and t.head.lower_ == "from"]
    return [war for war in wars if _left_by(war.head.head).lemma_.lower() in WAR_REMNANTS]


def _left_by(word: Token) -> Token:
    """The noun a clause of leaving hangs on ("a mine [leftover] from", "a bomb [left over] from"), or the word."""
    return word.head if word.dep_ == "acl" else word


def _contexts(sentence: Span) -> list[str]:
    cues = once_per_doc(sentence.doc, CONTEXT_CUES, lambda doc: tokens_with_lower(doc, CONTEXT_WORDS))
    within = cues[
        bisect_left(cues, sentence.start, key=lambda t: t.i) : bisect_left(cues, sentence.end, key=lambda t: t.i)
    ]
    return unique(CONTEXT_WORDS[t.lower_] for t in within)


def _physical_targets(text: str) -> list[str]:
    return unique(m.group(0).lower() for m in _TARGET_RE.finditer(text))


def _text_of(span: Span) -> str:
    """A span's text, cut from the document's text read once: ``Span.text`` builds it token by token."""
    return document_text(span.doc)[span.start_char : span.end_char]


def _source(token: Token | None, mentions: Mentions) -> str:
    if token is None:
        return "author"
    return actor_for_token(mentions, token) or "author"


def _background_phrase(trigger: Token) -> Span | None:
    """The noun phrase an event is told in when a relative clause tells it: "family members of a leader that
    was killed last year staged a demonstration", "owners of buildings demolished in 2019 protested". It is
    evidence of the killing or the demolition; the sentence is the protest's. A clause the parser only hangs on a noun
    ("A human rights group protested here", a reporting tag) tells the sentence's own event. So does the phrase of an
    event the sentence's act followed ("following the kidnapping of three victims, traffickers fired shots")."""
    if came_before(trigger):
        return trigger.doc[trigger.left_edge.i : trigger.right_edge.i + 1]
    for node in (trigger, *trigger.ancestors):
        if node.dep_ in {"relcl", "acl"} and node.head != node and not _told_by_the_sentence(node):
            noun = node.head
            return noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    return None


def _told_by_the_sentence(clause: Token) -> bool:
    return clause.dep_ == "acl" and (misparsed_predicate(clause) or reporting_tag(clause) or _enacted(clause))


def _enacted(clause: Token) -> bool:
    """ "passed a bill lifting the emergency law", "signed a decree banning rallies": the clause tells what the
    instrument enacted does."""
    instrument = clause.head
    enacted = instrument.dep_ in {"dobj", "nsubjpass"} and instrument.head.lemma_.lower() in ENACTING_VERBS
    return enacted and instrument.lemma_.lower() in ENACTED_INSTRUMENTS


def _evidence(sentence: Span) -> EvidenceSpan:
    text = _text_of(sentence)
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return EvidenceSpan(start=start, end=sentence.start_char + len(text.rstrip()))


def _confidence(event: Event, trigger: Token) -> float:
    score = 0.45 + (0.15 if trigger.pos_ == "VERB" else 0.0)
    score += 0.15 * bool(event.actor) + 0.1 * bool(event.target) + 0.1 * bool(event.place)
    return round(min(score, 0.95), 2)


def came_before(trigger: Token) -> bool:
    """An event noun told as what another act of its sentence followed: "settlers set fire to the offices following
    the killing of an Israeli man" (two attacks, the killing the earlier); "following" is often parsed as a verb."""
    return trigger.pos_ == "NOUN" and trigger.dep_ != "pcomp" and object_of_preposition(trigger, EARLIER_PREPOSITIONS)


def unique(items) -> list:
    return list(dict.fromkeys(items))


def add_casualty_report(sentence: Span, events: list[Event], victim: str | None = None, claimed: bool = False) -> None:
    """A sentence with no trigger, or only a toll ("Five soldiers died.", "One officer was killed."), gives the
    toll of the attack before; ``victim``, whom the toll names, is that attack's target where it has none.
    ``claimed``: a toll only someone claims ("other reports claim three were killed") fills in a count the attack
    lacks but does not outbid one told as fact, since ACLED codes the most conservative report."""
    earlier = (e for e in reversed(events) if e.type == "ASSAULT" and e.evidence[0].start < sentence.start_char)
    attack = next(earlier, None)
    if attack is None:
        return
    killed, injured = casualties(sentence, sentence.root)
    if (killed is not None or injured is not None) and cumulative_toll(sentence):
        return
    if attack.target is None and victim != attack.actor:
        attack.target = victim
    if killed is not None and not (claimed and attack.fatalities):
        attack.fatalities = max(attack.fatalities or 0, killed)
        evidence = _evidence(sentence)
        if all(e.start != evidence.start for e in attack.evidence):
            attack.evidence.append(evidence)
    if injured is not None:
        attack.injured = max(attack.injured or 0, injured)
