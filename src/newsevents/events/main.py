"""The main event of an article: what a one-row-per-article database (ACLED style) would code."""

from __future__ import annotations

import re

from newsevents.claims.claims import DENIAL_STEMS
from newsevents.record import HAPPENED_STATUSES, Document, Event, Quote

#: Statements whose act is planned while the saying happened: a promise (AGREE) or a threat (THREATEN) was made.
SAID_ACTS = {"AGREE", "THREATEN"}
#: What a comment expresses when it is a feeling about something that happened, not a claim: "expressed condolences
#: over the attack", "offered his sympathy to the victims", "expressed pessimism after talks were suspended".
FEELINGS = {
    "condolence", "condolences", "sympathy", "sympathies", "concern", "concerns", "pessimism", "optimism", "regret",
    "sorrow", "grief", "dismay", "shock",
}  # fmt: skip
#: How many words may open a comment before the feeling it expresses ("his most sincere condolences").
FEELING_WITHIN = 5
#: Titles whose period ends no sentence ("sent a message to President Dr. Ashraf Ghani following the attack").
TITLE_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "Sen", "Rep", "St")
SENTENCE_BREAK = re.compile("".join(rf"(?<!\b{title})" for title in TITLE_ABBREVIATIONS) + r"[.!?]\s")
#: The noun of a claim of responsibility ("claimed responsibility for", "has assumed responsibility").
RESPONSIBILITY = re.compile(r"\bresponsibility\b", re.IGNORECASE)


def main_event(doc: Document, acled_only: bool = True) -> Event | None:
    """The first event the article reports as having happened (asserted or reported).

    News puts the main event in the lead, so the first one wins: events are listed in text order, save one the
    coder found the lead reports ahead of its first event (``acled._report_the_event_read``). ``acled_only``
    keeps the events ACLED's taxonomy covers; when none of those happened, the first such event of any status.
    A promise or threat counts as made, though what it promises is planned; a planned meeting does not. A PLOVER
    reading (not ``acled_only``) goes by the text's order, which the events' numbers keep (``_told_order``), and
    leaves out the events a sentence tells as the occasion of a comment (``_occasion_of_a_comment``), as what their
    doer claims (``_claimed_by_its_doer``) or inside what a denial rejects (``_what_a_denial_rejects``): the
    sentence reports the comment, the claim or the denial (CAMEO 01), and the events stay on record.
    """
    candidates = [e for e in doc.events if e.acled or not acled_only]
    if not acled_only:
        candidates.sort(key=_told_order)
        comments = [q for q in doc.quotes if q.cue_start is not None and _tells_a_feeling(q)]
        candidates = [e for e in candidates if not _occasion_of_a_comment(e, comments, doc.article.text)]
        claims = [q for q in doc.quotes if (q.cue or "").lower().startswith("claim")]
        candidates = [e for e in candidates if not _claimed_by_its_doer(e, claims, doc.article.text)]
        denials = [q for q in doc.quotes if (q.cue or "").lower().startswith(DENIAL_STEMS)]
        candidates = [e for e in candidates if not _what_a_denial_rejects(e, denials)]
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


def _occasion_of_a_comment(event: Event, comments: list[Quote], text: str) -> bool:
    """An event told in the sentence of one of the comments of feeling (statements with a cue whose words open with
    the feeling) in the article's ``text``: "X expressed condolences to the families of farmers who were killed",
    "offered his condolences over an attack that killed 40". The sentence reports the comment; what happened is its
    occasion, told before in the news it reacts to. The event's evidence holds the comment's cue, or is a phrase after
    the comment with no sentence break."""
    start = event.evidence[0].start
    for comment in comments:
        within = start <= comment.cue_start < event.evidence[0].end
        after = comment.start <= start and not SENTENCE_BREAK.search(text, comment.end, start)
        if within or after:
            return True
    return False


def _claimed_by_its_doer(event: Event, claims: list[Quote], text: str) -> bool:
    """An act told as what its doer claims in the ``text``: "the Taliban claimed responsibility for the attack, which
    killed ...", "the Houthis claimed that they had attacked the airport". The sentence reports the claim (CAMEO 015,
    a statement, as a denial of responsibility is); an act its doer merely reports, or another party claims, stays the
    main one ("the army said it killed 20 militants", "police claimed that protesters attacked officers")."""
    if event.status != "reported":
        return False
    sentence = text[event.evidence[0].start : event.evidence[0].end]
    if event.responsibility.status == "claimed" and RESPONSIBILITY.search(sentence):
        return True
    return event.actor is not None and any(
        q.speaker == event.actor and q.start < event.evidence[0].end and event.evidence[0].start < q.end for q in claims
    )


def _what_a_denial_rejects(event: Event, denials: list[Quote]) -> bool:
    """An act told only inside what a denial rejects: "rejected accusations that Tehran was behind the attack on the
    ship". The sentence reports the denial (CAMEO 016, a statement); the act, named as known, stays on record."""
    evidence = event.evidence[0]
    return any(q.start <= evidence.start and evidence.end <= q.end for q in denials)


def _tells_a_feeling(quote: Quote) -> bool:
    return any(word in FEELINGS for word in quote.text.lower().split()[:FEELING_WITHIN])
