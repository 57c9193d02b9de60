"""Claims: statements with their holder and status, linked to the event they are about.

Every event mention gives a claim in the voice that vouches for it (the author's, or the reporting
actor's); every quote gives an attributed claim (or a denied one when its cue is a denial).
"""

from __future__ import annotations

from newsevents.record import Claim, Event, Quote

DENIAL_STEMS = ("deny", "deni", "dismiss", "refut", "reject", "rebut")
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


def _event_within(start: int, end: int, events: list[Event]) -> str | None:
    return next((e.id for e in events for s in e.evidence if s.start < end and start < s.end), None)
