"""The duty to inform on conversations and calls (issue 17 point 2, sync/policy/duty_to_inform.py) on the desktop:
recorded on a held conversation or call, refused on a planned one; the last time shown; Mijn week lists clients
never informed or more than twelve months ago. The central store: tests/sync/test_policy_client_cases.py."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from testclock import day

from desktop.services.caseload import CaseloadService
from desktop.services.client_notes import client_notes
from desktop.services.conversations import ConversationService
from desktop.services.duty_to_inform import DutyToInformService
from desktop.services.errors import ValidationError
from desktop.services.timeline import WeekService


def talk(n: int, **kw) -> dict:
    return {"kind": "progress", "channel": "in_person", "held_at": datetime.combine(day(n), time(10, 0)),
            "summary_for_client": "Besproken.", **kw}


@pytest.fixture
def people(store, actor):
    svc = CaseloadService(store.db, actor)
    return {k: svc.create({"bsn": bsn, "first_name": k, "last_name": "Test"}).id
            for k, bsn in (("Sem", "111222333"), ("Noor", "123456782"), ("Bram", "999999990"))}


def test_recorded_on_a_held_conversation_and_a_call(store, actor, people):
    conv = ConversationService(store.db, actor)
    c = conv.record(people["Sem"], talk(-400, duty_to_inform_discussed=True, rights_folder="handed_over"))
    assert (c.duty_to_inform_discussed, c.rights_folder) == (True, "handed_over")
    conv.record(people["Sem"], talk(-30, kind="phone", channel="phone", rights_folder="discussed"))
    conv.record(people["Sem"], talk(-5))  # a conversation without it does not count
    assert DutyToInformService(store.db, actor).last_done(people["Sem"]).date() == day(-30)
    d = CaseloadService(store.db, actor).open(people["Sem"])
    assert f"informatieplicht besproken op {day(-30):%d-%m-%Y}" in client_notes(d, day(0), datetime.combine(
        day(-30), time(10)))
    assert "informatieplicht nog nooit besproken" in client_notes(d, day(0), None)


def test_not_on_a_planned_meeting_and_only_known_folder_values(store, actor, people):
    conv = ConversationService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        conv.plan(people["Sem"], talk(3, duty_to_inform_discussed=True))
    assert "gehouden gesprek" in err.value.errors["duty_to_inform_discussed"]
    with pytest.raises(ValidationError) as err:
        conv.record(people["Sem"], talk(-1, rights_folder="lost"))
    assert "overhandigd of besproken" in err.value.errors["rights_folder"]


def test_mijn_week_lists_never_or_more_than_twelve_months_ago(store, actor, people):
    conv = ConversationService(store.db, actor)
    conv.record(people["Sem"], talk(-400, duty_to_inform_discussed=True))
    conv.record(people["Noor"], talk(-100, duty_to_inform_discussed=True))
    week = WeekService(store.db, actor).week()
    assert [e.client_id for e in week.inform_due] == [people["Bram"], people["Sem"]]  # never first
    assert "nooit" in week.inform_due[0].what and "12 maanden" in week.inform_due[1].what
