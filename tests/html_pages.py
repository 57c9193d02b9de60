"""Small HTML pages for extraction tests: a body long enough for trafilatura to take it as the article."""

from __future__ import annotations

PARAGRAPHS = "".join(
    f"<p>The regional council voted on Tuesday to close bridge number {n} to heavy traffic after engineers found "
    f"cracks in {n + 1} of its supports, and said repairs would take at least {n + 5} months to complete.</p>"
    for n in range(3)
)


def html_page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
