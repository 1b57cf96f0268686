"""The absence approach (seed 004) and the client's own recognition of the profile (seed 001) on the central store,
SQLite and PostgreSQL, pushed over HTTP as a (modified) desktop could: a team lead writes exactly their own records
(admission, groups, sessions, attendance, a no-show's absence) for clients of their team and nothing else; the
absence team writes door visits; a coach none of the team lead's records; recognition never arrives unsaid.
The desktop side: tests/unit/test_approach_groups.py."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.testclock import at, day


def iso(d: Any) -> str:
    return d.isoformat()


PROPOSAL = {"approach_proposed_on": None, "approach_reasons": "missed_appointments",
            "approach_note": "Drie afspraken gemist zonder bericht."}


class Team:
    """A coach with a proposed client, the team lead and the absence team of Feijenoord; another team's lead."""

    def __init__(self, central: Any) -> None:
        self.coach = central.device("anna")
        self.lead = central.device("lead", "team_lead")
        self.door = central.device("deur", "absence_team")
        self.other_lead = central.device("lead2", "team_lead", team="Charlois")
        self.other_coach = central.device("bram", team="Charlois")
        self.team_id = self.coach.user.team_id
        self.client = self.new_client(self.coach, "123456782")
        self.other_client = self.new_client(self.other_coach, "111222333")
        self.versions: dict[str, int] = {self.client: 1, self.other_client: 1}

    def new_client(self, dev: Any, bsn: str) -> str:
        cid = str(uuid.uuid4())
        res = dev.push(dev.mut("client", cid, first_name="Fatma", last_name="Yılmaz", bsn=bsn, coach_id=dev.user_id,
                               team_id=dev.user.team_id, benefit_status="active", benefit_start=iso(day(-400)),
                               **{**PROPOSAL, "approach_proposed_on": iso(day(-5))}))["results"][0]
        assert res["status"] == "applied", res
        return cid

    def update(self, dev: Any, cid: str, **fields: Any) -> dict[str, Any]:
        res = dev.push(dev.mut("client", cid, "update", base=self.versions[cid], **fields))["results"][0]
        if res["status"] == "applied":
            self.versions[cid] = res["version"]
        return res

    def admit(self, dev: Any | None = None, cid: str | None = None) -> dict[str, Any]:
        return self.update(dev or self.lead, cid or self.client, approach_decision="admitted",
                           approach_decision_reason="Geen ernstige belemmeringen.", approach_decided_on=iso(day(-2)),
                           approach_decided_by="lead")

    def group(self, dev: Any | None = None, team_id: str | None = None) -> tuple[str, dict[str, Any]]:
        gid = str(uuid.uuid4())
        dev = dev or self.lead
        res = dev.push(dev.mut("approach_group", gid, team_id=team_id or self.team_id, name="Groep 1",
                               starts_on=iso(day(-1))))["results"][0]
        return gid, res

    def session(self, gid: str, dev: Any | None = None) -> tuple[str, dict[str, Any]]:
        sid = str(uuid.uuid4())
        dev = dev or self.lead
        res = dev.push(dev.mut("approach_session", sid, group_id=gid, team_id=self.team_id, topic="cv",
                               starts_at=at(-1, 10).isoformat()))["results"][0]
        return sid, res

    def no_show(self, sid: str, dev: Any | None = None, cid: str | None = None) -> list[dict[str, Any]]:
        dev, cid = dev or self.lead, cid or self.client
        aid = str(uuid.uuid4())
        return dev.push(dev.mut("absence", aid, client_id=cid, activity="Verzuimaanpak: cv-training",
                                missed_on=iso(day(-1)), notified=False),
                        dev.mut("approach_attendance", client_id=cid, session_id=sid, status="no_show",
                                absence_id=aid, recorded_by="lead"))["results"]


@pytest.fixture
def team(central):
    return Team(central)


def test_team_lead_admits_plans_and_records_a_no_show(team):
    assert team.admit()["status"] == "applied"
    assert team.update(team.lead, team.client, approach_group_id=str(uuid.uuid4()))["status"] == "applied"
    gid, res = team.group()
    assert res["status"] == "applied", res
    sid, res = team.session(gid)
    assert res["status"] == "applied", res
    assert [r["status"] for r in team.no_show(sid)] == ["applied", "applied"]
    # the coach is told: the absence and the attendance arrive with the client's records, the group with the team
    state = team.coach.state()
    assert {t for t, _r in state} >= {"client", "absence", "approach_attendance", "approach_group", "approach_session"}
    assert state[("client", team.client)]["approach_decision"] == "admitted"


def test_admission_needs_the_reason(team):
    res = team.update(team.lead, team.client, approach_decision="admitted", approach_decided_on=iso(day(0)),
                      approach_decided_by="lead")
    assert res["status"] == "rejected" and '"approach_decision"' in res["reason"]


def test_team_lead_cannot_change_a_clients_other_records(team, central):
    assert team.admit()["status"] == "applied"
    before = central.snapshot()
    res = team.update(team.lead, team.client, first_name="Anders")
    assert res["status"] == "rejected" and "client.first_name" in res["reason"]
    res = team.update(team.lead, team.client, approach_note="Anders opgeschreven.")
    assert res["status"] == "rejected"
    res = team.lead.push(team.lead.mut("conversation", client_id=team.client, kind="phone", channel="phone",
                                       held_at=at(-1, 9).isoformat()))["results"][0]
    assert res["status"] == "rejected" and "conversation" in res["reason"]
    res = team.lead.push(team.lead.mut("absence", client_id=team.client, activity="x", missed_on=iso(day(-1)),
                                       sanction_considered_on=iso(day(0))))["results"][0]
    assert res["status"] == "rejected" and "absence.sanction_considered_on" in res["reason"]
    res = team.lead.push(team.lead.mut("client", first_name="Nieuw", last_name="X", bsn="999999990",
                                       team_id=team.team_id))["results"][0]
    assert res["status"] == "rejected"
    assert central.snapshot()[0] == before[0]


def test_team_lead_cannot_write_for_another_team(team, central):
    assert team.admit(team.other_lead, team.client)["status"] == "rejected"
    _gid, res = team.group(team.other_lead, team.team_id)
    assert res["status"] == "rejected" and "own team" in res["reason"]
    gid, res = team.group()
    assert res["status"] == "applied"
    res = team.other_lead.push(team.other_lead.mut("approach_group", gid, "update", base=1, name="Overgenomen"))
    assert res["results"][0]["status"] == "rejected"
    sid, _ = team.session(gid)
    assert team.admit()["status"] == "applied"
    assert [r["status"] for r in team.no_show(sid, team.other_lead)] == ["rejected", "rejected"]
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='approach_attendance'") == 0


def test_team_lead_pulls_their_team_only(team):
    gid, _ = team.group()
    team.group(team.other_lead, team.other_lead.user.team_id)
    state = team.lead.state()
    clients = {r for t, r in state if t == "client"}
    assert clients == {team.client}
    assert state[("client", team.client)]["approach_note"] == PROPOSAL["approach_note"]
    assert "bsn" not in state[("client", team.client)]
    assert {r for t, r in state if t == "approach_group"} == {gid}


def test_attendance_rules(team):
    gid, _ = team.group()
    sid, _ = team.session(gid)
    # not admitted yet: no attendance
    res = team.lead.push(team.lead.mut("approach_attendance", client_id=team.client, session_id=sid,
                                       status="present"))["results"][0]
    assert res["status"] == "rejected" and '"approach_not_admitted"' in res["reason"]
    assert team.admit()["status"] == "applied"
    res = team.lead.push(team.lead.mut("approach_attendance", client_id=team.client, session_id=sid,
                                       status="no_show"))["results"][0]
    assert res["status"] == "rejected" and '"approach_no_show_absence"' in res["reason"]
    res = team.lead.push(team.lead.mut("approach_attendance", client_id=team.client, session_id=sid,
                                       status="called_off"))["results"][0]
    assert res["status"] == "applied"
    res = team.lead.push(team.lead.mut("approach_session", group_id=gid, team_id=team.team_id, topic="score",
                                       starts_at=at(1, 10).isoformat()))["results"][0]
    assert res["status"] == "rejected" and '"approach_session"' in res["reason"]
    res = team.update(team.lead, team.other_client, approach_group_id=gid)
    assert res["status"] == "rejected"


def test_coach_cannot_write_the_team_leads_records(team):
    res = team.admit(team.coach)
    assert res["status"] == "rejected" and "approach_decision" in res["reason"]
    gid, res = team.group(team.coach)
    assert res["status"] == "rejected"
    assert team.admit()["status"] == "applied"
    res = team.coach.push(team.coach.mut("approach_attendance", client_id=team.client, session_id=str(uuid.uuid4()),
                                         status="present"))["results"][0]
    assert res["status"] == "rejected"
    # proposing again clears the decision: that the coach may
    res = team.update(team.coach, team.client, approach_proposed_on=iso(day(0)), approach_decision=None,
                      approach_decision_reason=None, approach_decided_on=None, approach_decided_by=None)
    assert res["status"] == "applied", res


def test_absence_team_records_door_visits_only(team):
    assert team.admit()["status"] == "applied"
    gid, _ = team.group()
    sid, _ = team.session(gid)
    absence = team.no_show(sid)
    aid = next(k for k, v in team.lead.state().items() if k[0] == "absence")[1]
    assert absence[0]["status"] == "applied"
    state = team.door.state()
    assert state[("client", team.client)]["street"] is None and "bsn" not in state[("client", team.client)]
    assert ("absence", aid) in state and "approach_attendance" not in {t for t, _ in state}
    res = team.door.push(team.door.mut("absence", aid, "update", base=1, door_visit_on=iso(day(0)),
                                       door_visit_findings="Niemand thuis; briefje achtergelaten."))["results"][0]
    assert res["status"] == "applied", res
    res = team.door.push(team.door.mut("absence", aid, "update", base=2, sanction_considered_on=iso(day(0))))
    assert res["results"][0]["status"] == "rejected"
    res = team.door.push(team.door.mut("absence", client_id=team.client, activity="x", missed_on=iso(day(0))))
    assert res["results"][0]["status"] == "rejected"


def test_absence_team_of_another_team_cannot(team, central):
    assert team.admit()["status"] == "applied"
    gid, _ = team.group()
    sid, _ = team.session(gid)
    team.no_show(sid)
    aid = next(k for k in team.lead.state() if k[0] == "absence")[1]
    door2 = central.device("deur2", "absence_team", team="Charlois")
    assert ("absence", aid) not in door2.state()
    res = door2.push(door2.mut("absence", aid, "update", base=1, door_visit_on=iso(day(0)),
                               door_visit_findings="Bezocht."))["results"][0]
    assert res["status"] == "rejected"


# -- the client decides about the profile (seed 001) ----------------------------------------------------

def _entry(dev: Any, cid: str, **fields: Any) -> dict[str, Any]:
    base = {"client_id": cid, "taxonomy_code": "Q1", "level": 3, "source": "coach", "assessed_on": iso(day(-1))}
    return dev.push(dev.mut("profile_entry", **{**base, **fields}))["results"][0]


@pytest.mark.parametrize(("recognises", "said", "ok"), [  # said: days from today (inside the test: the clock)
    (False, None, True),
    (True, None, False),  # recognised on the client's behalf
    (True, -30, False),  # carried over from an earlier one
    (True, 0, True),  # said by the client, after the assessment
], ids=["not yet", "without the client", "carried over", "said by the client"])
def test_recognition_on_the_central_store(team, recognises, said, ok):
    fields: dict[str, Any] = {"client_recognises": recognises}
    if said is not None:
        fields["recognised_on"] = iso(day(said))
    res = _entry(team.coach, team.client, **fields)
    assert res["status"] == ("applied" if ok else "rejected"), res
    if not ok:
        assert '"recognition_by_client"' in res["reason"]


def test_recognition_cannot_be_switched_on_without_the_client(team):
    eid = str(uuid.uuid4())
    res = team.coach.push(team.coach.mut("profile_entry", eid, client_id=team.client, taxonomy_code="Q1", level=3,
                                         source="coach", assessed_on=iso(day(-1)), client_recognises=False))
    assert res["results"][0]["status"] == "applied"
    res = team.coach.push(team.coach.mut("profile_entry", eid, "update", base=1, client_recognises=True))
    assert res["results"][0]["status"] == "rejected"
    res = team.coach.push(team.coach.mut("profile_entry", eid, "update", base=1, client_recognises=True,
                                         recognised_on=iso(day(0))))
    assert res["results"][0]["status"] == "applied"


def test_team_lead_push_over_real_http(central_http):
    """The same permission check through uvicorn's HTTP stack."""
    team = Team(central_http)
    assert team.admit()["status"] == "applied"
    assert team.update(team.lead, team.client, last_name="Anders")["status"] == "rejected"
    assert team.admit(team.other_lead, team.client)["status"] == "rejected"


def test_figures_per_group_in_the_central_report(team):
    """The coach's own caseload (no small-cell suppression): the group's participant, meeting, no-show and door
    visit; other clients stay per team."""
    from tests.report_dataset import period

    assert team.admit()["status"] == "applied"
    gid, _ = team.group()
    assert team.update(team.lead, team.client, approach_group_id=gid)["status"] == "applied"
    sid, _ = team.session(gid)
    team.no_show(sid)
    aid = next(k for k in team.lead.state() if k[0] == "absence")[1]
    res = team.door.push(team.door.mut("absence", aid, "update", base=1, door_visit_on=iso(day(0)),
                                       door_visit_findings="Gesproken aan de deur."))["results"][0]
    assert res["status"] == "applied", res
    start, end = period()
    r = team.coach.http.get("/reports/absence-approach", params={"from": iso(day(-30)), "to": iso(day(0))},
                            headers=team.coach.headers)
    assert r.status_code == 200, r.text
    [row] = r.json()["rows"]
    assert row["group"] == "Feijenoord: Groep 1"
    assert (row["participants"], row["sessions"], row["no_shows"], row["door_visits"]) == (1, 1, 1, 1)
    assert start <= end


# -- the maximum group size (seed 004: about 20-25 participants) ----------------------------------------------

def _bsns(n: int) -> list[str]:
    """n valid BSNs (eleven test), none of them the Team's own."""
    out: list[str] = []
    number = 200000000
    while len(out) < n:
        number += 1
        digits = str(number)
        if sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0:
            out.append(digits)
    return out


def _admitted_clients(team: Team, n: int) -> list[str]:
    """n proposed clients of the coach, pushed in one batch."""
    ids = [str(uuid.uuid4()) for _ in range(n)]
    dev = team.coach
    res = dev.push(*[dev.mut("client", cid, first_name="Deelnemer", last_name=f"{i}", bsn=bsn, coach_id=dev.user_id,
                             team_id=team.team_id, benefit_status="active", benefit_start=iso(day(-400)),
                             **{**PROPOSAL, "approach_proposed_on": iso(day(-5))})
                     for i, (cid, bsn) in enumerate(zip(ids, _bsns(n), strict=True))])["results"]
    assert {r["status"] for r in res} == {"applied"}, res
    team.versions.update(dict.fromkeys(ids, 1))
    return ids


def _admit_into(team: Team, cids: list[str], gid: str) -> list[dict[str, Any]]:
    """One batch of the team lead: admit these clients and place them in the group."""
    dev = team.lead
    res = dev.push(*[dev.mut("client", cid, "update", base=team.versions[cid], approach_decision="admitted",
                             approach_decision_reason="Geen ernstige belemmeringen.",
                             approach_decided_on=iso(day(-2)), approach_decided_by="lead", approach_group_id=gid)
                     for cid in cids])["results"]
    for cid, r in zip(cids, res, strict=True):
        if r["status"] == "applied":
            team.versions[cid] = r["version"]
    return res


def test_a_group_holds_at_most_the_maximum(team, central):
    from sync.policy.absence_approach import GROUP_SIZE
    from sync.policy.reasons import localise_reason

    most = GROUP_SIZE[1]
    gid, res = team.group()
    assert res["status"] == "applied"
    cids = _admitted_clients(team, most + 3)
    # one batch that itself goes beyond the maximum: the members up to it are placed, the rest refused
    res = _admit_into(team, cids[:most + 1], gid)
    assert [r["status"] for r in res] == ["applied"] * most + ["rejected"]
    reason = res[-1]["reason"]
    assert f"Deze groep is vol ({most} deelnemers)." in reason and '"approach_group_full"' in reason
    # a full group refuses a newcomer in a later push too
    res = _admit_into(team, [cids[most + 1]], gid)
    assert res[0]["status"] == "rejected" and '"approach_group_full"' in res[0]["reason"]
    members = "SELECT count(*) FROM record WHERE table_name='client' AND data LIKE '%" + gid + "%'"
    assert central.scalar(members) == most
    assert localise_reason(reason) == f"Deze groep is vol ({most} deelnemers)."  # what the desktop shows


def test_a_place_freed_in_the_same_batch_can_be_taken(team):
    from sync.policy.absence_approach import GROUP_SIZE

    most = GROUP_SIZE[1]
    gid, _ = team.group()
    other, _ = team.group()
    cids = _admitted_clients(team, most + 1)
    assert {r["status"] for r in _admit_into(team, cids[:most], gid)} == {"applied"}
    newcomer = cids[most]
    assert {r["status"] for r in _admit_into(team, [newcomer], other)} == {"applied"}
    dev = team.lead
    # moving a member out and the newcomer in, in one batch: the group stays at the maximum
    res = dev.push(dev.mut("client", cids[0], "update", base=team.versions[cids[0]], approach_group_id=other),
                   dev.mut("client", newcomer, "update", base=team.versions[newcomer], approach_group_id=gid))["results"]
    assert [r["status"] for r in res] == ["applied", "applied"], res
    # a member's unrelated change, and staying in the full group, are no newcomers
    res = dev.push(dev.mut("client", newcomer, "update", base=res[1]["version"], approach_group_id=gid))["results"]
    assert res[0]["status"] == "applied", res


def test_check_policy_lists_stored_attendance_and_recognition_that_break_the_rules(team, central, capsys):
    """Rows stored before the store checked them (written straight into it): a no-show without its absence, an
    assessment recognised without the day the client said so. `check-policy` lists them and changes nothing."""
    from sync.server.cli import main
    from sync.server.records import new_rec, write_records

    assert team.admit()["status"] == "applied"
    gid, _ = team.group()
    sid, _ = team.session(gid)
    attendance, entry = str(uuid.uuid4()), str(uuid.uuid4())
    with central.store.write() as (conn, seq):
        write_records(conn, [
            new_rec("approach_attendance", attendance, {"client_id": team.client, "session_id": sid,
                                                        "status": "no_show", "recorded_by": "lead"}, "server", seq),
            new_rec("profile_entry", entry, {"client_id": team.client, "taxonomy_code": "Q1", "level": 3,
                                             "source": "coach", "assessed_on": iso(day(-1)),
                                             "client_recognises": True}, "server", seq)])
    before = central.snapshot()
    code = main(["--db", central.url, "check-policy"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"approach_attendance {attendance} client {team.client}: approach_no_show_absence" in out
    assert f"profile_entry {entry} client {team.client}: recognition_by_client" in out
    assert "2 stored record(s) break a policy rule" in out
    assert central.snapshot() == before
