"""Build documents from short texts through the real pipeline (real spaCy model, real gazetteer)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.pipeline import annotate, load_models, parse
from newsevents.record import Article, Document


def document(text: str, published: str | None = "2025-04-25") -> Document:
    """Annotate ``text`` as an article body (extraction is tested on its own), parsed as the pipeline parses."""
    models = load_models()
    return annotate(Article(text=text, published=published), next(parse([text], models)), models)


def parse_only(text: str) -> Doc:
    """The spaCy parse of ``text``, as the pipeline parses, before any annotation."""
    return next(parse([text], load_models()))


def actor(doc: Document, actor_id: str | None):
    return next((a for a in doc.actors if a.id == actor_id), None)


def place(doc: Document, place_id: str | None):
    return next((p for p in doc.places if p.id == place_id), None)


def events_of(doc: Document, event_type: str):
    return [e for e in doc.events if e.type == event_type]
