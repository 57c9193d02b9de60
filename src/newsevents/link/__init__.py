"""Link: what holds across articles. Near-duplicate articles, related stories, and the same event
reported by several sources, merged into one cluster with its corroboration."""

from newsevents.link.articles import ArticleLink, ArticleLinking, ArticleView, link_articles
from newsevents.link.events import EventView, cluster_events, lead_event

__all__ = [
    "ArticleLink",
    "ArticleLinking",
    "ArticleView",
    "EventView",
    "cluster_events",
    "lead_event",
    "link_articles",
]
