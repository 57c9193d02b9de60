"""Whether a text is written without case: all in capitals (wire copy, teletype) or all in lower case.

Such text defeats every cue that reads capitals (headlines, names, sentence starts): the text cleaner reads it
more cautiously, and the parser gets it with its case restored (``annotate.truecase``).
"""

from __future__ import annotations

from collections import Counter

#: Share of a text's letters in capitals above which it is written in capitals, and below which in lower case.
ALL_CAPITALS = 0.85
ALL_LOWER = 0.01
#: Fewer letters than this say nothing about how a text is cased ("UN" alone).
MIN_LETTERS = 40


def is_caseless(text: str) -> bool:
    """Whether ``text`` is written all in capitals or all in lower case (enough letters to tell)."""
    letters = {c: n for c, n in Counter(text).items() if c.isalpha()}  # each distinct character tested once
    count = sum(letters.values())
    if count < MIN_LETTERS:
        return False
    upper = sum(n for c, n in letters.items() if c.isupper()) / count
    return upper >= ALL_CAPITALS or upper <= ALL_LOWER
