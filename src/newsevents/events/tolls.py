"""Casualty reports: a verb of death or wound told with no one doing it ("One police officer was killed.", "the
victim died") is the toll of the attack told before, not an event of its own, unless the toll is summed over a war or
a span of time ("more than 330,000 people have been killed since the war began").

The coder reads these as it walks the sentences (``coder.code_events``); ``build.add_casualty_report`` adds the toll
to the earlier attack.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.annotate.mentions import Mentions
from newsevents.events.attacks import attacks_named
from newsevents.events.casualties import DIE_LEMMAS, INJURE_LEMMAS, KILL_LEMMAS
from newsevents.events.participants import participants

#: Verbs that tell a death or wound: with no one doing it, the toll of an attack told before.
TOLL_LEMMAS = KILL_LEMMAS | INJURE_LEMMAS | DIE_LEMMAS
#: Where such a verb may stand: the sentence's own verb, one joined to it, or what someone reports ("the army said
#: two militants were killed", "BLF claimed one soldier was killed").
TOLL_CLAUSES = {"ROOT", "conj", "ccomp"}
#: Words that point an attack noun back to the one told before: "in the encounter", "in that attack", "in the
#: ensuing gunfight".
BACK_POINTERS = {"the", "this", "that", "ensuing", "subsequent", "resulting"}
#: How an attack noun names its own author, side or date, which makes it an attack of its own: "in police firing",
#: "the army's raid", "the clash with police", "the attack by gunmen", "the 2008 attacks".
OWN_ATTACK_MARKS = {"compound", "poss", "nmod", "nummod"}
OWN_ATTACK_PREPOSITIONS = {"by", "with", "between", "from"}
#: Words that tell a toll summed over many acts ("overall 182,000 died", "altogether"), not one attack's.
CUMULATIVE_ADVERBS = {"overall", "altogether"}
#: Phrases of the same sense: "in total", "in all", "to date".
CUMULATIVE_PHRASES = {("in", "total"), ("in", "all"), ("to", "date")}
#: A war or conflict a toll is told over ("killed in Syria's war", "the death toll of the conflict").
WAR_NOUNS = {"war", "conflict", "insurgency", "uprising", "revolution", "occupation"}
#: Prepositions of a stretch of time or of a war: "during the war", "over the past three years".
SPAN_PREPOSITIONS = {"in", "during", "over", "throughout", "for", "within"}
#: Units of a span too long for one attack: "in two months of fighting", "in recent years" (days are left out:
#: "two days of clashes" may be one event).
SPAN_UNITS = {"week", "month", "year", "decade"}
TOLL_NOUNS = {"toll", "tally", "count"}


def reports_a_toll(token: Token) -> bool:
    """ "Two militia members were killed", "the victim died", "succumbed": deaths or wounds told with no one doing
    them."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in TOLL_LEMMAS:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    agent = any(c.dep_ == "agent" for c in token.children)
    if not (passive or lemma in DIE_LEMMAS) or agent or token.dep_ not in TOLL_CLAUSES:
        return False
    # "killed in police firing" tells whose attack it was; "killed in the encounter" points back to the one told
    return all(_points_back(attack) for attack in attacks_named(token))


def _points_back(attack: Token) -> bool:
    """An attack noun that refers to the attack already told rather than telling one: "the encounter", "the ensuing
    gunfight", "the exchange of fire"; not "police firing", "the army's raid", "the clash with the police"."""
    measure = attack.head if attack.dep_ == "pobj" and attack.head.lower_ == "of" else None
    noun = measure.head if measure is not None and measure.head.pos_ == "NOUN" else attack  # "the exchange of fire"
    marks = [c for c in noun.children if c.dep_ in {"det", "amod"} and c.lower_ in BACK_POINTERS]
    own = [c for c in noun.children if c.dep_ in OWN_ATTACK_MARKS or _names_a_side(c)]
    return bool(marks) and not own and not any(c.ent_type_ == "NORP" for c in noun.children)


def _names_a_side(child: Token) -> bool:
    return child.dep_ in {"prep", "agent"} and child.lower_ in OWN_ATTACK_PREPOSITIONS


def victim_of_toll(tolls: list[Token], mentions: Mentions) -> str | None:
    """Who the first toll verb of a sentence says was harmed: "Three soldiers were killed in the attack"."""
    return next((target for t in tolls if (target := participants(t, mentions, "ASSAULT")[1])), None)


def cumulative_toll(sentence: Span) -> bool:
    """A toll told as summed over a war or a span of time ("More than 330,000 people have been killed since the war
    began", "overall an estimated 182,000 Kurds died", "523 civilians have died in two months of fighting") is the
    toll of the conflict, not of the one attack told before it."""
    for token in sentence:
        lower = token.lower_
        if lower == "since" and token.dep_ in {"prep", "mark"}:
            return True
        if (lower in CUMULATIVE_ADVERBS and token.dep_ == "advmod") or (token.head.lower_, lower) in CUMULATIVE_PHRASES:
            return True
        if token.lemma_.lower() in WAR_NOUNS and _war_told_over(token):
            return True
        if token.lemma_.lower() in SPAN_UNITS and _long_span(token):
            return True
    return False


def _war_told_over(war: Token) -> bool:
    """ "killed during the war", "died in the conflict", "the death toll of the war", "the war's toll"."""
    head = war.head
    if war.dep_ == "poss":
        return head.lemma_.lower() in TOLL_NOUNS
    if war.dep_ != "pobj":
        return False
    return head.lower_ in SPAN_PREPOSITIONS or (head.lower_ == "of" and head.head.lemma_.lower() in TOLL_NOUNS)


def _long_span(unit: Token) -> bool:
    """ "over the past three years", "in two months of fighting", "over the past year" (not "last year": a date)."""
    if unit.dep_ != "pobj" or unit.head.lower_ not in SPAN_PREPOSITIONS:
        return False
    return unit.tag_ == "NNS" or any(child.lower_ == "past" for child in unit.children)
