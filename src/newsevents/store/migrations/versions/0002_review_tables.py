"""Review tables (reviewers' corrections of events, the audit log) and indexes for the read-side queries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

READ_INDEXES = [
    ("ix_events_article_id_actor_id", "events", ["article_id", "actor_id"]),
    ("ix_events_article_id_target_id", "events", ["article_id", "target_id"]),
    ("ix_events_article_id_place_id", "events", ["article_id", "place_id"]),
    ("ix_places_name", "places", ["name"]),
]


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("evidence_start", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("actor", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=32), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "evidence_start", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_verdict"), "corrections", ["verdict"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_article_id"), "audit_log", ["article_id"])
    for name, table, columns in READ_INDEXES:
        op.create_index(op.f(name), table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(READ_INDEXES):
        op.drop_index(op.f(name), table_name=table)
    op.drop_index(op.f("ix_audit_log_article_id"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index(op.f("ix_corrections_verdict"), table_name="corrections")
    op.drop_table("corrections")
