"""Shared fixtures: reference data, the seeds imported, and a Playwright browser.

Browser tests are skipped with a printed reason when Chromium or Playwright is missing,
unless REQUIRE_BROWSER=1 (as in CI), when they fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command

from tests import snapshots

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "fixtures" / "seeds"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True, scope="session")
def _private_version_cache(tmp_path_factory) -> Iterator[None]:
    """Keep the tests' content version out of var/, where a running `make run` reads it."""
    from django.conf import settings
    from django.test import override_settings

    versions = {**settings.CACHES["versions"], "LOCATION": str(tmp_path_factory.mktemp("v"))}
    with override_settings(CACHES={**settings.CACHES, "versions": versions}):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup) -> Iterator[None]:
    """The test database, emptied after each `transaction=True` test by DELETE on PostgreSQL.

    Django's flush TRUNCATEs every table in one statement, which on PostgreSQL gives each of
    the ~35 tables and their indexes new files: over a second a flush, for tables holding a
    few rows. DELETE, in the flush's transaction with the foreign keys checked at its end,
    empties them in a few hundredths. (A flush that resets sequences is left as Django's.)
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        yield
        return
    operations = type(connection.ops)
    truncate = operations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return ["SET CONSTRAINTS ALL DEFERRED;"] + [
            f"DELETE FROM {self.quote_name(table)};" for table in tables
        ]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(operations, "sql_flush", sql_flush)
        yield


@pytest.fixture(autouse=True)
def _facet_index_built_in_the_request(monkeypatch) -> None:
    """Build the timeline's index in the request that needs it, however long it takes: on a
    loaded machine a build could pass the background threshold, and a build thread reading
    the test database while the test writes to it is a race (SQLite: "database table is
    locked"). tests/test_facet_index_builds.py sets its own threshold."""
    from articles import facets

    monkeypatch.setattr(facets, "BACKGROUND_BUILD_AFTER", float("inf"))


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    """Start every test with empty caches: rolled-back data must not leave pages behind."""
    from django.core.cache import caches

    for alias in ("default", "versions"):
        caches[alias].clear()


@pytest.fixture(scope="session")
def _reference_rows(django_db_setup, django_db_blocker) -> snapshots.Snapshot:
    """What `load_reference_data` adds, run once for the session (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return snapshots.record(lambda: call_command("load_reference_data", verbosity=0))


@pytest.fixture(scope="session")
def _seed_rows(django_db_setup, django_db_blocker, _reference_rows) -> snapshots.Snapshot:
    """What importing the seeds adds on top of the reference data, run once for the session."""
    with django_db_blocker.unblock():
        return snapshots.record(
            lambda: call_command("import_articles", str(SEED_DIR), verbosity=0),
            base=_reference_rows,
        )


@pytest.fixture
def reference_data(db, _reference_rows) -> None:
    """The curated actors, aliases, topics, negotiations and outlets from fixtures/."""
    snapshots.restore(_reference_rows)


@pytest.fixture
def seeded(reference_data, _seed_rows) -> None:
    """Reference data plus the three sample articles imported."""
    snapshots.restore(_seed_rows)


@pytest.fixture
def curator_client(client):
    """A test client logged in as a staff user of the Curator group (its permissions come
    from the migration that makes the group)."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("carla", is_staff=True)
    user.groups.add(Group.objects.get(name="Curator"))
    client.force_login(user)
    return client


def _browser_unavailable_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """A headless Chromium driven by Playwright, shared by the session's browser tests."""
    reason = _browser_unavailable_reason()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
        print(f"\nSkipping browser tests: {reason}")
        pytest.skip(reason)
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make around it are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def _open_page(browser, request, **context_options):
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{request.node.name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"\nScreenshot of the failing page: {path}")
    context.close()


@pytest.fixture
def page(browser, request):
    """A fresh browser page; a failing test saves its screenshot in test-artifacts/."""
    yield from _open_page(browser, request, viewport={"width": 1280, "height": 900})


@pytest.fixture
def page_without_js(browser, request):
    """A page with JavaScript disabled, to prove every page works without it."""
    yield from _open_page(
        browser, request, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )


@pytest.fixture
def phone_page(browser, request):
    """A phone-sized page (375 px wide)."""
    yield from _open_page(
        browser,
        request,
        viewport={"width": 375, "height": 812},
        is_mobile=True,
        has_touch=True,
    )
