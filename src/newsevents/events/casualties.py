"""Counts of people killed and injured: "killing 6 civilians", "at least a dozen", "two soldiers and a medic"."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsevents.annotate.nlp import once_per_doc, tokens_with_lemma, tokens_with_lower

# fmt: off
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "single": 1, "both": 2, "couple": 2,
}
# fmt: on
#: Words that count people without a number, read as event coders (ACLED) read them, by the unit they multiply:
#: "killing several" (3), "dozens of people" (12), "scores of" (20), "hundreds of" (100).
VAGUE_COUNTS = {"several": 3, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}
KILL_LEMMAS = {"kill", "murder", "execute", "behead", "assassinate", "massacre", "slay", "shoot"}
#: Verbs of harm that kill only "to death" or "dead": "shot dead", "burnt to death", "beaten to death".
TO_DEATH_LEMMAS = {"shoot", "burn", "beat", "stab", "hack", "stone", "lynch", "torture", "club"}
INJURE_LEMMAS = {"injure", "wound", "hurt"}
#: Dying verbs: "died", "perished in", "succumbed to their wounds".
DIE_LEMMAS = {"die", "perish", "succumb"}
DEATH_WORDS = {"dead", "die", "death", "fatality", "body", "corpse", "casualty"}
INJURY_WORDS = {"injured", "wounded", "injury", "hurt"}
#: Nouns read in the plural too ("77 deaths", "3 fatalities"); not "casualties", which counts the wounded too.
PLURAL_STATE_NOUNS = {"death", "fatality", "body", "corpse", "injury"}
#: Nouns whose "of" phrase names the dead: "the death of 5 militants", "the killing of 1 gendarme", "the bodies of
#: twelve civilians".
DEATH_OF_NOUNS = {"death", "killing", "body", "corpse"}
#: Nouns whose possessor is one of the dead: "a young man's body" (where "Hall's death" may be told as background).
BODY_NOUNS = {"body", "corpse"}
#: The lemmas and word forms a toll is read from.
TOLL_WORDS = KILL_LEMMAS | TO_DEATH_LEMMAS | INJURE_LEMMAS | DIE_LEMMAS | DEATH_OF_NOUNS | PLURAL_STATE_NOUNS
TOLL_FORMS = DEATH_WORDS | INJURY_WORDS
#: Where ``_toll_words_in`` keeps a document's death and injury words, by token index.
_TOLL_POSITIONS = "newsevents.toll_words"
#: Nouns that count people of any kind, which a list in apposition may break down.
GENERIC_PEOPLE = {"person", "people"}
#: A pronoun for one person: "He was killed", "killing him", "injuring a soldier and killing another".
ONE_PERSON_PRONOUNS = {"he", "she", "him", "her", "another"}
#: What joins the ends of a range: "14 to 20", "10-15", "two or three".
RANGE_WORDS = {"to", "-", "or"}
#: Words that put a death before or behind the event told: "protested against the killing of", "clashed after the
#: latter killed a man", "justice for a man who was killed", "a row over the death of".
CAUSE_WORDS = {"after", "following", "since", "against", "over", "for"}
#: Adverbs that say a killing did not happen: "almost killed him".
NOT_QUITE = {"almost", "nearly"}
PEOPLE_NOUNS = {
    "person",
    "people",
    "civilian",
    "soldier",
    "man",
    "woman",
    "child",
    "officer",
    "fighter",
    "militant",
    "policeman",
    "member",
    "resident",
    "villager",
    "student",
    "worker",
    "protester",
    "troop",
    "serviceman",
    "rebel",
    "insurgent",
    "farmer",
    "passenger",
    "medic",
    "guard",
    "youth",
    "victim",
    "boy",
    "girl",
    "teenager",
    "driver",
    "trader",
    "merchant",
    "shopkeeper",
    "businessman",
    "teacher",
    "journalist",
    "official",
    "commander",
    "inmate",
    "prisoner",
    "suspect",
    "demonstrator",
    "gendarme",
    "herder",
    "pastoralist",
    "tribesman",
    "militiaman",
    "husband",
    "wife",
    "son",
    "daughter",
    "brother",
    "father",
    "mother",
}


#: What a killing verb may take that is not a person: "killed a dozen of their livestock".
NOT_PEOPLE = {
    "livestock", "cattle", "animal", "cow", "goat", "sheep", "camel", "dog", "horse", "donkey", "chicken",
    "elephant", "bird", "plan", "bill", "deal", "idea", "engine", "time", "story", "light", "project", "chance",
}  # fmt: skip


def parse_number(text: str) -> int | None:
    """An integer from digits ("1,200") or words ("twenty-five", "a dozen")."""
    cleaned = text.lower().replace(",", "").strip()
    if cleaned.isdigit():
        return int(cleaned)
    parts = re.split(r"[-\s]+", cleaned)
    values = [NUMBER_WORDS.get(p) for p in parts if p not in {"a", "and"} or len(parts) == 1]
    if not values or any(v is None for v in values):
        return None
    if "hundred" in parts:
        return (values[0] if len(values) > 1 else 1) * 100 + sum(v for v in values[2:] if v)
    return sum(v for v in values if v)


def count_victims(head: Token) -> int | None:
    """How many people a victim phrase names, adding conjuncts: "two soldiers and a medic" -> 3; "three people, two
    soldiers and a civilian" -> 3, the list after "people" telling who they were."""
    first = _count_of(head)
    rest = [c for c in map(_count_of, _conjuncts(head)) if c is not None]
    if first is not None and rest and head.lemma_.lower() in GENERIC_PEOPLE and sum(rest) == first:
        return first
    counts = [c for c in (first, *rest) if c is not None]
    return sum(counts) if counts else None


def casualties(sentence: Span, trigger: Token) -> tuple[int | None, int | None]:
    """(killed, injured) stated in the trigger's sentence, or None where the text gives no count."""
    killed = injured = None
    for token in _toll_words_in(sentence):  # no test below holds for another word
        lemma = token.lemma_.lower()
        if _told_as_cause(token, lemma, trigger):
            continue
        if _kills(token, lemma, trigger):
            if not _done_by_another(token, trigger):
                killed = _first(killed, _victims_of_verb(token, victims=True))
        elif lemma in INJURE_LEMMAS and token.pos_ == "VERB" and token.dep_ != "oprd":
            if not _done_by_another(token, trigger) and not _killed_or_injured(token):
                injured = _first(injured, _victims_of_verb(token))
        elif lemma in DIE_LEMMAS and token.pos_ == "VERB":
            killed = _first(killed, _subject_count(token))
        elif lemma in DEATH_OF_NOUNS and token.pos_ == "NOUN" and (dead := _named_dead(token)) is not None:
            killed = _first(killed, dead)
        elif (state := _state_word(token)) is not None:
            count = _count_near_state(token)
            if state in INJURY_WORDS:
                injured = _first(injured, count)
            else:
                killed = _first(killed, count)
    return killed, injured


def _toll_words_in(sentence: Span) -> list[Token]:
    """The sentence's words of death or injury (``TOLL_WORDS``, ``TOLL_FORMS``), in order. The document's are
    found once, from its lemma and lower-case columns: most sentences have none, and the coder asks of each
    event's sentence and of every sentence without an event."""
    doc = sentence.doc
    positions = once_per_doc(doc, _TOLL_POSITIONS, _toll_positions)
    first, end = bisect_left(positions, sentence.start), bisect_left(positions, sentence.end)
    return [doc[i] for i in positions[first:end]]


def _toll_positions(doc: Doc) -> list[int]:
    found = [*tokens_with_lemma(doc, TOLL_WORDS), *tokens_with_lower(doc, TOLL_FORMS)]
    return sorted({token.i for token in found})


def _told_as_cause(word: Token, lemma: str, trigger: Token) -> bool:
    """A death or wound the event came after or was about, outside the trigger's own clause: "barricaded the road
    against the killing of nine people", "clashed after the latter killed a man", "demanded justice for a man who was
    killed last month". Its toll is that earlier event's, not this one's. Only death and injury words are asked."""
    if lemma not in TOLL_WORDS and word.lower_ not in TOLL_FORMS:
        return False
    clause = word
    while clause.dep_ in {"conj", "relcl", "acl"}:
        clause = clause.head
    if clause.left_edge.i <= trigger.i <= clause.right_edge.i:
        return False
    if clause.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in CAUSE_WORDS for c in clause.children)
    return object_of_preposition(clause, CAUSE_WORDS)


def object_of_preposition(word: Token, prepositions: set[str]) -> bool:
    """Whether ``word`` is the object of one of ``prepositions``: "after the raid", "against the killing"; also
    "following the killing", where "following" is often parsed as a verb and the killing as its object."""
    if word.dep_ == "dobj":
        return word.head.lower_ in prepositions and word.head.dep_ in {"advcl", "prep", "acl"}
    return word.dep_ in {"pobj", "pcomp"} and word.head.lower_ in prepositions


def _done_by_another(verb: Token, trigger: Token) -> bool:
    """A killing or wounding whose own "by" names who did it, told beside the trigger's event: "while six people were
    injured in police firing, 12 people were killed by the rioters" (the rioters' 12 are their own event's, which the
    coder merges with the trigger's where the two are one)."""
    if verb.i == trigger.i or not any(c.dep_ == "agent" for c in verb.children):
        return False
    return trigger not in verb.conjuncts  # "was shot by militants and killed": one event


def _state_word(token: Token) -> str | None:
    """The death or injury word a token is, "deaths" read as "death"; None for other tokens."""
    if token.pos_ not in {"ADJ", "NOUN"} and token.dep_ != "oprd":  # "left five injured": a participle
        return None
    if token.lower_ in DEATH_WORDS | INJURY_WORDS:
        return token.lower_
    lemma = token.lemma_.lower()
    return lemma if token.pos_ == "NOUN" and lemma in PLURAL_STATE_NOUNS else None


def _named_dead(noun: Token) -> int | None:
    """ "leading to the death of 5 militants", "a man's body": how many the "of" phrase of a death noun, or the
    possessor of a body, counts."""
    of = (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    body = noun.lemma_.lower() in BODY_NOUNS
    owner = (c for c in noun.children if body and c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"})
    victim = next(of, None) or next(owner, None)
    return count_victims(victim) if victim is not None and not _not_people(victim) else None


def _first(current: int | None, new: int | None) -> int | None:
    return current if current is not None else new


def _kills(verb: Token, lemma: str, trigger: Token) -> bool:
    """A verb that says people were killed: "killed", "murdered", "shot dead" (wherever told); "beaten to death" only
    as the event's own verb, since a beating or stabbing told beside another act is an event of its own ("two persons
    were stabbed to death and the police fired in the air": the police killed no one)."""
    if verb.pos_ != "VERB" or (lemma not in KILL_LEMMAS and lemma not in TO_DEATH_LEMMAS):
        return False
    if any(c.lower_ in NOT_QUITE for c in verb.children) or _killed_or_injured(verb):
        return False  # "almost killed him", "killed or injured"
    return lemma not in TO_DEATH_LEMMAS or (_to_death(verb) and (lemma == "shoot" or verb.i == trigger.i))


def _killed_or_injured(verb: Token) -> bool:
    """ "4 militants were killed or injured": a count that does not say how many died, nor how many were hurt."""
    joined = [verb, *verb.conjuncts]
    lemmas = {t.lemma_.lower() for t in joined}
    both = lemmas & KILL_LEMMAS and lemmas & INJURE_LEMMAS
    return bool(both) and any(c.dep_ == "cc" and c.lower_ == "or" for t in joined for c in t.children)


def _to_death(verb: Token) -> bool:
    """ "shot dead", "burnt to death": an act that killed; "shot and injured", "burnt to the ground" did not."""
    to = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to")
    return any(c.lower_ == "dead" for c in verb.children) or any(o.lower_ == "death" for p in to for o in p.children)


def _victims_of_verb(verb: Token, victims: bool = False) -> int | None:
    """How many the verb acts on; ``victims``: a killing verb, whose singular object is one person ("killed a
    merchant", "the professor was murdered") unless it names animals. A noun the verb only describes counts by its
    own words: "the body of a repeat offender, who had been killed" is told of, not a new death."""
    victim = _victim(verb)
    if victim is None or _not_people(victim):
        return None
    own_argument = victim != verb.head
    return count_victims(victim) or (_one_victim(victim, verb) if victims and own_argument else None)


def _victim(verb: Token) -> Token | None:
    """Whom a verb of harm acts on: its object or passive subject ("killed a merchant", "two men were shot and
    killed"), or the noun it tells of ("84 persons who were killed", "the people killed in the firing")."""
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "two men were shot and killed": the subject is the first verb's
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or _gapped_passive(verb)
    deps = {"nsubjpass", "nsubj"} if passive else {"dobj"}
    # "On 1 May 2022 ... two people were killed": a date misparsed as the subject is no victim, and of two the
    # nearer to the verb is ("Around 25 January 2022 ..., three people were killed", the date read untagged)
    named = [c for c in verb.children if c.dep_ in deps and c.ent_type_ not in {"DATE", "TIME"}]
    victim = min(named, key=lambda c: abs(c.i - verb.i), default=None)
    if victim is not None:
        return verb.head if victim.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else victim
    described = verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN"
    return verb.head if described and not passive else None


def _gapped_passive(verb: Token) -> bool:
    """ "Three people were killed and 10 others injured": a participle sharing the first verb's "were"."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def _not_people(token: Token) -> bool:
    """ "their livestock", "a dozen of their cattle"."""
    of = (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return token.lemma_.lower() in NOT_PEOPLE or any(o.lemma_.lower() in NOT_PEOPLE for o in of)


def _one_victim(token: Token, verb: Token) -> int | None:
    """One person killed, told by a singular noun with no number: "killed a merchant", "the professor was murdered",
    also one the tagger read as an adjective ("killed a captive").
    A noun that names no person counts as one only where the killing is told as done: "massacres his own
    population" (a habit) and "can kill its way out" (an idiom, and only possible) count no one."""
    if token.lower_ in ONE_PERSON_PRONOUNS:
        return 1
    if token.tag_ not in {"NN", "JJ"} or token.lower_ == "few" or token.ent_type_ in {"ORG", "GPE", "LOC", "FAC"}:
        return None
    determiners = [c for c in token.children if c.dep_ in {"det", "poss"}]
    if not determiners or any(d.lower_ == "its" for d in determiners):
        return None  # "its" stands for a thing or a body, never a person
    return 1 if _is_person_noun(token) or _told_as_done(verb) else None


def _told_as_done(verb: Token) -> bool:
    """A verb in a past form with no modal or negation: "killed", "was murdered", "has been executed"; or a participle
    telling what such a verb did: "a landmine detonated, killing a minor"."""
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _told_as_done(verb.head)
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _subject_count(verb: Token) -> int | None:
    subject = _dying(verb)
    return count_victims(subject) if subject is not None else None


def _dying(verb: Token) -> Token | None:
    """Who a dying verb says died."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        return verb.head  # "the 100 that succumbed"
    if subject is None and verb.dep_ == "acl":
        return verb.head  # "Two youths perished in police firing" parsed as a noun phrase
    return subject


def plural_dead(verb: Token) -> bool:
    """A killing or dying verb that tells of people in the plural with no count: "the people who died", "members of
    the minority community died", "the people killed in the police firing"; or the deaths themselves, uncounted:
    "the number of deaths in police firing"."""
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in {"death", "killing"}:
        return verb.tag_ == "NNS" and _count_of(verb) is None
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    dead = _dying(verb) if lemma in DIE_LEMMAS else _victim(verb) if lemma in KILL_LEMMAS else None
    return dead is not None and dead.tag_ == "NNS" and _is_person_noun(dead) and _count_of(dead) is None


def _count_near_state(token: Token) -> int | None:
    """ "12 dead", "at least 5 people were wounded", "the death toll rose to 40"."""
    for child in token.children:
        if child.dep_ == "nummod":
            return parse_number(child.text)
    if token.dep_ in {"acomp", "amod"} and token.head.pos_ in {"AUX", "VERB"}:
        subject = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return count_victims(subject)
    if token.dep_ == "amod" and token.head.pos_ == "NOUN":
        return _count_of(token.head)
    if token.dep_ == "amod" and token.head.like_num:
        return parse_number(token.head.text)  # "left two dead"
    if token.dep_ == "oprd" and token.head.lemma_.lower() == "leave":
        return _left_count(token.head)
    if token.lower_ == "death" and token.head.lower_ == "toll":
        return _toll_number(token.head)
    return None


def _left_count(leave: Token) -> int | None:
    """ "left five injured", "left one dead and five injured": the object, or its last counted conjunct where the
    first carries its own state word."""
    obj = next((c for c in leave.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if not any(_state_word(c) for c in obj.children):
        return count_victims(obj)
    counted = [c for c in _conjuncts(obj) if c.like_num]
    return parse_number(counted[-1].text) if counted else None


def _toll_number(toll: Token) -> int | None:
    for token in toll.head.subtree:
        if token.like_num and token.i > toll.i:
            return parse_number(token.text)
    return None


def _count_of(token: Token) -> int | None:
    if token.like_num:
        return parse_number(token.text)
    numbers = [c for c in _noun_phrase_modifiers(token) if c.dep_ == "nummod" or (c.dep_ == "quantmod" and c.like_num)]
    if numbers:
        return parse_number(_number_text(_lower_bound(numbers[-1])))
    if token.lower_ == "dozen" or any(c.lower_ == "dozen" for c in token.children):
        return 12
    vague = [w for w in (token, *token.children) if w.lower_ in VAGUE_COUNTS and w.i <= token.i]
    if vague:
        return VAGUE_COUNTS[vague[0].lower_]
    if token.ent_type_ == "PERSON" or (token.tag_ in {"NN", "NNP"} and _is_person_noun(token)):
        return 1
    return None


def _noun_phrase_modifiers(token: Token) -> list[Token]:
    """The noun's children and those of its compounds, where a count is often misattached: "twenty Boko Haram
    militants", "4 Wolkait ethnic group members"."""
    inner = [c for c in token.children if c.dep_ in {"compound", "nmod"} and c.i < token.i and not _hyphenated(c)]
    return sorted([*token.children, *(g for c in inner for g in c.children)], key=lambda t: t.i)


def _hyphenated(token: Token) -> bool:
    """ "a 20-year old man", "a 3-day curfew": a modifier whose number is not a count of people."""
    return any(c.text == "-" for c in token.children) or (token.i > 0 and token.nbor(-1).text == "-")


def _lower_bound(number: Token) -> Token:
    """The number a count states for sure: the lower end of a range ("14 to 20 persons"), else the number."""
    lower = [c for c in number.children if c.dep_ == "quantmod" and c.like_num and c.i < number.i]
    if lower and any(t.lower_ in RANGE_WORDS for t in number.doc[lower[-1].i + 1 : number.i]):
        return lower[-1]
    return number


def _number_text(number: Token) -> str:
    """The whole number a count token ends: "twenty-five" parsed as "twenty" compound of "five"."""
    first = min((c.i for c in number.children if c.dep_ == "compound" and c.like_num), default=number.i)
    return number.doc[first : number.i + 1].text


def _is_person_noun(token: Token) -> bool:
    return (
        token.lemma_.lower() in PEOPLE_NOUNS
        or token.ent_type_ == "PERSON"
        or any(c.dep_ in {"compound", "amod"} and c.ent_type_ in {"PERSON", "NORP"} for c in token.children)
    )


def _conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i]
