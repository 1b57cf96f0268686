"""Client satisfaction (issue 17 point 9, seed 001) on the desktop: a rating 1-5 with a remark after a placement and
at the end of aftercare; a remark belongs with a rating. The central store and its count:
tests/sync/test_policy_client_cases.py."""

from __future__ import annotations

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.errors import ValidationError
from desktop.services.placements import PlacementService
from desktop.services.profile import ProfileService


def test_after_a_placement(store, actor):
    load_demo_catalogue(store.db)
    cid = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Fatima",
                                                   "last_name": "El Amrani", "date_of_birth": "1985-06-15"}).id
    ProfileService(store.db, actor).assess(cid, {"taxonomy_code": "a.work_rhythm", "level": 1, "target_level": 4,
                                                 "assessed_on": day(-90).isoformat()})
    svc = PlacementService(store.db, actor)
    best = svc.matches(cid).matches[0]
    p = svc.start(cid, best.instrument.id, {"reason": "Ritme.", "goal_codes": list(best.matched),
                                            "start_date": day(-80).isoformat()})
    svc.activate(p.id)
    with pytest.raises(ValidationError) as err:
        svc.complete(p.id, {"outcome": "work", "client_remark": "Fijne begeleiding."})
    assert "hoort bij een waardering" in err.value.errors["client_remark"]
    svc.complete(p.id, {"outcome": "work", "rating_client": 4, "client_remark": "Fijne begeleiding."})
    from desktop.models.entities import Placement
    with store.db.session() as s:
        stored = s.get(Placement, p.id)
        assert (stored.rating_client, stored.client_remark) == (4, "Fijne begeleiding.")


def test_at_the_end_of_aftercare(store, actor):
    svc = CaseloadService(store.db, actor)
    cid = svc.create({"bsn": "123456782", "first_name": "Ayşe", "last_name": "Çelik", "benefit_status": "ended",
                      "benefit_end": day(-200), "aftercare_until": day(-1)}).id
    with pytest.raises(ValidationError) as err:
        svc.record_aftercare_outcome(cid, True, satisfaction=6)
    assert "1 tot en met 5" in err.value.errors["aftercare_satisfaction"]
    with pytest.raises(ValidationError):
        svc.record_aftercare_outcome(cid, True, remark="Alleen een opmerking.")
    assert svc.open(cid).aftercare_outcome is None  # nothing stored of a refused change
    d = svc.record_aftercare_outcome(cid, True, satisfaction=5, remark="Ik werk nog steeds!")
    assert (d.aftercare_satisfaction, d.aftercare_satisfaction_remark) == (5, "Ik werk nog steeds!")


def test_the_placement_rule_as_the_central_store_applies_it():
    from sync.policy.satisfaction import judge_placement

    assert judge_placement({"rating_client": 4, "client_remark": "Goed."}) == []
    assert [r.code for r in judge_placement({"rating_client": 7})] == ["satisfaction_rating"]
    assert [r.code for r in judge_placement({"client_remark": "Goed."})] == ["satisfaction_remark"]
    assert [r.code for r in judge_placement({"rating_employer": 0})] == ["satisfaction_rating"]
