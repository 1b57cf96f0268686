"""Prometheus metrics of the central store (prometheus-client).

What is counted: requests (method, route, status), request durations per route, pushed mutations by
outcome, rejected mutations by a fixed reason category, pulls and the changes they carried, pull and push
durations. Labels hold only route names, numbers and the categories below: never a user, device, row id,
field value or the free text of a rejection (it may name a row).

Where they are read: `GET /metrics` with `Authorization: Bearer <token>` when WIJKDESK_METRICS_TOKEN is set
(404 otherwise), or on an address of their own (`wijkdesk-server serve --metrics-port`). With several
worker processes (`serve --workers N`) every process writes its values to PROMETHEUS_MULTIPROC_DIR (set by
`serve` before the workers start) and a read adds them up, so a scrape sees the whole store, not one worker.
"""

from __future__ import annotations

import hmac
import os
import re
import time
from typing import Any

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess as prom_multiprocess

TOKEN_ENV = "WIJKDESK_METRICS_TOKEN"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

# The only route labels: anything else (a scan for /wp-admin, a typo) is "other", so labels stay bounded.
ROUTES = frozenset({"/auth/login", "/sync/handshake", "/sync/push", "/sync/pull", "/healthz", "/readyz",
                    "/metrics", "/docs", "/openapi.json"})

REQUESTS = Counter("wijkdesk_requests_total", "HTTP requests answered", ["method", "route", "status"])
REQUEST_SECONDS = Histogram("wijkdesk_request_seconds", "Time to answer an HTTP request", ["route"],
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
PUSHES = Counter("wijkdesk_push_requests_total", "Push batches applied")
MUTATIONS = Counter("wijkdesk_push_mutations_total", "Pushed mutations by outcome", ["outcome"])
REJECTIONS = Counter("wijkdesk_push_rejections_total", "Rejected mutations by reason category", ["reason"])
PULLS = Counter("wijkdesk_pull_requests_total", "Pull pages served")
PULLED = Counter("wijkdesk_pull_changes_total", "Changes (records and removals) sent by pulls")
PUSH_SECONDS = Histogram("wijkdesk_push_seconds", "Time to apply one push batch",
                         buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
PULL_SECONDS = Histogram("wijkdesk_pull_seconds", "Time to build one pull page",
                         buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))

# A rejection's text names tables, fields and sometimes a row id: only its category becomes a label.
REASONS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), name) for p, name in (
    (r"^unknown table", "unknown_table"),
    (r"^unknown field", "unknown_field"),
    (r"^field '", "invalid_value"),
    (r"managed with wijkdesk-server|maintained centrally", "central_table"),
    (r"^a team lead|^role '", "role"),
    (r"outside your scope|not in your scope", "out_of_scope"),
    (r"does not exist on the server", "not_found"),
    (r"^a specialist", "specialist_fields"),
    (r"coach_id", "coach_id"),
    (r"client_id", "client_id"),
    (r"append-only", "append_only"),
    (r"mutation id reused", "mutation_id_reused"),
)]
_COUNTS = re.compile(r'"applied":(\d+),"conflicted":(\d+),"rejected":(\d+)}$')


def reason_category(reason: str | None) -> str:
    for pattern, name in REASONS:
        if reason and pattern.search(reason):
            return name
    return "other"


def observe_push(answer: str, seconds: float) -> None:
    """Count one push from its answer text (the counts are at its end; the results are read only when
    something was rejected)."""
    PUSHES.inc()
    PUSH_SECONDS.observe(seconds)
    match = _COUNTS.search(answer[-120:])
    if match is None:
        return
    applied, conflicted, rejected = (int(x) for x in match.groups())
    for outcome, n in (("applied", applied), ("conflict", conflicted), ("rejected", rejected)):
        if n:
            MUTATIONS.labels(outcome).inc(n)
    if rejected:
        for res in orjson.loads(answer)["results"]:
            if res.get("status") == "rejected":
                REJECTIONS.labels(reason_category(res.get("reason"))).inc()


def observe_pull(answer: str, seconds: float) -> None:
    PULLS.inc()
    PULL_SECONDS.observe(seconds)
    changes = answer.count('{"seq":')
    if changes:
        PULLED.inc(changes)


def exposition() -> tuple[bytes, str]:
    """The current values as Prometheus text; summed over every worker process when there are several."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        prom_multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(), CONTENT_TYPE_LATEST


def token_ok(authorization: str | None) -> bool | None:
    """None: metrics are not served on the API address (no token set); else whether the bearer matches."""
    expected = os.environ.get(TOKEN_ENV)
    if not expected:
        return None
    given = (authorization or "").removeprefix("Bearer ").strip()
    return hmac.compare_digest(given.encode(), expected.encode())


class RequestMetrics:
    """ASGI middleware: counts every HTTP request and how long it took, by route (bounded) and status."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            path = scope.get("path", "")
            route = path if path in ROUTES else "other"
            REQUESTS.labels(scope.get("method", ""), route, str(status)).inc()
            REQUEST_SECONDS.labels(route).observe(time.perf_counter() - started)


def serve_separately(port: int, host: str = "127.0.0.1") -> None:
    """Serve /metrics on an address of its own (a daemon thread of this process)."""
    from prometheus_client import start_http_server

    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        prom_multiprocess.MultiProcessCollector(registry)
        start_http_server(port, addr=host, registry=registry)
    else:
        start_http_server(port, addr=host)
