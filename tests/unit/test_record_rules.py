"""Records a coach can trust (issue 15, point 2): each rule of desktop/services/record_rules.py."""

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select
from testclock import at, day, in_hours

from desktop.models.entities import Conversation
from desktop.services.caseload import CaseloadService
from desktop.services.conversations import AgreementService, ConversationService
from desktop.services.errors import ValidationError
from desktop.services.record_rules import default_next_meeting, working_slot
from desktop.services.timeline import TimelineService


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create(
        {"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik", "postcode": "3011 AB"})


def _planned(store, client_id):
    with store.db.session() as s:
        return [(c.held_at, c.kind) for c in s.scalars(select(Conversation).where(
            Conversation.client_id == client_id, Conversation.planned.is_(True)))]


def test_an_empty_conversation_is_not_saved(store, actor, client):
    svc = ConversationService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        svc.record(client.id, {"held_at": in_hours(-1), "summary_for_client": "  "})
    assert "besproken" in err.value.errors["summary_for_client"]
    assert svc.list_for_client(client.id) == []
    # a summary alone, or an agreement alone, is enough
    svc.record(client.id, {"held_at": in_hours(-1), "summary_for_client": "Over werk gepraat."})
    svc.record(client.id, {"held_at": in_hours(-2)}, [{"description": "CV sturen", "due_date": day(7)}])
    assert len(svc.list_for_client(client.id)) == 2


def test_holding_a_planned_meeting_needs_content_too(store, actor, client):
    svc = ConversationService(store.db, actor)
    planned = svc.plan(client.id, {"held_at": in_hours(-1)})
    with pytest.raises(ValidationError) as err:
        svc.hold(planned.id, {})
    assert "summary_for_client" in err.value.errors
    assert svc.hold(planned.id, {"summary_for_client": "Gesproken."}).planned is False


def test_an_agreement_needs_a_due_date(store, actor, client):
    agreements = AgreementService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        agreements.add(client.id, {"description": "Bellen met UWV"})
    assert err.value.errors["due_date"] == "Kies de datum waarop dit klaar moet zijn."
    with pytest.raises(ValidationError) as err:  # also inside a conversation
        ConversationService(store.db, actor).record(client.id, {"held_at": in_hours(-1)},
                                                     [{"description": "CV sturen"}])
    assert "agreement1.due_date" in err.value.errors
    a = agreements.add(client.id, {"description": "Bellen met UWV", "due_date": day(3)})
    with pytest.raises(ValidationError):  # the date cannot be taken away from an open agreement
        agreements.update(a.id, {"due_date": None})
    # a finished agreement may keep having no date (old records stay editable)
    assert agreements.update(a.id, {"status": "done", "status_date": day(0)}).status == "done"


def test_a_meeting_is_held_only_on_its_day_or_later(store, actor, client):
    svc = ConversationService(store.db, actor)
    ahead = svc.plan(client.id, {"held_at": at(12, 10)})
    with pytest.raises(ValidationError) as err:
        svc.hold(ahead.id, {"summary_for_client": "Gesproken."})
    assert day(12).strftime("%d-%m-%Y") in err.value.errors["held_at"]
    assert svc.get(ahead.id).planned  # nothing changed, the meeting is still planned at its time
    assert svc.get(ahead.id).held_at == at(12, 10)


def test_the_next_meeting_is_a_planned_conversation_shown_everywhere(store, actor, client):
    svc = ConversationService(store.db, actor)
    nxt = default_next_meeting(day(0))
    svc.record(client.id, {"held_at": in_hours(-1), "summary_for_client": "Gesproken.", "next_meeting_at": nxt})
    assert _planned(store, client.id) == [(nxt, "progress")]
    row = next(r for r in CaseloadService(store.db, actor).list_clients() if r.id == client.id)
    assert row.next_meeting == nxt  # the caseload list
    assert any(i.at == nxt for i in TimelineService(store.db, actor).for_client(client.id))  # the timeline
    # recording the same next meeting again does not plan it twice; a time already past is not planned
    svc.record(client.id, {"held_at": in_hours(-2), "summary_for_client": "Nog een.", "next_meeting_at": nxt})
    svc.record(client.id, {"held_at": in_hours(-30), "summary_for_client": "Oud.", "next_meeting_at": in_hours(-3)})
    assert len(_planned(store, client.id)) == 1


def test_the_next_meeting_defaults_to_working_hours_on_a_working_day():
    for offset in range(7):
        slot = default_next_meeting(day(offset))
        assert slot.weekday() < 5 and slot.time() == time(10, 0)
        assert timedelta(days=14) <= slot - datetime.combine(day(offset), time(0)) < timedelta(days=17)
    assert working_slot(day(0), time(21, 10)).time() == time(10, 0)  # never the clock time of the evening
    assert working_slot(day(0), time(14, 30)).time() == time(14, 30)
