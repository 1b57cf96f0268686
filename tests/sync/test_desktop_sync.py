"""The desktop's sync client against the real central store (in-process, SQLite and PostgreSQL).

Invariant checked on every round: pushed = applied + conflicted + rejected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from desktop.models.entities import Agreement, AuditEvent, Client, Conversation, OutboxMutation
from desktop.models.outbox import get_setting, set_setting
from desktop.paths import Paths
from desktop.services import sync_review
from desktop.services.caseload import CaseloadService
from desktop.services.conversations import ConversationService
from desktop.services.sign_in import sign_in
from desktop.store import Store, open_store
from sync.client import (
    AuthRequired,
    DeviceRevoked,
    Offline,
    SyncClient,
    SyncResult,
    open_conflicts,
    rejected,
    resolve_conflict,
)
from sync.credentials import load_token
from sync.protocol import DESKTOP_SCHEMAS
from sync.server import admin, parked


@dataclass
class Desk:
    store: Store
    http: httpx.Client

    @property
    def db(self):
        return self.store.db

    def actor(self):
        return self.store.actor()

    def client(self, http: httpx.Client | None = None, **kw) -> SyncClient:
        kw.setdefault("retries", 2)
        return SyncClient(self.db, http or self.http, load_token(self.db) or "", sleep=lambda _s: None,
                          on_revoked=self.store.wipe, **kw)

    def sync(self, http: httpx.Client | None = None, **kw) -> SyncResult:
        r = self.client(http, **kw).sync()
        assert r.pushed == r.applied + r.conflicts + r.rejected
        return r

    def caseload(self) -> CaseloadService:
        return CaseloadService(self.db, self.actor())

    def rows(self, model, **where):
        with self.db.session() as s:
            q = select(model)
            for k, v in where.items():
                q = q.where(getattr(model, k) == v)
            out = s.scalars(q).all()
            s.expunge_all()
            return out


@pytest.fixture
def desks(central, tmp_path: Path):
    made: list[Store] = []

    def make(name: str, role: str = "coach", creds=None) -> Desk:
        info, token = creds or central.user(name, role)
        store = open_store(Paths.resolve(tmp_path / f"{name}-{len(made)}"))
        sign_in(store, central.http, info.username, token)
        made.append(store)
        return Desk(store, central.http)

    yield make
    for st in made:
        try:
            st.close()
        except Exception:  # noqa: BLE001 - a wiped store is already closed
            pass


def new_client(desk: Desk, bsn: str = "111222333", **kw):
    return desk.caseload().create({"bsn": bsn, "first_name": "Ayşe", "last_name": "Çelik",
                                   "postcode": "3071 AB", **kw})


def test_first_sync_pushes_offline_work_and_pulls_the_rest_in_place(desks, central):
    a = desks("anna")
    c = new_client(a)
    ConversationService(a.db, a.actor()).record(c.id, {"held_at": "2026-11-20 10:00", "summary_for_client": "Hoi"},
                                                [{"description": "CV maken", "due_date": "2026-12-01"}])
    r = a.sync()
    # no echo: what was pushed does not come back, so there is nothing to restore into a new file
    assert not r.restored and r.rejected == 0 and r.conflicts == 0 and r.pending == 0
    assert r.pulled == central.scalar("SELECT count(*) FROM record") - r.applied
    assert r.applied >= 4  # client, conversation, agreement, audit events
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 1
    local = a.rows(Client)
    assert [x.version for x in local] == [1] and local[0].last_name == "Çelik"
    # the restore writes SQLite's stored forms directly: they read back as the same Python values
    [conv] = a.rows(Conversation)
    [agreement] = a.rows(Agreement)
    assert conv.held_at == datetime(2026, 11, 20, 10, 0) and conv.planned is False
    assert agreement.due_date == date(2026, 12, 1) and agreement.shared_with_specialists is False
    assert local[0].werknl_exempt is False and local[0].postcode == "3071 AB"
    assert ConversationService(a.db, a.actor()).list_for_client(c.id)[0].held_at == conv.held_at
    again = a.sync()
    assert (again.pushed, again.pulled, again.restored) == (0, 0, False)


def test_lost_push_answer_is_retried_without_duplicates(desks, central):
    a = desks("anna")
    new_client(a)
    a.sync()
    a.caseload().update(a.rows(Client)[0].id, {"phone": "0612345678"})

    class LosesFirstPushAnswer(httpx.Client):
        lost = 0

    http = central.http
    original = http.request

    def flaky(method, url, **kw):
        resp = original(method, url, **kw)
        if "push" in str(url) and LosesFirstPushAnswer.lost == 0:
            LosesFirstPushAnswer.lost += 1
            raise httpx.ReadTimeout("answer lost")
        return resp

    http.request = flaky  # type: ignore[method-assign]
    try:
        r = a.sync()
    finally:
        http.request = original  # type: ignore[method-assign]
    assert LosesFirstPushAnswer.lost == 1
    assert r.rejected == 0 and r.conflicts == 0 and r.pending == 0
    assert central.scalar("SELECT version FROM record WHERE table_name='client'") == 2
    assert central.scalar("SELECT count(*) FROM conflict") == 0


def test_two_devices_fields_merge_and_same_field_conflicts(desks, central):
    info, token = central.user("anna")
    a1, a2 = desks("anna", creds=(info, token)), desks("anna", creds=(info, token))
    new_client(a1)
    a1.sync()
    a2.sync()
    cid = a1.rows(Client)[0].id
    a1.caseload().update(cid, {"phone": "0611111111", "city": "Rotterdam"})
    a2.caseload().update(cid, {"email": "ayse@example.nl", "city": "Schiedam"})
    assert a1.sync().conflicts == 0
    r2 = a2.sync()
    assert r2.conflicts == 1
    for d in (a1, a2):
        d.sync()
    c1, c2 = a1.rows(Client)[0], a2.rows(Client)[0]
    assert (c1.phone, c1.email, c1.city) == (c2.phone, c2.email, c2.city) == ("0611111111", "ayse@example.nl",
                                                                                 "Rotterdam")
    [conflict] = open_conflicts(a2.db)
    assert (conflict.field, json.loads(conflict.mine_json), json.loads(conflict.theirs_json)) == (
        "city", "Schiedam", "Rotterdam")
    resolve_conflict(a2.db, conflict.id, "mine")
    assert a2.sync().conflicts == 0
    a1.sync()
    assert a1.rows(Client)[0].city == "Schiedam" and open_conflicts(a2.db) == []


def test_delete_wins_over_edit_and_edit_is_kept_as_conflict(desks, central):
    info, token = central.user("anna")
    a1, a2 = desks("anna", creds=(info, token)), desks("anna", creds=(info, token))
    new_client(a1)
    a1.sync()
    a2.sync()
    cid = a1.rows(Client)[0].id
    a1.caseload().delete(cid)
    a2.caseload().update(cid, {"phone": "0622222222"})
    a1.sync()
    r = a2.sync()
    assert r.conflicts == 1
    assert a2.rows(Client)[0].deleted_at is not None
    assert [c.field for c in open_conflicts(a2.db)] == ["phone"]


def test_one_invalid_mutation_does_not_block_the_queue(desks, central):
    a = desks("anna")
    new_client(a)
    with a.db.session() as s:
        s.add(OutboxMutation(device_id=get_setting(s, "device_id"), seq=0, table_name="client",
                             row_id="00000000-0000-4000-8000-000000000001", op="insert",
                             fields_json='{"shoe_size": 44}', base_version=0, schema_version="0003"))
    new_client(a, bsn="123456782")
    r = a.sync()
    assert r.rejected == 1 and r.pending == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 2
    [(table, _row, reason, _when)] = rejected(a.db)
    assert table == "client" and "shoe_size" in reason


def test_push_in_batches_forgets_only_what_was_answered(desks, central):
    """Each answered batch leaves the outbox with its stored answer; a change saved during the push stays queued."""
    a = desks("anna")
    for bsn in ("111222333", "123456782", "100000009"):
        new_client(a, bsn=bsn)
    with a.db.session() as s:
        queued = s.scalar(select(func.count()).select_from(OutboxMutation))
    late: list[str] = []

    def progress(phase: str, done: int, total: int | None) -> None:
        if phase == "push" and done == total and not late:  # the user saves a client as the last batch lands
            late.append(new_client(a, bsn="100000010").id)

    r = a.client(push_batch=2, on_progress=progress).push()
    assert r.pushed == r.applied == queued and late
    with a.db.session() as s:
        left = s.scalars(select(OutboxMutation.row_id).where(OutboxMutation.state == "pending")).all()
    assert late[0] in left and len(left) < queued
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 3
    assert a.sync().rejected == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 4


def test_push_cut_off_midway_keeps_only_the_unanswered(desks, central):
    """The connection drops after the first batch: its rows leave the outbox (answered and stored), the
    rest stay queued and go with the next sync."""
    a = desks("anna")
    for bsn in ("111222333", "123456782"):
        new_client(a, bsn=bsn)
    with a.db.session() as s:
        queued = s.scalar(select(func.count()).select_from(OutboxMutation))
    pushes: list[int] = []
    original = central.http.request

    def drops_after_first(method, url, **kw):
        if "push" in str(url):
            pushes.append(1)
            if len(pushes) > 1:
                raise httpx.ConnectError("gone")
        return original(method, url, **kw)

    central.http.request = drops_after_first  # type: ignore[method-assign]
    try:
        with pytest.raises(Offline):
            a.client(push_batch=2).push()
    finally:
        central.http.request = original  # type: ignore[method-assign]
    with a.db.session() as s:
        left = s.scalar(select(func.count()).select_from(OutboxMutation).where(OutboxMutation.state == "pending"))
    assert left == queued - 2
    r = a.sync()
    assert r.pushed == left and r.rejected == 0 and r.pending == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 2


def test_push_batches_follow_what_the_server_takes(desks, central, monkeypatch):
    """The handshake tells how many mutations one push may carry; a server that never said takes 500."""
    a = desks("anna")
    a.sync()
    with a.db.session() as s:
        assert get_setting(s, "max_push_batch") == "1000"
    # A server that takes at most two (the handshake, sent on every sync once the store's epoch is known).
    monkeypatch.setattr("sync.server.app.MAX_PUSH_BATCH", 2)
    for bsn in ("111222333", "123456782"):
        new_client(a, bsn=bsn)
    sizes: list[int] = []
    original = central.http.request

    def counting(method, url, **kw):
        if "push" in str(url):
            sizes.append(len(json.loads(kw["content"])["mutations"]))
        return original(method, url, **kw)

    central.http.request = counting  # type: ignore[method-assign]
    try:
        r = a.sync()
    finally:
        central.http.request = original  # type: ignore[method-assign]
    assert r.rejected == 0 and r.pending == 0 and sizes and max(sizes) == 2 and sum(sizes) == r.pushed


def test_interrupted_pull_resumes_from_last_page(desks, central):
    a = desks("anna")
    for i, bsn in enumerate(["111222333", "123456782", "012345672", "100000009", "100000010"]):
        new_client(a, bsn=bsn, last_name=f"Naam{'abcde'[i]}")
    a.sync()
    fresh = desks("anna2")  # another coach: sees nothing of anna
    assert fresh.sync().pulled >= 0 and fresh.rows(Client) == []

    info, token = central.user("anna3")
    admin.add_deputy(central.store, "anna", "anna3")
    d = desks("anna3", creds=(info, token))
    d.sync()  # first sync = restore
    cursor_after_restore = int(get_setting_db(d, "sync_cursor"))
    # five more changes, pulled two per page; the connection dies after the first page
    for c in a.rows(Client):
        a.caseload().update(c.id, {"city": "Rotterdam"})
    a.sync()
    http = central.http
    original = http.request
    calls = {"pull": 0}

    def dies_after_one_page(method, url, **kw):
        if "pull" in str(url):
            calls["pull"] += 1
            if calls["pull"] > 1:
                raise httpx.ConnectError("cable pulled")
        return original(method, url, **kw)

    http.request = dies_after_one_page  # type: ignore[method-assign]
    try:
        with pytest.raises(Offline):
            d.sync(page_size=2, retries=0)
    finally:
        http.request = original  # type: ignore[method-assign]
    mid = int(get_setting_db(d, "sync_cursor"))
    assert mid > cursor_after_restore  # the first page was committed with its cursor
    r = d.sync(page_size=2)
    assert not r.restored
    assert sorted(c.city for c in d.rows(Client)) == ["Rotterdam"] * 5


def get_setting_db(desk: Desk, key: str) -> str | None:
    with desk.db.session() as s:
        return get_setting(s, key)


def test_transfer_parks_pending_edits_and_keeps_them_refused(desks, central, tmp_path):
    a = desks("anna")
    b_info, b_token = central.user("bert")
    c = new_client(a)
    ConversationService(a.db, a.actor()).record(c.id, {"held_at": "2026-11-20 10:00", "summary_for_client": "x"})
    a.sync()
    a.caseload().update(c.id, {"phone": "0633333333"})  # pending when the transfer happens
    admin.transfer_clients(central.store, "bert", client=c.id)
    r = a.sync()
    # the transfer ended anna's access: her edit is refused and parked, the client leaves her device,
    # and the refused edit stays in her refused list (with its values) until she dismisses it
    assert r.rejected >= 1 and r.removed >= 2
    assert a.rows(Client) == [] and a.rows(Conversation) == []
    [kept] = [v for v in sync_review.refused(a.db) if "phone" in v.fields]
    assert "bewaard" in kept.reason
    a.sync()
    assert [v.mutation_id for v in sync_review.refused(a.db)] == [kept.mutation_id]
    out = tmp_path / "refused.json"
    assert sync_review.export_refused(a.db, a.actor(), out) == len(sync_review.refused(a.db))
    assert "0633333333" in out.read_text() and (out.stat().st_mode & 0o777) == 0o600
    b = desks("bert", creds=(b_info, b_token))
    b.sync()
    [moved] = b.rows(Client)
    assert moved.phone != "0633333333" and moved.coach_id == b_info.id
    assert len(b.rows(Conversation)) == 1
    [parked_id] = [r[0] for r in central.rows("SELECT id FROM parked_change WHERE table_name = 'client'")]
    assert parked.resolve(central.store, parked_id, "bert", apply=True) == "applied"
    b.sync()
    assert b.rows(Client)[0].phone == "0633333333"


def test_specialist_device_holds_only_what_it_may_see(desks, central, tmp_path):
    admin_url = central.url
    from sync.server.cli import main as server_main

    spec_info, spec_token = central.user("rik", role="specialist")
    assert server_main(["--db", admin_url, "seed-demo", "--coach", "carla", "--clients", "12",
                        "--specialist", "rik", "--seed", "3"]) == 0
    s = desks("rik", creds=(spec_info, spec_token))
    s.sync()
    clients = s.rows(Client)
    assert clients, "the specialist should see the clients of their placements"
    assert all(c.bsn == "" and c.street is None and c.date_of_birth is None for c in clients)
    assert s.rows(Conversation) == []
    with s.db.session() as ses:
        for table in ("signal", "absence", "call_attempt", "profile_entry", "audit_event", "conversation"):
            assert ses.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    agreements = s.rows(Agreement)
    assert agreements and all(a.shared_with_specialists for a in agreements)


def test_restore_keeps_pending_local_work(desks, central):
    a = desks("anna")
    c = new_client(a)
    a.sync()
    a.caseload().update(c.id, {"phone": "0644444444"})
    new_client(a, bsn="123456782")
    # corrupt the local copy: a synced row vanishes -> integrity mismatch at the next pull
    with a.db.session() as s:
        s.info["sync_apply"] = True
        s.execute(text("DELETE FROM audit_event WHERE version > 0"))
    client = a.client()
    client.full_restore()  # before pushing: the outbox must survive
    assert {x.phone for x in a.rows(Client)} >= {"0644444444"}
    assert len(a.rows(Client)) == 2
    r = a.sync()
    assert r.pending == 0 and r.rejected == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 2
    assert a.rows(AuditEvent)  # restored


def test_integrity_mismatch_triggers_restore(desks, clock):
    a = desks("anna")
    new_client(a)
    a.sync()  # a first sync checks the counts at its end; the next check is due 15 minutes later
    with a.db.session() as s:
        s.info["sync_apply"] = True
        s.execute(text("DELETE FROM client"))
    clock.shift(16 * 60)
    r = a.sync()
    assert r.restored and len(a.rows(Client)) == 1


def test_stale_cursor_triggers_restore(desks):
    a = desks("anna")
    new_client(a)
    a.sync()
    with a.db.session() as s:
        set_setting(s, "sync_cursor", "999999999")
    r = a.sync()
    assert r.restored and len(a.rows(Client)) == 1


def test_revoked_device_wipes_local_data(desks, central):
    a = desks("anna")
    new_client(a)
    a.sync()
    admin.revoke_devices(central.store, username="anna")
    with pytest.raises(DeviceRevoked, match="gewist"):
        a.sync()
    assert not a.store.paths.database.exists()
    assert not list(a.store.paths.data_dir.glob("wijkdesk.db*"))


def test_unknown_token_asks_to_sign_in_again_and_keeps_work(desks):
    a = desks("anna")
    new_client(a)
    bad = SyncClient(a.db, a.http, "not-a-token", sleep=lambda _s: None)
    with pytest.raises(AuthRequired):
        bad.sync()
    with a.db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation)) > 0


def test_too_old_desktop_is_told_to_update_and_keeps_its_outbox(desks):
    from sync.client import ClientTooOld

    a = desks("anna")
    new_client(a)
    with a.db.session() as s:
        set_setting(s, "schema_version", "0001")
    with pytest.raises(ClientTooOld, match="bijwerken|Werk Wijkdesk bij"):
        a.sync()
    with a.db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.state == "pending")) > 0


def test_one_version_behind_still_syncs(desks, central):
    a = desks("anna")
    new_client(a)
    with a.db.session() as s:
        set_setting(s, "schema_version", DESKTOP_SCHEMAS[-2])
    r = a.sync()
    assert r.rejected == 0 and r.pending == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 1


def test_a_push_answer_that_does_not_fit_its_batch_keeps_the_changes_pending(desks, central):
    """Each push answer is checked off the path to the next request (sync/device/push.py): an answer that
    does not match its batch still ends the sync with an error, and the batch stays pending, sent again."""
    from sync.client import SyncError, pending_count

    a = desks("anna")
    a.sync()
    for bsn in ("111222333", "123456782"):
        new_client(a, bsn=bsn)
    original = central.http.request

    def short(method, url, **kw):
        resp = original(method, url, **kw)
        if "push" not in str(url):
            return resp
        body = resp.json()
        body["results"] = body["results"][:1]
        headers = {k: v for k, v in resp.headers.items() if k.lower() not in ("content-length", "content-encoding")}
        return httpx.Response(resp.status_code, headers=headers, content=json.dumps(body).encode())

    central.http.request = short  # type: ignore[method-assign]
    try:
        with pytest.raises(SyncError):
            a.client().sync()
    finally:
        central.http.request = original  # type: ignore[method-assign]
    assert pending_count(a.db) > 0
    r = a.sync()  # sent again: the store answers from its record of mutation ids
    assert r.pending == 0 and r.rejected == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 2
