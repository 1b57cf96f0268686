"""The central store restored from a backup to an older point (issue 19, point 4).

A device notices (a new epoch on the store's answers, or its cursor ahead of the store), restores from the
store, and keeps and sends again both its unsent changes and those the store acknowledged but lost with the
restore. Afterwards the store holds everything the device had, and a fresh device restores exactly that.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from typing import Any

import psycopg
import pytest
from conftest import PG_ADMIN
from fastapi.testclient import TestClient
from sqlalchemy import delete, insert, select, text
from test_desktop_sync import Desk, desks, new_client  # noqa: F401 - the fixture is used by name
from testclock import day

from desktop.models.entities import Client, Conversation
from desktop.models.outbox import get_setting
from desktop.services.conversations import ConversationService
from sync.protocol import EPOCH_HEADER
from sync.server import epoch
from sync.server.app import create_app
from sync.server.epoch import renew_epoch
from sync.server.models import AUDIT_GUARD_SQLITE, Base

SKIP = {"alembic_version", "store_meta"}


def backup(store) -> dict[str, list[dict[str, Any]]]:
    with store.engine.connect() as conn:
        return {t.name: [dict(r) for r in conn.execute(select(t)).mappings()]
                for t in Base.metadata.sorted_tables if t.name not in SKIP}


def restore(store, saved: dict[str, list[dict[str, Any]]]) -> None:
    """Put the backup back, as a database restore would: the append-only audit trail included (a restore
    loads data before its triggers; here they are lifted for the moment of the restore)."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in SKIP]
    with store.engine.begin() as conn:
        if store.is_sqlite:
            for what in ("update", "delete"):
                conn.exec_driver_sql(f"DROP TRIGGER audit_log_no_{what}")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        for t in reversed(tables):
            conn.execute(delete(t))
        for t in tables:
            if saved[t.name]:
                conn.execute(insert(t), saved[t.name])
        if store.is_sqlite:
            for sql in AUDIT_GUARD_SQLITE:
                conn.exec_driver_sql(sql)
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")


def conversation(desk: Desk, client_id: str, summary: str) -> None:
    ConversationService(desk.db, desk.actor()).record(
        client_id, {"held_at": f"{day(-1).isoformat()} 10:00", "summary_for_client": summary}, [])


def content(desk: Desk) -> tuple[set, set]:
    clients = {(c.id, c.last_name, c.phone, c.city) for c in desk.rows(Client)}
    conversations = {(c.id, c.client_id, c.summary_for_client) for c in desk.rows(Conversation)}
    return clients, conversations


def test_every_answer_names_the_epoch_and_restored_gives_a_new_one(central):
    first = central.http.get("/healthz").headers[EPOCH_HEADER]
    assert first and central.http.get("/readyz").headers[EPOCH_HEADER] == first
    new = renew_epoch(central.store)
    assert new != first
    app = create_app(central.url)  # a process started after the restore
    with TestClient(app) as client:
        assert client.get("/healthz").headers[EPOCH_HEADER] == new
    app.state.store.dispose()


def test_device_keeps_and_resends_what_the_restored_store_lost(desks, central, monkeypatch):  # noqa: F811
    monkeypatch.setattr(epoch, "EPOCH_TTL", 0.0)  # the server reads the new epoch at once (else within 10 s)
    anna = central.user("anna")
    a = desks("anna", creds=anna)
    kept = new_client(a, bsn="111222333", last_name="Bewaard")
    a.sync()
    saved = backup(central.store)  # the backup: one client

    # Acknowledged by the store after the backup, so lost by the restore:
    later = new_client(a, bsn="123456782", last_name="Later")
    conversation(a, later.id, "na de back-up")
    a.caseload().update(kept.id, {"phone": "0612345678"})
    assert a.sync().pending == 0
    # Not yet sent when the store is restored:
    conversation(a, later.id, "nog niet verstuurd")
    a.caseload().update(kept.id, {"city": "Schiedam"})
    before = content(a)
    assert len(before[0]) == 2 and len(before[1]) == 2

    restore(central.store, saved)
    renew_epoch(central.store)  # `wijkdesk-server restored`
    r = a.sync()
    assert r.restored and r.recovered >= 3 and r.rejected == 0 and r.conflicts == 0 and r.pending == 0
    assert content(a) == before  # nothing the coach had is gone from the device
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 2
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'conversation'") == 2

    again = a.sync()
    assert (again.restored, again.recovered, again.pending, again.pushed) == (False, 0, 0, 0)
    # Another device of the same coach restores exactly what the first one had.
    fresh = desks("anna", creds=anna)
    assert fresh.sync().restored
    assert content(fresh) == before


def test_cursor_ahead_of_the_store_is_a_restore_too(desks, central):  # noqa: F811
    """A restore nobody marked (same epoch): the device's cursor is ahead of the store, which tells."""
    a = desks("anna")
    kept = new_client(a, bsn="111222333", last_name="Bewaard")
    a.sync()
    saved = backup(central.store)
    later = new_client(a, bsn="123456782", last_name="Later")
    a.caseload().update(kept.id, {"phone": "0612345678"})
    a.sync()
    conversation(a, later.id, "nog niet verstuurd")  # refers to a client the restored store lacks
    before = content(a)
    known = get_setting_value(a, "server_epoch")
    restore(central.store, saved)
    r = a.sync()
    assert r.restored and r.recovered >= 2 and r.pending == 0 and r.rejected == 0
    assert content(a) == before
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 2
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'conversation'") == 1
    assert get_setting_value(a, "server_epoch") == known


def get_setting_value(desk: Desk, key: str) -> str | None:
    with desk.db.session() as s:
        return get_setting(s, key)


@pytest.mark.postgres
def test_pg_dump_and_restore_into_a_new_database(desks, central, tmp_path):  # noqa: F811
    """The README's procedure: pg_dump, pg_restore into a new database, serve it; the store takes a new
    epoch by itself and the device sends again what the dump did not have."""
    if not central.store.url.startswith("postgresql") or not shutil.which("pg_dump"):
        pytest.skip("PostgreSQL with pg_dump/pg_restore only")
    a = desks("anna")
    new_client(a, bsn="111222333", last_name="Bewaard")
    a.sync()
    dump = tmp_path / "central.dump"
    plain_url = central.url.replace("postgresql+psycopg://", "postgresql://")
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), plain_url], check=True, timeout=60)
    new_client(a, bsn="123456782", last_name="Later")
    a.sync()
    before = content(a)

    name = f"wijkdesk_restored_{uuid.uuid4().hex[:8]}"
    restored_url = plain_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    app = None
    try:
        subprocess.run(["pg_restore", "--no-owner", "-d", restored_url, str(dump)], check=True, timeout=60)
        app = create_app(restored_url.replace("postgresql://", "postgresql+psycopg://"))
        with TestClient(app) as http:
            r = a.sync(http=http)
            assert r.restored and r.recovered >= 1 and r.pending == 0 and r.rejected == 0
            assert content(a) == before
            with app.state.store.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM record WHERE table_name = 'client'")).scalar() == 2
    finally:
        if app is not None:
            app.state.store.dispose()
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
