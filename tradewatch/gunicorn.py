"""gunicorn settings for production: `gunicorn -c python:tradewatch.gunicorn tradewatch.wsgi`.

Each worker builds the timeline's facet index (articles/facets.py) before it takes its
first request, so no reader waits for the build after a deploy or a restart (several
seconds at 100,000 articles). Everything else comes from the command line or GUNICORN_CMD_ARGS.
"""

import logging

logger = logging.getLogger("tradewatch.gunicorn")


def post_worker_init(worker) -> None:
    """Build this worker's facet index; a failure is logged and left to the first request."""
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
