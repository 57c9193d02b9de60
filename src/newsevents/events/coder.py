"""A first event coder: PLOVER type and modes, ACLED type, actor, target, place, date, casualties,
status and evidence, from trigger words over the dependency parse.

Every event points at the sentence that supports it. Mentions of the same event (same type, no
conflicting actor, target, place or date) are merged into one event with several evidence spans.

This module walks the sentences and merges the mentions; the rest lives beside it: which words are events
(``triggers``), who did what to whom (``participants``), one event built from its trigger (``build``), tolls told
with no one doing them (``tolls``), ACLED types and the learned fallback (``acled``), what the text leaves implicit
(``settling``), and the parse readings they share (``syntax``, ``attacks``).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import once_per_doc, tokens_with_lemma
from newsevents.events.acled import (
    LEAD_SENTENCES,
    acled_of,
    choose_acled_sub_types,
    grievances,
    learned_fallback,
    protest_the_demands,
)
from newsevents.events.build import EARLIER_PREPOSITIONS, add_casualty_report, build_event, came_before, unique
from newsevents.events.lexicon import (
    ANSWERING_FIRE,
    ANSWERING_VERBS,
    FIRING_BACK_VERBS,
    MUTUAL_FIGHTING,
    REPELLING_VERBS,
    plover_modes,
    refine_acled,
)
from newsevents.events.responsibility import find_responsibility
from newsevents.events.settling import (
    aim_at_the_place,
    arm_criminal_victims,
    arm_militias,
    arm_the_sides_of_battles,
    arm_unnamed_attackers,
    attack_of_the_lead,
    criminal_attackers,
    inherit_setting,
    lead_with_the_crowd,
    name_the_crowd,
    settle_actors,
)
from newsevents.events.syntax import is_people, light_verb_of, marked
from newsevents.events.tolls import cumulative_toll, reports_a_toll, victim_of_toll
from newsevents.events.triggers import shoot_out, trigger_candidates, triggered_type
from newsevents.record import Event, TimeExpr

REALIS = {"asserted", "reported", "speculated"}


def code_events(doc: Doc, mentions: Mentions, times: list[TimeExpr], text: str | None = None) -> list[Event]:
    """All events in the article, merged across mentions, each with its evidence span.

    ``text``: the parsed text, as the pipeline holds it; without it ``doc.text`` (which spaCy rebuilds from the
    tokens on every access) is read once."""
    events: list[Event] = []
    mutual: set[int] = set()
    planned: set[int] = set()  # events some mention of which is only planned or asked for ("urged them to sign")
    told: set[int] = set()  # events some mention of which is told as such
    triggers: dict[int, list[Token]] = {}
    depth: dict[int, int] = {}
    text = doc.text if text is None else text
    sentences = list(doc.sents)  # spaCy walks every token to find them: once
    lead = sentences[:LEAD_SENTENCES]
    candidates = trigger_candidates(doc)
    for sentence in sentences:
        found_in_sentence = False
        tolls: list[Token] = []
        for token in _within(sentence, candidates):
            found = triggered_type(token)
            if found is None:
                continue
            if reports_a_toll(token) and any(e.type == "ASSAULT" for e in events):
                tolls.append(token)  # "One police officer was killed.": the toll of the attack told before
                continue
            found_in_sentence = True
            event = build_event(token, sentence, found, mentions, times, len(events) + 1)
            kept = _merge_into(events, event, token, triggers)
            if kept is None:
                kept = event
                events.append(event)
            depth[id(kept)] = min(depth.get(id(kept), len(sentence)), _clause_depth(token))
            if _mutual(token):
                mutual.add(id(kept))
            (planned if event.status == "planned" else told).add(id(kept))  # claims.status: asked for, future
            triggers.setdefault(id(kept), []).append(token)
        if tolls or not found_in_sentence:
            claimed = bool(tolls) and all(t.dep_ == "ccomp" for t in tolls)
            add_casualty_report(sentence, events, victim_of_toll(tolls, mentions), claimed)
    aim_at_the_place(events, mentions)
    inherit_setting(events, doc, mentions, times)
    attack_of_the_lead(events, mentions, sentences)
    settle_actors(events, mentions)
    arm_unnamed_attackers(events, mentions, mutual)
    criminal_attackers(events, mentions, sentences)
    arm_militias(events, mentions, doc)
    arm_criminal_victims(events, doc, mentions)
    for event in events:
        only_planned = id(event) in planned and id(event) not in told  # ACLED codes what happened
        event.acled = None if only_planned else acled_of(event, mentions, id(event) in mutual)
    if not any(e.acled for e in events):
        fallback = learned_fallback(lead, text, mentions, times, found_any=bool(events))
        arm_unnamed_attackers(fallback, mentions, mutual)
        criminal_attackers(fallback, mentions, sentences)
        events.extend(fallback)
    events.sort(key=lambda e: (e.evidence[0].start, depth.get(id(e), len(doc))))  # the learned fallback's last
    for number, event in enumerate(events, start=1):
        event.id = f"e{number}"
    told_as_grievances = grievances(events, triggers)
    refine_acled(events, mentions.sector, doc, told_as_grievances, mentions.actor)
    choose_acled_sub_types(events, lead, mentions, text, mutual, told_as_grievances, triggers)
    protest_the_demands(events, told_as_grievances, lead, mentions)
    for event in events:
        event.modes = plover_modes(event.type, event.modes)
    name_the_crowd(events, mentions)
    arm_the_sides_of_battles(events, mentions)
    lead_with_the_crowd(events, mentions, sentences)
    find_responsibility(doc, mentions, events)
    return events


def _clause_depth(trigger: Token) -> int:
    """How deep in its sentence a trigger sits. The main clause tells the sentence's event; deeper clauses give its
    background or purpose ("mounted its long-threatened invasion", "demonstrations against the alleged abuses"). A
    clause told as what the news followed ("passed a bill lifting the emergency law, hours after security forces fired
    on protesters") is background however shallow the parser hangs it: it comes after every other."""
    if _told_as_earlier(trigger):
        return len(trigger.sent)
    return sum(1 for _ in trigger.ancestors)


def _told_as_earlier(trigger: Token) -> bool:
    """ "hours after security forces fired", "after firing on protesters": an act its sentence tells as one the news
    followed."""
    if trigger.pos_ != "VERB":
        return False
    if trigger.dep_ == "pcomp":
        return trigger.head.lower_ in EARLIER_PREPOSITIONS
    return trigger.dep_ == "advcl" and marked(trigger, EARLIER_PREPOSITIONS)


def _mutual(trigger: Token) -> bool:
    """Both sides fought: "clashed", "fighting broke out", "killed during an armed confrontation", "shelled back",
    "shelling took place between X and Y", "a shelling exchange", "a shoot-out", "... The soldiers returned fire"."""
    if (
        trigger.lemma_.lower() in MUTUAL_FIGHTING
        or trigger.head.lemma_.lower() in MUTUAL_FIGHTING
        or shoot_out(trigger)
    ):
        return True
    answered = once_per_doc(trigger.doc, "answered_sentences", _answered_sentences)
    sentence = trigger.sent
    if sentence.start in answered or sentence.end in answered:
        return True  # the side attacked fought back, in the sentence or the next
    if any(c.lemma_.lower() in MUTUAL_FIGHTING or _answers_back(c) for c in trigger.children):
        return True
    if trigger.dep_ in {"nsubj", "csubj"} and _between_sides(trigger.head):
        return True
    during = (o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"during", "in"} for o in p.children)
    return any(o.dep_ == "pobj" and o.lemma_.lower() in MUTUAL_FIGHTING for o in during)


def _answered_sentences(doc: Doc) -> set[int]:
    """The first token of each sentence telling the side attacked answered with fire ("returned fire", "responded with
    gunfire", "the attack was repelled", "fired back"): the one-sided attack it answers was a fight."""
    answering = ANSWERING_VERBS | REPELLING_VERBS | FIRING_BACK_VERBS
    return {verb.sent.start for verb in tokens_with_lemma(doc, answering) if _answers(verb)}


def _answers(verb: Token) -> bool:
    """ "returned fire", "responded with gunfire", "repelled the attack", "fired back", "shelled back"; not "responded
    to the request"."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in FIRING_BACK_VERBS:
        return any(_answers_back(c) for c in verb.children)
    if lemma in REPELLING_VERBS:
        return True
    aimed = [c for c in verb.children if c.dep_ == "dobj"]
    aimed += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    return any(o.lemma_.lower() in ANSWERING_FIRE for o in aimed)


def _between_sides(verb: Token) -> bool:
    """ "(shelling) took place between regime forces and ...": the fighting the verb tells was between armed sides,
    not a place ("between the two villages")."""
    between = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between")
    return any(o.dep_ == "pobj" and is_people(o) for p in between for o in p.children)


def _answers_back(modifier: Token) -> bool:
    """ "shelled back", "fired back": the other side had fired first."""
    return modifier.dep_ in {"advmod", "prt"} and modifier.lower_ == "back"


def _within(sentence: Span, tokens: list[Token]) -> list[Token]:
    """The tokens (in text order) that lie in the sentence."""
    start = bisect_left(tokens, sentence.start, key=lambda t: t.i)
    end = bisect_left(tokens, sentence.end, key=lambda t: t.i)
    return tokens[start:end]


def _merge_into(events: list[Event], new: Event, trigger: Token, triggers: dict[int, list[Token]]) -> Event | None:
    """Fold a new mention (told by ``trigger``) into an earlier event it cannot be told apart from (``triggers``: each
    earlier event's); that event, or None. An event noun whose verb told an event of its type is that event, whatever
    place or target each reads ("provided military aid to Egypt": the verb's place, the noun's recipient); so is an act
    whose saying told an event of its type ("threatened to expel ten ambassadors": one threat)."""
    carrier = light_verb_of(trigger) if trigger.pos_ == "NOUN" else _saying_verb(trigger)
    sentence_start = trigger.sent.start_char if new.fatalities else -1
    told_before = sentence_start >= 0 and cumulative_toll(trigger.sent)
    for event in events:
        if told_before and event.evidence[0].start < sentence_start:
            continue  # a war's toll is no one attack's told before it
        if carrier is not None and event.type == new.type and carrier in triggers.get(id(event), []):
            _fold(event, new)
            return event
        same_reality = event.status == new.status or {event.status, new.status} <= REALIS
        if event.type != new.type or not same_reality or _told_apart(triggers.get(id(event), []), trigger):
            continue
        if all(_compatible(getattr(event, f), getattr(new, f)) for f in ("actor", "target", "place")) and (
            _compatible(event.date.value, new.date.value)
        ):
            _fold(event, new)
            return event
    return None


def _saying_verb(trigger: Token) -> Token | None:
    """The verb that says the act it governs will be done ("threatened [to expel]", "promised [to send] aid"): the act,
    coded as the saying (``statements.said_intent``), is the event that verb tells, not a second one."""
    return trigger.head if trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB" else None


def _told_apart(earlier: list[Token], trigger: Token) -> bool:
    """A clause that names its own doer, joined to one that tells only whom an act befell, tells another act: "two
    persons were stabbed to death and the police fired in the air" (the police did not stab them). A passive clause
    after an active one may tell the same act's toll ("gunmen attacked a bus and five passengers were killed"). An act
    its sentence tells as the one before another ("following the killing of") is another act."""
    before = earlier if came_before(trigger) else [t for t in earlier if came_before(t)]
    if before and any(t.i in range(trigger.sent.start, trigger.sent.end) for t in before):
        return True
    if not _has_subject(trigger, "nsubj"):
        return False
    return any(trigger in verb.conjuncts and _has_subject(verb, "nsubjpass") for verb in earlier)


def _has_subject(verb: Token, relation: str) -> bool:
    return any(child.dep_ == relation for child in verb.children)


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _fold(event: Event, new: Event) -> None:
    if all(e.start != new.evidence[0].start for e in event.evidence):
        event.evidence.extend(new.evidence)
    event.actor = event.actor or new.actor
    event.target = event.target or (new.target if new.target != event.actor else None)  # no one acts on himself
    event.place = event.place or new.place
    if event.date.value is None:
        event.date = new.date
    event.fatalities = max(filter(None, (event.fatalities, new.fatalities)), default=None)
    event.injured = max(filter(None, (event.injured, new.injured)), default=None)
    event.modes = unique([*event.modes, *new.modes])
    event.contexts = unique([*event.contexts, *new.contexts])
    event.weapons = unique([*event.weapons, *new.weapons])
    event.physical_targets = unique([*event.physical_targets, *new.physical_targets])
    event.confidence = max(event.confidence, new.confidence)
    known = [value for value in (event.factuality, new.factuality) if value is not None]
    event.factuality = max(known, default=None)  # the surest mention of it
