"""Referral to the wijkteam or VraagWijzer (issue 17 point 7, seed 004): reason and follow-up date, visible in
the timeline and in Mijn week; the same rules on the central store (tests/sync/test_policy_client_cases.py)."""

from __future__ import annotations

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.referrals import ReferralService
from desktop.services.timeline import TimelineService, WeekService


@pytest.fixture
def cid(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "123456782", "first_name": "Ayşe",
                                                    "last_name": "Çelik"}).id


def test_a_referral_has_a_reason_and_a_follow_up_date(store, actor, cid):
    svc = ReferralService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        svc.refer(cid, "wijkteam", "", day(14))
    assert "de reden" in err.value.errors["reason"]
    with pytest.raises(ValidationError) as err:
        svc.refer(cid, "schuldhulp", "Schulden.", day(14))
    assert "wijkteam of naar VraagWijzer" in err.value.errors["referred_to"]
    with pytest.raises(ValidationError):
        svc.refer(cid, "vraagwijzer", "Vragen over toeslagen.", day(-3), referred_on=day(-1))
    with pytest.raises(ValidationError):
        svc.refer(cid, "vraagwijzer", "Vragen over toeslagen.", "")
    assert svc.for_client(cid) == []
    r = svc.refer(cid, "VraagWijzer", "Vragen over toeslagen en post.", day(3), referred_on=day(-10))
    assert (r.referred_to, r.follow_up_on) == ("vraagwijzer", day(3))


def test_timeline_and_mijn_week_show_it_until_followed_up(store, actor, cid):
    svc = ReferralService(store.db, actor)
    r = svc.refer(cid, "wijkteam", "Zorgen om de opvoeding; hulp van het wijkteam.", day(-1), referred_on=day(-20))
    [item] = TimelineService(store.db, actor).for_client(cid, {"referral"})
    assert item.title.startswith("Wijkteam: Zorgen") and item.overdue
    week = WeekService(store.db, actor).week()
    assert [(e.client_id, e.at) for e in week.referrals_due] == [(cid, day(-1))]
    with pytest.raises(ValidationError):
        svc.follow_up(r.id, "")
    svc.follow_up(r.id, "Gezin heeft een vaste contactpersoon bij het wijkteam.")
    assert WeekService(store.db, actor).week().referrals_due == []
    assert not TimelineService(store.db, actor).for_client(cid, {"referral"})[0].overdue
