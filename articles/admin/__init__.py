"""The curators' admin: every content model, the review queue, import, merge and split."""

from django.contrib import admin

from articles.admin import content  # noqa: F401  (registers the ModelAdmins)

# Curators work here every day: name the site, not the framework.
admin.site.site_header = "TradeWatch curation"
admin.site.site_title = "TradeWatch curation"
admin.site.index_title = "What needs curating"
