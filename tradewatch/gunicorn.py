"""gunicorn settings for production: `gunicorn -c python:tradewatch.gunicorn tradewatch.wsgi`.

Each worker builds the timeline's facet index (articles/facets.py) before it takes its
first request, so no reader waits for the build after a deploy or a restart (several
seconds at 100,000 articles), and serves requests in threads. Everything else comes from
the command line or GUNICORN_CMD_ARGS (which override these).
"""

import gc
import logging

logger = logging.getLogger("tradewatch.gunicorn")

# A whole-timeline download streams for minutes at 100,000 articles. A sync worker would
# be killed after `timeout` seconds (30) without telling the arbiter it is alive, cutting
# the download; a threaded worker's main thread keeps telling it while a request thread
# streams, and its other threads keep serving pages meanwhile. The threads share the
# worker's one facet index (built once, behind a lock), so they cost no memory per thread.
worker_class = "gthread"
threads = 4


def post_worker_init(worker) -> None:
    """Build this worker's facet index; a failure is logged and left to the first request.

    First, what the worker has loaded so far (Django, the project's modules, settings) is
    moved out of the cycle collector's sight (`gc.freeze`): it lives as long as the worker,
    yet every full collection walked it again. A whole-timeline download of 10,000 articles
    ran dozens of them (bench/RESULTS.md, "Twenty-second session"). The index is built
    after, so an index replaced by a newer one is collected as usual."""
    gc.freeze()
    from django.db import connection

    from articles.facets import get_index

    log = worker.log if worker is not None else logger  # gunicorn's error log, when served
    try:
        index = get_index()
        log.info("facet index ready: %s events in %.1f s", index.size, index.build_seconds)
    except Exception:  # the database may not be migrated yet: the site says so itself
        log.exception("building the facet index before the first request failed")
    finally:
        connection.close()
