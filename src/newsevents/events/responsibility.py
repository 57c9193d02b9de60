"""Who is responsible for an attack, as the text puts it: claimed, unclaimed, suspected, or unknown.

"X claimed responsibility" -> claimed by X; "no one has claimed/assumed responsibility" -> unclaimed;
"officials blamed X" / "it is obvious that X was behind it" -> suspected by X, according to the speaker.
The statement is applied to the attack events of the article (ASSAULT), the subject of such statements; a group
that claims an attack is taken for its doer where the text names no other.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.annotate.actors import actor_for_token
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import names_no_one, tokens_with_lemma, tokens_with_lower
from newsevents.record import Event, Responsibility

CLAIM_VERBS = {"claim", "assume", "take", "accept"}
BLAME_VERBS = {"blame", "accuse", "suspect", "attribute"}
PRIORITY = {"claimed": 0, "suspected": 1, "unclaimed": 2}
#: Nouns of those who speak for a body: what they claim, the body claims.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def find_responsibility(doc: Doc, mentions: Mentions, events: list[Event]) -> None:
    """Set ``responsibility`` on the article's attack events from what the text says about it."""
    attacks = [e for e in events if e.type == "ASSAULT"]
    if not attacks:
        return
    found = _statement(doc, mentions)
    if found is None:
        return
    for event in attacks:
        event.responsibility = found
        if _claimant_is_the_doer(found, event):
            event.actor = found.by


def _claimant_is_the_doer(found: Responsibility, event: Event) -> bool:
    """Whether a claim names the attack's doer: "A bomb exploded at a market. The Taliban claimed responsibility."
    PLOVER and ACLED code the claimant as the attacker; a suspicion is only an accusation, and an attack whose doer
    the text names, or whose target the claimant is, keeps its reading."""
    return found.status == "claimed" and found.by is not None and event.actor is None and event.target != found.by


def _statement(doc: Doc, mentions: Mentions) -> Responsibility | None:
    """The most telling statement of the article: a claim beats a suspicion, which beats "unclaimed"
    ("No one has claimed it. It is obvious that Ukraine was behind it." -> suspected by Ukraine)."""
    cues = tokens_with_lemma(doc, {"responsibility", *BLAME_VERBS}) + tokens_with_lower(doc, {"behind"})
    in_order = sorted({token.i: token for token in cues}.values(), key=lambda token: token.i)
    statements = [found for token in in_order if (found := _statement_at(token, mentions)) is not None]
    return min(statements, key=lambda r: PRIORITY[r.status], default=None)


def _statement_at(token: Token, mentions: Mentions) -> Responsibility | None:
    lemma = token.lemma_.lower()
    if lemma == "responsibility" and token.head.lemma_.lower() in CLAIM_VERBS:
        return claimed(token.head, mentions)
    if lemma in BLAME_VERBS and token.pos_ == "VERB":
        return _suspected(token, mentions)
    if token.lower_ == "behind" and token.head.lemma_ == "be":
        return _behind(token, mentions)
    return None


def claimed(verb: Token, mentions: Mentions) -> Responsibility:
    """What a verb of claiming responsibility says: claimed by its subject, or unclaimed ("no one has claimed")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if subject is None or negated or names_no_one(subject):
        return Responsibility(status="unclaimed")
    return Responsibility(status="claimed", by=_claimant(subject, mentions), according_to="author")


def claimer(responsibility: Token, mentions: Mentions) -> str | None:
    """Who claims the responsibility a verb of claiming takes ("claimed", "took", "accepted"), not denied."""
    verb = responsibility.head
    if responsibility.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    claim = claimed(verb, mentions)
    return claim.by if claim.status == "claimed" else None


def _claimant(subject: Token, mentions: Mentions) -> str | None:
    """Who claims: the body a spokesperson claims for ("a spokesman for the Taliban", "Al-Shabaab spokesman Abdiasis
    Abu Musab"), else the subject itself."""
    for word in subject.subtree:
        if word.lemma_.lower() in SPOKESPEOPLE:
            body = _spoken_for(word, mentions)
            if body is not None:
                return body
    return actor_for_token(mentions, subject)


def _spoken_for(spokesperson: Token, mentions: Mentions) -> str | None:
    own = actor_for_token(mentions, spokesperson)
    for child in spokesperson.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in {"compound", "poss", "nmod"}:
            continue
        body = actor_for_token(mentions, child)
        if body is not None and body != own:
            return body
    return None


def _suspected(verb: Token, mentions: Mentions) -> Responsibility:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    blamed = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    according = actor_for_token(mentions, subject) if subject is not None else None
    by = actor_for_token(mentions, blamed) if blamed is not None else None
    return Responsibility(status="suspected", by=by, according_to=according or "author")


def _behind(behind: Token, mentions: Mentions) -> Responsibility:
    verb = behind.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    by = actor_for_token(mentions, subject) if subject is not None else None
    sayer = verb.head if verb.dep_ == "ccomp" else None
    speaker = next((c for c in sayer.children if c.dep_ == "nsubj"), None) if sayer is not None else None
    according = actor_for_token(mentions, speaker) if speaker is not None else None
    return Responsibility(status="suspected", by=by, according_to=according or "author")
