"""Initial schema: the record tables, the inputs ledger and full-text search over articles.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("site", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("subtitle", sa.Text(), nullable=True),
        sa.Column("authors", sa.JSON(), nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("published_source", sa.String(length=16), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("section_headings", sa.JSON(), nullable=False),
        sa.Column("image_credits", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
    )
    op.create_index(op.f("ix_articles_published"), "articles", ["published"])

    op.create_table(
        "actors",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("sector", sa.String(length=32), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_actors_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_actors")),
    )
    op.create_index(op.f("ix_actors_country"), "actors", ["country"])
    op.create_index(op.f("ix_actors_name"), "actors", ["name"])

    op.create_table(
        "inputs",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_inputs_article_id_articles"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_inputs")),
    )
    op.create_index(op.f("ix_inputs_article_id"), "inputs", ["article_id"])
    op.create_index(op.f("ix_inputs_status"), "inputs", ["status"])

    op.create_table(
        "places",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("feature", sa.String(length=16), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_places_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_places")),
    )
    op.create_index(op.f("ix_places_country"), "places", ["country"])
    op.create_index(op.f("ix_places_geonameid"), "places", ["geonameid"])

    op.create_table(
        "times",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=True),
        sa.Column("granularity", sa.String(length=16), nullable=True),
        sa.Column("relative_to", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_times_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "seq", name=op.f("pk_times")),
    )
    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(length=16), nullable=True),
        sa.Column("place_id", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id", "actor_id"],
            ["actors.article_id", "actors.id"],
            name=op.f("fk_entities_article_id_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id", "place_id"],
            ["places.article_id", "places.id"],
            name=op.f("fk_entities_article_id_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_entities_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_entities")),
    )
    op.create_table(
        "events",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("modes", sa.JSON(), nullable=False),
        sa.Column("contexts", sa.JSON(), nullable=False),
        sa.Column("acled_event_type", sa.String(length=64), nullable=True),
        sa.Column("acled_sub_event_type", sa.String(length=64), nullable=True),
        sa.Column("actor_id", sa.String(length=16), nullable=True),
        sa.Column("target_id", sa.String(length=16), nullable=True),
        sa.Column("place_id", sa.String(length=16), nullable=True),
        sa.Column("date_value", sa.String(length=32), nullable=True),
        sa.Column("date_granularity", sa.String(length=16), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("weapons", sa.JSON(), nullable=False),
        sa.Column("physical_targets", sa.JSON(), nullable=False),
        sa.Column("responsibility_status", sa.String(length=16), nullable=False),
        sa.Column("responsibility_by", sa.String(length=16), nullable=True),
        sa.Column("responsibility_according_to", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "actor_id"],
            ["actors.article_id", "actors.id"],
            name=op.f("fk_events_article_id_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id", "place_id"],
            ["places.article_id", "places.id"],
            name=op.f("fk_events_article_id_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id", "target_id"],
            ["actors.article_id", "actors.id"],
            name=op.f("fk_events_article_id_target_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_events_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_events")),
    )
    op.create_index(op.f("ix_events_date_value"), "events", ["date_value"])
    op.create_index(op.f("ix_events_status"), "events", ["status"])
    op.create_index(op.f("ix_events_type"), "events", ["type"])

    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("speaker_id", sa.String(length=16), nullable=True),
        sa.Column("speaker_text", sa.Text(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "speaker_id"],
            ["actors.article_id", "actors.id"],
            name=op.f("fk_quotes_article_id_speaker_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_quotes_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_quotes")),
    )
    op.create_table(
        "claims",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("holder", sa.String(length=16), nullable=False),
        sa.Column("holder_start", sa.Integer(), nullable=True),
        sa.Column("holder_end", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.id"],
            name=op.f("fk_claims_article_id_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "id", name=op.f("pk_claims")),
    )
    op.create_index(op.f("ix_claims_status"), "claims", ["status"])

    op.create_table(
        "evidence",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.id"],
            name=op.f("fk_evidence_article_id_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "event_id", "seq", name=op.f("pk_evidence")),
    )
    _create_full_text_search()


def downgrade() -> None:
    _drop_full_text_search()
    op.drop_table("evidence")
    op.drop_table("claims")
    op.drop_table("quotes")
    op.drop_table("events")
    op.drop_table("entities")
    op.drop_table("times")
    op.drop_table("places")
    op.drop_table("inputs")
    op.drop_table("actors")
    op.drop_table("articles")


# SQLite: a standalone FTS5 table (it stores its own copy of title and text) kept in sync by triggers.
# Standalone rather than external-content because ``articles`` is keyed by a string id: an external-content
# table would have to follow the implicit rowid, which VACUUM may renumber.
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_fts WHERE article_id = old.id;
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        DELETE FROM articles_fts WHERE article_id = old.id;
        INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
    END""",
]
SQLITE_FTS_DROP = [
    "DROP TRIGGER articles_fts_update",
    "DROP TRIGGER articles_fts_delete",
    "DROP TRIGGER articles_fts_insert",
    "DROP TABLE articles_fts",
]
# Postgres: a GIN index on the same expression the store's search query uses.
PG_FTS = (
    "CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))"
)


def _create_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(PG_FTS)


def _drop_full_text_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_FTS_DROP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX ix_articles_fts")
