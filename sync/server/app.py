"""The central store's HTTP API (FastAPI). Bodies and answers are sync.protocol models.

    POST /auth/login        user token   LoginRequest  -> LoginResponse (a new device token)
    GET  /parked, POST /parked/{id}/apply|dismiss      -> parked changes of your clients (parked.py)
    GET  /sync/handshake    device token               -> Handshake
    POST /sync/push         device token PushRequest   -> PushResponse
    GET  /sync/pull?cursor=N&limit=M  device token     -> PullResponse
    GET  /healthz, /readyz  no token (health.py); GET /metrics  metrics token (metrics.py)

Every failure is a 4xx with ErrorBody (401 unauthorized, 403 revoked/forbidden, 410 stale_cursor,
413 too_large, 426 too_old, 400/422 bad_request, 404 not_found); a 500 is a bug and carries no internals.
"""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import insert, select, update
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync import clock
from sync.jsontext import dumps
from sync.protocol import (
    DESKTOP_SCHEMAS,
    MAX_BODY_BYTES,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SEQ_HEADER,
    UUID_TEXT,
    ErrorBody,
    Handshake,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    revision_known,
    schema_accepted,
)

from . import metrics, parked
from .auth import AuthError, bearer, device_lookup, hash_token, new_token, note_seen
from .db import Store
from .epoch import EpochHeader
from .hardening import RateLimited, check_login_allowed, clear_login_failures, note_login_failure
from .health import add_health_routes
from .migrate import ensure_schema
from .models import T_DEVICE, T_USER, utcnow
from .parked import ParkedDecision, ParkedList
from .policy_check import policy_settings
from .pull import StaleCursor, current_seq, pull
from .push import push_json
from .reports import ReportError, UnknownTeam
from .reports import access as reports_access
from .reports.wire import ReportBody, ReportName
from .scope import Principal

log = logging.getLogger(__name__)

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 410, 413, 422, 426, 429)}


def error(status: int, kind: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": kind, "detail": detail}, status_code=status)


class BodyLimit:
    """Answer 413 before the app sees a body over MAX_BODY_BYTES (declared or actual size)."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_large = error(413, "too_large", f"request body larger than {self.limit} bytes")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await error(400, "bad_request", "invalid Content-Length")(scope, receive, send)
                    return
                if declared > self.limit:
                    await too_large(scope, receive, send)
                    return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await too_large(scope, receive, send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        data = b"".join(chunks)
        sent = False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def push_body(request: Request) -> PushRequest:
    """The push body validated by pydantic straight from its bytes: a batch is up to a megabyte of JSON, and
    this is half the work of JSON → dicts → model. The OpenAPI document still describes it (see openapi)."""
    raw = await request.body()
    if not raw:
        raise RequestValidationError([{"type": "missing", "loc": ("body",), "msg": "Field required"}])
    try:
        return PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        # Without the input: a body of a thousand changes (personal data) is not kept in the error.
        raise RequestValidationError(exc.errors(include_url=False, include_context=False, include_input=False)) from None


def _summarise(errors: list[Any]) -> str:
    parts = []
    for e in errors[:5]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        msg = e.get("msg", "invalid")
        if UUID_TEXT in msg:  # protocol.UuidText: say what the pattern means
            msg = "should be a UUID as lowercase hexadecimal text with hyphens (8-4-4-4-12)"
        parts.append(f"{loc}: {msg}")
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


def device(request: Request, authorization: Annotated[str | None, Header()] = None,
           schema: Annotated[str | None, Header(alias=SCHEMA_HEADER, json_schema_extra={
               "enum": list(DESKTOP_SCHEMAS[-2:])})] = None) -> Principal:
    """The signed-in device from its bearer token; also checks the desktop schema header when sent."""
    token = bearer(authorization)
    store = request.app.state.store
    with store.plain() as conn:
        who, due = device_lookup(conn, token)
    if due:
        with store.plain(write=True) as conn:
            note_seen(conn, who.device_id)
    if schema is not None:
        check_schema(schema)
    return who


Who = Annotated[Principal, Depends(device)]


def create_app(db_url: str, store: Store | None = None) -> FastAPI:
    """The API on `db_url` (created if empty; an older schema must be migrated first)."""
    store = store or Store(db_url)
    ensure_schema(store.engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        yield
        store.dispose()

    app = FastAPI(title="Wijkdesk central store", version=str(PROTOCOL_VERSION), lifespan=lifespan,
                  description="Sync API between the Wijkdesk desktop and the central store (DESIGN §4).")
    app.state.store = store

    @app.exception_handler(AuthError)
    async def _auth_error(_request: Request, exc: AuthError) -> JSONResponse:
        answer = error(exc.status, exc.error, exc.detail)
        if isinstance(exc, RateLimited):
            answer.headers["Retry-After"] = str(exc.retry_after)
        return answer

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = list(exc.errors())
        status = 400 if any(e.get("type") == "json_invalid" for e in errs) else 422
        return error(status, "bad_request", _summarise(errs))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = "not_found" if exc.status_code == 404 else "bad_request"
        status = exc.status_code if 400 <= exc.status_code < 500 else 400
        answer = error(status, kind, str(exc.detail))
        for name, value in (exc.headers or {}).items():  # 405 says which methods are allowed (Allow)
            answer.headers[name] = value
        return answer

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse({"error": "internal", "detail": "internal server error"}, status_code=500)

    app.add_middleware(BodyLimit)
    app.add_middleware(EpochHeader, store=store)  # every answer names the store's epoch (restores)
    app.add_middleware(metrics.RequestMetrics)  # outermost: counts the 413s of BodyLimit too
    add_health_routes(app, store)

    @app.get("/metrics", tags=["ops"], include_in_schema=False)
    def prometheus(authorization: Annotated[str | None, Header()] = None) -> Response:
        """Prometheus metrics, only with the metrics token (WIJKDESK_METRICS_TOKEN); see metrics.py."""
        allowed = metrics.token_ok(authorization)
        if allowed is None:
            raise StarletteHTTPException(404, "Not Found")
        if not allowed:
            raise AuthError(401, "unauthorized", "metrics need the metrics token")
        body, media_type = metrics.exposition()
        return Response(body, media_type=media_type)

    @app.post("/auth/login", response_model=LoginResponse, responses=ERRORS, tags=["auth"])
    def login(body: LoginRequest, request: Request,
              authorization: Annotated[str | None, Header()] = None) -> LoginResponse:
        """Sign in with the user token from `wijkdesk-server user add`; registers this device.

        Failed sign-ins are limited per user name and per address (429 with Retry-After, hardening.py)."""
        address = request.client.host if request.client else None
        had_failures = check_login_allowed(store, body.username, address)
        try:
            token = bearer(authorization)
            answer = _login(body, token)
        except AuthError as exc:
            if exc.status == 401:
                note_login_failure(store, body.username, address)
            raise
        if had_failures:
            clear_login_failures(store, body.username)
        return answer

    def _login(body: LoginRequest, token: str) -> LoginResponse:
        u, d = T_USER.c, T_DEVICE.c
        device_token = new_token()
        with store.plain(write=True) as conn:
            user = conn.execute(select(u.id, u.username, u.role, u.deleted_at, u.disabled_at)
                                .where(u.token_hash == hash_token(token))).first()
            if user is None or user.deleted_at is not None or user.username != body.username:
                raise AuthError(401, "unauthorized", "unknown user token or user name")
            device_id = str(body.device_id)
            row = conn.execute(select(d.user_id, d.revoked_at).where(d.id == device_id)).first()
            now = utcnow()
            if row is not None and (row.revoked_at is not None or user.disabled_at is not None):
                raise AuthError(403, "revoked", "this device was revoked: its local Wijkdesk data must be wiped")
            if user.disabled_at is not None:
                raise AuthError(403, "forbidden", "this user is disabled: ask the administrator")
            if row is None:
                conn.execute(insert(T_DEVICE).values(id=device_id, user_id=user.id, name=body.device_name,
                                                     token_hash=hash_token(device_token), created_at=now,
                                                     last_seen_at=now))
            elif row.user_id != user.id:
                raise AuthError(403, "forbidden", "this device is registered to another user")
            else:
                conn.execute(update(T_DEVICE).where(d.id == device_id).values(
                    name=body.device_name, token_hash=hash_token(device_token), last_seen_at=now))
        return LoginResponse(device_token=device_token, user_id=user.id, role=user.role)

    @app.get("/sync/handshake", response_model=Handshake, responses=ERRORS, tags=["sync"])
    def handshake(who: Who, response: Response) -> Handshake:
        """Who am I, which protocol and newest desktop schema the server knows, and the server time.
        Header SEQ_HEADER: the store's highest change number (a device whose cursor is past it knows the
        store was restored to an older point before it pushes anything)."""
        with store.plain() as conn:
            response.headers[SEQ_HEADER] = str(current_seq(conn))
        return Handshake(protocol=PROTOCOL_VERSION, schema_version=DESKTOP_SCHEMAS[-1],
                         server_time=clock.now_utc(), user=who.username, role=who.role,
                         display_name=who.display_name, user_id=who.user_id, team_id=who.team_id,
                         max_push_batch=MAX_PUSH_BATCH, policy=policy_settings(store))

    @app.post("/sync/push", response_model=PushResponse, responses=ERRORS, tags=["sync"], openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/PushRequest"}}}}})
    def sync_push(body: Annotated[PushRequest, Depends(push_body)], who: Who,
                  authors: Annotated[bool, Query()] = False) -> Response:
        """Apply a batch of outbox mutations; each is applied, conflicted or rejected on its own.

        `authors=1`: each new conflict also names who made the central value (`author`, a display name) and,
        when known, when the central store received it (`changed_at`). Without it the answer is as before."""
        if body.protocol != PROTOCOL_VERSION:
            raise AuthError(400, "bad_request", f"protocol {body.protocol} not supported (server: {PROTOCOL_VERSION})")
        check_schema(body.schema_version)
        started = time.perf_counter()
        answer = push_json(store, who, body.mutations, authors)
        metrics.observe_push(answer, time.perf_counter() - started)
        return Response(answer, media_type="application/json")

    @app.get("/sync/pull", response_model=PullResponse, responses=ERRORS, tags=["sync"])
    def sync_pull(who: Who, cursor: Annotated[int | None, Query(ge=0, le=2**62)] = None,
                  limit: Annotated[int, Query(ge=1, le=MAX_PULL_PAGE)] = 1000,
                  counts: Annotated[bool | None, Query()] = None,
                  skip_own: Annotated[bool, Query()] = False) -> Response:
        """Changes in your scope after `cursor` (none: from the start), ordered by change number.

        `counts` (rows in scope per table, tombstones included) comes on the last page only: always with
        `counts=1`, never with `counts=0`; without the parameter when the page has changes or no cursor was
        given (an empty "nothing new" page leaves it out, to stay cheap).

        `skip_own=1` leaves out the records whose latest version came from this device onto a version it
        held (it has them already: no echo); the cursor still moves past them. A full restore leaves it off.
        """
        started = time.perf_counter()
        try:
            text = pull(store, who, cursor, limit, counts, skip_own)
        except StaleCursor as exc:
            raise AuthError(410, "stale_cursor", str(exc)) from None
        metrics.observe_pull(text, time.perf_counter() - started)
        return Response(text, media_type="application/json")

    @app.get("/parked", response_model=ParkedList, responses=ERRORS, tags=["parked"])
    def parked_list(who: Who) -> ParkedList:
        """Changes refused because the sender's access ended, kept for the client's coach (with the values) or
        team lead (field names only) to apply or dismiss."""
        return parked.parked_for(store, who)

    @app.post("/parked/{parked_id}/{decision}", response_model=ParkedDecision, responses=ERRORS, tags=["parked"])
    def parked_decide(parked_id: UUID, decision: Literal["apply", "dismiss"], who: Who) -> ParkedDecision:
        """Apply (a new version everyone in scope pulls) or dismiss a parked change of your client or team."""
        if who.role not in ("coach", "team_lead"):
            raise AuthError(403, "forbidden", "only the client's coach or a team lead decides on parked changes")
        try:
            outcome = parked.resolve(store, str(parked_id), who.username, apply=decision == "apply")
        except parked.ParkedError as exc:
            kind = {403: "forbidden", 404: "not_found", 409: "conflict"}[exc.status]
            raise AuthError(exc.status, kind, str(exc)) from None
        return ParkedDecision(id=parked_id, resolution=outcome)

    @app.get("/reports/{name}", response_model=ReportBody, responses=ERRORS, tags=["reports"])
    def report(name: ReportName, who: Who, start: Annotated[date, Query(alias="from")],
               end: Annotated[date, Query(alias="to")], team: Annotated[str | None, Query(max_length=120)] = None
               ) -> Response:
        """Figures from the central store (sync/server/reports): a team lead their team, an admin everything or
        one team, a coach their own caseload, a specialist none. No names or BSNs; small cells show "<5"
        outside a coach's own caseload. Every request is audited."""
        try:
            result = reports_access.run(store, who, name, start, end, team)
        except reports_access.Forbidden as exc:
            raise AuthError(403, "forbidden", str(exc)) from None
        except UnknownTeam as exc:
            raise AuthError(404, "not_found", str(exc)) from None
        except ReportError as exc:
            raise AuthError(400, "bad_request", str(exc)) from None
        return Response(dumps(result.as_json()), media_type="application/json")

    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        """FastAPI's document plus the push body's models (the route parses that body itself)."""
        if app.openapi_schema is None:
            spec = plain_openapi()
            schema = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = spec.setdefault("components", {}).setdefault("schemas", {})
            components.update(schema.pop("$defs", {}))
            components["PushRequest"] = schema
        return app.openapi_schema or spec

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def check_schema(revision: str) -> None:
    if not revision_known(revision):
        raise AuthError(400, "bad_request", f"unknown desktop schema revision {revision[:40]!r}: this central store "
                                            f"knows {', '.join(DESKTOP_SCHEMAS)} (update the central store first)")
    if not schema_accepted(revision):
        raise AuthError(426, "too_old",
                        f"desktop schema {revision} is too old for this server (needs {DESKTOP_SCHEMAS[-2]} or "
                        f"newer): update Wijkdesk. Your unsent changes are kept.")
