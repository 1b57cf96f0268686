"""The store's epoch: an id that changes when the store is restored from a backup.

Every answer carries it (header EPOCH_HEADER). A device remembers the epoch it synced with; seeing another
one means the store's history was replaced (restored to an older point), so its cursor and the versions it
holds may be ahead of the store: it restores from the store and sends again what the store lost
(sync/restored.py) instead of trusting its cursor.

When it changes:
* on PostgreSQL by itself: the epoch is stored with the identity of the database it was made in (the
  cluster's system identifier and the database's oid). pg_dump + pg_restore into a new database (or a new
  cluster) gives another identity, and the first server process that starts on it takes a new epoch;
* always with `wijkdesk-server restored` (any restore, SQLite included): run it before the servers start.

Several processes: the change is a compare-and-set in the database, so they agree on one new epoch; each
process re-reads the epoch every EPOCH_TTL seconds, so none keeps a replaced one for long.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

import anyio
from sqlalchemy import Connection, insert, select, update

from sync.protocol import EPOCH_HEADER

from .db import Store
from .models import T_META

log = logging.getLogger(__name__)

EPOCH, IDENTITY = "epoch", "database_identity"
EPOCH_TTL = 10.0  # seconds a process trusts the epoch it read


def database_identity(conn: Connection) -> str | None:
    """PostgreSQL: cluster system identifier and database oid (a restored copy has others); SQLite: None."""
    if conn.dialect.name != "postgresql":
        return None
    oid = conn.exec_driver_sql("SELECT oid FROM pg_database WHERE datname = current_database()").scalar()
    system = "-"
    try:
        with conn.begin_nested():
            system = str(conn.exec_driver_sql("SELECT system_identifier FROM pg_control_system()").scalar())
    except Exception:  # noqa: BLE001 - not allowed for this role: the oid alone then
        pass
    return f"{system}:{oid}"


def _meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(T_META.c.name, T_META.c.value)).tuples().all())


def _put(conn: Connection, name: str, value: str, expected: str | None) -> bool:
    """Set `name` if it still holds `expected` (None: if it is missing). False when another process won."""
    if expected is None:
        if conn.execute(select(T_META.c.name).where(T_META.c.name == name).with_for_update()).first():
            return False
        conn.execute(insert(T_META).values(name=name, value=value))
        return True
    done = conn.execute(update(T_META).where(T_META.c.name == name, T_META.c.value == expected).values(value=value))
    return done.rowcount == 1


def ensure_epoch(store: Store) -> str:
    """The current epoch; a new one when there is none yet or the database is not the one it was made in."""
    for _attempt in range(5):
        try:
            with store.plain() as conn:
                identity = database_identity(conn)
                meta = _meta(conn)
                epoch = meta.get(EPOCH)
                moved = identity is not None and meta.get(IDENTITY) not in (None, identity)
                if epoch is not None and not moved:
                    if identity is not None and IDENTITY not in meta:
                        _put(conn, IDENTITY, identity, None)
                    return epoch
                new = str(uuid.uuid4())
                if not _put(conn, EPOCH, new, epoch):
                    continue  # another process set it meanwhile: read again
                if identity is not None:
                    if IDENTITY in meta:
                        _put(conn, IDENTITY, identity, meta[IDENTITY])
                    else:
                        _put(conn, IDENTITY, identity, None)
                if moved:
                    log.warning("the central store is in another database than before (restored or copied): "
                                "new epoch %s; devices will restore and send again what it lacks", new)
                return new
        except Exception as exc:  # noqa: BLE001 - a unique-key race between processes: read again
            log.debug("epoch race (%s); reading again", type(exc).__name__)
    raise RuntimeError("could not settle the store's epoch")


def renew_epoch(store: Store) -> str:
    """`wijkdesk-server restored`: a new epoch whatever the database (after restoring any backup)."""
    new = str(uuid.uuid4())
    with store.plain() as conn:
        identity = database_identity(conn)
        meta = _meta(conn)
        for name, value in ((EPOCH, new), (IDENTITY, identity)):
            if value is None:
                continue
            if name in meta:
                conn.execute(update(T_META).where(T_META.c.name == name).values(value=value))
            else:
                conn.execute(insert(T_META).values(name=name, value=value))
    log.warning("new epoch %s: devices will restore and send again what this store lacks", new)
    return new


class EpochHeader:
    """ASGI middleware: the epoch on every answer, re-read from the database every EPOCH_TTL seconds."""

    def __init__(self, app: Any, store: Store) -> None:
        self.app, self.store = app, store
        self.value = ensure_epoch(store).encode()
        self.read_at = time.monotonic()

    def _refresh(self) -> None:
        self.value = ensure_epoch(self.store).encode()
        self.read_at = time.monotonic()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if time.monotonic() - self.read_at > EPOCH_TTL:
            try:
                await anyio.to_thread.run_sync(self._refresh)
            except Exception:  # noqa: BLE001 - the database is away: /readyz says so; keep the last value
                self.read_at = time.monotonic()
        value = self.value

        async def sending(message: dict) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (EPOCH_HEADER.lower().encode(), value)]
            await send(message)

        await self.app(scope, receive, sending)
