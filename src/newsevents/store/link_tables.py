"""Tables of the cross-article links (``newsevents.link``): recomputed as a whole by each link pass."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, ForeignKeyConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from newsevents.store.models import Base


class ArticleLinkRow(Base):
    """An unordered pair of articles (``article_id`` < ``other_id``): duplicate or related."""

    __tablename__ = "article_links"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    # indexed on its own: the primary key serves lookups by article_id only, and an article's links are read
    # from both columns (related articles, cascade deletes)
    other_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    score: Mapped[float] = mapped_column(Float)


class EventLinkRow(Base):
    """An event mention's cross-article cluster and how many distinct sources report that event."""

    __tablename__ = "event_links"
    __table_args__ = (
        ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"], ondelete="CASCADE"),
    )

    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String(16), index=True)
    sources: Mapped[int] = mapped_column(Integer)
