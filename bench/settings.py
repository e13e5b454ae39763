"""Settings for serving the app in the timeline benchmark: the project's own settings
(read from the environment as in production), with collected static files kept in /tmp so
the benchmark never writes into the shared working tree."""

from tradewatch.settings import *  # noqa: F403

STATIC_ROOT = "/tmp/tw_bench_static"
