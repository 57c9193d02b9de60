"""Events' graded factuality (the record's ``events[].factuality``), indexed for range filters.

Rows stored before the field keep it null.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("factuality", sa.Float(), nullable=True))
    op.create_index(op.f("ix_events_factuality"), "events", ["factuality"])


def downgrade() -> None:
    op.drop_index(op.f("ix_events_factuality"), table_name="events")
    op.drop_column("events", "factuality")
