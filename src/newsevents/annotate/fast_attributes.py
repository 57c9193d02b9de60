"""Exact, vectorised stand-ins for spaCy's ``attribute_ruler`` and ``lemmatizer``.

The stock ruler runs a ``Matcher`` over every token and then sets attributes token by token through
Python ``Span`` objects; in ``en_core_web_sm`` that costs as much as the parser although its rules
only map tags (plus a few words and dependency labels) to POS, MORPH and LEMMA.  Here the stock
ruler's own patterns are compiled once into column tests over ``Doc.to_array`` and applied with
numpy, in spaCy's order: every match is found on the tokens as they came in, then the rules are
applied in the order they were added, so for each token and attribute the last matching rule wins.

Only fixed-length patterns whose token tests are equality, ``IN``, ``NOT_IN`` or ``REGEX`` on the
attributes below are compiled; anything else raises :class:`UnsupportedPattern` and
:func:`replace_attribute_ruler` then keeps the stock ruler, so results never silently differ.

The stock lemmatizer likewise walks the document through Python ``Token`` objects and sets each lemma
as a string; :class:`FastLemmatizer` asks it once per distinct (form, POS, morphology) instead and
writes the lemmas back as one column.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

FACTORY = "newsevents_fast_attribute_ruler"
STOCK_NAME = "attribute_ruler"
LEMMATIZER_FACTORY = "newsevents_fast_lemmatizer"
LEMMATIZER_NAME = "lemmatizer"
#: Lemmatizer modes whose answer depends only on a token's form, POS and morphology, so it can be memoised.
MEMOISABLE_MODES = ("rule", "lookup")
#: The lemmatizer's table of known words per part of speech.
INDEX_TABLE = "lemma_index"

#: Token attributes whose value the Matcher reads as a string hash (``Doc.to_array`` gives the same).
STRING_ATTRS = frozenset(IDS[name] for name in ("ORTH", "LOWER", "NORM", "SHAPE", "TAG", "POS", "DEP", "LEMMA"))
#: Lexeme flags the Matcher reads as 0 or 1.
FLAG_ATTRS = frozenset(
    IDS[name]
    for name in (
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_TITLE",
        "IS_UPPER",
        "IS_STOP",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    )
)
#: Attributes with few distinct values (a model's label set, or 0 and 1): token keys keep them as they are.
LABEL_ATTRS = FLAG_ATTRS | {TAG, POS, DEP}
#: Token fields a rule may set; each is a plain struct field, as ``set_token_attrs`` writes them.
SETTABLE_ATTRS = (POS, TAG, DEP, LEMMA, MORPH)
#: Bound on each REGEX memo of string hashes, so a long-running process does not grow it forever.
MEMO_LIMIT = 100_000


class UnsupportedPattern(ValueError):
    """A pattern shape this module does not compile; the stock ruler must stay."""


@dataclass(frozen=True)
class TokenTest:
    """One test on one token attribute: ``==`` a hash, ``IN`` / ``NOT_IN`` hashes, or a ``REGEX`` search."""

    attr: int
    op: str
    operand: int | frozenset[int] | str


@dataclass(frozen=True)
class Alternative:
    """One Matcher pattern: the tests for each token in turn and which token of the match gets the attributes."""

    tokens: tuple[tuple[TokenTest, ...], ...]
    target: int


@dataclass(frozen=True)
class Rule:
    """One stock ruler entry: its alternative patterns and the (attribute, value) pairs it sets."""

    alternatives: tuple[Alternative, ...]
    assignments: tuple[tuple[int, int], ...]


def compile_rules(vocab: Vocab, patterns: Iterable[dict[str, Any]]) -> tuple[Rule, ...]:
    """Compile ``AttributeRuler.patterns`` entries, in order; raises :class:`UnsupportedPattern`."""
    return tuple(_compile_rule(vocab, entry) for entry in patterns)


def _compile_rule(vocab: Vocab, entry: dict[str, Any]) -> Rule:
    index = entry.get("index", 0)
    alternatives = tuple(_compile_alternative(vocab, pattern, index) for pattern in entry["patterns"])
    return Rule(alternatives=alternatives, assignments=_compile_assignments(vocab, entry["attrs"]))


def _compile_alternative(vocab: Vocab, pattern: Sequence[dict[str, Any]], index: int) -> Alternative:
    target = index if index >= 0 else len(pattern) + index
    if not 0 <= target < len(pattern):
        raise UnsupportedPattern(f"index {index} outside pattern {pattern}")
    tokens = tuple(_compile_token(vocab, spec) for spec in pattern)
    return Alternative(tokens=tokens, target=target)


def _compile_token(vocab: Vocab, spec: dict[str, Any]) -> tuple[TokenTest, ...]:
    tests: list[TokenTest] = []
    for key, value in spec.items():
        attr = _attr_id(key)
        if isinstance(value, dict):
            tests.extend(_compile_predicates(attr, value))
        else:
            tests.append(TokenTest(attr, "==", _literal(vocab, attr, value)))
    return tuple(tests)


def _attr_id(key: object) -> int:
    name = key.upper() if isinstance(key, str) else None
    attr = IDS.get("ORTH" if name == "TEXT" else name)
    if attr not in STRING_ATTRS | FLAG_ATTRS:
        raise UnsupportedPattern(f"token attribute {key!r}")
    return attr


def _literal(vocab: Vocab, attr: int, value: object) -> int:
    """The hash the Matcher compares a plain pattern value with (its ``_get_attr_values``)."""
    if isinstance(value, str) and attr in STRING_ATTRS:
        return vocab.strings.add(value)
    if isinstance(value, bool | int) and attr in FLAG_ATTRS:
        return int(value)
    raise UnsupportedPattern(f"value {value!r} for attribute {attr}")


def _compile_predicates(attr: int, predicates: dict[str, Any]) -> list[TokenTest]:
    tests = []
    for op, operand in predicates.items():
        if op in ("IN", "NOT_IN") and _is_value_list(operand):
            tests.append(TokenTest(attr, op, frozenset(get_string_id(v) for v in operand)))
        elif op == "REGEX" and isinstance(operand, str) and attr in STRING_ATTRS:
            tests.append(TokenTest(attr, op, operand))
        else:
            raise UnsupportedPattern(f"predicate {op!r}: {operand!r}")
    return tests


def _is_value_list(operand: object) -> bool:
    return isinstance(operand, list) and all(isinstance(v, str) and not isinstance(v, bool) for v in operand)


def _compile_assignments(vocab: Vocab, attrs: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    """The values ``AttributeRuler.add`` would store (``normalize_token_attrs``), as (attribute, value)."""
    if "_" in attrs:
        raise UnsupportedPattern("extension attributes")
    normalized = normalize_token_attrs(vocab, attrs)
    if any(attr not in SETTABLE_ATTRS or not isinstance(value, int) for attr, value in normalized.items()):
        raise UnsupportedPattern(f"attributes {attrs}")
    return tuple(normalized.items())


class FastAttributeRuler:
    """Applies compiled attribute-ruler patterns to a whole document at once.

    Single-token rules depend only on the token's own attribute values, so their outcome (which
    rule last sets each attribute, and to what) is worked out once per distinct token key (see
    :class:`_TokenKeys`) and then looked up for every token; rules spanning several tokens are
    matched over the columns of their token tests with numpy and overlaid where they come later.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.patterns: list[dict[str, Any]] = []
        self.outcomes = _Outcomes(vocab, (), [], [])
        self.sequence_rules: list[tuple[int, Rule]] = []

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Compile ``AttributeRuler.patterns`` entries after the ones already added."""
        patterns = list(patterns)
        compile_rules(self.vocab, patterns)  # raises before anything changes
        self.patterns.extend(patterns)
        rules = list(enumerate(compile_rules(self.vocab, self.patterns)))
        single = [(rank, rule) for rank, rule in rules if _is_single_token(rule)]
        self.sequence_rules = [(rank, rule) for rank, rule in rules if not _is_single_token(rule)]
        sequence_tests = sorted({test for _, rule in self.sequence_rules for test in _tests_of(rule)}, key=repr)
        write_attrs = sorted({attr for _, rule in rules for attr, _ in rule.assignments})
        self.outcomes = _Outcomes(self.vocab, tuple(single), write_attrs, sequence_tests)

    def __call__(self, doc: Doc) -> Doc:
        outcomes = self.outcomes
        if len(doc) == 0 or not outcomes.write_attrs:
            return doc
        ranks, values, test_bits = outcomes.lookup(doc)
        for rank, rule in self.sequence_rules:
            mask = _rule_mask(rule, test_bits, outcomes.test_columns)
            if mask is not None:
                _overlay(rank, rule, mask, ranks, values, outcomes.write_columns)
        _write_changes(doc, outcomes.write_attrs, ranks, values)
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.patterns)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        self.__init__(self.vocab)
        self.add_patterns(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "patterns", self.patterns)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        self.__init__(self.vocab)
        self.add_patterns(srsly.read_msgpack(Path(path) / "patterns"))
        return self


def _write_changes(doc: Doc, attrs: list[int], ranks: np.ndarray, values: np.ndarray) -> None:
    """Write the set values (rank >= 0) back, skipping attributes no token changes (``from_array`` is slow)."""
    current = _to_columns(doc, attrs)
    new = np.where(ranks >= 0, values, current)
    changed = np.flatnonzero((new != current).any(axis=0))
    if len(changed):
        doc.from_array([attrs[i] for i in changed], new[:, changed])


def _to_columns(doc: Doc, attrs: list[int]) -> np.ndarray:
    """``Doc.to_array`` as tokens x attributes, also for one attribute (which it returns flat)."""
    return doc.to_array(attrs).reshape(len(doc), len(attrs))


def _is_single_token(rule: Rule) -> bool:
    return all(len(alternative.tokens) == 1 for alternative in rule.alternatives)


def _tests_of(rule: Rule) -> set[TokenTest]:
    return {test for alternative in rule.alternatives for tests in alternative.tokens for test in tests}


class _RegexBits(dict):
    """Memo from a string hash to the bit set of the REGEX tests its string passes (``re.search``)."""

    def __init__(self, strings: StringStore, patterns: Sequence[str]) -> None:
        super().__init__()
        self.strings = strings
        self.patterns = [re.compile(pattern) for pattern in patterns]

    def __missing__(self, value: int) -> int:
        text = self.strings[value]
        self[value] = sum(1 << i for i, pattern in enumerate(self.patterns) if pattern.search(text))
        return self[value]


class _TokenKeys:
    """Reduces each token's attribute values to a key holding exactly what the tests can tell apart.

    A word (any attribute outside ``LABEL_ATTRS``) that no ``==``, ``IN`` or ``NOT_IN`` test names
    passes and fails the same tests as any other unnamed word, so it becomes one placeholder; the
    REGEX tests' answers (memoised per string) join the key as a bit set.  Keys therefore take few
    distinct values whatever the vocabulary.  Key layout: (value, regex bits) for each attribute in ``attrs``.
    """

    def __init__(self, strings: StringStore, tests: set[TokenTest]) -> None:
        self.attrs = sorted({test.attr for test in tests})
        self.slots = {attr: 2 * i for i, attr in enumerate(self.attrs)}
        self.named: dict[int, np.ndarray] = {}
        self.placeholders: dict[int, int] = {}
        self.regexes: dict[int, list[TokenTest]] = {}
        self.regex_bits: dict[int, _RegexBits] = {}
        for attr in self.attrs:
            named = {v for test in tests if test.attr == attr and test.op != "REGEX" for v in _operands(test)}
            self.named[attr] = np.array(sorted(named), dtype=np.uint64)
            self.placeholders[attr] = next(v for v in itertools.count() if v not in named)
            self.regexes[attr] = sorted((t for t in tests if t.attr == attr and t.op == "REGEX"), key=repr)
            self.regex_bits[attr] = _RegexBits(strings, [test.operand for test in self.regexes[attr]])
        self.regex_positions = {test: i for regexes in self.regexes.values() for i, test in enumerate(regexes)}

    def keys(self, doc: Doc) -> Iterable[tuple[int, ...]]:
        if not self.attrs:
            return iter([()] * len(doc))
        array = _to_columns(doc, self.attrs)
        columns = []
        for i, attr in enumerate(self.attrs):
            column = array[:, i]
            if attr not in LABEL_ATTRS:
                column = np.where(np.isin(column, self.named[attr]), column, self.placeholders[attr])
            columns.append(column)
            columns.append(self._regex_column(attr, array[:, i]))
        return map(tuple, np.stack(columns, axis=1).tolist())

    def _regex_column(self, attr: int, column: np.ndarray) -> np.ndarray:
        memo = self.regex_bits[attr]
        if not memo.patterns:
            return np.zeros(len(column), dtype=np.uint64)
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        return np.fromiter(map(memo.__getitem__, column.tolist()), dtype=np.uint64, count=len(column))

    def passes(self, test: TokenTest, key: tuple[int, ...]) -> bool:
        """One Matcher token test (its equality, ``_SetPredicate`` or ``_RegexPredicate``) on a key."""
        slot = self.slots[test.attr]
        value = key[slot]
        if test.op == "==":
            return value == test.operand
        if test.op == "IN":
            return value in test.operand
        if test.op == "NOT_IN":
            return value not in test.operand
        return bool(key[slot + 1] >> self.regex_positions[test] & 1)


def _operands(test: TokenTest) -> Iterable[int]:
    return test.operand if isinstance(test.operand, frozenset) else (test.operand,)


class _Outcomes(dict):
    """Memo from a token key to the id of its outcome row.

    An outcome row holds, for each written attribute, the rank of the last single-token rule that
    sets it (-1: none) and the value it sets, plus the results of the multi-token rules' tests.
    """

    def __init__(
        self,
        vocab: Vocab,
        single_rules: tuple[tuple[int, Rule], ...],
        write_attrs: list[int],
        sequence_tests: list[TokenTest],
    ) -> None:
        super().__init__()
        self.single_rules = single_rules
        self.write_attrs = write_attrs
        self.write_columns = {attr: i for i, attr in enumerate(write_attrs)}
        self.test_columns = {test: i for i, test in enumerate(sequence_tests)}
        tests = {test for _, rule in single_rules for test in _tests_of(rule)} | set(sequence_tests)
        self.token_keys = _TokenKeys(vocab.strings, tests)
        self.anchored, self.unanchored = _anchor_index(single_rules)
        self.row_ids: dict[tuple, int] = {}
        self.tables: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def lookup(self, doc: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per token: ranks and values (tokens x written attributes) and test results (tokens x tests)."""
        ids = np.fromiter(map(self.__getitem__, self.token_keys.keys(doc)), dtype=np.intp, count=len(doc))
        if self.tables is None:
            self.tables = self._build_tables()
        ranks, values, test_bits = self.tables
        return ranks[ids], values[ids], test_bits[ids]

    def __missing__(self, key: tuple[int, ...]) -> int:
        ranks = [-1] * len(self.write_attrs)
        written = [0] * len(self.write_attrs)
        for rank, rule in self._candidates(key):
            if any(all(self.token_keys.passes(test, key) for test in alt.tokens[0]) for alt in rule.alternatives):
                for attr, value in rule.assignments:
                    ranks[self.write_columns[attr]] = rank
                    written[self.write_columns[attr]] = value
        bits = tuple(self.token_keys.passes(test, key) for test in self.test_columns)
        row = (tuple(ranks), tuple(written), bits)
        if row not in self.row_ids:
            self.row_ids[row] = len(self.row_ids)
            self.tables = None
        self[key] = self.row_ids[row]
        return self[key]

    def _candidates(self, key: tuple[int, ...]) -> list[tuple[int, Rule]]:
        """The single-token rules that may match a key, in order: those whose anchor value it has."""
        found = set(self.unanchored)
        for attr, slot in self.token_keys.slots.items():
            found.update(self.anchored.get((attr, key[slot]), ()))
        return [self.single_rules[i] for i in sorted(found)]

    def _build_tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = list(self.row_ids)
        width = len(self.write_attrs)
        ranks = np.array([row[0] for row in rows], dtype=np.int64).reshape(len(rows), width)
        values = np.array([row[1] for row in rows], dtype=np.uint64).reshape(len(rows), width)
        bits = np.array([row[2] for row in rows], dtype=bool).reshape(len(rows), len(self.test_columns))
        return ranks, values, bits


def _anchor_index(
    single_rules: tuple[tuple[int, Rule], ...],
) -> tuple[dict[tuple[int, int], list[int]], list[int]]:
    """Positions of the single-token rules by (attribute, value) one of their ``==`` or ``IN`` tests needs.

    A token can only match a rule if, for some alternative, it has that alternative's anchor value,
    so a key need only be tried on the rules anchored at its own values plus the unanchored ones.
    """
    anchored: dict[tuple[int, int], list[int]] = {}
    unanchored = []
    for position, (_, rule) in enumerate(single_rules):
        anchors = [_anchors(alternative.tokens[0]) for alternative in rule.alternatives]
        if any(not found for found in anchors):
            unanchored.append(position)
            continue
        for anchor in {anchor for found in anchors for anchor in found}:
            anchored.setdefault(anchor, []).append(position)
    return anchored, unanchored


def _anchors(tests: tuple[TokenTest, ...]) -> list[tuple[int, int]]:
    """The (attribute, value) pairs of which a token needs one to pass ``tests`` (empty: no such test)."""
    for op in ("==", "IN"):
        for test in tests:
            if test.op == op:
                return [(test.attr, value) for value in _operands(test)]
    return []


def _rule_mask(rule: Rule, test_bits: np.ndarray, test_columns: dict[TokenTest, int]) -> np.ndarray | None:
    """The tokens a rule sets (the target token of every match of any alternative), or None if none."""
    mask = None
    for alternative in rule.alternatives:
        targets = _alternative_targets(alternative, test_bits, test_columns)
        if targets is not None:
            mask = targets if mask is None else mask | targets
    return mask


def _alternative_targets(
    alternative: Alternative, test_bits: np.ndarray, test_columns: dict[TokenTest, int]
) -> np.ndarray | None:
    length = len(test_bits)
    starts_count = length - len(alternative.tokens) + 1
    if starts_count <= 0:
        return None
    starts = np.ones(starts_count, dtype=bool)
    for offset, tests in enumerate(alternative.tokens):
        for test in tests:
            starts &= test_bits[offset : offset + starts_count, test_columns[test]]
    if not starts.any():
        return None
    targets = np.zeros(length, dtype=bool)
    targets[alternative.target : alternative.target + starts_count] = starts
    return targets


def _overlay(
    rank: int, rule: Rule, mask: np.ndarray, ranks: np.ndarray, values: np.ndarray, columns: dict[int, int]
) -> None:
    """Apply a multi-token rule where it comes after the single-token rule that set each attribute."""
    for attr, value in rule.assignments:
        column = columns[attr]
        later = mask & (ranks[:, column] < rank)
        ranks[later, column] = rank
        values[later, column] = np.uint64(value)


@Language.factory(FACTORY)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty ruler; :func:`replace_attribute_ruler` fills it from the stock ruler's patterns."""
    return FastAttributeRuler(nlp.vocab)


def replace_attribute_ruler(nlp: Language) -> None:
    """Swap the stock ``attribute_ruler`` for the fast one in place, unless a pattern is unsupported."""
    if STOCK_NAME not in nlp.pipe_names or nlp.get_pipe_meta(STOCK_NAME).factory != STOCK_NAME:
        return
    patterns = nlp.get_pipe(STOCK_NAME).patterns
    try:
        compile_rules(nlp.vocab, patterns)
    except UnsupportedPattern as error:
        logger.warning("keeping spaCy's attribute_ruler: unsupported pattern (%s)", error)
        return
    fast = nlp.replace_pipe(STOCK_NAME, FACTORY)
    fast.add_patterns(patterns)


class FastLemmatizer:
    """spaCy's lemmatizer, asked once per distinct (form, POS, morphology) rather than once per token.

    In its rule and lookup modes the stock component's answer depends on nothing else (the rule mode's
    own cache is keyed on exactly these three), so it is memoised on their hashes; tokens whose lemma is
    already set (by the attribute ruler) keep it unless the lemmatizer overwrites, as in spaCy.  The
    answers come from a twin of the stock component whose word index holds sets: spaCy keeps each part
    of speech's known words as a list (57,000 nouns) and tests a candidate lemma by scanning it.
    """

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock  # what is serialised, and whose tables later stages read
        self.memo: dict[tuple[int, int, int], int] = {}
        self.indexed = _indexed_twin(stock)

    @property
    def lookups(self) -> Lookups:
        """The stock lemmatizer's tables (later stages read its noun index)."""
        return self.stock.lookups

    def use_tables(self, lookups: Lookups) -> None:
        """Lemmatize with ``lookups`` (spaCy's ``Lemmatizer.initialize``, which checks the mode's tables)."""
        self.stock.initialize(lookups=lookups)
        self._reset()

    def __call__(self, doc: Doc) -> Doc:
        columns = _to_columns(doc, [ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        todo = np.arange(len(doc)) if self.stock.overwrite else np.flatnonzero(lemmas == 0)
        if len(todo) == 0:
            return doc
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
        for i, key in zip(todo.tolist(), map(tuple, columns[todo, :3].tolist()), strict=True):
            lemma = self.memo.get(key)
            lemmas[i] = lemma if lemma is not None else self._lemmatize(doc, i, key)
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemmatize(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        lemma = doc.vocab.strings.add(self.indexed.lemmatize(doc[i])[0])
        if key[1]:  # without a POS spaCy warns on every call and caches nothing: so neither do we
            self.memo[key] = lemma
        return lemma

    def _reset(self) -> None:
        self.memo.clear()
        self.indexed = _indexed_twin(self.stock)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.stock.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> FastLemmatizer:
        self.stock.from_bytes(data, exclude=exclude)
        self._reset()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.stock.to_disk(path, exclude=exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FastLemmatizer:
        self.stock.from_disk(path, exclude=exclude)
        self._reset()
        return self


def _indexed_twin(stock: Lemmatizer) -> Lemmatizer:
    """A lemmatizer like ``stock`` whose tables are the same but for the word index, held as sets (the
    rule mode only asks whether a word is in it)."""
    twin = type(stock)(stock.vocab, stock.model, stock.name, mode=stock.mode, overwrite=stock.overwrite)
    twin.lookups = Lookups()
    for name in stock.lookups.tables:
        table = stock.lookups.get_table(name)
        if name == INDEX_TABLE:
            table = Table(name, {key: frozenset(words) for key, words in table.items()})
        twin.lookups.set_table(name, table)
    return twin


@Language.factory(LEMMATIZER_FACTORY, default_config={"mode": "rule", "overwrite": False})
def make_fast_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> FastLemmatizer:
    """Wraps the language's own lemmatizer (English: its base-form rules), with empty tables until
    :func:`replace_lemmatizer` hands it the stock component's."""
    return FastLemmatizer(nlp.create_pipe(LEMMATIZER_NAME, config={"mode": mode, "overwrite": overwrite}))


def replace_lemmatizer(nlp: Language) -> None:
    """Swap the stock ``lemmatizer`` for the memoised one in place, where its mode allows and its tables
    are loaded (otherwise the stock one stays and reports the missing tables itself)."""
    if LEMMATIZER_NAME not in nlp.pipe_names or nlp.get_pipe_meta(LEMMATIZER_NAME).factory != LEMMATIZER_NAME:
        return
    stock = nlp.get_pipe(LEMMATIZER_NAME)
    required, _ = stock.get_lookups_config(stock.mode)
    if stock.mode not in MEMOISABLE_MODES or any(table not in stock.lookups for table in required):
        return
    config = {"mode": stock.mode, "overwrite": stock.overwrite}
    nlp.replace_pipe(LEMMATIZER_NAME, LEMMATIZER_FACTORY, config=config).use_tables(stock.lookups)
