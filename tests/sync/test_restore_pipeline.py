"""The restore's pipeline (issue 18): begun at start-up by a process of its own (sync/early.py), pages fetched
ahead, rows written by SQLite from the wire values; the push checks its answers off the path to the next
request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from desktop.models.entities import Client, Conversation
from desktop.models.outbox import get_setting
from desktop.paths import Paths
from desktop.store import open_store
from sync import clock, early
from sync.client import SyncClient, SyncError
from sync.credentials import load_token
from sync.device.restore import PROGRESS_SETTINGS, RESTORE_SUFFIX, checked_page
from sync.protocol import MAX_PULL_PAGE
from sync.server.demo import seed_demo


def test_early_page_size_is_the_protocols():
    assert early.MAX_PULL_PAGE == MAX_PULL_PAGE


def test_a_malformed_page_is_refused():
    for page in ({"changes": [], "cursor": "1", "has_more": False}, {"changes": {}, "cursor": 1, "has_more": False},
                 {"cursor": 1}, [], None):
        with pytest.raises(SyncError):
            checked_page(page)


def login(central_http, tmp_path, env, user="carla"):
    seeded = seed_demo(central_http.store, user, 60, seed=7)
    data = tmp_path / user
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "login", "--server",
                           str(central_http.http.base_url), "--user", user, "--token-stdin"], env=env,
                          input=seeded.tokens[user] + "\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return data


def counts(data):
    store = open_store(Paths.resolve(data))
    try:
        with store.db.session() as s:
            return (s.scalar(select(func.count()).select_from(Client)),
                    s.scalar(select(func.count()).select_from(Conversation)))
    finally:
        store.close()


def test_first_sync_restores_everything_through_the_early_restore(central_http, tmp_path, monkeypatch):
    """A first sync as the command line runs it (the probe starts the early restore), in small pages: every
    record arrives once, the file holds exactly the store's rows."""
    env = {**os.environ, "WIJKDESK_PASSPHRASE": "pipeline-test-passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "WIJKDESK_SYNC_PAGE_SIZE": "7"}
    data = login(central_http, tmp_path, env)
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync", "--json"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["restored"] is True
    assert out["pulled"] == central_http.scalar("SELECT count(*) FROM record")
    log = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log*"))
    assert "early restore ended (exit code 0)" in log  # the process of its own did the writing
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "pipeline-test-passphrase")
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    assert counts(data) == (central_http.scalar("SELECT count(*) FROM record WHERE table_name = 'client'"),
                            central_http.scalar("SELECT count(*) FROM record WHERE table_name = 'conversation'"))


def signed_in(central_http, tmp_path, user, clients, seed, **seed_kw):
    """An in-process store signed in as `user`, with `clients` seeded on the central store: (store, http,
    token, the restore file's path)."""
    seeded = seed_demo(central_http.store, user, clients, seed=seed, **seed_kw)
    from desktop.commands.syncing import sign_in
    store = open_store(Paths.resolve(tmp_path / user))
    http = httpx.Client(base_url=str(central_http.http.base_url), timeout=30)
    sign_in(store, http, user, seeded.tokens[user])
    return store, http, load_token(store.db), store.db.path.with_name(store.db.path.name + RESTORE_SUFFIX)


def schema_of(store):
    with store.db.session() as s:
        return get_setting(s, "schema_version")


def file_rows(target, key, sql):
    """The rows of `sql` in a restore file, read with the bare driver."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(target))
    try:
        conn.execute(f"PRAGMA key=\"x'{key.hex()}'\"")
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def file_state(target, key):
    """The settings and client count of a restore file."""
    return (dict(file_rows(target, key, "SELECT key, value FROM local_setting")),
            file_rows(target, key, "SELECT count(*) FROM client")[0][0])


def clients_in(store):
    with store.db.session() as s:
        return s.scalar(select(func.count()).select_from(Client))


def test_the_early_restore_writes_the_file_the_restore_goes_on_from(central_http, tmp_path):
    """The early restore (its own process) writes every page into the restore file and commits the cursor;
    the sync then only asks what came after, and reports every row the restore wrote."""
    store, http, token, target = signed_in(central_http, tmp_path, "dina", 40, 8)
    try:
        began = time.perf_counter()
        early.start(target, store.db.key, str(http.base_url), token, schema_of(store), 5)
        assert early._started is not None
        assert early._started.proc.wait(timeout=60) == 0
        ended = time.perf_counter()
        settings, clients = file_state(target, store.db.key)
        top = central_http.scalar("SELECT max(seq) FROM record")
        assert (int(settings["sync_cursor"]), clients) == (top, 40)
        assert int(settings["restore_pulled"]) == central_http.scalar("SELECT count(*) FROM record")
        stamped = datetime.fromisoformat(file_rows(target, store.db.key, "SELECT max(updated_at) FROM client")[0][0])
        assert abs(stamped - clock.utcnow()) < timedelta(minutes=5)  # this process's one clock, not the child's
        result = SyncClient(store.db, http, token, page_size=11).sync()
        assert result.restored and result.pulled == central_http.scalar("SELECT count(*) FROM record")
        assert result.seconds >= ended - began  # the time of the early restore is the sync's too
        assert "began" not in result.as_json()
        assert clients_in(store) == 40 and not target.exists()
        with store.db.session() as s:  # its bookkeeping does not stay in the restored file
            assert [get_setting(s, k) for k in PROGRESS_SETTINGS] == [None, None, None]
    finally:
        http.close()
        store.close()


def test_an_early_restore_for_another_store_is_stopped_and_removed(central_http, tmp_path):
    store, http, token, target = signed_in(central_http, tmp_path, "dina", 40, 8)
    try:
        early.start(target, store.db.key, "http://127.0.0.1:9/", token, schema_of(store), 5)  # nothing there
        assert early._started is not None
        result = SyncClient(store.db, http, token, page_size=11).sync()
        assert early._started is None
        assert result.restored and result.pulled == central_http.scalar("SELECT count(*) FROM record")
        assert clients_in(store) == 40
    finally:
        http.close()
        store.close()


def committed_cursor(target, key):
    if not target.exists():  # opening it would make it: the early restore makes its own file only
        return 0
    try:
        return int(file_state(target, key)[0].get("sync_cursor", 0))
    except Exception:  # noqa: BLE001 - not made yet, or its schema not committed yet
        return 0


def test_a_stopped_early_restore_keeps_what_it_committed(central_http, tmp_path):
    """Stopped half-way (its pipe closed, as when the sync ends or the process is gone), the early restore
    ends at once; a later restore goes on from its last commit: it asks only for the rest."""
    store, http, token, target = signed_in(central_http, tmp_path, "dina", 120, 8)
    try:
        early.start(target, store.db.key, str(http.base_url), token, schema_of(store), 1)  # a page per row
        proc = early._started.proc
        deadline = time.monotonic() + 60
        while committed_cursor(target, store.db.key) == 0 and time.monotonic() < deadline:
            assert proc.poll() is None
            time.sleep(0.01)
        early.stop()
        assert proc.returncode is not None and early._started is None
        settings, _clients = file_state(target, store.db.key)
        total = central_http.scalar("SELECT count(*) FROM record")
        assert 0 < int(settings["sync_cursor"]) < central_http.scalar("SELECT max(seq) FROM record")
        result = SyncClient(store.db, http, token, page_size=50).sync()
        assert result.restored and result.pulled == total - int(settings["restore_pulled"])
        assert clients_in(store) == 120
    finally:
        http.close()
        store.close()


@pytest.mark.parametrize("left_by", [
    "UPDATE local_setting SET value = 'an-older-epoch' WHERE key = 'restore_epoch'",  # the store restored since
    "UPDATE alembic_version SET version_num = '0001'",  # an older Wijkdesk
])
def test_a_restore_under_way_from_another_epoch_or_version_begins_again(central_http, tmp_path, caplog, left_by):
    """A restore file whose pages came before the store was restored from a backup, or that another version
    of this program made, is not gone on from: the restore begins again."""
    store, http, token, target = signed_in(central_http, tmp_path, "dina", 40, 8)
    try:
        early.start(target, store.db.key, str(http.base_url), token, schema_of(store), 5)
        assert early._started.proc.wait(timeout=60) == 0
        import sqlcipher3
        conn = sqlcipher3.connect(str(target), isolation_level=None)
        conn.execute(f"PRAGMA key=\"x'{store.db.key.hex()}'\"")
        conn.execute(left_by)
        conn.execute("DELETE FROM client WHERE rowid IN (SELECT rowid FROM client LIMIT 5)")  # not the store's
        conn.close()
        result = SyncClient(store.db, http, token, page_size=11).sync()
        assert "beginning again" in caplog.text
        assert result.restored and result.pulled == central_http.scalar("SELECT count(*) FROM record")
        assert clients_in(store) == 40
    finally:
        http.close()
        store.close()


def test_an_early_restore_that_got_nothing_leaves_no_file(tmp_path):
    """The store out of reach: no restore file stays behind, so the next sync begins early again."""
    target = tmp_path / "wijkdesk.db.restore"
    early.start(target, b"k" * 32, "http://127.0.0.1:9/", "secret", "0", 5)
    assert early._started is not None
    assert early._started.proc.wait(timeout=60) == 0
    early.stop()
    assert not target.exists() and not list(tmp_path.iterdir())


def test_the_early_restore_ends_with_the_process_that_started_it(central_http, tmp_path):
    """A `wijkdesk` killed during start-up leaves no early restore writing on: the pipe it watches closes."""
    store, http, token, target = signed_in(central_http, tmp_path, "dina", 120, 8)
    http.close()
    store.close()
    code = (
        "import os, sys; from pathlib import Path; from sync import early\n"
        f"early.start(Path({str(target)!r}), bytes.fromhex({store.db.key.hex()!r}), "
        f"{str(central_http.http.base_url)!r}, {token!r}, '0', 1)\n"
        "print(early._started.proc.pid, flush=True); os._exit(9)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    child = int(proc.stdout.strip())
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break  # gone (reaped by init)
        with open(f"/proc/{child}/stat") as fh:
            if fh.read().split(") ", 1)[1].startswith("Z"):
                break  # ended, not yet reaped
        time.sleep(0.05)
    else:
        raise AssertionError("the early restore kept running after its parent was gone")


def test_the_packaged_app_knows_the_early_restores_argument(monkeypatch):
    """The PyInstaller app has no `python -m`: its own executable runs the early restore (desktop/__main__.py)."""
    import desktop.__main__ as entry

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert early.command() == [sys.executable, early.EARLY_ARG]
    assert f'sys.argv[1:] == ["{early.EARLY_ARG}"]' in Path(entry.__file__).read_text(encoding="utf-8")


def test_the_early_restore_gets_no_passphrase_in_its_environment(monkeypatch):
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "geheim-wachtwoord-123")
    assert "WIJKDESK_PASSPHRASE" not in early.child_env() and "PATH" in early.child_env()


def test_no_early_restore_over_plain_http_to_another_machine(tmp_path):
    target = tmp_path / "wijkdesk.db.restore"
    early.start(target, b"k" * 32, "http://wijkdesk.example.nl", "secret", "0", 5)
    assert early._started is None and not target.exists()
