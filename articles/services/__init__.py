"""Writes that touch several models, as keyword-only, transactional functions.

`importing` turns documents into articles, actors, quotes and events; `curation` holds the
curators' operations (merge, split, publish, hide). Callers import from this package.
"""

from articles.services.importing import (
    ArticleOutcome,
    ImportOptions,
    ImportReport,
    ImportStatus,
    articles_import,
    articles_reextract,
    content_hash_for,
    event_place,
    registry_extractor,
)

__all__ = [
    "ArticleOutcome",
    "ImportOptions",
    "ImportReport",
    "ImportStatus",
    "articles_import",
    "articles_reextract",
    "content_hash_for",
    "event_place",
    "registry_extractor",
]
