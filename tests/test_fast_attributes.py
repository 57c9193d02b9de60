"""The fast attribute ruler and lemmatizer give exactly what spaCy's own give, on real and hand-made text, and the
models give the same parses with numpy's matrix products as with BLIS."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsevents.annotate.fast_attributes import (
    FACTORY,
    LEMMATIZER_FACTORY,
    FastAttributeRuler,
    FastLemmatizer,
    UnsupportedPattern,
    replace_attribute_ruler,
    replace_lemmatizer,
)
from newsevents.annotate.nlp import MODEL_PACKAGES, multiply_with_numpy
from newsevents.eval.bench import GUARDIAN, load_guardian

GUARDIAN_ARTICLES = 120
#: Fewer for the check of whole parses, which runs the full model twice.
NUMPY_PARSE_ARTICLES = 30
ATTRS = [POS, TAG, DEP, LEMMA, MORPH]

#: Sentences for every shape of pattern in en_core_web_sm's ruler: tag maps, tag + word, word
#: alone, dependency labels, whitespace tokens, and the two-token "gonna"-style rules.
HAND_WRITTEN = [
    "I'm gonna tell you: we gotta leave now, so let's go before it gets dark.",
    "It ain't over, and they ain't never gonna stop; y'all know that, c'mon.",
    "Nothin' doin', said the ol' man, goin' home with somethin' for 'em; 'nuff said, we'll see.",
    "It was all but impossible, but she tried anyway.",
    "There is a problem.  There are   many, and there were more.\n\nThere's no doubt.",
    "He'd have gone if he could. I'd go. She can't, won't and shan't come.",
    "Did you do it? He has had enough. They do have cars, and she did.",
    "Give it to me. I saw you. You saw it. It saw them. We told him, her and us.",
    "That which is said stays; this and those, whether or not that is true.",
    "Something happened; anyone, nobody, everything and everybody knew it.",
    "Myself, yourself, himself, herself, itself, ourselves, themselves.",
    "My, your, his, her, its, our and their books; mine, yours, hers, ours, theirs.",
    "\tTabs\t\tand  double  spaces,\r\nline breaks\n and   trailing space ",
    "The 3rd quarter rose 4.5% (to $12bn) -- analysts' views #1 etc. e.g. U.S.A.",
    "Well, then, here once there was been being; got it, gets it, had been had.",
    "",
]


def _nlp_or_skip() -> Language:
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return _nlp_or_skip()


def _parses(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Docs as they reach the attribute ruler (tagged and parsed)."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return list(nlp.pipe(texts))


def _differences(docs: list[Doc], stock: Callable[[Doc], Doc], fast: Callable[[Doc], Doc]) -> list[str]:
    """Tokens whose POS, TAG, DEP, LEMMA or MORPH differ between the two rulers (on copies of ``docs``)."""
    differences = []
    for doc in docs:
        expected, got = stock(doc.copy()), fast(doc.copy())
        rows = np.flatnonzero((expected.to_array(ATTRS) != got.to_array(ATTRS)).any(axis=1))
        differences += [f"{doc[i].text!r} in {doc.text[:40]!r}" for i in rows]
    return differences


def _then_lemmatize(nlp: Language, ruler: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """The ruler followed by the lemmatizer, which fills only the lemmas the ruler left unset."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    return lambda doc: lemmatizer(ruler(doc))


def _fast_copy(nlp: Language, stock: AttributeRuler) -> FastAttributeRuler:
    fast = FastAttributeRuler(nlp.vocab)
    fast.add_patterns(stock.patterns)
    return fast


@pytest.mark.slow
def test_same_attributes_on_hand_written_sentences(nlp: Language) -> None:
    stock = nlp.get_pipe("attribute_ruler")
    docs = _parses(nlp, HAND_WRITTEN)
    fast = _fast_copy(nlp, stock)
    assert _differences(docs, _then_lemmatize(nlp, stock), _then_lemmatize(nlp, fast)) == []


@pytest.mark.slow
def test_hand_written_sentences_exercise_the_multi_token_rules(nlp: Language) -> None:
    lemmas = {token.lower_: token.lemma_ for doc in nlp.pipe(HAND_WRITTEN) for token in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ta"], lemmas["ai"]) == ("go", "to", "to", "be")
    assert sum(token.is_space for doc in _parses(nlp, HAND_WRITTEN) for token in doc) >= 4


@pytest.mark.slow
def test_same_attributes_on_guardian_articles(nlp: Language, shared_data: Path) -> None:
    if not (shared_data / GUARDIAN).exists():
        pytest.skip(f"Guardian sample missing: {shared_data / GUARDIAN}")
    texts = [item.content for item in load_guardian(shared_data, GUARDIAN_ARTICLES)]
    stock = nlp.get_pipe("attribute_ruler")
    docs = _parses(nlp, texts)
    fast = _fast_copy(nlp, stock)
    assert len(docs) == GUARDIAN_ARTICLES
    assert _differences(docs, _then_lemmatize(nlp, stock), _then_lemmatize(nlp, fast)) == []


#: Patterns beyond the model's own: negative and second-token indices, alternatives, IN / NOT_IN /
#: REGEX on several attributes, flags, and multi-token rules between single-token ones they must
#: override and be overridden by.
SYNTHETIC_PATTERNS = [
    {"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"LOWER": "the"}, {"POS": "NOUN"}]], "attrs": {"MORPH": "Definite=Def"}, "index": -1},
    {"patterns": [[{"DEP": "det"}, {}, {"TAG": "NN"}]], "attrs": {"LEMMA": "third"}, "index": 2},
    {"patterns": [[{"TAG": "NN", "LOWER": {"REGEX": "^[a-d]"}}]], "attrs": {"LEMMA": "early", "POS": "X"}},
    {"patterns": [[{"IS_PUNCT": True}], [{"IS_DIGIT": True}]], "attrs": {"TAG": "XX", "POS": "SYM"}},
    {"patterns": [[{"ORTH": "The"}], [{"TEXT": "A"}]], "attrs": {"MORPH": "Case=Nom", "LEMMA": "capital"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", "ROOT", ""]}, "IS_ALPHA": True}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"LOWER": {"IN": ["cat", "dog"]}}, {"IS_SPACE": False}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"SHAPE": "Xxxxx"}]], "attrs": {"POS": "INTJ"}},
]
SYNTHETIC_TEXTS = [
    "The cat sat on the mat, and a dog barked 3 times.",
    "A man saw the dog near the house; The end.",
    "Paris and Berlin met in  2020 and 2021 :  the cat's meow.",
    "They saw the old man.",
]


@pytest.mark.slow
def test_same_semantics_on_synthetic_patterns(nlp: Language) -> None:
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(SYNTHETIC_PATTERNS)
    docs = _parses(nlp, SYNTHETIC_TEXTS)
    fast = _fast_copy(nlp, stock)
    assert _differences(docs, stock, fast) == []
    assert {token.lemma_ for doc in docs for token in fast(doc.copy())} >= {"third", "early", "capital"}


@pytest.mark.slow
def test_replaced_pipeline_matches_the_stock_one_end_to_end(nlp: Language) -> None:
    replaced = _nlp_or_skip()
    position = replaced.pipe_names.index("attribute_ruler")
    replace_attribute_ruler(replaced)
    assert replaced.pipe_names.index("attribute_ruler") == position
    assert replaced.get_pipe_meta("attribute_ruler").factory == FACTORY
    for expected, got in zip(nlp.pipe(HAND_WRITTEN), replaced.pipe(HAND_WRITTEN), strict=True):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in got] == [
            (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in expected
        ]
        assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in expected.ents]


@pytest.mark.parametrize(
    "pattern",
    [
        {"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}},
        {"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "a"}]], "attrs": {"POS": "DET"}, "index": 1},
        {"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "an"}},
    ],
)
def test_unsupported_patterns_keep_the_stock_ruler(pattern: dict) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns([pattern])
    with pytest.raises(UnsupportedPattern):
        FastAttributeRuler(nlp.vocab).add_patterns([pattern])
    replace_attribute_ruler(nlp)
    assert nlp.get_pipe_meta("attribute_ruler").factory == "attribute_ruler"


def test_supported_patterns_replace_the_ruler_in_place_and_survive_serialisation() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    capitals = {"patterns": [[{"ORTH": "The"}], [{"TEXT": "A"}]], "attrs": {"LEMMA": "capital"}}
    nlp.add_pipe("attribute_ruler").add_patterns([capitals])
    nlp.add_pipe("sentencizer", name="after")
    replace_attribute_ruler(nlp)
    assert nlp.pipe_names == ["sentencizer", "attribute_ruler", "after"]
    reloaded = FastAttributeRuler(nlp.vocab).from_bytes(nlp.get_pipe("attribute_ruler").to_bytes())
    assert [t.lemma_ for t in reloaded(nlp.make_doc("The cat and A dog"))] == ["capital", "", "", "capital", ""]


def _lemmatized_by_both(nlp: Language, texts: Iterable[str]) -> tuple[list[Doc], list[Doc]]:
    """The docs after the stock ruler, lemmatized by the stock lemmatizer and by a fast one (each on a copy)."""
    stock = nlp.get_pipe("lemmatizer")
    fast = FastLemmatizer(nlp.create_pipe("lemmatizer", config={"mode": stock.mode}))
    fast.use_tables(stock.lookups)
    ruled = [nlp.get_pipe("attribute_ruler")(doc) for doc in _parses(nlp, texts)]
    return [stock(doc.copy()) for doc in ruled], [fast(doc.copy()) for doc in ruled]


def _lemma_differences(expected: list[Doc], got: list[Doc]) -> list[str]:
    return [
        f"{a.text!r}: {a.lemma_!r} != {b.lemma_!r}"
        for x, y in zip(expected, got, strict=True)
        for a, b in zip(x, y, strict=True)
        if a.lemma_ != b.lemma_
    ]


@pytest.mark.slow
def test_fast_lemmatizer_gives_the_stock_lemmas_on_guardian_articles(nlp: Language, shared_data: Path) -> None:
    if not (shared_data / GUARDIAN).exists():
        pytest.skip(f"Guardian sample missing: {shared_data / GUARDIAN}")
    texts = [item.content for item in load_guardian(shared_data, GUARDIAN_ARTICLES)]
    expected, got = _lemmatized_by_both(nlp, texts + texts[:10])  # the repeats answer from the memo
    assert _lemma_differences(expected, got) == []
    assert sum(len(doc) for doc in got) > 50_000


@pytest.mark.slow
def test_fast_lemmatizer_keeps_lemmas_the_ruler_set(nlp: Language) -> None:
    expected, got = _lemmatized_by_both(nlp, HAND_WRITTEN)
    assert _lemma_differences(expected, got) == []
    lemmas = {token.lower_: token.lemma_ for doc in got for token in doc}
    assert (lemmas["gon"], lemmas["ai"], lemmas["saw"], lemmas["had"]) == ("go", "be", "see", "have")


@pytest.mark.slow
def test_replaced_lemmatizer_keeps_its_place_tables_and_serialisation() -> None:
    nlp = _nlp_or_skip()
    position = nlp.pipe_names.index("lemmatizer")
    replace_lemmatizer(nlp)
    fast = nlp.get_pipe("lemmatizer")
    assert nlp.get_pipe_meta("lemmatizer").factory == LEMMATIZER_FACTORY
    assert nlp.pipe_names.index("lemmatizer") == position
    assert "noun" in fast.lookups.get_table("lemma_index")
    reloaded = nlp.create_pipe(LEMMATIZER_FACTORY).from_bytes(fast.to_bytes())
    doc = nlp("The wolves were running across the fields.")
    with nlp.select_pipes(disable=["lemmatizer"]):
        bare = nlp("The wolves were running across the fields.")
    assert [t.lemma_ for t in reloaded(bare)] == [t.lemma_ for t in doc] == [
        "the", "wolf", "be", "run", "across", "the", "field", ".",
    ]  # fmt: skip


def test_lemmatizer_without_tables_stays_stock() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    replace_lemmatizer(nlp)
    assert nlp.get_pipe_meta("lemmatizer").factory == "lemmatizer"


@pytest.mark.slow
def test_numpy_matrix_products_give_blis_parses_on_guardian_articles(nlp: Language, shared_data: Path) -> None:
    if not (shared_data / GUARDIAN).exists():
        pytest.skip(f"Guardian sample missing: {shared_data / GUARDIAN}")
    texts = [item.content for item in load_guardian(shared_data, NUMPY_PARSE_ARTICLES)]
    numpy_nlp = _nlp_or_skip()
    multiply_with_numpy(numpy_nlp)
    assert not any(node.ops.use_blis for node in numpy_nlp.get_pipe("tok2vec").model.walk())
    columns = [TAG, HEAD, DEP, ENT_IOB, ENT_TYPE]
    for expected, got in zip(nlp.pipe(texts), numpy_nlp.pipe(texts), strict=True):
        assert np.array_equal(expected.to_array(columns), got.to_array(columns)), expected.text[:60]
