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
    "registry_extractor",
]

from articles.services.curation import (
    CurationError,
    MergeResult,
    actors_confirm,
    actors_merge,
    actors_reject,
    articles_accept_date,
    articles_hide,
    articles_publish,
    derived_row_save,
    derived_rows_remove,
    event_split,
    events_confirm,
    events_hide,
    events_merge,
    mark_curated,
)

__all__ += [
    "CurationError",
    "MergeResult",
    "actors_confirm",
    "actors_merge",
    "actors_reject",
    "articles_accept_date",
    "articles_hide",
    "articles_publish",
    "derived_row_save",
    "derived_rows_remove",
    "event_split",
    "events_confirm",
    "events_hide",
    "events_merge",
    "mark_curated",
]
