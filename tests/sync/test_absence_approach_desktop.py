"""The absence approach between devices through the central store (SQLite and PostgreSQL): the coach's proposal
reaches the team lead's device; the team lead's admission, group, meeting and a no-show sync back; the coach's
device gets the absence; the absence team's device gets whom to visit and its door visit reaches the coach."""

from __future__ import annotations

from datetime import datetime, time

from test_desktop_sync import desks, new_client  # noqa: F401 - the fixture is used by name
from testclock import day

from desktop.models.entities import Absence, ApproachAttendance, Client
from desktop.services.absence_approach import AbsenceApproachService
from desktop.services.approach_groups import ApproachGroupService
from desktop.services.door_visits import DoorVisitService
from sync.client import rejected


def test_proposal_admission_no_show_and_door_visit_travel(desks, central):  # noqa: F811
    coach = desks("anna")
    lead = desks("lead", "team_lead")
    door = desks("deur", "absence_team")
    c = new_client(coach, street="Hillevliet", house_number="12", city="Rotterdam")
    coach.sync()  # the coach's own user row, with the team
    team_id = coach.actor().team_id
    with coach.db.session() as s:  # a client of the coach's team (the demo and the central store's seed set it)
        s.get(Client, c.id).team_id = team_id
    AbsenceApproachService(coach.db, coach.actor()).propose(c.id, ["missed_appointments"], "Drie keer gemist.")
    r = coach.sync()
    assert r.rejected == 0, r

    lead.sync()
    lead_actor = lead.actor()
    assert lead_actor.role == "team_lead"
    [p] = AbsenceApproachService(lead.db, lead_actor).proposals()
    assert (p.client_id, p.note) == (c.id, "Drie keer gemist.")
    AbsenceApproachService(lead.db, lead_actor).decide(c.id, "admitted", "Geen ernstige belemmeringen.")
    groups = ApproachGroupService(lead.db, lead_actor)
    g = groups.create_group("Groep 1", day(-7))
    groups.place(c.id, g.id)
    sess = groups.plan_session(g.id, "cv", datetime.combine(day(-1), time(10)))
    absence_id = groups.record_attendance(sess.id, c.id, "no_show")
    r = lead.sync()
    assert (r.rejected, r.conflicts) == (0, 0), rejected(lead.db)

    coach.sync()
    [mine] = coach.rows(Client, id=c.id)
    assert (mine.approach_decision, mine.approach_group_id) == ("admitted", g.id)
    assert [a.id for a in coach.rows(Absence)] == [absence_id]
    assert [m.status for m in coach.rows(ApproachAttendance)] == ["no_show"]

    door.sync()
    visits = DoorVisitService(door.db, door.actor())
    [item] = visits.to_visit()
    assert item.absence_id == absence_id and item.address.startswith("Hillevliet 12")
    visits.record(absence_id, day(0), "Niemand thuis; kaartje achtergelaten.")
    r = door.sync()
    assert (r.rejected, r.conflicts) == (0, 0), r
    coach.sync()
    [a] = coach.rows(Absence)
    assert a.door_visit_on == day(0) and a.door_visit_findings.startswith("Niemand thuis")
    # a team lead's device holds no more of the client than the lead may see
    [seen] = lead.rows(Client, id=c.id)
    assert seen.bsn == "" and seen.street is None
