"""Whether a text is written without case: all in capitals (wire copy, teletype) or all in lower case.

Such text defeats every cue that reads capitals (headlines, names, sentence starts): the text cleaner reads it
more cautiously, and the parser gets it with its case restored (``annotate.truecase``).
"""

from __future__ import annotations

#: Share of a text's letters in capitals above which it is written in capitals, and below which in lower case.
ALL_CAPITALS = 0.85
ALL_LOWER = 0.01
#: Fewer letters than this say nothing about how a text is cased ("UN" alone).
MIN_LETTERS = 40


def is_caseless(text: str) -> bool:
    """Whether ``text`` is written all in capitals or all in lower case (enough letters to tell)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper >= ALL_CAPITALS or upper <= ALL_LOWER
