"""The absence approach's groups, sessions and attendance on the desktop (issue 17 point 1, seed 004): only the
coordinator (team lead) keeps them; only admitted clients; a no-show opens an absence the absence team visits
and the coach sees; a correction withdraws it. The central store: tests/sync/test_absence_approach_central.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest
from testclock import day

from desktop.services.absence_approach import AbsenceApproachService
from desktop.services.absences import AbsenceService
from desktop.services.approach_groups import ApproachGroupService
from desktop.services.caseload import CaseloadService
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.door_visits import DoorVisitService
from desktop.services.errors import NotAllowed, ValidationError
from desktop.services.profile import ProfileService
from desktop.services.timeline import TimelineService


@pytest.fixture
def lead(actor):
    return replace(actor, role="team_lead", team_id="9d3c2a61-0000-4000-8000-000000000001")


@pytest.fixture
def admitted(store, actor, lead):
    cid = CaseloadService(store.db, actor).create({"bsn": "123456782", "first_name": "Ayşe", "last_name": "Çelik",
                                                   "street": "Hillevliet", "house_number": "12", "postcode": "3074KD",
                                                   "city": "Rotterdam"}).id
    AbsenceApproachService(store.db, actor).propose(cid, ["missed_appointments"], "Drie afspraken gemist.")
    AbsenceApproachService(store.db, lead).decide(cid, "admitted", "Geen ernstige belemmeringen.")
    return cid


def at10(n: int) -> datetime:
    return datetime.combine(day(n), time(10))


def test_only_the_team_lead_keeps_groups(store, actor, admitted):
    svc = ApproachGroupService(store.db, actor)
    with pytest.raises(NotAllowed):
        svc.create_group("Groep 1", day(0))
    with pytest.raises(NotAllowed):
        svc.place(admitted, None)


def test_group_session_attendance_and_door_visit(store, actor, lead, admitted):
    svc = ApproachGroupService(store.db, lead)
    with pytest.raises(ValidationError):
        svc.create_group("", day(0))
    g = svc.create_group("Groep Feijenoord 1", day(-7))
    assert svc.admitted_without_group() == [(admitted, "Ayşe Çelik")]
    svc.place(admitted, g.id)
    assert svc.admitted_without_group() == []
    with pytest.raises(ValidationError):
        svc.plan_session(g.id, "score", at10(-2))
    first = svc.plan_session(g.id, "cv", at10(-2), "Wijkkantoor Afrikaanderwijk")
    second = svc.plan_session(g.id, "application", at10(5))
    assert svc.record_attendance(first.id, admitted, "present") is None
    with pytest.raises(ValidationError):  # the meeting is still to come
        svc.record_attendance(second.id, admitted, "no_show")
    absence_id = svc.record_attendance(first.id, admitted, "no_show")
    assert absence_id is not None
    # the coach is told: the absence is theirs to see, in the absences and the timeline
    a = AbsenceService(store.db, actor).get(absence_id)
    assert (a.missed_on, a.notified, a.activity) == (day(-2), False, "Verzuimaanpak: Cv-training")
    assert any(i.ref_id == absence_id for i in TimelineService(store.db, actor).for_client(admitted))
    # the absence team's list, and their door visit
    door = DoorVisitService(store.db, replace(actor, role="absence_team"))
    [item] = door.to_visit()
    assert (item.absence_id, item.address) == (absence_id, "Hillevliet 12, 3074 KD Rotterdam")
    with pytest.raises(NotAllowed):
        DoorVisitService(store.db, lead).to_visit()
    door.record(absence_id, day(-1), "Niemand thuis; briefje achtergelaten.")
    assert door.to_visit() == []
    [group] = svc.groups()
    f = group.figures
    assert (f.participants, f.sessions, f.no_shows, f.door_visits) == (1, 2, 1, 1)
    assert group.sessions[0].attendance == {admitted: "no_show"}
    # a no-show with a follow-up step already recorded is not corrected away
    with pytest.raises(ValidationError):
        svc.record_attendance(first.id, admitted, "called_off")


def test_a_correction_withdraws_the_absence(store, actor, lead, admitted):
    svc = ApproachGroupService(store.db, lead)
    g = svc.create_group("Groep 2", day(-7))
    svc.place(admitted, g.id)
    sess = svc.plan_session(g.id, "cv", at10(-1))
    absence_id = svc.record_attendance(sess.id, admitted, "no_show")
    assert svc.record_attendance(sess.id, admitted, "called_off") is None
    assert AbsenceService(store.db, actor).list_for_client(admitted) == []
    assert absence_id is not None


def test_only_admitted_clients_attend(store, actor, lead):
    cid = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Jan", "last_name": "Bos"}).id
    svc = ApproachGroupService(store.db, lead)
    g = svc.create_group("Groep 3", day(-7))
    with pytest.raises(ValidationError):
        svc.place(cid, g.id)
    sess = svc.plan_session(g.id, "cv", at10(-1))
    with pytest.raises(ValidationError) as err:
        svc.record_attendance(sess.id, cid, "present")
    assert "toegelaten" in err.value.errors["status"]


def test_recognition_only_through_the_clients_own_answer(store, actor):
    load_demo_catalogue(store.db)
    cid = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Jan", "last_name": "Bos"}).id
    profile = ProfileService(store.db, actor)
    e = profile.assess(cid, {"taxonomy_code": "a.punctuality", "level": 2, "assessed_on": day(-3).isoformat()})
    assert (e.client_recognises, e.recognised_on) == (False, None)
    e = profile.record_recognition(e.id)
    assert (e.client_recognises, e.recognised_on) == (True, day(0))
    again = profile.assess(cid, {"taxonomy_code": "a.punctuality", "level": 3, "assessed_on": day(0).isoformat()})
    assert (again.client_recognises, again.recognised_on) == (False, None)  # a re-assessment is not recognised
    e = profile.record_recognition(again.id, False)
    assert e.client_recognises is False


def test_a_full_group_takes_no_one_more(store, actor, lead, admitted):
    """The maximum (sync/policy/absence_approach.py), with the reason the central store gives as well."""
    from sqlalchemy import update

    from desktop.models.entities import Client
    from sync.policy.absence_approach import GROUP_SIZE

    svc = ApproachGroupService(store.db, lead)
    g = svc.create_group("Groep vol", day(-7))
    caseload, bsns = CaseloadService(store.db, actor), []
    number = 200000000
    while len(bsns) < GROUP_SIZE[1]:
        number += 1
        if sum(int(d) * w for d, w in zip(str(number), (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0:
            bsns.append(str(number))
    ids = [caseload.create({"bsn": b, "first_name": "Deelnemer", "last_name": "de Groep"}).id
           for b in bsns]
    with store.db.session() as s:  # already placed (as if pulled): the group holds the maximum
        s.execute(update(Client).where(Client.id.in_(ids)).values(approach_group_id=g.id, approach_decision="admitted"))
    with pytest.raises(ValidationError) as err:
        svc.place(admitted, g.id)
    assert err.value.errors["approach_group_id"] == f"Deze groep is vol ({GROUP_SIZE[1]} deelnemers)."
    svc.place(ids[0], g.id)  # a member placed again is no newcomer
