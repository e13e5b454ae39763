"""Search, feeds and exports: included into the `articles` namespace by articles/urls.py."""

from django.urls import path

from articles import exports, search

urlpatterns = [
    path("search/", search.search_page, name="search"),
    path("export/timeline.csv", exports.export_csv, name="export-csv"),
    path("export/timeline.json", exports.export_json, name="export-json"),
    path("export/timelinejs.json", exports.export_timelinejs, name="export-timelinejs"),
]
