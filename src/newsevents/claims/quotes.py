"""Direct and reported speech, with the speaker resolved to an actor and the cue verb.

Direct quotes are found between quotation marks (curly or straight; an apostrophe in "Hopkins'" is
never a mark) and may run over several paragraphs, the convention being that a paragraph inside a
quote opens with a mark and does not close it. Their speaker is the subject of a cue verb next to the
quote, in the same sentence or the one after, else the one before; a pronoun speaker is resolved to
the last person named before it; with no cue verb, a name right before a colon ("Trump: “...”") is the
speaker. Reported speech is a cue verb with a clausal complement; as in PolNeAR, stances and intentions
("backs the plan", "wants to leave", "called for a ban"), attitude adjectives ("is critical of") and
nominal cues ("Trump's claim that") are attributions too, and a passive or raising cue with no holder
("is widely expected to") gives a quote without a speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import Mentions, actor_for_token
from newsevents.claims.status import REPORTING_VERBS
from newsevents.record import Quote

_QUOTE_RE = re.compile(r'[“"][^“”"\n]*(?:[”"]|$)', re.MULTILINE)  # straight and curly marks are often mixed
ACCUSATION_VERBS = {"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn"}
PRONOUNS = {"he", "she", "they", "we", "i", "it"}
CUE_VERBS = REPORTING_VERBS | {
    "ask", "reply", "respond", "continue", "conclude", "announce", "shout", "exclaim", "joke", "quip", "scream",
    "yell", "chant", "read", "recount", "remark", "observe", "concede", "boast", "complain", "lament", "caution",
    "show", "find", "learn", "signal", "call", "charge", "proclaim", "retort", "counter", "emphasize", "emphasise",
}  # fmt: skip
# Stances and intentions PolNeAR-style attribution counts as held by their subject: what is supported,
# wanted or criticised is the content ("Clinton backs a $12 minimum wage").
STANCE_VERBS = {
    "support", "endorse", "back", "oppose", "criticize", "criticise", "praise", "propose", "seek", "want", "urge",
    "pledge", "vow", "threaten", "promise", "describe", "cite", "express", "refuse", "decline", "reject", "hope",
    "question", "attack", "denounce", "tout", "echo", "welcome", "applaud", "condemn", "defend", "dismiss", "slam",
    "blame", "accuse", "demand", "recommend", "advocate", "champion", "favor", "favour", "dispute", "challenge",
    "list", "highlight", "mock", "fault", "push", "embrace", "decry", "lambaste", "tweet", "address", "see",
    "view", "regard", "consider", "know", "recognize", "recognise", "feel", "regret", "worry", "doubt", "wonder",
    "like", "love", "hate", "prefer", "disagree", "vote", "sign", "order", "offer", "decide", "discuss",
    "campaign", "release", "knock", "identify", "point", "refer", "talk", "speak", "invoke",
    "reference", "mention", "repeat", "outline", "unveil", "pitch", "float", "characterize", "label", "brand",
}  # fmt: skip
# Attitudes held as adjectives ("is critical of the deal") or nouns ("Trump's claim that ...").
ATTITUDE_ADJECTIVES = {
    "eager", "convinced", "critical", "loyal", "proud", "mistrustful", "clear", "open", "confident", "sure",
    "certain", "skeptical", "sceptical", "optimistic", "pessimistic", "worried", "concerned", "happy", "unhappy",
    "angry", "opposed", "supportive", "wary", "determined", "dedicated", "devoted", "committed", "hopeful",
    "fearful", "afraid", "aware", "adamant", "adamantly", "unafraid", "cagey", "frustrated", "upset", "furious",
}  # fmt: skip
NOMINAL_CUES = {
    "claim", "criticism", "complaint", "endorsement", "assertion", "insistence", "statement", "argument",
    "accusation", "allegation", "support", "opposition", "promise", "pledge", "call", "warning", "demand",
    "proposal", "view", "belief", "suggestion", "charge", "denial", "praise", "announcement", "plan", "vow",
}  # fmt: skip
# Opinions voiced with no holder in the clause: "he is expected to win", "the plan seems doomed".
HOLDERLESS_CUES = {"expect", "see", "view", "consider", "believe", "think", "know", "say", "report", "seem", "appear"}
STANCE_PREPOSITIONS = {"for", "on", "against", "about", "of", "to"}


def find_quotes(doc: Doc, mentions: Mentions) -> list[Quote]:
    """Direct quotes first (in text order), then reported speech outside them."""
    quotes = [_direct_quote(doc, start, end, mentions) for start, end in _quote_spans(doc.text)]
    covered = [(q.start, q.end) for q in quotes]
    quotes.extend(_reported_speech(doc, mentions, covered))
    quotes.extend(_according_to(doc, mentions, [(q.start, q.end) for q in quotes]))
    quotes.extend(_holderless(doc, [(q.start, q.end) for q in quotes]))
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
    speaker = _colon_speaker(doc, start)
    if speaker is not None:
        modifiers = [c.left_edge.i for c in speaker.lefts if c.dep_ in {"compound", "det", "amod", "poss"}]
        left = min([speaker.i, *modifiers])
        _set_speaker(quote, speaker, mentions, doc, doc[left : speaker.i + 1])
    return quote


def _colon_speaker(doc: Doc, start: int) -> Token | None:
    """ "Trump: “...”": the name right before a colon that introduces the quote, on the same line."""
    before = doc.text[max(0, start - 4) : start - 1]
    if not before.rstrip().endswith(":"):
        return None
    colon = doc.char_span(before.rindex(":") + start - 1 - len(before), start - 1, alignment_mode="expand")
    if colon is None or colon[0].i == 0:
        return None
    name = doc[colon[0].i - 1]
    return name if name.pos_ in {"PROPN", "NOUN", "PRON"} and "\n" not in name.whitespace_ else None


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
    subject = _holder(cue)
    if subject is not None:
        _set_speaker(quote, subject, mentions, doc)


def _set_speaker(quote: Quote, subject: Token, mentions: Mentions, doc: Doc, phrase: Span | None = None) -> None:
    if subject.lower_ in PRONOUNS:
        quote.speaker_text = subject.text
        quote.speaker = _last_person_before(doc, mentions, subject.i)
        return
    phrase = phrase or _speaker_phrase(subject)
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
        complement = _what_is_held(token)
        subject = _holder(token)
        if complement is None or subject is None or _inside(token.idx, covered):
            continue
        content = doc[complement.left_edge.i : complement.right_edge.i + 1]
        if _inside(content.start_char, covered) or len(content) < (3 if complement.dep_ == "ccomp" else 1):
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


def _holderless(doc: Doc, covered: list[tuple[int, int]]) -> list[Quote]:
    """Passive or raising attributions with no source ("is widely expected to", "seems to"): the whole
    clause, from its subject to the end of the complement, is the content."""
    quotes = []
    for token in doc:
        if token.lemma_.lower() not in HOLDERLESS_CUES or token.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        complement = next((c for c in token.children if c.dep_ in {"xcomp", "oprd", "acomp"}), None)
        passive = any(c.dep_ == "auxpass" for c in token.children) or token.lemma_.lower() in {"seem", "appear"}
        if subject is None or complement is None or not passive or _inside(token.idx, covered):
            continue
        content = doc[min(subject.left_edge.i, token.i) : complement.right_edge.i + 1]
        quote = Quote(id="", text=content.text, start=content.start_char, end=content.end_char, direct=False)
        quote.cue, quote.cue_start, quote.cue_end = token.text, token.idx, token.idx + len(token.text)
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


def _what_is_held(cue: Token) -> Token | None:
    """The head of what a cue verb says or supports, an attitude adjective is about, or a nominal cue
    ("claim", "criticism") holds; None when ``cue`` is no cue."""
    lemma = cue.lemma_.lower()
    if cue.pos_ == "VERB" and lemma in CUE_VERBS | STANCE_VERBS:
        return _complement(cue) or _stance_object(cue)
    if cue.pos_ == "ADJ" and cue.dep_ == "acomp" and lemma in ATTITUDE_ADJECTIVES:
        return _clausal_or_prepositional(cue)
    if cue.pos_ == "NOUN" and lemma in NOMINAL_CUES and _holder(cue) is not None:
        return _clausal_or_prepositional(cue)
    return None


def _clausal_or_prepositional(cue: Token) -> Token | None:
    clause = next((c for c in cue.children if c.dep_ in {"ccomp", "xcomp", "acl"}), None)
    if clause is not None:
        return clause
    preposition = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS), None)
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None) if preposition else None


def _holder(cue: Token) -> Token | None:
    """Who holds what the cue expresses: the verb's subject, the subject of the copula an attitude adjective
    completes ("Clinton is critical of"), or a nominal cue's possessor ("Trump's claim")."""
    if cue.pos_ == "ADJ":
        return _subject(cue.head) if cue.head is not cue else None
    if cue.pos_ == "NOUN":
        return next((c for c in cue.children if c.dep_ == "poss"), None)
    return _subject(cue)


def _stance_object(verb: Token) -> Token | None:
    """What a stance or intention is about: its object ("backs the plan"), infinitive ("wants to leave") or
    prepositional object ("called for a ban")."""
    if verb.lemma_.lower() not in STANCE_VERBS | {"call", "ask", "say", "tell"}:
        return None
    for dep in ("xcomp", "dobj"):
        found = next((c for c in verb.children if c.dep_ == dep and not c.is_punct), None)
        if found is not None:
            return found
    preposition = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS), None)
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None) if preposition else None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start - 1 <= offset <= end + 1 for start, end in spans)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, else the one it shares with the verb it is conjoined to or depends on
    ("Graham called ... and said ...", "Sanders, saying ...")."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None or verb.head is verb:
        return own
    if verb.dep_ in {"conj", "xcomp"}:  # "went on to say", "tried to explain"
        return _subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else _subject(verb.head)
    return None


def speaker_token(doc: Doc, cue_start: int) -> Token | None:
    """The holder of the cue that starts at ``cue_start``: the speaker's mention, pronouns included."""
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    return _holder(cue[0]) if cue is not None else None
