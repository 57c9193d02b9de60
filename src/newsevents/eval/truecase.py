"""How well case is restored (``newsevents eval truecase``): cased news lower-cased, restored, compared.

Any cased text is its own gold: lower-case it, restore it (``annotate.truecase``), and score the words that
begin with a capital, leaving out each sentence's first word, which any restorer gets right. The texts are the
ACLED notes of a split (``dev`` to study, ``test`` to report), written by many coders about many countries.
Beside ours, the baseline every parser sees without a restorer: the lower-case text itself, and one that
capitalises only what the gazetteer names as a place.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsevents.annotate.geo import Gazetteer
from newsevents.annotate.truecase import lower_case, place_named
from newsevents.eval.scoring import precision_recall_f1

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")


def capitalised_words(original: str, restored: str, counts: Counter) -> None:
    """Add the words capitalised in ``original`` and in ``restored`` (same length), sentence openers left out."""
    for match in _WORD.finditer(original):
        if not original[: match.start()].strip() or _SENTENCE_END.search(original[: match.start()]):
            continue
        gold, ours = match.group()[0].isupper(), restored[match.start()].isupper()
        counts["gold"] += gold
        counts["ours"] += ours
        counts["both"] += gold and ours


def prf(counts: Counter) -> dict[str, float]:
    precision, recall, f1 = precision_recall_f1(counts["both"], counts["ours"], counts["both"], counts["gold"])
    return {"precision": precision, "recall": recall, "F1": f1}


def places_only(text: str, gazetteer: Gazetteer) -> str:
    """Capitals where a single word is a gazetteer name of a country or region: the simplest restorer."""
    chars = list(text)
    for match in _WORD.finditer(text):
        place = place_named(match.group(), gazetteer)
        if place is not None and place.feature in {"country", "region"}:
            chars[match.start()] = chars[match.start()].upper()
    return "".join(chars)


def evaluate_truecase(data_dir: Path, split: str = "test", limit: int | None = None) -> dict[str, dict[str, float]]:
    from newsevents.eval.events import clean_note, read_acled
    from newsevents.pipeline import load_models

    models = load_models()
    texts = [clean_note(row["notes"]) for row in read_acled(data_dir, split, limit)]
    counts = {"ours": Counter(), "lower case": Counter(), "places only": Counter()}
    for text in texts:
        lower = lower_case(text)
        capitalised_words(text, models.case.restore(lower), counts["ours"])
        capitalised_words(text, lower, counts["lower case"])
        capitalised_words(text, places_only(lower, models.gazetteer), counts["places only"])
    return {system: {**prf(c), "n": float(c["gold"])} for system, c in counts.items()} | {"_texts": {"n": len(texts)}}


def print_report(report: dict[str, dict[str, float]], split: str) -> None:
    texts = int(report.pop("_texts")["n"])
    n = int(next(iter(report.values()))["n"])
    table = Table(title=f"Case restored to lower-cased ACLED notes ({split}: {texts} notes, {n} capitalised words)")
    table.add_column("system")
    for metric in ("precision", "recall", "F1"):
        table.add_column(metric, justify="right")
    for system, rows in report.items():
        table.add_row(system, *(f"{rows[m]:.3f}" for m in ("precision", "recall", "F1")))
    Console().print(table)
