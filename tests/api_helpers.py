"""A hand-made corpus of stored documents and an app client, shared by the API, export, review and web tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastapi.testclient import TestClient

from newsevents.api import create_app
from newsevents.record import Actor, Article, Claim, Document, Entity, Event, EventDate, Place, Quote, Span
from newsevents.store import Store
from newsevents.store.linking import relink

TOKEN = "s3cret-token"
PLACES = {
    "Kyiv": ("UA", 50.45, 30.52),
    "Kharkiv": ("UA", 49.99, 36.23),
    "Paris": ("FR", 48.85, 2.35),
    "Nairobi": ("KE", -1.29, 36.82),
}
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1;alert(1)">Hostile report'
HOSTILE_TEXT = (
    '<script>window.__pwned=1</script>Rebels <img src=x onerror="window.__pwned=1"> attacked Kyiv on Friday. '
    "Officials said <svg onload=alert(1)> it is likely more attacks will follow."
)


#: A graded factuality for each status of the hand-made reports, as the pipeline's model would roughly give.
FACTUALITY = {"asserted": 3.0, "reported": 2.4, "speculated": 0.6}


def report(
    n: int,
    *,
    type: str = "ASSAULT",
    status: str = "asserted",
    place: str = "Kyiv",
    actor: str = "Police",
    target: str = "Protesters",
    date: str = "2025-04-25",
    title: str | None = None,
    text: str | None = None,
) -> Document:
    """Article ``n``: one event by ``actor`` on ``target`` in ``place``, a quote by the actor, a claim."""
    text = text or (
        f"{actor} clashed with {target} in {place} on Friday, report {n}. "
        f"A spokesman said calm had returned. It is likely that {actor} will return."
    )
    first = text.index(".") + 1
    country, lat, lon = PLACES.get(place, ("UA", 50.0, 30.0))
    mentions = [(actor, "ORG", "a1", None), (target, "NORP", "a2", None), (place, "GPE", None, "p1")]
    entities = [
        Entity(f"m{i + 1}", name, label, text.index(name), text.index(name) + len(name), actor=a, place=p)
        for i, (name, label, a, p) in enumerate(mentions)
        if name in text
    ]
    return Document(
        article=Article(text=text, title=title or f"Report {n} from {place}", site="example.org", published=date),
        entities=entities,
        actors=[Actor("a1", actor, "organization", "UKR", "GOV"), Actor("a2", target, "group")],
        places=[Place("p1", place, n, lat, lon, country, feature="city")],
        events=[
            Event(
                "e1",
                type,
                [Span(0, first)],
                modes=["riot"],
                acled={"event_type": "Riots", "sub_event_type": "Violent demonstration"},
                actor="a1",
                target="a2",
                place="p1",
                date=EventDate(date, "day"),
                fatalities=n % 3,
                status=status,
                factuality=FACTUALITY.get(status),
            )
        ],
        quotes=[Quote("q1", "calm had returned", first + 15, first + 32, False, speaker="a1", speaker_text=actor)],
        claims=[Claim("c1", text[first + 35 :], first + 35, len(text), holder="a1", status="speculated")],
    )


def corpus_docs() -> list[Document]:
    """Twelve reports over four places, several types and statuses and two months, plus a hostile article."""
    types = ("ASSAULT", "PROTEST", "CONSULT")
    statuses = ("asserted", "reported", "speculated", "asserted")
    docs = [
        report(
            n,
            type=types[n % 3],
            status=statuses[n % 4],
            place=list(PLACES)[n % 4],
            actor="Police" if n % 2 else "Rebel army",
            date=f"2025-0{4 + n % 2}-{10 + n:02d}",
        )
        for n in range(12)
    ]
    docs.append(report(99, actor="Rebels", title=HOSTILE_TITLE, text=HOSTILE_TEXT))
    return docs


# Four sites: "daily" speculates about the event that "wire" asserts; "weekly" only speculates about its own.
SITE_TEXTS = {
    "wire": "Police clashed with Protesters in Kyiv on Friday. Witnesses described tear gas near the square.",
    "daily": "Officers and demonstrators fought in central Kyiv, a city official suggested, in a very short note.",
    "weekly": "Analysts speculate that Police may have clashed with Protesters in Paris, though nobody confirms it.",
    "local": "Police clashed with Protesters in Nairobi, the local council said after a long and tense day.",
}
CORROBORATION = {  # site: (status, place, date)
    "wire": ("asserted", "Kyiv", "2025-04-25"),
    "daily": ("speculated", "Kyiv", "2025-04-25"),
    "weekly": ("speculated", "Paris", "2025-04-20"),
    "local": ("asserted", "Nairobi", "2025-04-10"),
}


def corroboration_docs() -> list[Document]:
    docs = []
    for n, (site, (status, place, date)) in enumerate(CORROBORATION.items()):
        doc = report(n, status=status, place=place, date=date, text=SITE_TEXTS[site], title=f"{site} report")
        doc.article.site = f"{site}.example"
        docs.append(doc)
    return docs


# One story told three times and one other story: a wire report, a syndicated copy of it (the same text with a
# footer), a follow-up with other words on the same actors, and a report elsewhere that only names the police.
STORY_TEXTS = {
    "wire": "Police clashed with Protesters in Kyiv on Friday after a week of rallies against the new housing law. "
    "Witnesses described tear gas near the central square, and dozens of people were detained by officers in "
    "riot gear. The city council called an emergency session for Monday evening.",
    "follow-up": "Protesters returned to the streets of Kyiv on Sunday, two days after the housing law rallies "
    "turned violent. Police released most of those detained overnight.",
    "elsewhere": "Police in Nairobi escorted Farmers to the maize market, the agriculture ministry announced.",
}
STORY_TEXTS["copy"] = STORY_TEXTS["wire"] + " Republished with permission."


def story_docs() -> list[Document]:
    """``STORY_TEXTS`` as reports titled by their key: after a link pass, "copy" duplicates "wire", "follow-up"
    is related to both, and "elsewhere" is linked to nothing."""
    docs = []
    for n, (key, text) in enumerate(STORY_TEXTS.items()):
        place, target = ("Nairobi", "Farmers") if key == "elsewhere" else ("Kyiv", "Protesters")
        docs.append(report(n, place=place, target=target, text=text, title=key))
    return docs


def build_linked_db(path: Path, docs: list[Document]) -> str:
    """A database of ``docs`` after a link pass (duplicates, related articles, cross-source events)."""
    url = build_db(path, docs)
    with Store(url) as store:
        relink(store)
    return url


def build_db(path: Path, docs: list[Document] | None = None) -> str:
    url = f"sqlite:///{path}"
    with Store(url) as store:
        for i, doc in enumerate(docs if docs is not None else corpus_docs()):
            store.save(doc, key=f"doc-{i}")
    return url


def writable_client(db_url: str) -> Iterator[TestClient]:
    """A client of a writable app (reviews allowed with ``TOKEN``); the fixture of the API test modules."""
    with TestClient(create_app(db_url, api_token=TOKEN, read_only=False)) as test_client:
        yield test_client
