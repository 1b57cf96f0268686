"""The absence approach's first step (issue 17 point 1, partly; seed 004): the coach proposes with reasons and a
note, a team lead admits or excludes with the reason; not while exempt from the work duty (point 8). The central
store: tests/sync/test_policy_client_cases.py."""

from __future__ import annotations

from dataclasses import replace

import pytest
from testclock import day

from desktop.services.absence_approach import AbsenceApproachService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import NotAllowed, ValidationError


@pytest.fixture
def cid(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "123456782", "first_name": "Ayşe",
                                                    "last_name": "Çelik"}).id


def test_propose_and_decide(store, actor, cid):
    coach = AbsenceApproachService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        coach.propose(cid, [], "Drie keer niet gekomen.")
    assert "toelichting in woorden" in err.value.errors["approach_note"]
    with pytest.raises(ValidationError):
        coach.propose(cid, ["missed_appointments"], "")
    with pytest.raises(ValidationError):
        coach.propose(cid, ["score_high"], "Drie keer niet gekomen.")
    d = coach.propose(cid, ["missed_appointments", "sickness_absence"], "Drie afspraken gemist in oktober.")
    assert d.approach_reasons == "missed_appointments sickness_absence"
    assert coach.awaiting_decision() == [cid]
    with pytest.raises(NotAllowed):
        coach.decide(cid, "admitted", "Geen ernstige belemmeringen.")
    lead = AbsenceApproachService(store.db, replace(actor, role="team_lead"))
    with pytest.raises(ValidationError):
        lead.decide(cid, "excluded", "")
    d = lead.decide(cid, "excluded", "Ernstige psychische klachten verklaren het verzuim.")
    assert (d.approach_decision, d.approach_decided_on) == ("excluded", day(0))
    assert coach.awaiting_decision() == []


def test_no_absence_approach_while_exempt(store, actor, cid):
    CaseloadService(store.db, actor).update(cid, {"work_duty_exemption": "Mantelzorg",
                                                  "work_duty_exemption_from": day(-10),
                                                  "work_duty_exemption_until": day(20)})
    with pytest.raises(ValidationError) as err:
        AbsenceApproachService(store.db, actor).propose(cid, ["missed_obligations"], "Niet op de training.")
    assert "geen verzuimaanpak" in err.value.errors["approach_note"]
    assert CaseloadService(store.db, actor).open(cid).approach_proposed_on is None
