"""Health checks for a load balancer or orchestrator; no token needed, no personal data in the answers.

    GET /healthz   the process is up and answering                        -> 200 {"status": "ok"}
    GET /readyz    the database answers and its schema is the one this     -> 200 {"status": "ready", ...}
                   code expects (else 503 with the reason, no internals)      or 503 {"status": "not_ready", ...}
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text

from .db import Store
from .migrate import current_revision, head_revision

log = logging.getLogger(__name__)


@cache
def expected_revision() -> str:
    return head_revision()


def readiness(store: Store) -> tuple[bool, dict[str, Any]]:
    try:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        revision = current_revision(store.engine)
    except Exception as exc:  # noqa: BLE001 - any failure to reach the database means "not ready"
        log.warning("readiness: database unreachable (%s)", type(exc).__name__)
        return False, {"status": "not_ready", "database": "unreachable"}
    head = expected_revision()
    if revision != head:
        return False, {"status": "not_ready", "database": "ok", "schema": revision, "expected_schema": head}
    return True, {"status": "ready", "database": "ok", "schema": revision}


def add_health_routes(app: FastAPI, store: Store) -> None:
    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        """The process is up (says nothing about the database: see /readyz)."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["ops"])
    def readyz() -> JSONResponse:
        """The database answers and has the schema this server expects; 503 otherwise."""
        ok, body = readiness(store)
        return JSONResponse(body, status_code=200 if ok else 503)
