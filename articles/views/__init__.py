"""Public pages; see pages.py for the views and timeline.py for the timeline's data."""

from articles.views.pages import (
    actor_detail,
    actor_list,
    article_detail,
    event_detail,
    healthz,
    home,
    negotiation_detail,
    negotiation_list,
    topic_detail,
    topic_list,
)

__all__ = [
    "actor_detail",
    "actor_list",
    "article_detail",
    "event_detail",
    "healthz",
    "home",
    "negotiation_detail",
    "negotiation_list",
    "topic_detail",
    "topic_list",
]
