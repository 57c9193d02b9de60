"""Cross-article link tables: duplicate/related article pairs and event clusters.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_links",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("other_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_article_links_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["articles.id"], name=op.f("fk_article_links_other_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "other_id", "kind", name=op.f("pk_article_links")),
    )
    op.create_table(
        "event_links",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=16), nullable=False),
        sa.Column("cluster_id", sa.String(length=16), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id", "event_id"],
            ["events.article_id", "events.id"],
            name=op.f("fk_event_links_article_id_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "event_id", name=op.f("pk_event_links")),
    )
    op.create_index(op.f("ix_event_links_cluster_id"), "event_links", ["cluster_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_event_links_cluster_id"), table_name="event_links")
    op.drop_table("event_links")
    op.drop_table("article_links")
