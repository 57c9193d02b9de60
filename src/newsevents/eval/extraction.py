"""Evaluate article extraction on the trafilatura benchmark: newsevents beside five peer extractors.

The benchmark (``trafilatura_eval/``: ``evaldata.json`` + ``html/<file>.gz``) gives, per page,
snippets the main text must contain (``with``) and boilerplate it must not (``without``), plus the
gold title, author and date. Body scores count snippets over all pages: precision = found "with" /
(found "with" + present "without"), recall = found "with" / all "with".

Every system is scored on the body it hands its users: for newsevents that is ``article.text``, which
keeps section headings as their own paragraphs in reading order (they are also listed in
``section_headings``), so nothing visible in the article is left out of the comparison.

Peers run with their defaults, except that newspaper4k does not fetch images over the network (the
benchmark is offline, and fetching would only cost time); justext has no default stop list: it gets
the union of all its lists, as in trafilatura's own benchmark, so it is language-neutral like the
others. A peer that crashes on a page gives an empty result for that page. Fields a peer never returns
are reported as ``None`` (printed "-"), as are fields without gold values among the pages scored.
The peers are optional (the ``eval`` extra); those not installed are left out.
"""

from __future__ import annotations

import gzip
import json
import re
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from trafilatura.meta import reset_caches

from newsevents.eval.scoring import precision_recall_f1
from newsevents.eval.splits import half_of
from newsevents.extract.dates import normalise_date
from newsevents.extract.html import extract_html
from newsevents.extract.lang import guess_language

OURS = "newsevents"
FIELDS = ("title", "author", "date")
SCOPES = ("English pages", "all pages")


@dataclass
class Output:
    """What one system extracted from one page, in comparable form (``None``: not found)."""

    text: str = ""
    title: str | None = None
    authors: str | list[str] | None = None
    date: str | None = None


Runner = Callable[[str, str], Output]


@dataclass
class System:
    """An extractor under test: how to run it on (input, url), and which metadata fields it returns."""

    name: str
    run: Runner
    fields: tuple[str, ...] = FIELDS


@dataclass
class Tally:
    """Running counts for one system in one scope."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {name: [0, 0] for name in FIELDS})
    seconds: float = 0.0
    pages: int = 0

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

    def summary(self, given: tuple[str, ...]) -> dict[str, float | None]:
        precision, recall, f1 = precision_recall_f1(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn)
        scores: dict[str, float | None] = {"precision": precision, "recall": recall, "f1": f1}
        for name, (ok, n) in self.fields.items():
            scores[f"{name}_accuracy"] = ok / n if name in given and n else None  # None: not given, or no gold
        scores["seconds_per_page"] = self.seconds / (self.pages or 1)
        return scores


#: Characters a reader never sees (soft hyphens, zero-width marks): some gold snippets carry them, some pages
#: do not, and no system should win or lose a snippet by them.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060-\u2064\ufeff]")


def _norm(text: str) -> str:
    return " ".join(_INVISIBLE.sub("", text).split())


def _norm_title(title: str | None) -> str:
    return re.sub(r"\W+", " ", title or "").strip().lower()


def _flatten(value: Any) -> list[str]:
    """Author names from a string or (nested) lists of them, as peers and gold files give them."""
    if isinstance(value, list | tuple):
        return [name for item in value for name in _flatten(item)]
    return [str(value)] if value else []


def _author_set(authors: Any) -> set[str]:
    joined = "; ".join(_flatten(authors))
    parts = re.split(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", joined)
    return {_norm_title(p) for p in parts if _norm_title(p)}


def _iso_date(value: Any) -> str | None:
    """A peer's date (``datetime``, ISO or written string) as ``YYYY-MM-DD``, read generously."""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return normalise_date(value) if isinstance(value, str) else None


def score_page(tally: Tally, output: Output, page: dict[str, Any]) -> None:
    tally.add_body(_norm(output.text), page)
    if page.get("title"):
        tally.add_field("title", _norm_title(output.title) == _norm_title(page["title"]))
    if page.get("author"):
        tally.add_field("author", _author_set(output.authors) == _author_set(page["author"]))
    if page.get("date"):
        tally.add_field("date", output.date == page["date"])


# --- the systems -------------------------------------------------------------------------------


def run_ours(html: str, url: str) -> Output:
    """newsevents' HTML path without the English-only gate of ``extract_article`` (all pages count)."""
    result = extract_html(html, url=url)
    return Output(result.text, result.title, result.authors, result.published)


def run_trafilatura(html: str, url: str) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Output()
    return Output(doc.text or "", doc.title, doc.author, _iso_date(doc.date))


def run_newspaper(html: str, url: str) -> Output:
    import newspaper

    article = newspaper.Article(url, fetch_images=False)  # its default fetches images: the benchmark is offline
    article.download(input_html=html)
    article.parse()
    return Output(article.text, article.title, article.authors, _iso_date(article.publish_date))


def run_readability(html: str, url: str) -> Output:
    from lxml.html import fromstring
    from readability import Document

    doc = Document(html, url=url)
    body = "\n".join(fromstring(doc.summary()).itertext())
    return Output(body, doc.short_title())


@cache
def _justext_stoplist() -> frozenset[str]:
    import justext

    return frozenset(word for lang in justext.get_stoplists() for word in justext.get_stoplist(lang))


def run_justext(html: str, url: str) -> Output:
    import justext

    paragraphs = justext.justext(html, _justext_stoplist())
    return Output("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


@cache
def _goose() -> Any:
    import logging

    from goose3 import Goose

    logging.getLogger("goose3").setLevel(logging.CRITICAL)  # it logs every date it cannot parse
    return Goose()


def run_goose(html: str, url: str) -> Output:
    article = _goose().extract(raw_html=html, url=url)
    return Output(article.cleaned_text or "", article.title, article.authors, _iso_date(article.publish_date))


PEERS: dict[str, tuple[str, Runner, tuple[str, ...]]] = {
    "trafilatura": ("trafilatura", run_trafilatura, FIELDS),
    "newspaper4k": ("newspaper", run_newspaper, FIELDS),
    "readability-lxml": ("readability", run_readability, ("title",)),
    "justext": ("justext", run_justext, ()),
    "goose3": ("goose3", run_goose, FIELDS),
}


def _installed(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None


def systems(ours: Runner = run_ours, peers: bool = True) -> list[System]:
    """newsevents first, then every installed peer (none with ``peers=False``, for quick runs)."""
    chosen = PEERS.items() if peers else ()
    return [
        System(OURS, ours),
        *(System(name, run, given) for name, (module, run, given) in chosen if _installed(module)),
    ]


def safely(run: Runner, content: str, url: str) -> Output:
    """A crash on one page counts as an empty result, never as a failed benchmark."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return run(content, url)
    except Exception:  # peers fail in many ways: each failure is scored as nothing found
        return Output()


# --- the benchmark -----------------------------------------------------------------------------


def load_pages(data_dir: Path, english_only: bool = False, half: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(url, page) pairs; ``english_only`` keeps pages whose gold snippets and title read as English.

    ``half`` ("dev" or "test") keeps one fixed half by hash of the page's file name: study errors on
    dev, check on test that a change generalises, report all pages.
    """
    data = json.loads((data_dir / "evaldata.json").read_text(encoding="utf-8"))
    pages = [(url, page) for url, page in data.items() if (data_dir / "html" / f"{page['file']}.gz").exists()]
    if half:
        pages = [(url, page) for url, page in pages if half_of(str(page["file"])) == half]
    if english_only:
        pages = [(url, page) for url, page in pages if is_english(page)]
    return pages


def is_english(page: dict[str, Any]) -> bool:
    """Whether a gold page is English, judged from its gold snippets and title."""
    gold = [*(page.get("with") or []), *(page.get("without") or []), page.get("title") or ""]
    return guess_language(" ".join(gold)) == "en"


def read_page(data_dir: Path, page: dict[str, Any]) -> str:
    raw = gzip.decompress((data_dir / "html" / f"{page['file']}.gz").read_bytes())
    return raw.decode("utf-8", errors="replace")


def _scopes(english_only: bool) -> tuple[str, ...]:
    return SCOPES[:1] if english_only else SCOPES


def _page_scopes(page: dict[str, Any], english_only: bool) -> Iterator[str]:
    if english_only or is_english(page):
        yield SCOPES[0]
    if not english_only:
        yield SCOPES[1]


def run_benchmark(
    data_dir: Path,
    limit: int | None,
    english_only: bool,
    contenders: list[System],
    prepare: Callable[[str], str] = lambda html: html,
    half: str | None = None,
) -> dict[str, Any]:
    """Score every system on every page, English pages and all pages.

    ``prepare`` turns a page's HTML into what the systems are given (the page itself, or a scrape of
    it); its time is not counted. Each system reads every page in a pass of its own, after one untimed
    warm-up page: run one after another on the same page, the second would find the page's work half done
    in caches the first one filled (htmldate and trafilatura share them), and whoever came first would pay
    for one-time set-ups such as dateparser's (paid before any pass). Those caches are emptied before each
    pass, so that a later pass does not reuse what an earlier one computed for the same pages. Returns
    ``{"english_only": bool, "scopes": {scope: {"pages": n, "systems": {name: {metric: value or None}}}}}``.
    """
    pages = load_pages(data_dir, english_only, half)[:limit]
    contents = [prepare(read_page(data_dir, page)) for _, page in pages]
    tallies = {scope: {s.name: Tally() for s in contenders} for scope in _scopes(english_only)}
    _set_up_shared_libraries()
    for system in contenders:
        reset_caches()  # each system starts as cold as the others: no reuse of another's htmldate results
        if contents:
            safely(system.run, contents[0], pages[0][0])
        for (url, page), content in zip(pages, contents, strict=True):
            start = time.perf_counter()
            output = safely(system.run, content, url)
            seconds = time.perf_counter() - start
            for scope in _page_scopes(page, english_only):
                tally = tallies[scope][system.name]
                tally.seconds += seconds
                tally.pages += 1
                score_page(tally, output, page)
    report: dict[str, Any] = {"english_only": english_only, "scopes": {}}
    for scope, by_system in tallies.items():
        n = next(iter(by_system.values())).pages if by_system else 0
        scores = {s.name: by_system[s.name].summary(s.fields) for s in contenders}
        report["scopes"][scope] = {"pages": n, "systems": scores}
    return report


def _set_up_shared_libraries() -> None:
    """Pay dateparser's one-time set-up (it compiles every locale's patterns the first time it reads a date of no
    known language) before any system is timed: otherwise whichever system first meets such a date pays it."""
    import dateparser

    dateparser.parse("Veröffentlicht am 3. Mai 2022")


def evaluate_extraction(
    data_dir: Path, limit: int | None = None, english_only: bool = False, peers: bool = True, half: str | None = None
) -> dict[str, Any]:
    """Body snippet P/R/F1, title/author/date accuracy and seconds per page, newsevents beside peers.

    ``data_dir`` is the ``trafilatura_eval`` folder; ``limit`` caps the number of pages (in file
    order). Without ``english_only`` the report has both scopes, English pages and all pages.
    """
    return run_benchmark(data_dir, limit, english_only, systems(peers=peers), half=half)


_LABELS = {"precision": "P", "recall": "R", "f1": "F1", "title_accuracy": "title", "author_accuracy": "author"}
_LABELS |= {"date_accuracy": "date", "seconds_per_page": "s/page"}


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_extraction_report(report: dict[str, Any], console: Any = None, title: str = "Extraction") -> None:
    """Show a ``run_benchmark`` report as one rich table per scope."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    for scope, result in report["scopes"].items():
        table = Table(title=f"{title} on trafilatura_eval ({result['pages']} {scope})")
        table.add_column("system")
        for label in _LABELS.values():
            table.add_column(label, justify="right")
        for name, scores in result["systems"].items():
            table.add_row(name, *(_cell(scores[metric]) for metric in _LABELS))
        console.print(table)
