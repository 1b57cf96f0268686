"""Issue 13, wire hardening: hostile values get a reason (never a 500) on both databases, concurrent sign-ins on
SQLite never fail, and no personal data or secret reaches a log."""

from __future__ import annotations

import logging
import threading
import uuid

import pytest
from sqlalchemy import text

from sync.protocol import check_value


def test_check_value_refuses_nul_and_out_of_range_times():
    assert check_value("str36", "abc\x00") == "contains a NUL character"
    assert check_value("text", "regel 1\nregel 2\ttab") is None
    assert check_value("datetime", "0001-01-01T00:00:00+14:00") == "not a valid datetime"
    assert check_value("datetime", "9999-12-31T23:59:59-14:00") == "not a valid datetime"
    assert check_value("date", "0001-01-01") == "date outside the years 1900-2999"
    assert check_value("datetime", "2026-11-26T10:00:00+01:00") is None


def test_hostile_values_are_refused_with_a_reason(central):
    dev = central.device("anna")
    cid = str(uuid.uuid4())
    dev.push(dev.mut("client", cid, first_name="Anna", coach_id=dev.user_id))
    before = central.snapshot()
    res = dev.push(
        dev.mut("client", first_name="Ann\x00a", coach_id=dev.user_id),
        dev.mut("conversation", client_id=cid[:-1] + "\x00", kind="phone"),
        dev.mut("conversation", client_id=cid, held_at="0001-01-01T00:00:00+14:00"),
        dev.mut("client", cid, "update", base=7, phone="0612345678"),  # a version the server never gave out
        dev.mut("client", cid, "update", base=1, date_of_birth="0001-01-01"),
        dev.mut("client\x00", first_name="x"),
        dev.mut("client", first_name="x", **{"na\x00me": "x"}))
    reasons = [r["reason"] for r in res["results"]]
    assert res["rejected"] == 7, reasons
    assert "unknown table" in reasons[5] and "unknown field" in reasons[6]
    assert "NUL" in reasons[0] and "NUL" in reasons[1] and "datetime" in reasons[2]
    assert "base_version 7 is newer" in reasons[3] and "1900-2999" in reasons[4]
    assert central.snapshot()[0] == before[0]


@pytest.mark.parametrize("name", ["laptop\x00", "laptop\nadmin", "laptop\x1b[31m"])
def test_control_characters_in_device_names_are_422(central, name):
    info, token = central.user("anna")
    r = central.http.post("/auth/login", json={"username": "anna", "device_id": str(uuid.uuid4()),
                                               "device_name": name}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 422 and "control characters" in r.json()["detail"]
    assert central.scalar("SELECT count(*) FROM device") == 0


def test_concurrent_sign_ins_and_handshakes_never_fail(central_http):
    """SQLite: every writer takes the lock up front and waits its turn (busy timeout) instead of failing."""
    info, token = central_http.user("anna")
    statuses: list[int] = []
    lock = threading.Lock()

    def work() -> None:
        dev = central_http.login(info, token)
        for _ in range(2):
            r = dev.http.get("/sync/handshake", headers=dev.headers)
            with lock:
                statuses.append(r.status_code)

    threads = [threading.Thread(target=work) for _ in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 48


def test_a_failing_push_leaks_nothing_into_the_logs(central, caplog, monkeypatch):
    """A statement that fails inside a push, with a BSN, a name and a token hash as its parameters: the
    answer is a bare 500 and no log line holds any of them."""
    from sync.server import push as push_module

    secret_bsn, secret_name = "123456782", "Geheimnaam"
    info, token = central.user("anna")
    dev = central.login(info, token)
    token_hash = central.scalar("SELECT token_hash FROM device")

    def failing(conn, recs, meanwhile=None):  # noqa: ANN001, ANN202
        conn.execute(text("INSERT INTO no_such_table (a, b, c) VALUES (:bsn, :name, :hash)"),
                     {"bsn": secret_bsn, "name": secret_name, "hash": token_hash})

    monkeypatch.setattr(push_module, "write_records", failing)
    caplog.set_level(logging.DEBUG)
    r = dev.push_raw([dev.mut("client", bsn=secret_bsn, first_name=secret_name, coach_id=dev.user_id)])
    assert r.status_code == 500 and r.json() == {"error": "internal", "detail": "internal server error"}
    logged = caplog.text + "".join(
        f"{rec.getMessage()} {rec.exc_text or ''}" for rec in caplog.records)
    assert "no_such_table" in logged  # the failure itself is logged ...
    for secret in (secret_bsn, secret_name, token_hash, token, dev.token):
        assert secret not in logged  # ... without the values


def test_sqlite_store_and_its_folder_are_private(tmp_path, monkeypatch):
    import platformdirs

    from sync.server.cli import default_db_url
    from sync.server.db import Store
    from sync.server.migrate import migrate

    folder = tmp_path / "server-data"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(folder))
    url = default_db_url()
    assert (folder.stat().st_mode & 0o777) == 0o700
    store = Store(url)
    migrate(store.engine)
    store.dispose()
    for f in folder.iterdir():
        assert (f.stat().st_mode & 0o777) == 0o600, f
