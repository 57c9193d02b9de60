"""The main event of an article: what a one-row-per-article database (ACLED style) would code."""

from __future__ import annotations

from newsevents.record import Document, Event

REALIS = {"asserted", "reported"}


def main_event(doc: Document, acled_only: bool = True) -> Event | None:
    """The first event the article reports as having happened (asserted or reported).

    News puts the main event in the lead, so the first one wins. ``acled_only`` keeps the events ACLED's
    taxonomy covers; when none of those happened, the first such event of any status.
    """
    candidates = [e for e in doc.events if e.acled or not acled_only]
    happened = [e for e in candidates if e.status in REALIS] or candidates
    return min(happened, key=lambda e: e.evidence[0].start, default=None)
