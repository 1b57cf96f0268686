"""Policy settings in one place (`wijkdesk-server settings show|set`), sent in the handshake and used by the
desktop offline; `wijkdesk-server check-policy` lists stored records that break a rule and changes nothing."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from sqlalchemy import insert

from desktop.models.outbox import get_setting
from desktop.models.policy_settings import POLICY_SETTINGS_KEY, read_policy_settings
from sync import clock as sync_clock
from sync.protocol import Handshake
from sync.server.cli import main
from sync.server.models import T_RECORD


def run(capsys, db, *args):
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_show_and_set(capsys, db_url):
    code, out, _ = run(capsys, db_url, "settings", "show")
    assert code == 0 and "letter_wait_working_days" in out and "(default; default 5, 0..30)" in out
    code, out, _ = run(capsys, db_url, "settings", "set", "letter_wait_working_days", "7")
    assert code == 0 and "letter_wait_working_days = 7" in out
    code, out, _ = run(capsys, db_url, "settings", "show")
    assert "letter_wait_working_days             7  (set; default 5" in out
    for key, value, why in (("nonsense", "1", "onbekende instelling"), ("sanction_max_months", "12", "buiten"),
                            ("tenzij_min_attempts", "drie", "geheel getal")):
        code, _out, err = run(capsys, db_url, "settings", "set", key, value)
        assert code == 1 and why in err
    code, _out, err = run(capsys, db_url, "settings", "set", "sanction_min_percentage", "100")
    assert code == 0
    code, _out, err = run(capsys, db_url, "settings", "set", "sanction_max_percentage", "50")
    assert code == 1 and "boven" in err


def test_handshake_sends_the_settings_and_the_desktop_keeps_them(central, store, capsys):
    run(capsys, central.url, "settings", "set", "hearing_response_working_days", "8")
    dev = central.device("anna")
    hs = Handshake.model_validate(dev.http.get("/sync/handshake", headers=dev.headers).json())
    assert hs.policy["hearing_response_working_days"] == 8 and hs.policy["tenzij_min_attempts"] == 3
    # What the desktop's sync client stores, its services read (offline too).
    from desktop.models.outbox import set_setting
    with store.db.session() as s:
        set_setting(s, POLICY_SETTINGS_KEY, json.dumps(hs.policy))
    with store.db.session() as s:
        assert read_policy_settings(s).hearing_response_working_days == 8
        assert get_setting(s, POLICY_SETTINGS_KEY)


def test_check_policy_lists_what_came_in_before_and_changes_nothing(central, capsys):
    dev = central.device("anna")
    cid = str(uuid.uuid4())
    dev.push(dev.mut("client", cid, first_name="A", last_name="B", bsn="123456782", coach_id=dev.user_id))
    code, out, _ = run(capsys, central.url, "check-policy")
    assert code == 0 and out.startswith("0 stored record(s)")
    # A fine stored before the central store checked anything (written straight into the store).
    sid = str(uuid.uuid4())
    data = {"client_id": cid, "kind": "duty_to_inform", "description": "x", "status": "closed",
            "signalled_on": (sync_clock.today() - timedelta(days=3)).isoformat(), "result": "fine_investigation",
            "result_reason": "Boete", "closed_on": sync_clock.today().isoformat()}
    with central.store.write() as (conn, seq):
        conn.execute(insert(T_RECORD).values(table_name="signal", row_id=sid, client_id=cid, version=1,
                                             seq=seq.next(), data=json.dumps(data), field_versions="{}",
                                             version_devices="{}", shared=False, updated_at=sync_clock.utcnow()))
    before = central.snapshot()
    code, out, _ = run(capsys, central.url, "check-policy")
    assert code == 1
    assert f"signal {sid} client {cid}: tenzij" in out and "Geen boete, tenzij…: bel eerst." in out
    assert "1 stored record(s) break a policy rule; nothing was changed" in out
    assert central.snapshot() == before
