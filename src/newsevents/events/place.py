"""Where an event happened: a place attached to its trigger, else the sentence's, else the setting.

"Where" is not every place a sentence names: a place that names whose actor it is ("Kyiv's mayor")
is not the event's place; a place attached to the trigger by a preposition ("in Peshawar") wins.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import PLACE_NOUNS, Mentions
from newsevents.events.lexicon import is_light_verb

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "on", "across", "inside", "around", "from", "into"}


def event_place(trigger: Token, mentions: Mentions) -> str | None:
    """Where the event of ``trigger`` happened: a place attached to it by a preposition, else the sentence's."""
    return _place(trigger, trigger.sent, mentions)


def _place(trigger: Token, sentence: Span, mentions: Mentions) -> str | None:
    for token in _attached_places(trigger, mentions):
        place = mentions.place_by_token.get(token.i)
        if place:
            return place
    candidates = [t for t in sentence if t.i in mentions.place_by_token and not _in_actor_phrase(t)]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda t: abs(t.i - trigger.i))
    return mentions.place_by_token[nearest.i]


def _attached_places(trigger: Token, mentions: Mentions) -> list[Token]:
    heads = [trigger, *[c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "advcl"}]]
    if trigger.pos_ == "NOUN" and is_light_verb(trigger.head):  # "held a protest in Peshawar": the verb's place
        heads.append(trigger.head)
    found = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS:
                found.extend(t for t in prep.subtree if t.i in mentions.place_by_token)
    return found


def _in_actor_phrase(token: Token) -> bool:
    """ "Kyiv's mayor", "Texas police": a place naming whose actor it is, not where ("Peshawar city" is a place)."""
    head = token.head
    return (
        token.dep_ in {"poss", "compound", "amod"}
        and head.ent_type_ not in {"GPE", "LOC", "FAC"}
        and head.lemma_.lower() not in PLACE_NOUNS
    )


def place_before(offset: int, doc: Doc, mentions: Mentions) -> str | None:
    """The first place named in the last earlier sentence that names one (the town before its region)."""
    spans = [(span[0], place.id) for place in mentions.places for span in place.spans if span[0] < offset]
    if not spans:
        return None
    sentence_of = {start: doc.char_span(start, start + 1, alignment_mode="expand").sent.start for start, _ in spans}
    last_sentence = max(sentence_of.values())
    return min((start, place) for start, place in spans if sentence_of[start] == last_sentence)[1]
