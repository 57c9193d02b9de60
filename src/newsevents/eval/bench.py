"""``newsevents bench``: end-to-end throughput on real articles beside spaCy alone on the same texts.

Both runs use the same number of processes and include starting them; the spaCy run parses the
pipeline's own clean texts with the stock model (every component as shipped, even where newsevents
swaps one for a faster one), so the ratio is newsevents' cost against parsing with spaCy alone.
"""

from __future__ import annotations

import csv
import gzip
import resource
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsevents.annotate.nlp import load_stock_nlp
from newsevents.execute import run_items
from newsevents.pipeline import Item, load_models

GUARDIAN = Path("guardian_sample") / "Guardian_SDF_sample.csv.gz"


@dataclass
class BenchResult:
    articles: int
    words_median: int
    ours_seconds: float
    spacy_seconds: float
    events: int
    failed: int
    peak_rss_mb: float

    @property
    def ours_rate(self) -> float:
        return self.articles / self.ours_seconds

    @property
    def spacy_rate(self) -> float:
        return self.articles / self.spacy_seconds


def load_guardian(data_dir: Path, n: int) -> list[Item]:
    """The first ``n`` Guardian sample articles as pipeline items (plain text with their dates)."""
    path = data_dir / GUARDIAN
    if not path.exists():
        raise FileNotFoundError(f"benchmark articles not found: {path}")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:n]
    return [
        Item(key=f"guardian:{i}", content=row["text"], kind="text", published=row["date"] or None)
        for i, row in enumerate(rows)
    ]


def run_bench(data_dir: Path, n: int = 200, workers: int = 2) -> BenchResult:
    items = load_guardian(data_dir, n)
    load_models()  # both runs start with the models loaded
    start = time.perf_counter()
    outcomes = list(run_items(items, workers=workers))
    ours = time.perf_counter() - start
    texts = [o.document.article.text for o in outcomes if o.document]
    stock = load_stock_nlp()  # every component as shipped, whatever newsevents parses with
    start = time.perf_counter()
    for _ in stock.pipe(texts, n_process=workers, batch_size=8):
        pass
    spacy_seconds = time.perf_counter() - start
    words = sorted(len(t.split()) for t in texts) or [0]
    return BenchResult(
        articles=len(texts),
        words_median=words[len(words) // 2],
        ours_seconds=ours,
        spacy_seconds=spacy_seconds,
        events=sum(len(o.document.events) for o in outcomes if o.document),
        failed=sum(o.document is None for o in outcomes),
        peak_rss_mb=_peak_rss_mb(),
    )


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def print_bench(result: BenchResult) -> None:
    table = Table(title=f"{result.articles} Guardian articles (median {result.words_median} words)")
    for column in ("system", "seconds", "articles/s"):
        table.add_column(column, justify="right" if column != "system" else "left")
    table.add_row("newsevents end to end", f"{result.ours_seconds:.1f}", f"{result.ours_rate:.1f}")
    table.add_row("spaCy en_core_web_sm alone", f"{result.spacy_seconds:.1f}", f"{result.spacy_rate:.1f}")
    console = Console()
    console.print(table)
    console.print(
        f"ratio newsevents/spaCy: {result.ours_rate / result.spacy_rate:.2f}; "
        f"events: {result.events}; not processed: {result.failed}; "
        f"peak memory per process: {result.peak_rss_mb:.0f} MB"
    )
