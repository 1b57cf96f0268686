"""Central-store fixtures: a database on SQLite and PostgreSQL, the app in-process or over real HTTP.

PostgreSQL: one database with a random name per test module on 127.0.0.1:5432 (dropped afterwards),
emptied between tests. Without a server the PostgreSQL variants are skipped with the reason shown,
unless WIJKDESK_REQUIRE_PG=1, which turns that into a failure.
"""

from __future__ import annotations

import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")

import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from sync.protocol import DESKTOP_SCHEMAS  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.app import create_app  # noqa: E402
from sync.server.db import Store  # noqa: E402
from sync.server.embedded import start_embedded  # noqa: E402
from sync.server.migrate import head_revision, migrate  # noqa: E402
from sync.server.models import Base  # noqa: E402

PG_ADMIN = os.environ.get("WIJKDESK_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
SCHEMA = DESKTOP_SCHEMAS[-1]


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("WIJKDESK_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL required (WIJKDESK_REQUIRE_PG=1) but not usable: {reason}")
    pytest.skip(f"PostgreSQL not available on {PG_ADMIN}: {reason}")


@pytest.fixture(scope="module")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test module: its SQLAlchemy URL."""
    import psycopg

    name = f"wijkdesk_t_{uuid.uuid4().hex[:12]}"
    try:
        admin_conn = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except Exception as exc:  # noqa: BLE001 - any reason to not reach the server
        _pg_unavailable(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
    with admin_conn:
        admin_conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_pg(url: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        tables = [t.name for t in Base.metadata.sorted_tables]
        existing = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname='public'")).scalars())
        if {*tables, "alembic_version"} & existing:
            names = ", ".join(f'"{t}"' for t in [*tables, "alembic_version"] if t in existing)
            conn.execute(text(f"DROP TABLE {names} CASCADE"))
    engine.dispose()


@pytest.fixture
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database (no tables); `request.param` is "sqlite" or "postgresql"."""
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'central.db'}"
    url = request.getfixturevalue("pg_database")
    _empty_pg(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty central store on SQLite or PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.db'}"
    else:
        url = request.getfixturevalue("pg_database")
        if _truncate_pg(url):
            return url
        _empty_pg(url)
    engine = Store(url).engine
    migrate(engine)
    engine.dispose()
    return url


def _truncate_pg(url: str) -> bool:
    """Empty a migrated PostgreSQL store quickly; False when it is not (yet) at the head revision."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            try:
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except Exception:  # noqa: BLE001 - no alembic_version table yet
                return False
            if rev != head_revision():
                return False
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names}"))
            conn.execute(text("INSERT INTO seq_counter (name, value) VALUES ('change', 0)"))
        return True
    finally:
        engine.dispose()


def mutation(table: str, row_id: str, op: str = "insert", fields: dict[str, Any] | None = None, base: int = 0,
             device_id: str | None = None, mutation_id: str | None = None, seq: int = 1) -> dict[str, Any]:
    return {"mutation_id": mutation_id or str(uuid.uuid4()), "device_id": device_id or str(uuid.uuid4()),
            "seq": seq, "table": table, "row_id": row_id, "op": op, "fields": fields or {}, "base_version": base,
            "schema_version": SCHEMA}


class Device:
    """A signed-in device talking to the server through an httpx client (in-process or real HTTP)."""

    def __init__(self, http: httpx.Client, token: str, device_id: str, user: admin.UserInfo) -> None:
        self.http, self.token, self.device_id, self.user = http, token, device_id, user
        self.headers = {"Authorization": f"Bearer {token}", "X-Wijkdesk-Schema": SCHEMA}
        self.cursor: int | None = None
        self._seq = 0

    @property
    def user_id(self) -> str:
        return self.user.id

    def mut(self, table: str, row_id: str | None = None, op: str = "insert", base: int = 0,
            **fields: Any) -> dict[str, Any]:
        self._seq += 1
        return mutation(table, row_id or str(uuid.uuid4()), op, fields, base, self.device_id, seq=self._seq)

    def push_raw(self, mutations: list[dict[str, Any]]) -> httpx.Response:
        return self.http.post("/sync/push", json={"schema_version": SCHEMA, "mutations": mutations},
                              headers=self.headers)

    def push(self, *mutations: dict[str, Any]) -> dict[str, Any]:
        r = self.push_raw(list(mutations))
        assert r.status_code == 200, r.text
        body = r.json()
        assert len(body["results"]) == body["applied"] + body["conflicted"] + body["rejected"] == len(mutations)
        return body

    def pull_raw(self, cursor: int | None = None, limit: int | None = None) -> httpx.Response:
        params: dict[str, int] = {}
        if cursor is not None:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = limit
        return self.http.get("/sync/pull", params=params, headers=self.headers)

    def pull_all(self, limit: int | None = None, from_start: bool = False) -> list[dict[str, Any]]:
        """Pull every page from the stored cursor; returns all changes and keeps the new cursor."""
        changes: list[dict[str, Any]] = []
        cursor = None if from_start else self.cursor
        while True:
            r = self.pull_raw(cursor, limit)
            assert r.status_code == 200, r.text
            page = r.json()
            changes.extend(page["changes"])
            assert page["cursor"] >= (cursor or 0)
            cursor = page["cursor"]
            if not page["has_more"]:
                self.last_counts = page["counts"]
                break
            assert page["counts"] is None
        self.cursor = cursor
        return changes

    def state(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Apply everything pulled so far onto a local dict (table, row_id) -> fields, like a desktop would."""
        local = getattr(self, "_local", {})
        for ch in self.pull_all():
            key = (ch["table"], ch["row_id"])
            if ch["op"] == "remove":
                local.pop(key, None)
            else:
                local[key] = ch["fields"]
        self._local = local
        return local


class Central:
    """The server plus helpers to make users and sign devices in."""

    def __init__(self, url: str, http: httpx.Client, store: Store) -> None:
        self.url, self.http, self.store = url, http, store

    def user(self, name: str, role: str = "coach", team: str | None = "Feijenoord") -> tuple[admin.UserInfo, str]:
        return admin.add_user(self.store, name, role, team)

    def login(self, info: admin.UserInfo, token: str, device_id: str | None = None) -> Device:
        device_id = device_id or str(uuid.uuid4())
        r = self.http.post("/auth/login", json={"username": info.username, "device_id": device_id,
                                                "device_name": f"{info.username}-laptop"},
                           headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        return Device(self.http, r.json()["device_token"], device_id, info)

    def device(self, name: str, role: str = "coach", team: str | None = "Feijenoord") -> Device:
        info, token = self.user(name, role, team)
        return self.login(info, token)

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.store.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.store.engine.connect() as conn:
            return list(conn.execute(text(sql), params))

    def snapshot(self) -> tuple:
        """Everything that a rejected request must leave unchanged."""
        with self.store.engine.connect() as conn:
            return (conn.execute(text("SELECT table_name, row_id, version, seq, data FROM record "
                                      "ORDER BY table_name, row_id")).all(),
                    conn.execute(text("SELECT value FROM seq_counter")).all(),
                    conn.execute(text("SELECT count(*) FROM applied_mutation")).scalar(),
                    conn.execute(text("SELECT count(*) FROM conflict")).scalar(),
                    conn.execute(text("SELECT count(*) FROM scope_removal")).scalar())


@pytest.fixture
def central(db_url: str) -> Iterator[Central]:
    """The app in-process (fastapi TestClient) on SQLite or PostgreSQL."""
    app = create_app(db_url)
    store = app.state.store
    client = TestClient(app, raise_server_exceptions=False)
    try:
        yield Central(db_url, client, store)
    finally:
        client.close()
        store.dispose()


@pytest.fixture
def central_http(db_url: str) -> Iterator[Central]:
    """The app served by uvicorn on 127.0.0.1 (real HTTP stack), on SQLite or PostgreSQL."""
    server = start_embedded(db_url)
    client = httpx.Client(base_url=server.url, timeout=30)
    try:
        yield Central(db_url, client, server.app.state.store)
    finally:
        client.close()
        server.stop()
        server.app.state.store.dispose()
