"""Public pages. Views pick a queryset and a template; queries live in models.py."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The list of published articles (the timeline replaces it)."""
    articles = Article.objects.published().with_related()[:100]
    return render(request, "articles/home.html", {"articles": articles})


@require_GET
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().with_related(), pk=pk)
    return render(request, "articles/article_detail.html", {"article": article})
