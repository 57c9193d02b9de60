"""Index article_links.other_id: an article's links are read from both columns of the pair.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_article_links_other_id"), "article_links", ["other_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_article_links_other_id"), table_name="article_links")
