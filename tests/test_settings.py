"""Settings: production hardening and the database switch."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # The browser fixture's DJANGO_ALLOW_ASYNC_UNSAFE must not reach the command either.
    skipped = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in skipped} | env
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "x9Q2!f" * 8,
        ALLOWED_HOSTS="tradewatch.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_manage("check", DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_database_url_selects_the_database(settings):
    engine = settings.DATABASES["default"]["ENGINE"]
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        assert engine == "django.db.backends.postgresql"
        assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    else:
        assert engine == "django.db.backends.sqlite3"
