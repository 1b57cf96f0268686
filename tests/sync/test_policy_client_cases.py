"""Aftercare follows the benefit and the work-duty exemption (issue 17) on the central store, SQLite and
PostgreSQL: a tampering desktop's client change that breaks sync/policy/aftercare.py or exemption.py is rejected
with the desktop's reason; the path a desktop takes is applied. The desktop side: tests/unit/
test_aftercare_exemption.py."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from sync import clock
from sync.policy.aftercare import add_months
from sync.policy.reasons import localise_reason
from tests.testclock import day


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def ended(end: int, until: date | None = None) -> dict[str, Any]:
    return {"benefit_status": "ended", "benefit_end": iso(day(end)),
            "aftercare_until": iso(until or add_months(day(end), 6))}


def exemption(first: int, until: int, reason: str = "Mantelzorg") -> dict[str, Any]:
    return {"work_duty_exemption": reason, "work_duty_exemption_from": iso(day(first)),
            "work_duty_exemption_until": iso(day(until))}


WERKNL_PATH = {"werknl_letter_sent_on": iso(day(-20)), "werknl_phoned_on": iso(day(-15))}


def decision(on: int) -> dict[str, Any]:
    return {"werknl_binding_decision_on": iso(day(on)), "werknl_binding_deadline": iso(day(on + 14))}


@dataclass(frozen=True)
class ClientCase:
    name: str
    setup: tuple[dict[str, Any], ...]
    change: dict[str, Any]
    ok: bool
    code: str = ""


def _restart(**extra: Any) -> dict[str, Any]:
    return {"benefit_status": "active", "benefit_start": iso(day(-40)), "benefit_end": None,
            "aftercare_until": None, **extra}


CASES = [
    ClientCase("aftercare six months after the end", (), ended(-10), True),
    ClientCase("aftercare set by the coach", (), ended(-10, day(40)), True),
    ClientCase("aftercare before the end", (), ended(-10, day(-11)), False, "aftercare_before_end"),
    ClientCase("aftercare moved before the end", (ended(-10),), {"aftercare_until": iso(day(-20))}, False,
               "aftercare_before_end"),
    ClientCase("restart flagged", (ended(-100),),
               _restart(benefit_restarted_on=iso(day(-40)), previous_benefit_end=iso(day(-100))), True),
    ClientCase("restart not flagged", (ended(-100),), _restart(), False, "restart_not_flagged"),
    ClientCase("restart with another coach", (ended(-100),),
               _restart(benefit_restarted_on=iso(day(-40)), previous_benefit_end=iso(day(-100)),
                        coach_id=str(uuid.uuid4())), False),  # the store allows coach changes only by transfer
    ClientCase("restart after six months", (ended(-300),), _restart(), True),
    ClientCase("a flag without a restart within six months", (),
               {"benefit_restarted_on": iso(day(-10)), "previous_benefit_end": iso(day(-300))}, False,
               "restart_flag"),
    ClientCase("work lasted, at the end of aftercare", (ended(-200, day(-1)),),
               {"aftercare_outcome": "lasted", "aftercare_outcome_on": iso(day(0))}, True),
    ClientCase("work lasted, during aftercare", (ended(-20),),
               {"aftercare_outcome": "lasted", "aftercare_outcome_on": iso(day(0))}, False, "aftercare_outcome_early"),
    ClientCase("work lasted, benefit running", (),
               {"aftercare_outcome": "lasted", "aftercare_outcome_on": iso(day(0))}, False, "aftercare_outcome_no_end"),
    ClientCase("exemption with reason and end", (), exemption(-5, 60), True),
    ClientCase("exemption without end", (), {"work_duty_exemption": "Mantelzorg"}, False, "exemption_incomplete"),
    ClientCase("exemption ending before it starts", (), exemption(5, 1), False, "exemption_dates"),
    ClientCase("binding decision while exempt", (WERKNL_PATH, exemption(-10, -2)), decision(-5), False,
               "exempt_no_binding_decision"),
    ClientCase("binding decision after the exemption", (WERKNL_PATH, exemption(-10, -2)), decision(-1), True),
    ClientCase("re-examination with who and why", (),
               {"reexamination_selected_on": iso(day(-2)), "reexamination_selected_by": "Teamleider Bos",
                "reexamination_reason": "Inkomen uit werk wisselt sterk."}, True),
    ClientCase("re-examination by a score", (),
               {"reexamination_selected_on": iso(day(-2)), "reexamination_selected_by": "model",
                "reexamination_reason": "0.87"}, False, "reexam_reason"),
    ClientCase("re-examination without who", (),
               {"reexamination_selected_on": iso(day(-2)), "reexamination_reason": "Inkomen uit werk wisselt sterk."},
               False, "reexam_reason"),
    ClientCase("invitation without a selection", (), {"reexamination_invited_on": iso(day(0))}, False,
               "reexam_invite_unselected"),
    ClientCase("absence approach proposed with reasons and a note", (),
               {"approach_proposed_on": iso(day(-3)), "approach_reasons": "missed_appointments",
                "approach_note": "Drie afspraken gemist."}, True),
    ClientCase("absence approach proposed by a score", (),
               {"approach_proposed_on": iso(day(-3)), "approach_reasons": "risk_score_8"}, False, "approach_proposal"),
    # admitting is the team lead's (sync/policy/roles.py; without a reason: test_absence_approach_central.py)
    ClientCase("absence approach admitted by the coach", (
        {"approach_proposed_on": iso(day(-3)), "approach_reasons": "missed_obligations", "approach_note": "Weg."},),
               {"approach_decision": "admitted", "approach_decided_on": iso(day(0)), "approach_decided_by": "lead"},
               False, ""),
    ClientCase("absence approach proposed while exempt", (exemption(-10, 20),),
               {"approach_proposed_on": iso(day(-3)), "approach_reasons": "missed_appointments",
                "approach_note": "Drie afspraken gemist."}, False, "exempt_no_absence_approach"),
    ClientCase("exemption stretched over a binding decision", (WERKNL_PATH, exemption(-10, -2), decision(-1)),
               {"work_duty_exemption_until": iso(day(5))}, False, "exempt_no_binding_decision"),
]


class Forger:
    def __init__(self, dev: Any) -> None:
        self.dev, self.client_id, self.version = dev, str(uuid.uuid4()), 1
        res = dev.push(dev.mut("client", self.client_id, first_name="Fatma", last_name="Yılmaz", bsn="123456782",
                               coach_id=dev.user_id, benefit_status="active",
                               benefit_start=iso(day(-400))))["results"][0]
        assert res["status"] == "applied", res

    def update(self, **fields: Any) -> dict[str, Any]:
        res = self.dev.push(self.dev.mut("client", self.client_id, "update", base=self.version, **fields))["results"][0]
        if res["status"] == "applied":
            self.version = res["version"]
        return res


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_client_case_on_the_central_store(central, case):
    f = Forger(central.device("anna"))
    for fields in case.setup:
        assert f.update(**fields)["status"] == "applied"
    before = json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=f.client_id))
    res = f.update(**case.change)
    assert res["status"] == ("applied" if case.ok else "rejected"), res
    if not case.ok:
        assert not case.code or f'"{case.code}"' in res["reason"]
        assert json.loads(central.scalar("SELECT data FROM record WHERE row_id=:r", r=f.client_id)) == before


def test_the_central_reason_is_the_desktops(central, store, actor):
    """A forged aftercare date before the end is refused with the text the desktop shows before saving."""
    f = Forger(central.device("anna"))
    res = f.update(**ended(-10, day(-11)))
    svc = CaseloadService(store.db, actor)
    c = svc.create({"bsn": "123456782", "first_name": "Fatma", "last_name": "Yılmaz"})
    with pytest.raises(ValidationError) as err:
        svc.update(c.id, {"benefit_status": "ended", "benefit_end": day(-10), "aftercare_until": day(-11)})
    assert localise_reason(res["reason"]) == err.value.errors["aftercare_until"]


def test_check_policy_lists_a_stored_aftercare_date_before_the_end(central):
    from sync.server.policy_check import stored_findings

    f = Forger(central.device("anna"))
    assert f.update(**ended(-10))["status"] == "applied"
    with central.store.plain() as conn:
        assert stored_findings(conn, clock.today()) == []


CONVERSATION_CASES = [
    ("held, duty discussed and folder handed over", {"planned": False, "duty_to_inform_discussed": True,
                                                     "rights_folder": "handed_over"}, True, ""),
    ("planned, duty discussed", {"planned": True, "duty_to_inform_discussed": True}, False, "inform_planned"),
    ("planned, folder discussed", {"planned": True, "rights_folder": "discussed"}, False, "inform_planned"),
    ("held, unknown folder value", {"planned": False, "rights_folder": "lost"}, False, "rights_folder_unknown"),
]


@pytest.mark.parametrize("case", CONVERSATION_CASES, ids=lambda c: c[0])
def test_duty_to_inform_on_the_central_store(central, case):
    _name, fields, ok, code = case
    f = Forger(central.device("anna"))
    conv = str(uuid.uuid4())
    base = {"client_id": f.client_id, "kind": "phone", "channel": "phone", "held_at": f"{day(-1).isoformat()}T10:00:00",
            "summary_for_client": "", "internal_notes": ""}
    res = f.dev.push(f.dev.mut("conversation", conv, **base, **fields))["results"][0]
    assert res["status"] == ("applied" if ok else "rejected"), res
    if not ok:
        assert f'"{code}"' in res["reason"]
        # the same change as an update of a planned meeting is refused too
        planned = str(uuid.uuid4())
        assert f.dev.push(f.dev.mut("conversation", planned, **base, planned=fields["planned"]))["results"][0][
            "status"] == "applied"
        res = f.dev.push(f.dev.mut("conversation", planned, "update", base=1, **fields))["results"][0]
        assert res["status"] == "rejected" and f'"{code}"' in res["reason"]


REFERRAL_CASES = [
    ("referral with reason and follow-up", {}, True, ""),
    ("referral to an unknown service", {"referred_to": "schuldhulp"}, False, "referral_to"),
    ("referral without a reason", {"reason": ""}, False, "referral_incomplete"),
    ("follow-up before the referral", {"follow_up_on": iso(day(-20))}, False, "referral_incomplete"),
    ("followed up without a note", {"followed_up_on": iso(day(0))}, False, "referral_follow_up"),
]


@pytest.mark.parametrize("case", REFERRAL_CASES, ids=lambda c: c[0])
def test_referral_on_the_central_store(central, case):
    _name, change, ok, code = case
    f = Forger(central.device("anna"))
    fields = {"client_id": f.client_id, "referred_to": "vraagwijzer", "reason": "Vragen over toeslagen.",
              "referred_on": iso(day(-10)), "follow_up_on": iso(day(4)), **change}
    res = f.dev.push(f.dev.mut("referral", str(uuid.uuid4()), **fields))["results"][0]
    assert res["status"] == ("applied" if ok else "rejected"), res
    if not ok:
        assert f'"{code}"' in res["reason"]


def test_satisfaction_on_the_central_store_and_its_count(central):
    from sync.server.satisfaction import satisfaction_figures

    f = Forger(central.device("anna"))
    assert f.update(**ended(-200, day(-1)))["status"] == "applied"
    res = f.update(aftercare_outcome="lasted", aftercare_outcome_on=iso(day(0)), aftercare_satisfaction=9)
    assert res["status"] == "rejected" and '"satisfaction_rating"' in res["reason"]
    res = f.update(aftercare_satisfaction_remark="Alleen een opmerking.")
    assert res["status"] == "rejected" and '"satisfaction_remark"' in res["reason"]
    assert f.update(aftercare_outcome="lasted", aftercare_outcome_on=iso(day(0)), aftercare_satisfaction=4,
                    aftercare_satisfaction_remark="Goed geholpen.")["status"] == "applied"
    with central.store.read() as conn:
        placement, aftercare = satisfaction_figures(conn)
    assert (aftercare.count, aftercare.mean, aftercare.per_score[4], aftercare.with_remark) == (1, 4.0, 1, 1)
    assert placement.count == 0 and placement.mean is None
