"""Issue 13: a transfer ends the old coach's write access at once; what they still send is parked, not lost."""

from __future__ import annotations

import json
import uuid

from sync.server import admin
from sync.server.cli import main


def _client(dev):
    cid = str(uuid.uuid4())
    dev.push(dev.mut("client", cid, bsn="123456782", first_name="Anna", last_name="Jansen", coach_id=dev.user_id,
                     phone="0611111111"))
    return cid


def test_old_coach_cannot_write_and_sees_no_new_values(central):
    anna, bert = central.device("anna"), central.device("bert")
    cid = _client(anna)
    assert admin.transfer_clients(central.store, "bert", client=cid) == 1
    bert.state()
    bert.push(bert.mut("client", cid, "update", base=2, phone="0622222222"))
    attempts = [anna.mut("client", cid, "update", base=1, deleted_at="2026-11-01T10:00:00"),  # tombstone
                anna.mut("client", cid, "update", base=1, phone="0633333333"),  # stale edit
                anna.mut("conversation", client_id=cid, kind="phone", summary_for_client="later")]
    res = anna.push(*attempts)
    assert res["rejected"] == 3
    for r in res["results"]:
        assert r["conflicts"] == [] and "parked" in r["reason"]
        assert "0622222222" not in json.dumps(r)  # no value of the new coach travels back
    assert central.scalar("SELECT count(*) FROM parked_change") == 3
    state = bert.state()
    assert state[("client", cid)]["phone"] == "0622222222" and state[("client", cid)]["deleted_at"] is None


def test_new_coach_applies_or_dismisses_parked_changes(central, capsys):
    anna, bert = central.device("anna"), central.device("bert")
    central.user("lena", role="team_lead")
    cid = _client(anna)
    assert admin.transfer_clients(central.store, "bert", client=cid) == 1
    conv = anna.mut("conversation", client_id=cid, kind="phone", summary_for_client="nagekomen")
    edit = anna.mut("client", cid, "update", base=1, phone="0633333333")
    anna.push(conv, edit)
    assert main(["--db", central.url, "parked", "list"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 2 and all("from anna" in line for line in listed)
    ids = {json.loads(r.fields).get("phone") and "edit" or "conv": r.id
           for r in central.rows("SELECT id, fields FROM parked_change")}
    assert main(["--db", central.url, "parked", "apply", ids["conv"], "--by", "anna"]) == 1  # not hers anymore
    assert "neither the coach" in capsys.readouterr().err
    assert main(["--db", central.url, "parked", "apply", ids["conv"], "--by", "bert"]) == 0
    assert main(["--db", central.url, "parked", "dismiss", ids["edit"], "--by", "lena"]) == 0
    assert main(["--db", central.url, "parked", "dismiss", ids["edit"], "--by", "lena"]) == 1  # already done
    capsys.readouterr()
    state = bert.state()
    assert state[("conversation", conv["row_id"])]["summary_for_client"] == "nagekomen"
    assert state[("client", cid)]["phone"] == "0611111111"
    assert main(["--db", central.url, "parked", "list"]) == 0
    assert capsys.readouterr().out == ""


def test_ended_deputyship_parks_late_changes(central):
    anna, dina = central.device("anna"), central.device("dina")
    cid = _client(anna)
    admin.add_deputy(central.store, "anna", "dina")
    dina.state()
    admin.remove_deputy(central.store, "anna", "dina")
    res = dina.push(dina.mut("conversation", client_id=cid, kind="phone"))["results"][0]
    assert res["status"] == "rejected" and "parked" in res["reason"]
    # someone who never had access is refused without parking
    eve = central.device("eve")
    res = eve.push(eve.mut("conversation", client_id=cid, kind="phone"))["results"][0]
    assert res["status"] == "rejected" and "parked" not in res["reason"]
    assert central.scalar("SELECT count(*) FROM parked_change") == 1


def test_parked_changes_over_the_api(central):
    """The new coach sees the parked change with its values and decides; the team lead sees field names only;
    the former coach and a specialist see nothing and cannot decide."""
    anna, bert = central.device("anna"), central.device("bert")
    lena = central.device("lena", role="team_lead")
    sam = central.device("sam", role="specialist")
    cid = _client(anna)
    assert admin.transfer_clients(central.store, "bert", client=cid) == 1
    conv = anna.mut("conversation", client_id=cid, kind="phone", summary_for_client="nagekomen")
    anna.push(conv)

    def listed(dev):
        r = dev.http.get("/parked", headers=dev.headers)
        assert r.status_code == 200, r.text
        return r.json()["parked"]

    [seen] = listed(bert)
    assert seen["sender"] == "anna" and seen["fields"]["summary_for_client"] == "nagekomen"
    [lead_view] = listed(lena)
    assert lead_view["fields"] is None and "summary_for_client" in lead_view["field_names"]
    assert listed(anna) == [] and listed(sam) == []
    for dev, status in ((anna, 403), (sam, 403)):
        r = dev.http.post(f"/parked/{seen['id']}/apply", headers=dev.headers)
        assert r.status_code == status, r.text
    r = bert.http.post(f"/parked/{seen['id']}/apply", headers=bert.headers)
    assert r.status_code == 200 and r.json()["resolution"] == "applied"
    r = bert.http.post(f"/parked/{seen['id']}/dismiss", headers=bert.headers)
    assert r.status_code == 409 and r.json()["error"] == "conflict"
    assert bert.http.post(f"/parked/{conv['row_id']}/apply", headers=bert.headers).status_code == 404
    assert listed(bert) == []
    assert bert.state()[("conversation", conv["row_id"])]["summary_for_client"] == "nagekomen"


def test_specialist_notes_on_a_reassigned_placement_are_parked(central):
    anna = central.device("anna")
    sam, olga = central.device("sam", role="specialist"), central.device("olga", role="specialist")
    cid = _client(anna)
    placement = anna.mut("placement", client_id=cid, specialist_id=sam.user_id, status="active")
    anna.push(placement)
    sam.state()
    anna.push(anna.mut("placement", placement["row_id"], "update", base=1, specialist_id=olga.user_id))
    late = sam.push(sam.mut("placement", placement["row_id"], "update", base=1, progress_notes="week 3 goed"))
    assert "parked" in late["results"][0]["reason"]
    other = sam.push(sam.mut("placement", placement["row_id"], "update", base=1, reason="anders"))
    assert "parked" not in other["results"][0]["reason"]  # not a specialist's field: simply refused
    r = anna.http.get("/parked", headers=anna.headers).json()["parked"]
    assert [p["fields"] for p in r] == [{"progress_notes": "week 3 goed"}]
