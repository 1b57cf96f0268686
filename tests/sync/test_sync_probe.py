"""`wijkdesk sync` with nothing to do is answered without SQLAlchemy, the ORM mapping, pydantic or httpx
(desktop/commands/sync_probe.py), and anything to do still goes through the full sync."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from desktop.models.outbox import get_setting, set_setting
from desktop.paths import Paths
from desktop.store import open_store
from sync.client import LAST_SYNCED
from sync.server import admin

HEAVY = ("sqlalchemy", "sqlalchemy.orm", "desktop.models.entities", "httpx", "pydantic", "PySide6", "alembic")

CHILD = """
import json, sys
from desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}), file=sys.stderr)
"""


def sync(data, env) -> tuple[dict, dict]:
    """`wijkdesk sync --json` in a fresh interpreter: its JSON, and its exit code and heavy modules loaded."""
    proc = subprocess.run([sys.executable, "-c", CHILD % (HEAVY,), "--data-dir", str(data), "sync", "--json"],
                          env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    return json.loads(proc.stdout.strip().splitlines()[-1]), report


def setting_of(data, key: str) -> str | None:
    store = open_store(Paths.resolve(data))
    try:
        with store.db.session() as s:
            return get_setting(s, key)
    finally:
        store.close()


def put_setting(data, key: str, value: str) -> None:
    store = open_store(Paths.resolve(data))
    try:
        with store.db.session() as s:
            set_setting(s, key, value)
    finally:
        store.close()


def cursor_of(data) -> int:
    return int(setting_of(data, "sync_cursor"))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_nothing_to_do_loads_no_sync_machinery_and_work_still_syncs(central_http, tmp_path, monkeypatch):
    info, token = central_http.user("erik")
    other, other_token = central_http.user("fenna")
    data = tmp_path / "erik"
    env = {**os.environ, "WIJKDESK_PASSPHRASE": "probe-test-passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    run = lambda *a, **kw: subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), *a],  # noqa: E731
                                          env=env, capture_output=True, text=True, timeout=120, **kw)
    assert run("login", "--server", str(central_http.http.base_url), "--user", "erik", "--token-stdin",
               input=token + "\n").returncode == 0
    assert run("demo-data", "--clients", "2", "--seed", "1").returncode == 0
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "probe-test-passphrase")
    keyring.set_keyring(fail.Keyring())

    first, report = sync(data, env)  # pending work: the full sync
    assert first["pushed"] > 0 and first["pending"] == 0 and report["code"] == 0
    assert "sqlalchemy.orm" in report["loaded"]
    synced = setting_of(data, LAST_SYNCED)  # what the window's status line shows
    assert synced is not None

    put_setting(data, LAST_SYNCED, "2000-01-01T00:00:00+00:00")
    quiet, report = sync(data, env)
    assert (quiet["pushed"], quiet["pulled"], quiet["pending"], quiet["restored"]) == (0, 0, 0, False)
    assert report == {"code": 0, "loaded": []}
    assert setting_of(data, LAST_SYNCED) >= synced  # a sync with nothing to do is a sync too

    # another coach's work moves the server's counter: the cursor follows it, still without the machinery
    dev = central_http.login(other, other_token)
    dev.push(dev.mut("client", coach_id=other.id, bsn="111222333", first_name="A", last_name="B"))
    top = central_http.scalar("SELECT value FROM seq_counter")
    assert cursor_of(data) < top
    quiet, report = sync(data, env)
    assert quiet["pulled"] == 0 and report == {"code": 0, "loaded": []}
    assert cursor_of(data) == top

    # a change in scope on the server: the full sync pulls it
    admin.add_deputy(central_http.store, "fenna", "erik")
    changed, report = sync(data, env)
    assert changed["pulled"] >= 1 and "sqlalchemy.orm" in report["loaded"], (changed, report)
    assert sync(data, env)[1] == {"code": 0, "loaded": []}
