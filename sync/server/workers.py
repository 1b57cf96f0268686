"""`wijkdesk-server serve --workers N`: N uvicorn worker processes on one database (PostgreSQL).

Uvicorn starts each worker in a fresh process and builds the app there from an import string, so the
database URL travels in the environment (WIJKDESK_SERVER_DB). Nothing in a worker assumes it is alone:
the change counter is a row lock in the database, the statistics refresh takes a PostgreSQL advisory lock
(db.py), and the metrics are summed over the workers (metrics.py).
"""

from __future__ import annotations

import inspect
import os
import tempfile

from fastapi import FastAPI

DB_ENV = "WIJKDESK_SERVER_DB"


def app() -> FastAPI:
    """The app of one worker (uvicorn's factory)."""
    from .app import create_app
    from .heap import freeze_start_up_heap

    built = create_app(os.environ[DB_ENV])
    freeze_start_up_heap()
    return built


def serve(db_url: str, host: str, port: int, workers: int, metrics_port: int | None = None,
          metrics_host: str = "127.0.0.1") -> None:
    import uvicorn

    os.environ[DB_ENV] = db_url
    with tempfile.TemporaryDirectory(prefix="wijkdesk-metrics-") as folder:
        # Before prometheus_client is imported anywhere: every worker then writes its values to this folder.
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", folder)
        if metrics_port is not None:
            from . import metrics

            metrics.serve_separately(metrics_port, metrics_host)
        # uvicorn (0.36+) restarts a worker that does not answer its health check within 5 s; a worker busy
        # starting on a loaded machine (imports, database check) is not dead, so it gets a minute.
        extra = ({"timeout_worker_healthcheck": 60}
                 if "timeout_worker_healthcheck" in inspect.signature(uvicorn.Config).parameters else {})
        uvicorn.run("sync.server.workers:app", factory=True, host=host, port=port, workers=workers,
                    log_level="info", **extra)
