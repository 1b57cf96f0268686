# ruff: noqa: F811 - `desks` is the fixture of test_desktop_sync, taken by name
"""No echo (issue 18): a device never pulls back what it just pushed, its cursor still moves on without
gaps, and a full restore (a new device, an integrity mismatch) still receives everything.

Counts are exact: pushed N, pulled back 0 of those; what is pulled is what others wrote.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text
from test_desktop_sync import Desk, desks, new_client  # noqa: F401

from desktop.models.entities import Client
from desktop.models.outbox import get_setting, set_setting
from desktop.paths import Paths
from desktop.services.conversations import ConversationService
from desktop.store import open_store
from sync.server import admin


def device_of(desk: Desk) -> str:
    with desk.db.session() as s:
        return get_setting(s, "device_id")


def own(central, device_id: str) -> int:
    return central.scalar("SELECT count(*) FROM record WHERE origin_device = :d", d=device_id)


def total(central) -> int:
    return central.scalar("SELECT count(*) FROM record")


def offline_work(desk: Desk, clients: int) -> None:
    for i in range(clients):
        c = new_client(desk, bsn=["111222333", "123456782", "999999990"][i])
        ConversationService(desk.db, desk.actor()).record(
            c.id, {"held_at": "2026-11-20 10:00", "summary_for_client": "Hoi"},
            [{"description": "CV maken", "due_date": "2026-12-01"}])


def test_first_sync_pulls_back_none_of_what_it_pushed_and_a_new_device_gets_all(desks, central):
    creds = central.user("anna")
    a = desks("anna", creds=creds)
    offline_work(a, 3)
    r = a.sync()
    pushed = r.applied
    assert pushed >= 9 and r.rejected == r.conflicts == r.pending == 0
    assert own(central, device_of(a)) == pushed  # every pushed row: this device holds its latest version
    assert not r.restored and r.pulled == total(central) - pushed  # only what others wrote (user, team)
    again = a.sync()
    assert (again.pushed, again.pulled, again.restored) == (0, 0, False)

    b = desks("anna", creds=creds)  # the same coach's new laptop: a restore takes everything
    rb = b.sync()
    assert rb.restored and rb.pulled == total(central)
    assert len(b.rows(Client)) == 3


def test_edits_come_back_only_when_another_device_changed_the_row_in_between(desks, central):
    creds = central.user("anna")
    a, b = desks("anna", creds=creds), desks("anna", creds=creds)
    c = new_client(a)
    a.sync()
    assert b.sync().pulled >= 1

    a.caseload().update(c.id, {"phone": "0612345678"})
    ra = a.sync()
    assert ra.applied >= 2 and ra.pulled == 0  # its edit and audit event do not come back

    # b edits another field on the version before a's edit: the merged row holds a's phone, which b has not
    # seen, so b pulls the row (and a's audit events); a pulls the merged row too (and b's audit events).
    b.caseload().update(c.id, {"email": "ayse@example.nl"})
    rb = b.sync()
    assert rb.conflicts == 0 and rb.pulled == 1 + (ra.applied - 1)
    [row_b] = b.rows(Client)
    assert (row_b.phone, row_b.email) == ("0612345678", "ayse@example.nl")
    assert a.sync().pulled == 1 + (rb.applied - 1)
    [row_a] = a.rows(Client)
    assert (row_a.phone, row_a.email) == ("0612345678", "ayse@example.nl")


def test_a_queue_of_offline_edits_of_one_row_does_not_come_back(desks, central):
    a = desks("anna")
    c = new_client(a)
    a.caseload().update(c.id, {"phone": "0611111111"})
    a.caseload().update(c.id, {"phone": "0622222222", "city": "Rotterdam"})
    r = a.sync()
    mine = own(central, device_of(a))
    assert mine == r.applied - 2  # three mutations of the one client row
    assert r.pulled == total(central) - mine
    data = json.loads(central.scalar("SELECT data FROM record WHERE table_name='client'"))
    [row] = a.rows(Client)
    assert (row.phone, row.city) == (data["phone"], data["city"]) == ("0622222222", "Rotterdam")
    assert a.sync().pulled == 0


def test_rows_that_leave_and_reenter_scope_reach_the_device_that_made_them(desks, central):
    a = desks("anna")
    central.user("bert")
    c = new_client(a)
    a.sync()
    admin.transfer_clients(central.store, "bert", client=c.id)
    assert a.sync().removed >= 1 and a.rows(Client) == []
    admin.transfer_clients(central.store, "anna", client=c.id)
    r = a.sync()
    assert r.pulled >= 1 and [x.id for x in a.rows(Client)] == [c.id]


def test_integrity_restore_gets_the_rows_this_device_pushed(desks, central, clock):
    a = desks("anna")
    new_client(a)
    a.sync()
    with a.db.session() as s:
        s.info["sync_apply"] = True
        s.execute(text("DELETE FROM client"))
    clock.shift(16 * 60)  # the next integrity check is due
    r = a.sync()
    assert r.restored and len(a.rows(Client)) == 1


def test_server_skips_own_rows_and_the_cursor_still_reaches_the_top(central):
    info, token = central.user("carla")
    d1, d2 = central.login(info, token), central.login(info, token)
    ids = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(3)]
    d1.push(*[d1.mut("client", i, coach_id=info.id, bsn="111222333", first_name="A", last_name="B") for i in ids])
    top = central.scalar("SELECT value FROM seq_counter")
    page = d1.http.get("/sync/pull", params={"skip_own": 1, "limit": 1}, headers=d1.headers).json()
    assert [ch["table"] for ch in page["changes"]] in (["team"], ["user"])  # a page of 1: the first not-own change
    page = d1.http.get("/sync/pull", params={"skip_own": 1, "cursor": page["cursor"]}, headers=d1.headers).json()
    assert page["changes"] == [] or {ch["table"] for ch in page["changes"]} <= {"team", "user"}
    assert page["cursor"] == top and not page["has_more"]
    mine = d1.http.get("/sync/pull", params={"skip_own": 1}, headers=d1.headers).json()
    assert not {ch["row_id"] for ch in mine["changes"]} & set(ids)
    assert mine["counts"]["client"] == 3  # counts still count them: the device holds them
    # without skip_own (a restore), and for another device of the same user, they are there
    assert set(ids) <= {ch["row_id"] for ch in d1.pull_all(from_start=True)}
    other = d2.http.get("/sync/pull", params={"skip_own": 1}, headers=d2.headers).json()
    assert set(ids) <= {ch["row_id"] for ch in other["changes"]}


def run(args, env, **kw):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=120, **kw)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_device_killed_during_its_first_push_syncs_again_without_echo(central_http, tmp_path, monkeypatch):
    info, token = central_http.user("dora")
    data = tmp_path / "dora"
    env = {**os.environ, "WIJKDESK_PASSPHRASE": "kill-test-passphrase",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    login = run(["--data-dir", str(data), "login", "--server", str(central_http.http.base_url), "--user", "dora",
                 "--token-stdin"], env, input=token + "\n")
    assert login.returncode == 0, login.stderr
    made = run(["--data-dir", str(data), "demo-data", "--clients", "40", "--seed", "3"], env)
    assert made.returncode == 0, made.stderr

    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "kill-test-passphrase")
    keyring.set_keyring(fail.Keyring())
    store = open_store(Paths.resolve(data))
    with store.db.session() as s:
        set_setting(s, "max_push_batch", "10")  # many small batches: time to kill it halfway
        device = get_setting(s, "device_id")
    store.close()

    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data), "sync"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and own(central_http, device) < 50:
        time.sleep(0.02)  # until some batches are applied on the server
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    if killed:
        assert 0 < own(central_http, device) < 1000

    again = run(["--data-dir", str(data), "sync", "--json"], env)
    assert again.returncode == 0, again.stderr
    r = json.loads(again.stdout.strip().splitlines()[-1])
    pushed = own(central_http, device)
    assert pushed > 900 and r["pending"] == 0 and r["rejected"] == 0, r
    assert r["pulled"] == total(central_http) - pushed  # pushed N, pulled back 0 of those
    last = json.loads(run(["--data-dir", str(data), "sync", "--json"], env).stdout.strip().splitlines()[-1])
    assert (last["pushed"], last["pulled"]) == (0, 0)
    store = open_store(Paths.resolve(data))
    with store.db.session() as s:
        assert s.query(Client).count() == 40
        assert int(get_setting(s, "sync_cursor")) == central_http.scalar("SELECT value FROM seq_counter")
    store.close()
