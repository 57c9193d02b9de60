"""A small learned event classifier: multinomial logistic regression over hashed word n-grams.

The trigger rules code what they recognise; this model fills two gaps they leave. It codes an event
when no trigger fired ("hundreds took to the streets"), and it chooses the ACLED sub-event type among
those the rule's PLOVER type allows (an ASSAULT is a clash, an attack on civilians, a shelling, ...),
where wording beyond the trigger decides. Two heads share the features: ``acled`` (ACLED
sub_event_type) and ``plover`` (PLOVER type). Weights are trained by ``newsevents.events.train`` and
ship as int8 with a scale per class, loaded with numpy alone. ``coding_with`` codes with other heads for a while
(the out-of-fold heads that score the train split honestly).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

import numpy as np

N_BUCKETS = 2**15
WEIGHTS_RESOURCE = "data/fallback_weights.npz"
HEADS = ("acled", "plover")
_TOKEN = re.compile(r"[a-z]+|\d+")
_STEM_LENGTH = 5

#: ACLED sub_event_type -> its event_type.
ACLED_EVENT_TYPE: dict[str, str] = {
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Looting/property destruction": "Strategic developments",
    "Arrests": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Agreement": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Other": "Strategic developments",
}

#: The PLOVER types an ACLED sub-event type can code; the first is the one a new event gets.
ACLED_PLOVER: dict[str, tuple[str, ...]] = {
    "Peaceful protest": ("PROTEST",),
    "Protest with intervention": ("PROTEST", "ASSAULT", "COERCE"),
    "Excessive force against protesters": ("ASSAULT", "PROTEST"),
    "Violent demonstration": ("PROTEST", "ASSAULT"),
    "Mob violence": ("ASSAULT", "PROTEST"),
    "Looting/property destruction": ("ASSAULT", "COERCE", "PROTEST"),
    "Arrests": ("COERCE",),
    "Abduction/forced disappearance": ("ASSAULT", "COERCE"),  # a detention by an armed group (lexicon.acled_type)
    "Disrupted weapons use": ("COERCE", "ASSAULT"),
    "Agreement": ("AGREE", "RETREAT"),
    "Non-violent transfer of territory": ("RETREAT", "MOBILIZE"),
    "Headquarters or base established": ("MOBILIZE",),
    "Change to group/activity": ("MOBILIZE", "RETREAT", "COOPERATE", "CONCEDE"),
    "Other": ("MOBILIZE", "RETREAT", "COERCE", "CONCEDE", "COOPERATE"),
}


def plover_types_of(sub_event_type: str) -> tuple[str, ...]:
    """The PLOVER types that can code an ACLED sub-event type (the violent ones are all ASSAULT)."""
    return ACLED_PLOVER.get(sub_event_type, ("ASSAULT",))


def features(text: str) -> list[str]:
    """Lower-cased words, 5-letter stems and word bigrams; digits fold to one token."""
    return _features_of(_words(text))


def _words(text: str) -> list[str]:
    return ["<num>" if w.isdigit() else w for w in _TOKEN.findall(text.lower())]


def _features_of(words: list[str]) -> list[str]:
    unigrams = [f"w:{w}" for w in words] + [f"s:{w[:_STEM_LENGTH]}" for w in words if len(w) > _STEM_LENGTH]
    bigrams = [f"b:{a}_{b}" for a, b in pairwise(words)]
    return unigrams + bigrams


def _buckets(features: list[str]) -> list[int]:
    return [zlib.crc32(f.encode()) % N_BUCKETS for f in features]


def bucket_indices(text: str) -> np.ndarray:
    """The hashed feature buckets present in ``text`` (a stable hash: CRC32, not Python's ``hash``)."""
    return np.unique(np.array(_buckets(features(text)), dtype=np.int64))


@dataclass(frozen=True)
class Head:
    """One softmax head: int8 weights (buckets x classes) with a scale per class, and biases."""

    classes: tuple[str, ...]
    weights: np.ndarray
    scales: np.ndarray
    bias: np.ndarray

    def probabilities(self, indices: np.ndarray) -> dict[str, float]:
        norm = 1.0 / np.sqrt(max(len(indices), 1))
        scores = self.weights[indices].sum(axis=0, dtype=np.float64) * self.scales * norm + self.bias
        exp = np.exp(scores - scores.max())
        return dict(zip(self.classes, (exp / exp.sum()).tolist(), strict=True))


#: Heads that code instead of the shipped ones while ``coding_with`` holds them; None: the shipped ones.
_heads_in_use: ContextVar[dict[str, Head] | None] = ContextVar("heads_in_use", default=None)


@cache
def load_heads() -> dict[str, Head]:
    """The shipped weights (loaded once per process)."""
    with resources.files(__package__).joinpath(WEIGHTS_RESOURCE).open("rb") as handle:
        return heads_from_arrays(dict(np.load(handle, allow_pickle=False)))


def heads_from_arrays(arrays: Mapping[str, np.ndarray]) -> dict[str, Head]:
    """The heads held in arrays named as the weights file names them ("acled_weights", "plover_classes", ...)."""
    return {
        name: Head(
            classes=tuple(str(c) for c in arrays[f"{name}_classes"]),
            weights=arrays[f"{name}_weights"],
            scales=arrays[f"{name}_scales"],
            bias=arrays[f"{name}_bias"],
        )
        for name in HEADS
    }


@contextmanager
def coding_with(heads: dict[str, Head]) -> Iterator[None]:
    """Classify with ``heads`` instead of the shipped ones inside the ``with`` block (in this thread or task)."""
    token = _heads_in_use.set(heads)
    try:
        yield
    finally:
        _heads_in_use.reset(token)


def classify(text: str) -> dict[str, dict[str, float]]:
    """Class probabilities of each head for ``text``."""
    return _probabilities(bucket_indices(text))


def classify_after(lead: str) -> Callable[[str], dict[str, dict[str, float]]]:
    """``classify(f"{lead} {text}")`` for the texts read after one lead, hashing the lead's features once: its
    words, stems and bigrams are the same in each, and only the bigram across the space depends on the text. A
    text read again (two events of one sentence) gets the same, shared answer: not to be changed."""
    lead_words = _words(lead)
    lead_buckets = _buckets(_features_of(lead_words))
    read_before: dict[str, dict[str, dict[str, float]]] = {}

    def read(text: str) -> dict[str, dict[str, float]]:
        if text not in read_before:
            words = _words(text)
            across = [f"b:{lead_words[-1]}_{words[0]}"] if lead_words and words else []
            found = lead_buckets + _buckets(_features_of(words) + across)
            read_before[text] = _probabilities(np.unique(np.array(found, dtype=np.int64)))
        return read_before[text]

    return read


def _probabilities(indices: np.ndarray) -> dict[str, dict[str, float]]:
    heads = _heads_in_use.get() or load_heads()
    return {name: head.probabilities(indices) for name, head in heads.items()}


def best_allowed(probabilities: dict[str, float], allowed: set[str]) -> tuple[str, float] | None:
    """The most probable class among ``allowed``, with its probability; None when none is allowed."""
    scored = [(p, c) for c, p in probabilities.items() if c in allowed]
    if not scored:
        return None
    probability, label = max(scored)
    return label, probability
