"""Public pages of TradeWatch."""

from django.urls import include, path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("events/<int:pk>/", views.event_detail, name="event-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("topics/", views.topic_list, name="topic-list"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic-detail"),
    path("negotiations/", views.negotiation_list, name="negotiation-list"),
    path("negotiations/<slug:slug>/", views.negotiation_detail, name="negotiation-detail"),
    # Search, feeds and exports (issue 6).
    path("", include("articles.urls_extra")),
]
