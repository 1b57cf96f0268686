"""Aftercare follows the benefit and the work-duty exemption (issue 17, sync/policy/aftercare.py, exemption.py)
on the desktop: the services refuse before saving, with the policy's reason, and store nothing of a refused
change. The same rules on the central store: tests/sync/test_policy_client_cases.py."""

from __future__ import annotations

import pytest

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.werknl import WerknlService
from sync.policy.aftercare import add_months
from sync.policy.exemption import exempt_on
from tests.testclock import day

BSN = "123456782"


@pytest.fixture
def svc(store, actor):
    return CaseloadService(store.db, actor)


@pytest.fixture
def client(svc):
    return svc.create({"bsn": BSN, "first_name": "Fatma", "last_name": "Yılmaz", "benefit_start": day(-400)})


def test_an_ended_benefit_starts_six_months_of_aftercare(svc, client):
    c = svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-10)})
    assert c.aftercare_until == add_months(day(-10), 6)
    # a corrected end moves the aftercare that followed it; a date the coach set stays
    assert svc.update(client.id, {"benefit_end": day(-12)}).aftercare_until == add_months(day(-12), 6)
    assert svc.update(client.id, {"aftercare_until": day(30)}).aftercare_until == day(30)
    assert svc.update(client.id, {"benefit_end": day(-11)}).aftercare_until == day(30)


def test_aftercare_before_the_benefit_end_is_refused(svc, client):
    svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-10)})
    with pytest.raises(ValidationError) as err:
        svc.update(client.id, {"aftercare_until": day(-11)})
    assert "De nazorg loopt niet af voor het einde van de uitkering" in err.value.errors["aftercare_until"]
    assert svc.open(client.id).aftercare_until == add_months(day(-10), 6)
    with pytest.raises(ValidationError):
        svc.create({"bsn": "111222333", "first_name": "Jan", "last_name": "Bos", "benefit_status": "ended",
                    "benefit_end": day(-5), "aftercare_until": day(-6)})


def test_a_restart_within_six_months_is_flagged_keeps_the_coach_and_a_second_end_restarts_aftercare(svc, client):
    svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-100)})
    coach = svc.open(client.id).coach_id
    c = svc.update(client.id, {"benefit_status": "active", "benefit_start": day(-40)})
    assert (c.benefit_restarted_on, c.previous_benefit_end) == (day(-40), day(-100))
    assert c.coach_id == coach and c.benefit_end is None and c.aftercare_until is None
    c = svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-3)})  # the second end
    assert c.aftercare_until == add_months(day(-3), 6)
    assert c.benefit_restarted_on == day(-40)  # the flag stays as history


def test_a_restart_after_six_months_is_a_new_benefit(svc, client):
    svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-300)})
    c = svc.update(client.id, {"benefit_status": "active", "benefit_start": day(-5)})
    assert c.benefit_restarted_on is None and c.previous_benefit_end is None


def test_whether_the_work_lasted_is_recorded_at_the_end_of_aftercare(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.record_aftercare_outcome(client.id, True)
    assert "als de uitkering is beëindigd" in err.value.errors["aftercare_outcome"]
    svc.update(client.id, {"benefit_status": "ended", "benefit_end": day(-100)})
    with pytest.raises(ValidationError) as err:
        svc.record_aftercare_outcome(client.id, True)
    assert "aan het einde van de nazorg" in err.value.errors["aftercare_outcome"]
    assert svc.open(client.id).aftercare_outcome is None
    svc.update(client.id, {"aftercare_until": day(-1)})
    c = svc.record_aftercare_outcome(client.id, False)
    assert (c.aftercare_outcome, c.aftercare_outcome_on) == ("not_lasted", day(0))


def test_an_exemption_has_a_reason_and_an_end_date(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.update(client.id, {"work_duty_exemption": "Mantelzorg voor moeder"})
    assert "een reden en een einddatum" in next(iter(err.value.errors.values()))
    with pytest.raises(ValidationError):
        svc.update(client.id, {"work_duty_exemption": "Mantelzorg", "work_duty_exemption_from": day(0),
                               "work_duty_exemption_until": day(-1)})
    c = svc.update(client.id, {"work_duty_exemption": "Mantelzorg voor moeder", "work_duty_exemption_from": day(-5),
                               "work_duty_exemption_until": day(60)})
    assert c.work_duty_exemption_until == day(60)
    assert exempt_on({"work_duty_exemption": c.work_duty_exemption, "work_duty_exemption_from": day(-5),
                      "work_duty_exemption_until": day(60)}, day(0))


def test_no_werknl_binding_decision_while_exempt(store, actor, svc, client):
    werknl = WerknlService(store.db, actor)
    werknl.record_letter(client.id, day(-20))
    werknl.record_phone_followup(client.id, day(-15))
    svc.update(client.id, {"work_duty_exemption": "Ziekte", "work_duty_exemption_from": day(-10),
                           "work_duty_exemption_until": day(-2)})
    with pytest.raises(ValidationError) as err:
        werknl.binding_decision(client.id, day(-5))
    assert "ontheven van de arbeidsverplichting" in err.value.errors["werknl_binding_decision_on"]
    assert werknl.for_client(client.id).binding_decision_on is None
    assert werknl.binding_decision(client.id, day(-1)).binding_decision_on == day(-1)  # after the exemption
    # an exemption granted later does not undo the decision, and cannot cover it
    with pytest.raises(ValidationError):
        svc.update(client.id, {"work_duty_exemption_until": day(5)})


def test_the_rules_module_on_its_own():
    """The transition rules as the central store applies them to a pushed change (no desktop filling in)."""
    from sync.policy.aftercare import judge_aftercare

    before = {"benefit_status": "ended", "benefit_end": day(-100), "coach_id": "a"}
    restart = {**before, "benefit_status": "active", "benefit_start": day(-40), "benefit_end": None}
    assert [r.code for r in judge_aftercare(before, restart, day(0))] == ["restart_not_flagged"]
    flagged = {**restart, "benefit_restarted_on": day(-40), "previous_benefit_end": day(-100)}
    assert judge_aftercare(before, flagged, day(0)) == []
    assert [r.code for r in judge_aftercare(before, {**flagged, "coach_id": "b"}, day(0))] == ["restart_keeps_coach"]
    # the restart day defaults to today when the start was not changed
    late = {**before, "benefit_start": day(-900)}
    assert judge_aftercare(late, {**late, "benefit_status": "active"}, day(0))[0].code == "restart_not_flagged"
