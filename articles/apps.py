from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "TradeWatch"

    def ready(self) -> None:
        # Cache invalidation only: any content change makes cached public pages stale.
        from articles.cache import connect_invalidation

        connect_invalidation()
