"""Epistemic status of an event mention: asserted, reported, speculated, planned, negated, hypothetical.

Read off the dependency parse around the trigger: negation children and negative subjects ("no one was
hurt"), conditional clauses, future and intention markers, hedges ("it is likely that", "may"), and
reporting verbs whose complement holds the trigger ("police said ..."), which also give the source that
vouches for the event.

An act only asked for or owed has not happened: deontic modals and verbs of obligation ("should be
arrested", "must arrest", "has to arrest"; but epistemic "must have been" is speculated), demands ("demanded
the arrest of", "urged police to arrest", "called for his arrest"), wishes ("wants the court to suspend it",
"hopes they can meet", "hoped for more talks", "in the hope of questioning him"), the aim a noun governs ("orders to
arrest"), and the complement of a verb in the future ("will not hesitate in arresting") are planned; the complement
of a verb of leaving undone ("failed to arrest", "were unable to arrest") is negated. A support verb lends the event
noun its modals and negation ("may be put under house arrest", "denied any arrest has been made"), and a later
conjunct without its own subject or auxiliary shares the first one's ("will order a lathi charge or arrest us"). So
does a verb of occurrence to the event noun that is its subject ("talks may take place", "the attack did not happen")
and a copula to its complement ("it was not an attack"); a negated verb of report denies the event noun that is its
passive subject ("clashes were not reported"), but not a toll ("casualties were not reported") or a given one.

"Would" puts an event at a later time of someone's account ("said he would seek talks": planned) or under an
unstated condition ("a deal that would allow them to leave": hypothetical), unless a frequency adverb makes it a
past habit ("would often raid homes"). An order's aim is planned even where the parse hangs the infinitive on the
order's verb ("orders were issued to arrest").

An act named as the content of a norm or a possibility has not happened: "it is legal to kill them", "it is wrong
to arrest him", "the only way to deal with them is to kill them", "a way of ending the war" are hypothetical, and
"there is no way to arrest them", "it is impossible to extradite them" negated.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.annotate.nlp import infinitive, once_per_doc, tokens_with_lower
from newsevents.claims.cues import (
    CONDITIONAL_MARKS,
    DELIBERATION_VERBS,
    DENIAL_VERBS,
    FUTURE_AUX,
    HEDGE_VERBS,
    MODALS,
    PLAN_VERBS,
    REPORTING_VERBS,
)

# fmt: off
HEDGE_WORDS = {"likely", "unlikely", "probably", "possibly", "perhaps", "maybe", "apparently",
               "presumably", "allegedly", "obvious", "obviously", "clearly", "possible", "probable",
               "suspected", "believed", "thought", "seemingly", "supposedly", "purportedly", "could",
               "might", "may"}
NEGATIVE_SUBJECTS = {"nobody", "nothing", "none", "neither", "noone"}
PLANNED_MODIFIERS = {"upcoming", "planned", "scheduled", "next", "future", "proposed", "expected"}
# Verbs and nouns that ask for an act ("demanded the arrest", "urged police to arrest", "a call for his arrest"): the
# act is wanted, not done. An order is not among them: news reads "ordered the strikes" as done (UW's annotators too).
# "hop" is there because the lemmatizer makes it of "hoped" and "hoping".
DIRECTIVE_VERBS = {"demand", "urge", "ask", "call", "seek", "request", "press", "appeal", "want", "wish", "plead",
                   "petition", "recommend", "advise", "clamour", "clamor", "push", "hope", "hop"}
# Nouns that ask for or look forward to an act ("a call for talks", "in the hope of questioning him", "hopes of a
# recovery"): it is wanted, not done.
DIRECTIVE_NOUNS = {"demand", "call", "request", "plea", "appeal", "petition", "hope", "wish"}
# "demanded the arrest": verbs whose direct object is the act wanted ("called the move a setback" names it).
DIRECTIVE_OBJECT_VERBS = {"demand", "seek", "request", "urge", "want", "recommend"}
# "demand that he be arrested", "wants the court to suspend it", "hopes they can meet": verbs whose clause is a wish,
# not a report ("wish" left out: "wish he had come" is counterfactual).
MANDATIVE_VERBS = {"demand", "urge", "request", "recommend", "ask", "want", "hope", "hop"}
# Nouns whose infinitive did not happen: "failure to arrest", "refusal to act". The factuality model's class of the
# same name, which a learned weight reads, adds nouns of a stop or a lack whose complement is no infinitive ("the
# ban", "absence of").
NEGATIVE_NOUNS = {"failure", "refusal", "inability", "reluctance", "unwillingness"}
# Deontic modals and verbs of obligation: "should be arrested", "must arrest", "has to arrest", "need to arrest".
DEONTIC_MODALS = {"should", "must", "ought"}
OBLIGATION_HEADS = {"have", "need", "ought", "require", "oblige", "obligate", "bind"}
# Verbs whose infinitive or gerund did not happen: "failed to arrest", "were unable to arrest". Only those that say
# so for certain: the factuality model's class of the same name, which a learned weight reads, adds verbs whose
# complement may yet happen ("opposed to", "delayed", "rejected").
NEGATIVE_IMPLICATIVES = {"fail", "refuse", "decline", "neglect", "avoid", "hesitate", "unable", "unwilling",
                         "reluctant"}
# Verbs that keep someone from an act ("barred them from entering", "a proposal to ban companies from boycotting"):
# the act in their "from" phrase did not happen.
PREVENTION_VERBS = {"prevent", "stop", "bar", "ban", "block", "prohibit", "keep", "forbid", "deter", "restrain",
                    "discourage", "refrain", "dissuade", "preclude", "hinder"}
# Verbs that bring about the act of their complement: "make the companies implement", "help them leave".
CAUSATIVE_VERBS = {"make", "let", "have", "help", "get", "force", "allow", "enable", "cause"}
# Nouns that weigh an event rather than tell it: "the possibility of clashes", "clashes are a distinct possibility".
HEDGE_NOUNS = {"possibility", "likelihood", "chance", "risk", "prospect", "danger", "fear", "rumour", "rumor",
               "speculation", "suspicion", "probability"}
# Verbs that carry an event noun ("made arrests", "carried out raids", "put under arrest"): their auxiliaries,
# modals and negation are the event's own.
SUPPORT_VERBS = {"make", "carry", "conduct", "effect", "stage", "launch", "mount", "perform", "put", "place", "take"}
# Verbs whose subject is the event itself ("the attack did not happen", "talks may take place", "a strike will
# begin", "clashes broke out") and the copula whose complement it is ("it was not an attack"): they lend it their
# negation and modals too. Not verbs of going on or ending ("the strike did not end": it happened).
OCCURRENCE_VERBS = {"happen", "occur", "begin", "start", "commence", "erupt", "unfold", "proceed", "ensue", "recur",
                    "resume"}
OCCURRENCE_PHRASES = {("take", "place"), ("go", "ahead"), ("break", "out"), ("kick", "off")}
COPULAS = {"be", "become", "remain"}
# Verbs whose passive subject is an event told of or seen ("clashes were reported", "violence was observed"): negated,
# they deny it, as far as the news can tell ("clashes were not reported").
SIGHTING_VERBS = {"report", "record", "confirm", "see", "observe", "notice", "detect", "register", "witness"}
# Nouns of a toll, which a report counts rather than tells: "casualties were not reported" leaves it untold, not denied.
TOLL_NOUNS = {"casualty", "death", "fatality", "injury", "toll", "damage", "loss", "victim"}
# Determiners that take the noun's referent as given: "the glitch was not reported" presupposes the glitch.
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
# "This is not the first attack": the copula's negation denies the rank, not the event.
RANKING_WORDS = {"first", "only", "last", "next", "second", "third", "latest", "same"}
# "talks are scheduled for Monday", "is due to resume", "is set to begin": words that put an event on a calendar.
SCHEDULING_VERBS = {"schedule", "plan", "set", "due", "slate", "expect", "arrange"}
# Verbs whose subject, in the passive, is an event taking place ("the summit is to be held").
HELD_VERBS = {"hold", "stage", "convene", "open"}
# Verbs that hold an event named by their object ("will stage a conference") and that bring people to one named
# by their "for" ("will arrive for talks").
HOLDING_VERBS = {"hold", "stage", "host", "convene", "organise", "organize", "launch", "begin", "start", "resume"}
GATHERING_VERBS = {"arrive", "gather", "meet", "travel", "fly", "head", "come", "go", "return", "assemble", "convene"}
# Nouns that give an order, whose aim an infinitive the parse hangs on their verb names ("orders were issued to
# arrest", "instructions have been passed to detain", "re-imposed with orders to arrest").
ORDER_NOUNS = {"order", "instruction", "direction", "directive", "command", "mandate"}
# Nouns that make ready an act named by their "for" ("arrangements for detaining them", "plans for an arrest",
# "orders for his arrest"): the act is still to be done.
PREPARATION_NOUNS = ORDER_NOUNS | {"arrangement", "preparation", "plan"}
# Nouns whose infinitive the parse may read as a relative clause, though it is their aim ("take steps to arrest"),
# unlike the purpose of a clause it misattaches ("threw stones on roads to demonstrate").
AIM_NOUNS = ORDER_NOUNS | {"step", "measure", "action", "plan", "effort", "move", "bid", "attempt", "decision",
                           "proposal", "call", "demand", "request"}
# "they would beat us every day": "would" of a habit, which happened, not of a condition or a later time.
FREQUENCY_ADVERBS = {"often", "always", "usually", "sometimes", "regularly", "frequently", "routinely", "repeatedly",
                     "typically", "occasionally", "normally", "generally"}
# Adjectives that judge an act in general when it is their extraposed infinitive ("it is legal to kill them", "it
# would be wrong to arrest him", "it is easier to seek extradition"): the act is weighed, not told.
NORMATIVE_ADJECTIVES = {"legal", "illegal", "lawful", "unlawful", "legitimate", "illegitimate", "acceptable",
                        "unacceptable", "permissible", "justified", "justifiable", "right", "wrong", "fair", "unfair",
                        "moral", "immoral", "proper", "appropriate", "inappropriate", "reasonable", "unreasonable",
                        "wise", "unwise", "sensible", "possible", "necessary", "unnecessary", "important",
                        "essential", "vital", "crucial", "hard", "difficult", "easy", "good", "better", "best", "bad",
                        "worse", "safe", "dangerous", "risky", "pointless", "useless", "futile", "impossible",
                        "feasible", "unthinkable"}
# Of those, the ones that judge one act that was done when said of the past in the author's voice ("it was wrong
# to invade Iraq": the invasion happened), unlike a past norm ("it was illegal to protest") or a reported one.
HINDSIGHT_ADJECTIVES = {"right", "wrong", "wise", "unwise", "justified", "fair", "unfair", "appropriate",
                        "inappropriate", "reasonable", "unreasonable", "sensible", "proper", "pointless", "futile"}
# Of those, the ones that deny the act can be done ("it is impossible to extradite them"); "possible" denied too.
IMPOSSIBILITY_ADJECTIVES = {"impossible", "unthinkable"}
# Nouns of a means to an end, whose infinitive, "of" gerund, or complement after "is" names an act only weighed: "a
# way to end the war", "the only way of dealing with them is to kill them", "there is no way to arrest them".
MEANS_NOUNS = {"way", "means", "option", "alternative", "solution", "answer", "choice", "method", "remedy"}
# fmt: on


#: Where ``event_status`` keeps a document's statuses, by token index.
_STATUSES = "newsevents.event_statuses"
#: Where ``_reported`` keeps a document's "reportedly" and "according" tokens.
_REPORT_ADVERBIALS = "newsevents.report_adverbials"


@dataclass
class Status:
    status: str  # asserted|reported|speculated|planned|negated|hypothetical
    source_token: Token | None = None  # the subject of the reporting verb, when reported
    cue: str | None = None  # the words that set the status


def event_status(trigger: Token) -> Status:
    """Status of the event that ``trigger`` expresses, and who vouches for it.

    Read once per token of a parse, which must not change afterwards: the event coder asks for it and so does the
    factuality model it runs for the same predicate. The answer is shared, so callers must not change it."""
    statuses = trigger.doc.user_data.setdefault(_STATUSES, {})
    if trigger.i not in statuses:
        statuses[trigger.i] = _read_status(trigger)
    return statuses[trigger.i]


def _read_status(trigger: Token) -> Status:
    for check in (_negated, _weighed_act, _hypothetical, _modal, _planned, _speculated, _would):
        found = check(trigger)
        if found:
            return _vouched(found, trigger)
    return _reported(trigger) or Status("asserted")


def _vouched(found: Status, trigger: Token) -> Status:
    """An act said to be owed, planned or not done on someone's word ("he said the leaders should be arrested")
    has that speaker as its source, as a reported one has."""
    if found.source_token is None:
        reported = _reported(trigger)
        if reported is not None and reported.source_token is not None:
            found.source_token = reported.source_token
    return found


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


def _carriers(trigger: Token) -> list[Token]:
    """The trigger and the verb that carries it: the support verb whose object it is ("made [arrests]", "put under
    house [arrest]"), the verb of occurrence whose subject it is ("talks may take place"), the copula whose
    complement it is ("it was not an [attack]"). The verb's negation, modals and auxiliaries belong to the event."""
    head = trigger.head
    if trigger.dep_ in {"dobj", "nsubjpass"} and head.lemma_ in SUPPORT_VERBS:
        return [trigger, head]
    if trigger.dep_ == "pobj" and head.lower_ in {"under", "into"} and head.head.lemma_ in SUPPORT_VERBS:
        return [trigger, head.head]
    if (trigger.dep_ == "nsubj" and _occurrence_verb(head)) or (trigger.dep_ == "nsubjpass" and _held(head)):
        return [trigger, head]
    if trigger.dep_ in {"attr", "acomp"} and head.lemma_ in COPULAS and not _ranked(trigger):
        return [trigger, head]
    return [trigger]


def _ranked(noun: Token) -> bool:
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS) for c in noun.children)


def _occurrence_verb(verb: Token) -> bool:
    """ "happen", "occur", "take place", "break out": a verb that says no more of its subject than that it occurs."""
    if verb.lemma_ in OCCURRENCE_VERBS:
        return True
    particles = (c.lower_ for c in verb.children if c.dep_ in {"dobj", "advmod", "prt"})
    return any((verb.lemma_, particle) in OCCURRENCE_PHRASES for particle in particles)


def _auxiliaries(trigger: Token) -> list[Token]:
    """The auxiliaries of the trigger and its support verb, or, for a later conjunct without its own subject or
    auxiliary, those of the first conjunct ("will order a lathi charge or [arrest] us")."""
    carriers = _carriers(trigger)
    own = [c for verb in carriers for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if own or carriers[-1].tag_ != "VB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in carriers[-1].children):
        return own
    first = _first_conjunct(carriers[-1])
    return [c for c in first.children if c.dep_ == "aux"] if first != carriers[-1] else own


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _negated(trigger: Token) -> Status | None:
    for token in _carriers(trigger):
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return Status("negated", cue=child.text)
            if child.dep_ in {"nsubj", "nsubjpass"} and _negative_subject(child):
                return Status("negated", cue=" ".join(t.text for t in child.subtree if t.i <= child.i))
    event = _carriers(trigger)[-1]
    head = event.head
    if event.dep_ in {"ccomp", "xcomp", "dobj", "pcomp"} and head.lemma_ in DENIAL_VERBS:
        return Status("negated", source_token=_subject(head), cue=head.text)
    if event.dep_ == "pobj" and head.head.lemma_ in DENIAL_VERBS:
        return Status("negated", source_token=_subject(head.head), cue=head.head.text)
    return _not_done(trigger) or _not_sighted(trigger)


def _not_sighted(trigger: Token) -> Status | None:
    """ "Clashes were not reported", "violence was not observed": an event that a negated verb of report or sighting
    has as its passive subject did not happen, as far as the news can tell. Not one the sentence takes as given (a
    definite or possessed noun: "the glitch was not reported when ..."), nor a toll ("casualties were not reported":
    untold, not denied; the attack that took them keeps its own status)."""
    verb = trigger.head
    if trigger.dep_ != "nsubjpass" or verb.lemma_ not in SIGHTING_VERBS or trigger.lemma_.lower() in TOLL_NOUNS:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in trigger.children):
        return None
    negation = next((c for c in verb.children if c.dep_ == "neg"), None)
    return Status("negated", cue=negation.text) if negation is not None else None


def _not_done(trigger: Token) -> Status | None:
    """ "failed to arrest", "were unable to arrest", "refused to act", "barred them from entering": an act left
    undone or kept from happening (but "did not fail to", "did not stop them from", and "will not hesitate to"
    promises it)."""
    governor = _governing_verb(trigger)
    if governor is None:
        return None
    prevented = trigger.dep_ == "pcomp" and trigger.head.lower_ == "from" and governor.lemma_ in PREVENTION_VERBS
    if governor.lemma_ not in NEGATIVE_IMPLICATIVES and not prevented:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in governor.children):
        return None
    return Status("negated", cue=governor.text)


def _governing_verb(trigger: Token) -> Token | None:
    """The verb or adjective whose infinitive or gerund complement the trigger is: "refused to [arrest]", "will not
    hesitate in [arresting]"."""
    head = trigger.head
    if trigger.dep_ == "xcomp" or (trigger.dep_ == "dobj" and trigger.tag_ == "VBG"):
        return head
    if trigger.dep_ == "pcomp" and head.dep_ == "prep" and head.head != head:
        return head.head
    return None


def _negative_subject(subject: Token) -> bool:
    """ "No one was hurt", "nobody claimed it", "neither side fired": the subject denies the event."""
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children)


def _hypothetical(trigger: Token) -> Status | None:
    carriers = _carriers(trigger)
    for token in [*carriers[1:], *_clause_chain(trigger, limit=2)]:
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return Status("hypothetical", cue=child.text)
        has_would = any(c.lower_ == "would" and c.dep_ == "aux" for c in token.children)
        if has_would and any(c.dep_ == "advcl" for c in token.children):
            return Status("hypothetical", cue="would")
    modal = any(a.dep_ == "aux" and a.lower_ in MODALS for a in _auxiliaries(trigger))
    if modal and _conditioned(_first_conjunct(carriers[-1])):
        return Status("hypothetical", cue="if")
    return None


def _weighed_act(trigger: Token) -> Status | None:
    """An act judged or named as a means in general, not told: "it is legal to kill them", "the only way is to kill
    them", "a way of ending the war" (hypothetical); "there is no way to arrest them", "it is impossible to extradite
    them", "it is not possible to arrest them" (negated). A later conjunct ("to arrest or [extradite] them") and the
    act a causative brings about ("is to have them [killed]") share the first act's status."""
    act = _first_conjunct(_carriers(trigger)[-1])
    if act.dep_ == "ccomp" and act.head.lemma_ in CAUSATIVE_VERBS:
        act = _first_conjunct(act.head)
    return _judged_in_general(act) or _means_to_an_end(act) or _deliberated(act)


def _deliberated(act: Token) -> Status | None:
    """ "Japan is considering [sending] troops", "the government is weighing an [attack]", "mulling whether to
    [arrest] him": an act a verb of deliberation weighs is hypothetical."""
    weighed = act.dep_ in {"xcomp", "dobj", "ccomp"} and act.head.lemma_ in DELIBERATION_VERBS
    return Status("hypothetical", cue=act.head.text) if weighed else None


def _judged_in_general(act: Token) -> Status | None:
    """ "It is legal to [kill] them", "it would be wrong to [arrest] him", "made it impossible for him to [enter]": the
    infinitive the parse hangs on the copula or on the adjective, with "it" as the subject of either. Judged in
    hindsight ("it was wrong to [invade] Iraq"), the act was done: asserted, so that "was to" is not read as a plan."""
    if not infinitive(act):
        return None
    head = act.head
    if head.pos_ == "ADJ":
        adjective, frame = head, head.head
    elif head.lemma_ in COPULAS:
        adjective, frame = next((c for c in head.children if c.dep_ == "acomp"), None), head
    else:
        return None
    if adjective is None or not {adjective.lemma_.lower(), adjective.lower_} & NORMATIVE_ADJECTIVES:
        return None
    frame_words = (*frame.children, *adjective.children)
    if not any(c.lower_ == "it" and c.dep_ in {"nsubj", "expl", "dobj"} for c in frame_words):
        return None
    if _judged_in_hindsight(adjective, frame):
        return Status("asserted", cue=f"it was {adjective.lower_}")
    denied = any(c.dep_ == "neg" for c in frame_words)
    cue = f"it is {'not ' if denied else ''}{adjective.lower_}"
    impossible = adjective.lemma_.lower() in IMPOSSIBILITY_ADJECTIVES or (denied and adjective.lower_ == "possible")
    return Status("negated" if impossible else "hypothetical", cue=cue)


def _judged_in_hindsight(adjective: Token, frame: Token) -> bool:
    """ "It was wrong to invade Iraq": a past copula with no modal, in the author's voice, judges an act that was
    done. Under a reporting verb the past may only be the report's ("he said it was wrong to arrest them")."""
    return (
        adjective.lemma_.lower() in HINDSIGHT_ADJECTIVES
        and frame.tag_ == "VBD"
        and not any(c.dep_ == "aux" for c in frame.children)
        and not (frame.dep_ == "ccomp" and frame.head.lemma_ in REPORTING_VERBS)
    )


def _means_to_an_end(act: Token) -> Status | None:
    """ "The only way is to [kill] them", "a way to [end] the war", "the way of [dealing] with them", "there is no way
    (that) they [will] assist": an act named as a means; under "no way", denied. "The way they abused him" tells
    how an act that happened was done."""
    head = act.head
    if act.dep_ == "xcomp" and head.lemma_ in COPULAS and infinitive(act):
        means = next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in MEANS_NOUNS), None)
        return Status("hypothetical", cue=means.text) if means is not None else None
    if act.dep_ in {"acl", "relcl"} and head.lemma_.lower() in MEANS_NOUNS:
        means, named = head, infinitive(act)
    elif act.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in MEANS_NOUNS:
        means, named = head.head, act.tag_ == "VBG"
    else:
        return None
    if _denied_noun(means):
        return Status("negated", cue=f"no {means.text}")
    return Status("hypothetical", cue=means.text) if named else None


def _denied_noun(noun: Token) -> bool:
    """ "no way", "there isn't any way": the noun or the copula that holds it is negated."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children)


def _conditioned(verb: Token) -> bool:
    """The event's own verb hangs on a condition under a modal: "arrests can be made if persuasion fails", "might
    be put under house arrest, if need be" (a noun the verb only mentions keeps its own status)."""
    clauses = (c for c in verb.children if c.dep_ == "advcl")
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for c in clauses for m in c.children)


def _modal(trigger: Token) -> Status | None:
    """Deontic modals and verbs of obligation: "should be arrested", "must arrest", "has to arrest", "are to be
    made" (wanted, not done: planned); but epistemic "must have been" is speculated and counterfactual "should
    have been" hypothetical."""
    auxiliaries = _auxiliaries(trigger)
    modal = next((a for a in auxiliaries if a.lower_ in DEONTIC_MODALS), None)
    if modal is not None:
        perfect = any(a.lemma_ == "have" and a.i > modal.i for a in auxiliaries)
        if perfect:
            return Status("speculated" if modal.lower_ == "must" else "hypothetical", cue=modal.text)
        return Status("planned", cue=modal.text)
    event = _carriers(trigger)[-1]
    if infinitive(event) and event.dep_ == "xcomp" and event.head.lemma_ in OBLIGATION_HEADS | {"be"}:
        if event.head.lemma_ == "have" and event.head.tag_ == "VBD":
            return None  # "police had to open fire": they did
        return Status("planned", cue=event.head.text)
    return None


def _planned(trigger: Token) -> Status | None:
    for child in _auxiliaries(trigger):
        if child.dep_ == "aux" and child.lower_ in FUTURE_AUX:
            return Status("planned", cue=child.text)
    for child in trigger.children:
        if child.dep_ in {"amod", "compound"} and child.lower_ in PLANNED_MODIFIERS and not _past_copula(trigger):
            return Status("planned", cue=child.text)
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ in PLAN_VERBS:
        return Status("planned", cue=trigger.head.text)
    if trigger.dep_ in {"pobj", "dobj"} and trigger.head.lemma_ in PLAN_VERBS:
        return Status("planned", cue=trigger.head.text)
    going = trigger.head
    if trigger.dep_ == "xcomp" and going.lower_ == "going" and any(c.dep_ == "aux" for c in going.children):
        return Status("planned", cue="going to")
    directed = _directed(trigger) or _future_governor(trigger) or _purpose_of_noun(trigger)
    return directed or _prepared_for(trigger) or _scheduled_noun(trigger)


def _directed(trigger: Token) -> Status | None:
    """An act asked for: "demanded the arrest of", "called for the arrest", "urged police to arrest", "a demand for
    a ban and arrest of its leaders", "demanded that he be arrested". The one who asks is its source. A later
    conjunct that the parse joins to the first act's object ("called for a ban on the VHP and [arrest] of its
    leaders") is asked for with that act."""
    carried = _carriers(trigger)[-1]
    event = _first_conjunct(carried)
    found = _directed_event(event)
    joined_below = event != carried and event.dep_ == "pobj" and event.head.dep_ == "prep"
    if found is None and joined_below and event.head.head.pos_ == "NOUN":
        found = _directed_event(event.head.head)
    return found


def _directed_event(event: Token) -> Status | None:
    head = event.head
    # "urged the government to sign an agreement": its object too; "urged the president to make the companies
    # implement it": an act the asked act brings about too
    brought_about = event.dep_ == "xcomp" or (event.dep_ == "ccomp" and head.lemma_ in CAUSATIVE_VERBS)
    asked_act = (event.dep_ == "dobj" or brought_about) and head.pos_ == "VERB" and head.dep_ in {"xcomp", "ccomp"}
    if asked_act and head != event and (asked := _directed(head)):
        return asked
    if event.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ in {"for", "on", "of"}:
        head, dep = head.head, "pobj"
    else:
        dep = event.dep_
    if head.pos_ == "NOUN" and dep == "pobj" and head.lemma_ in DIRECTIVE_NOUNS:
        return Status("planned", cue=head.text)
    if head.pos_ != "VERB" or head.lemma_ not in DIRECTIVE_VERBS or _wanted_for_a_deed(event, head):
        return None
    wanted = dep in {"xcomp", "pobj"} or (dep == "dobj" and head.lemma_ in DIRECTIVE_OBJECT_VERBS)
    if wanted or (dep == "ccomp" and head.lemma_ in MANDATIVE_VERBS):
        return Status("planned", source_token=_subject(head), cue=head.text)
    return None


def _wanted_for_a_deed(event: Token, verb: Token) -> bool:
    """ "A man wanted for the bombing", "is wanted for murder": the police seek someone for a deed done, unlike
    "wanted for questioning", an act still to come."""
    return verb.lemma_ == "want" and verb.tag_ == "VBN" and event.pos_ == "NOUN" and event.head.lower_ == "for"


def _scheduled_noun(trigger: Token) -> Status | None:
    """An event noun set ahead by its clause: "talks are scheduled for next week", "a congress to be held in December",
    "will arrive for talks", "a round of talks is due to resume", "summits are to be staged", "is set to stage a
    conference". The noun's own words carry no tense, so the clause that holds it (through "a round of", "days of")
    says whether it is still to come."""
    if trigger.pos_ != "NOUN":
        return None
    noun = trigger
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "NUM"}:
        noun = noun.head.head
    if any(c.dep_ == "acl" and _passive_infinitive(c) for c in noun.children):
        return Status("planned", cue="to be")
    clause = _clause_of_noun(noun)
    if clause is None:
        return None
    cue = _future_cue(clause, noun)
    return Status("planned", cue=cue) if cue else None


def _passive_infinitive(verb: Token) -> bool:
    """ "to be held", "to be staged": an act still to be done to the noun."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("aux", "to") in deps and ("auxpass", "be") in deps


def _clause_of_noun(noun: Token) -> Token | None:
    """The verb that brings the event the noun names about: whose subject it is when the verb says it occurs
    ("talks will resume", "summits are to be staged", "talks are scheduled"), whose object it is when the verb
    holds it ("will stage a conference"), or whose "for" it is when the verb gathers people ("will arrive for
    talks"). Other verbs say something of an event that may already be under way ("the offer will expire")."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ in {"nsubj", "nsubjpass"} and (_occurs(head) or _scheduled(head) or _be_to(head)):
        return head
    if noun.dep_ == "dobj" and lemma in HOLDING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in GATHERING_VERBS:
        return head.head
    return None


def _held(verb: Token) -> bool:
    """ "the summit will be held", "talks were convened": a passive that says its subject takes place."""
    return verb.lemma_.lower() in HELD_VERBS


def _occurs(verb: Token) -> bool:
    """ "happen", "take place", "be held", "resume": the verb says its subject takes place."""
    return _occurrence_verb(verb) or _held(verb)


def _scheduled(verb: Token) -> bool:
    """ "talks are scheduled for Monday", "talks are set to begin": scheduling, of the event itself (not "the offer
    is scheduled to expire", which schedules another event)."""
    if verb.lemma_.lower() not in SCHEDULING_VERBS:
        return False
    return all(_occurs(c) for c in _infinitive_complements(verb))


def _be_to(verb: Token) -> bool:
    """ "summits are to be staged", "talks are due to resume": "be" that sets the event's taking place ahead."""
    if verb.lemma_ != "be":
        return False
    due = _scheduling_complement(verb)
    complements = [*_infinitive_complements(verb), *(_infinitive_complements(due) if due is not None else [])]
    return any(_occurs(c) for c in complements)


def _future_cue(verb: Token, noun: Token) -> str | None:
    """The word that puts ``verb`` ahead: "will", "is due to", "is set to", "are to", or a passive of scheduling
    whose subject is the noun ("are scheduled for")."""
    future = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None)
    if future is not None:
        return future.text
    if noun.dep_ == "nsubjpass" and verb.lemma_ in SCHEDULING_VERBS:
        return verb.text
    if verb.dep_ == "xcomp" and infinitive(verb) and verb.head.lemma_ in SCHEDULING_VERBS | {"be"}:
        return f"{verb.head.text} to"  # the noun is the infinitive's object: "is due to stage a conference"
    if verb.lemma_ in SCHEDULING_VERBS | {"be"} and _infinitive_complements(verb):
        return f"{verb.text} to"  # "summits are to be staged", "talks are set to begin"
    due = _scheduling_complement(verb)
    if due is not None and _infinitive_complements(due):
        return f"{due.text} to"  # "talks are due to resume"
    return None


def _infinitive_complements(verb: Token) -> list[Token]:
    """The to-infinitives that complement ``verb``: "set [to begin]", "are [to be held]"."""
    return [c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)]


def _scheduling_complement(verb: Token) -> Token | None:
    """ "due" in "talks are due to resume"."""
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_ in SCHEDULING_VERBS), None)


def _future_governor(trigger: Token) -> Status | None:
    """ "will not hesitate in arresting", "will try to arrest": the complement of a verb in the future."""
    governor = _governing_verb(trigger)
    if governor is None:
        return None
    future = next((c for c in governor.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None)
    return Status("planned", cue=future.text) if future is not None else None


def _purpose_of_noun(trigger: Token) -> Status | None:
    """ "orders to arrest anyone", "a conspiracy to get them arrested", "take steps to arrest": an infinitive that a
    noun governs is its aim, not yet done (but "the first to be arrested" is done), and after "failure to" it was
    left undone. So is one the parse hangs on the verb of an order ("orders were issued to arrest")."""
    if not infinitive(trigger):
        return None
    if trigger.dep_ in {"advcl", "xcomp"} and (order := _order_of(trigger.head)) is not None:
        return Status("planned", cue=order.text)
    aimed = trigger.dep_ == "acl" or (trigger.dep_ == "relcl" and trigger.head.lemma_ in AIM_NOUNS)
    if not aimed or trigger.head.pos_ != "NOUN":
        return None
    status = "negated" if trigger.head.lemma_ in NEGATIVE_NOUNS else "planned"
    return Status(status, cue=trigger.head.text)


def _prepared_for(trigger: Token) -> Status | None:
    """ "arrangements for detaining them are to be made", "plans for his arrest": the act a preparation is for."""
    head = trigger.head
    if trigger.dep_ not in {"pobj", "pcomp"} or head.lower_ != "for" or head.head.lemma_ not in PREPARATION_NOUNS:
        return None
    return Status("planned", cue=head.head.text)


def _order_of(verb: Token) -> Token | None:
    """The order noun that is the subject of ``verb`` or given "with" it: "[orders] were issued", "re-imposed with
    specific [orders]"."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_ in ORDER_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ == "with":
            order = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_ in ORDER_NOUNS), None)
            if order is not None:
                return order
    return None


def _past_copula(noun: Token) -> bool:
    """ "This was a planned killing": premeditated, not scheduled."""
    return noun.dep_ in {"attr", "nsubj"} and noun.head.tag_ == "VBD"


def _speculated(trigger: Token) -> Status | None:
    carriers = _carriers(trigger)
    weighed = _weighed_by_noun(trigger) or _likely_to(carriers[-1])
    if weighed is not None:
        return weighed
    hedge = next((a for a in _auxiliaries(trigger) if a.lower_ in HEDGE_WORDS), None)
    if hedge is not None:
        return Status("speculated", cue=hedge.text)
    for token in [*carriers[1:], *_clause_chain(trigger, limit=2)]:
        for child in token.children:
            if child.dep_ in {"aux", "advmod", "acomp"} and child.lower_ in HEDGE_WORDS:
                if child.lower_ in {"may", "might", "could"} and token not in carriers:
                    continue
                return Status("speculated", cue=child.text)
        if token not in carriers and token.lemma_ in HEDGE_VERBS:
            return Status("speculated", source_token=_subject(token), cue=token.text)
        if token.lemma_ == "be" and any(c.lower_ in HEDGE_WORDS and c.dep_ == "acomp" for c in token.children):
            cue = next(c.text for c in token.children if c.lower_ in HEDGE_WORDS)
            return Status("speculated", cue=f"it is {cue}")
    return None


def _weighed_by_noun(trigger: Token) -> Status | None:
    """ "the possibility of clashes", "direct clashes are now a distinct possibility": weighed, not told."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in HEDGE_NOUNS:
        return Status("speculated", cue=head.head.text)
    if trigger.dep_ == "nsubj" and head.lemma_ == "be":
        attribute = next((c for c in head.children if c.dep_ == "attr"), None)
        if attribute is not None and attribute.lemma_.lower() in HEDGE_NOUNS:
            return Status("speculated", cue=attribute.text)
    return None


def _likely_to(event: Token) -> Status | None:
    """ "police are likely to take him into custody": the infinitive of a hedging adjective."""
    head = event.head
    if event.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in HEDGE_WORDS:
        return Status("speculated", cue=head.text)
    return None


def _would(trigger: Token) -> Status | None:
    """ "said he would seek a revival", "a deal that would allow them to leave": "would" puts the event at a later
    time of someone's account (planned, on their word) or under an unstated condition (hypothetical); "would have
    allowed" is counterfactual. But "they would raid homes every day" tells a habit that happened."""
    verbs = [_carriers(trigger)[-1], _governing_verb(trigger)]
    for verb in (v for v in verbs if v is not None):
        auxiliaries = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]
        would = next((a for a in auxiliaries if a.lower_ == "would"), None)
        if would is None or _habitual(verb):
            continue
        if any(a.lemma_ == "have" and a.i > would.i for a in auxiliaries):
            return Status("hypothetical", cue="would have")
        reported = _reported(trigger)
        if reported is not None:
            return Status("planned", source_token=reported.source_token, cue=would.text)
        return Status("hypothetical", cue=would.text)
    return None


def _habitual(verb: Token) -> bool:
    """ "would often raid", "would beat us every day": a frequency adverb marks a past habit."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in FREQUENCY_ADVERBS:
            return True
        if child.dep_ == "npadvmod" and any(d.lower_ in {"every", "each"} for d in child.children):
            return True
    return False


def _reported(trigger: Token) -> Status | None:
    for token in _clause_chain(trigger)[1:]:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            return Status("reported", source_token=_subject(token), cue=token.text)
    sentence = trigger.sent
    for token in once_per_doc(trigger.doc, _REPORT_ADVERBIALS, _report_adverbials):
        if not sentence.start <= token.i < sentence.end:
            continue
        if token.lower_ == "reportedly":
            return Status("reported", cue=token.text)
        if opens_according_to(token):
            return Status("reported", source_token=according_to_source(token), cue="according to")
    return None


def _report_adverbials(doc: Doc) -> list[Token]:
    """The words that can open a report inside a sentence ("reportedly", "according to"), found once per document."""
    return tokens_with_lower(doc, {"reportedly", "according"})


def opens_according_to(token: Token) -> bool:
    """``token`` is the "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"


def according_to_source(according: Token) -> Token | None:
    """X in "according to X": the object of "to" (``according`` must open the phrase)."""
    return next((c for c in according.nbor(1).children if c.dep_ == "pobj"), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
