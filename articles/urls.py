"""Public pages of TradeWatch."""

from django.urls import include, path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    # Search, feeds and exports (issue 6).
    path("", include("articles.urls_extra")),
]
