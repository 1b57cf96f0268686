"""The contact rhythm (issue 17 point 4): default every four weeks, per client adjustable; the caseload shows the
last contact and whether it is overdue; Mijn week lists who had no contact for longer. And Mijn week asks, after
aftercare ended, whether the work lasted (point 3)."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.contact_rhythm import contact_due, contact_overdue
from desktop.services.conversations import ConversationService
from desktop.services.errors import ValidationError
from desktop.services.timeline import WeekService
from sync.policy.aftercare import add_months


def held(n: int) -> dict:
    return {"kind": "phone", "channel": "phone", "held_at": datetime.combine(day(n), time(10, 0)),
            "summary_for_client": "Gebeld over werk."}


@pytest.fixture
def people(store, actor):
    svc = CaseloadService(store.db, actor)
    make = {"recent": ("111222333", "Sem", {}), "late": ("123456782", "Noor", {}),
            "weekly": ("999999990", "Bram", {"contact_every_weeks": "1"}), "never": ("111111110", "Ilse", {}),
            "ended": ("222222220", "Kees", {"benefit_status": "ended", "benefit_end": day(-400)})}
    ids = {k: svc.create({"bsn": bsn, "first_name": first, "last_name": "Test", **extra}).id
           for k, (bsn, first, extra) in make.items()}
    conv = ConversationService(store.db, actor)
    conv.record(ids["recent"], held(-10))
    conv.record(ids["late"], held(-29))
    conv.record(ids["weekly"], held(-8))
    conv.record(ids["ended"], held(-300))
    return ids


def test_the_rhythm_rules():
    assert contact_due(day(-28), None) == day(0)
    assert not contact_overdue(day(-28), None, day(0)) and contact_overdue(day(-29), None, day(0))
    assert contact_overdue(day(-8), 1, day(0)) and not contact_overdue(day(-8), 2, day(0))
    assert contact_overdue(None, 6, day(0))  # never contacted: due now


def test_the_caseload_shows_the_last_contact_and_who_is_overdue(store, actor, people):
    rows = {r.id: r for r in CaseloadService(store.db, actor).list_clients()}
    assert rows[people["recent"]].last_contact.date() == day(-10) and not rows[people["recent"]].contact_overdue
    assert rows[people["late"]].contact_overdue and rows[people["weekly"]].contact_overdue
    assert rows[people["never"]].contact_overdue and rows[people["never"]].last_contact is None
    assert not rows[people["ended"]].contact_overdue  # no rhythm after the benefit and aftercare ended
    assert rows[people["weekly"]].contact_every_weeks == 1


def test_mijn_week_lists_who_had_no_contact_for_longer(store, actor, people):
    week = WeekService(store.db, actor).week()
    assert [e.client_id for e in week.contact_late] == [people["never"], people["late"], people["weekly"]]
    assert "Nog geen contact" in week.contact_late[0].what


def test_the_rhythm_is_set_per_client(store, actor, people):
    svc = CaseloadService(store.db, actor)
    assert svc.update(people["weekly"], {"contact_every_weeks": "2"}).contact_every_weeks == 2
    assert people["weekly"] not in [e.client_id for e in WeekService(store.db, actor).week().contact_late]
    with pytest.raises(ValidationError) as err:
        svc.update(people["weekly"], {"contact_every_weeks": "52"})
    assert "1 tot en met 26 weken" in err.value.errors["contact_every_weeks"]
    assert svc.update(people["weekly"], {"contact_every_weeks": ""}).contact_every_weeks is None


def test_mijn_week_asks_whether_the_work_lasted_after_aftercare(store, actor, people):
    svc = CaseloadService(store.db, actor)
    svc.update(people["late"], {"benefit_status": "ended", "benefit_end": day(-200), "aftercare_until": day(-3)})
    week = WeekService(store.db, actor).week()
    assert [(e.client_id, e.at) for e in week.aftercare_outcome] == [
        (people["ended"], add_months(day(-400), 6)), (people["late"], day(-3))]
    svc.record_aftercare_outcome(people["late"], True)
    assert [e.client_id for e in WeekService(store.db, actor).week().aftercare_outcome] == [people["ended"]]
