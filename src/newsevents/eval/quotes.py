"""Quote and attribution extraction scored on PolNeAR (source, cue and content spans), beside textacy.

PolNeAR annotates every attribution in 2016 US election news: direct and indirect speech, thoughts and
"according to" sources, each with Source, Cue and Content spans (BRAT standoff, character offsets into
``text/<article>.txt``). We run the real pipeline's ``find_quotes`` (with the gazetteer's mentions) over
the same text, so offsets need no mapping; a discontinuous gold span counts as its first-to-last extent.

Per role, a predicted span is correct when it equals a gold span (exact, after trimming whitespace,
quote marks and edge punctuation on both sides) or overlaps one (overlap); precision counts predicted
spans, recall gold ones. Direct-quote speaker accuracy: among gold attributions whose content is in
quotation marks and that a system found as a quote (content overlap), the share whose speaker span
overlaps the gold source. The baseline is ``textacy.extract.triples.direct_quotations`` on the same
spaCy doc (direct quotes only, so its recall is bounded by the share of direct speech).

Run: ``newsevents eval quotes [--data DIR] [--split dev|train]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsevents.eval.datasets import dataset_folder
from newsevents.eval.scoring import precision_recall_f1

ROLES = ("source", "cue", "content")
SYSTEMS = ("ours", "textacy")
QUOTE_MARKS = "\"“”'‘’«»"
_TRIM = QUOTE_MARKS + " \n\t,.;:—–-"


@dataclass
class Attribution:
    """One attribution relation: a (start, end) span per role, absent roles as None."""

    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    content: tuple[int, int] | None = None

    def span(self, role: str) -> tuple[int, int] | None:
        return getattr(self, role)


@dataclass
class Article:
    name: str
    text: str
    gold: list[Attribution] = field(default_factory=list)


def load_split(data_dir: Path, split: str = "dev", limit: int | None = None) -> list[Article]:
    """The articles of one PolNeAR split with their gold attributions (first annotator of each article)."""
    root = dataset_folder(data_dir, "polnear") / split
    chosen: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    names = sorted(chosen)[:limit]
    return [
        Article(name, (root / "text" / f"{name}.txt").read_text(encoding="utf-8"), parse_brat(chosen[name]))
        for name in names
    ]


def parse_brat(path: Path) -> list[Attribution]:
    """Attribution relations of one BRAT ``.ann`` file: E-lines joining Source, Cue and Content T-lines."""
    spans: dict[str, tuple[int, int]] = {}
    relations: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            offsets = [int(n) for n in re.findall(r"\d+", parts[1].split(" ", 1)[1])]
            spans[parts[0]] = (min(offsets), max(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(parts[1].split())
    attributions = []
    for relation in relations:
        roles = dict(arg.split(":", 1) for arg in relation)
        attributions.append(
            Attribution(**{role: spans.get(roles.get(role.capitalize(), "")) for role in ROLES})  # type: ignore[arg-type]
        )
    return attributions


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without surrounding whitespace, quote marks and edge punctuation."""
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def is_direct(text: str, content: tuple[int, int]) -> bool:
    """Gold content in quotation marks: a mark opens it or sits right before it."""
    start, end = content
    before = text[max(0, start - 2) : start + 1]
    return any(mark in before for mark in '"“') and any(mark in text[start:end] + text[end : end + 2] for mark in '"”')


def ours(doc: Doc, mentions: Any) -> list[Attribution]:
    """Our quotes as attributions; a pronoun speaker (no span in the record) is the cue verb's subject, and a
    quote with no holder in the text (``speaker_text`` null) has no source."""
    from newsevents.claims.quotes import find_quotes, speaker_token

    found = []
    for quote in find_quotes(doc, mentions):
        source = _pair(quote.speaker_start, quote.speaker_end)
        if source is None and quote.speaker_text is not None and quote.cue_start is not None:
            subject = speaker_token(doc, quote.cue_start)
            source = (subject.idx, subject.idx + len(subject)) if subject is not None else None
        found.append(Attribution(source, _pair(quote.cue_start, quote.cue_end), (quote.start, quote.end)))
    return found


def textacy_baseline(doc: Doc) -> list[Attribution]:
    """textacy's direct quotations (speaker, cue, content) as attributions.

    textacy refuses a whole document with an odd number of quotation marks; it then runs paragraph by
    paragraph, and a paragraph it still refuses gives nothing.
    """
    try:
        return _textacy_triples(doc, 0)
    except ValueError:
        pass
    found = []
    for paragraph in _paragraphs(doc):
        try:
            found.extend(_textacy_triples(paragraph.as_doc(), paragraph.start_char))
        except ValueError:
            continue
    return found


def _textacy_triples(doc: Doc, offset: int) -> list[Attribution]:
    from textacy.extract.triples import direct_quotations

    return [
        Attribution(
            _shift(_token_extent(speaker), offset),
            _shift(_token_extent(cue), offset),
            (content.start_char + offset, content.end_char + offset),
        )
        for speaker, cue, content in direct_quotations(doc)
    ]


def _paragraphs(doc: Doc) -> list[Any]:
    spans, start = [], 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            if token.i + 1 > start:
                spans.append(doc[start : token.i + 1])
            start = token.i + 1
    if start < len(doc):
        spans.append(doc[start:])
    return spans


def _shift(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span is not None else None


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return (start, end) if start is not None and end is not None else None


def _token_extent(tokens: list[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _count_role(text: str, gold: list[Attribution], predicted: list[Attribution], role: str, counts: dict) -> None:
    gold_spans = [trimmed(text, s) for s in (a.span(role) for a in gold) if s is not None]
    predicted_spans = [trimmed(text, s) for s in (a.span(role) for a in predicted) if s is not None]
    gold_spans = [s for s in gold_spans if s[0] < s[1]]
    predicted_spans = [s for s in predicted_spans if s[0] < s[1]]
    counts["gold"] += len(gold_spans)
    counts["predicted"] += len(predicted_spans)
    exact = set(gold_spans)
    counts["tp_exact_p"] += sum(s in exact for s in predicted_spans)
    counts["tp_exact_r"] += sum(s in set(predicted_spans) for s in gold_spans)
    counts["tp_overlap_p"] += sum(any(_overlaps(s, g) for g in gold_spans) for s in predicted_spans)
    counts["tp_overlap_r"] += sum(any(_overlaps(g, s) for s in predicted_spans) for g in gold_spans)


def _count_speakers(text: str, gold: list[Attribution], predicted: list[Attribution], counts: dict) -> None:
    for attribution in gold:
        if attribution.content is None or attribution.source is None or not is_direct(text, attribution.content):
            continue
        counts["direct_gold"] += 1
        found = next((p for p in predicted if _overlaps(p.content, attribution.content)), None)  # type: ignore[arg-type]
        if found is None:
            continue
        counts["direct_found"] += 1
        counts["speaker_right"] += found.source is not None and _overlaps(found.source, attribution.source)


def _new_counts() -> dict[str, dict[str, int]]:
    keys = ("gold", "predicted", "tp_exact_p", "tp_exact_r", "tp_overlap_p", "tp_overlap_r")
    speaker = {"direct_gold": 0, "direct_found": 0, "speaker_right": 0}
    return {**{role: dict.fromkeys(keys, 0) for role in ROLES}, "speaker": speaker}


def evaluate_quotes(data_dir: Path, limit: int | None = None, split: str = "dev") -> dict[str, Any]:
    """Span P/R/F1 per role (exact and overlap) and direct-quote speaker accuracy, ours and textacy's.

    ``data_dir`` is the ``polnear`` folder (or the shared data folder holding it); ``limit`` keeps the
    first articles of the split (for quick tests).
    """
    from newsevents.annotate.find_mentions import find_mentions
    from newsevents.pipeline import load_models, parse

    models = load_models()
    articles = load_split(data_dir, split, limit)
    counts = {system: _new_counts() for system in SYSTEMS}
    for article, doc in zip(articles, parse((a.text for a in articles), models), strict=True):
        predictions = {"ours": ours(doc, find_mentions(doc, models.gazetteer)), "textacy": textacy_baseline(doc)}
        for system, predicted in predictions.items():
            for role in ROLES:
                _count_role(article.text, article.gold, predicted, role, counts[system][role])
            _count_speakers(article.text, article.gold, predicted, counts[system]["speaker"])
    return {
        "split": split,
        "articles": len(articles),
        "systems": {system: _scores(counts[system]) for system in SYSTEMS},
    }


def _prf(tp_p: int, tp_r: int, predicted: int, gold: int) -> dict[str, float]:
    precision, recall, f1 = precision_recall_f1(tp_p, predicted, tp_r, gold)
    return {"p": precision, "r": recall, "f1": f1}


def _scores(counts: dict[str, dict[str, int]]) -> dict[str, Any]:
    scores: dict[str, Any] = {}
    for role in ROLES:
        c = counts[role]
        scores[role] = {
            "gold": c["gold"],
            "predicted": c["predicted"],
            "exact": _prf(c["tp_exact_p"], c["tp_exact_r"], c["predicted"], c["gold"]),
            "overlap": _prf(c["tp_overlap_p"], c["tp_overlap_r"], c["predicted"], c["gold"]),
        }
    s = counts["speaker"]
    scores["speaker"] = {
        **s,
        "accuracy": s["speaker_right"] / s["direct_found"] if s["direct_found"] else 0.0,
    }
    return scores


def print_report(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    title = f"PolNeAR {report['split']} attribution spans ({report['articles']} articles)"
    table = Table(title=title)
    for column in ("role", "system", "gold", "predicted", "exact P/R/F1", "overlap P/R/F1"):
        table.add_column(column)
    for role in ROLES:
        for system in SYSTEMS:
            r = report["systems"][system][role]
            table.add_row(role, system, str(r["gold"]), str(r["predicted"]), _fmt(r["exact"]), _fmt(r["overlap"]))
    console.print(table)
    speakers = Table(title="Direct-quote speaker accuracy (gold quotes found by the system)")
    for column in ("system", "gold direct quotes", "found", "speaker right", "accuracy"):
        speakers.add_column(column)
    for system in SYSTEMS:
        s = report["systems"][system]["speaker"]
        speakers.add_row(
            system, str(s["direct_gold"]), str(s["direct_found"]), str(s["speaker_right"]), f"{s['accuracy']:.3f}"
        )
    console.print(speakers)


def _fmt(prf: dict[str, float]) -> str:
    return f"{prf['p']:.3f} / {prf['r']:.3f} / {prf['f1']:.3f}"
