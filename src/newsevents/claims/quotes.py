"""Direct and reported speech, with the speaker resolved to an actor and the cue verb.

Direct quotes are found between quotation marks (curly or straight; an apostrophe in "Hopkins'" is
never a mark) and may run over several paragraphs, the convention being that a paragraph inside a
quote opens with a mark and does not close it. Their speaker is the subject of a cue verb next to the
quote, in the same sentence or the one after, else the one before; a pronoun speaker is resolved to
the last person named before it. Reported speech is a cue verb with a clausal complement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import Mentions, actor_for_token
from newsevents.claims.status import REPORTING_VERBS
from newsevents.record import Quote

_QUOTE_RE = re.compile(r'“[^“”\n]*(?:”|$)|"[^"\n]*(?:"|$)', re.MULTILINE)
ACCUSATION_VERBS = {"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn"}
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
CUE_VERBS = REPORTING_VERBS | {
    "ask", "reply", "respond", "continue", "conclude", "announce", "shout", "exclaim", "joke", "quip", "scream",
    "yell", "chant", "read", "recount", "remark", "observe", "concede", "boast", "complain", "lament", "caution",
    "show", "find", "learn", "signal", "call", "charge", "proclaim", "retort", "counter", "emphasize", "emphasise",
}  # fmt: skip


def find_quotes(doc: Doc, mentions: Mentions) -> list[Quote]:
    """Direct quotes first (in text order), then reported speech outside them."""
    quotes = [_direct_quote(doc, start, end, mentions) for start, end in _quote_spans(doc.text)]
    covered = [(q.start, q.end) for q in quotes]
    quotes.extend(_reported_speech(doc, mentions, covered))
    quotes.extend(_according_to(doc, mentions, [(q.start, q.end) for q in quotes]))
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"q{number}"
    return quotes


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted content (marks excluded), joining multi-paragraph quotes."""
    spans: list[tuple[int, int]] = []
    for match in _QUOTE_RE.finditer(text):
        start, end = match.start() + 1, match.end()
        closed = text[end - 1] in '”"' and end - 1 > match.start()
        content_end = end - 1 if closed else end
        if spans and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], content_end)
        elif len(text[start:content_end].split()) >= 3:
            spans.append((start, content_end))
    return spans


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    """A paragraph that opens with a mark continues an unclosed quote from the paragraph before."""
    gap = text[previous[1] : start - 1]
    return previous[1] < len(text) and text[previous[1]] not in '”"' and gap.strip() == ""


def _direct_quote(doc: Doc, start: int, end: int, mentions: Mentions) -> Quote:
    text = doc.text[start:end].strip()
    quote = Quote(id="", text=text, start=start, end=start + len(text), direct=True)
    cue = _cue_near(doc, start, end)
    if cue is not None:
        _attach_speaker(quote, cue, mentions, doc)
    return quote


def _cue_near(doc: Doc, start: int, end: int) -> Token | None:
    """The cue verb outside the quote: in its sentence(s), then the next sentence, then the previous."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first, last = span[0].sent, span[-1].sent
    candidates = [first, last]
    if last.end < len(doc):
        candidates.append(doc[last.end].sent)
    if first.start > 0:
        candidates.append(doc[first.start - 1].sent)
    for sentence in candidates:
        cue = _cue_in(sentence, start, end)
        if cue is not None:
            return cue
    return None


def _cue_in(sentence: Span, start: int, end: int) -> Token | None:
    """The cue verb (with a subject) outside the quote and nearest to it."""
    outside = [t for t in sentence if not (start - 1 <= t.idx < end + 1)]
    cues = [t for t in outside if t.lemma_.lower() in CUE_VERBS and t.pos_ == "VERB" and _subject(t) is not None]
    return min(cues, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)


def _attach_speaker(quote: Quote, cue: Token, mentions: Mentions, doc: Doc) -> None:
    quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.idx, cue.idx + len(cue.text)
    subject = _subject(cue)
    if subject is not None:
        _set_speaker(quote, subject, mentions, doc)


def _set_speaker(quote: Quote, subject: Token, mentions: Mentions, doc: Doc) -> None:
    if subject.lower_ in PRONOUNS:
        quote.speaker_text = subject.text
        quote.speaker = _last_person_before(doc, mentions, subject.i)
        return
    phrase = _speaker_phrase(subject)
    quote.speaker_text = phrase.text
    quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
    quote.speaker = actor_for_token(mentions, subject) or _actor_in(phrase, mentions)


def _speaker_phrase(subject: Token) -> Span:
    tokens = [t for t in subject.subtree if t.dep_ not in {"relcl", "acl", "punct"}]
    left = min(t.i for t in tokens)
    breaks = [t.i + 1 for t in tokens if t.i < subject.i and "\n" in t.text + t.whitespace_]
    left = max([left, *breaks])
    right = max(t.i for t in tokens if not any(t.is_ancestor(r) for r in tokens if r.dep_ == "relcl"))
    return subject.doc[left : right + 1]


def _actor_in(phrase: Span, mentions: Mentions) -> str | None:
    return next((mentions.actor_by_token[t.i] for t in phrase if t.i in mentions.actor_by_token), None)


def _last_person_before(doc: Doc, mentions: Mentions, index: int) -> str | None:
    for token in reversed(doc[:index]):
        actor = mentions.actor(mentions.actor_by_token.get(token.i))
        if actor and actor.kind == "person":
            return actor.id
    return None


def _reported_speech(doc: Doc, mentions: Mentions, covered: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for token in doc:
        if token.lemma_.lower() not in CUE_VERBS or token.pos_ != "VERB":
            continue
        complement = _complement(token)
        subject = _subject(token)
        if complement is None or subject is None or _inside(token.idx, covered):
            continue
        content = doc[complement.left_edge.i : complement.right_edge.i + 1]
        if _inside(content.start_char, covered) or len(content) < 3:
            continue
        quote = Quote(id="", text=content.text, start=content.start_char, end=content.end_char, direct=False)
        _attach_speaker(quote, token, mentions, doc)
        quotes.append(quote)
    return quotes


def _according_to(doc: Doc, mentions: Mentions, covered: list[tuple[int, int]]) -> list[Quote]:
    """ "According to X, ...": the clause the phrase modifies, on X's word."""
    quotes = []
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or token.nbor(1).lower_ != "to":
            continue
        source = next((c for c in token.nbor(1).children if c.dep_ == "pobj"), None)
        content = _clause_without(token.head, token)
        if source is None or content is None or _inside(content[0], covered):
            continue
        start, end = content
        quote = Quote(id="", text=doc.text[start:end], start=start, end=end, direct=False, cue="according to")
        quote.cue_start, quote.cue_end = token.idx, token.nbor(1).idx + 2
        _set_speaker(quote, source, mentions, doc)
        quotes.append(quote)
    return quotes


def _clause_without(head: Token, phrase: Token) -> tuple[int, int] | None:
    """Character extent of the clause of ``head`` minus the phrase ``phrase`` heads (and its punctuation)."""
    inside = {t.i for t in phrase.subtree}
    tokens = [t for t in head.subtree if t.i not in inside and not (t.is_punct and abs(t.i - phrase.i) <= 1)]
    sentence = head.sent
    tokens = [t for t in tokens if sentence.start <= t.i < sentence.end and not t.is_space]
    if len(tokens) < 3:
        return None
    before = [t for t in tokens if t.i < phrase.i]
    after = [t for t in tokens if t.i > phrase.i]
    side = max((before, after), key=len)
    while side and side[-1].is_punct:
        side.pop()
    while side and side[0].is_punct:
        side.pop(0)
    return (side[0].idx, side[-1].idx + len(side[-1])) if len(side) >= 3 else None


def _complement(cue: Token) -> Token | None:
    """What is said: a clausal complement, or the charge of an accusation ("accused him of orchestrating")."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is not None or cue.lemma_.lower() not in ACCUSATION_VERBS:
        return clause
    heads = [cue, *(c for c in cue.children if c.dep_ == "dobj")]  # the parser may hang "of" on the accused
    preposition = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    return next((c for c in preposition.children if c.dep_ in {"pcomp", "pobj"}), None) if preposition else None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start - 1 <= offset <= end + 1 for start, end in spans)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, else the one it shares with the verb it is conjoined to or depends on
    ("Graham called ... and said ...", "Sanders, saying ...")."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None or verb.head is verb:
        return own
    if verb.dep_ == "conj":
        return _subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else _subject(verb.head)
    return None


def speaker_token(doc: Doc, cue_start: int) -> Token | None:
    """The subject of the cue verb that starts at ``cue_start``: the speaker's mention, pronouns included."""
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    return _subject(cue[0]) if cue is not None else None
