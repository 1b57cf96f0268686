"""Push semantics: idempotency, validation, field-level merge, delete vs edit, the counting invariant."""

from __future__ import annotations

import hashlib
import json
import uuid

from sync.jsontext import canonical
from sync.protocol import Mutation
from sync.server.push import push
from sync.server.scope import Principal

BSN = "123456782"


def new_client(dev, **fields):
    row_id = str(uuid.uuid4())
    body = dev.push(dev.mut("client", row_id, first_name="Fatima", last_name="El Amrani", bsn=BSN,
                            coach_id=dev.user_id, **fields))
    assert body["results"][0]["status"] == "applied", body
    return row_id


def test_push_is_idempotent_by_mutation_id(central):
    dev = central.device("anna")
    cid = new_client(dev)
    m = dev.mut("conversation", client_id=cid, kind="intake", summary_for_client="Kennismaking")
    first = dev.push(m)
    seq_after_first = central.scalar("SELECT value FROM seq_counter")
    again = dev.push(m)
    assert again["results"] == first["results"]
    assert central.scalar("SELECT value FROM seq_counter") == seq_after_first
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='conversation'") == 1
    assert central.scalar("SELECT version FROM record WHERE row_id=:r", r=m["row_id"]) == 1
    # an update replayed is not applied twice either
    upd = dev.mut("conversation", m["row_id"], "update", base=1, summary_for_client="Kennismaking, 2e versie")
    assert dev.push(upd)["results"][0]["version"] == 2
    assert dev.push(upd)["results"][0]["version"] == 2
    assert central.scalar("SELECT version FROM record WHERE row_id=:r", r=m["row_id"]) == 2


def test_reused_mutation_id_with_other_payload_is_rejected(central):
    dev = central.device("anna")
    cid = new_client(dev)
    m = dev.mut("client", cid, "update", base=1, phone="010-1234567")
    dev.push(m)
    before = central.snapshot()
    forged = dict(m, fields={"phone": "06-99999999"})
    body = dev.push(forged)
    assert body["results"][0]["status"] == "rejected"
    assert body["results"][0]["reason"] == "mutation id reused with different content"
    assert central.snapshot() == before


def test_a_mutation_id_twice_in_one_batch(central):
    """A batch that holds one change twice (a resend that overlapped) applies it once and answers the second
    copy as the first; the same id with other content is refused. The hashes are made while the database
    inserts the batch (push.Hashes): the stored one is that of the change's canonical JSON."""
    dev = central.device("anna")
    cid = new_client(dev)
    m = dev.mut("agreement", client_id=cid, description="Cv bijwerken", party="client")
    other = dict(m, fields={**m["fields"], "description": "Iets anders"})
    body = dev.push(m, m, other)
    assert [r["status"] for r in body["results"]] == ["applied", "applied", "rejected"]
    assert body["results"][0] == body["results"][1]
    assert body["results"][2]["reason"] == "mutation id reused with different content"
    assert central.scalar("SELECT count(*) FROM record WHERE table_name = 'agreement'") == 1
    stored = central.scalar("SELECT payload_hash FROM applied_mutation WHERE mutation_id = :m", m=m["mutation_id"])
    assert stored == hashlib.sha256(canonical(Mutation.model_validate(m).model_dump(mode="json"))).hexdigest()
    assert dev.push(m)["results"] == body["results"][:1]  # resent later: the stored answer


def test_one_invalid_mutation_does_not_block_the_others(central):
    dev = central.device("anna")
    cid = new_client(dev)
    good1 = dev.mut("agreement", client_id=cid, description="Cv bijwerken", party="client")
    bad_table = dev.mut("nonsense", client_id=cid)
    bad_field = dev.mut("agreement", client_id=cid, colour="red")
    bad_type = dev.mut("agreement", client_id=cid, shared_with_specialists="yes")
    central_tbl = dev.mut("instrument", code="X1", name="Zelf gemaakt")
    too_long = dev.mut("client", cid, "update", base=1, bsn="1234567890")
    good2 = dev.mut("conversation", client_id=cid, kind="progress")
    body = dev.push(good1, bad_table, bad_field, bad_type, central_tbl, too_long, good2)
    statuses = [r["status"] for r in body["results"]]
    assert statuses == ["applied", "rejected", "rejected", "rejected", "rejected", "rejected", "applied"]
    reasons = [r["reason"] for r in body["results"]]
    assert "nonsense" in reasons[1]
    assert "colour" in reasons[2]
    assert "shared_with_specialists" in reasons[3]
    assert "instrument" in reasons[4]
    assert "bsn" in reasons[5]
    assert body["applied"] == 2 and body["rejected"] == 5 and body["conflicted"] == 0
    assert [r["mutation_id"] for r in body["results"]] == [m["mutation_id"] for m in
                                                           (good1, bad_table, bad_field, bad_type, central_tbl,
                                                            too_long, good2)]


def test_text_that_is_not_unicode_is_rejected_per_mutation(central):
    """Behind the HTTP layer (which refuses such JSON), push itself still keeps a lone surrogate out."""
    dev = central.device("anna")
    cid = new_client(dev)
    who = Principal(dev.user_id, "anna", "anna", "coach", None, dev.device_id)
    muts = [Mutation.model_validate(dev.mut("conversation", client_id=cid, place="Wijk\ud800huis")),
            Mutation.model_validate(dev.mut("conversation", client_id=cid, place="Wijkhuis"))]
    body = push(central.store, who, muts)
    assert [r["status"] for r in body["results"]] == ["rejected", "applied"]
    assert "Unicode" in body["results"][0]["reason"]


def test_field_level_merge_keeps_both_different_fields(central):
    info, token = central.user("anna")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = new_client(laptop)
    a = laptop.push(laptop.mut("client", cid, "update", base=1, phone="010-1111111"))
    b = tablet.push(tablet.mut("client", cid, "update", base=1, email="fatima@example.nl"))
    assert a["results"][0]["status"] == b["results"][0]["status"] == "applied"
    assert b["results"][0]["version"] == 3
    data = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=cid))
    assert data["phone"] == "010-1111111" and data["email"] == "fatima@example.nl"
    assert central.scalar("SELECT count(*) FROM conflict") == 0


def test_same_field_conflict_one_winner_and_conflict_row(central):
    info, token = central.user("anna")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = new_client(laptop)
    laptop.push(laptop.mut("client", cid, "update", base=1, phone="010-1111111"))
    body = tablet.push(tablet.mut("client", cid, "update", base=1, phone="06-22222222", city="Rotterdam"))
    res = body["results"][0]
    assert res["status"] == "conflict" and body["conflicted"] == 1
    (c,) = res["conflicts"]
    assert (c["field"], c["mine"], c["theirs"], c["table"], c["row_id"]) == (
        "phone", "06-22222222", "010-1111111", "client", cid)
    assert c["server_version"] == res["version"] == 3  # city was applied, phone was not
    data = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=cid))
    assert data["phone"] == "010-1111111" and data["city"] == "Rotterdam"
    assert central.scalar("SELECT count(*) FROM conflict WHERE field='phone'") == 1
    assert json.loads(central.scalar("SELECT losing_value FROM conflict")) == "06-22222222"
    assert central.scalar("SELECT id FROM conflict") == c["conflict_id"]


def test_own_later_edit_on_stale_base_is_not_a_conflict(central):
    dev = central.device("anna")
    cid = str(uuid.uuid4())
    # insert and two edits of the same field, all queued offline (base 0) and pushed in one batch
    body = dev.push(dev.mut("client", cid, first_name="Jan", coach_id=dev.user_id),
                    dev.mut("client", cid, "update", base=0, first_name="Johan"),
                    dev.mut("client", cid, "update", base=0, first_name="Johannes"))
    assert [r["status"] for r in body["results"]] == ["applied"] * 3
    assert json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=cid))["first_name"] == "Johannes"


def test_delete_wins_over_edit_and_edit_comes_back_as_conflict(central):
    info, token = central.user("anna")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = new_client(laptop)
    conv = laptop.mut("conversation", client_id=cid, kind="intake", summary_for_client="Eerste gesprek")
    laptop.push(conv)
    tablet.push(tablet.mut("conversation", conv["row_id"], "update", base=1, deleted_at="2026-11-26T10:00:00"))
    body = laptop.push(laptop.mut("conversation", conv["row_id"], "update", base=1,
                                  summary_for_client="Eerste gesprek, aangevuld", place="Wijkkantoor"))
    res = body["results"][0]
    assert res["status"] == "conflict"
    assert {c["field"] for c in res["conflicts"]} == {"summary_for_client", "place"}
    data = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=conv["row_id"]))
    assert data["deleted_at"] == "2026-11-26T10:00:00" and data["summary_for_client"] == "Eerste gesprek"
    # a stale delete on top of an edit made elsewhere still deletes (a tombstone wins)
    laptop.push(laptop.mut("conversation", conv["row_id"], "update", base=2, deleted_at=None,
                           summary_for_client="Hersteld"))
    data = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=conv["row_id"]))
    assert data["deleted_at"] is None and data["summary_for_client"] == "Hersteld"
    res = tablet.push(tablet.mut("conversation", conv["row_id"], "update", base=1,
                                 deleted_at="2026-11-27T09:00:00"))["results"][0]
    assert res["status"] == "applied"
    assert central.scalar("SELECT deleted_at FROM record WHERE row_id=:r", r=conv["row_id"]) is not None


def test_insert_of_existing_row_in_scope_is_update_on_base_zero(central):
    info, token = central.user("anna")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = new_client(laptop)
    res = tablet.push(tablet.mut("client", cid, "insert", first_name="Anders", city="Rotterdam",
                                 coach_id=info.id))["results"][0]
    assert res["status"] == "conflict"
    assert [c["field"] for c in res["conflicts"]] == ["first_name"]
    assert res["version"] == 2


def test_audit_events_are_insert_only(central):
    dev = central.device("anna")
    cid = new_client(dev)
    ev = dev.mut("audit_event", client_id=cid, action="view", entity="client", entity_id=cid,
                 at="2026-11-26T10:00:00", purpose="gesprek voorbereiden")
    assert dev.push(ev)["results"][0]["status"] == "applied"
    res = dev.push(dev.mut("audit_event", ev["row_id"], "update", base=1, purpose="iets anders"))["results"][0]
    assert res["status"] == "rejected" and "append-only" in res["reason"]


def test_invariant_holds_for_a_mixed_batch(central):
    info, token = central.user("anna")
    laptop, tablet = central.login(info, token), central.login(info, token)
    cid = new_client(laptop)
    laptop.push(laptop.mut("client", cid, "update", base=1, city="Schiedam"))
    muts = []
    for i in range(60):
        kind = i % 3
        if kind == 0:
            muts.append(tablet.mut("agreement", client_id=cid, description=f"afspraak {i}"))
        elif kind == 1:
            muts.append(tablet.mut("client", cid, "update", base=1, city=f"Rotterdam {i}"))
        else:
            muts.append(tablet.mut("signal", client_id=str(uuid.uuid4()), kind="other"))
    body = tablet.push(*muts)
    assert (body["applied"], body["conflicted"], body["rejected"]) == (20, 20, 20)


def test_one_batch_inserting_and_changing_the_same_rows(central):
    """Rows inserted and changed again in one batch end in their last state; rows touched once go to the
    database while the batch is still being decided (PostgreSQL) — the result is the same."""
    dev = central.device("anna")
    spec = central.device("sam", "specialist", "Rotterdam Inclusief")
    cid, other = str(uuid.uuid4()), str(uuid.uuid4())
    placement = dev.mut("placement", client_id=cid, specialist_id=spec.user_id, reason="werkfit")
    body = dev.push(dev.mut("client", cid, first_name="Eerst", coach_id=dev.user_id),
                    dev.mut("client", other, first_name="Alleen", coach_id=dev.user_id),
                    dev.mut("client", cid, "update", base=1, first_name="Daarna"),
                    placement,
                    dev.mut("agreement", client_id=cid, description="gedeeld", shared_with_specialists=True))
    assert body["applied"] == 5
    names = {row_id: json.loads(data)["first_name"] for row_id, data in central.rows(
        "SELECT row_id, data FROM record WHERE table_name='client'")}
    assert names == {cid: "Daarna", other: "Alleen"}
    assert central.scalar("SELECT version FROM record WHERE row_id = :r", r=cid) == 2
    seqs = [r[0] for r in central.rows("SELECT seq FROM record ORDER BY seq")]
    assert len(seqs) == len(set(seqs))
    # the specialist sees the client (its permitted fields), the placement and the shared agreement
    assert {t for t, _ in spec.state()} >= {"client", "placement", "agreement"}
