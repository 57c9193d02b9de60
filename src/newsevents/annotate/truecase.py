"""Case restored to text written all in capitals or all in lower case, before it is parsed.

Wire copy and teletype archives come in capitals ("GUERRILLAS ATTACKED THE SANTO TOMAS FARM"), some corpora
and scrapes in lower case. The parser and the recogniser learned from cased news: on caseless text they find
"ARMED" as an organisation and miss "Cerezo". Restoring the case first gives them the text they know.

Only the case of letters changes, never the length, so every offset into the original text (evidence spans,
times, quotes) still holds; the record keeps the text as it came. The rules need no trained model:

- a word the model's own English lexicon (the lemmatizer's WordNet index, its exceptions and suffix rules,
  and spaCy's stop words; two known words written as one count) does not know is a name ("cerezo",
  "usulutan"); one with no vowel, or a short one in brackets, an acronym ("(urng)" -> "(URNG)"), as are the
  words of the name it abbreviates;
- a word the lexicon knows is a name only as a country, a first-level division or a city of a million people
  ("guatemala", "punjab"), a demonym ("salvadoran"), a weekday or a month (May and March only next to a
  number), inside a gazetteer name of several words ("san miguel"), or as a title before a name ("colonel
  isaacs");
- sentences open with a capital, and "i" is "I".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from newsevents.annotate.geo import Gazetteer, PlaceMatch, country_of_demonym
from newsevents.extract.case import is_caseless

#: Longest gazetteer name (in words) looked up.
MAX_NAME_WORDS = 4
#: A single-word city name that is also an English word is a name only when the city is this large ("lima").
BIG_CITY = 1_000_000
NAME_KINDS = {"country", "region"}
#: Words that join the words of a name ("Farabundo Marti National Liberation Front", "San Luis de la Reina").
JOINING_WORDS = {"of", "the", "for", "and", "de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "das", "du",
                 "des", "le", "al", "on", "in", "at", "a", "an", "to"}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "april", "june", "july", "august", "september", "october", "november", "december"}
#: Months that are also common words: names only next to a number ("30 march", "may 1990").
AMBIGUOUS_MONTHS = {"may", "march"}
TITLES = {"president", "colonel", "col", "general", "gen", "major", "captain", "capt", "lieutenant", "lt",
          "sergeant", "sgt", "minister", "senator", "governor", "mayor", "judge", "bishop", "archbishop", "father",
          "monsignor", "mr", "mrs", "ms", "dr", "doctor", "king", "queen", "prince", "pope", "premier",
          "ambassador", "commander", "admiral", "chancellor", "secretary", "deputy", "vice"}  # fmt: skip
VOWELS = set("aeiouy")
#: Shortest part of a word written as two ("air|strikes"): shorter ones make names of English words ("al|varez").
MIN_PART = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|[:)]\s+[\"“]|\n\s*\n\s*)[\"'“‘(\[]*(?=[^\W\d_])")


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str  # lower case, without a final full stop

    @property
    def is_acronym_shape(self) -> bool:
        return self.text.isalpha() and len(self.text) >= 2 and not set(self.text) & VOWELS


class CaseRestorer:
    """Restores the case of caseless text from the parser's lexicon and the gazetteer (see the module's doc)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self._nlp = nlp
        self._gazetteer = gazetteer
        self._english: dict[str, bool] = {}  # a word's answer, asked for names and for acronyms alike

    def for_parsing(self, text: str) -> str:
        """``text`` with its case restored where it has none; else ``text`` itself."""
        return self.restore(text) if is_caseless(text) else text

    def restore(self, text: str) -> str:
        """The text in lower case, with capitals where names, acronyms and sentences begin (same length)."""
        chars = list(lower_case(text))
        words = [_Word(m.start(), m.end(), m.group().lower().rstrip(".")) for m in _WORD.finditer(text)]
        upper: set[int] = set()
        capital = set(self._names(words, text))
        for index in self._acronyms(words, text):
            upper.add(index)
            capital.update(self._abbreviated(words, index))
        capital.update(self._titles(words, capital | upper))
        for index in capital - upper:
            chars[words[index].start] = chars[words[index].start].upper()
        for index in upper:
            word = words[index]
            chars[word.start : word.end] = [c.upper() for c in chars[word.start : word.end]]
        for match in _SENTENCE_START.finditer(text):
            chars[match.end()] = chars[match.end()].upper()
        return "".join(chars)

    def _names(self, words: list[_Word], text: str) -> Iterable[int]:
        """Indices of words that are names, alone or within a gazetteer name of several words."""
        for index in range(len(words)):
            if self._is_name(words, index, text):
                yield index
        yield from self._place_names(words, text)

    def _is_name(self, words: list[_Word], index: int, text: str) -> bool:
        word = words[index].text
        if word in WEEKDAYS or word in MONTHS or country_of_demonym(word):
            return True
        if word in AMBIGUOUS_MONTHS:
            return _next_to_number(words[index], text)
        if word == "i":
            return True
        if not self._is_english(word):
            return word.isalpha() and len(word) > 1
        return self._is_big_place(word)

    def _is_big_place(self, word: str) -> bool:
        """A country or a city of a million people named by this very word ("guatemala", "chad"), not by an
        abbreviation or a namesake division ("us", "mass", Will County's "will")."""
        match = place_named(word, self._gazetteer)
        return match is not None and (match.feature in NAME_KINDS or match.population >= BIG_CITY)

    def _place_names(self, words: list[_Word], text: str) -> Iterable[int]:
        """Words of gazetteer names of two to four words written in one run ("san miguel", "el salvador")."""
        index = 0
        while index < len(words):
            size = self._longest_place(words, index, text)
            if size:
                yield from (i for i in range(index, index + size) if words[i].text not in JOINING_WORDS or i == index)
            index += max(size, 1)

    def _longest_place(self, words: list[_Word], index: int, text: str) -> int:
        for size in range(min(MAX_NAME_WORDS, len(words) - index), 1, -1):
            run = words[index : index + size]
            if any(not text[a.end : b.start].isspace() for a, b in pairwise(run)):
                continue
            if run[0].text in JOINING_WORDS or run[-1].text in JOINING_WORDS:
                continue
            if self._gazetteer.knows(" ".join(w.text for w in run)):
                return size
        return 0

    def _acronyms(self, words: list[_Word], text: str) -> Iterable[int]:
        """Unknown words with no vowel ("fmln"), and short unknown words in brackets ("(urng)")."""
        for index, word in enumerate(words):
            if self._is_english(word.text) or not word.text.isalpha():
                continue
            bracketed = text[word.start - 1 : word.start] == "(" and text[word.end : word.end + 1] == ")"
            if word.is_acronym_shape or (bracketed and len(word.text) <= 6):
                yield index

    def _abbreviated(self, words: list[_Word], acronym: int) -> list[int]:
        """The words of the name just before a bracketed acronym whose initials hold its letters, in any order (a
        name translated keeps its acronym): "farabundo marti national liberation front (fmln)". Every word of the
        name begins with one of the acronym's letters ("others under prevention of terrorism ordinance (poto)" has no
        such name: "under" stops it)."""
        letters = sorted(words[acronym].text)
        content = [
            i for i in range(max(0, acronym - 2 * len(letters) - 2), acronym) if words[i].text not in JOINING_WORDS
        ]
        for size in range(1, len(content) + 1):
            window = content[-size:]
            if words[window[0]].text[0] not in letters:
                break
            if size >= len(letters) and _contains(sorted(words[i].text[0] for i in window), letters):
                return window
        return []

    def _titles(self, words: list[_Word], names: set[int]) -> Iterable[int]:
        """Titles just before a name: "colonel isaacs", "president cerezo"."""
        for index, word in enumerate(words[:-1]):
            if word.text in TITLES and index + 1 in names:
                yield index

    def _is_english(self, word: str) -> bool:
        """A known word, an inflection of one, or two known words written as one ("airstrikes", "coronavirus")."""
        if word not in self._english:
            self._english[word] = self._is_known(word) or any(
                word[:cut] in self._lexicon and self._is_known(word[cut:])
                for cut in range(MIN_PART, len(word) - MIN_PART + 1)
            )
        return self._english[word]

    def _is_known(self, word: str) -> bool:
        return (
            word in STOP_WORDS
            or word in self._lexicon
            or any(
                word.endswith(old) and word[: len(word) - len(old)] + new in self._lexicon
                for old, new in self._suffixes
            )
        )

    @cached_property
    def _lexicon(self) -> frozenset[str]:
        """Every base form and irregular form of the lemmatizer's tables, lower case."""
        tables = self._nlp.get_pipe("lemmatizer").lookups
        words: set[str] = set()
        for forms in tables.get_table("lemma_index").values():
            words.update(w.lower() for w in forms)
        for forms in tables.get_table("lemma_exc").values():
            words.update(w.lower() for w in forms)
        return frozenset(words)

    @cached_property
    def _suffixes(self) -> tuple[tuple[str, str], ...]:
        """The lemmatizer's suffix rules ("ies" -> "y"), all parts of speech together, longest first."""
        rules = self._nlp.get_pipe("lemmatizer").lookups.get_table("lemma_rules")
        pairs = {(old, new) for part in rules.values() for old, new in part if old}
        return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def place_named(word: str, gazetteer: Gazetteer) -> PlaceMatch | None:
    """The place the gazetteer resolves ``word`` (lower case) to, where its own name is that very word and not a
    name the word abbreviates or a namesake division's."""
    match = gazetteer.resolve(word, label="GPE")
    return match if match is not None and match.name.casefold() == word else None


def lower_case(text: str) -> str:
    """``text`` in lower case, letter for letter: a letter whose lower case is longer ("İ") is kept as it is, so
    that offsets hold."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _next_to_number(word: _Word, text: str) -> bool:
    before, after = text[max(0, word.start - 6) : word.start], text[word.end : word.end + 6]
    return bool(re.search(r"\d\s*$", before) or re.match(r"\s*\d", after))


def _contains(pool: list[str], wanted: list[str]) -> bool:
    """Whether the sorted multiset ``pool`` holds every letter of the sorted multiset ``wanted``."""
    remaining = list(pool)
    for letter in wanted:
        if letter not in remaining:
            return False
        remaining.remove(letter)
    return True
