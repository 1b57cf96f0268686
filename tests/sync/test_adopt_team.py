"""Offline work made before the first sign-in sits in a team invented on this device; the first sync moves it
to the user's team (sync/adopt_team.py) in the local rows and in the queued changes, so the store takes it."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from desktop.models.entities import Client, OutboxMutation, Team
from desktop.paths import Paths
from desktop.services.demo_data import generate_caseload
from desktop.services.sign_in import sign_in
from desktop.store import open_store
from sync.client import SyncClient
from sync.credentials import load_token


def test_offline_clients_move_to_the_users_team_and_the_store_takes_them(central, tmp_path: Path):
    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        generate_caseload(store.db, store.actor(), 6, seed=5)
        with store.db.session() as s:
            local_team = s.scalar(select(Team.id).where(Team.version == 0))
            before = {m.mutation_id: json.loads(m.fields_json) for m in s.scalars(select(OutboxMutation))}
        assert local_team is not None
        assert sum(1 for f in before.values() if f.get("team_id") == local_team) >= 6

        info, token = central.user("anna")
        sign_in(store, central.http, info.username, token)
        r = SyncClient(store.db, central.http, load_token(store.db) or "", sleep=lambda _s: None).sync()

        assert r.rejected == 0 and r.pending == 0 and r.applied == len(before)
        team = str(info.team_id)
        with store.db.session() as s:
            assert set(s.scalars(select(Client.team_id))) == {team}
        assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 6
        stored = central.scalar("SELECT count(*) FROM record WHERE table_name = 'client' AND team_id = :t", t=team)
        assert stored == 6
    finally:
        store.close()


def test_only_the_team_of_queued_clients_is_rewritten(central, tmp_path: Path):
    """Every other field of a queued client, non-ASCII names included, and every other table's change stay as
    they were."""
    from sync.adopt_team import adopt_local_team

    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        generate_caseload(store.db, store.actor(), 3, seed=6)
        with store.db.session() as s:
            local_team = s.scalar(select(Team.id).where(Team.version == 0))
            before = {m.mutation_id: (m.table_name, json.loads(m.fields_json)) for m in s.scalars(select(OutboxMutation))}
        changed = adopt_local_team(store.db, "11111111-2222-3333-4444-555555555555")
        with store.db.session() as s:
            after = {m.mutation_id: (m.table_name, json.loads(m.fields_json)) for m in s.scalars(select(OutboxMutation))}
        assert changed == sum(1 for t, f in before.values() if t == "client" and f.get("team_id") == local_team) >= 3
        for mid, (table, fields) in before.items():
            expected = dict(fields)
            if table == "client" and fields.get("team_id") == local_team:
                expected["team_id"] = "11111111-2222-3333-4444-555555555555"
            assert after[mid] == (table, expected)
    finally:
        store.close()


def test_offline_audit_events_take_the_signed_in_identity_and_do_not_come_back(central, tmp_path: Path):
    """The store stamps pushed audit events with the signed-in user; the queued ones are given that identity at
    the handshake, so the first sync pulls none of them back and the local trail says what the central one says."""
    from desktop.models.entities import AuditEvent

    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        generate_caseload(store.db, store.actor(), 4, seed=7)
        with store.db.session() as s:
            events = s.scalar(select(func.count()).select_from(AuditEvent))
            offline_users = set(s.scalars(select(AuditEvent.username)))
        assert events >= 4 and "anna" not in offline_users

        info, token = central.user("anna")
        sign_in(store, central.http, info.username, token)
        r = SyncClient(store.db, central.http, load_token(store.db) or "", sleep=lambda _s: None).sync()

        assert r.rejected == 0 and r.pending == 0
        assert r.pulled <= 2  # the user's own user and team rows at most: no audit event comes back
        with store.db.session() as s:
            assert set(s.scalars(select(AuditEvent.user_id))) == {str(info.id)}
            assert set(s.scalars(select(AuditEvent.username))) == {"anna"}
        stored = central.scalar("SELECT count(*) FROM record WHERE table_name = 'audit_event' AND data LIKE :u",
                                u='%"username":"anna"%')
        assert stored == events
    finally:
        store.close()


def test_the_identity_is_adopted_once_per_signed_in_identity(tmp_path: Path):
    """The handshake of every sync asks for it: after the first time for an identity it does nothing (the
    events made since carry that identity); another identity on this device is adopted again."""
    from desktop.models.entities import AuditEvent
    from sync.adopt_team import adopt_local_identity

    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        generate_caseload(store.db, store.actor(), 3, seed=3)
        with store.db.session() as s:
            events = s.scalar(select(func.count()).select_from(AuditEvent))
        assert adopt_local_identity(store.db, "00000000-0000-4000-8000-00000000000a", "anna") == events
        assert adopt_local_identity(store.db, "00000000-0000-4000-8000-00000000000a", "anna") == 0
        with store.db.session() as s:
            queued = [json.loads(f) for f in s.scalars(select(OutboxMutation.fields_json).where(
                OutboxMutation.table_name == "audit_event"))]
        assert {q["username"] for q in queued} == {"anna"}
        assert adopt_local_identity(store.db, "00000000-0000-4000-8000-00000000000b", "bert") == events
        with store.db.session() as s:
            assert set(s.scalars(select(AuditEvent.username))) == {"bert"}
    finally:
        store.close()


def test_signing_in_files_the_offline_work_under_the_team_at_once(central, tmp_path: Path):
    """sign_in shakes hands right away (desktop/services/sign_in.py): the offline work takes the user's team
    and identity before any sync, and nothing is sent yet."""
    from desktop.models.entities import AuditEvent

    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        generate_caseload(store.db, store.actor(), 3, seed=8)
        info, token = central.user("anna")
        sign_in(store, central.http, info.username, token)
        team = str(info.team_id)
        with store.db.session() as s:
            assert set(s.scalars(select(Client.team_id))) == {team}
            assert set(s.scalars(select(AuditEvent.username))) == {"anna"}
            queued = [json.loads(f) for f in s.scalars(select(OutboxMutation.fields_json).where(
                OutboxMutation.table_name == "client"))]
        assert len(queued) == 3 and {q["team_id"] for q in queued} == {team}
        assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'client'") == 0
    finally:
        store.close()


def test_a_failing_handshake_after_signing_in_leaves_the_sign_in_standing(central, tmp_path: Path, monkeypatch):
    """The handshake at sign-in is best effort: a malformed answer is left to the first sync."""
    import httpx

    from sync.client import SyncClient as Client

    real_call = Client._call

    def call(self, method, path, **kw):  # noqa: ANN001, ANN202 - the store answers the handshake with nonsense
        if path == "/sync/handshake":
            return httpx.Response(200, json={"user": 5}, request=httpx.Request(method, "http://x" + path))
        return real_call(self, method, path, **kw)

    monkeypatch.setattr(Client, "_call", call)
    store = open_store(Paths.resolve(tmp_path / "offline"))
    try:
        info, token = central.user("anna")
        answer = sign_in(store, central.http, info.username, token)
        assert str(answer.user_id) == str(info.id) and load_token(store.db)
    finally:
        store.close()
