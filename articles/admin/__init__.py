"""The curators' admin: every content model, the review queue, import, merge and split."""

from articles.admin import content  # noqa: F401  (registers the ModelAdmins)
