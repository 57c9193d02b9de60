"""Statements as events: promises, threats, refusals and demands, and verbs read by their object.

PLOVER codes what an actor says it will do as the saying: a promise to cooperate is AGREE, a promise to harm
THREATEN, a refusal REJECT, and saying what another must do a REQUEST. Some verbs are events only by what they
act on ("sent aid", "lifted the curfew", "called for talks"). The event coder (``newsevents.events.coder``)
asks this module how to read such triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.claims.status import REPORTING_VERBS, Status, event_status
from newsevents.events.lexicon import AID_OBJECTS, DEALINGS, ENVOYS, INSPECTORS, RESTRICTIONS, SIEGES

#: Third parties whose entry a party allows (PLOVER RETREAT:access: "observers, peacekeepers, or humanitarian
#: workers"), and the relief they bring ("allowed aid convoys to enter", "allowed the delivery of food").
ACCESS_SEEKERS = INSPECTORS | {"peacekeeper", "peacekeeping", "convoy", "humanitarian", "relief", "aid", "food"}

#: What makes a protest noun a diplomatic or formal one ("made a formal protest"): PLOVER codes written and
#: institutional protests as ACCUSE, not as a PROTEST in the street.
FORMAL_MARKS = {"formal", "official", "diplomatic", "written"}
#: Verbs that hand a protest to an authority: "lodged a protest", "filed a protest with the embassy".
FILING_VERBS = {"lodge", "file", "submit"}

#: Verbal and diplomatic types aimed at someone: "appealed to X", "apologised to X", "demanded that X ...".
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONCEDE", "CONSULT", "SUPPORT", "AID", "AGREE"}

#: What an actor says it will do is coded as the saying (PLOVER): a promise to cooperate is AGREE, a promise to
#: harm is THREATEN, and saying it will not cooperate is REJECT.
COOPERATIVE_TYPES = {"SUPPORT", "CONSULT", "AID", "RETREAT", "COOPERATE", "CONCEDE"}

HOSTILE_TYPES = {"ASSAULT", "PROTEST", "COERCE", "SANCTION", "MOBILIZE"}

FUTURE_MODALS = {"will", "would", "shall", "'ll", "wo", "'d"}

#: Words whose complement is an act promised or threatened: "is willing to send", "vowed to attack".
INTENT_HEADS = {
    "willing", "ready", "prepared", "determined", "promise", "pledge", "vow", "swear", "undertake", "offer", "intend",
    "threaten",
}  # fmt: skip

#: The PLOVER modes of a refusal by what is refused ("would not meet them": meet; "would not meet the demands",
#: a concession refused: yield).
REJECTED_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "RETREAT": "yield", "CONCEDE": "yield"}

#: Verbs whose passive states the subject's own stance: "Israel is opposed to the mediation", "is committed to".
STANCE_VERBS = {"oppose", "commit"}

#: Verbs of saying whose clause, with a modal of obligation, makes a demand ("said that Sudan must return it").
SAYING_VERBS = {
    "say", "tell", "insist", "add", "state", "declare", "stress", "remind", "announce", "reiterate", "repeat",
    "emphasise", "emphasize", "write",
}  # fmt: skip

OBLIGATION_MODALS = {"must", "should"}

#: Verbs that stop what their object names.
STOPPING_VERBS = {
    "prohibit", "ban", "bar", "forbid", "halt", "stop", "suspend", "end", "cancel", "block", "prevent", "veto",
    "freeze", "cut", "withhold", "terminate", "postpone",
}  # fmt: skip

#: Verbs whose object or complement decides their event (``read_by_object``).
OBJECT_READ_VERBS = {
    "send", "dispatch", "provide", "supply", "lift", "ease", "relax", "remove", "cancel", "halt", "end", "stop",
    "order", "allow", "permit", "call", "hand", "break", "pull", "recall",
}  # fmt: skip


def obliges(verb: Token) -> bool:
    """ "Russia said that Sudan must return the helicopter": saying what another must do is a demand."""
    clauses = (c for c in verb.children if c.dep_ == "ccomp")
    return any(a.dep_ == "aux" and a.lower_ in OBLIGATION_MODALS for c in clauses for a in c.children)


def stops_a_dealing(noun: Token, event_type: str) -> bool:
    """ "would prohibit all aid", "halted the talks", "cancelled a planned visit": a dealing the verb stops is not
    itself an event; the stopping is."""
    return event_type in ADDRESSED_TYPES and noun.dep_ == "dobj" and noun.head.lemma_.lower() in STOPPING_VERBS


def qualifies_a_noun(verb: Token, event_type: str) -> bool:
    """ "the alleged abuses", "its long-threatened invasion": a participle of saying that describes a noun tells no
    act of saying."""
    return verb.dep_ == "amod" and event_type in ADDRESSED_TYPES | {"THREATEN"}


def read_by_object(verb: Token, lemma: str, objects: list[Token]) -> tuple[str, tuple[str, ...]] | None:
    """The event of a verb its object or complement decides ("sent aid", "lifted the curfew", "halted the talks",
    "ordered him to appear"), if any."""
    things = {w for o in objects for w in _object_words(o)}
    if lemma in {"send", "dispatch", "provide", "supply"}:
        if things & INSPECTORS and lemma in {"send", "dispatch"}:
            return ("ACCUSE", ("investigate",))
        return ("AID", ()) if things & AID_OBJECTS else None
    if lemma in {"lift", "ease", "relax", "remove", "cancel"}:
        if things & SIEGES:
            return ("RETREAT", ("access",))
        if things & RESTRICTIONS:
            return ("CONCEDE", ())
        return ("SANCTION", ("discontinue",)) if lemma == "cancel" and objects else None
    if lemma in {"halt", "end", "stop"}:
        return ("SANCTION", ("discontinue",)) if things & DEALINGS else None
    if lemma in {"call", "hand", "break", "pull", "recall"}:
        return _phrasal(verb, lemma, things)
    if lemma in {"allow", "permit"} and _lets_in(verb, things):
        return ("RETREAT", ("access",))
    complement = any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)
    return ("REQUEST" if lemma == "order" else "CONCEDE", ()) if complement else None


def _lets_in(verb: Token, things: set[str]) -> bool:
    """ "allowed UN inspectors to resume their work", "allowed the delivery of grain": the entry of observers,
    peacekeepers or aid, which PLOVER codes RETREAT:access (an easing of rules for all is a concession)."""
    clauses = (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})
    subjects = {w for c in clauses for s in c.children if s.dep_ == "nsubj" for w in _object_words(s)}
    return bool((things | subjects) & ACCESS_SEEKERS)


def _phrasal(verb: Token, lemma: str, things: set[str]) -> tuple[str, tuple[str, ...]] | None:
    """ "called for a ceasefire" / "called on X to": a demand; "handed over aid": aid; "broke off talks": a sanction;
    "pulled out": a withdrawal; "recalled its ambassador": a sanction."""
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}}
    if lemma == "call":
        return ("REQUEST", ()) if particles & {"for", "on", "upon"} else None
    if lemma == "hand":
        return ("AID", ()) if "over" in particles and things & AID_OBJECTS else None
    if lemma == "break":
        return ("SANCTION", ("discontinue",)) if "off" in particles and things & DEALINGS else None
    if lemma == "pull":
        return ("RETREAT", ("withdraw",)) if particles & {"out", "back"} else None
    return ("SANCTION", ("withdraw",)) if things & ENVOYS else None


def _object_words(thing: Token) -> set[str]:
    """The lemmas that say what a thing is: its head and compounds ("mediation efforts", "arms supplies")."""
    words = {thing.lemma_.lower(), thing.lower_}
    words |= {c.lemma_.lower() for c in thing.children if c.dep_ in {"compound", "amod"}}
    of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    measured = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return words | ({measured.lemma_.lower()} if measured is not None else set())  # "700 kg of medicine"


def states_a_stance(verb: Token) -> bool:
    """ "Israel is opposed to the mediation", "Vietnam is committed to opening up": a passive form that states the
    subject's own stance, not something done to it."""
    if verb.lemma_.lower() not in STANCE_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(c.lower_ == "to" or c.dep_ == "xcomp" for c in verb.children)


def said_intent(
    trigger: Token, verb: Token | None, event_type: str, status: Status
) -> tuple[str, tuple[str, ...], Status] | None:
    """(type, modes, status) of an act someone says will or would be done, coded as the saying: "Portugal will
    support Turkey, the president said" is AGREE, "the farmers said they would blockade Paris" THREATEN and "the
    U.S. said it would not meet the demands" REJECT (the refusal has happened). The act stays planned or
    hypothetical in the status of a promise or threat; what the author alone schedules ("the ministers will meet
    next week") is no statement. A formal protest is a statement too: ACCUSE (``_protest_addressed``).
    ``verb``: the trigger's own verb, or the light verb that carries it."""
    if event_type == "PROTEST" and _protest_addressed(trigger, verb):
        return "ACCUSE", ("disapprove",), status
    if verb is None or not (_announced(verb) or _failed(verb)):
        return None
    promised = _promised(verb)
    said = event_status(verb).status if verb != trigger else status.status
    if _failed(verb) and event_type in COOPERATIVE_TYPES | {"AGREE"}:
        return "REJECT", (), _statement_status(verb)
    if said == "negated" and promised and event_type in COOPERATIVE_TYPES | {"AGREE"}:
        mode = REJECTED_MODES.get(event_type)
        return "REJECT", (mode,) if mode else (), _statement_status(verb)
    if not (promised or said == "hypothetical" or _conditional(verb)):
        return None
    intent = status if status.status in {"planned", "hypothetical"} else _intent_status(verb)
    if event_type in COOPERATIVE_TYPES:
        return "AGREE", (), intent
    if event_type in HOSTILE_TYPES:
        return "THREATEN", ("violence",) if event_type == "ASSAULT" else (), intent
    return None


def _protest_addressed(trigger: Token, verb: Token | None) -> bool:
    """ "made a formal protest to Japan", "lodged a protest": a protest handed to an authority, which PLOVER codes as
    ACCUSE ("written and institutionalized protests"), not a demonstration. Only where a light verb carries the noun,
    so that its subject is the one who protests."""
    if verb is None or trigger.pos_ != "NOUN":
        return False
    filed = verb.lemma_.lower() in FILING_VERBS
    return filed or any(c.dep_ == "amod" and c.lemma_.lower() in FORMAL_MARKS for c in trigger.children)


def _intent_status(verb: Token) -> Status:
    """The status of an act promised or threatened: hypothetical when it hangs on a condition, else planned."""
    if _conditional(verb):
        return Status("hypothetical", cue="if")
    return Status("planned", cue=verb.head.text)


def _failed(verb: Token) -> bool:
    """ "failed to reach agreement": a refusal, as PLOVER codes it."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _conditional(verb: Token) -> bool:
    """ "may halt its mediation if cooperation founders": an act made to hang on a condition."""
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for c in clauses for m in c.children)


def _promised(verb: Token) -> bool:
    """ "will send", "would blockade", "is willing to send", "vowed to attack"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in INTENT_HEADS or verb.head.lower_ in INTENT_HEADS)


def _announced(verb: Token) -> bool:
    """Someone says it: a reporting verb governs the clause ("X said it will ..."), or a verb of intent does."""
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in INTENT_HEADS or verb.head.lower_ in INTENT_HEADS):
        return True
    return _reporting_verb(verb) is not None


def _reporting_verb(verb: Token) -> Token | None:
    return next((a for a in list(verb.ancestors)[:3] if a.pos_ == "VERB" and a.lemma_ in REPORTING_VERBS), None)


def _statement_status(verb: Token) -> Status:
    """The status of a statement made: reported by the speaker of the reporting verb."""
    speaker = _reporting_verb(verb)
    if speaker is None:
        return Status("asserted")
    return Status("reported", source_token=next((c for c in speaker.children if c.dep_ == "nsubj"), None))
