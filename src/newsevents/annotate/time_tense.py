"""Tense around a time expression: does an expression without a year or week point back or ahead?

News mostly reports what happened, so a bare "Friday" or "Dec. 7" is read in the past unless a cue says
otherwise. The cue word right before the expression wins ("payable Dec. 7", "by May", "opens Tuesday" look ahead;
"announced Friday", "since March" look back); else the tense cue nearest to it in its clause.
"""

from __future__ import annotations

import re

# A schedule in the present tense looks ahead in news: "the trial opens Tuesday", "the ban expires Friday".
_SCHEDULED = (
    r"opens|begins|starts|ends|closes|meets|convenes|reconvenes|resumes|expires|arrives|departs|visits"
    r"|kicks\s+off|takes\s+(?:place|effect|office)"
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|would|going to|plans?|planned|planning|scheduled|expects?|expected|upcoming"
    r"|due to|set to|to be held|intends?|aims? to|next|coming|" + _SCHEDULED + r")\b",
    re.I,
)
# Words in -ed that are not past tenses ("United States", "succeed", "Limited", "two hundred").
_NOT_PAST = (
    r"(?!(?:united|limited|hundred|indeed|succeed|proceed|exceed|speed|greed|breed|bleed|sacred|naked|wicked"
    r"|rugged|beloved)\b)"
)
_IRREGULAR_PAST = (
    r"began|came|went|took|gave|made|met|saw|found|won|fell|rose|held|sold|bought|paid|brought|thought"
    r"|became|built|sent|spent|struck|fought|fled|led|wrote|spoke|broke|chose|drove|flew|grew|knew|threw"
    r"|stood|felt|kept|told|said|arrived|ended"
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|" + _IRREGULAR_PAST + r"|" + _NOT_PAST + r"[a-z]{3,}ed)\b", re.I
)
# Present tense between a reporting verb and the expression: "said it is calling for redemption Dec. 7".
_PRESENT_CUE = re.compile(r"\b(?:is|are|says|say)\b", re.I)
# A participle after "be" takes its tense from the auxiliary: "will be paid Dec. 14".
_PASSIVE = re.compile(r"\b(?:be|being)\s+$", re.I)
_LOOKS_AHEAD = re.compile(
    r"(?i:\b(?:by|until|till|payable|effective|starting|beginning|as\s+soon\s+as|as\s+early\s+as|due|on\s+or\s+before"
    r"|(?:set|scheduled|slated)\s+for|" + _SCHEDULED + r")"
    r"\s+(?:on\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+(?:[A-Z]{2,4}\s+)?)?)$"
)
# "had filed reports by Wednesday": a deadline already past.
_PERFECT_BY = re.compile(r"(?i:\bhad\b[^.;]{0,80}\bby\s+(?:on\s+)?)$")
_LOOKS_BACK = re.compile(r"(?i:\b(?:since|said|told|" + _NOT_PAST + r"[a-z]{3,}ed|was|were)\s+(?:on\s+|in\s+)?)$")
_CLAUSE_BREAK = re.compile(r"[;()\"“”]|''|``")
# A full stop ends a sentence unless it closes an initial or a common abbreviation ("Daniel P. Davison").
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+|\n")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|Jr|Sr|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Prof|No|vs"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$"
)
# "at 9 a.m. EST Tuesday", "at 4 p.m. local time": a clock time goes on; "at 9 a.m. Police said" ends.
_CLOCK_GOES_ON = re.compile(r"\b[ap]\.m\.[\"'”’]*\s+(?:[a-z\d]|[A-Z]{1,3}T\b)")


def _is_sentence_end(text: str, m: re.Match[str]) -> bool:
    if m.group(0) == "\n":
        return True
    if _CLOCK_GOES_ON.match(text, max(0, m.start() - 3)):
        return False
    return not _ABBREVIATION.search(text, max(0, m.start() - 8), m.start() + 1)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most 200 characters either side."""
    left, right = max(start - 200, 0), min(end + 200, len(text))
    for m in _SENTENCE_END.finditer(text, left, start):
        if _is_sentence_end(text, m):
            left = m.end()
    for m in _SENTENCE_END.finditer(text, end, right):
        if _is_sentence_end(text, m):
            return left, m.start()
    return left, right


def looks_ahead(text: str, start: int) -> bool:
    """The words before the expression make it a date yet to come: "payable Dec. 7", "by May"."""
    before = text[max(0, start - 25) : start]
    return bool(_LOOKS_AHEAD.search(before)) and not _PERFECT_BY.search(text[max(0, start - 100) : start])


def tense_cue(text: str, start: int, end: int) -> str | None:
    """The kind of cue that decides the expression's tense: "future", "past", "present", or None for none."""
    before = text[max(0, start - 25) : start]
    if looks_ahead(text, start):
        return "future"
    if _LOOKS_BACK.search(before) and not _FUTURE_CUE.search(before[-15:]):
        return "past"
    left, right = sentence_bounds(text, start, end)
    left, right = max(left, start - 60), _clause_end(text, end, min(right, end + 30))
    cues = _cues(_FUTURE_CUE, text, (left, start), (end, right), "future")
    futures = {pos for _, pos, _ in cues}
    pasts = _cues(_PAST_CUE, text, (left, start), (end, right), "past")
    cues += [c for c in pasts if c[1] not in futures and not _PASSIVE.search(text, max(0, c[1] - 8), c[1])]
    cues += _cues(_PRESENT_CUE, text, (left, start), (end, right), "present")
    return min(cues)[2] if cues else None


def _clause_end(text: str, end: int, limit: int) -> int:
    """Cues after the expression count only up to the end of its clause: not "(Thursday),'' Castro said"."""
    m = _CLAUSE_BREAK.search(text, end, limit)
    return m.start() if m else limit


def _cues(
    pattern: re.Pattern[str], text: str, before: tuple[int, int], after: tuple[int, int], kind: str
) -> list[tuple[int, int, str]]:
    """(distance to the expression, position, kind) of each cue of ``pattern`` in the two windows."""
    found = [(before[1] - m.end(), m.start(), kind) for m in pattern.finditer(text, *before)]
    return found + [(m.start() - after[0], m.start(), kind) for m in pattern.finditer(text, *after)]
