"""Issue 13: an audit trail the central store vouches for, users that can be stopped, limited sign-ins."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sync.server import users
from sync.server.audit import AuditQuery, list_events
from sync.server.cli import main
from sync.server.hardening import USER_LIMIT


def _client(dev, bsn="123456782"):
    cid = str(uuid.uuid4())
    dev.push(dev.mut("client", cid, bsn=bsn, first_name="Anna", last_name="Jansen", coach_id=dev.user_id))
    return cid


def _event(dev, **fields):
    base = {"at": "2020-01-01T00:00:00", "action": "view", "entity": "client", "username": "iemand-anders",
            "user_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4())}
    return dev.mut("audit_event", **{**base, **fields})


def test_every_role_leaves_a_trace_with_the_tokens_identity(central):
    coach = central.device("carl")
    cid = _client(coach)
    specialist = central.device("sam", role="specialist")
    lead = central.device("lea", role="team_lead")
    pushed = [(coach, _event(coach, client_id=cid, entity_id=cid)),
              (coach, _event(coach, action="export", entity="caseload", purpose="export caseload")),
              (specialist, _event(specialist, client_id=cid)),
              (lead, _event(lead, action="view", entity="figures"))]
    for dev, ev in pushed:
        res = dev.push(ev)
        assert res["applied"] == 1, res
    events = list_events(central.store, AuditQuery())
    assert len(events) == 4
    by_id = {e["id"]: e for e in events}
    for dev, ev in pushed:
        e = by_id[ev["row_id"]]
        # who and from where come from the token, never from what the device wrote
        assert (e["username"], e["user_id"], e["device_id"]) == (dev.user.username, dev.user_id, dev.device_id)
        assert e["received_at"] and e["received_at"] != "2020-01-01T00:00:00Z"
        assert e["at"] == "2020-01-01T00:00:00Z"  # as claimed, kept apart from received_at
    # the coach's event about their own client is also a synced record, with the stamped identity
    data = json.loads(central.scalar("SELECT data FROM record WHERE table_name='audit_event' AND row_id=:id",
                                     id=pushed[0][1]["row_id"]))
    assert data["username"] == "carl" and data["device_id"] == coach.device_id
    assert [e["id"] for e in list_events(central.store, AuditQuery(client="123456782"))] == [
        ev["row_id"] for dev, ev in pushed if ev["fields"].get("client_id")]
    assert len(list_events(central.store, AuditQuery(user="sam"))) == 1


def test_audit_rows_cannot_be_changed_or_removed(central):
    coach = central.device("carl")
    ev = _event(coach, action="export", entity="caseload")
    coach.push(ev)
    again = coach.push(coach.mut("audit_event", ev["row_id"], "insert", purpose="anders"))["results"][0]
    assert again["status"] == "rejected" and "append-only" in again["reason"]
    gone = coach.push(coach.mut("audit_event", ev["row_id"], "update", base=1, deleted_at="2026-01-01T00:00:00"))
    assert gone["rejected"] == 1
    for sql in ("UPDATE audit_log SET username = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError), central.store.engine.begin() as conn:
            conn.execute(text(sql))
    assert central.scalar("SELECT count(*) FROM audit_log") == 1


def test_audit_list_command(central, capsys):
    coach = central.device("carl")
    cid = _client(coach, bsn="111222333")
    coach.push(_event(coach, client_id=cid, entity_id=cid, purpose="gesprek"))
    assert main(["--db", central.url, "audit", "list", "--client", "111222333", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["username"], r["client_id"], r["device_name"]) for r in rows] == [("carl", cid, "carl-laptop")]
    assert main(["--db", central.url, "audit", "list", "--user", "carl", "--from", "2000-01-01"]) == 0
    assert "carl" in capsys.readouterr().out
    assert main(["--db", central.url, "audit", "list", "--user", "nobody"]) == 1
    assert "no user named" in capsys.readouterr().err
    assert main(["--db", central.url, "audit", "list", "--from", "gisteren"]) == 2


def test_disabled_user_is_stopped_everywhere(central, capsys):
    info, token = central.user("carl")
    dev = central.login(info, token)
    assert dev.http.get("/sync/handshake", headers=dev.headers).status_code == 200
    assert main(["--db", central.url, "user", "disable", "carl"]) == 0
    assert "1 device(s) revoked" in capsys.readouterr().out
    r = dev.http.get("/sync/pull", headers=dev.headers)
    assert r.status_code == 403 and r.json()["error"] == "revoked"
    # the user token cannot register a new device either
    r = central.http.post("/auth/login", json={"username": "carl", "device_id": str(uuid.uuid4()),
                                               "device_name": "nieuw"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]
    assert main(["--db", central.url, "user", "list"]) == 0
    assert "(disabled)" in capsys.readouterr().out
    assert main(["--db", central.url, "user", "enable", "carl"]) == 0
    capsys.readouterr()
    fresh = central.login(info, token)  # a new device works again; the revoked one stays revoked
    assert fresh.http.get("/sync/handshake", headers=fresh.headers).status_code == 200
    assert dev.http.get("/sync/handshake", headers=dev.headers).status_code == 403


def test_new_user_token_replaces_the_old_one(central, capsys):
    info, old = central.user("carl")
    assert main(["--db", central.url, "user", "token", "carl"]) == 0
    new = capsys.readouterr().out.strip().splitlines()[-1]
    assert new != old
    body = {"username": "carl", "device_id": str(uuid.uuid4()), "device_name": "laptop"}
    assert central.http.post("/auth/login", json=body, headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert central.login(info, new)
    assert main(["--db", central.url, "user", "token", "niemand"]) == 1


def test_failed_sign_ins_are_limited(central, clock):
    info, token = central.user("carl")
    body = {"username": "carl", "device_id": str(uuid.uuid4()), "device_name": "laptop"}
    for _ in range(USER_LIMIT):
        r = central.http.post("/auth/login", json=body, headers={"Authorization": "Bearer fout"})
        assert r.status_code == 401
    r = central.http.post("/auth/login", json=body, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 429 and r.json()["error"] == "too_many_requests"
    wait = int(r.headers["Retry-After"])
    assert 0 < wait <= 15 * 60
    # another user from the same address is not stopped by carl's failures
    other, other_token = central.user("dina")
    assert central.login(other, other_token)
    clock.shift(wait + 1)
    assert central.login(info, token)


def test_disable_revokes_concurrently_signed_in_devices(central):
    info, token = central.user("carl")
    devs = [central.login(info, token) for _ in range(3)]
    assert users.disable_user(central.store, "carl") == 3
    assert all(d.http.get("/sync/handshake", headers=d.headers).status_code == 403 for d in devs)
