"""Evaluate article extraction on the trafilatura benchmark, ours against plain trafilatura.

The benchmark (``trafilatura_eval/``: ``evaldata.json`` + ``html/<file>.gz``) gives, per page,
snippets the main text must contain (``with``) and boilerplate it must not (``without``), plus the
gold title, author and date. Body scores count snippets over all pages: precision = found "with" /
(found "with" + present "without"), recall = found "with" / all "with". Ours is scored on
``article.text`` alone and on text plus section headings (we keep headings out of the text).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

from newsevents.extract.html import extract_html
from newsevents.extract.lang import guess_language

SYSTEMS = ("ours", "ours_text_only", "trafilatura")


@dataclass
class Tally:
    """Running counts for one system."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {"title": [0, 0], "author": [0, 0], "date": [0, 0]})
    seconds: float = 0.0

    def add_body(self, text: str, page: dict[str, Any]) -> None:
        for snippet in page.get("with") or []:
            found = _norm(snippet) in text
            self.tp += found
            self.fn += not found
        for snippet in page.get("without") or []:
            present = _norm(snippet) in text
            self.fp += present
            self.tn += not present

    def add_field(self, name: str, correct: bool) -> None:
        self.fields[name][0] += correct
        self.fields[name][1] += 1

    def summary(self) -> dict[str, float]:
        precision = self.tp / ((self.tp + self.fp) or 1)
        recall = self.tp / ((self.tp + self.fn) or 1)
        f1 = 2 * precision * recall / ((precision + recall) or 1)
        scores = {"precision": precision, "recall": recall, "f1": f1}
        scores |= {f"{name}_accuracy": ok / (n or 1) for name, (ok, n) in self.fields.items()}
        return scores


def _norm(text: str) -> str:
    return " ".join(text.split())


def _norm_title(title: str | None) -> str:
    return re.sub(r"\W+", " ", title or "").strip().lower()


def _author_set(authors: str | list[str] | None) -> set[str]:
    joined = "; ".join(authors) if isinstance(authors, list) else authors or ""
    parts = re.split(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", joined)
    return {_norm_title(p) for p in parts if _norm_title(p)}


@dataclass
class Output:
    """What one system extracted from one page, in comparable form."""

    text: str
    title: str | None
    authors: str | list[str] | None
    date: str | None


def run_ours(html: str, url: str) -> tuple[Output, Output]:
    """Ours scored twice: on the text with headings and on ``article.text`` alone."""
    result = extract_html(html, url=url)
    full = "\n".join([*result.section_headings, result.text])
    fields = (result.title, result.authors, result.published)
    return Output(full, *fields), Output(result.text, *fields)


def run_trafilatura(html: str, url: str) -> Output:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Output("", None, None, None)
    return Output(doc.text or "", doc.title, doc.author, doc.date)


def score_page(tally: Tally, output: Output, page: dict[str, Any]) -> None:
    tally.add_body(_norm(output.text), page)
    if page.get("title"):
        tally.add_field("title", _norm_title(output.title) == _norm_title(page["title"]))
    if page.get("author"):
        tally.add_field("author", _author_set(output.authors) == _author_set(page["author"]))
    if page.get("date"):
        tally.add_field("date", output.date == page["date"])


def load_pages(data_dir: Path, english_only: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """(url, page) pairs; ``english_only`` keeps pages whose gold snippets and title read as English."""
    data = json.loads((data_dir / "evaldata.json").read_text(encoding="utf-8"))
    pages = [(url, page) for url, page in data.items() if (data_dir / "html" / f"{page['file']}.gz").exists()]
    if english_only:
        pages = [(url, page) for url, page in pages if _page_language(page) == "en"]
    return pages


def _page_language(page: dict[str, Any]) -> str:
    return guess_language(" ".join([*(page.get("with") or []), *(page.get("without") or []), page.get("title") or ""]))


def _timed(tally: Tally, run: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = run()
    tally.seconds += time.perf_counter() - start
    return result


def evaluate_extraction(data_dir: Path, limit: int | None = None, english_only: bool = False) -> dict[str, Any]:
    """Body snippet P/R/F1 and title/author/date accuracy for ours and plain trafilatura.

    ``data_dir`` is the ``trafilatura_eval`` folder; ``limit`` caps the number of pages (in file
    order). Returns ``{"pages": n, "systems": {name: {metric: value, "seconds_per_page": s}}}``.
    """
    pages = load_pages(data_dir, english_only)[:limit]
    tallies = {name: Tally() for name in SYSTEMS}
    for url, page in pages:
        raw = gzip.decompress((data_dir / "html" / f"{page['file']}.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        ours, ours_text = _timed(tallies["ours"], lambda: run_ours(html, url))  # noqa: B023
        score_page(tallies["ours"], ours, page)
        score_page(tallies["ours_text_only"], ours_text, page)
        score_page(tallies["trafilatura"], _timed(tallies["trafilatura"], lambda: run_trafilatura(html, url)), page)  # noqa: B023
    tallies["ours_text_only"].seconds = tallies["ours"].seconds
    systems = {
        name: tally.summary() | {"seconds_per_page": tally.seconds / (len(pages) or 1)}
        for name, tally in tallies.items()
    }
    return {"pages": len(pages), "english_only": english_only, "systems": systems}


def print_extraction_report(report: dict[str, Any], console: Any = None) -> None:
    """Show an ``evaluate_extraction`` report as a rich table."""
    from rich.console import Console
    from rich.table import Table

    scope = "English pages" if report.get("english_only") else "all pages"
    table = Table(title=f"Extraction on trafilatura_eval ({report['pages']} {scope})")
    labels = {"precision": "P", "recall": "R", "f1": "F1", "title_accuracy": "title", "author_accuracy": "author"}
    labels |= {"date_accuracy": "date", "seconds_per_page": "s/page"}
    metrics = list(labels)
    table.add_column("system")
    for metric in metrics:
        table.add_column(labels[metric], justify="right")
    for name, scores in report["systems"].items():
        table.add_row(name, *(f"{scores[m]:.3f}" for m in metrics))
    (console or Console()).print(table)
