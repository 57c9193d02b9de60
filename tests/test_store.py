"""The store on real SQLite files; ``StoreBehaviour`` also runs on PostgreSQL (test_store_postgres)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from newsevents.record import (
    Actor,
    Article,
    Claim,
    Document,
    Entity,
    Event,
    EventDate,
    Place,
    Quote,
    Responsibility,
    Span,
    TimeExpr,
)
from newsevents.store import Store
from newsevents.store.migrate import alembic_config, current_revision, head_revision, include_object, upgrade
from newsevents.store.models import Base

TYPES = ("ASSAULT", "PROTEST", "CONSULT")


def make_doc(n: int, events: int = 2) -> Document:
    """Article ``n``: a body about Kyiv, two actors, a place, a time, ``events`` events, a quote, a claim."""
    body = f"Police said protesters clashed with soldiers in Kyiv on Friday. Report number {n}."
    events_ = [
        Event(
            id=f"e{i + 1}",
            type=TYPES[(n + i) % len(TYPES)],
            evidence=[Span(0, 38), Span(39, 60)],
            modes=["riot"],
            acled={"event_type": "Riots", "sub_event_type": "Violent demonstration"},
            actor="a1",
            target="a2",
            place="p1",
            date=EventDate("2025-04-25", "day"),
            fatalities=i,
            weapons=["stones"],
            responsibility=Responsibility("claimed", by="a1", according_to="author"),
            status="reported",
            source="a1",
            confidence=0.75,
        )
        for i in range(events)
    ]
    return Document(
        article=Article(text=body, title=f"Clashes in Kyiv #{n}", url=f"https://example.org/{n}", authors=["A"]),
        entities=[
            Entity("m1", "Police", "ORG", 0, 6, actor="a1"),
            Entity("m2", "Kyiv", "GPE", 53, 57, place="p1"),
        ],
        actors=[
            Actor("a1", "Police", "organization", "UKR", "COP", roles=["police"]),
            Actor("a2", "Protesters", "group", None),
        ],
        places=[Place("p1", "Kyiv", 703448, 50.45, 30.52, "UA", "Kyiv City", "city", [[53, 57]])],
        times=[TimeExpr("on Friday", 58, 67, "2025-04-25", "day", "published")],
        events=events_,
        quotes=[Quote("q1", "clashed", 12, 19, False, speaker="a1", speaker_text="Police", speaker_start=0)],
        claims=[Claim("c1", "protesters clashed", 12, 30, holder="a1", status="attributed", event="e1")],
    )


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(text(f"SELECT count(*) FROM {table}"))


CRASH_CHILD = """
import sys
sys.path.insert(0, sys.argv[3])
from test_store import make_doc
from newsevents.store import Store
store = Store(sys.argv[1])
for i in range(int(sys.argv[2])):
    store.save(make_doc(i, events=40), f"input-{i}")
    print(i, flush=True)
"""


class StoreBehaviour:
    """Behaviour every backend must show; subclasses provide a ``store_url`` fixture for an empty database."""

    @pytest.fixture
    def store(self, store_url: str) -> Iterator[Store]:
        with Store(store_url) as store:
            yield store

    def test_round_trip(self, store: Store) -> None:
        doc = make_doc(1)
        assert store.save(doc, "in-1") is True
        assert store.get_document(doc.article.id) == doc
        assert store.get_document("no-such-article") is None

    def test_rows_mirror_the_record(self, store: Store) -> None:
        doc = make_doc(1, events=3)
        store.save(doc, "in-1")
        assert count(store, "events") == 3
        assert count(store, "evidence") == 6
        for table in ("actors", "entities"):
            assert count(store, table) == 2
        for table in ("places", "times", "quotes", "claims"):
            assert count(store, table) == 1
        with store.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM events WHERE id = 'e1'")).mappings().one()
        assert (row["actor_id"], row["target_id"], row["place_id"]) == ("a1", "a2", "p1")
        assert (row["date_value"], row["acled_event_type"], row["responsibility_by"]) == (
            "2025-04-25",
            "Riots",
            "a1",
        )

    def test_same_document_twice_is_stored_once(self, store: Store) -> None:
        doc = make_doc(1)
        assert store.save(doc, "in-1") is True
        assert store.save(doc, "in-1") is False
        assert store.save(doc, "copy-of-in-1") is False
        assert (count(store, "articles"), count(store, "events"), count(store, "inputs")) == (1, 2, 2)
        ledger = {row["key"]: row for row in store.outcomes()}
        assert ledger["in-1"]["attempts"] == 2
        assert ledger["copy-of-in-1"]["article_id"] == doc.article.id

    def test_ledger(self, store: Store) -> None:
        store.save(make_doc(1), "done")
        store.record_outcome("skip", "skipped", "not an article")
        store.record_outcome("fail", "failed", "timeout")
        store.record_outcome("fail", "failed", "timeout again")
        assert [store.is_done(k) for k in ("done", "skip", "fail", "unknown")] == [True, True, False, False]
        assert store.done_keys() == {"done", "skip"}
        [failed] = store.outcomes("failed")
        assert (failed["key"], failed["reason"], failed["attempts"]) == ("fail", "timeout again", 2)
        assert {row["key"] for row in store.outcomes()} == {"done", "skip", "fail"}
        store.save(make_doc(2), "fail")
        assert store.is_done("fail") and count(store, "inputs") == 3
        with pytest.raises(ValueError):
            store.record_outcome("x", "processed")

    def test_summary(self, store: Store) -> None:
        for n in range(3):
            store.save(make_doc(n), f"in-{n}")
        store.record_outcome("bad-1", "failed", "timeout")
        store.record_outcome("bad-2", "failed", "timeout")
        store.record_outcome("empty", "skipped", "empty input")
        summary = store.summary(top=5)
        assert summary["articles"] == 3 and summary["events"] == 6
        assert summary["events_by_type"] == {"ASSAULT": 2, "CONSULT": 2, "PROTEST": 2}
        assert summary["top_actors"][0] == {"name": "Police", "country": "UKR", "events": 6}
        assert summary["top_places"] == [{"name": "Kyiv", "country": "UA", "events": 6}]
        assert summary["inputs_by_status"] == {"processed": 3, "failed": 2, "skipped": 1}
        assert summary["problem_reasons"][0] == {
            "status": "failed",
            "reason": "timeout",
            "count": 2,
            "example": "bad-1",
        }

    def test_search(self, store: Store) -> None:
        doc = make_doc(1)
        store.save(doc, "in-1")
        [hit] = store.search("soldiers Kyiv")
        assert hit["id"] == doc.article.id and hit["title"] == doc.article.title
        assert "soldiers" in hit["snippet"]
        assert store.search("earthquake") == []
        assert store.search("soldiers earthquake") == []
        assert [h["id"] for h in store.search('"soldiers (Kyiv*')] == [doc.article.id]  # not a syntax error
        assert store.search("") == []

    def test_corroboration_queries(self, store: Store) -> None:
        from api_helpers import corroboration_docs
        from newsevents.store.linking import relink
        from newsevents.store.queries import EventFilter, get_event, list_events

        for i, doc in enumerate(corroboration_docs()):
            store.save(doc, f"in-{i}")
        relink(store)

        def sites(support: str) -> list[str]:
            return sorted(e["article"]["site"] for e in list_events(store.engine, EventFilter(support=support)).items)

        assert sites("corroborated") == ["daily.example", "wire.example"]
        assert sites("single-source") == ["local.example", "weekly.example"]
        assert sites("speculation-only") == ["weekly.example"]
        [daily] = list_events(store.engine, EventFilter(support="corroborated", status="speculated")).items
        [other] = get_event(store.engine, daily["id"])["other_reports"]
        assert (other["article"]["site"], other["status"]) == ("wire.example", "asserted")

    def test_migrated_to_head_and_reopens(self, store: Store, store_url: str) -> None:
        assert current_revision(store.engine) == head_revision() is not None
        store.save(make_doc(1), "in-1")
        store.close()
        with Store(store_url) as reopened:
            assert current_revision(reopened.engine) == head_revision()
            assert reopened.is_done("in-1")

    def test_migrations_downgrade_and_upgrade(self, store: Store) -> None:
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "base")
        assert current_revision(store.engine) is None
        upgrade(store.engine)
        store.save(make_doc(1), "in-1")
        assert store.search("soldiers") != []

    def test_models_match_migrations(self, store: Store) -> None:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []

    def test_killed_writer_leaves_whole_articles(self, store: Store, store_url: str) -> None:
        """SIGKILL a process mid-way through saving: every article has its ledger row and all its rows."""
        total = 200
        child = subprocess.Popen(
            [sys.executable, "-c", CRASH_CHILD, store_url, str(total), str(Path(__file__).parent)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        while int(child.stdout.readline() or total) < 30:
            pass
        child.send_signal(signal.SIGKILL)
        child.wait()
        with store.engine.connect() as conn:
            articles = set(conn.scalars(text("SELECT id FROM articles")))
            ledger = set(conn.scalars(text("SELECT article_id FROM inputs WHERE status = 'processed'")))
        assert 30 <= len(articles) < total and articles == ledger
        assert count(store, "events") == 40 * len(articles) and count(store, "evidence") == 80 * len(articles)
        for n in range(total):
            store.save(make_doc(n, events=40), f"input-{n}")
        assert (count(store, "articles"), count(store, "inputs")) == (total, total)
        assert count(store, "events") == 40 * total


class TestSqliteStore(StoreBehaviour):
    @pytest.fixture
    def store_url(self, tmp_path: Path) -> str:
        return f"sqlite:///{tmp_path / 'events.db'}"

    def test_wal_and_foreign_keys_are_on(self, store: Store) -> None:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL

    def test_plain_path_is_sqlite(self, tmp_path: Path) -> None:
        path = tmp_path / "plain.db"
        with Store(str(path)) as store:
            store.save(make_doc(1), "in-1")
        assert path.exists()

    def test_full_text_index_follows_deletes(self, store: Store) -> None:
        doc = make_doc(1)
        store.save(doc, "in-1")
        with store.engine.begin() as conn:
            conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": doc.article.id})
        assert store.search("soldiers") == []
        assert count(store, "events") == 0 and count(store, "articles_fts") == 0

    def test_dangling_reference_saves_nothing(self, store: Store) -> None:
        doc = make_doc(1)
        doc.events[0].actor = "a99"
        with pytest.raises(Exception, match="FOREIGN KEY"):
            store.save(doc, "in-1")
        assert (count(store, "articles"), count(store, "actors"), count(store, "inputs")) == (0, 0, 0)
