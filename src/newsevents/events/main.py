"""The main event of an article: what a one-row-per-article database (ACLED style) would code."""

from __future__ import annotations

from newsevents.record import HAPPENED_STATUSES, Document, Event

#: Statements whose act is planned while the saying happened: a promise (AGREE) or a threat (THREATEN) was made.
SAID_ACTS = {"AGREE", "THREATEN"}


def main_event(doc: Document, acled_only: bool = True) -> Event | None:
    """The first event the article reports as having happened (asserted or reported).

    News puts the main event in the lead, so the first one wins: events are listed in text order, save one the
    coder found the lead reports ahead of its first event (``acled._report_the_event_read``). ``acled_only``
    keeps the events ACLED's taxonomy covers; when none of those happened, the first such event of any status.
    A promise or threat counts as made, though what it promises is planned; a planned meeting does not. A PLOVER
    reading (not ``acled_only``) goes by the text's order, which the events' numbers keep (``_told_order``).
    """
    candidates = [e for e in doc.events if e.acled or not acled_only]
    if not acled_only:
        candidates.sort(key=_told_order)
    happened = [e for e in candidates if _happened(e)] or candidates
    return happened[0] if happened else None


def _happened(event: Event) -> bool:
    promise_made = event.type in SAID_ACTS and event.status in {"planned", "hypothetical"}
    return event.status in HAPPENED_STATUSES or promise_made


def _told_order(event: Event) -> int:
    """Where the text tells the event: the coder numbers events in text order ("e1" first), a number ACLED's choice of
    the article's event keeps when it lists that event first (``acled._report_the_event_read``)."""
    number = event.id.removeprefix("e")
    return int(number) if number.isdigit() else 0
