"""Time normalisation scored on TempEval-3 TimeBank + AQUAINT (TimeML with a document creation time).

For every gold TIMEX3 of type DATE we take the expression of ours that overlaps it and compare its
value with the gold one, the DCT playing the publication date; a gold date we do not find counts as
wrong. Gold values carry times of day ("1998-02-27TNI") that our date values do not: only the date
part is compared, week numbers are compared without zero padding ("2000-W7" == "2000-W07") and
decades without a placeholder digit ("199X" == "199").
The baseline is dateparser on the spaCy DATE entities with ``RELATIVE_BASE`` set to the DCT.

Run: ``newsevents eval time [--data DIR]``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsevents.annotate.time import find_times
from newsevents.eval.datasets import dataset_folder
from newsevents.eval.splits import half_of

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"")
CORPORA = ("TimeBank", "AQUAINT")


@dataclass
class GoldDate:
    start: int
    end: int
    text: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    dct: str
    text: str
    dates: list[GoldDate]


def parse_timeml(path: Path) -> TimeMLDoc:
    """The plain text of a TimeML document, its DCT and its DATE TIMEX3 with offsets into that text."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw).group(1)[:10]  # type: ignore[union-attr]
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    length, dates, open_timex = 0, [], None
    pos = 0
    for m in _TAG.finditer(body):
        piece = html.unescape(body[pos : m.start()])
        parts.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            if attrs.get("type") == "DATE":
                dates.append(GoldDate(start, length, "", attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    for d in dates:
        d.text = text[d.start : d.end]
    return TimeMLDoc(path.stem, dct, text, dates)


def normalise(value: str | None) -> str | None:
    """Comparable form of a TIMEX3 value: date part only, no unknown ("-XX") tail, weeks unpadded.

    A decade's unknown last digit is an unknown tail too: the gold writes the 1990s both "199" and "199X".
    """
    if value is None:
        return None
    value = value.split("T")[0] if re.match(r"\d{4}-\d\d-\d\dT", value) else value
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    return re.sub(r"-W0?(\d+)", r"-W\1", value)


def _dateparser_value(text: str, parser: Any) -> str | None:
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "year":
        return f"{d.year}"
    if period == "month":
        return f"{d.year}-{d.month:02d}"
    if period == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week}"
    return d.date().isoformat()


def _overlap(items: list[tuple[int, int, str | None]], gold: GoldDate) -> str | None:
    for start, end, value in items:
        if start < gold.end and gold.start < end:
            return value
    return None


def _score_doc(doc: TimeMLDoc, spacy_doc: Any, counts: dict[str, int]) -> None:
    import dateparser

    date_spans = [(e.start_char, e.end_char) for e in spacy_doc.ents if e.label_ == "DATE"]
    ours = [(t.start, t.end, t.value) for t in find_times(doc.text, doc.dct, date_spans)]
    settings = {"RELATIVE_BASE": datetime.fromisoformat(doc.dct), "PREFER_DATES_FROM": "past"}
    parser = dateparser.date.DateDataParser(languages=["en"], settings=settings)
    baseline = [(s, e, _dateparser_value(doc.text[s:e], parser)) for s, e in date_spans]
    for gold in doc.dates:
        target = normalise(gold.value)
        counts["n"] += 1
        counts["ours"] += normalise(_overlap(ours, gold)) == target
        counts["baseline"] += normalise(_overlap(baseline, gold)) == target


def evaluate_time(data_dir: Path, limit: int | None = None, half: str | None = None) -> dict[str, dict[str, float]]:
    """DATE value accuracy of ours and of the dateparser baseline, per corpus and overall.

    ``data_dir`` is the ``tempeval3_tbaq`` folder (or the shared data folder holding it); ``limit``
    keeps the first documents of each corpus (for quick tests); ``half`` ("dev" or "test") one fixed
    half of the documents, by file name.
    """
    from newsevents.annotate.nlp import load_nlp

    nlp = load_nlp()
    results: dict[str, dict[str, float]] = {}
    total = {"n": 0, "ours": 0, "baseline": 0}
    for corpus in CORPORA:
        paths = sorted((dataset_folder(data_dir, "tempeval3_tbaq") / corpus).glob("*.tml"))
        paths = [p for p in paths if half is None or half_of(p.name) == half][:limit]
        docs = [parse_timeml(p) for p in paths]
        counts = {"n": 0, "ours": 0, "baseline": 0}
        for doc, spacy_doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
            _score_doc(doc, spacy_doc, counts)
        results[corpus] = _accuracies(counts)
        total = {k: total[k] + counts[k] for k in total}
    results["all"] = _accuracies(total)
    return results


def _accuracies(counts: dict[str, int]) -> dict[str, float]:
    n = max(counts["n"], 1)
    return {"n": counts["n"], "ours": counts["ours"] / n, "baseline": counts["baseline"] / n}


def print_report(results: dict[str, dict[str, float]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="TIMEX3 DATE value accuracy (TempEval-3 TBAQ, DCT as publication date)")
    for column in ("corpus", "gold dates", "ours", "dateparser baseline"):
        table.add_column(column)
    for corpus, r in results.items():
        table.add_row(corpus, str(r["n"]), f"{r['ours']:.3f}", f"{r['baseline']:.3f}")
    Console().print(table)
