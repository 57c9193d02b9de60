"""The extraction benchmarks: scoring, the naive scrape, peers that crash, and newsevents beside
trafilatura on a slice of the gold pages."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from rich.console import Console

from newsevents.eval.dirty_text import naive_scrape, wrap_in_paragraphs
from newsevents.eval.extraction import (
    Output,
    Tally,
    _author_set,
    _iso_date,
    _norm,
    print_extraction_report,
    safely,
    score_page,
)

PAGE = """<!DOCTYPE html><html><head><title>Bridge closed</title><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<script>var tracking = 1;</script><noscript>Enable JavaScript</noscript>
<article><h1>Bridge closed</h1><p>The council <b>closed</b> the bridge.<br>Repairs start in May.</p>
<ul><li>First item</li><li>Second item</li></ul></article>
<footer>© 2025 The Valley Post</footer></body></html>"""


def test_naive_scrape_keeps_every_visible_block_in_order() -> None:
    assert naive_scrape(PAGE).splitlines() == [
        "HomeWorld",
        "Bridge closed",
        "The council closed the bridge.",
        "Repairs start in May.",
        "First item",
        "Second item",
        "© 2025 The Valley Post",
    ]


def test_wrap_in_paragraphs_escapes_markup() -> None:
    assert wrap_in_paragraphs("a < b\nc") == "<html><body><p>a &lt; b</p><p>c</p></body></html>"


def test_a_crashing_peer_counts_as_nothing_found() -> None:
    def crash(content: str, url: str) -> Output:
        raise RuntimeError("peer bug")

    assert safely(crash, "<html></html>", "https://example.org/") == Output()


def test_scoring_counts_snippets_and_fields() -> None:
    page = {"with": ["bridge reopened"], "without": ["Subscribe"], "title": "Bridge reopened", "author": "Jane Doe"}
    tally = Tally()
    score_page(tally, Output("The bridge  reopened. Subscribe now", "Bridge Reopened!", ["Jane Doe"]), page)
    scores = tally.summary(("title", "author"))
    assert (tally.tp, tally.fp) == (1, 1)
    assert (scores["precision"], scores["recall"]) == (0.5, 1.0)
    assert (scores["title_accuracy"], scores["author_accuracy"], scores["date_accuracy"]) == (1.0, 1.0, None)


def test_peer_values_are_normalised() -> None:
    assert _author_set([["Jane Doe"], "John Roe"]) == _author_set("Jane Doe and John Roe") == {"jane doe", "john roe"}
    assert _iso_date(datetime(2020, 1, 19, 10, 5)) == "2020-01-19"
    assert _iso_date("19 January 2020") == "2020-01-19"
    assert _iso_date(None) is None


def test_report_prints_a_dash_for_fields_a_peer_never_gives() -> None:
    scores = {"precision": 1.0, "recall": 1.0, "f1": 1.0, "title_accuracy": None, "author_accuracy": None}
    scores |= {"date_accuracy": None, "seconds_per_page": 0.01}
    report = {"scopes": {"English pages": {"pages": 1, "systems": {"justext": scores}}}}
    out = io.StringIO()
    print_extraction_report(report, Console(file=out, width=120))
    assert "justext" in out.getvalue() and " - " in out.getvalue()


SLICE = 60  # the first English pages of trafilatura_eval: about half a minute with every peer installed


@pytest.mark.slow
def test_html_extraction_not_below_trafilatura_on_a_slice(trafilatura_eval: Path) -> None:
    from newsevents.eval.extraction import evaluate_extraction

    report = evaluate_extraction(trafilatura_eval, limit=SLICE, english_only=True)
    result = report["scopes"]["English pages"]
    ours, baseline = result["systems"]["newsevents"], result["systems"]["trafilatura"]
    assert result["pages"] == SLICE
    for metric in ("f1", "title_accuracy", "author_accuracy", "date_accuracy"):
        assert ours[metric] >= baseline[metric], metric


@pytest.mark.slow
def test_dirty_text_not_below_trafilatura_on_a_slice(trafilatura_eval: Path) -> None:
    from newsevents.eval.dirty_text import WRAPPED, evaluate_dirty_text

    result = evaluate_dirty_text(trafilatura_eval, limit=SLICE, english_only=True)["scopes"]["English pages"]
    ours, baseline = result["systems"]["newsevents"], result["systems"]["trafilatura" + WRAPPED]
    assert ours["f1"] >= baseline["f1"]
    assert ours["title_accuracy"] >= baseline["title_accuracy"]


def test_dev_and_test_halves_split_the_pages(shared_data: Path):
    from newsevents.eval.extraction import load_pages

    folder = shared_data / "trafilatura_eval"
    dev, test = ({url for url, _ in load_pages(folder, half=half)} for half in ("dev", "test"))
    assert dev and test and not dev & test
    assert len(dev) + len(test) == len(load_pages(folder))


def test_snippets_match_across_invisible_characters():
    """A soft hyphen or a zero-width mark in the gold or in a system's text decides no snippet."""
    tally = Tally()
    soft, plain = "Wein\u00adkenner\u200b lieben", "Weinkenner lieben"
    tally.add_body(_norm(f"{soft} St. Magdalener."), {"with": [plain], "without": []})
    tally.add_body(_norm(f"{plain} St. Magdalener."), {"with": [soft], "without": []})
    assert (tally.tp, tally.fn) == (2, 0)
