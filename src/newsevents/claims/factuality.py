"""Factuality of any predicate on the [-3, +3] scale (+3 certainly happened, -3 certainly did not).

A linear model over cheap parse features: the epistemic status of ``claims.status`` (which works for any predicate
token, not only event triggers) with the word that set it ("could" doubts more than "may", "expects" more than
"says"), and the cues behind it (negation, modal verbs, embedding under reporting, hedging, wanting or conditional
clauses), the scope of negative quantifiers over the arguments ("no one was hurt"), implicative and intention verbs
above the predicate ("refused to sign", "managed to flee", "want to leave"), counterfactual prepositions ("without
adding"), presupposing ones ("due to the ban", "after the accident") and the predicate's own auxiliaries (tense,
perfect, passive); scope that reaches the predicate through a negated copula, a governing noun of failure, fear or
intention ("failure to act", "fears of a recession") or a head further up the clause chain ("refused requests to
go"), pooled into one negation feature so that rare cues share the weight of common ones, and a second pool for
events that a negative implicative or modifier blocks ("the launch was cancelled", "postponed the vote", "the
now-cancelled deal": a hyphenated modifier read by its last part); cues anywhere in the sentence (negation,
conditionals, modals, questions, "or"); beside those named cues, the words around the predicate by relation (its
auxiliaries and modifiers, its governor and the governor's cue words, the dependency path up the clause chain) and
pairs of cues. A verb's particle ("step [down]") is read as its verb. The weights are fitted on the UW and MEANTIME
factuality train splits by ``newsevents train factuality`` (ridge regression in numpy, features seen at least twice)
and written to ``claims/data/factuality.json``; no data ships. The two corpora annotate differently, so the model
reads a convention: UW's graded scale by default, MEANTIME's near-binary one through convention-specific copies and
without the words of the predicate's children. The linear score then passes through a monotone map fitted on held-out
scores: under UW's convention an isotonic one, which bends the straight line to the scale's crowded ends; under
MEANTIME's a stretch of each side, since its negation is a firm -3 and its events that happened a firm +3.
"""

from __future__ import annotations

import functools
import json
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsevents.annotate.nlp import once_per_doc, token_texts, tokens_with_lower
from newsevents.claims.cues import CONDITIONAL_MARKS, HEDGE_VERBS, MODALS, PLAN_VERBS, REPORTING_VERBS
from newsevents.claims.status import event_status

EMBEDDING_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp"}
# fmt: off
# Verbs whose complement did not happen ("refused to sign"), did happen ("managed to flee"), or is only
# wished for or attempted ("want to leave", "fighting to keep the boy", "struggled to contain"); the lexical
# classes of Karttunen's implicatives, effort verbs among the intentions (not "work": "it works well"). Verbs of
# cessation ("trading was suspended", "stopped selling") presuppose that the event was under way, so they
# are a class of their own and not a negation.
NEGATIVE_IMPLICATIVES = {
    "refuse", "fail", "decline", "avoid", "prevent", "delay", "cancel", "abort", "postpone", "reject", "deny",
    "block", "forget", "neglect", "scrap", "veto", "resist", "hesitate", "oppose", "ban", "rule", "bar",
    "reluctant", "unwilling", "unable", "afraid", "hesitant", "loath", "impossible",
}
PREVENTING_VERBS = {"prevent", "delay", "cancel", "abort", "postpone", "scrap", "veto", "avoid", "block"}
CESSATION_VERBS = {"stop", "cease", "halt", "suspend", "quit", "end", "discontinue", "abandon"}
POSITIVE_IMPLICATIVES = {
    "manage", "begin", "start", "continue", "resume", "remember", "dare", "help", "succeed", "finish", "keep",
    "complete", "cause", "force", "lead", "result",
}
INTENTIONS = {
    "want", "try", "seek", "need", "ask", "aim", "attempt", "plan", "hope", "wish", "intend", "expect", "urge",
    "call", "propose", "offer", "agree", "order", "demand", "push", "vote", "would", "like", "prepare", "decide",
    "threaten", "promise", "vow", "pledge", "require", "allow", "permit", "encourage", "consider", "able",
    "fight", "struggle", "strive", "scramble", "battle", "race", "rush", "endeavour", "endeavor", "arrange",
}
# Nouns whose complement did not happen ("failure to act") or is only hoped, feared or planned ("fears of a
# recession", "an effort to pump money", "plans for a merger").
NEGATIVE_NOUNS = {
    "failure", "refusal", "inability", "lack", "absence", "denial", "rejection", "cancellation", "ban",
    "prevention", "avoidance", "halt", "suspension", "delay", "postponement",
}
ATTITUDE_NOUNS = {
    "fear", "hope", "worry", "concern", "prospect", "expectation", "speculation", "rumor", "rumour", "risk",
    "chance", "possibility", "likelihood", "danger", "threat", "suspicion", "allegation", "prediction",
    "forecast", "doubt", "question", "talk", "warning", "estimate",
}
INTENTION_NOUNS = {
    "plan", "proposal", "bid", "attempt", "effort", "offer", "call", "demand", "promise", "goal", "aim",
    "intention", "order", "request", "campaign", "push", "drive", "pledge", "vow", "decision", "agreement",
    "deal", "contract", "right", "ability", "opportunity", "way", "need", "permission", "authority", "power",
    "time", "move", "strategy", "program", "programme", "scheme", "measure", "initiative",
}
# Modifiers that put the noun they modify out of the real ("a failed attempt", "the planned merger").
UNREALISED_MODIFIERS = {
    "failed", "aborted", "cancelled", "canceled", "foiled", "thwarted", "botched", "attempted", "alleged",
    "planned", "proposed", "possible", "potential", "would-be", "expected", "prospective", "suspected",
    "rumored", "rumoured", "future", "upcoming", "scheduled", "intended", "hypothetical", "likely",
}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}
NEGATIVE_QUANTIFIERS = {"no", "nobody", "nothing", "none", "neither", "nowhere", "never"}
DOWNWARD_QUANTIFIERS = {"few", "little", "hardly", "scarcely", "rarely", "seldom"}
NEAR_MISS = {"nearly", "almost", "barely"}
INVERTED_CONDITIONALS = {"had", "were", "should"}
# Prepositions that put an event out of the real ("without adding", "instead of paying", "before leaving").
COUNTERFACTUAL_PREPOSITIONS = {"without", "instead", "rather", "before", "until", "against", "despite", "for", "of"}
NEGATING_PREPOSITIONS = {"without", "instead", "rather"}
# Prepositions whose object is taken as given, a cause or an earlier event ("due to the [ban]", "because of the
# [crisis]", "after the [accident]"): outside the scope of a negation or modal on the clause they attach to.
PRESUPPOSING_PREPOSITIONS = {
    "after", "because", "due", "since", "following", "amid", "amidst", "given", "thanks", "despite",
}
SCOPE_DEPS = EMBEDDING_DEPS | {"dobj", "nsubj", "nsubjpass"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "dative"}
CUE_DEPS = {"neg", "aux", "auxpass", "advmod", "det", "amod", "mark", "prt", "npadvmod", "prep", "acomp", "nummod"}
GOVERNOR_CUE_DEPS = {"neg", "aux", "auxpass", "advmod", "mark", "det"}
CHAIN_DEPS = EMBEDDING_DEPS | {
    "dobj", "pobj", "prep", "acomp", "attr", "oprd", "nsubj", "nsubjpass", "compound", "amod",
}
# Cues that an event did not happen, pooled into one feature. A negative implicative or a noun of failure
# negates its complement ("refused to [sign]", "the [launch] was cancelled", "failure to [act]", "barred from
# [entering]"), not its subject or adverbial ("[critics] rejected"); of objects, only a verb of prevention's
# ("postponed the [vote]"), not a refusal's ("rejected the [proposal]": the proposal was made).
BLOCKING_CUES = (
    "head_class=negimpl&dep=xcomp", "head_class=negimpl&dep=nsubjpass", "noun_class=negative&dep=acl",
    "via_prep_class=negimpl&prep=from", "modifier_class=negimpl", "prevented_object",
)
NEGATION_CUES = (
    "negated", "chain_negations", "argument_negquant", "argument_few", "copula_negated", "conj_of_negated",
    "head_noun_negquant", "near_miss", "preposition=without", "chain_class=negimpl", "chain_class=negative",
    *BLOCKING_CUES,
)
SENTENCE_CUES = {
    **dict.fromkeys(("not", "n't", "no", "never", "nobody", "nothing", "none", "neither", "nor", "any"), "negation"),
    **dict.fromkeys(("if", "unless", "whether"), "conditional"),
    **dict.fromkeys(("would", "could", "might", "may", "should"), "modal"),
    "?": "question",
    "or": "disjunction",
}
#: Key of the document's tokens that are sentence cues, found once per document (``once_per_doc``).
SENTENCE_CUE_TOKENS = "newsevents.claims.sentence_cues"
#: Key of the positions of the document's quotation marks.
_QUOTE_MARK_POSITIONS = "newsevents.claims.quote_marks"
PARTICLES = {"up", "down", "out", "off", "back", "away", "over", "in", "on", "through", "forward", "along"}
QUOTE_MARKS = {'"', "``", "''", "“", "”"}
NEGATIVE_POLARITY = {"any", "anyone", "anything", "anybody", "ever", "yet", "either"}
CONJUNCTION_CUES = (
    "negated", "chain_negations", "modal=", "status=", "head_class=", "infinitive", "conditional", "head1=",
    "head1_", "argument_negquant", "npi", "own_class", "copula_negated", "noun_class=", "via_prep_class=",
    "unrealised_modifier", "modifier_class=", "negation_in_scope", "blocked", "presupposed",
)
CONJUNCTION_CONTEXTS = ("tag=", "dep=", "gov_tag=")
# fmt: on
# The annotation conventions the model reads: UW's graded crowd scale (the default, and the pipeline's) and
# MEANTIME's, where nearly every predicate is +3, reported events stay +3 and negation is a firm -3.
CONVENTIONS = ("uw", "meantime")
DEFAULT_CONVENTION = "uw"
CONVENTION_COPY_SCALE = 0.5
# Features a convention does not read. MEANTIME leaves out the lemmas of the predicate's own function-word and
# modifier children ("child_det=the", "child_amod=new", "child_aux=will"): UW's crowd grades what such words add
# finely, and carried over to MEANTIME's near-binary scale their weights only scatter the scores of events that
# happened (cross-validation on train: MEANTIME up on every seed, UW level; the numbers are in eval.factuality).
UNREAD_FEATURES = {"meantime": ("child_",)}


def features(token: Token, convention: str = DEFAULT_CONVENTION) -> dict[str, float]:
    """The named features of one predicate token (absent features are 0), read under ``convention``."""
    found = parse_features(_phrasal_verb(token))
    found.update(_conjunctions(found))
    return _with_convention(found, convention)


def _phrasal_verb(token: Token) -> Token:
    """The verb whose particle ``token`` is ("step [down]", "rolled [out]"): the particle belongs to the verb's
    event, and so has its factuality."""
    if token.dep_ == "prt" or (
        token.dep_ == "advmod" and token.lower_ in PARTICLES and token.head.pos_ == "VERB" and token.head.i < token.i
    ):
        return token.head
    return token


def parse_features(token: Token) -> dict[str, float]:
    """The cues that the parse around the predicate gives, one name per cue."""
    found: dict[str, float] = {"bias": 1.0}
    found.update(_own_cues(token))
    found.update(_embedding_cues(token))
    found.update(_scope_cues(token))
    found.update(_aspect_cues(token))
    found.update(_lexical_cues(token))
    status = event_status(token)
    found[f"status={status.status}"] = 1.0
    found[f"status={status.status}&pos={token.pos_}"] = 1.0
    if status.cue:
        found[f"status_cue={status.status}:{status.cue.lower()}"] = 1.0
    found[f"pos={token.pos_}"] = 1.0
    found[f"tag={token.tag_ if token.tag_.isalpha() else 'PUNCT'}"] = 1.0
    found[
        f"dep={token.dep_ if token.dep_ in EMBEDDING_DEPS | {'ROOT', 'pobj', 'dobj', 'nsubj', 'amod'} else 'other'}"
    ] = 1.0
    found[f"lemma={token.lemma_.lower()}"] = 1.0
    if token.head != token:
        found[f"head_lemma={token.head.lemma_.lower()}"] = 1.0
    found.update(_sentence_cues(token))
    found.update(_pooled_negation(found))
    marks = once_per_doc(token.doc, _QUOTE_MARK_POSITIONS, _quote_mark_positions)
    if (bisect_left(marks, token.i) - bisect_left(marks, token.sent.start)) % 2:  # inside a quotation
        found["quoted"] = 1.0
    return found


def _quote_mark_positions(doc: Doc) -> list[int]:
    """Where the document's quotation marks stand, in order."""
    return [i for i, text in enumerate(token_texts(doc)) if text in QUOTE_MARKS]


def _pooled_negation(found: dict[str, float]) -> dict[str, float]:
    """One shared feature for every kind of negation in scope, so that rare cues ("failure to", "barred from")
    borrow the weight the common ones learn; two cues together often cancel ("not fail to")."""
    count = sum(1 for name in found if name.startswith(NEGATION_CUES))
    pooled = {"negation_in_scope": 1.0} if count else {}
    if count >= 2:
        pooled["negation_in_scope=2+"] = 1.0
    if any(name.startswith(BLOCKING_CUES) for name in found):
        pooled["blocked"] = 1.0
    return pooled


def _sentence_cues(token: Token) -> dict[str, float]:
    """Cues anywhere in the sentence, in scope or not: readers doubt more in a sentence that negates, asks,
    supposes or weighs alternatives, and a possessed noun ("his arrest") is presupposed."""
    cues: dict[str, float] = {}
    sentence = token.sent
    found = once_per_doc(token.doc, SENTENCE_CUE_TOKENS, lambda doc: tokens_with_lower(doc, SENTENCE_CUES))
    start, end = (bisect_left(found, i, key=lambda t: t.i) for i in (sentence.start, sentence.end))
    for other in found[start:end]:
        if other != token:
            cues[f"sentence_{SENTENCE_CUES[other.lower_]}"] = 1.0
    if _disjunct(token):
        cues["disjunction"] = 1.0
    if any(c.dep_ == "poss" for c in token.children):
        cues["possessed"] = 1.0
    return cues


def _disjunct(token: Token) -> bool:
    """ "to stay or [leave]": the predicate is one of alternatives joined by "or"."""
    first = token.head if token.dep_ == "conj" else token
    return any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children) and (
        first != token or any(c.dep_ == "conj" for c in token.children)
    )


def _conjunctions(found: dict[str, float]) -> dict[str, float]:
    """Pairs of epistemic cues, and each cue with the predicate's tag and relation: a linear model's way to
    let a negation weigh differently on a noun than on a finite verb, or under a modal than alone."""
    cues = sorted(name for name in found if name.startswith(CONJUNCTION_CUES) and "&" not in name)
    contexts = [name for name in found if name.startswith(CONJUNCTION_CONTEXTS)]
    pairs = {f"{cue}&{context}": 1.0 for cue in cues for context in contexts}
    pairs.update({f"{first}&{second}": 1.0 for i, first in enumerate(cues) for second in cues[i + 1 :]})
    return pairs


def _with_convention(found: dict[str, float], convention: str) -> dict[str, float]:
    """Mark the annotation convention, leaving out the features it does not read (``UNREAD_FEATURES``); a
    convention other than the default also gets a scaled copy of every feature, so that it learns its own departures
    from the shared weights (feature augmentation)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown factuality convention {convention!r}; known: {', '.join(CONVENTIONS)}")
    unread = UNREAD_FEATURES.get(convention, ())
    if unread:
        found = {name: value for name, value in found.items() if not name.startswith(unread)}
    found[f"corpus={convention}"] = 1.0
    if convention != DEFAULT_CONVENTION:
        found.update({f"{convention}:{name}": value * CONVENTION_COPY_SCALE for name, value in list(found.items())})
    return found


def _lexical_cues(token: Token) -> dict[str, float]:
    """The words around the predicate, named by their relation: its function-word and modifier children, its
    governor (with the governor's own cue words) and the dependency path up the clause chain."""
    cues: dict[str, float] = {}
    for child in token.children:
        if child.dep_ in CUE_DEPS:
            cues[f"child_{child.dep_}={child.lemma_.lower()}"] = 1.0
        if child.lower_ in NEGATIVE_POLARITY or any(g.lower_ in NEGATIVE_POLARITY for g in child.children):
            cues["npi"] = 1.0
    head = token.head
    if head == token:
        return cues
    cues[f"gov={head.lemma_.lower()}&{token.dep_}"] = 1.0
    cues[f"gov_tag={head.tag_ if head.tag_.isalpha() else 'PUNCT'}"] = 1.0
    for child in head.children:
        if child.dep_ in GOVERNOR_CUE_DEPS and child != token:
            cues[f"gov_child_{child.dep_}={child.lemma_.lower()}"] = 1.0
    path, negations = _chain_path(token)
    cues[f"path={'>'.join(path)}"] = 1.0
    if negations:
        cues[f"chain_negations={min(negations, 2)}"] = 1.0
    if head.head != head:
        cues[f"gov2={head.head.lemma_.lower()}"] = 1.0
    cues.update({f"chain_class={name}": 1.0 for name in _chain_classes(token)})
    return cues


def _chain_classes(token: Token) -> set[str]:
    """The lexical classes of the heads two to four steps up the clause chain ("refused requests to [go]",
    "efforts to keep the boy would [fail]"): scope that the nearest governor alone does not show."""
    classes: set[str] = set()
    node, depth = token, 0
    while node.head != node and node.dep_ in CHAIN_DEPS and depth < 4:
        node, depth = node.head, depth + 1
        if depth >= 2:
            lemma = node.lemma_.lower()
            found = _lexical_class(lemma) if node.pos_ in {"VERB", "ADJ"} else _noun_class(lemma)
            if found:
                classes.add(found)
    return classes


def _chain_path(token: Token) -> tuple[list[str], int]:
    """The relations from the predicate up to three heads, and how many of those heads are negated."""
    path, negations, node = [], 0, token
    while node.head != node and node.dep_ in CHAIN_DEPS and len(path) < 3:
        path.append(node.dep_)
        node = node.head
        negations += (
            _negated_verb(node)
            or node.lower_ in NEGATING_PREPOSITIONS
            or any(c.lower_ in NEGATIVE_QUANTIFIERS for c in node.children)
        )
    return path, negations


def _own_cues(token: Token) -> dict[str, float]:
    cues: dict[str, float] = {}
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in {"det", "advmod", "preconj"}):
            cues["negated"] = 1.0
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            cues["negated"] = 1.0
        if child.dep_ == "aux" and child.lower_ in MODALS:
            cues[f"modal={MODALS[child.lower_]}"] = 1.0
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            cues["conditional"] = 1.0
        if child.dep_ == "aux" and child.lower_ == "to":
            cues["infinitive"] = 1.0
    if _counterfactual_perfect(token):
        cues["counterfactual_perfect"] = 1.0
    if _inverted_conditional(token):
        cues["conditional"] = 1.0
    return cues


def _counterfactual_perfect(token: Token) -> bool:
    """ "would have [caused]", "could have [won]": a past that did not come about (not the future perfect)."""
    auxiliaries = [c for c in token.children if c.dep_ == "aux"]
    return any(MODALS.get(c.lower_, "future") != "future" for c in auxiliaries) and any(
        c.lower_ == "have" for c in auxiliaries
    )


def _inverted_conditional(token: Token) -> bool:
    """ "Had the relatives [allowed] it", "should they [lose]": a condition put by inversion, without "if"."""
    subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
    if token.dep_ != "advcl" or subject is None or any(c.dep_ == "mark" for c in token.children):
        return False
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in INVERTED_CONDITIONALS and c.i < subject.i for c in token.children
    )


def _embedding_cues(token: Token) -> dict[str, float]:
    """What the clause heads above the predicate say about it: reported, hedged, wanted, negated."""
    cues: dict[str, float] = {}
    head, child = token.head, token
    for depth in range(1, 5):
        if head == child or child.dep_ not in EMBEDDING_DEPS | {"dobj", "pobj", "prep"}:
            break
        level = str(depth) if depth < 3 else "3+"
        lemma = head.lemma_.lower()
        for lexicon, name in ((REPORTING_VERBS, "report"), (HEDGE_VERBS, "hedge"), (PLAN_VERBS, "plan")):
            if lemma in lexicon:
                cues[f"head{level}={name}"] = 1.0
        for cue, value in _own_cues(head).items():
            if cue != "infinitive":
                cues[f"head{level}_{cue}"] = value
        cues[f"head{level}_dep={child.dep_}"] = 1.0
        head, child = head.head, head
    return cues


def _lexical_class(lemma: str) -> str | None:
    for lexicon, name in (
        (NEGATIVE_IMPLICATIVES, "negimpl"),
        (POSITIVE_IMPLICATIVES, "posimpl"),
        (INTENTIONS, "intent"),
        (CESSATION_VERBS, "cessation"),
    ):
        if lemma in lexicon:
            return name
    return None


def _has_negative_quantifier(token: Token) -> bool:
    """ "No one was hurt", "reached no agreement": an argument is, or is determined by, a negative quantifier."""
    if token.lower_ in NEGATIVE_QUANTIFIERS:
        return True
    return any(c.dep_ in {"det", "neg", "preconj"} and c.lower_ in NEGATIVE_QUANTIFIERS for c in token.children) or (
        token.lower_ == "one" and any(c.lower_ == "no" for c in token.children)
    )


def _scope_cues(token: Token) -> dict[str, float]:
    """Negation and (non-)implicative verbs whose scope reaches the predicate from around it."""
    cues = _argument_cues(token)
    if token.head != token:
        cues.update(_head_cues(token))
    own_class = _lexical_class(token.lemma_.lower())
    if own_class and token.pos_ == "VERB":
        cues[f"own_class={own_class}"] = 1.0
    cues.update(_nominal_scope_cues(token))
    return cues


def _argument_cues(token: Token) -> dict[str, float]:
    """Negative or downward quantifiers over the predicate's arguments or its governing noun, and near misses."""
    cues: dict[str, float] = {}
    arguments = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
    arguments += [g for c in token.children if c.dep_ in {"prep", "agent"} for g in c.children if g.dep_ == "pobj"]
    if any(_has_negative_quantifier(a) for a in arguments):
        cues["argument_negquant"] = 1.0
    if any(
        a.lower_ in DOWNWARD_QUANTIFIERS or any(c.lower_ in DOWNWARD_QUANTIFIERS for c in a.children) for a in arguments
    ):
        cues["argument_few"] = 1.0
    noun = _governing_noun(token)
    if noun != token and _has_negative_quantifier(noun):
        cues["head_noun_negquant"] = 1.0
    if any(c.lower_ in NEAR_MISS for c in token.children):
        cues["near_miss"] = 1.0
    return cues


def _head_cues(token: Token) -> dict[str, float]:
    """What the predicate's head says of it: an implicative class, a negated verb it is conjoined to, a degree
    ("too tired to"), a counterfactual preposition ("without adding")."""
    cues: dict[str, float] = {}
    head = token.head
    lexical = _lexical_class(head.lemma_.lower())
    if lexical:
        cues[f"head_class={lexical}&dep={token.dep_ if token.dep_ in SCOPE_DEPS else 'other'}"] = 1.0
        cues[f"head_class={lexical}"] = 1.0
    if token.dep_ == "conj" and _negated_verb(head) and not any(c.dep_.startswith("nsubj") for c in token.children):
        cues["conj_of_negated"] = 1.0
    if token.dep_ == "dobj" and head.lemma_.lower() in PREVENTING_VERBS:
        cues["prevented_object"] = 1.0
    if token.dep_ in {"xcomp", "advcl"} and any(c.lower_ in {"too", "enough"} for c in head.children):
        cues["degree_complement"] = 1.0
    if token.dep_ in {"pcomp", "pobj"} and head.lower_ in COUNTERFACTUAL_PREPOSITIONS:
        cues[f"preposition={head.lower_}"] = 1.0
    if token.dep_ in {"pcomp", "pobj"} and _preposition_words(head) & PRESUPPOSING_PREPOSITIONS:
        cues["presupposed"] = 1.0
    return cues


def _preposition_words(preposition: Token) -> set[str]:
    """The preposition, with the word that heads a two-word one ("due [to]", "because [of]", "thanks [to]")."""
    words = {preposition.lower_}
    if preposition.lower_ in {"to", "of"} and preposition.head != preposition:
        words.add(preposition.head.lower_)
    return words


def _nominal_scope_cues(token: Token) -> dict[str, float]:
    """Scope that reaches the predicate through a noun or a preposition: a negated copula ("is not
    efficient"), a governing noun of failure, fear or intention ("failure to act", "fears of a recession"), a
    verb above a preposition ("barred the crowd from reaching"), or an unrealising modifier ("failed attempt")."""
    cues: dict[str, float] = {}
    head = token.head
    if token.dep_ in {"acomp", "attr", "oprd"} and _negated_verb(head):
        cues["copula_negated"] = 1.0
    noun = _governing_noun(token)
    if noun != token:
        noun_class = _noun_class(noun.lemma_.lower())
        if noun_class:
            cues[f"noun_class={noun_class}"] = 1.0
            cues[f"noun_class={noun_class}&dep={token.dep_}"] = 1.0
    if token.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head != head:
        via_class = _lexical_class(head.head.lemma_.lower())
        if via_class and head.head.pos_ == "VERB":
            cues[f"via_prep_class={via_class}&prep={head.lower_}"] = 1.0
    cues.update(_modifier_cues(token))
    return cues


def _modifier_cues(noun: Token) -> dict[str, float]:
    """Modifiers that put ``noun`` out of the real: a negative implicative ("the cancelled deal", "a
    long-delayed launch", "the flight [delayed] by fog") or a word of plan or doubt ("the planned merger"). A
    clause on the noun modifies it only as a participle: "the decision to ban" or "a law banning" tell what the
    noun is about, not that it failed."""
    cues: dict[str, float] = {}
    for child in noun.children:
        if child.dep_ not in {"amod", "compound", "acl"} or (child.dep_ == "acl" and child.tag_ != "VBN"):
            continue
        word = child.lower_.rsplit("-", 1)[-1]
        if child.dep_ != "acl" and {child.lower_, word} & UNREALISED_MODIFIERS:
            cues["unrealised_modifier"] = 1.0
        if child.dep_ != "compound" and _modifier_lemma(child, word) in NEGATIVE_IMPLICATIVES:
            cues["modifier_class=negimpl"] = 1.0
    return cues


def _modifier_lemma(modifier: Token, last_part: str) -> str:
    """The lemma of a modifier, or of the participle that ends a hyphenated one ("now-[cancelled]",
    "much-[postponed]"), whose whole text the lemmatiser leaves as it is."""
    if last_part == modifier.lower_ or not last_part.endswith("ed"):
        return modifier.lemma_.lower()
    stems = (last_part[:-1], last_part[:-2], last_part[:-3])
    return next((stem for stem in stems if stem in NEGATIVE_IMPLICATIVES), last_part)


def _governing_noun(token: Token) -> Token:
    """The word whose complement or modifier the predicate is ("no [[trip]] planned" for "planned", "fears of"
    for "recession"); the predicate itself when it has none."""
    head = token.head
    if token.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.head != head:
        return head.head
    if token.dep_ in {"acl", "amod", "relcl", "compound", "poss"}:
        return head
    return token


def _noun_class(lemma: str) -> str | None:
    for lexicon, name in ((NEGATIVE_NOUNS, "negative"), (ATTITUDE_NOUNS, "attitude"), (INTENTION_NOUNS, "intent")):
        if lemma in lexicon:
            return name
    return None


def _negated_verb(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _aspect_cues(token: Token) -> dict[str, float]:
    """The predicate's own tense and aspect: perfect, progressive, passive, and the auxiliaries' tense."""
    cues: dict[str, float] = {}
    for child in token.children:
        if child.dep_ in {"aux", "auxpass"} and child.lemma_.lower() in {"have", "be", "do", "get"}:
            cues[f"aux={child.lemma_.lower()}:{child.tag_}"] = 1.0
    if token.pos_ in {"NOUN", "PROPN"}:
        determiner = next((c.lower_ for c in token.children if c.dep_ in {"det", "poss"}), None)
        cues[f"noun_det={determiner if determiner in {'a', 'an', 'the', 'this', 'that'} else 'other'}"] = 1.0
    return cues


def fit(
    rows: Sequence[dict[str, float]], targets: Sequence[float], penalty: float = 1.0, min_count: int = 1
) -> dict[str, float]:
    """Ridge regression of ``targets`` on feature dicts (the bias unpenalised): the weight of every feature seen
    in at least ``min_count`` rows. Solved by conjugate gradients over the sparse rows, in numpy alone."""
    counts = Counter(name for row in rows for name in row)
    names = sorted(name for name, count in counts.items() if count >= min_count or name == "bias")
    index = {name: i for i, name in enumerate(names)}
    entries = [(r, index[name], value) for r, row in enumerate(rows) for name, value in row.items() if name in index]
    row_ids, column_ids, values = (np.asarray(column) for column in zip(*entries, strict=True))
    regulariser = np.full(len(names), float(penalty))
    regulariser[index["bias"]] = 0.0

    def normal_product(weights: np.ndarray) -> np.ndarray:
        predicted = np.bincount(row_ids, values * weights[column_ids], minlength=len(rows))
        return np.bincount(column_ids, values * predicted[row_ids], minlength=len(names)) + regulariser * weights

    target = np.bincount(column_ids, values * np.asarray(targets, dtype=float)[row_ids], minlength=len(names))
    weights = _conjugate_gradient(normal_product, target)
    return {name: round(float(w), 4) for name, w in zip(names, weights, strict=True)}


def _conjugate_gradient(product: Callable[[np.ndarray], np.ndarray], target: np.ndarray) -> np.ndarray:
    """Solve ``product(x) = target`` for a symmetric positive definite linear ``product``."""
    solution = np.zeros_like(target)
    residual = target.copy()
    direction = residual.copy()
    squared = residual @ residual
    for _ in range(10 * len(target)):
        if squared <= 1e-20 * (target @ target):
            break
        step_product = product(direction)
        step = squared / (direction @ step_product)
        solution += step * direction
        residual -= step * step_product
        squared, previous = residual @ residual, squared
        direction = residual + (squared / previous) * direction
    return solution


def isotonic(scores: Sequence[float], targets: Sequence[float]) -> list[list[float]]:
    """The non-decreasing step map from ``scores`` to ``targets`` that fits them best in squared error (pool
    adjacent violators), as knots ``[scores, values]`` for linear interpolation between the steps' centres."""
    order = np.argsort(np.asarray(scores, dtype=float), kind="stable")
    blocks: list[list[float]] = []  # per step: sum of targets, count, lowest score, highest score
    for i in order:
        blocks.append([float(targets[i]), 1.0, float(scores[i]), float(scores[i])])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            total, count, _, highest = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
            blocks[-1][3] = highest
    centres = [round((low + high) / 2, 4) for _, _, low, high in blocks]
    values = [round(total / count, 4) for total, count, _, _ in blocks]
    return [centres, values]


def firm_ends_stretch(scores: np.ndarray, targets: np.ndarray) -> list[list[float]]:
    """A scale whose ends are firm (MEANTIME's -3 and +3, where few predicates fall between): negative scores are
    multiplied by the slope (at least 1) that best maps them to their targets, and positive scores stretched so that
    the mean score of the predicates at the top of the scale reads as the top, those above it clipped there (the
    linear model shrinks the surest events short of +3 and spreads them by noise); as knots of the same form as
    ``isotonic``'s."""
    negative = scores < 0
    spread = float(scores[negative] @ scores[negative])
    slope = max(1.0, float(scores[negative] @ targets[negative]) / spread) if spread else 1.0
    return [[round(-3.0 / slope, 4), 0.0, _firm_top(scores, targets)], [-3.0, 0.0, 3.0]]


def _firm_top(scores: np.ndarray, targets: np.ndarray) -> float:
    """The score that reads as +3: the mean score of the predicates annotated +3, where it falls short of +3 (a
    stretch, never a squeeze)."""
    at_top = targets >= 3.0
    top = float(np.mean(scores[at_top])) if at_top.any() else 3.0
    return round(top, 4) if 0.0 < top < 3.0 else 3.0


WEIGHTS_RESOURCE = "data/factuality.json"


@functools.cache
def fitted_model() -> dict[str, Any]:
    """The fitted weights and status values shipped with the package (loaded once per process)."""
    return json.loads(resources.files(__package__).joinpath(WEIGHTS_RESOURCE).read_text(encoding="utf-8"))


@functools.cache
def _calibration(convention: str) -> tuple[np.ndarray, np.ndarray] | None:
    knots = fitted_model().get("calibration", {}).get(convention)
    return (np.asarray(knots[0]), np.asarray(knots[1])) if knots else None


def score(weights: dict[str, float], row: dict[str, float]) -> float:
    """The linear score of a feature row under ``weights`` (features without a weight count nothing)."""
    return sum(weights.get(name, 0.0) * x for name, x in row.items())


def linear_score(token: Token, convention: str = DEFAULT_CONVENTION) -> float:
    """The linear model's score of the predicate ``token`` under ``convention``, before calibration."""
    return score(fitted_model()["weights"], features(token, convention))


def factuality(token: Token, convention: str = DEFAULT_CONVENTION) -> float:
    """Predicted factuality of the predicate ``token`` in [-3, +3], on the scale of ``convention``: the linear
    score, read through the convention's monotone calibration where training fitted one."""
    value = linear_score(token, convention)
    calibration = _calibration(convention)
    if calibration is not None:
        value = float(np.interp(value, *calibration))
    return max(-3.0, min(3.0, value))
