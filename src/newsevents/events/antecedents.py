"""Pronouns read back to the actor they stand for: a subject or object pronoun to the likeliest antecedent before it,
"its own country" to the country of whoever owns it, and "he said" to the reporter a sentence quotes.

Apart from ``participants``, which reads the actor and target of a trigger, because these readers answer one question,
whom a pronoun stands for, which the parser leaves open.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.annotate.actors import actor_for_token
from newsevents.annotate.mentions import Mentions, named_country
from newsevents.record import Actor

SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we"}
#: Subject pronouns read back to an actor named before, by the kinds of actor each may stand for.
PERSON_PRONOUNS = {"he", "she"}
BODY_PRONOUNS = {"it", "they"}
#: Object pronouns read back to a person named before: "urged him to", "accusing her of".
OBJECT_PERSON_PRONOUNS = {"him", "her"}
#: Possessive pronouns, by the subject pronoun of the same one: "his country" is the country of whom "he" stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: Nouns for the country of whom a possessive pronoun stands for: "the president said his country will not ...".
OWN_COUNTRY_NOUNS = {"country", "nation"}


def reporter_of(pronoun: Token, mentions: Mentions) -> str | None:
    """ "The rebels said they will release ...": a pronoun subject of a reported clause is its reporter."""
    return _reporter(pronoun, mentions) if pronoun.lower_ in SUBJECT_PRONOUNS else None


def _reporter(subject: Token, mentions: Mentions) -> str | None:
    """Who reports the clause a subject is in: the subject of the verb of saying it hangs on."""
    reporter = reporting_subject(subject)
    return actor_for_token(mentions, reporter) if reporter is not None else None


def reporting_subject(subject: Token) -> Token | None:
    """The subject of the verb of saying the clause of ``subject`` hangs on, if it is no pronoun itself."""
    clause = subject.head
    while clause.dep_ in {"ccomp", "xcomp", "conj"} and clause.head != clause:
        clause = clause.head
        reporter = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if reporter is not None and reporter.lower_ not in SUBJECT_PRONOUNS:
            return reporter
    return None


def own_country(noun: Token, mentions: Mentions) -> str | None:
    """ "The president said his country will not lift the ban": the country of whom the pronoun stands for (the
    reporter of the clause, else the subject named before), as the actor when the text names it, else whom it stands
    for, who acts for it."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if noun.lemma_.lower() not in OWN_COUNTRY_NOUNS or owner is None:
        return None
    pronoun = POSSESSIVE_PRONOUNS[owner.lower_]
    who = mentions.actor(_reporter(noun, mentions) or antecedent(owner, mentions, pronoun))
    if who is None:
        return None
    return named_country(mentions, who.country) or who.id


def antecedent(pronoun: Token, mentions: Mentions, word: str | None = None) -> str | None:
    """The actor a subject pronoun stands for: the nearest subject before it, in its sentence or the one before, that
    names an actor it can stand for ("the movement spurned the offer, insisting that it will only talk to ...", "Anna
    Berg arrived on Monday. She met ..."). The parser resolves no pronoun, and a subject is the likeliest antecedent;
    going back no further than a sentence keeps the guess safe. ``word``: the subject pronoun a possessive one is
    read as ("he" for "his")."""
    word = word or pronoun.lower_
    if word not in PERSON_PRONOUNS | BODY_PRONOUNS:
        return None
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ == "PRON":
            continue
        actor = mentions.actor(actor_for_token(mentions, token))
        if actor is not None and _stands_for(word, token, actor):
            return actor.id
    return None


def object_antecedent(pronoun: Token, subject: Token | None, mentions: Mentions) -> str | None:
    """The person "him" or "her" stands for: the nearest person named before it, in its sentence or the one before,
    who is not its verb's subject, whom an object pronoun never stands for ("Trump called Erdogan and urged him to",
    "filed a lawsuit against the prince, accusing him of")."""
    if pronoun.lower_ not in OBJECT_PERSON_PRONOUNS:
        return None
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    doer = actor_for_token(mentions, subject) if subject is not None else None
    named = (mentions.actor_by_token.get(t.i) for t in reversed(doc[start : pronoun.i]))
    people = (a for a in named if a is not None and a != doer and getattr(mentions.actor(a), "kind", "") == "person")
    return next(people, None)


def _stands_for(pronoun: str, noun: Token, actor: Actor) -> bool:
    """ "he" and "she" stand for a person; "it" for a body or state named in the singular; "they" for any but a
    person (news writes "the government ... they")."""
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == "person"
    if actor.kind == "person":
        return False
    return pronoun == "they" or noun.tag_ not in {"NNS", "NNPS"}
