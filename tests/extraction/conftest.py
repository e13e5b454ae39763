"""Extraction is pure Python and runs without Django (`pytest -p no:django`)."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    """Override the project-wide cache reset: these tests touch no Django cache, and
    without Django configured the reset itself would fail."""


@pytest.fixture(autouse=True, scope="session")
def _private_version_cache() -> None:
    """Override the project-wide cache setting for the same reason: no Django here."""
