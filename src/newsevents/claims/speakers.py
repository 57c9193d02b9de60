"""Who holds what a cue says: its subject (shared along conjoined or dependent verbs, the agent of a
passive), never a word in quotation marks nor one across a paragraph break; when the parse gives no such
holder, the noun phrase right before the cue ("Lee, a senator, said"; past an aside or a clause the parser
left it in, "Lee, ... after winning the primaries, said") or right after it ("said Lee", "said the
46-year-old"). A relative pronoun stands for its antecedent and a pronoun speaker is resolved to the last
person named."""

from __future__ import annotations

import bisect

import numpy as np
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from newsevents.annotate.actors import actor_for_token
from newsevents.annotate.mentions import Mentions
from newsevents.annotate.nlp import once_per_doc
from newsevents.record import Quote

PRONOUNS = {"he", "she", "they", "we", "i", "it"}
#: What a body issues in words: "issued a statement saying", "released a communique stating".
ISSUED_TEXTS = {"statement", "communique", "communiqué", "message", "letter", "note", "release", "notice", "video"}
DATE_ENTITIES = {"DATE", "TIME"}
QUOTE_ENDS = {".", "”", '"', "''"}  # the phrase before a cue stops at the end of a quote or sentence
ASIDE_OBJECTS = {"dobj", "pobj", "dative", "attr", "oprd"}  # what an aside says, never who speaks
NOUN_PHRASE_OPENERS = {"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"}


def attach_speaker(quote: Quote, cue: Token, mentions: Mentions, doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Set ``quote``'s cue to ``cue`` and its speaker to the cue's holder, when it has one."""
    quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.idx, cue.idx + len(cue.text)
    who = speaker(cue, spans)
    if who is not None:
        set_speaker(quote, who, mentions, doc, None if who.lower_ in PRONOUNS else _speaker_phrase(who, cue))


def speaker(cue: Token, spans: list[tuple[int, int]]) -> Token | None:
    """Who holds what the cue says, never a word in quotation marks, one across a paragraph break, a date
    or whom it is told to ("told Fox News"): when the parse gives such a holder, the phrase that ends right
    before the cue ("Lee, a senator, said") or the one right after it ("said Lee")."""
    parsed = holder(cue)
    if parsed is not None and _fits(parsed, cue, spans) and not _listener_or_date(parsed, cue):
        return parsed
    if cue.tag_ not in {"VBD", "VBZ", "VBP"} and cue.dep_ != "ROOT" and not _misparsed_past(cue):
        return None
    before = _phrase_before(cue)
    if before is not None and _fits(before, cue, spans):
        return before
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if after is None or after.pos_ not in {"PROPN", "NOUN", "DET", "ADJ"} or cue.lemma_.lower() == "tell":
        return None
    root = _phrase_root(after)
    named = (root.pos_ in {"PROPN", "NOUN"} and root.ent_type_ not in DATE_ENTITIES) or _age_noun(root)
    return root if named and _fits(root, cue, spans) else None


def _misparsed_past(cue: Token) -> bool:
    """A past tense the parser took for a participle on the phrase before it: in "“…,” the nominee, Donald
    Trump, tweeted Sunday" the verb hangs on "nominee" as if it were "the nominee tweeted about". The comma
    that closes the phrase tells it from a true participle ("a band called Sophistafunk")."""
    after_comma = cue.i > 0 and cue.nbor(-1).text == ","
    return (
        after_comma
        and cue.dep_ == "acl"
        and cue.tag_ == "VBN"
        and cue.head.i < cue.i
        and cue.head.pos_ in {"NOUN", "PROPN"}
    )


def _antecedent(who: Token) -> Token:
    """What a relative pronoun stands for: "Lee, who said" is Lee."""
    return who.head.head if who.tag_ in {"WP", "WDT"} and who.head.dep_ == "relcl" else who


def _listener_or_date(who: Token, cue: Token) -> bool:
    date = who.ent_type_ in DATE_ENTITIES and not _age_noun(who)
    return date or (who.i > cue.i and cue.lemma_.lower() == "tell")


def _age_noun(token: Token) -> bool:
    """ "the 46-year-old": an age standing for a person (the tagger reads an adjective in a date)."""
    return (
        token.lower_ == "old"
        and token.i >= 2
        and token.doc[token.i - 2].lower_ in {"year", "years"}
        and token.dep_ != "amod"
    )


def _phrase_before(cue: Token) -> Token | None:
    """The head of the noun phrase that ends right before the cue, appositions and relative clauses included;
    when the parse leaves the words before the cue in an aside, the phrase that opens it ("Lee, ..., said")."""
    start = _stretch_start(cue)
    token = _parsed_phrase_before(cue)
    if token is not None and token.dep_ in ASIDE_OBJECTS:
        token = _clause_owner(token, cue, start) or token
    if token is not None and token.i < start:  # climbed into the quote before
        token = None
    if (token is None or token.dep_ in ASIDE_OBJECTS) and cue.i > 0 and cue.nbor(-1).text == ",":
        token = _opening_phrase(cue) or token
    return token


def _clause_owner(obj: Token, cue: Token, start: int) -> Token | None:
    """The noun that the clause holding ``obj`` describes: "an official who spoke anonymously to discuss
    internal strategy said" is the official's, not the strategy's."""
    node = obj.head
    while node.pos_ in {"VERB", "AUX", "ADP", "PART"} and start <= node.head.i < cue.i:
        if node.head.i == node.i:
            return None
        node = node.head
    return node if node.i != obj.i and _nominal(node) and node.dep_ not in ASIDE_OBJECTS else None


def _parsed_phrase_before(cue: Token) -> Token | None:
    sentence = cue.sent
    i = cue.i - 1
    while i >= sentence.start and cue.doc[i].pos_ in {"ADV", "AUX", "PUNCT"} and cue.doc[i].text not in QUOTE_ENDS:
        i -= 1
    if i < sentence.start:
        return None
    token = cue.doc[i]
    while sentence.start <= token.head.i < cue.i and token.head.i != token.i:
        if token.pos_ in {"PROPN", "NOUN", "PRON"} and token.head.pos_ in {"VERB", "AUX"}:
            break
        token = token.head
    return token if _nominal(token) else None


def _opening_phrase(cue: Token) -> Token | None:
    """The first noun phrase set off by commas between the quote or sentence start and the cue: "Trump, the
    frontrunner after winning the primaries, said" is Trump's, "In a statement to the Observer, her adviser,
    Jake Sullivan, said" the adviser's."""
    chunk: list[Token] = []
    for token in cue.doc[_stretch_start(cue) : cue.i]:
        if token.text != ",":
            chunk += [token] if not token.is_space else []
            continue
        root = _chunk_root(chunk)
        if root is not None:
            return root
        chunk = []
    return None


def _stretch_start(cue: Token) -> int:
    """Where the words before the cue begin: after the quote or sentence that ends before it."""
    ends = [t.i for t in cue.doc[cue.sent.start : cue.i] if t.text in QUOTE_ENDS]
    return ends[-1] + 1 if ends else cue.sent.start


def _chunk_root(chunk: list[Token]) -> Token | None:
    """The head of a stretch of words that is a noun phrase on its own (not a prepositional or verb phrase)."""
    if not chunk or chunk[0].pos_ not in NOUN_PHRASE_OPENERS:
        return None
    inside = {t.i for t in chunk}
    roots = [t for t in chunk if t.head.i not in inside or t.head.i == t.i]
    return roots[0] if len(roots) == 1 and _nominal(roots[0]) else None


def _nominal(token: Token) -> bool:
    return (token.pos_ in {"PROPN", "NOUN", "PRON"} and token.ent_type_ not in DATE_ENTITIES) or _age_noun(token)


def _fits(who: Token, cue: Token, spans: list[tuple[int, int]]) -> bool:
    return not quoted(who.idx, spans) and not paragraph_break(who, cue)


def paragraph_break(a: Token, b: Token) -> bool:
    """A line break between the two tokens (or after the first of them)."""
    first, last = min(a.i, b.i), max(a.i, b.i)
    breaks = _line_breaks(a.doc)
    after_first = bisect.bisect_left(breaks, first)
    return after_first < len(breaks) and breaks[after_first] < last


def _line_breaks(doc: Doc) -> list[int]:
    """Positions of the tokens that hold or end in a line break, found once per document (asked very often).
    Only whitespace tokens can: the tokenizer splits words at whitespace and leaves at most a space after one."""
    return once_per_doc(doc, _LINE_BREAKS, _read_line_breaks)


def _read_line_breaks(doc: Doc) -> list[int]:
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return [i for i in spaces if "\n" in doc[i].text_with_ws]


_LINE_BREAKS = "newsevents.line_breaks"


def _phrase_root(token: Token) -> Token:
    """The head noun of the phrase ``token`` opens ("said Senator Lee": Lee)."""
    while token.dep_ in {"compound", "amod", "det", "poss"} and token.head.i > token.i:
        token = token.head
    return token


def quoted(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def set_speaker(quote: Quote, who: Token, mentions: Mentions, doc: Doc, phrase: Span | None = None) -> None:
    """The quote's speaker: the mention's text and span, and its actor (for a pronoun, the last person named
    before it, the pronoun having no span)."""
    if who.lower_ in PRONOUNS:
        quote.speaker_text = who.text
        quote.speaker = _last_person_before(mentions, who.i)
        return
    phrase = phrase or _speaker_phrase(who)
    quote.speaker_text = phrase.text
    quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
    named = _antecedent(who)
    quote.speaker = actor_for_token(mentions, named) or _actor_in(phrase, mentions)


def _speaker_phrase(head: Token, cue: Token | None = None) -> Span:
    """The speaker's whole noun phrase, appositions and relative clauses included as annotators mark it
    ("Lee, a senator who …"), but not before a line break nor from the cue on (a cue the parser hung on the
    phrase)."""
    tokens = [t for t in head.subtree if t.dep_ != "punct" and (cue is None or head.i > cue.i or t.i < cue.i)]
    tokens = tokens or [head]  # a mark the parser made the speaker ("parishad''s"): the mark alone
    breaks = [t.i + 1 for t in tokens if t.i < head.i and "\n" in t.text_with_ws]
    left = max([min(t.i for t in tokens), *breaks])
    return head.doc[left : max(t.i for t in tokens) + 1]


def _actor_in(phrase: Span, mentions: Mentions) -> str | None:
    return next((mentions.actor_by_token[t.i] for t in phrase if t.i in mentions.actor_by_token), None)


def _last_person_before(mentions: Mentions, index: int) -> str | None:
    """The nearest person named before token ``index`` (the words of actors only are read)."""
    for position in sorted((i for i in mentions.actor_by_token if i < index), reverse=True):
        actor = mentions.actor(mentions.actor_by_token[position])
        if actor and actor.kind == "person":
            return actor.id
    return None


def holder(cue: Token) -> Token | None:
    """Who holds what the cue expresses: the verb's subject, the subject of the copula an attitude adjective
    completes ("Clinton is critical of"), or a nominal cue's possessor ("Trump's claim")."""
    if cue.pos_ == "ADJ":
        return subject(cue.head) if cue.head.i != cue.i else None
    if cue.pos_ == "NOUN":
        return next((c for c in cue.children if c.dep_ == "poss"), None)
    return subject(cue)


def subject(verb: Token) -> Token | None:
    """The verb's subject, else the one it shares with the verb it is conjoined to or depends on
    ("Graham called ... and said ...", "Sanders, saying ...")."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None) or _agent(verb)
    if own is not None or verb.head.i == verb.i:
        return own
    if verb.dep_ in {"conj", "xcomp", "acomp"} or (verb.dep_ == "dep" and verb.head.pos_ == "VERB"):  # "went on to"
        return subject(verb.head) or next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ == "VERB":  # "began by saying"
        return subject(verb.head.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else subject(verb.head)
    if verb.dep_ == "parataxis" and verb.head.tag_ in {"VBG", "VBN"}:  # "Durbin, noting ..., said" misparsed
        return subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _issued_text(verb.head):
        return subject(verb.head.head)
    return None


def _issued_text(noun: Token) -> bool:
    """A statement or message someone issues, whose words a participle tells: "the ministry issued a statement
    saying", "the group posted a message claiming" (who issues it says what it says)."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.lemma_.lower() in ISSUED_TEXTS


def _agent(verb: Token) -> Token | None:
    """Who does a passive verb: "was asked by the host" is the host's question."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
