"""Direct and reported speech, with the speaker resolved to an actor and the cue verb.

Direct quotes (``claims.direct``) come first. Reported speech is a cue verb with a clausal complement, or
set in the clause it reports ("The plan, he said, is dead"); as in PolNeAR, stances and intentions ("backs
the plan", "wants to leave", "called for a ban"), attitude adjectives ("is critical of") and nominal cues
("Trump's claim that", "denied charges that") are attributions too, as are a message sent ("sent a message of
condolence"), "according to X" and a line "Name: what they said" (headlines, transcripts); a passive or
raising cue with no holder ("is widely expected to") gives a quote without a speaker. An attribution whose cue
lies inside what another quote says is part of that content, not a second one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import names_no_one, tokens_with_lemma, tokens_with_lower
from newsevents.claims.cues import (
    ACCUSATION_VERBS,
    ATTITUDE_ADJECTIVES,
    CUE_VERBS,
    HOLDERLESS_CUES,
    MESSAGE_NOUNS,
    MESSAGE_VERBS,
    NOMINAL_CUES,
    STANCE_PREPOSITIONS,
    STANCE_VERBS,
)
from newsevents.claims.direct import direct_quotes, quote_spans
from newsevents.claims.speakers import attach_speaker, holder, quoted, set_speaker, speaker, subject
from newsevents.claims.status import according_to_source, opens_according_to
from newsevents.record import Quote

# A line "Name: what they said" (headlines, transcripts); labels that head a section are no speakers.
_LABELLED_LINE = re.compile(
    r"^(?P<label>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}):[ \t]+(?P<content>\S[^\n]*?)\s*$", re.MULTILINE
)
SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP"}
_MIN_CONTENT_TOKENS = 3  # a shorter clause is a fragment, not something said
PLACE_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
NOT_SPEAKER_LABELS = {
    "update", "updated", "watch", "read", "read more", "related", "note", "editor's note", "editor’s note", "photo",
    "video", "source", "sources", "correction", "clarification", "disclosure", "advertisement", "tags", "follow",
    "contact", "email", "transcript", "listen", "see also", "more", "breaking", "exclusive", "opinion", "analysis",
    "byline", "dateline", "credit", "caption", "image", "pictured", "twitter", "facebook", "instagram", "look",
    "wow", "boom", "bonus", "summary", "background", "headline", "topics", "subject", "location", "date",
}  # fmt: skip
#: Nouns whose claim owns a deed: "claimed responsibility for the attack", "claimed credit for the bombing".
RESPONSIBILITY_NOUNS = {"responsibility", "credit"}
#: Lemmas of every word that may hold what someone says (``_what_is_held``).
HOLDING_LEMMAS = CUE_VERBS | STANCE_VERBS | ATTITUDE_ADJECTIVES | NOMINAL_CUES | MESSAGE_VERBS


def find_quotes(doc: Doc, mentions: Mentions, text: str | None = None) -> list[Quote]:
    """Direct quotes first (in text order), then reported speech outside them. ``text`` is the document's
    text where the caller has it (``Doc.text`` joins it again from every token)."""
    text = doc.text if text is None else text
    spans = quote_spans(text)
    quotes = direct_quotes(doc, text, spans, mentions)
    covered = [(q.start, q.end) for q in quotes]
    quotes.extend(_reported_speech(doc, mentions, covered, spans))
    quotes.extend(_parenthetical(doc, mentions, covered, spans))
    quotes.extend(_labelled_lines(doc, text, mentions, covered))
    quotes.extend(_according_to(doc, text, mentions, [(q.start, q.end) for q in quotes]))
    quotes.extend(_holderless(doc, [(q.start, q.end) for q in quotes]))
    quotes = _outermost(quotes)
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"q{number}"
    return quotes


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Reported speech whose cue lies inside what another quote says is part of that content, not a
    second attribution ("Reid said he wants to leave": one attribution, by Reid)."""
    return [q for q in quotes if q.direct or not any(_nested(q, outer) for outer in quotes if outer is not q)]


def _nested(quote: Quote, outer: Quote) -> bool:
    return quote.cue_start is not None and outer.start <= quote.cue_start < outer.end


def _reported_speech(
    doc: Doc, mentions: Mentions, covered: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[Quote]:
    quotes = []
    for token in tokens_with_lemma(doc, HOLDING_LEMMAS):
        complement = _what_is_held(token)
        if complement is None or holder(token) is None or _inside(token.idx, covered):
            continue
        content = doc[complement.left_edge.i : complement.right_edge.i + 1]
        if _inside(content.start_char, covered) or len(content) < (3 if complement.dep_ == "ccomp" else 1):
            continue
        if all(t.is_punct or t.is_space or quoted(t.idx, covered) for t in content):
            continue  # the parse hangs a direct quote on its cue: that quote is already there
        quote = Quote(id="", text=content.text, start=content.start_char, end=content.end_char, direct=False)
        attach_speaker(quote, token, mentions, doc, spans)
        _widen_to_responsibility(quote, token)
        quotes.append(quote)
    return quotes


def _widen_to_responsibility(quote: Quote, cue: Token) -> None:
    """A claim of a deed has its noun in the cue: "claimed responsibility" (for the attack)."""
    noun = _responsibility_claimed(cue)
    if noun is not None and noun.i > cue.i:
        quote.cue, quote.cue_end = cue.doc[cue.i : noun.i + 1].text, noun.idx + len(noun.text)


def _parenthetical(
    doc: Doc, mentions: Mentions, covered: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[Quote]:
    """ "The plan, he said, is dead": a cue verb set in the clause it reports; that clause is the content."""
    quotes = []
    for token in tokens_with_lemma(doc, CUE_VERBS):
        if token.dep_ != "parataxis" or token.pos_ != "VERB":
            continue
        if _complement(token) is not None or subject(token) is None or _inside(token.head.idx, covered):
            continue
        sentence = token.sent
        clause = [t for t in token.head.subtree if sentence.start <= t.i < sentence.end and not t.is_punct | t.is_space]
        if len(clause) - sum(1 for _ in token.subtree) < 3 or any(quoted(t.idx, covered) for t in clause):
            continue
        content = doc[clause[0].i : clause[-1].i + 1]
        quote = Quote(id="", text=content.text, start=content.start_char, end=content.end_char, direct=False)
        attach_speaker(quote, token, mentions, doc, spans)
        quotes.append(quote)
    return quotes


def _labelled_lines(doc: Doc, text: str, mentions: Mentions, covered: list[tuple[int, int]]) -> list[Quote]:
    """ "Ryan: Trade deals hurt workers" (a headline) or "SANDERS: We will win" (a transcript): a line that
    opens with a name and a colon is that name's word."""
    quotes = []
    for match in _LABELLED_LINE.finditer(text):
        label = doc.char_span(*match.span("label"), alignment_mode="contract")
        start, end = match.span("content")
        if label is None or _inside(start, covered) or not _names_a_speaker(label):
            continue
        quote = Quote(id="", text=text[start:end], start=start, end=end, direct=False, cue=":")
        quote.cue_start, quote.cue_end = match.end("label"), match.end("label") + 1
        set_speaker(quote, label[-1], mentions, doc, label)
        quotes.append(quote)
    return quotes


def _names_a_speaker(label: Span) -> bool:
    """A name (or a transcript's capitalised one), not a section heading ("UPDATE:") nor a place or date."""
    lowered = label.text.lower()
    if lowered in NOT_SPEAKER_LABELS or "update" in lowered or all(t.ent_type_ in PLACE_ENTITIES for t in label):
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTITIES for t in label)
    return named or label.text.isupper() or len(label) == 1  # one capitalised word: the tagger often misses a name


def _according_to(doc: Doc, text: str, mentions: Mentions, covered: list[tuple[int, int]]) -> list[Quote]:
    """ "According to X, ...": the clause the phrase modifies, on X's word."""
    quotes = []
    for token in tokens_with_lower(doc, {"according"}):
        if not opens_according_to(token):
            continue
        source = according_to_source(token)
        content = _clause_without(token.head, token)
        if source is None or content is None or _inside(content[0], covered):
            continue
        start, end = content
        quote = Quote(id="", text=text[start:end], start=start, end=end, direct=False, cue="according to")
        to = token.nbor(1)
        quote.cue_start, quote.cue_end = token.idx, to.idx + len(to)
        set_speaker(quote, source, mentions, doc)
        quotes.append(quote)
    return quotes


def _holderless(doc: Doc, covered: list[tuple[int, int]]) -> list[Quote]:
    """Passive or raising attributions with no source ("is widely expected to", "seems to"): the whole
    clause, from its subject to the end of the complement, is the content."""
    quotes = []
    for token in tokens_with_lemma(doc, HOLDERLESS_CUES):
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        theme = next((c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        complement = next((c for c in token.children if c.dep_ in {"xcomp", "oprd", "acomp"}), None)
        passive = any(c.dep_ == "auxpass" for c in token.children) or token.lemma_.lower() in {"seem", "appear"}
        if theme is None or complement is None or not passive or _inside(token.idx, covered):
            continue
        content = doc[min(theme.left_edge.i, token.i) : complement.right_edge.i + 1]
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
    if len(tokens) < _MIN_CONTENT_TOKENS:
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
        return _complement(cue) or _stance_object(cue) or _clause_of_a_said_noun(cue) or _deed_claimed(cue)
    if cue.pos_ == "VERB" and lemma in MESSAGE_VERBS:
        return next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS), None)
    if cue.pos_ == "ADJ" and cue.dep_ == "acomp" and lemma in ATTITUDE_ADJECTIVES:
        return _clausal_or_prepositional(cue)
    if cue.pos_ == "NOUN" and lemma in NOMINAL_CUES and holder(cue) is not None:
        return _clausal_or_prepositional(cue)
    return None


def _clause_of_a_said_noun(verb: Token) -> Token | None:
    """What a claim or charge the verb acts on says: "denied charges that police tortured him", "denied charges he
    ran a hit squad" (a content clause, with "that" or a subject of its own; not "charges brought by police"), also
    one the parser took for a relative clause, which "that" opens as a conjunction, not as its subject ("denied
    charges by the clergy that it tortured a priest")."""
    said = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in NOMINAL_CUES), None)
    if said is None:
        return None
    clauses = (c for c in said.children if c.dep_ in {"acl", "ccomp"} or (c.dep_ == "relcl" and _opened_by_that(c)))
    return next((c for c in clauses if any(g.dep_ == "nsubj" or g.lower_ == "that" for g in c.children)), None)


def _opened_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _deed_claimed(verb: Token) -> Token | None:
    """The deed in "the Taliban claimed responsibility for the attack" (the parse may hang "for" on the verb): the
    claimant says they did it, which PolNeAR and CAMEO read as a statement (CAMEO 015). Not "no one has claimed
    responsibility", nor a claim with no deed named."""
    noun = _responsibility_claimed(verb)
    claimant = subject(verb)
    if noun is None or any(c.dep_ == "neg" for c in verb.children) or (claimant is not None and names_no_one(claimant)):
        return None
    preposition = next((c for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None) if preposition else None


def _responsibility_claimed(verb: Token) -> Token | None:
    """ "responsibility" as the object of "claim"."""
    if verb.lemma_.lower() != "claim":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS), None)


def _clausal_or_prepositional(cue: Token) -> Token | None:
    clause = next((c for c in cue.children if c.dep_ in {"ccomp", "xcomp", "acl"}), None)
    if clause is not None:
        return clause
    preposition = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPOSITIONS), None)
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None) if preposition else None


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


def speaker_token(doc: Doc, cue_start: int) -> Token | None:
    """The holder of the cue that starts at ``cue_start``: the speaker's mention, pronouns included."""
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    return speaker(cue[0], quote_spans(doc.text)) if cue is not None else None
