"""Scope: what coaches, specialists and team leads may pull and push; transfers and deputies."""

from __future__ import annotations

import uuid

from sync.protocol import (
    CENTRAL_TABLES,
    SPECIALIST_AGREEMENT_FIELDS,
    SPECIALIST_CLIENT_FIELDS,
    TEAM_LEAD_CLIENT_FIELDS,
)
from sync.server import admin

FORBIDDEN_FOR_SPECIALIST = {"conversation", "signal", "call_attempt", "absence", "profile_entry", "audit_event"}


def caseload(dev, specialist_id=None, n=2):
    """n clients with a full dossier; with a specialist: a placement, one shared and one private agreement."""
    out = []
    for i in range(n):
        cid = str(uuid.uuid4())
        muts = [dev.mut("client", cid, first_name=f"Client{i}", last_name="de Vries", bsn="123456782",
                        coach_id=dev.user_id, phone="010-1234567", city="Rotterdam", benefit_status="active")]
        muts += [dev.mut("conversation", client_id=cid, kind="intake", internal_notes="vertrouwelijk",
                         summary_for_client="samenvatting"),
                 dev.mut("signal", client_id=cid, kind="duty_to_inform", description="inkomsten?"),
                 dev.mut("absence", client_id=cid, activity="training", missed_on="2026-11-01"),
                 dev.mut("profile_entry", client_id=cid, taxonomy_code="Q01", level=3),
                 dev.mut("audit_event", client_id=cid, action="view", entity="client", entity_id=cid),
                 dev.mut("agreement", client_id=cid, description="privé afspraak", party="client",
                         shared_with_specialists=False)]
        sig = muts[2]["row_id"]
        muts.append(dev.mut("call_attempt", client_id=cid, signal_id=sig, reached=False))
        placement = None
        if specialist_id:
            placement = dev.mut("placement", client_id=cid, specialist_id=specialist_id, reason="werkfit worden",
                                goal_codes="S01", status="active")
            muts += [placement, dev.mut("agreement", client_id=cid, description="gedeeld", party="specialist",
                                        shared_with_specialists=True, placement_id=placement["row_id"])]
        body = dev.push(*muts)
        assert body["applied"] == len(muts), body
        out.append((cid, placement["row_id"] if placement else None))
    return out


def test_specialist_pull_contains_only_what_they_may_see(central):
    coach = central.device("anna")
    spec = central.device("sam", "specialist", "Rotterdam Inclusief")
    other_spec = central.device("olga", "specialist", "Jongerenloket")
    mine = caseload(coach, spec.user_id, n=2)
    caseload(coach, other_spec.user_id, n=1)
    caseload(coach, None, n=1)
    changes = spec.pull_all()
    my_clients = {c for c, _ in mine}
    seen_tables = set()
    for ch in changes:
        assert ch["op"] == "upsert"
        t, f = ch["table"], ch["fields"]
        seen_tables.add(t)
        assert t not in FORBIDDEN_FOR_SPECIALIST
        if t == "client":
            assert set(f) <= SPECIALIST_CLIENT_FIELDS and "bsn" not in f
            assert ch["row_id"] in my_clients
        elif t == "agreement":
            assert set(f) <= SPECIALIST_AGREEMENT_FIELDS
            assert f["shared_with_specialists"] is True and f["client_id"] in my_clients
        elif t == "placement":
            assert f["specialist_id"] == spec.user_id
        else:
            assert t in CENTRAL_TABLES
        for value in f.values():
            assert value not in ("vertrouwelijk", "123456782", "privé afspraak", "inkomsten?")
    assert {"client", "agreement", "placement"} <= seen_tables
    counts = spec.last_counts
    assert counts["client"] == 2 and counts["placement"] == 2 and counts["agreement"] == 2
    assert "conversation" not in counts


def test_specialist_push_outside_scope_is_rejected(central):
    coach = central.device("anna")
    spec = central.device("sam", "specialist", "Rotterdam Inclusief")
    other = central.device("olga", "specialist", "Jongerenloket")
    (cid, pid), = caseload(coach, spec.user_id, n=1)
    (_, other_pid), = caseload(coach, other.user_id, n=1)
    before = central.snapshot()
    body = spec.push(
        spec.mut("placement", pid, "update", base=1, reason="anders"),              # not writable field
        spec.mut("placement", other_pid, "update", base=1, progress_notes="x"),    # not their placement
        spec.mut("client", cid, "update", base=1, phone="06-1"),                   # client row
        spec.mut("conversation", client_id=cid, kind="progress"),                  # insert
        spec.mut("placement", client_id=cid, specialist_id=spec.user_id),          # insert placement
    )
    assert body["rejected"] == 5
    after = central.snapshot()
    assert after[0] == before[0]
    ok = spec.push(spec.mut("placement", pid, "update", base=1, progress_notes="Gaat goed, op tijd aanwezig"))
    assert ok["results"][0]["status"] == "applied"


def test_coach_cannot_pull_or_push_another_coachs_clients(central):
    anna = central.device("anna")
    bert = central.device("bert")
    (cid, _), = caseload(anna, None, n=1)
    pulled = bert.pull_all()
    assert all(ch["table"] in CENTRAL_TABLES for ch in pulled)
    before = central.snapshot()
    body = bert.push(bert.mut("client", cid, "update", base=1, phone="06-666"),
                     bert.mut("conversation", client_id=cid, kind="intake"),
                     bert.mut("client", cid, "insert", first_name="Overgenomen", coach_id=bert.user_id),
                     bert.mut("client", first_name="Nieuw", coach_id=anna.user_id))
    assert body["rejected"] == 4
    reasons = [r["reason"] for r in body["results"]]
    assert "outside your scope" in reasons[0] and "already exists outside your scope" in reasons[2]
    assert central.snapshot()[0] == before[0]


def test_transfer_removes_for_old_coach_and_sends_to_new(central):
    anna = central.device("anna")
    bert = central.device("bert")
    (cid, _), (cid2, _) = caseload(anna, None, n=2)
    anna_state = anna.state()
    assert ("client", cid) in anna_state
    bert.state()
    assert admin.transfer_clients(central.store, "bert", client=cid) == 1
    anna_state, bert_state = anna.state(), bert.state()
    assert not any(f.get("client_id") == cid for (t, _), f in anna_state.items() if t != "client")
    assert ("client", cid) not in anna_state and ("client", cid2) in anna_state
    assert bert_state[("client", cid)]["coach_id"] == bert.user_id
    assert sum(1 for (t, _), f in bert_state.items() if f.get("client_id") == cid) == 7
    # the transfer ends anna's write access at once: her late change is refused and parked, not lost
    late = anna.mut("conversation", client_id=cid, kind="phone", summary_for_client="nagekomen")
    res = anna.push(late)["results"][0]
    assert res["status"] == "rejected" and "parked" in res["reason"] and res["conflicts"] == []
    assert central.scalar("SELECT count(*) FROM parked_change WHERE mutation_id = :m", m=late["mutation_id"]) == 1
    assert admin.transfer_clients(central.store, "bert", from_coach="anna") == 1
    assert not any(t == "client" for (t, _) in anna.state())


def test_deputy_add_and_remove(central):
    anna = central.device("anna")
    bert = central.device("bert")
    (cid, _), = caseload(anna, None, n=1)
    bert.state()
    admin.add_deputy(central.store, "anna", "bert")
    state = bert.state()
    assert ("client", cid) in state and sum(1 for f in state.values() if f.get("client_id") == cid) == 7
    res = bert.push(bert.mut("conversation", client_id=cid, kind="phone", summary_for_client="waarneming"))
    assert res["results"][0]["status"] == "applied"
    new_client = bert.mut("client", first_name="Nieuw", coach_id=anna.user_id)
    assert bert.push(new_client)["results"][0]["status"] == "applied"
    admin.remove_deputy(central.store, "anna", "bert")
    state = bert.state()
    assert not any(t not in CENTRAL_TABLES for (t, _) in state)
    res = bert.push(bert.mut("conversation", client_id=cid, kind="phone"))
    assert res["results"][0]["status"] == "rejected"
    # anna saw bert's work under her name
    assert ("client", new_client["row_id"]) in anna.state()


def test_unsharing_and_reassigning_remove_rows_from_the_specialist(central):
    coach = central.device("anna")
    sam = central.device("sam", "specialist", "Rotterdam Inclusief")
    olga = central.device("olga", "specialist", "Jongerenloket")
    (cid, pid), = caseload(coach, sam.user_id, n=1)
    state = sam.state()
    shared = [k for k in state if k[0] == "agreement"]
    assert len(shared) == 1
    coach.push(coach.mut("agreement", shared[0][1], "update", base=1, shared_with_specialists=False))
    state = sam.state()
    assert not any(k[0] == "agreement" for k in state) and ("client", cid) in state
    coach.push(coach.mut("agreement", shared[0][1], "update", base=2, shared_with_specialists=True))
    assert any(k[0] == "agreement" for k in sam.state())
    olga.state()
    coach.push(coach.mut("placement", pid, "update", base=1, specialist_id=olga.user_id))
    sam_state = sam.state()
    assert not any(t not in CENTRAL_TABLES for (t, _) in sam_state)
    olga_state = olga.state()
    assert ("client", cid) in olga_state and ("placement", pid) in olga_state
    assert any(k[0] == "agreement" for k in olga_state)
    assert set(olga_state[("client", cid)]) <= SPECIALIST_CLIENT_FIELDS


def test_team_lead_sees_only_caseload_metadata(central):
    coach = central.device("anna")
    lead = central.device("lena", "team_lead", "Feijenoord")
    team_id = central.scalar("SELECT id FROM team WHERE name='Feijenoord'")
    cid = str(uuid.uuid4())
    coach.push(coach.mut("client", cid, first_name="Piet", bsn="123456782", coach_id=coach.user_id,
                         team_id=team_id, benefit_status="active"),
               coach.mut("conversation", client_id=cid, internal_notes="geheim"))
    changes = lead.pull_all()
    clients = [ch for ch in changes if ch["table"] == "client"]
    assert len(clients) == 1 and set(clients[0]["fields"]) <= TEAM_LEAD_CLIENT_FIELDS
    assert all(ch["table"] in CENTRAL_TABLES | {"client"} for ch in changes)
    res = lead.push(lead.mut("client", cid, "update", base=1, benefit_status="ended"))
    assert res["results"][0]["status"] == "rejected"


def test_client_leaving_a_team_is_removed_from_its_team_lead(central):
    """Team leads see their team's clients: one that moves to another team (by a transfer, or by its coach
    changing its team) comes as a "remove" to the old team's lead and as a row to the new team's lead."""
    anna = central.device("anna", team="Feijenoord")
    bert = central.device("bert", team="Charlois")
    lena = central.device("lena", "team_lead", "Feijenoord")
    carl = central.device("carl", "team_lead", "Charlois")
    feijenoord = central.scalar("SELECT id FROM team WHERE name='Feijenoord'")
    charlois = central.scalar("SELECT id FROM team WHERE name='Charlois'")
    moved, stays, edited = (str(uuid.uuid4()) for _ in range(3))
    anna.push(*(anna.mut("client", cid, first_name="Piet", bsn="123456782", coach_id=anna.user_id,
                         team_id=feijenoord, benefit_status="active") for cid in (moved, stays, edited)))
    assert {("client", c) for c in (moved, stays, edited)} <= set(lena.state())
    assert not any(t == "client" for t, _ in carl.state())

    assert admin.transfer_clients(central.store, "bert", client=moved) == 1
    lena_state, carl_state = lena.state(), carl.state()
    assert ("client", moved) not in lena_state and ("client", stays) in lena_state
    assert carl_state[("client", moved)]["team_id"] == charlois

    # a coach cannot move a client to another team (that is a transfer), nor to a team that does not exist
    res = anna.push(anna.mut("client", edited, "update", base=1, team_id=charlois),
                    anna.mut("client", edited, "update", base=1, team_id=str(uuid.uuid4())),
                    anna.mut("client", str(uuid.uuid4()), coach_id=anna.user_id, team_id=charlois))
    assert res["rejected"] == 3, res
    assert [r["reason"] for r in res["results"]] == [
        "client.team_id: a coach puts clients only in their own team", res["results"][1]["reason"],
        "client.team_id: a coach puts clients only in their own team"]
    assert "unknown team" in res["results"][1]["reason"]
    assert ("client", edited) in lena.state() and ("client", edited) not in carl.state()
    assert bert.state()[("client", moved)]["coach_id"] == bert.user_id


def test_specialist_sees_only_agreements_for_their_own_placement(central):
    """Two specialists on one client: each sees the shared agreements of their own placement (and the general
    shared ones), never the other's; the counts agree, and a moved agreement is removed from the one who lost it."""
    coach = central.device("anna")
    sam = central.device("sam", "specialist", "Rotterdam Inclusief")
    olga = central.device("olga", "specialist", "Jongerenloket")
    [(cid, sam_placement)] = caseload(coach, sam.user_id, n=1)
    olga_placement = coach.mut("placement", client_id=cid, specialist_id=olga.user_id, status="active")
    olga_agreement = coach.mut("agreement", client_id=cid, description="alleen voor olga", party="specialist",
                               shared_with_specialists=True, placement_id=olga_placement["row_id"])
    named = coach.mut("agreement", client_id=cid, description="noemt olga", party="specialist",
                      shared_with_specialists=True, specialist_id=olga.user_id)
    general = coach.mut("agreement", client_id=cid, description="voor wie meewerkt", party="client",
                        shared_with_specialists=True)
    assert coach.push(olga_placement, olga_agreement, named, general)["applied"] == 4

    def agreements(dev):
        return {f["description"] for (t, _), f in dev.state().items() if t == "agreement"}

    assert agreements(sam) == {"gedeeld", "voor wie meewerkt"}
    assert agreements(olga) == {"alleen voor olga", "noemt olga", "voor wie meewerkt"}
    sam.pull_all(from_start=True)
    assert sam.last_counts["agreement"] == 2
    olga.pull_all(from_start=True)
    assert olga.last_counts["agreement"] == 3
    # the coach ties olga's agreement to sam's placement: olga loses it, sam gains it
    coach.push(coach.mut("agreement", olga_agreement["row_id"], "update", base=1,
                         placement_id=sam_placement))
    assert "alleen voor olga" in agreements(sam) and "alleen voor olga" not in agreements(olga)
