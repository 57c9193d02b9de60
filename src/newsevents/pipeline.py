"""The stages in order, as plain functions over records: decode -> extract -> nlp -> annotate.

``prepare`` turns raw content into an Article; ``annotate`` adds entities, actors, places, times,
events, quotes and claims from one spaCy parse; ``process`` runs both over a stream, batching the
parser. Where and how many processes run them is ``newsevents.execute``'s business, not this module's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.annotate.find_mentions import find_mentions
from newsevents.annotate.geo import Gazetteer
from newsevents.annotate.nlp import load_nlp
from newsevents.annotate.time import find_times
from newsevents.annotate.truecase import CaseRestorer
from newsevents.claims.claims import find_claims
from newsevents.claims.quotes import find_quotes
from newsevents.errors import UnusableInput
from newsevents.events.coder import code_events
from newsevents.extract import extract_article
from newsevents.ingest.decode import decode_bytes
from newsevents.record import Article, Document


@dataclass
class Models:
    """The loaded models every stage shares: loaded once per process, read-only afterwards."""

    nlp: Language
    gazetteer: Gazetteer
    case: CaseRestorer


@functools.cache
def load_models() -> Models:
    """The models, loaded once per process (with the gazetteer's indexes built, see ``Gazetteer.build_indexes``)."""
    nlp, gazetteer = load_nlp(), Gazetteer.load()
    gazetteer.build_indexes()
    return Models(nlp=nlp, gazetteer=gazetteer, case=CaseRestorer(nlp, gazetteer))


def parse(texts: Iterable[str], models: Models, batch_size: int = 16) -> Iterator[Doc]:
    """The parses of ``texts``, in order. Text written all in capitals or all in lower case is parsed with its case
    restored (``annotate.truecase``): same length, so offsets into the original text still hold."""
    return models.nlp.pipe((models.case.for_parsing(text) for text in texts), batch_size=batch_size)


@dataclass
class Item:
    """One unit of work: raw content plus what the caller knows about it."""

    key: str
    content: bytes | str | None
    kind: str | None = None
    url: str | None = None
    published: str | None = None
    error: str | None = None  # the input could not be read at all


@dataclass
class Outcome:
    """What became of an item: processed (document), skipped (reason) or failed (error)."""

    key: str
    status: str  # processed | skipped | failed
    document: Document | None = None
    reason: str | None = None


def prepare(item: Item) -> Article:
    """Raw content -> clean Article. Raises UnusableInput with a one-line reason."""
    if item.content is None:
        raise UnusableInput("empty input")
    text = decode_bytes(item.content) if isinstance(item.content, bytes) else item.content
    if not text.strip():
        raise UnusableInput("empty input")
    return extract_article(text, kind=item.kind, url=item.url, published=item.published)


def annotate(article: Article, doc: Doc, models: Models) -> Document:
    """Every annotation of one article, from its parse."""
    mentions = find_mentions(doc, models.gazetteer, article.published)
    date_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
    times = find_times(article.text, article.published, date_spans)
    events = code_events(doc, mentions, times, text=article.text)
    quotes = find_quotes(doc, mentions, article.text)  # the parsed text: Doc.text would join it again
    claims = find_claims(article.text, events, quotes)
    return Document(
        article=article,
        entities=mentions.entities,
        actors=mentions.actors,
        places=mentions.places,
        times=times,
        events=events,
        quotes=quotes,
        claims=claims,
    )


def process(items: Iterable[Item], models: Models, batch_size: int = 16) -> Iterator[Outcome]:
    """Outcomes for ``items`` in input order; bad items never stop the stream."""
    prepared: list[tuple[Item, Article | Outcome]] = [(item, _safe_prepare(item)) for item in items]
    articles = [a for _, a in prepared if isinstance(a, Article)]
    parses = parse((a.text for a in articles), models, batch_size)
    parsed = dict(zip((id(a) for a in articles), parses, strict=True))
    for item, result in prepared:
        if isinstance(result, Outcome):
            yield result
            continue
        yield _safe_annotate(item, result, parsed[id(result)], models)


def _safe_prepare(item: Item) -> Article | Outcome:
    if item.error:  # could not be read or fetched: failed, so that the next run retries it
        return Outcome(item.key, "failed", reason=item.error)
    try:
        return prepare(item)
    except UnusableInput as error:
        return Outcome(item.key, "skipped", reason=str(error))
    except Exception as error:  # a bug or a library failure: recorded, never fatal for the batch
        return Outcome(item.key, "failed", reason=one_line(error))


def _safe_annotate(item: Item, article: Article, doc: Doc, models: Models) -> Outcome:
    try:
        return Outcome(item.key, "processed", document=annotate(article, doc, models))
    except Exception as error:
        return Outcome(item.key, "failed", reason=one_line(error))


def one_line(error: BaseException) -> str:
    """A one-line message for the user: the error's kind and its first line."""
    lines = str(error).strip().splitlines()
    message = lines[0] if lines else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
