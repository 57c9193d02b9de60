"""The dirty-text benchmark: the trafilatura_eval pages as a naive scraper would have saved them.

Each page's ``<body>`` is rendered to plain text the way a careless scraper does it: every text node
in document order, menus, related posts and footers included, ``<script>``/``<style>``/``<noscript>``
left out, one line per block element. newsevents' text path (the cleaner behind
``extract_article(text, kind="text")``, without its English-only gate so that all pages count) is
scored against the same gold as the HTML benchmark: body snippets and title.

No peer reads plain text, so the peers are given the scrape wrapped as minimal HTML, one ``<p>`` per
line, and reported as "peer on text wrapped in <p>": that is what a user would have to do to use them.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from lxml.html import HtmlElement

from newsevents.eval.extraction import OURS, Output, System, run_benchmark, systems
from newsevents.extract.text import clean_text

INVISIBLE = frozenset({"script", "style", "noscript", "template", "head"})
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset",
     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
     "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"}
)  # fmt: skip
WRAPPED = " on text wrapped in <p>"


def _walk(element: HtmlElement, lines: list[list[str]]) -> None:
    """Append ``element``'s text to the current line, starting a new line around block elements."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() not in INVISIBLE and tag:
        block = tag.lower() in BLOCKS
        if block:
            lines.append([])
        lines[-1].append(element.text or "")
        for child in element:
            _walk(child, lines)
        if block:
            lines.append([])
    lines[-1].append(element.tail or "")


def naive_scrape(page_html: str) -> str:
    """The visible text of a page's ``<body>`` as a naive scraper saves it: one line per block."""
    from trafilatura.utils import load_html

    tree = load_html(page_html)
    body = tree.find(".//body") if tree is not None else None
    if body is None:
        return ""
    lines: list[list[str]] = [[]]
    body.tail = None
    _walk(body, lines)
    texts = (" ".join("".join(parts).split()) for parts in lines)
    return "\n".join(text for text in texts if text)


def wrap_in_paragraphs(text: str) -> str:
    """Minimal HTML for extractors that only read HTML: one ``<p>`` per line of the scrape."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    return f"<html><body>{paragraphs}</body></html>"


def run_ours_on_text(text: str, url: str) -> Output:
    result = clean_text(text, url=url)
    return Output(result.text, result.title, result.authors, result.published)


def _on_wrapped_text(peer: System) -> System:
    return System(peer.name + WRAPPED, lambda text, url: peer.run(wrap_in_paragraphs(text), url), peer.fields)


def text_systems(peers: bool = True) -> list[System]:
    """newsevents' text path, then every installed peer given the scrape wrapped in ``<p>``."""
    ours, *others = systems(peers=peers)
    return [System(OURS, run_ours_on_text, ours.fields), *(_on_wrapped_text(peer) for peer in others)]


def evaluate_dirty_text(
    data_dir: Path, limit: int | None = None, english_only: bool = False, peers: bool = True, half: str | None = None
) -> dict[str, Any]:
    """Body snippet P/R/F1 and title accuracy (plus author and date) on naive scrapes of the pages.

    Same arguments and report shape as :func:`newsevents.eval.extraction.evaluate_extraction`; the
    time to render the scrape is not counted.
    """
    return run_benchmark(data_dir, limit, english_only, text_systems(peers), prepare=naive_scrape, half=half)
