"""The client decides about the profile (issue 17 point 6, seed 001): no assessment or re-assessment marks "the
client recognises this" on the client's behalf; matching shows which development areas the client does not
(yet) recognise."""

from __future__ import annotations

from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.placements import PlacementService
from desktop.services.profile import ProfileService


def test_recognition_is_never_assumed_and_matching_shows_it(store, actor):
    load_demo_catalogue(store.db)
    cid = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Fatima",
                                                   "last_name": "El Amrani", "date_of_birth": "1985-06-15"}).id
    profile = ProfileService(store.db, actor)
    profile.assess(cid, {"taxonomy_code": "a.work_rhythm", "level": 1, "target_level": 4,
                         "assessed_on": day(-90).isoformat(), "client_recognises": True})
    e = profile.assess(cid, {"taxonomy_code": "a.punctuality", "level": 2, "target_level": 4,
                             "assessed_on": day(-90).isoformat()})
    assert e.client_recognises is False  # not said: not recognised
    svc = PlacementService(store.db, actor)
    assert svc.matches(cid).unrecognised == ("a.punctuality",)
    best = svc.matches(cid).matches[0]
    p = svc.start(cid, best.instrument.id, {"reason": "Ritme opbouwen.", "goal_codes": list(best.matched),
                                            "start_date": day(-80).isoformat()})
    svc.activate(p.id)
    svc.complete(p.id, {"outcome": "work", "end_date": day(-6).isoformat()}, {"a.work_rhythm": 3})
    # the re-assessment at the end of the placement does not speak for the client
    latest = ProfileService(store.db, actor).profile(cid).item("a.work_rhythm").latest
    assert latest.level == 3 and latest.client_recognises is False
    assert set(svc.matches(cid).unrecognised) == {"a.work_rhythm", "a.punctuality"}
