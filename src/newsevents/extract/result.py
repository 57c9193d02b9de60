"""What an extractor found, and where each field came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Extraction:
    """Article fields plus ``sources``: field name -> where the value was found (``json-ld``, ``meta``,
    ``trafilatura``, ``text``, ``url``, ``given``, ...)."""

    text: str = ""
    url: str | None = None
    site: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: str | None = None
    tags: list[str] = field(default_factory=list)
    section_headings: list[str] = field(default_factory=list)
    image_credits: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def offer(self, name: str, value: Any, source: str) -> None:
        """Set ``name`` to ``value`` unless it already has a value or ``value`` is empty.

        Extractors call this from the most to the least trusted source, so the first hit wins.
        """
        if value and not getattr(self, name):
            setattr(self, name, value)
            self.sources[name] = source
