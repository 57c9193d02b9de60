"""Direct quotes: the text between quotation marks, and who said it.

Marks are curly or straight, mixed, or two apostrophes (''); a single apostrophe ("Hopkins' house") never
is one. A quote may run over several paragraphs: a paragraph inside it opens with a mark and does not close
it. Its speaker comes from, in order: a name between a dash and the colon opening it ("... - Lee: “…"), a verb
hugging the quote ("“…,” beamed Lee", "Lee answered, “…"; for a subordinate clause hugging it, "Lee said, when
the story broke, “…", the verb that clause hangs on), a cue verb in its sentence, the clause a colon or comma
introduces it with ("Lee issued a statement: “…"), a cue verb in the next sentence of the paragraph then the
one before, "according to" in its sentence, a name before a colon ("Lee: “…"), a signature on the next line
("— Lee"). A quote with none of these that goes on from a quote with a speaker, in its paragraph or opening
the next one, is that speaker's; else one that the next quote goes on from takes that quote's speaker.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.mentions import Mentions
from newsevents.claims.cues import CUE_VERBS
from newsevents.claims.speakers import PRONOUNS, attach_speaker, paragraph_break, quoted, set_speaker, speaker
from newsevents.claims.status import according_to_source, opens_according_to
from newsevents.record import Quote

# Straight and curly marks are often mixed; two apostrophes ('') are a mark in some house styles, one never is.
_QUOTE_RE = re.compile(r"""(?P<open>[“"]|'')(?P<body>(?:[^“”"\n']|'(?!'))*)(?P<close>[”"]|''|$)""", re.MULTILINE)
QUOTE_MARK_TOKENS = {"“", '"', "''", "``", "‘", "'"}
LIGHT_VERBS = {"be", "have", "do", "get", "make"}  # next to a quote, these say nothing of who said it
_OPEN_END = tuple(",?!—–-…")
MIN_QUOTE_WORDS = 3  # shorter runs in marks are scare quotes, titles or nicknames, not speech
_DASHED_NAME_REACH = 120  # characters before a quote searched for "- Name:"
_MAX_SIGNATURE_TOKENS = 8  # a signature line longer than this is prose, not a name
_VERB_AFTER_REACH = 30  # tokens after a quote searched for the verb that introduces it
_DASHED_NAME = re.compile(r"\s[-—–]\s+(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|&)){0,5}):\s*(?:[“\"]|'')$")
_SIGNATURE = re.compile(r"[”\"'.\s]*\n\s*[-—–]\s*(?P<name>[A-Z][^\n]{0,80}?)\.?[ \t]*(?:\n|$)")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted content (marks excluded), joining multi-paragraph quotes."""
    spans: list[tuple[int, int]] = []
    closed: list[bool] = []
    for match in _QUOTE_RE.finditer(text):
        start, end = match.span("body")
        if spans and not closed[-1] and text[spans[-1][1] : match.start()].strip() == "":
            spans[-1] = (spans[-1][0], end)
            closed[-1] = bool(match.group("close"))
        elif len(text[start:end].split()) >= MIN_QUOTE_WORDS:
            spans.append((start, end))
            closed.append(bool(match.group("close")))
    return spans


def direct_quotes(doc: Doc, text: str, spans: list[tuple[int, int]], mentions: Mentions) -> list[Quote]:
    """Quotes in marks, each with the speaker next to it; a quote with none in reach that goes on in the
    paragraph of a quote with a speaker is the same speaker's ("“No,” Lee said. “Never.”")."""
    quotes: list[Quote] = []
    for start, end in spans:
        quote = _direct_quote(doc, text, (start, end), spans, mentions)
        if _unattributed(quote) and quotes and _goes_on(text, quotes[-1], start):
            _continue_speaker(quote, quotes[-1])
        quotes.append(quote)
    for quote, following in reversed(list(pairwise(quotes))):
        if _unattributed(quote) and _goes_on(text, quote, following.start):
            _continue_speaker(quote, following)
    return quotes


def _unattributed(quote: Quote) -> bool:
    return quote.cue is None and quote.speaker_text is None


def _goes_on(text: str, previous: Quote, start: int) -> bool:
    """The quote goes on from ``previous``: in the same paragraph, or opening the next one."""
    between = text[previous.end : start]
    if "\n" not in between:
        return True
    before, _, opening = between.rpartition("\n")
    return sum(bool(line.strip()) for line in before.split("\n")) <= 1 and not opening.strip(" \t“\"'")


def _continue_speaker(quote: Quote, previous: Quote) -> None:
    quote.speaker, quote.speaker_text = previous.speaker, previous.speaker_text
    quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
    quote.cue, quote.cue_start, quote.cue_end = previous.cue, previous.cue_start, previous.cue_end


def _direct_quote(
    doc: Doc, text: str, extent: tuple[int, int], spans: list[tuple[int, int]], mentions: Mentions
) -> Quote:
    start, end = extent
    content = text[start:end].strip()
    quote = Quote(id="", text=content, start=start, end=start + len(content), direct=True)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return quote
    dashed = _dashed_name(doc, text, start)
    if dashed is not None:
        set_speaker(quote, dashed.root, mentions, doc, dashed)
        return quote
    introducer = _introducer(span)
    cue = _cue_near(span, spans, introducer)
    if cue is not None:
        attach_speaker(quote, cue, mentions, doc, spans)
        return quote
    according = _according_to_source(span, spans)
    if according is not None:
        to = according.head
        quote.cue, quote.cue_start, quote.cue_end = "according to", to.head.idx, to.idx + len(to)
        set_speaker(quote, according, mentions, doc)
        return quote
    name = _name_before_colon(introducer) if introducer else _signature(doc, text, end)
    if name is not None:
        modifiers = [c.left_edge.i for c in name.lefts if c.dep_ in {"compound", "det", "amod", "poss"}]
        set_speaker(quote, name, mentions, doc, doc[min([name.i, *modifiers]) : name.i + 1])
    return quote


def _dashed_name(doc: Doc, text: str, start: int) -> Span | None:
    """ "Polls did predict the caucus - Carl Bialik: “…": a name set after a dash and before the colon that
    opens the quote is its speaker, whatever verb the words before the dash hold."""
    match = _DASHED_NAME.search(text, max(0, start - _DASHED_NAME_REACH), start)
    return doc.char_span(*match.span("name"), alignment_mode="contract") if match else None


def _introducer(quote: Span) -> Token | None:
    """The word before the colon or comma that opens the quote ("Lee said:", "in a statement,"); a colon may
    end the paragraph before."""
    doc = quote.doc
    i = quote.start - 1
    while i > 0 and (doc[i].text in QUOTE_MARK_TOKENS or doc[i].is_space):
        i -= 1
    if i <= 0 or doc[i].text not in {":", ","} or (doc[i].text == "," and paragraph_break(doc[i], quote[0])):
        return None
    word = doc[i - 1]
    return None if paragraph_break(word, doc[i]) else word


def _name_before_colon(word: Token) -> Token | None:
    """ "Trump: “...”": a name right before the colon."""
    colon = word.nbor(1)
    return word if colon.text == ":" and word.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _introducing_verb(word: Token, quote: Span, spans: list[tuple[int, int]]) -> Token | None:
    """ "Trump issued the following statement:", "her response was:": the verb of the clause that introduces
    the quote, when it has a speaker."""
    head = word
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i and head.head.i < quote.start:
        head = head.head
    head = _main_verb(head) if head.pos_ == "VERB" else head
    return head if head.pos_ in {"VERB", "AUX"} and speaker(head, spans) is not None else None


def _according_to_source(quote: Span, spans: list[tuple[int, int]]) -> Token | None:
    """ "According to Lee, “...”": the source named in the quote's sentence, outside the quote."""
    for token in quote[0].sent:
        if opens_according_to(token):
            source = according_to_source(token)
            if source is not None and not quoted(source.idx, spans):
                return source
    return None


def _signature(doc: Doc, text: str, end: int) -> Token | None:
    """A quote signed on the line after it: “...” then “— Bernie Sanders.”"""
    match = _SIGNATURE.match(text, end)
    line = doc.char_span(*match.span("name"), alignment_mode="contract") if match else None
    if line is None or len(line) > _MAX_SIGNATURE_TOKENS:
        return None
    root = line.root
    return root if root.pos_ in {"PROPN", "NOUN"} else None


def _cue_near(span: Span, spans: list[tuple[int, int]], introducer: Token | None) -> Token | None:
    """The cue verb outside the quote and in its paragraph: any verb hugging the quote, else a cue verb in its
    sentence(s), else the verb of the clause that introduces it, else a cue verb in the next sentence, then in
    the previous."""
    doc = span.doc
    first, last = span[0].sent, span[-1].sent
    neighbours = [doc[last.end].sent] if last.end < len(doc) else []
    neighbours += [doc[first.start - 1].sent] if first.start > 0 else []
    return (
        _verb_before(span, spans)
        or _verb_after(span, spans)
        or _cue_in(first, span, spans)
        or _cue_in(last, span, spans)
        or (_introducing_verb(introducer, span, spans) if introducer is not None else None)
        or next(filter(None, (_cue_in(sentence, span, spans) for sentence in neighbours)), None)
    )


def _verb_after(quote: Span, spans: list[tuple[int, int]]) -> Token | None:
    """ "“…,” beamed Lee" or "“…?” the host asked": whatever the verb, it introduces the quote when the quote
    ends open (comma, question, exclamation, dash) and the verb and its speaker follow the mark."""
    doc = quote.doc
    i = quote.end
    while i < len(doc) and doc[i].is_punct and not paragraph_break(quote[-1], doc[i]):
        i += 1
    closing = doc[quote.end - 1 : i].text + quote[-1].text
    if i >= len(doc) or paragraph_break(quote[-1], doc[i]) or not any(m in closing for m in _OPEN_END):
        return None
    window = [t for t in doc[i : i + _VERB_AFTER_REACH] if not paragraph_break(doc[i], t)]
    verbs = [t for t in window if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_VERBS][:2]
    return next((verb for verb in verbs if _attributes(verb, doc[i], spans)), None)


def _attributes(verb: Token, first: Token, spans: list[tuple[int, int]]) -> bool:
    """The verb and its speaker make up what follows the quote from ``first`` on ("Lee, a senator, said")."""
    who = speaker(verb, spans)
    if who is None:
        return False
    between = verb.doc[first.i : verb.i] if who.i < verb.i else verb.doc[verb.i + 1 : who.i]
    phrase = {t.i for t in who.subtree}
    return all(t.i in phrase or t.pos_ in {"ADV", "AUX", "PART"} or t.text == "," for t in between)


def _verb_before(quote: Span, spans: list[tuple[int, int]]) -> Token | None:
    """ "Lee answered, “…" or "Lee declared:" at the end of the paragraph before the quote."""
    doc = quote.doc
    i = quote.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in ".;":
        i -= 1
    if i >= 0 and doc[i].dep_ == "prt":  # "she went on:"
        i = doc[i].head.i
    if i < 0 or doc[i].pos_ != "VERB":
        return None
    verb = _main_verb(doc[i])
    if verb.pos_ != "VERB" or verb.lemma_.lower() in LIGHT_VERBS or quoted(verb.idx, spans):
        return None
    colon = any(t.text == ":" for t in doc[i + 1 : quote.start])
    if paragraph_break(verb, quote[0]) and not colon:
        return None
    return verb if speaker(verb, spans) is not None else None


def _main_verb(verb: Token) -> Token:
    """The verb of the clause that a subordinate clause right before a quote hangs on: "Clinton said, when the
    story broke, “…" and "Lee apologized for what happened: “…" are Clinton's and Lee's words."""
    while _subordinate(verb):
        head = verb.head
        while head.pos_ != "VERB" and head.head.i != head.i:
            head = head.head
        if head.pos_ != "VERB":
            break
        verb = head
    return verb


def _subordinate(verb: Token) -> bool:
    """The verb heads a clause set in another by a subordinating word ("when", "if", "what") and says nothing
    of anyone speaking: no cue verb ("when she said, “…") nor a person acting ("when Lee wrapped up — “…").
    "As" ("as Lee put it") introduces the quote itself, and "who" or "which" stands for the speaker."""
    if verb.dep_ not in {"advcl", "pcomp", "relcl"} or verb.head.i == verb.i or verb.lemma_.lower() in CUE_VERBS:
        return False
    if any(_person(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        return False
    words = {"WRB"} if verb.dep_ == "relcl" else {"WRB", "WP"}
    return any((c.dep_ == "mark" and c.lower_ != "as") or c.tag_ in words for c in verb.children)


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PRONOUNS - {"it"}


def _cue_in(sentence: Span, quote: Span, spans: list[tuple[int, int]]) -> Token | None:
    """The cue verb (with a speaker) outside the quotes, in the quote's paragraph and nearest to it."""
    cues = [
        t
        for t in sentence
        if t.lemma_.lower() in CUE_VERBS
        and t.pos_ == "VERB"
        and not quoted(t.idx, spans)
        and not paragraph_break(t, quote[0] if t.i < quote.start else quote[-1])
        and speaker(t, spans) is not None
    ]
    return min(cues, key=lambda t: (not t.is_ancestor(quote[0]), _distance(t, quote)), default=None)


def _distance(token: Token, quote: Span) -> int:
    return min(abs(token.i - quote.start), abs(token.i - quote.end))
