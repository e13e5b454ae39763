"""Search, feeds and exports: included into the `articles` namespace by articles/urls.py."""

from django.urls import path

from articles import search

urlpatterns = [
    path("search/", search.search_page, name="search"),
]
