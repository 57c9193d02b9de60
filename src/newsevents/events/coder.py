"""A first event coder: PLOVER type and modes, ACLED type, actor, target, place, date, casualties,
status and evidence, from trigger words over the dependency parse.

Every event points at the sentence that supports it. Mentions of the same event (same type, no
conflicting actor, target, place or date) are merged into one event with several evidence spans.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import (
    PLACE_LABELS,
    Mentions,
    actor_for_token,
    implicit_group,
    nation_of_demonym,
    national_forces,
    protester_for_token,
)
from newsevents.annotate.geo import iso3
from newsevents.annotate.sectors import KNOWN_ACTORS, SECTOR_WORDS
from newsevents.claims.status import event_status
from newsevents.events.casualties import INJURE_LEMMAS, KILL_LEMMAS, casualties
from newsevents.events.classifier import ACLED_EVENT_TYPE, best_allowed, classify, plover_types_of
from newsevents.events.lexicon import (
    CONTEXT_WORDS,
    NOUN_TRIGGERS,
    PHYSICAL_TARGETS,
    VERB_TRIGGERS,
    WEAPONS,
    acled_type,
    is_light_verb,
    refine_acled,
)
from newsevents.events.place import event_place, place_before
from newsevents.events.responsibility import find_responsibility
from newsevents.record import Event, EventDate, TimeExpr
from newsevents.record import Span as EvidenceSpan

AGREEMENT_OBJECTS = {"agreement", "deal", "treaty", "accord", "memorandum", "pact", "ceasefire", "truce"}
#: Verbs whose subject performs the event their object names ("staged a protest"); not opinion verbs
#: ("defended the arrests", "condemned the attack"), whose subject only talks about it.
#: Objects that make "attack" a figure of speech ("an attack on the right to protest").
ABSTRACT_TARGETS = {
    "right",
    "rights",
    "freedom",
    "freedoms",
    "democracy",
    "liberty",
    "sovereignty",
    "press",
    "truth",
    "dignity",
    "constitution",
    "law",
    "values",
    "independence",
    "justice",
    "credibility",
    "reputation",
    "integrity",
}
#: Prepositions whose object is the target of any event ("clashed with X", "protested against Y").
TARGET_PREPOSITIONS = {"with", "against", "on"}
#: Verbal and diplomatic types aimed at someone: "appealed to X", "apologised to X", "demanded that X ...".
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONCEDE", "CONSULT", "SUPPORT", "AID", "AGREE"}
#: Prepositions whose object a complement clause acts on ("threatened to cut ties with X").
COMPLEMENT_TARGET_PREPOSITIONS = {"with", "against", "to", "for", "on"}
#: Prepositions that introduce the target of some types only: "fired at X", "appealed to X".
EXTRA_TARGET_PREPOSITIONS = {"ASSAULT": {"at"}} | {event_type: {"to"} for event_type in ADDRESSED_TYPES}
#: Sectors whose things ("a police vehicle", "military positions") stand for the force when attacked.
ARMED_OWNER_SECTORS = {"MIL", "COP"}
CAPTIVES = {"hostage", "prisoner", "detainee", "captive", "inmate", "activist", "journalist"}
REALIS = {"asserted", "reported", "speculated"}
#: Verbs that are protests only when people do them ("residents gathered", not "police gathered evidence").
CROWD_ONLY_VERBS = {"gather", "block", "blockade"}
#: What a crowd gathers to do when it protests: "gathered to denounce", "to demand", "to show solidarity".
PROTEST_PURPOSES = {
    "protest", "denounce", "condemn", "demand", "call", "show", "express", "oppose", "reject", "voice", "decry",
    "urge", "press", "demonstrate", "support", "commemorate",
}  # fmt: skip
#: "opened fire", "exchanged gunfire", "returned fire": shooting, said with a noun.
GUNFIRE = {"fire", "gunfire", "shot"}
#: Nouns naming the means of an attack, beside the ASSAULT noun triggers ("killed in police firing").
ATTACK_MEANS = {"firing", "fire", "gunfire", "shooting", "bullet", "shelling", "bombing"}
INSTRUMENT_PREPOSITIONS = {"in", "during", "by", "from"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
GUNFIRE_VERBS = {"open", "exchange", "return", "trade"}
#: Objects that make "fight" a figure of speech ("fight the election", "fight corruption").
FIGURATIVE_FIGHTS = {"election", "poll", "case", "corruption", "poverty", "disease", "virus", "crime", "inflation"}
#: Verbs of going that set out on an event: "arrived on a visit", "went on strike".
ERRAND_VERBS = {"arrive", "go", "come", "embark", "travel", "fly", "leave", "set"}
#: Triggers (or their verbs) that say both sides fought: an armed clash, whoever the target is.
MUTUAL_FIGHTING = {
    "clash", "fight", "fighting", "battle", "exchange", "skirmish", "engage", "confrontation", "shootout",
    "gunfight", "firefight", "crossfire",
}  # fmt: skip
#: Words that make a "strike" a stoppage of work.
STRIKE_KINDS = {"general", "national", "nationwide", "indefinite", "open-ended", "labour", "labor", "warning", "day"}
STRIKE_WORKERS = {"worker", "union", "employee", "teacher", "doctor", "nurse", "driver", "miner", "staff"}
#: Sentences of the lead the learned fallback reads, how sure it must be, and the confidence it gives.
LEAD_SENTENCES = 3
FALLBACK_THRESHOLD = 0.7
FALLBACK_CONFIDENCE = 0.4
#: How sure the classifier must be to override the rules' ACLED sub-type.
SUB_TYPE_THRESHOLD = 0.6
_WEAPON_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, WEAPONS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_TARGET_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, PHYSICAL_TARGETS), key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)


def code_events(doc: Doc, mentions: Mentions, times: list[TimeExpr]) -> list[Event]:
    """All events in the article, merged across mentions, each with its evidence span."""
    events: list[Event] = []
    mutual: set[int] = set()
    for sentence in doc.sents:
        found_in_sentence = toll = False
        for token in sentence:
            found = _trigger(token)
            if found is None:
                continue
            if _reports_a_toll(token) and any(e.type == "ASSAULT" for e in events):
                toll = True  # "One police officer was killed.": the toll of the attack told before
                continue
            found_in_sentence = True
            event = _build_event(token, sentence, found, mentions, times, len(events) + 1)
            kept = _merge_into(events, event)
            if kept is None:
                kept = event
                events.append(event)
            if _mutual(token):
                mutual.add(id(kept))
        if toll or not found_in_sentence:
            _add_casualty_report(sentence, events)
    _inherit_setting(events, doc, mentions, times)
    _settle_actors(events, mentions)
    for event in events:
        event.acled = _acled_of(event, mentions, id(event) in mutual)
    if not any(e.acled for e in events):
        events.extend(_learned_fallback(doc, mentions, times))
    for number, event in enumerate(events, start=1):
        event.id = f"e{number}"
    refine_acled(events, lambda actor_id: _sector(mentions, actor_id), doc)
    _choose_acled_sub_types(events, doc)
    find_responsibility(doc, mentions, events)
    return events


def _learned_fallback(doc: Doc, mentions: Mentions, times: list[TimeExpr]) -> list[Event]:
    """The lead's event as the learned classifier codes it, for an article where no trigger fired."""
    lead = list(doc.sents)[:LEAD_SENTENCES]
    if not lead or not _lead_sets_a_scene(lead[-1].end_char, mentions, times):
        return []
    probabilities = classify(" ".join(s.text for s in lead))
    coded = _fallback_types(probabilities)
    if coded is None:
        return []
    event_type, acled = coded
    sentence = lead[0]
    event = _build_event(sentence.root, sentence, (event_type, ()), mentions, times, 1)
    event.acled = acled
    event.confidence = FALLBACK_CONFIDENCE
    return [event]


def _lead_sets_a_scene(end: int, mentions: Mentions, times: list[TimeExpr]) -> bool:
    """A lead that reports an event says when or where it happened ("On 5 May, in Maceio, ..."); a text whose lead
    names neither (an opinion, a stray sentence) is not read for an event no trigger found."""
    dated = any(t.start < end and t.value for t in times)
    return dated or any(e.start < end and e.label in PLACE_LABELS for e in mentions.entities)


def _fallback_types(probabilities: dict[str, dict[str, float]]) -> tuple[str, dict[str, str] | None] | None:
    """(PLOVER type, ACLED type) when one head is sure enough; ACLED's head speaks first."""
    acled = max(probabilities["acled"].items(), key=lambda item: item[1])
    plover = max(probabilities["plover"].items(), key=lambda item: item[1])
    if acled[1] >= FALLBACK_THRESHOLD and plover[0] in plover_types_of(acled[0]):
        return plover[0], {"event_type": ACLED_EVENT_TYPE[acled[0]], "sub_event_type": acled[0]}
    if plover[1] >= FALLBACK_THRESHOLD:
        return plover[0], acled_type(plover[0], [], None)
    return None


def _choose_acled_sub_types(events: list[Event], doc: Doc) -> None:
    """Among the ACLED sub-types each event's PLOVER type allows, the one the classifier finds likeliest.

    The classifier reads the event's evidence with the article's lead: what qualifies an event (the crowd
    turned violent, both sides fired) is often said in the sentence next to it.
    """
    lead = _lead_text(doc)
    text = doc.text  # spaCy rebuilds Doc.text from its tokens on every access
    for event in (e for e in events if e.acled):
        evidence = " ".join(text[span.start : span.end] for span in event.evidence)
        probabilities = classify(f"{lead} {evidence}")["acled"]
        allowed = {sub for sub in probabilities if event.type in plover_types_of(sub)}
        best = best_allowed(probabilities, allowed)
        if best is not None and best[1] >= SUB_TYPE_THRESHOLD:
            event.acled = {"event_type": ACLED_EVENT_TYPE[best[0]], "sub_event_type": best[0]}


def _lead_text(doc: Doc) -> str:
    return " ".join(sentence.text for sentence, _ in zip(doc.sents, range(LEAD_SENTENCES), strict=False))


def _acled_of(event: Event, mentions: Mentions, mutual: bool) -> dict[str, str] | None:
    target_sector = _sector(mentions, event.target)
    actor_sector = _sector(mentions, event.actor)
    harmed = bool(event.fatalities or event.injured)
    return acled_type(event.type, event.modes, target_sector, actor_sector=actor_sector, mutual=mutual, harmed=harmed)


def _sector(mentions: Mentions, actor_id: str | None) -> str | None:
    actor = mentions.actor(actor_id)
    return actor.sector if actor else None


def _reports_a_toll(token: Token) -> bool:
    """ "Two militia members were killed", "the victim died": deaths or wounds told with no one doing them."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in KILL_LEMMAS | INJURE_LEMMAS | {"die"}:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    agent = any(c.dep_ == "agent" for c in token.children)
    if not (passive or lemma == "die") or agent or token.dep_ not in {"ROOT", "conj"}:
        return False
    return not _attacks_named(token)  # "killed in police firing" tells whose attack it was


def _add_casualty_report(sentence: Span, events: list[Event]) -> None:
    """A sentence with no trigger, or only a toll ("Five soldiers died.", "One officer was killed."), gives the
    toll of the attack before."""
    earlier = (e for e in reversed(events) if e.type == "ASSAULT" and e.evidence[0].start < sentence.start_char)
    attack = next(earlier, None)
    if attack is None:
        return
    killed, injured = casualties(sentence, sentence.root)
    if killed is not None:
        attack.fatalities = max(attack.fatalities or 0, killed)
        attack.evidence.append(_evidence(sentence))
    if injured is not None:
        attack.injured = max(attack.injured or 0, injured)


def _inherit_setting(events: list[Event], doc: Doc, mentions: Mentions, times: list[TimeExpr]) -> None:
    """An event whose sentence names no place or date happened where and when the article last said.

    News writes the setting once, in the lead ("On 5 May, in Maceio, ..."), and later sentences lean on it.
    """
    for event in events:
        start = event.evidence[0].start
        if event.place is None:
            event.place = place_before(start, doc, mentions)
        if event.date.value is None:
            earlier = [t for t in times if t.value and t.granularity == "day" and t.start < start]
            if earlier:
                event.date = EventDate(value=earlier[-1].value, granularity=earlier[-1].granularity)


def _settle_actors(events: list[Event], mentions: Mentions) -> None:
    """What the text leaves implicit about who acted.

    A protest with no one named was held by protesters (rioters for a riot); a group or organisation of
    unknown nationality is of the country where its event took place, else of the article's country. The
    event's place also beats the article's country where that was only presumed ("KKE members protested in
    Thessaloniki against the invasion of Ukraine": Greek, although Ukraine is named as often).
    """
    for event in events:
        here = _place_country(event, mentions)
        country = here or mentions.home_country
        if event.type == "PROTEST" and event.actor is None:
            name = "rioters" if "riot" in event.modes else "protesters"
            event.actor = implicit_group(mentions, name, "CVL", country)
        for actor in (mentions.actor(event.actor), mentions.actor(event.target)):
            if actor is None or actor.kind not in {"group", "organization", "person"}:
                continue
            if actor.country is None and actor.kind != "person":
                actor.country = None if actor.name.lower() in KNOWN_ACTORS else country
            elif actor.id in mentions.presumed_country and here:
                actor.country = here


def _place_country(event: Event, mentions: Mentions) -> str | None:
    place = next((p for p in mentions.places if p.id == event.place), None)
    return iso3(place.country) if place is not None and place.country else None


def _mutual(trigger: Token) -> bool:
    """Both sides fought: "clashed", "fighting broke out", "killed during an armed confrontation"."""
    if trigger.lemma_.lower() in MUTUAL_FIGHTING or trigger.head.lemma_.lower() in MUTUAL_FIGHTING:
        return True
    during = (o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"during", "in"} for o in p.children)
    return any(o.dep_ == "pobj" and o.lemma_.lower() in MUTUAL_FIGHTING for o in during)


def _trigger(token: Token) -> tuple[str, tuple[str, ...]] | None:
    lemma = token.lemma_.lower()
    if _died_in_attack(token):
        return ("ASSAULT", ())
    if token.pos_ == "VERB" and lemma in VERB_TRIGGERS:
        return _disambiguate_verb(token, lemma, VERB_TRIGGERS[lemma])
    if lemma in GUNFIRE and token.dep_ == "dobj" and token.head.lemma_.lower() in GUNFIRE_VERBS:
        return ("ASSAULT", ("firearms",))
    if token.pos_ == "NOUN" and lemma in NOUN_TRIGGERS and token.dep_ != "compound" and not _figurative(token):
        return _labour_strike(token) or NOUN_TRIGGERS[lemma]
    return None


def _labour_strike(noun: Token) -> tuple[str, tuple[str, ...]] | None:
    """ "a hunger strike", "a general strike", "an open-ended strike": a protest, not an attack."""
    if noun.lemma_.lower() != "strike":
        return None
    modifiers = set(noun.doc[noun.left_edge.i : noun.i].text.lower().split())
    if "hunger" in modifiers:
        return ("PROTEST", ("hunger",))
    return ("PROTEST", ("strike",)) if modifiers & STRIKE_KINDS else None


def _figurative(noun: Token) -> bool:
    """ "an attack on press freedom": the object attacked is an idea, not people or things."""
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"} for o in p.children]
    return any(
        o.lemma_.lower() in ABSTRACT_TARGETS
        or (o.dep_ == "pobj" and any(c.lemma_.lower() in ABSTRACT_TARGETS for c in o.subtree))
        for o in objects
    )


def _disambiguate_verb(token: Token, lemma: str, found: tuple[str, tuple[str, ...]]):
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if lemma == "sign":
        return found if any(o.lemma_.lower() in AGREEMENT_OBJECTS for o in objects) else None
    if lemma == "strike" and any(s.lemma_.lower() in STRIKE_WORKERS for s in subjects):
        return ("PROTEST", ("strike",))
    if lemma in {"hit", "strike", "free", "fight", "support", "welcome", "host"} and not (objects or subjects):
        return None
    if lemma in {"release", "free", "abuse", "beat"} and not any(_is_people(o) for o in objects):
        return None
    if lemma == "fight" and any(o.lemma_.lower() in FIGURATIVE_FIGHTS for o in objects):
        return None
    if lemma == "abuse":
        return ("ASSAULT", ("sexual",)) if any(c.lower_ == "sexually" for c in token.children) else found
    if lemma == "hack" and any(c.dep_ == "prep" and c.lower_ == "into" for c in token.children):
        return ("COERCE", ("cyber",))
    if lemma == "share" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None
    if (lemma == "decline" and not any(c.dep_ == "xcomp" for c in token.children)) or (
        lemma == "cancel" and not objects
    ):
        return None
    if lemma == "march" and any(o.lemma_.lower() in {"troop", "soldier"} for o in subjects):
        return ("MOBILIZE", ("troops",))
    if lemma in CROWD_ONLY_VERBS and not any(_is_people(s) for s in subjects) and not _protest_purpose(token):
        return None
    if lemma == "fire" and not (objects or any(c.dep_ == "prep" and c.lower_ in {"at", "on"} for c in token.children)):
        return None
    if lemma == "burn" and not objects:
        return None
    return found


def _protest_purpose(verb: Token) -> bool:
    """ "gathered in front of the city council to denounce the invasion": a crowd with a protest's purpose."""
    return any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_PURPOSES for c in verb.children)


def _is_people(token: Token) -> bool:
    lemma = token.lemma_.lower()
    personal = token.pos_ == "PRON" and token.lower_ not in {"it", "this", "that", "what", "which"}
    return personal or token.ent_type_ in {"PERSON", "NORP"} or lemma in SECTOR_WORDS or lemma in CAPTIVES


def _build_event(
    trigger: Token,
    sentence: Span,
    found: tuple[str, tuple[str, ...]],
    mentions: Mentions,
    times: list[TimeExpr],
    number: int,
) -> Event:
    event_type, base_modes = found
    actor, target = _participants(trigger, mentions, event_type)
    if event_type == "PROTEST":
        actor = _protester(trigger, mentions) or actor
    weapons = _unique(m.group(1).lower() for m in _WEAPON_RE.finditer(sentence.text))
    modes = _modes(event_type, _people_harmed(trigger, base_modes), weapons)
    status = event_status(trigger)
    killed, injured = casualties(sentence, trigger) if event_type == "ASSAULT" else (None, None)
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
        physical_targets=_physical_targets(sentence) if event_type == "ASSAULT" else [],
        status=status.status,
        source=_source(status.source_token, mentions),
        evidence=[_evidence(_background_phrase(trigger) or sentence)],
    )
    event.confidence = _confidence(event, trigger)
    return event


def _participants(trigger: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    if _died_in_attack(trigger):  # the dead are the target, the attack's author the actor
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return _whose_attack(trigger, mentions), actor_for_token(mentions, subject) if subject is not None else None
    if trigger.pos_ == "VERB" or trigger.lemma_.lower() in GUNFIRE:
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        actor, target = _verb_participants(verb, mentions, event_type)
        if target is None and event_type in ADDRESSED_TYPES:
            target = _addressee(verb, mentions, actor)
    else:
        actor, target = _noun_participants(trigger, mentions, event_type)
    between = _between(trigger)
    if actor is None and between is not None:
        actor, target = _sides(between, mentions)
    if actor is None and trigger.pos_ == "VERB":
        actor = _whose_attack(trigger, mentions)
    return actor, target


def _whose_attack(verb: Token, mentions: Mentions) -> str | None:
    """ "killed in police firing", "wounded during an army raid": the attack the verb's preposition names
    says whose doing it was."""
    for noun in _attacks_named(verb):
        if not _is_attack_noun(noun):  # "in police firing" parsed as "police" with "firing" hung on it
            return actor_for_token(mentions, noun)
        for modifier in (c for c in noun.children if c.dep_ in {"compound", "amod", "poss"}):
            found = actor_for_token(mentions, modifier) or national_forces(mentions, modifier)
            if found:
                return found
    return None


def _attacks_named(verb: Token) -> list[Token]:
    """The attacks a verb's preposition names: "in police firing", "during an army raid"."""
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in INSTRUMENT_PREPOSITIONS)
    nouns = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [n for n in nouns if _is_attack_noun(n) or any(_is_attack_noun(c) for c in n.children if c.dep_ == "acl")]


def _died_in_attack(verb: Token) -> bool:
    """ "three others died in police firing": a death an attack caused is that attack."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "die" and bool(_attacks_named(verb))


def _is_attack_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ATTACK_MEANS or NOUN_TRIGGERS.get(lemma, ("",))[0] == "ASSAULT"


def _noun_participants(trigger: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    actor = _light_verb_subject(trigger, mentions)
    target = None
    for child in trigger.children:
        if child.dep_ in {"poss", "amod", "compound"} and actor is None:
            actor = actor_for_token(mentions, child) or _forces_of(child, trigger, mentions)
        elif child.dep_ == "prep" and child.lower_ in {"by"}:
            actor = _object_actor(child, mentions) or actor
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            target = _object_actor(child, mentions, event_type) or target
    return actor, target


def _between(noun: Token) -> Token | None:
    """The "between" of "clashes between X and Y", also where it hangs on the verb ("fighting broke out between")."""
    holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
    return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"), None)


def _forces_of(modifier: Token, trigger: Token, mentions: Mentions) -> str | None:
    """ "Russian airstrikes", "an Israeli raid": a nation's attack is its armed forces' doing."""
    event_type = NOUN_TRIGGERS.get(trigger.lemma_.lower(), ("",))[0]
    return national_forces(mentions, modifier) if event_type == "ASSAULT" else None


def _sides(between: Token, mentions: Mentions) -> tuple[str | None, str | None]:
    """ "clashes between the army and rebels": the first side acts, the second is the target."""
    first = next((c for c in between.children if c.dep_ == "pobj"), None)
    if first is None:
        return None, None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    return actor_for_token(mentions, first), actor_for_token(mentions, second) if second is not None else None


def _protester(trigger: Token, mentions: Mentions) -> str | None:
    """Who protests: the subject of the protest verb, or of the verb that stages the protest noun."""
    verb = _light_verb_of(trigger) if trigger.pos_ == "NOUN" else trigger
    subject = _active_subject(verb) if verb is not None else None
    return protester_for_token(mentions, subject) if subject is not None else None


def _light_verb_subject(noun: Token, mentions: Mentions) -> str | None:
    """Who "staged a protest", "carried out an attack" or "took part in a rally": the subject of the verb."""
    verb = _light_verb_of(noun)
    subject = _active_subject(verb) if verb is not None else None
    return actor_for_token(mentions, subject) if subject is not None else None


def _light_verb_of(noun: Token) -> Token | None:
    """The light verb whose object (or prepositional object) the event noun is: "staged" in "staged a protest",
    or a verb of going whose "on" introduces it: "arrived on a visit", "went on strike"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    on_errand = noun.dep_ == "pobj" and noun.head.lower_ == "on" and verb.lemma_.lower() in ERRAND_VERBS
    return verb if (is_light_verb(verb) and noun.dep_ in {"dobj", "pobj"}) or on_errand else None


def _active_subject(verb: Token) -> Token | None:
    """The subject of an active verb (or of the verb governing it); none for a passive one."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return _governing_subject(verb)


def _verb_participants(verb: Token, mentions: Mentions, event_type: str) -> tuple[str | None, str | None]:
    actor = target = None
    subject = _governing_subject(verb)
    passive = _is_passive(verb, subject)
    target_preps = TARGET_PREPOSITIONS | EXTRA_TARGET_PREPOSITIONS.get(event_type, set())
    for child in verb.children:
        if (child.dep_ == "dobj" and target is None) or child.dep_ == "nsubjpass":
            target = actor_for_token(mentions, child) or _owner(child, mentions, event_type)
        elif child.dep_ == "agent":
            actor = _object_actor(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in target_preps and target is None:
            target = _object_actor(child, mentions, event_type)
    if passive:
        target = target or (actor_for_token(mentions, subject) if subject is not None else None)
        actor = actor or _shared_agent(verb, mentions)
    elif subject is not None:
        actor = actor_for_token(mentions, subject) or _reporter_of(subject, mentions)
    elif actor is None:
        actor = _preceding_actor(verb, mentions)
    return actor, (target if target != actor else None)


def _reporter_of(pronoun: Token, mentions: Mentions) -> str | None:
    """ "The rebels said they will release ...": a pronoun subject of a reported clause is its reporter."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS:
        return None
    clause = pronoun.head
    while clause.dep_ in {"ccomp", "xcomp", "conj"} and clause.head is not clause:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in SUBJECT_PRONOUNS:
            return actor_for_token(mentions, subject)
    return None


def _addressee(verb: Token, mentions: Mentions, actor: str | None) -> str | None:
    """Whom a demand, warning or refusal is aimed at when the verb takes a clause: the clause's subject ("X demanded
    that Y withdraw"), else whom the clause acts on ("X threatened to cut ties with Y")."""
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        found = actor_for_token(mentions, subject) if subject is not None else _object_of(clause, mentions)
        if found is not None and found != actor:
            return found
    return None


def _object_of(verb: Token, mentions: Mentions) -> str | None:
    """Whom a subjectless complement (or its object) acts on: "threatened to cut ties with Congo", "refused to
    meet the King"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            found = actor_for_token(mentions, child) or _owner(child, mentions, "") or _object_of(child, mentions)
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_TARGET_PREPOSITIONS:
            found = _object_actor(child, mentions)
        else:
            continue
        if found is not None:
            return found
    return None


def _owner(thing: Token, mentions: Mentions, event_type: str) -> str | None:
    """Whose thing an event is aimed at: "rejected North Korea's demand", "rejected an Australian ultimatum",
    "shelled Russian positions" (a nation's positions are its forces')."""
    for child in thing.children:
        if child.dep_ == "poss":
            return actor_for_token(mentions, child)
        if child.dep_ in {"amod", "compound"}:
            forces = event_type == "ASSAULT"
            found = national_forces(mentions, child) if forces else nation_of_demonym(mentions, child)
            if found is None and forces:
                found = _armed_owner(child, mentions)
            if found is not None:
                return found
    return None


def _armed_owner(modifier: Token, mentions: Mentions) -> str | None:
    """ "a police vehicle", "military targets", "an army convoy": the force the thing belongs to is attacked."""
    sector = SECTOR_WORDS.get(modifier.lemma_.lower())
    if sector not in ARMED_OWNER_SECTORS:
        return None
    found = actor_for_token(mentions, modifier)
    return found or implicit_group(mentions, modifier.lower_, sector, mentions.home_country)


def _is_passive(verb: Token, subject: Token | None) -> bool:
    """A passive verb, or a participle conjoined to one ("was shot and killed"): its subject is the target."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and subject is not None and subject.dep_ == "nsubjpass"


def _shared_agent(verb: Token, mentions: Mentions) -> str | None:
    """The "by" agent of the passive verb this one is conjoined with ("was shot by X and killed")."""
    related = [verb.head] if verb.dep_ == "conj" else []
    related += [c for c in verb.children if c.dep_ == "conj"]
    agent = next((c for r in related for c in r.children if c.dep_ == "agent"), None)
    return _object_actor(agent, mentions) if agent is not None else None


def _preceding_actor(verb: Token, mentions: Mentions) -> str | None:
    """The nearest actor before a verb the parser left without a subject (a long lead can derail it)."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.pos_ in {"NOUN", "PROPN"} and token.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
            found = actor_for_token(mentions, token)
            if found:
                return found
    return None


def _governing_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb it is conjoined to or controlled by ("vowed to attack")."""
    token = verb
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.dep_ == "nsubj" and subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
            return token.head  # "the policemen who killed": the policemen
        if subject is not None:
            return subject if subject.dep_ == "nsubj" or token is not verb else None
        if token.dep_ not in {"conj", "xcomp"}:
            return None
        token = token.head
    return None


def _object_actor(preposition: Token, mentions: Mentions, event_type: str = "") -> str | None:
    """The actor a preposition's object names, or whose thing it is ("fired at military positions"); a town or
    region is where, not whom ("ambushed at Mathangeni")."""
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None or _local_place(obj, mentions):
        return None
    return actor_for_token(mentions, obj) or (_owner(obj, mentions, event_type) if event_type == "ASSAULT" else None)


def _local_place(token: Token, mentions: Mentions) -> bool:
    """A town, region or site, resolved or not; a country may be whom an action is aimed at ("fired at Israel")."""
    place = next((p for p in mentions.places if p.id == mentions.place_by_token.get(token.i)), None)
    if place is not None:
        return place.feature != "country"
    return token.ent_type_ in PLACE_LABELS and token.ent_type_ != "GPE"


def _date(trigger: Token, sentence: Span, times: list[TimeExpr]) -> EventDate:
    in_sentence = [t for t in times if sentence.start_char <= t.start < sentence.end_char and t.value]
    in_sentence = [t for t in in_sentence if t.granularity == "day"] or in_sentence
    if not in_sentence:
        return EventDate()
    nearest = min(in_sentence, key=lambda t: abs(t.start - trigger.idx))
    return EventDate(value=nearest.value, granularity=nearest.granularity)


def _people_harmed(trigger: Token, base: tuple[str, ...]) -> tuple[str, ...]:
    """ "burned a man", "torched the prisoners": violence against people, not the destruction of property."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if "destroy" in base and any(_is_people(o) for o in objects):
        return tuple(m for m in base if m != "destroy")
    return base


def _modes(event_type: str, base: tuple[str, ...], weapons: list[str]) -> list[str]:
    modes = list(base)
    if event_type == "ASSAULT":
        modes.extend(WEAPONS[w] for w in weapons)
    return _unique(modes)


def _contexts(sentence: Span) -> list[str]:
    return _unique(CONTEXT_WORDS[t.lower_] for t in sentence if t.lower_ in CONTEXT_WORDS)


def _physical_targets(sentence: Span) -> list[str]:
    return _unique(m.group(0).lower() for m in _TARGET_RE.finditer(sentence.text))


def _source(token: Token | None, mentions: Mentions) -> str:
    if token is None:
        return "author"
    return actor_for_token(mentions, token) or "author"


def _background_phrase(trigger: Token) -> Span | None:
    """The noun phrase an event is told in when a relative clause tells it: "family members of a leader that
    was killed last year staged a demonstration", "owners of buildings demolished in 2019 protested". It is
    evidence of the killing or the demolition; the sentence is the protest's."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ in {"relcl", "acl"} and node.head is not node:
            noun = node.head
            return noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
    return None


def _evidence(sentence: Span) -> EvidenceSpan:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return EvidenceSpan(start=start, end=sentence.start_char + len(text.rstrip()))


def _confidence(event: Event, trigger: Token) -> float:
    score = 0.45 + (0.15 if trigger.pos_ == "VERB" else 0.0)
    score += 0.15 * bool(event.actor) + 0.1 * bool(event.target) + 0.1 * bool(event.place)
    return round(min(score, 0.95), 2)


def _merge_into(events: list[Event], new: Event) -> Event | None:
    """Fold a new mention into an earlier event it cannot be told apart from; that event, or None."""
    for event in events:
        same_reality = event.status == new.status or {event.status, new.status} <= REALIS
        if event.type != new.type or not same_reality:
            continue
        if all(_compatible(getattr(event, f), getattr(new, f)) for f in ("actor", "target", "place")) and (
            _compatible(event.date.value, new.date.value)
        ):
            _fold(event, new)
            return event
    return None


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _fold(event: Event, new: Event) -> None:
    if all(e.start != new.evidence[0].start for e in event.evidence):
        event.evidence.extend(new.evidence)
    event.actor = event.actor or new.actor
    event.target = event.target or new.target
    event.place = event.place or new.place
    if event.date.value is None:
        event.date = new.date
    event.fatalities = max(filter(None, (event.fatalities, new.fatalities)), default=None)
    event.injured = max(filter(None, (event.injured, new.injured)), default=None)
    event.modes = _unique([*event.modes, *new.modes])
    event.contexts = _unique([*event.contexts, *new.contexts])
    event.weapons = _unique([*event.weapons, *new.weapons])
    event.physical_targets = _unique([*event.physical_targets, *new.physical_targets])
    event.confidence = max(event.confidence, new.confidence)


def _unique(items) -> list:
    return list(dict.fromkeys(items))
