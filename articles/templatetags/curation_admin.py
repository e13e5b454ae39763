"""Template tags of the curators' admin pages."""

from django import template

from articles.admin.pages import review_counts

register = template.Library()


@register.simple_tag
def review_queue_counts() -> dict[str, int]:
    """How many articles, actors and events wait in each section of the review queue."""
    return review_counts()
