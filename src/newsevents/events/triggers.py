"""Which words are events, and of which PLOVER type and modes: the lemmas a trigger may have, and the rules that read
a verb or noun in its event sense only ("fired at the crowd", not "fired the manager"; "a hunger strike", not "an air
strike"; "the release of two hostages", not of a report; "an attack on the village", not "on press freedom").

``triggered_type`` gives the (type, modes) a token triggers; who did it to whom is read by ``participants``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import ADJECTIVE_AS_NOUN_DEPS
from newsevents.annotate.nlp import of_object, tokens_with_lemma
from newsevents.annotate.sectors import SECTOR_WORDS
from newsevents.claims.cues import DENIAL_VERBS
from newsevents.claims.status import event_status
from newsevents.events.attacks import died_in_attack
from newsevents.events.casualties import DIE_LEMMAS
from newsevents.events.lexicon import (
    AGREEMENT_LEAVING_VERBS,
    AGREEMENT_QUITTING_VERBS,
    AID_OBJECTS,
    AUTHORITY_SECTORS,
    CHARGE_NOUNS,
    CONTROLLED_PLACES,
    DISRUPTED_WEAPONS,
    DISRUPTING_VERBS,
    DRIVEN_OUT_PARTICLES,
    ENDANGERED_THINGS,
    FIRE_AIMS,
    HELPING_MARKS,
    HOMES,
    INSPECTORS,
    LEAVING_VERBS,
    LEGAL_ACTION_VERBS,
    MONEY_WORDS,
    MUTUAL_FIGHTING,
    NOUN_TRIGGERS,
    OBLIGING_MESSAGES,
    OFFENCES,
    PEACEKEEPING_WORDS,
    PLIGHT_DEPS,
    PROJECTILES,
    THROWING_VERBS,
    THROWN_AT,
    THROWN_EXPLOSIVES,
    VERB_TRIGGERS,
    VIOLENCE_NOUNS,
)
from newsevents.events.statements import (
    EASED_RESTRICTIONS,
    ENTRY_POINTS,
    HALTING_VERBS,
    OBJECT_READ_VERBS,
    RETURNED_THINGS,
    SAYING_VERBS,
    forces_among,
    halted_hostility,
    halts_hostilities,
    message_obliges,
    obliges,
    only_weighed,
    qualifies_a_noun,
    read_by_object,
    sent_to_help,
    states_a_stance,
    stops_a_dealing,
)
from newsevents.events.syntax import (
    AGREEMENT_OBJECTS,
    MATERIAL_GIVING_VERBS,
    active_subject,
    agreement_quitted,
    ends_hyphenated,
    governing_subject,
    is_people,
    light_verb_of,
    named_stoppage,
    names_a_mission,
    put_on_alert,
    quits_an_agreement,
    reporting_tag,
)
from newsevents.record import HAPPENED_STATUSES

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
#: What people are held as, or in: "held captive", "held hostage", "kept in captivity".
HELD_AS = {"captive", "hostage", "captivity", "prisoner", "custody", "detention"}
#: Labels of a name that may be held and set free: people and their groups (a person's name is often labelled ORG).
NAMED_CAPTIVE_LABELS = {"PERSON", "ORG", "NORP"}
#: Words of burning that, with "set", tell arson: "set ablaze", "set alight" (and "set on fire").
BURNING_STATES = {"ablaze", "alight"}
#: Verbs that are protests only when people do them ("residents gathered", "students barricaded the road", not "police
#: gathered evidence").
CROWD_ONLY_VERBS = {"gather", "block", "blockade", "barricade"}
#: Verbs of taking people that are arrests when the authorities take them (``_taken_by_the_police``).
CAPTURING_VERBS = {"remand", "pick", "round", "lock", "catch", "nab"}
PHRASAL_CAPTURES = {"pick", "round", "lock"}  # "picked up", "rounded up", "locked up"
NEEDING_AUTHORITIES = {"pick", "catch", "nab"}  # anyone picks up or catches people; the police arrest them
#: Where people are remanded: "remanded to police custody", "remanded in jail".
CUSTODY_WORDS = {"custody", "detention", "jail", "prison"}
#: What people are held for without a charge yet: "detained for questioning".
QUESTIONING = {"questioning", "interrogation"}
#: What a crowd gathers to do when it protests: "gathered to denounce", "to demand", "to show solidarity", "to
#: honour the memory of the victims", "to mourn" (the grief made public is the protest, the killing its grievance).
PROTEST_PURPOSES = {
    "protest", "denounce", "condemn", "demand", "call", "show", "express", "oppose", "reject", "voice", "decry",
    "urge", "press", "demonstrate", "support", "commemorate", "honour", "honor", "mourn",
}  # fmt: skip
#: What a crowd gathers in: "in support of", "in solidarity with", "in protest".
CAUSES_STOOD_FOR = {"support", "solidarity", "protest"}
#: "opened fire", "exchanged gunfire", "returned fire": shooting, said with a noun.
GUNFIRE = {"fire", "gunfire", "shot"}
GUNFIRE_VERBS = {"open", "exchange", "return", "trade"}
#: Nouns that recall a past event through "of": "the anniversary of the riots", "in memory of the massacre".
RECALLING_NOUNS = {"anniversary", "commemoration", "memory", "remembrance", "memorial"}
#: What "aid" helps when it is a device, not help given: "a hearing aid", "teaching aids".
AID_DEVICES = {"hearing", "teaching", "visual", "walking", "learning", "study", "memory", "navigation", "audio"}
#: What is fought without arms: a contest ("fight the election"), an ill of society, a disease, a fire ("fight
#: corruption", "to fight the Ebola epidemic", "the battle against climate change", "fought the blaze").
FIGURATIVE_FIGHTS = {
    "election", "poll", "case", "corruption", "poverty", "disease", "virus", "crime", "inflation", "epidemic",
    "pandemic", "outbreak", "infection", "malaria", "cancer", "hunger", "famine", "unemployment", "climate", "change",
    "drug", "trafficking", "smuggling", "trade", "pollution", "racism", "discrimination", "fraud", "graft", "fire",
    "wildfire", "blaze", "flood", "cause",
}  # fmt: skip
#: Causes fought for in court or in public, not with arms: "fought for her rights", "fighting for justice".
CAUSES_FOUGHT_FOR = {"right", "justice", "equality", "dignity", "compensation"}
#: Event nouns of fighting whose object may be such an ill: "the battle against corruption".
FIGHTING_NOUNS = {"battle", "fighting"}
#: What one declines or refuses to say: a refusal to speak is no rejection of a demand ("declined to comment",
#: "refused to confirm the report", "declined to elaborate", "declined comment").
REFUSING_VERBS = {"decline", "refuse"}
WITHHELD_WORDS = {
    "comment", "elaborate", "confirm", "discuss", "say", "specify", "disclose", "reveal", "speculate", "answer",
    "detail", "identify", "name", "respond",
}  # fmt: skip
#: Determiners that name an event as one known: "the attack", "this arrest" (``_named_as_known``).
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
#: Verbs that are events only when done to someone or something: "backed the plan" (not "backed down"), "hailed the
#: deal", "pardoned the prisoners", "accepted the offer", "defied the ban".
OBJECT_VERBS = {
    "back", "hail", "commend", "applaud", "accept", "pardon", "rebuke", "censure", "rebuff", "spurn", "defy",
    "indict", "prosecute", "pound",
}  # fmt: skip
#: Weapons that outlast the fighting they were laid or fired in: "a landmine left over from previous clashes".
REMNANTS = {"mine", "landmine", "ied", "shell", "ordnance", "explosive", "bomb", "device", "munition", "remnant"}
#: Verbs that are events only when done to people: "apprehended the man", "punched a nurse"; not "apprehended
#: trouble", "released a report", "punched a hole".
PEOPLE_ONLY_VERBS = {"release", "free", "abuse", "beat", "apprehend", "punch", "slap"}
#: Words that forbid or thwart a gathering: "a ban on all marches", "prohibited protests", "checkpoints to prevent
#: people from joining the march".
FORBIDDING_WORDS = {"ban", "prohibit", "prohibition", "forbid", "outlaw", "prevent"}
#: Verbs between a gathering and what forbids it: "prevent people from [taking part] in the march".
JOINING_VERBS = {"participate", "join", "attend", "hold", "stage", "take", "reach"}
#: Verbs that hand a party a deadline to act by: "gave Putin a deadline", "set a deadline for Iraq to comply".
DEADLINE_VERBS = {"give", "set", "issue", "impose"}
#: Measures that a suspension eases (PLOVER CONCEDE) rather than a dealing it cuts off: "suspended the tariffs",
#: "suspended a digital tax on US firms", "suspended sanctions against Belarus" (not "suspended aid").
SUSPENDED_MEASURES = EASED_RESTRICTIONS | {"tax", "levy", "embargo"}
#: What "deny" withholds when it restricts rather than rejects: "denied them access", "was denied entry".
WITHHELD = {"access", "entry", "visa", "permission", "permit", "passage", "bail", "service", "treatment", "right"}
#: The charges that verbs of denial (``claims.cues.DENIAL_VERBS``) deny: "rejected accusations that it covered up
#: the case", "denied the allegations" deny responsibility (CAMEO 016, a statement), which PLOVER codes as no event;
#: not "rejected the demand" (a refusal) nor "rejected Serbia's claim to Kosovo" (a claim to something).
CHARGES = CHARGE_NOUNS | {"claim"}
#: What is denied as untrue but rejected as a document: "denied reports that ..." (not "rejected the report").
REPORTS = {"report", "rumour", "rumor"}
CLAIMED_THINGS_PREPOSITIONS = {"to", "over"}
#: What one agrees with when the agreeing shares an opinion (CAMEO 019, a statement), not an accord reached:
#: "agreed with the recommendation".
OPINIONS = {
    "view", "assessment", "recommendation", "finding", "conclusion", "statement", "idea", "opinion", "analysis",
    "position", "argument", "sentiment", "comment", "remark",
}  # fmt: skip
#: Feelings about a prospect: "optimism at a bipartisan deal", "pessimistic about talks", "concerns about the deal".
#: The accord or talks they are about are hoped for or doubted, not reported (CAMEO 012/013, a statement).
PROSPECT_FEELINGS = {
    "optimism", "optimistic", "pessimism", "pessimistic", "concern", "hope", "hopeful", "doubt", "skepticism",
    "scepticism", "skeptical", "sceptical",
}  # fmt: skip
FELT_ABOUT_TYPES = {"AGREE", "CONSULT"}
#: Verbs that give up fighting: "have given up fighting and surrendered", "agreed to end the fighting": the fighting
#: named is what stops (a retreat or a promise), not a clash the sentence reports.
RENOUNCING_VERBS = {"give", "renounce", "abandon", "cease", "stop", "end", "halt"}
#: What "meet" satisfies rather than meets with: "met the demands", "meet the deadline". Demands and conditions met
#: are yielded to (PLOVER CONCEDE); targets and deadlines are no event.
MET_DEMANDS = {"demand", "condition", "requirement", "request"}
MET_MEASURES = {"target", "deadline", "goal", "standard", "criterion", "expectation", "need", "obligation", "quota"}
#: What makes support material aid: "humanitarian support", "financial support" (``_material_support``).
MATERIAL_SUPPORT_MARKS = {"humanitarian", "financial", "economic", "material", "logistical", "medical", "technical"}
#: Nouns of saying that are events only when someone gives them ("expressed support", "support for the plan"), not
#: as things held ("with the support of", "life support").
SAID_NOUNS = {"support", "praise"}
#: What a crowd shows when it demonstrates it ("demonstrated their anger"); any other object of "demonstrate" is
#: shown, not protested ("demonstrating its new clout").
DISPLAYED_FEELINGS = {
    "anger", "solidarity", "support", "opposition", "outrage", "frustration", "discontent", "displeasure",
}  # fmt: skip
#: What protesters burn as a sign, harming no one: "burned effigies", "burned the flag", "burned a school uniform
#: shirt", "burned their face masks".
SYMBOLS_BURNED = {
    "effigy", "flag", "copy", "poster", "portrait", "picture", "photo", "photograph", "banner", "shirt", "t-shirt",
    "jersey", "uniform", "mask",
}  # fmt: skip
#: Words that make a "strike" a stoppage of work.
STRIKE_KINDS = {
    "general", "national", "nationwide", "indefinite", "open-ended", "labour", "labor", "warning", "day", "climate",
    "school",
}  # fmt: skip
#: What an act leaves on its victims: "signs of torture", "traces of beating".
TRACE_NOUNS = {"sign", "mark", "trace", "scar", "bruise", "evidence"}
STRIKE_WORKERS = {"worker", "union", "employee", "teacher", "doctor", "nurse", "driver", "miner", "staff"}
#: Verbs by which people declare or hold a stoppage of work: "announced a strike", "was holding a strike".
STRIKE_HOLDING_VERBS = {"announce", "declare", "hold", "observe", "stage", "begin", "start", "initiate"}
#: Words that make a "strike" an attack however it is held: "a missile strike", "artillery strikes".
ARMED_STRIKE_WORDS = {
    "air", "aerial", "drone", "missile", "rocket", "artillery", "mortar", "military", "nuclear", "surgical",
    "precision", "retaliatory", "pre-emptive", "preemptive", "naval", "helicopter", "tank",
}  # fmt: skip
#: Protests a strike is told beside: "a national day of strike and protest".
PROTESTS_BESIDE_A_STRIKE = {"protest", "demonstration", "rally", "march", "picket", "boycott"}
#: Words on which "of", "for" or "in" hangs a strike that people take part in or back: "part of the strike",
#: "in support of the strike", "participated in a strike".
STRIKE_TAKING_PART = {"part", "support", "solidarity", "participate"}
#: What police charge a crowd with: "a lathi charge", "lathi-charged", "a baton charge" (a lathi is a police baton).
BATONS = {"lathi", "baton", "cane"}
#: Nouns of a military exercise ("joint naval exercises", "war games", "military drills"), and the words that mark
#: one as military or as held together by several forces.
EXERCISE_NOUNS = {"exercise", "drill", "game", "wargame", "manoeuvre", "maneuver"}
MILITARY_MARKS = {
    "military", "naval", "navy", "army", "war", "combat", "amphibious", "live-fire", "missile", "defence", "defense",
}  # fmt: skip
JOINT_MARKS = {"joint", "combined", "bilateral", "trilateral", "multinational", "multilateral"}
#: Undertakings that, kept for peace, are joined as military aid: "joined the UN peacekeeping mission".
PEACE_MISSIONS = {"mission", "operation", "force"}
#: Verbs of forces reaching where they were sent: peacekeepers arriving are military aid (``_peacekeepers_arrive``).
ARRIVING_VERBS = {"arrive"}
#: Verbs that shut a way in: "closed its borders", "sealed the crossing", "shut its airspace".
CLOSING_VERBS = {"close", "shut", "seal"}
#: Who is deployed to help, not to fight: "rescue teams", "medical teams", "doctors", "aid workers", and who is sent
#: to watch a vote or a truce ("deployed election observers", "ceasefire monitors").
HELPERS = {"rescuer", "medic", "paramedic", "doctor", "nurse", "firefighter", "volunteer", "observer", "monitor"}
HELPING_GROUPS = {"team", "unit", "crew", "worker", "staff", "personnel"}
#: Verbs that tell sexual violence when done "sexually": "were sexually harassed", "sexually assaulted a girl" (a
#: sexual abuse is read with the abuse of people, ``_disambiguate_verb``).
SEXUAL_ABUSE_VERBS = {"harass", "assault", "exploit"}
#: Forms the tagger's lemmatizer reads as another word's, with their own lemma: "raped" is not a form of "rap" (ACLED
#: out-of-fold train: 6 notes of sexual violence read as attacks now right; dev unchanged).
MISREAD_LEMMAS = {"raped": "rape", "rapes": "rape", "raping": "rape"}
#: Every lemma ``triggered_type`` can fire on: a death's, a saying verb's (an obligation), a trigger verb's or noun's,
#: gunfire's, a baton charge's, an armed forces' operation's, legal action's, a military exercise's, a peacekeeping
#: mission's, peacekeepers' arrival, a border's closing, a hyphenated shoot-out's or sit-in's, arson's, sexual abuse, an
#: agreement's quitting, a message of what another must do, and the lemma the tagger gives a misread form
#: (``MISREAD_LEMMAS``).
TRIGGER_LEMMAS = frozenset(
    DIE_LEMMAS
    | AGREEMENT_QUITTING_VERBS
    | AGREEMENT_LEAVING_VERBS
    | OBLIGING_MESSAGES
    | SEXUAL_ABUSE_VERBS
    | {"death", "charge", "operation", "action", "out", "in", "set", "contribution", "rap"}
    | ARRIVING_VERBS
    | CLOSING_VERBS
    | EXERCISE_NOUNS
    | PEACE_MISSIONS
    | SAYING_VERBS
    | VERB_TRIGGERS.keys()
    | NOUN_TRIGGERS.keys()
    | GUNFIRE
)


def trigger_candidates(doc: Doc) -> list[Token]:
    """The tokens whose lemma may trigger an event, in text order: ``triggered_type`` reads nothing else (reading its
    lemma from the document's lemma column once, not building every token)."""
    return tokens_with_lemma(doc, TRIGGER_LEMMAS)


def triggered_type(token: Token) -> tuple[str, tuple[str, ...]] | None:
    """The (type, modes) a token triggers, if any; an act told only in a denied charge or a withheld comment is none,
    an act ruled out is refused, forces moved to keep the peace or to help another are aid, not a mobilization, a
    weapon test-fired is a mobilization, not an attack, hostilities halted are no attack (the halting is a
    ceasefire), and peacekeepers, observers or relief workers withdrawn are help withdrawn (a sanction), no retreat."""
    found = _trigger_read(token)
    if found is not None and _told_only_as_denied_or_unsaid(token):
        return None
    if found is not None and _out_of_the_question(token):
        return ("REJECT", ())
    if found is not None and found[0] == "MOBILIZE" and (_keeps_the_peace(token) or _deployed_to_help(token)):
        return ("AID", ())
    if found is not None and found[0] == "RETREAT" and "withdraw" in found[1] and _helpers_withdrawn(token):
        return ("SANCTION", ("withdraw",))
    if found is not None and found[0] == "ASSAULT" and _test_fired(token):
        return ("MOBILIZE", ())
    if found is not None and found[0] == "ASSAULT" and halted_hostility(token):
        return None  # "halted its offensive": the halting is the event (a ceasefire)
    return found


def _helpers_withdrawn(trigger: Token) -> bool:
    """ "the UN withdrew peacekeepers from the Golan", "pulled its observers out", "the withdrawal of aid workers":
    taking back the peacekeepers, inspectors or relief workers that served on another's ground withdraws help (CAMEO
    1661-1663, which PLOVER's crosswalk codes SANCTION), not forces pulled back from a fight."""
    if trigger.pos_ == "VERB":
        withdrawn = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        withdrawn = [c for c in trigger.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # not "US withdrawal"
        withdrawn += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    counted = (of_object(w) or w for w in withdrawn)  # "a batch of 200 peacekeepers"
    return bool(withdrawn) and all(_serves_others(w) for w in counted)


def _serves_others(people: Token) -> bool:
    """Peacekeepers, inspectors and observers, relief workers, or forces named as peacekeeping ones."""
    if people.lemma_.lower() in PEACEKEEPING_WORDS | INSPECTORS or _helper(people):
        return True
    return any(c.lemma_.lower() in PEACEKEEPING_WORDS for c in people.children if c.dep_ in {"amod", "compound"})


def _test_fired(verb: Token) -> bool:
    """ "test-fired a ballistic missile", "test fired two missiles": a weapon tested, a show of force, no attack."""
    just_after_test = verb.i > 0 and verb.doc[verb.i - 1].lower_ == "test"
    return verb.pos_ == "VERB" and (just_after_test or ends_hyphenated(verb, "test"))


def _told_only_as_denied_or_unsaid(trigger: Token) -> bool:
    """An act told only inside a charge that is denied ("denied charges that it tortured a priest", "rejected
    accusations that Tehran was behind the attack", "rejected accusations of abuses") or inside what someone declines
    to comment on ("declined to comment on reports of arrests"): the sentence tells a denial or a refusal to comment (a
    statement, CAMEO 01), not the act. An act the phrase names as known ("rejected claims that the government was
    behind Saturday's attack", "declined to comment on the arrest") is taken as told, whoever did it."""
    if _named_as_known(trigger):
        return False
    below = trigger
    for node in trigger.ancestors:
        if node.pos_ == "NOUN" and _charge_denied(node):
            return True
        if node.pos_ == "VERB" and node.lemma_.lower() in REFUSING_VERBS and _withholds_comment(node):
            return True
        if _hangs_a_charge_on(node, below):
            return True
        below = node
    return False


def _named_as_known(noun: Token) -> bool:
    """An event noun with a definite determiner or a possessor: "the attack", "Saturday's attack"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children
    )


def _hangs_a_charge_on(verb: Token, below: Token) -> bool:
    """The parser may hang a denied charge's content on the verb of denial: "denied charges [by clergymen that it
    tortured a priest]", "denied the charge [that it ...]"."""
    if verb.lemma_.lower() not in DENIAL_VERBS or not (below.dep_ == "ccomp" or below.lower_ == "by"):
        return False
    return _denies_a_charge(verb, [c for c in verb.children if c.dep_ == "dobj"])


def _out_of_the_question(trigger: Token) -> bool:
    """ "lifting the sanctions is out of the question", "talks with the rebels are out of the question": an act said
    to be ruled out is refused (PLOVER REJECT), not done."""
    said_of = trigger.head
    if trigger.dep_ not in {"csubj", "nsubj"} or said_of.lemma_.lower() != "be":
        return False
    ofs = (of for out in said_of.children if out.lower_ == "out" for of in out.children if of.lower_ == "of")
    return any(q.lemma_.lower() == "question" for of in ofs for q in of.children)


def _keeps_the_peace(trigger: Token) -> bool:
    """ "deploying 300 troops to the UN peacekeeping mission", "were deployed as peacekeeping forces", "Russian
    peacekeepers began deploying": forces sent to keep the peace are military aid (PLOVER AID, CAMEO 074), not a
    mobilization against anyone."""
    verb = trigger if trigger.pos_ == "VERB" else light_verb_of(trigger) or trigger.head
    subject = governing_subject(verb)
    return _of_peacekeeping(verb.subtree) or (subject is not None and _of_peacekeeping(subject.subtree))


def _deployed_to_help(trigger: Token) -> bool:
    """ "soldiers deployed to the school to train Nigerian recruits", "deployed troops to help with the relief": forces
    sent to help another are military aid, as when they are sent (``statements.sent_to_help``)."""
    verb = trigger if trigger.pos_ == "VERB" else light_verb_of(trigger)
    return verb is not None and sent_to_help(verb)


def _of_peacekeeping(words: Iterable[Token]) -> bool:
    return any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in words)


def _trigger_read(token: Token) -> tuple[str, tuple[str, ...]] | None:
    lemma = MISREAD_LEMMAS.get(token.lower_) or token.lemma_.lower()
    if lemma == "in":
        return NOUN_TRIGGERS["sit-in"] if _sit_in(token) and not _protest_forbidden(token) else None
    if died_in_attack(token):
        return ("ASSAULT", ())
    if lemma == "fire" and _cease_fire(token):
        return NOUN_TRIGGERS["ceasefire"]
    if lemma == "out" and shoot_out(token):
        return NOUN_TRIGGERS["shootout"]
    if token.pos_ == "VERB" and lemma in SAYING_VERBS and obliges(token):
        return ("REQUEST", ())
    if token.pos_ == "NOUN" and lemma in OBLIGING_MESSAGES and message_obliges(token):
        return ("REQUEST", ())
    if quits_an_agreement(token):
        return ("REJECT", ())  # "reneged on the accord", "pulled out of the deal": no forces pulled back
    if token.pos_ == "VERB" and lemma in SEXUAL_ABUSE_VERBS and any(c.lower_ == "sexually" for c in token.children):
        return ("ASSAULT", ("sexual",))
    if lemma == "arrest" and _courted(token):
        return ("PROTEST", ("demo",)) if token.head.lemma_.lower() == "court" else None  # the parse lost the verb
    if lemma == "charge" and _baton_charge(token):  # before the verb "charge" of an accusation: "lathi-charged"
        return ("ASSAULT", ("crowd-control",))
    if _verbal(token) and lemma in VERB_TRIGGERS and not qualifies_a_noun(token, VERB_TRIGGERS[lemma][0]):
        return _disambiguate_verb(token, lemma, VERB_TRIGGERS[lemma])
    if opens_fire(token):
        return ("ASSAULT", ("firearms",))
    if lemma == "fire" and token.dep_ == "dobj" and token.head.lemma_.lower() == "set":
        return ("ASSAULT", ("destroy",))  # "set fire to the offices": arson
    if lemma == "set" and token.pos_ == "VERB" and _sets_on_fire(token):
        burnt = {o.lemma_.lower() for o in token.children if o.dep_ in {"dobj", "nsubjpass"}}
        return ("PROTEST", ("demo",)) if burnt & SYMBOLS_BURNED else ("ASSAULT", ("destroy",))
    if lemma in PEACE_MISSIONS and token.pos_ == "NOUN" and _peacekeeping_joined(token):
        return ("AID", ())
    if lemma in ARRIVING_VERBS and token.pos_ == "VERB" and _peacekeepers_arrive(token):
        return ("AID", ())
    if lemma in CLOSING_VERBS and token.pos_ == "VERB" and _entry_closed(token):
        return ("COERCE", ("restrict",))
    if lemma == "operation" and _military_operation(token):
        return ("ASSAULT", ())
    if lemma in EXERCISE_NOUNS and token.pos_ == "NOUN" and _military_exercise(token):
        return ("COOPERATE", ()) if _held_jointly(token) else ("MOBILIZE", ("troops",))
    if lemma == "action" and _legal_action(token):
        return ("ACCUSE", ("allege",))
    if lemma == "contribution" and token.pos_ == "NOUN" and _material_contribution(token):
        return ("AID", ())
    if _common_noun(token) and lemma in NOUN_TRIGGERS and _heads_its_phrase(token) and not _figurative(token):
        if lemma == "firing" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "the firing of the coach" (a dismissal); "police firing", "firing by the police" are shooting
        if stops_a_dealing(token, NOUN_TRIGGERS[lemma][0]) or agreement_quitted(token):
            return None
        if not _noun_sense(token, lemma) or _remembered(token):
            return None
        if _left_over(token) or (NOUN_TRIGGERS[lemma][0] == "PROTEST" and _protest_forbidden(token)):
            return None
        if _only_traces(token) or _carried_by_a_weighed_act(token) or _charge_denied(token) or _given_up(token):
            return None
        if NOUN_TRIGGERS[lemma][0] in FELT_ABOUT_TYPES and _prospect_felt(token):
            return None
        return _labour_strike(token) or _material_support(token) or _bomb_threat(token) or NOUN_TRIGGERS[lemma]
    return None


def _verbal(token: Token) -> bool:
    """A verb, or a word the tagger reads as a noun that has a subject and an object or particle as only a verb has:
    headlines' present tense, "EU and UN hand over medical supplies to the government"."""
    if token.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in token.children} if token.pos_ == "NOUN" else set()
    return "nsubj" in deps and bool(deps & {"dobj", "prt"})


def opens_fire(fire: Token) -> bool:
    """ "opened fire", "returned fire", "exchanged gunfire": shooting said with a noun, also where the tagger reads the
    verb before it as the noun's modifier ("men on a motorcycle opened fire on a trader": "opened" amod of "fire")."""
    if fire.lemma_.lower() not in GUNFIRE:
        return False
    if fire.dep_ == "dobj" and fire.head.lemma_.lower() in GUNFIRE_VERBS:
        return True
    return any(_gunfire_verb_as_modifier(c, fire) for c in fire.lefts)


def fires_at_something(fire: Token) -> bool:
    """ "fired at police", "fired on the crowd", "fired into the air": the verb aimed somewhere, shooting (not "fired
    the manager", a dismissal)."""
    return fire.pos_ == "VERB" and _aimed(fire)


def _aimed(word: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in FIRE_AIMS for c in word.children)


def _gunfire_verb_as_modifier(word: Token, fire: Token) -> bool:
    """A past form of a verb of gunfire just before the noun, hung on it: "opened fire" misread as "the opened fire"."""
    return (
        word.i == fire.i - 1
        and word.dep_ in {"amod", "compound"}
        and word.tag_ in {"VBD", "VBN"}
        and word.lemma_.lower() in GUNFIRE_VERBS
    )


def shoot_out(out: Token) -> bool:
    """ "a shoot-out between rival gangs": the hyphenated spelling of a shootout, split by the tokenizer."""
    return ends_hyphenated(out, "shoot")


def _cease_fire(fire: Token) -> bool:
    """ "announced a weeklong cease-fire": the hyphenated spelling of a ceasefire, split by the tokenizer."""
    return ends_hyphenated(fire, "cease")


def _sets_on_fire(verb: Token) -> bool:
    """ "set ablaze two buses", "set the house on fire", "set alight a police post": arson, told by a word of burning
    that hangs on "set", directly or through the thing burnt (not its subject: "the alight passengers set off")."""
    near = [w for c in verb.children if c.dep_ not in {"nsubj", "nsubjpass"} for w in (c, *c.children)]
    return any(
        w.lemma_.lower() in BURNING_STATES
        or (w.lemma_.lower() == "fire" and w.dep_ == "pobj" and w.head.lower_ == "on")
        for w in near
    )


def _sit_in(token: Token) -> bool:
    """ "staged a sit-in", "held a protest sit-in": the hyphenated noun, split by the tokenizer into "sit", "-", "in"
    (not the preposition "in")."""
    return token.pos_ == "NOUN" and ends_hyphenated(token, "sit")


def _military_operation(noun: Token) -> bool:
    """ "began a new military operation against Kurdish fighters", "the army launched an operation against the
    rebels": armed forces' operation against people is an attack on them (not "a police operation against drug
    dealers", often arrests, nor "an operation against corruption")."""
    doers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
    verb = light_verb_of(noun)
    subject = active_subject(verb) if verb is not None else None
    doers += [subject] if subject is not None else []
    military = any(SECTOR_WORDS.get(t.lemma_.lower()) == "MIL" for t in doers)
    return military and operation_against_people(noun)


def _peacekeeping_joined(mission: Token) -> bool:
    """ "arrived in Mali to join the UN peacekeeping mission", "participate in peacekeeping operations in Afghanistan":
    forces contributed to keep the peace, military aid (CAMEO 074, PLOVER AID) told by the mission they join."""
    keeps_peace = any(c.lower_ in PEACEKEEPING_WORDS for c in mission.children if c.dep_ in {"amod", "compound"})
    verb = light_verb_of(mission)
    return keeps_peace and verb is not None and verb.lemma_.lower() in {"join", "participate", "take"}


def _peacekeepers_arrive(verb: Token) -> bool:
    """ "Chinese peacekeepers arrived in South Sudan", "contingents of West African peacekeeping troops arrive in
    Monrovia": forces come to keep the peace, military aid (CAMEO 074, PLOVER AID). Only the subject tells it:
    "envoys arrived for talks on the peacekeeping mission" is no deployment."""
    subject = governing_subject(verb)
    return subject is not None and _of_peacekeeping(subject.subtree)


def _entry_closed(verb: Token) -> bool:
    """ "closed its borders with Togo", "the crossing was sealed off": a way into a country shut, a restriction on
    movement (CAMEO 1724, PLOVER COERCE); not "closed the case" or "shut the factory"."""
    closed = (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})
    return any(t.lemma_.lower() in ENTRY_POINTS for c in closed for t in (c, *c.conjuncts))


def _helpers_sent(verb: Token, objects: list[Token]) -> bool:
    """ "deployed seven search-and-rescue teams", "deployed doctors to the region": people sent to help, humanitarian
    aid (PLOVER AID), not forces mobilized."""
    return bool(objects) and all(_helper(o) for o in objects)


def _helper(people: Token) -> bool:
    lemma = people.lemma_.lower()
    if lemma in HELPERS:
        return True
    marks = (w.lemma_.lower() for c in people.children if c.dep_ in {"compound", "amod", "nmod"} for w in c.subtree)
    return lemma in HELPING_GROUPS and any(m in HELPING_MARKS for m in marks)


def _military_exercise(noun: Token) -> bool:
    """ "launched war games", "began a joint military exercise", "troops carried out an exercise": forces drilled
    (CAMEO 15, a show of force; PLOVER MOBILIZE), or military cooperation when held together (CAMEO 062); not "an
    exercise in futility" nor "a fire drill" held by a school."""
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    if noun.lemma_.lower() == "game":
        return "war" in marks
    if marks & MILITARY_MARKS:
        return True
    verb = light_verb_of(noun)
    subject = active_subject(verb) if verb is not None else None
    return subject is not None and forces_among([subject]) is not None


def _held_jointly(noun: Token) -> bool:
    """ "a joint exercise", "drills with the US Navy", "Brazil and Argentina held war games", "staged by U.S. marines
    and Jordanian forces": an exercise of several forces together."""
    if any(c.dep_ == "amod" and c.lower_ in JOINT_MARKS for c in noun.children):
        return True
    verb = light_verb_of(noun) or (noun.head if noun.dep_ == "nsubjpass" else None)
    holders = [noun, *([verb] if verb is not None else [])]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for t in holders for c in t.children):
        return True
    doers = [c for t in holders for c in t.children if c.dep_ == "nsubj"]
    doers += [o for t in holders for c in t.children if c.dep_ == "agent" for o in c.children]
    return any(d.conjuncts or _names_several(d) for d in doers)


def _names_several(doer: Token) -> bool:
    """ "the armies of Brazil and Argentina", "Russian and US navies", "Western allies": several named in one phrase."""
    if doer.lemma_.lower() in {"ally", "partner"} and doer.tag_ == "NNS":
        return True
    return any(t.dep_ == "conj" for t in doer.subtree if t.i != doer.i)


def _legal_action(action: Token) -> bool:
    """ "launched legal action against the Polish government", "took legal action against the newspaper": a case
    brought against someone accuses them (not "legal action" merely weighed in general, with no one it is against)."""
    legal = any(c.dep_ == "amod" and c.lower_ == "legal" for c in action.children)
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in action.children)
    return legal and against and action.dep_ == "dobj" and action.head.lemma_.lower() in LEGAL_ACTION_VERBS


def _courted(arrest: Token) -> bool:
    """ "activists courted arrest", "we will court arrest" (which the tagger may read as a noun compound): protesters
    offering themselves up for arrest, a protest of civil disobedience, not an arrest the police chose to make. Where
    the tagger took the verb for the noun's modifier, neither its doer nor its tense is left to read."""
    if any(c.dep_ in {"det", "poss"} for c in arrest.children):
        return False
    if arrest.dep_ == "dobj" and arrest.head.lemma_.lower() == "court":
        return True
    return any(c.dep_ == "compound" and c.lower_ == "court" and c.i == arrest.i - 1 for c in arrest.children)


def _baton_charge(charge: Token) -> bool:
    """ "a lathi charge", "lathi-charged the crowd", "a baton charge": the police charging a crowd with batons (not a
    charge laid against someone)."""
    before = charge.doc[max(charge.i - 2, 0) : charge.i]
    return any(c.lower_ in BATONS for c in charge.children) or any(t.lower_ in BATONS for t in before)


def _common_noun(token: Token) -> bool:
    """A common noun, "march" in lower case, which the tagger takes for the month's name ("a 'white march'"), and a
    word the tagger took for an adjective where it stands as a noun does ("a regime offensive on the town has
    displaced thousands")."""
    if token.pos_ == "ADJ":
        return token.dep_ in ADJECTIVE_AS_NOUN_DEPS
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text == "march")


def _heads_its_phrase(noun: Token) -> bool:
    """An event noun that is no mere modifier ("attack helicopters", "protest songs"), save one before a noun of
    undertaking, which names that event ("a mediation mission", "mediation efforts", "an arrest operation"), and aid
    before the package that bundles it ("an assistance package of $22 million")."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() == "package":
        return NOUN_TRIGGERS.get(noun.lemma_.lower(), ("",))[0] == "AID"
    return noun.dep_ != "compound" or names_a_mission(noun)


def _remembered(noun: Token) -> bool:
    """ "the anniversary of the Capitol riots", "in memory of the massacre": a past event recalled,
    not one the article reports."""
    for node in (noun, *noun.ancestors):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return False
        if node.head.head.lemma_.lower() in RECALLING_NOUNS:
            return True
    return False


def _left_over(noun: Token) -> bool:
    """ "a landmine left over from previous clashes", "an unexploded shell from the war": a past fight named as what a
    weapon remains from, not an event the article reports (the blast is)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in {"leave", "remain"}:  # "left over from" hangs on the participle
        holder = holder.head
    return holder.lemma_.lower() in REMNANTS


def _protest_forbidden(noun: Token) -> bool:
    """ "issued a ban on all forms of marches", "banned protests", "to prevent people from participating in the
    march": a gathering forbidden or thwarted is not one held; the ban is the event. Climbs through prepositions,
    conjuncts and the verbs of joining in, up to the first other word that governs the gathering."""
    node = noun
    for _ in range(8):
        if (
            node.dep_ not in {"pobj", "prep", "conj", "dobj", "nsubjpass", "pcomp", "xcomp", "advcl"}
            or node.head.i == node.i
        ):
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in FORBIDDING_WORDS:
            return True
        if node.pos_ in {"VERB", "AUX"} and lemma not in JOINING_VERBS:
            return False
    return False


def _given_up(noun: Token) -> bool:
    """ "given up fighting", "to end the fighting", "abandoned warfare", "agreed to stop fighting": fighting stopped
    (``RENOUNCING_VERBS``); "give" only with "up"."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "xcomp"} or noun.lemma_.lower() not in FIGHTING_NOUNS | {"warfare", "fight"}:
        return False
    given_up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return verb.lemma_.lower() in RENOUNCING_VERBS and (verb.lemma_.lower() != "give" or given_up)


def _charge_denied(noun: Token) -> bool:
    """ "rejected accusations by the US", "the allegations were denied": a charge its target denies is no accusation
    the sentence reports, and the denial no refusal (``DENIAL_VERBS``)."""
    denied = noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in DENIAL_VERBS
    return denied and _denies_a_charge(noun.head, [noun])


def _denies_a_charge(verb: Token, objects: list[Token]) -> bool:
    """ "rejected accusations of racism", "denied the claim", "denied reports that ..."; not "rejected Albania's claim
    to the island" (the parser may hang its "to" on the verb) nor "rejected the report" (a document)."""
    untrue = CHARGES | (REPORTS if verb.lemma_.lower() in {"deny", "refute"} else set())
    claimed_thing = any(c.lower_ in CLAIMED_THINGS_PREPOSITIONS for t in (verb, *objects) for c in t.children)
    return any(o.lemma_.lower() in untrue and not (o.lemma_.lower() == "claim" and claimed_thing) for o in objects)


def _prospect_felt(noun: Token) -> bool:
    """ "expressed optimism at a bipartisan deal", "pessimistic about the possibility of a deal", "pessimism over
    holding negotiations": the noun names what a feeling is about (``PROSPECT_FEELINGS``); the parser may hang the
    phrase on the verb that expresses the feeling."""
    for node in noun.ancestors:
        if node.lemma_.lower() in PROSPECT_FEELINGS:
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "pcomp":
            felt = (c for c in node.children if c.dep_ in {"dobj", "acomp"})
            return any(c.lemma_.lower() in PROSPECT_FEELINGS for c in felt)
    return False


def _shares_an_opinion(verb: Token) -> bool:
    """ "said they agree with the NCAA that ...", "agreed with the Senate that ...", "agree with the recommendation":
    an opinion shared, not an accord ("agreed with Russia on a ceasefire", "agreed with the rebels to end")."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in {"on", "to"}) for c in verb.children):
        return False
    partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    said = any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ in {"relcl", "acl"} and any(m.dep_ == "mark" for m in c.children) for o in partners for c in o.children
    )
    return bool(partners) and (said or any(o.dep_ == "pcomp" or o.lemma_.lower() in OPINIONS for o in partners))


def _carried_by_a_weighed_act(noun: Token) -> bool:
    """ "is considering sending aid", "mulled imposing sanctions": the noun's act is only weighed, as its verb's is
    (``statements.only_weighed``)."""
    verb = light_verb_of(noun)
    return verb is not None and only_weighed(verb)


def _only_traces(noun: Token) -> bool:
    """ "a body found with signs of torture", "marks of beating": traces of an act on someone already told, not an
    act the sentence reports."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TRACE_NOUNS


def _noun_sense(noun: Token, lemma: str) -> bool:
    """Nouns whose event sense is narrower than the word: "talks" and "discussions" between parties (not "a talk on
    history"), the release of captives (not of a report), forces put on alert, warfare waged, support or praise
    given ("expressed support", "support for the deal"; not "with the support of", nor help provided: "provide
    support to the victims"), aid given (not "a hearing aid")."""
    if lemma == "aid":
        return not any(c.dep_ in {"compound", "amod"} and c.lower_ in AID_DEVICES for c in noun.children)
    if lemma == "talk":
        return noun.tag_ == "NNS"
    if lemma == "discussion":  # "held discussions with the president", not "a discussion of the bill"
        parties = any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children)
        return noun.tag_ == "NNS" and (parties or light_verb_of(noun) is not None)
    if lemma == "alert":
        return put_on_alert(noun)
    if lemma == "warfare":  # "launched cyber warfare against Iran", not "the rules of chemical warfare"
        return light_verb_of(noun) is not None
    if lemma == "deadline":
        return _deadline_given(noun)
    if lemma == "threat":  # "an imminent threat of famine" is a danger, no threat anyone made
        threatened = of_object(noun)
        return threatened is None or threatened.lemma_.lower() not in FIGURATIVE_FIGHTS
    if lemma == "release":  # "the release of two hostages", not "the release of the report"
        return _of_people(noun)
    if lemma in SAID_NOUNS:
        verb = light_verb_of(noun)
        if verb is not None and verb.lemma_.lower() in MATERIAL_GIVING_VERBS:
            return _material_support(noun) is not None
        return verb is not None or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
    return True


def _deadline_given(noun: Token) -> bool:
    """ "gave Putin a midnight deadline", "set a 30-day deadline for the agency to make reforms": a deadline handed to
    a party to act by is an ultimatum (CAMEO 13, PLOVER THREATEN); not "meet the deadline", nor "set a deadline for
    submissions" (a date, no one pressed)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in DEADLINE_VERBS:
        return False
    return any(c.dep_ == "dative" or _for_someone_to_act(c) for c in (*verb.children, *noun.children))


def _for_someone_to_act(child: Token) -> bool:
    """ "for the agency to make reforms": a clause opened by "for" with an infinitive, however the parser hangs it (a
    clause marked by "for", or a "for" phrase whose object the infinitive describes)."""
    clauses = [child] if child.dep_ in {"advcl", "acl", "relcl"} else []
    if child.dep_ == "prep" and child.lower_ == "for":
        clauses = [k for o in child.children for k in o.children if k.dep_ in {"acl", "relcl"}]
    marked = child.dep_ == "prep" or any(m.dep_ == "mark" and m.lower_ == "for" for c in clauses for m in c.children)
    return marked and any(a.dep_ == "aux" and a.lower_ == "to" for c in clauses for a in c.children)


def _material_support(noun: Token) -> tuple[str, tuple[str, ...]] | None:
    """ "allocated 95 million euros in humanitarian support", "financial support for the refugees": support of a
    material kind is aid given (PLOVER AID), not a word of support."""
    marked = any(c.dep_ == "amod" and c.lower_ in MATERIAL_SUPPORT_MARKS for c in noun.children)
    return ("AID", ()) if noun.lemma_.lower() == "support" and marked else None


def _material_contribution(noun: Token) -> bool:
    """ "a contribution of 56 million euros to the World Food Programme", "humanitarian contributions to UNRWA": money
    or relief given (PLOVER AID); not "his contribution to the debate"."""
    marked = any(c.dep_ == "amod" and c.lower_ in MATERIAL_SUPPORT_MARKS for c in noun.children)
    amounts = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return marked or any(o.lemma_.lower() in MONEY_WORDS or o.ent_type_ == "MONEY" for o in amounts)


def _labour_strike(noun: Token) -> tuple[str, tuple[str, ...]] | None:
    """ "a hunger strike", "a general strike", "an open-ended strike": a protest, not an attack."""
    if noun.lemma_.lower() != "strike":
        return None
    modifiers = set(noun.doc[noun.left_edge.i : noun.i].text.lower().split())
    if "hunger" in modifiers:
        return ("PROTEST", ("hunger",))
    stoppage = modifiers & STRIKE_KINDS or _on_strike(noun) or _workers_strike(noun) or named_stoppage(noun)
    return ("PROTEST", ("strike",)) if stoppage or _strike_told_as_protest(noun, modifiers) else None


def _strike_told_as_protest(noun: Token, modifiers: set[str]) -> bool:
    """ "announced a strike", "a national day of strike and protest", "a strike called by the union", "in support of
    the strike": one strike held, called, taken part in or told beside a protest, with no weapon word ("a missile
    strike") and no target ("a strike on the base"), is a stoppage of work."""
    if noun.tag_ != "NN" or modifiers & ARMED_STRIKE_WORDS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in noun.children):
        return False
    held = noun.dep_ == "dobj" and noun.head.lemma_.lower() in STRIKE_HOLDING_VERBS
    called = any(c.dep_ == "acl" and c.lemma_.lower() == "call" for c in noun.children)
    beside = any(c.lemma_.lower() in PROTESTS_BESIDE_A_STRIKE for c in noun.conjuncts)
    return held or called or beside or _strike_taken_part_in(noun)


def _strike_taken_part_in(noun: Token) -> bool:
    """ "part of the strike", "support for the strike", "participated in a strike"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"of", "for", "in"}:
        return False
    return noun.head.head.lemma_.lower() in STRIKE_TAKING_PART


def _bomb_threat(noun: Token) -> tuple[str, tuple[str, ...]] | None:
    """ "a bomb threat", "received bomb threats": a threat to set off a bomb, whose cue ACLED codes apart (no violence
    was done: ``lexicon.acled_type``)."""
    if noun.lemma_.lower() != "threat":
        return None
    bomb = any(c.dep_ == "compound" and c.lemma_.lower() == "bomb" for c in noun.children)
    return ("THREATEN", ("bomb-threat",)) if bomb else None


def _workers_strike(noun: Token) -> bool:
    """ "teachers' strikes", "the cleaning workers strike", "cleaning staff started the strike": a strike named by
    those who stop work."""
    named = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
    verb = light_verb_of(noun)
    subject = active_subject(verb) if verb is not None else None
    strikers = [*named, *((subject, *subject.conjuncts) if subject is not None else ())]
    return any(c.lemma_.lower() in STRIKE_WORKERS for c in strikers)


def _on_strike(noun: Token) -> bool:
    """ "went on strike", "workers on strike": the idiom takes no article; "carried out strikes on" is no stoppage."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(c.dep_ == "det" for c in noun.children)


def _fights_an_ill(fight: Token) -> bool:
    """ "fight corruption", "to fight the Ebola epidemic", "fighting against poverty", "the battle against climate
    change": what is fought is no armed side (``FIGURATIVE_FIGHTS``), so there is no armed clash; nor where it is
    fought for a civil cause ("fought for her rights", ``CAUSES_FOUGHT_FOR``)."""
    against = (o for p in fight.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children)
    causes = (o for p in fight.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    objects = [*(c for c in fight.children if c.dep_ in {"dobj", "nsubjpass"}), *against]
    return any(o.lemma_.lower() in FIGURATIVE_FIGHTS for o in objects) or any(
        o.lemma_.lower() in CAUSES_FOUGHT_FOR for o in causes
    )


def _figurative(noun: Token) -> bool:
    """ "an attack on press freedom", "on the foundations of democracy": the object attacked is an idea, not people
    or things; a word that only qualifies the object does not make it one ("against human rights violations"); a fight
    against an ill of society or a disease (``_fights_an_ill``)."""
    if noun.lemma_.lower() in FIGHTING_NOUNS and _fights_an_ill(noun):
        return True
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"} for o in p.children]
    return any(
        o.lemma_.lower() in ABSTRACT_TARGETS
        or (o.dep_ == "pobj" and any(_names_an_idea(c) for c in o.subtree if c.i != o.i))
        for o in objects
    )


def _shifted_objects(verb: Token) -> list[Token]:
    """ "freed on bail two former ministers", "released on Monday three hostages": a long object put after a short
    phrase, which the parser takes for a second object of that phrase's preposition."""
    preps = (c for c in verb.children if c.dep_ == "prep")
    return [o for p in preps for o in [c for c in p.children if c.dep_ == "pobj"][1:]]


def _names_an_idea(token: Token) -> bool:
    return token.lemma_.lower() in ABSTRACT_TARGETS and token.dep_ not in {"compound", "amod"}


def _disambiguate_verb(token: Token, lemma: str, found: tuple[str, tuple[str, ...]]):
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] or _shifted_objects(token)
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if (lemma in REFUSING_VERBS and _withholds_comment(token)) or (lemma == "deny" and _left_unsaid(token)):
        return None  # "declined to comment", "refused to confirm or deny the report": no word, no rejection
    if lemma in DENIAL_VERBS and _denies_a_charge(token, objects):
        return None  # "rejected accusations that ...": a denial of responsibility, a statement
    if lemma == "agree" and _shares_an_opinion(token):
        return None
    if lemma == "sign":
        return found if any(o.lemma_.lower() in AGREEMENT_OBJECTS for o in objects) else None
    if lemma == "commit":
        return found if states_a_stance(token) else None
    if lemma in THROWING_VERBS:
        return _thrown(token, objects)
    if lemma == "deploy" and _helpers_sent(token, objects):
        return ("AID", ())
    if lemma in {"take", "seize"} and any(o.lemma_.lower() == "control" for o in objects):
        return ("MOBILIZE", ("takeover",)) if _territory_taken(token, objects) else None
    if lemma in DISRUPTING_VERBS and any(_weapon(o) for o in objects):
        return ("COERCE", ("disrupt",))
    if lemma in HALTING_VERBS and halts_hostilities(objects):
        return ("RETREAT", ("ceasefire",))  # "ceased its military operations", "suspended air strikes"
    if lemma == "cease":
        return None  # "ceased to exist", "ceased production"
    if lemma == "suspend" and any(o.lemma_.lower() in SUSPENDED_MEASURES for o in objects):
        return ("CONCEDE", ())
    if "disrupt" in found[1]:
        return None  # "intercepted a call", "recovered the bodies": no weapon made harmless
    if "displace" in found[1] and not _drives_people_out(token, lemma):
        return None
    if lemma == "stop" and _work_stopped(objects, subjects):
        return ("PROTEST", ("strike",))
    if lemma == "hold" and _held_on_grounds_of_arrest(token, objects):
        return ("COERCE", ("arrest",))
    if lemma in OBJECT_READ_VERBS:
        return read_by_object(token, lemma, objects)
    if lemma == "back" and any(c.dep_ == "prt" and c.lower_ in {"down", "off"} for c in token.children):
        return ("CONCEDE", ())  # "backed down", "backed off from its demand": a party yields
    if lemma in OBJECT_VERBS and not _acts_on_something(token, objects):
        return None
    if lemma in {"deny", "meet", "talk", "accept"}:
        return _read_by_sense(token, lemma, objects, found)
    if lemma in {"strike", "hit"} and any(o.lemma_.lower() in AGREEMENT_OBJECTS | {"bargain"} for o in objects):
        return None  # "struck a deal with the UN", "hit a bargain": an accord reached (its noun tells it), no blow
    if lemma == "strike" and any(s.lemma_.lower() in STRIKE_WORKERS for s in subjects):
        return ("PROTEST", ("strike",))
    if lemma == "fight" and not (objects or subjects) and (sides := governing_subject(token)) is not None:
        subjects = [sides]  # "Rebels and troops began fighting": the sides are the subject of the verb it hangs on
    if lemma in {"hit", "strike", "free", "fight", "support", "welcome", "host"} and not (objects or subjects):
        return None
    if lemma == "threaten" and _endangers(token, objects):
        return None
    if lemma == "support" and any(s.lemma_.lower() in AID_OBJECTS for s in subjects):
        return ("AID", ())  # "Australian aid supported two million girls", "US funds supported the rebels": aid given
    if lemma in {"release", "free"} and any(o.lemma_.lower() in RETURNED_THINGS for o in objects):
        return found  # "released a Turkish ship it seized", "freed the bodies"
    if lemma in {"release", "free"} and any(_named_release(o) for o in objects):
        return found  # "released Diego Salcedo", though the recogniser took the name for an organisation
    people = objects or _shared_objects(token)
    if lemma in PEOPLE_ONLY_VERBS and not any(_people_counted(o) for o in people):
        return None  # "apprehended the man", "released dozens of activists"; not "apprehended trouble" (feared it)
    if lemma == "book":
        return found if _booked_by_the_police(token, objects, subjects) else None
    if lemma in CAPTURING_VERBS and not _taken_by_the_police(token, lemma, objects, subjects):
        return None
    if lemma == "fight" and (_fights_an_ill(token) or _given_up(token)):
        return None
    if lemma == "abuse":
        return ("ASSAULT", ("sexual",)) if any(c.lower_ == "sexually" for c in token.children) else found
    if lemma == "hack" and any(c.dep_ == "prep" and c.lower_ == "into" for c in token.children):
        return ("COERCE", ("cyber",))
    if lemma == "share" and not any(c.lower_ == "with" for t in (token, *objects) for c in t.children):
        return None  # "shared evidence with the U.S.", not "shared a photo"
    if lemma == "decline" and not any(c.dep_ == "xcomp" for c in token.children):
        return None
    if lemma == "protest" and (any(c.dep_ == "ccomp" for c in token.children) or reporting_tag(token)):
        return ("ACCUSE", ("disapprove",))  # "X is failing its duty, a rights group protested": said, not marched
    if lemma == "march" and any(o.lemma_.lower() in {"troop", "soldier"} for o in subjects):
        return ("MOBILIZE", ("troops",))
    if lemma in CROWD_ONLY_VERBS and not any(is_people(s) for s in subjects) and not _protest_purpose(token):
        return None
    if lemma in CROWD_ONLY_VERBS and any(SECTOR_WORDS.get(s.lemma_.lower()) in AUTHORITY_SECTORS for s in subjects):
        return None  # "Police blocked the march": the authorities stop a protest, they hold none
    if lemma == "gather" and any(o.dep_ == "dobj" for o in objects):
        return None  # "gathering information", "gathered evidence": collected, not assembled
    if lemma == "barricade" and any(o.lower_.endswith(("self", "selves")) for o in objects):
        return None  # "the gunman barricaded himself inside a house": holed up, no road blocked
    aimed = objects or _aimed(token)
    if lemma == "fire" and not (aimed or _shoots(token, subjects)):
        return None
    if lemma == "burn" and not objects:
        return None
    if lemma == "burn" and any(o.lemma_.lower() in SYMBOLS_BURNED for o in objects):
        return ("PROTEST", ("demo",))  # "burned effigies of the minister": a symbolic protest, no one harmed
    if lemma == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None  # "blew up the bridge", not "blowing whistles"
    if lemma == "disperse" and not objects:
        return None  # "the group later dispersed peacefully": no one dispersed it
    if lemma == "demonstrate" and _shows_something(token, objects):
        return None
    return found


def _endangers(verb: Token, objects: list[Token]) -> bool:
    """ "political chaos that threatens the deal", "the dispute threatens regional stability": a thing put at risk, no
    threat made (PLOVER THREATEN is a party saying what it will do: "threatened to quit the deal")."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in ENDANGERED_THINGS for o in objects)


def _thrown(verb: Token, objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """ "threw stones at the police": violence with primitive weapons; "threw a hand grenade into a bar": a grenade
    attack; not "threw a party", "threw their support behind", nor stones thrown at no one told ("resorted to
    throwing stones during demonstrations": the demonstration's violence, which the protest tells)."""
    if not any(c.dep_ == "prep" and c.lower_ in THROWN_AT for c in verb.children):
        return None
    thrown = {o.lemma_.lower() for o in objects}
    if thrown & THROWN_EXPLOSIVES:
        return ("ASSAULT", ("grenade",))
    return ("ASSAULT", ("primitive",)) if thrown & PROJECTILES else None


def _territory_taken(verb: Token, objects: list[Token]) -> bool:
    """ "rebels took control of Tshanzu", "took over control of several localities": a place taken, as it happened,
    with no fighting told (``_fighting_told``); not "take control of the House" (a body) nor "if Assad takes control
    of the east" (not done)."""
    if event_status(verb).status not in HAPPENED_STATUSES or _fighting_told(verb.sent):
        return False
    return any(_a_place(taken) for o in objects for taken in _of_chain(o))


def _of_chain(noun: Token) -> list[Token]:
    """The objects of the noun's "of", and of theirs: "control of [part] of [Rwanguba]"."""
    chain, current = [], of_object(noun)
    while current is not None and len(chain) < 3:
        chain.append(current)
        current = of_object(current)
    return chain


def _a_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC"} or token.lemma_.lower() in CONTROLLED_PLACES


def _fighting_told(sentence: Span) -> bool:
    """Whether the sentence tells of fighting ("clashed ... and took control", "took control following fighting"):
    control taken so is a battle's outcome, which the fighting's event codes; taken with none told, it passed
    without a battle ("M23 rebels took control of Tshanzu")."""
    return any(t.lemma_.lower() in MUTUAL_FIGHTING or t.lemma_.lower() == "attack" for t in sentence)


def _weapon(thing: Token) -> bool:
    """ "an IED", "a Houthi bomb-laden drone", "a cache of weapons", "a large number of weapons", "an explosive
    device", "an arms cache": a weapon (``DISRUPTED_WEAPONS``), named, counted or stored."""
    counted = of_object(thing)
    for noun in (thing, counted) if counted is not None else (thing,):
        lemma = noun.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
        if lemma in DISRUPTED_WEAPONS or (lemma == "device" and "explosive" in modifiers):
            return True
        if lemma == "cache" and modifiers & DISRUPTED_WEAPONS:
            return True
    return False


def _drives_people_out(verb: Token, lemma: str) -> bool:
    """ "were displaced by fighting", "evicted fishermen", "forced 200 families to flee", "chased away farmers": people
    driven from where they live (ACLED's forced displacement); "force" tells it by the verb of leaving it makes them
    do, "chase" by its particle. Not people described by their plight ("displaced pastoralists", "Syrians who have
    been displaced", "remain displaced", "are internally displaced"), displacement feared ("could be displaced"),
    nor one that violence did ("the attacks have displaced 300,000 people": the attack is the event)."""
    if verb.dep_ in PLIGHT_DEPS or event_status(verb).status not in HAPPENED_STATUSES or _a_state(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in VIOLENCE_NOUNS:
        return False
    if lemma == "force":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS and _leaves_home(c) for c in verb.children)
    if lemma == "chase":
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ in DRIVEN_OUT_PARTICLES for c in verb.children)
    return True


def _a_state(participle: Token) -> bool:
    """ "are internally displaced", "6.1 million are displaced": a passive in the present, or "internally", tells the
    state people are in, not what was done to them."""
    present = any(c.dep_ == "auxpass" and c.tag_ in {"VBP", "VBZ"} for c in participle.children)
    return present or any(c.lower_ == "internally" for c in participle.children)


def _leaves_home(leaving: Token) -> bool:
    """ "to flee", "to leave their homes", "to abandon the village": a place people live left, not "to leave the event"
    or "the meeting"."""
    left = [c for c in leaving.children if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in HOMES or o.ent_type_ in {"GPE", "LOC"} for o in left)


def _work_stopped(objects: list[Token], subjects: list[Token]) -> bool:
    """ "3,000 employees stopped work", "hundreds of employees stopped work", "dock workers stopped work on Monday": a
    strike; not "engineers stopped work on the dam" or "the company stopped work"."""
    work = [o for o in objects if o.lemma_.lower() == "work" and not any(c.dep_ == "prep" for c in o.children)]
    workers = (of_object(s) or s for s in subjects)
    return bool(work) and any(s.lemma_.lower() in STRIKE_WORKERS for s in workers)


def _withholds_comment(verb: Token) -> bool:
    """ "declined to comment", "refused to confirm or deny", "declined comment": a refusal to speak."""
    said = (c for c in verb.children if c.dep_ in {"xcomp", "dobj"})
    return any(c.lemma_.lower() in WITHHELD_WORDS for c in said)


def _left_unsaid(verb: Token) -> bool:
    """A verb of saying joined to what one declines or refuses to say: "declined to confirm or deny"."""
    said = verb.head if verb.dep_ == "conj" else verb
    refusal = said.head
    return said.dep_ == "xcomp" and refusal.lemma_.lower() in REFUSING_VERBS and _withholds_comment(refusal)


def _taken_by_the_police(verb: Token, lemma: str, objects: list[Token], subjects: list[Token]) -> bool:
    """ "police picked up Siddiqui", "were rounded up", "locked up the rabble-rousers", "was remanded in custody", "were
    caught by the police": people taken by the authorities (not "picked up the phone", "caught fire", "caught a
    cold"). A phrasal verb needs its particle; "pick up", "catch" and "nab" need the police or army as their doer ("we
    got picked up by the same car"), or the grounds of an arrest ("caught in connection with the bombing")."""
    if lemma == "remand" and _sent_into_custody(verb):
        return True  # "remanded Ansari to police custody": only people are, though their names are often misread
    if not any(_captive(o) for o in objects):
        return False
    if lemma in PHRASAL_CAPTURES and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    if lemma not in NEEDING_AUTHORITIES or _on_grounds_of_arrest(verb):
        return True  # "both were caught in connection with the carnage"
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    shared = governing_subject(verb) if not subjects else None  # "the police acted and caught some of them"
    doers = [*agents, *subjects, *([shared] if shared is not None else [])]
    return any(SECTOR_WORDS.get(w.lemma_.lower()) in AUTHORITY_SECTORS for d in doers for w in (d, *d.children))


def _booked_by_the_police(verb: Token, objects: list[Token], subjects: list[Token]) -> bool:
    """ "were booked for murder", "booked under the Arms Act", "was booked into the county jail", "police booked 62
    people": people whose arrest the police record, charged with an offence or under a law (not "booked a room",
    "booked for the festival", a player "booked for a late tackle")."""
    if not all(_maybe_people(o) for o in objects):
        return False
    if _on_grounds_of_arrest(verb):
        return True
    return bool(objects) and any(SECTOR_WORDS.get(s.lemma_.lower()) in AUTHORITY_SECTORS for s in subjects)


def _held_on_grounds_of_arrest(verb: Token, objects: list[Token]) -> bool:
    """ "four were held in connection with the burning of a car", "two men held for murder": people held by the
    authorities (not "talks were held in connection with the visit", "held a meeting under the chairmanship of")."""
    return bool(objects) and all(_maybe_people(o) for o in objects) and _on_grounds_of_arrest(verb)


def _maybe_people(taken: Token) -> bool:
    """People named or counted, a name whatever the recogniser took it for, a number of them ("four were held"), or
    "the accused", which the tagger may read as a verb."""
    return _people_counted(taken) or taken.pos_ in {"PROPN", "NUM"} or taken.lower_ == "accused"


def _on_grounds_of_arrest(verb: Token) -> bool:
    """Taken "for murder", "for about ten offences", "for questioning", "on charges of", "under the Arms Act", "in
    connection with the attack", or "into custody": the grounds or place of an arrest."""
    preps = [p for p in verb.children if p.dep_ in {"prep", "conj"}]  # "under POTO and for murder"
    if any(p.lower_ == "under" for p in preps) or any(_in_connection_with(p) for p in preps):
        return True
    reasons = [o for p in preps if p.lower_ in {"for", "on"} for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    grounds = {form for r in reasons for w in (r, *r.conjuncts) for form in (w.lower_, w.lemma_.lower())}
    return bool(grounds & (OFFENCES | QUESTIONING)) or _sent_into_custody(verb)


def _in_connection_with(preposition: Token) -> bool:
    return preposition.lower_ == "in" and any(o.lemma_.lower() == "connection" for o in preposition.children)


def _sent_into_custody(verb: Token) -> bool:
    """ "remanded to police custody", "remanded in judicial custody", "booked into the county jail"."""
    held = (o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in", "into"} for o in p.children)
    return any(o.lemma_.lower() in CUSTODY_WORDS for o in held)


def _captive(taken: Token) -> bool:
    """People taken: named by a people word or a name ("Siddiqui"), or counted by an "of" phrase ("dozens of
    youths"); not things ("the phone") or places."""
    if is_people(taken) or (taken.is_title and taken.ent_type_ in {"", "PERSON"} and taken.dep_ == "nsubjpass"):
        return True
    counted = (o for p in taken.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return any(is_people(o) for o in counted)


def _shared_objects(verb: Token) -> list[Token]:
    """The objects of the verb a verb with none of its own is joined to, which it shares: "beat up and later
    arrested a former prisoner"; and the passive subject of the verb a passive one is joined to: "he was arrested and
    beaten"."""
    later = [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ == "dobj"]
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "dobj"} for c in verb.children):
        return later
    return later + [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def _people_counted(noun: Token) -> bool:
    """People named, of a nation ("Italian fishermen") or counted by an "of" phrase: "the man", "dozens of activists",
    "three of the hostages"; not things that merely name people ("the names of those affected")."""
    if is_people(noun) or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children):
        return True
    if any(_held_captive(c) or _who_clause(c) for c in noun.children) or any(map(is_people, noun.conjuncts)):
        return True  # "two nationals who had been arrested", "a candidate as well as several activists"
    counted = noun.pos_ == "NUM" or noun.ent_type_ == "CARDINAL"
    return counted and _of_people(noun)


def _named_release(noun: Token) -> bool:
    """A name set free, whatever the recogniser's label: a person's name is often taken for an organisation's, and a
    group released is people too; not a product, a film or a report ("released Windows 11")."""
    name = [noun, *(c for c in noun.children if c.dep_ == "compound")]  # "Pablo Emilio" may be labelled alone
    return noun.pos_ == "PROPN" and any(t.ent_type_ in NAMED_CAPTIVE_LABELS for t in name)


def _who_clause(clause: Token) -> bool:
    """A relative clause that "who" opens: what it describes is people."""
    return clause.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in clause.children)


def _of_people(noun: Token) -> bool:
    """Whether the noun's "of" phrase names people: "dozens of activists", "the release of two hostages"."""
    return any(_people_counted(o) for p in noun.children if p.lower_ == "of" for o in p.children)


def _held_captive(participle: Token) -> bool:
    """ "(two guards) held captive", "(the crew) held hostage", "kept in captivity": what is held so is people."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in {"hold", "keep"}:
        return False
    roles = [*participle.children, *(o for p in participle.children if p.dep_ == "prep" for o in p.children)]
    return any(r.lemma_.lower() in HELD_AS for r in roles)


def _shoots(fire: Token, subjects: list[Token]) -> bool:
    """ "Police fired in the air", "troops fired", "had to resort to firing": "fire" with no object is shooting when
    people do it or when it is what someone turns to (not "the engine fired")."""
    return any(is_people(s) for s in subjects) or (fire.dep_ == "pcomp" and fire.tag_ == "VBG") or _firing_noun(fire)


def _firing_noun(fire: Token) -> bool:
    """ "victims of police firing", "the firing", "indiscriminate firing": a gerund the tagger took for a verb, which
    its determiner or modifiers show to be the noun of shooting (not "the firing of the coach", nor "firing range")."""
    if fire.tag_ != "VBG" or fire.dep_ in {"compound", "amod"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in fire.children):
        return False
    return any(c.dep_ in {"det", "compound", "amod"} for c in fire.children)


def _shows_something(verb: Token, objects: list[Token]) -> bool:
    """ "What the affair demonstrates is", "demonstrating Russia's new clout", "demonstrated that it can": to show,
    not to march; a crowd demonstrates with no object, or shows a feeling ("demonstrated their anger")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return any(o.lemma_.lower() not in DISPLAYED_FEELINGS for o in objects)


def _acts_on_something(verb: Token, objects: list[Token]) -> bool:
    """An object and no particle: "backed the plan", not "backed down" or "hails from"."""
    return bool(objects) and not any(c.dep_ == "prt" for c in verb.children)


def _read_by_sense(verb: Token, lemma: str, objects: list[Token], found: tuple[str, tuple[str, ...]]):
    """Verbs with a sense that is no event or another one: "denied them access" restricts; "met the demands" yields,
    "met the deadline" is nothing; "talked with X" consults, "talked about the weather" does not; what is accepted
    decides what accepting it is (``_accepted``)."""
    things = {o.lemma_.lower() for o in objects} | {c.lemma_.lower() for c in verb.children if c.dep_ == "dative"}
    if lemma == "deny":
        return None if things & WITHHELD else found
    if lemma == "accept":
        return ("AID", ()) if any(map(_counted_people, objects)) else _accepted(things, found)
    if lemma == "meet":
        if things & MET_DEMANDS:
            return ("CONCEDE", ())
        return None if things & MET_MEASURES else found
    return found if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in verb.children) else None


def _counted_people(thing: Token) -> bool:
    """ "accepted more than 1,500 people", "accepts 200 families": people counted in are taken in, as refugees are."""
    return is_people(thing) and any(c.dep_ == "nummod" for c in thing.children)


def _accepted(things: set[str], found: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
    """ "accepted the offer" agrees; "accepted the protesters' demands" yields (CAMEO 08, as demands met); "accepted
    1,000 refugees" takes them in, humanitarian aid (PLOVER AID, as asylum granted); "accepted responsibility"
    claims an act (``responsibility``)."""
    if things & {"responsibility", "blame"}:
        return None
    if things & MET_DEMANDS:
        return ("CONCEDE", ())
    return ("AID", ()) if any(SECTOR_WORDS.get(t) == "REF" for t in things) else found


def _protest_purpose(verb: Token) -> bool:
    """ "gathered in front of the city council to denounce the invasion", "gathered in support of Ukraine", "gathered
    outside the courthouse and demanded justice": a crowd with a protest's purpose."""
    return any(
        (c.dep_ in {"advcl", "xcomp", "conj"} and c.lemma_.lower() in PROTEST_PURPOSES) or _in_a_cause(c)
        for c in verb.children
    )


def _in_a_cause(preposition: Token) -> bool:
    """ "in support of", "in solidarity with", "in protest": the cause a crowd stands for."""
    return preposition.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CAUSES_STOOD_FOR for o in preposition.children
    )


def operation_against_people(noun: Token) -> bool:
    """ "troops carried out an operation against Boko Haram militants", "launched operations against the rebels": an
    operation someone carries out against people is an attack on them (not "an operation against corruption")."""
    if noun.pos_ != "NOUN" or light_verb_of(noun) is None:
        return False
    against = (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children)
    return any(o.dep_ == "pobj" and (is_people(o) or o.ent_type_ == "ORG") for o in against)
