"""The curators' admin: every content model, the review queue, import, merge and split."""

from django.contrib import admin

from articles.admin import content  # noqa: F401  (registers the ModelAdmins)

# Curators work here every day: name the site, not the framework.
admin.site.site_header = "TradeWatch curation"
admin.site.site_title = "TradeWatch curation"
admin.site.index_title = "What needs curating"
# The model list beside every page left an eight-column change list about 400 pixels at
# 1280 wide (titles one word a line, half the columns scrolled away); the index and the
# breadcrumbs lead to every model as well.
admin.site.enable_nav_sidebar = False
