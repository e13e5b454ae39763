"""Cached public pages, invalidated by a global content version.

Every rendered page is stored under a key made of the content version, the path and the
full query string. Changing any content model bumps the version, so every cached page goes
stale at once; nothing has to know which pages showed what. Writes that bypass model
signals (`QuerySet.update()`, `bulk_create()`) must call `bump_content_version()` themselves.

The version lives in the "versions" cache, shared by every process (files under var/ by
default), so an import run from the command line makes the web workers' pages stale too;
the pages themselves may sit in a per-process cache.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps

from django.core.cache import cache, caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers

VERSION_KEY = "tradewatch:content-version"
PAGE_TIMEOUT = 300
# Response headers worth keeping with the cached body.
KEPT_HEADERS = ("HX-Push-Url",)


def content_version() -> int:
    """Return the current content version."""
    versions = caches["versions"]
    version = versions.get(VERSION_KEY)
    if version is None:
        # Start from the clock, not 1: if the key was evicted, a restart at 1 could meet
        # pages cached under an old version of the same number.
        versions.add(VERSION_KEY, time.time_ns() // 1000, timeout=None)
        version = versions.get(VERSION_KEY) or time.time_ns() // 1000
    return version


_deferred = ContextVar("tradewatch_invalidation_deferred", default=False)
# Set while a response is built from data older than the current content version.
_outdated = ContextVar("tradewatch_response_outdated", default=False)


def response_outdated() -> None:
    """Say that the response being built shows content older than the current version (an
    index still being rebuilt), so the page cache must not keep it under that version."""
    _outdated.set(True)


@contextmanager
def invalidation_deferred() -> Iterator[None]:
    """Inside, content changes do not bump the version; leaving bumps it once. An import
    writes hundreds of rows an article, and one bump at the end serves them all."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
        bump_content_version()


def _content_changed(**_signal_kwargs) -> None:
    """Signal receiver: bump the version unless a bulk writer bumps it at the end."""
    if not _deferred.get():
        bump_content_version()


def bump_content_version(**_signal_kwargs) -> None:
    """Make every cached page stale."""
    versions = caches["versions"]
    try:
        versions.incr(VERSION_KEY)
    except ValueError:  # not in the cache yet (or evicted): any new value is stale-proof
        versions.set(VERSION_KEY, content_version() + 1, timeout=None)


def page_cache_key(request: HttpRequest) -> str:
    """The key of a page: version, the server's local date, whether htmx asked for a
    fragment, path and query."""
    partial = bool(getattr(request, "htmx", False)) and not request.htmx.history_restore_request
    raw = f"{request.path}?{request.META.get('QUERY_STRING', '')}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    # The date: timelines draw a "today" line, which must move at midnight even when no
    # content changed (a page cached at 23:59 would otherwise show yesterday's line).
    today = timezone.localdate().isoformat()
    return f"tradewatch:page:{content_version()}:{today}:{int(partial)}:{digest}"


def per_content_version(name: str, compute: Callable[[], object]) -> object:
    """`compute()`, kept in the page cache until content changes (small data many pages
    show, e.g. the latest articles)."""
    key = f"tradewatch:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PAGE_TIMEOUT)
    return value


def cache_public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a GET view's successful responses from the cache until content changes."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        key = page_cache_key(request)
        hit = cache.get(key)
        if hit is not None:
            content, headers = hit
            response = HttpResponse(content, headers=headers)
        else:
            token = _outdated.set(False)
            try:
                response = view(request, *args, **kwargs)
                outdated = _outdated.get()
            finally:
                _outdated.reset(token)
            if response.status_code == 200 and not response.streaming and not outdated:
                headers = {h: response[h] for h in KEPT_HEADERS if h in response}
                cache.set(key, (response.content, headers), PAGE_TIMEOUT)
        patch_vary_headers(response, ["HX-Request"])
        return response

    return wrapper


def connect_invalidation() -> None:
    """Bump the content version whenever a public content model changes."""
    from articles import models

    senders = [
        models.Article,
        models.Outlet,
        models.Actor,
        models.Alias,
        models.Topic,
        models.Negotiation,
        models.Event,
        models.Evidence,
        models.Mention,
        models.Quote,
        models.ArticleTopic,
    ]
    for sender in senders:
        uid = f"tradewatch-cache-{sender.__name__}"
        post_save.connect(_content_changed, sender=sender, dispatch_uid=uid + "-save")
        post_delete.connect(_content_changed, sender=sender, dispatch_uid=uid + "-delete")
    for relation in (
        models.Event.actors,
        models.Event.topics,
        models.Event.negotiations,
        models.Negotiation.parties,
    ):
        m2m_changed.connect(
            _content_changed,
            sender=relation.through,
            dispatch_uid=f"tradewatch-cache-m2m-{relation.through.__name__}",
        )
