"""A desktop process killed (SIGKILL) in the middle of its first sync is consistent and resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import keyring
from keyring.backends import fail
from sqlalchemy import func, select

from desktop.models import Database, load_or_create_key
from desktop.models.entities import Client
from desktop.models.outbox import get_setting
from desktop.paths import Paths
from desktop.store import open_store
from sync.server.demo import seed_demo


def restore_cursor(path, key) -> int:
    """The cursor committed in a restore file another process is writing (0: none yet)."""
    if not path.exists():
        return 0
    try:
        db = Database(path, key)
        try:
            with db.session() as s:
                return int(get_setting(s, "sync_cursor") or 0)
        finally:
            db.close()
    except Exception:  # noqa: BLE001 - the file is still being created
        return 0


def run(args, env, **kw):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=120, **kw)


def test_killed_during_restore_resumes(central_http, tmp_path, monkeypatch):
    seeded = seed_demo(central_http.store, "carla", 120, seed=5)
    data = tmp_path / "carla"
    env = {**os.environ, "WIJKDESK_PASSPHRASE": "kill-test-passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "WIJKDESK_SYNC_PAGE_SIZE": "25"}
    login = run(["--data-dir", str(data), "login", "--server", str(central_http.http.base_url), "--user", "carla",
                 "--token-stdin"], env, input=seeded.tokens["carla"] + "\n")
    assert login.returncode == 0, login.stderr

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "kill-test-passphrase")
    keyring.set_keyring(fail.Keyring())
    key = load_or_create_key(data)

    restore_file = data / "wijkdesk.db.restore"
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and restore_cursor(restore_file, key) == 0:
        time.sleep(0.02)  # until the first pages of the restore are committed
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(30)

    # the interrupted restore never replaced the live file: what is there is consistent
    store = open_store(Paths.resolve(data))
    with store.db.session() as s:
        before = s.scalar(select(func.count()).select_from(Client))
    store.close()
    if killed:
        assert before == 0 and restore_file.exists()

    again = run(["--data-dir", str(data), "sync", "--json"], env)
    assert again.returncode == 0, again.stderr
    pulled = json.loads(again.stdout.strip().splitlines()[-1])["pulled"]
    total = central_http.scalar("SELECT count(*) FROM record")
    if killed:
        assert 0 < pulled < total  # resumed from the last committed page, not from zero
    assert not restore_file.exists()
    store = open_store(Paths.resolve(data))
    with store.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Client)) == 120
    store.close()
