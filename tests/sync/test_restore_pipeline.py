"""The restore's pipeline (issue 18): pages asked for during start-up (sync/early.py) and fetched ahead, rows
written by SQLite from the wire values; the push checks its answers off the path to the next request."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import func, select

from desktop.models.entities import Client, Conversation
from desktop.paths import Paths
from desktop.store import open_store
from sync import early
from sync.client import SyncClient, SyncError
from sync.credentials import load_token
from sync.device.restore import checked_page
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


def test_first_sync_restores_everything_through_the_early_pages(central_http, tmp_path, monkeypatch):
    """A first sync as the command line runs it (the probe starts the early pages), in small pages: every
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
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "pipeline-test-passphrase")
    import keyring
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    assert counts(data) == (central_http.scalar("SELECT count(*) FROM record WHERE table_name = 'client'"),
                            central_http.scalar("SELECT count(*) FROM record WHERE table_name = 'conversation'"))


def test_early_pages_are_used_only_for_their_store_and_token(central_http, tmp_path):
    """In-process: pages asked for early are taken by a restore against the same store and token, and the
    rest is fetched by the restore itself; against another address they are dropped (and the thread ends)."""
    data = tmp_path / "dina"
    seeded = seed_demo(central_http.store, "dina", 40, seed=8)
    from desktop.commands.syncing import sign_in
    store = open_store(Paths.resolve(data))
    try:
        with httpx.Client(base_url=str(central_http.http.base_url), timeout=30) as http:
            sign_in(store, http, "dina", seeded.tokens["dina"])
            token = load_token(store.db)
            early.start("http://127.0.0.1:9/", token, "0", 5)  # another address: never taken
            assert early.take(str(http.base_url), token) is None
            early.start(str(http.base_url), token, "0", 5)
            client = SyncClient(store.db, http, token, page_size=11)
            result = client.sync()
            assert early.take(str(http.base_url), token) is None  # taken once
        assert result.restored and result.pulled == central_http.scalar("SELECT count(*) FROM record")
        with store.db.session() as s:
            assert s.scalar(select(func.count()).select_from(Client)) == 40
    finally:
        store.close()


def test_no_early_pages_over_plain_http_to_another_machine():
    early.start("http://wijkdesk.example.nl", "secret", "0", 5)
    assert early.take("http://wijkdesk.example.nl", "secret") is None
