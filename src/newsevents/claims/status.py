"""Epistemic status of an event mention: asserted, reported, speculated, planned, negated, hypothetical.

Read off the dependency parse around the trigger: negation children and negative subjects ("no one was
hurt"), conditional clauses, future and intention markers, hedges ("it is likely that", "may"), and
reporting verbs whose complement holds the trigger ("police said ..."), which also give the source that
vouches for the event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# fmt: off
REPORTING_VERBS = {
    "say", "tell", "report", "claim", "announce", "state", "confirm", "add", "write", "allege", "insist",
    "explain", "note", "declare", "warn", "argue", "assert", "acknowledge", "admit", "suggest", "believe",
    "think", "accuse", "deny", "reveal", "testify", "post", "tweet", "quote", "estimate", "predict",
    "contend", "maintain", "indicate", "stress", "mention", "describe", "recall", "agree", "fear", "hope",
    "speculate", "suspect", "assume", "expect", "urge", "demand", "promise", "vow", "pledge",
}
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject", "rebut"}
HEDGE_VERBS = {"believe", "think", "suspect", "speculate", "assume", "fear", "suggest", "guess", "seem",
               "appear", "doubt", "estimate"}
PLAN_VERBS = {"plan", "intend", "schedule", "expect", "prepare", "aim", "propose", "hope", "vow", "pledge",
              "promise", "threaten", "want", "seek", "decide", "agree", "due", "set"}
HEDGE_WORDS = {"likely", "unlikely", "probably", "possibly", "perhaps", "maybe", "apparently",
               "presumably", "allegedly", "obvious", "obviously", "clearly", "possible", "probable",
               "suspected", "believed", "thought", "seemingly", "supposedly", "purportedly", "could",
               "might", "may"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}
NEGATIVE_SUBJECTS = {"nobody", "nothing", "none", "neither", "noone"}
PLANNED_MODIFIERS = {"upcoming", "planned", "scheduled", "next", "future", "proposed", "expected"}
# fmt: on


@dataclass
class Status:
    status: str  # asserted|reported|speculated|planned|negated|hypothetical
    source_token: Token | None = None  # the subject of the reporting verb, when reported
    cue: str | None = None  # the words that set the status


def event_status(trigger: Token) -> Status:
    """Status of the event that ``trigger`` expresses, and who vouches for it."""
    for check in (_negated, _hypothetical, _planned, _speculated):
        found = check(trigger)
        if found:
            return found
    return _reported(trigger) or Status("asserted")


def _clause_chain(trigger: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads of the clauses that embed it, nearest first."""
    chain = [trigger]
    token = trigger
    while token.head != token and len(chain) <= limit:
        if token.dep_ in {
            "ccomp",
            "xcomp",
            "advcl",
            "conj",
            "relcl",
            "acl",
            "pcomp",
            "pobj",
            "prep",
            "dobj",
            "nsubj",
            "nsubjpass",
            "csubj",
            "attr",
            "oprd",
            "compound",
            "amod",
            "npadvmod",
        }:
            token = token.head
            chain.append(token)
        else:
            break
    return chain


def _negated(trigger: Token) -> Status | None:
    for child in trigger.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return Status("negated", cue=child.text)
        if child.dep_ in {"nsubj", "nsubjpass"} and _negative_subject(child):
            return Status("negated", cue=" ".join(t.text for t in child.subtree if t.i <= child.i))
    head = trigger.head
    if trigger.dep_ in {"ccomp", "xcomp", "dobj", "pcomp"} and head.lemma_ in DENIAL_VERBS:
        return Status("negated", source_token=_subject(head), cue=head.text)
    if trigger.dep_ == "pobj" and head.head.lemma_ in DENIAL_VERBS:
        return Status("negated", source_token=_subject(head.head), cue=head.head.text)
    return None


def _negative_subject(subject: Token) -> bool:
    """ "No one was hurt", "nobody claimed it", "neither side fired": the subject denies the event."""
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children)


def _hypothetical(trigger: Token) -> Status | None:
    for token in _clause_chain(trigger, limit=2):
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return Status("hypothetical", cue=child.text)
        has_would = any(c.lower_ == "would" and c.dep_ == "aux" for c in token.children)
        if has_would and any(c.dep_ == "advcl" for c in token.children):
            return Status("hypothetical", cue="would")
    return None


def _planned(trigger: Token) -> Status | None:
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
            return Status("planned", cue=child.text)
        if child.dep_ in {"amod", "compound"} and child.lower_ in PLANNED_MODIFIERS and not _past_copula(trigger):
            return Status("planned", cue=child.text)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ in PLAN_VERBS:
        return Status("planned", cue=trigger.head.text)
    if trigger.dep_ in {"pobj", "dobj"} and trigger.head.lemma_ in PLAN_VERBS:
        return Status("planned", cue=trigger.head.text)
    going = trigger.head
    if trigger.dep_ == "xcomp" and going.lower_ == "going" and any(c.dep_ == "aux" for c in going.children):
        return Status("planned", cue="going to")
    return None


def _past_copula(noun: Token) -> bool:
    """ "This was a planned killing": premeditated, not scheduled."""
    return noun.dep_ in {"attr", "nsubj"} and noun.head.tag_ == "VBD"


def _speculated(trigger: Token) -> Status | None:
    for token in _clause_chain(trigger, limit=2):
        for child in token.children:
            if child.dep_ in {"aux", "advmod", "acomp"} and child.lower_ in HEDGE_WORDS:
                if child.lower_ in {"may", "might", "could"} and token != trigger:
                    continue
                return Status("speculated", cue=child.text)
        if token != trigger and token.lemma_ in HEDGE_VERBS:
            return Status("speculated", source_token=_subject(token), cue=token.text)
        if token.lemma_ == "be" and any(c.lower_ in HEDGE_WORDS and c.dep_ == "acomp" for c in token.children):
            cue = next(c.text for c in token.children if c.lower_ in HEDGE_WORDS)
            return Status("speculated", cue=f"it is {cue}")
    return None


def _reported(trigger: Token) -> Status | None:
    for token in _clause_chain(trigger)[1:]:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            return Status("reported", source_token=_subject(token), cue=token.text)
    sentence = trigger.sent
    for token in sentence:
        if token.lower_ == "reportedly":
            return Status("reported", cue=token.text)
        if opens_according_to(token):
            return Status("reported", source_token=according_to_source(token), cue="according to")
    return None


def opens_according_to(token: Token) -> bool:
    """``token`` is the "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def according_to_source(according: Token) -> Token | None:
    """X in "according to X": the object of "to" (``according`` must open the phrase)."""
    return next((c for c in according.nbor(1).children if c.dep_ == "pobj"), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
