"""Claims: statements with their holder and status, linked to the event they are about.

Every event mention gives a claim in the voice that vouches for it (the author's, or the reporting
actor's); every quote gives an attributed claim (or a denied one when its cue is a denial); a sentence
framed as an inference in the author's voice ("it is likely that", "it is obvious that") gives a
speculated claim: the text asserts it without support, so it is the author's suspicion, not a fact.
"""

from __future__ import annotations

import re

from newsevents.claims.cues import DENIAL_VERBS
from newsevents.record import Claim, Event, Quote

#: What a quote's cue as written ("denied", "refutes") starts with when it is a denial.
DENIAL_STEMS = (*(verb.removesuffix("e") for verb in DENIAL_VERBS), "deni")
HEDGE_FRAME = re.compile(
    r"\b(?:it|this)\s+(?:is|was|seems|appears|looks|'s)\s+(?:\w+\s+)?"
    r"(?:likely|unlikely|obvious|clear|possible|probable|plausible|evident|conceivable)\s+that\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|$)")
EVENT_TO_CLAIM_STATUS = {
    "asserted": "asserted",
    "reported": "attributed",
    "speculated": "speculated",
    "planned": "asserted",
    "negated": "denied",
    "hypothetical": "speculated",
}


def find_claims(text: str, events: list[Event], quotes: list[Quote]) -> list[Claim]:
    """Claims from quotes and event evidence, de-duplicated by span, in text order."""
    claims: dict[tuple[int, int], Claim] = {}
    for quote in quotes:
        claims[(quote.start, quote.end)] = _quote_claim(quote, events)
    for claim in _speculations(text, events):
        claims.setdefault((claim.start, claim.end), claim)
    for event in events:
        for span in event.evidence:
            if any(start <= span.start < end for start, end in claims):
                continue
            claims[(span.start, span.end)] = Claim(
                id="",
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                holder=event.source,
                status=EVENT_TO_CLAIM_STATUS[event.status],
                event=event.id,
            )
    ordered = sorted(claims.values(), key=lambda c: c.start)
    for number, claim in enumerate(ordered, start=1):
        claim.id = f"c{number}"
    return ordered


def _quote_claim(quote: Quote, events: list[Event]) -> Claim:
    denied = bool(quote.cue) and quote.cue.lower().startswith(DENIAL_STEMS)
    return Claim(
        id="",
        text=quote.text,
        start=quote.start,
        end=quote.end,
        holder=quote.speaker or "author",
        holder_start=quote.speaker_start,
        holder_end=quote.speaker_end,
        status="denied" if denied else "attributed",
        cue=quote.cue,
        event=_event_within(quote.start, quote.end, events),
    )


def _speculations(text: str, events: list[Event]) -> list[Claim]:
    """Sentences the author frames as an inference ("It is obvious that Ukraine was behind it.")."""
    claims = []
    for sentence in SENTENCE.finditer(text):
        frame = HEDGE_FRAME.search(sentence.group())
        if frame is None:
            continue
        start, end = sentence.start() + len(sentence.group()) - len(sentence.group().lstrip()), sentence.end()
        cue = frame.group()[: -len("that")].strip()
        event = _event_within(start, end, events) or _event_before(start, events)
        claims.append(
            Claim(id="", text=text[start:end], start=start, end=end, status="speculated", cue=cue, event=event)
        )
    return claims


def _event_within(start: int, end: int, events: list[Event]) -> str | None:
    """The event a span is about; among several, one vouched for by someone other than the author."""
    overlapping = [e for e in events if any(s.start < end and start < s.end for s in e.evidence)]
    if not overlapping:
        return None
    vouched = [e for e in overlapping if e.source != "author" or e.status in {"reported", "negated"}]
    return (vouched or overlapping)[0].id


def _event_before(start: int, events: list[Event]) -> str | None:
    """The last event mentioned before ``start``: what "it" in a following inference refers to."""
    before = [(s.start, e.id) for e in events for s in e.evidence if s.start < start]
    return max(before)[1] if before else None
