"""How the facet index is rebuilt: in the background when a build is slow, never caching a
stale page under a new version, pausing between changes, logging a failed build and keeping
the previous index, and built by each gunicorn worker before its first request."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from articles import facets as facets_module
from articles.facets import IndexedFilter, build_index, get_index
from articles.filters import EventFilter
from tests import factories as f


@pytest.mark.django_db(transaction=True)
def test_a_slow_rebuild_runs_in_the_background_and_its_pages_are_not_cached(client, monkeypatch):
    f.make_event("First happening")
    first = get_index()
    monkeypatch.setattr(facets_module, "BACKGROUND_BUILD_AFTER", 0.0)  # every build is "slow"
    monkeypatch.setattr(facets_module, "_next_build_at", 0.0)
    f.make_event("Second happening")  # a new content version
    # Served at once from the previous index while the new one is built...
    stale = client.get("/")
    assert stale.status_code == 200
    assert "First happening" in stale.text
    assert "Second happening" not in stale.text
    facets_module.wait_for_background_build(timeout=60)
    assert get_index() is not first
    assert get_index().size == 2
    # ... and that page was not cached under the new version.
    fresh = client.get("/")
    assert "Second happening" in fresh.text
    assert "First happening" in fresh.text


@pytest.mark.django_db(transaction=True)
def test_a_failed_background_build_is_logged_and_the_previous_index_kept(monkeypatch, caplog):
    f.make_event("First happening")
    first = get_index()
    monkeypatch.setattr(facets_module, "BACKGROUND_BUILD_AFTER", 0.0)
    monkeypatch.setattr(facets_module, "REBUILD_PAUSE", 0.0)
    monkeypatch.setattr(facets_module, "_next_build_at", 0.0)

    def broken(version):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(facets_module, "build_index", broken)
    f.make_event("Second happening")
    assert get_index() is first
    facets_module.wait_for_background_build(timeout=60)
    assert get_index() is first  # and another build is started
    facets_module.wait_for_background_build(timeout=60)
    assert "Building the facet index for content version" in caplog.text
    assert "disk on fire" in caplog.text


@pytest.mark.django_db(transaction=True)
def test_background_builds_pause_between_changes(monkeypatch):
    """A stream of edits does not keep a worker building: after a build, the next waits."""
    f.make_event("First happening")
    first = get_index()
    monkeypatch.setattr(facets_module, "BACKGROUND_BUILD_AFTER", 0.0)
    monkeypatch.setattr(facets_module, "REBUILD_PAUSE", 10_000.0)
    monkeypatch.setattr(facets_module, "_next_build_at", 0.0)
    f.make_event("Second happening")
    get_index()
    facets_module.wait_for_background_build(timeout=60)
    second = get_index()
    assert second is not first
    assert second.size == 2
    f.make_event("Third happening")
    assert get_index() is second  # served as it was, no build started during the pause
    assert not facets_module._builder.is_alive()
    facets_module.wait_for_background_build(timeout=60)
    assert get_index() is second
    monkeypatch.setattr(facets_module, "_next_build_at", 0.0)  # the pause is over
    get_index()
    facets_module.wait_for_background_build(timeout=60)
    assert get_index().size == 3


def test_an_empty_database_gives_an_empty_index(db):
    index = build_index(version=1)
    fast = IndexedFilter(EventFilter(QueryDict("date_from=2018&q=steel")), index)
    assert fast.total == 0
    assert fast.page_ids(0, 50) == []
    assert fast.month_counts() == ({}, {})
    assert all(o.count == 0 for options in fast.facet_counts().values() for o in options)


@pytest.fixture
def frozen(monkeypatch) -> list[str]:
    """What a worker's start does, in order, with `gc.freeze` recorded (not run: frozen
    objects would stay for the rest of the tests)."""
    import gc

    calls: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    built = facets_module.get_index

    def get_index():
        calls.append("index")
        return built()

    monkeypatch.setattr(facets_module, "get_index", get_index)
    return calls


@pytest.mark.django_db(transaction=True)
def test_gunicorn_workers_build_the_index_before_their_first_request(frozen):
    from tradewatch.gunicorn import post_worker_init

    f.make_event("First happening")
    facets_module._current = None
    post_worker_init(worker=None)
    built = facets_module._current
    assert built is not None
    assert built.size == 1
    assert get_index() is built  # the first request finds it ready
    # what was loaded before is frozen; the index, which a newer one replaces, is not
    assert frozen == ["freeze", "index"]


@pytest.mark.django_db(transaction=True)
def test_a_failed_build_at_worker_start_is_logged_not_raised(frozen, monkeypatch, caplog):
    from tradewatch.gunicorn import post_worker_init

    def broken():
        raise RuntimeError("no such table")

    monkeypatch.setattr(facets_module, "get_index", broken)
    post_worker_init(worker=None)
    assert "building the facet index before the first request failed" in caplog.text
    assert "no such table" in caplog.text
