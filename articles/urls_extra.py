"""Search, feeds and exports: included into the `articles` namespace by articles/urls.py."""

from django.urls import path

from articles import exports, feeds, search

urlpatterns = [
    path("search/", search.search_page, name="search"),
    path("feeds/timeline.rss", feeds.TimelineFeed(), name="feed-rss"),
    path("feeds/timeline.atom", feeds.atom(feeds.TimelineFeed), name="feed-atom"),
    path("feeds/actors/<slug:slug>.rss", feeds.ActorFeed(), name="feed-actor-rss"),
    path("feeds/actors/<slug:slug>.atom", feeds.atom(feeds.ActorFeed), name="feed-actor-atom"),
    path("feeds/topics/<slug:slug>.rss", feeds.TopicFeed(), name="feed-topic-rss"),
    path("feeds/topics/<slug:slug>.atom", feeds.atom(feeds.TopicFeed), name="feed-topic-atom"),
    path(
        "feeds/negotiations/<slug:slug>.rss",
        feeds.NegotiationFeed(),
        name="feed-negotiation-rss",
    ),
    path(
        "feeds/negotiations/<slug:slug>.atom",
        feeds.atom(feeds.NegotiationFeed),
        name="feed-negotiation-atom",
    ),
    path("export/timeline.csv", exports.export_csv, name="export-csv"),
    path("export/timeline.json", exports.export_json, name="export-json"),
    path("export/timelinejs.json", exports.export_timelinejs, name="export-timelinejs"),
]
