from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from testclock import in_hours

from desktop.models.entities import Agreement, AuditEvent, OutboxMutation, User
from desktop.services.caseload import CaseloadService
from desktop.services.context import local_now
from desktop.services.conversations import SUMMARY_MAX, AgreementService, ConversationService
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.timeline import TimelineService, WeekService


def now() -> datetime:
    """The frozen clock's wall-clock time, to the minute (the autouse `clock` fixture sets it)."""
    return local_now().replace(second=0)


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create(
        {"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik", "postcode": "3011 AB"})


@pytest.fixture
def specialist(store):
    with store.db.session() as s:
        u = User(username="rik", display_name="Rik de Wit", role="specialist", organisation="Rotterdam Inclusief")
        s.add(u)
    return u


def conv(**kw):
    base = {"kind": "progress", "channel": "in_person", "held_at": in_hours(-1), "place": "Wijkhuis",
            "summary_for_client": "We hebben gepraat over werk.", "internal_notes": "intern"}
    return {**base, **kw}


def test_record_with_two_agreements_in_one_transaction(store, actor, client, specialist):
    svc = ConversationService(store.db, actor)
    c = svc.record(client.id, conv(next_meeting_at=now() + timedelta(days=7)), [
        {"description": "CV sturen naar Rik", "party": "client", "due_date": actor.today() + timedelta(days=5)},
        {"description": "Werkplek zoeken", "party": "specialist", "specialist_id": specialist.id,
         "due_date": actor.today() + timedelta(days=14), "shared_with_specialists": True},
    ])
    assert len(c.agreements) == 2 and c.agreements[1].shared_with_specialists
    with store.db.session() as s:
        tables = [m.table_name for m in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))]
        assert tables.count("conversation") == 2 and tables.count("agreement") == 2
        actions = [(e.action, e.entity) for e in s.scalars(select(AuditEvent).where(AuditEvent.entity != "client"))]
        assert ("create", "conversation") in actions and actions.count(("create", "agreement")) == 2


def test_invalid_agreement_saves_nothing(store, actor, client):
    svc = ConversationService(store.db, actor)
    with pytest.raises(ValidationError) as err:
        svc.record(client.id, conv(), [
            {"description": "goed", "due_date": actor.today()},
            {"description": "te vroeg", "due_date": (now() - timedelta(days=10)).date()},
        ])
    assert "agreement2.due_date" in err.value.errors
    assert "voor het gesprek" in err.value.errors["agreement2.due_date"]
    assert svc.list_for_client(client.id) == []


@pytest.mark.parametrize("changes,field,fragment", [
    ({"summary_for_client": "x" * (SUMMARY_MAX + 1)}, "summary_for_client", "te lang"),
    ({"held_at": timedelta(days=2)}, "held_at", "geplande afspraak"),
    ({"held_at": ""}, "held_at", "verplicht"),
    ({"kind": "chat"}, "kind", "soort"),
    ({"next_meeting_at": -timedelta(days=3)}, "next_meeting_at", "na dit gesprek"),
])
def test_conversation_validation(store, actor, client, changes, field, fragment):
    changes = {k: now() + v if isinstance(v, timedelta) else v for k, v in changes.items()}  # offsets from now
    with pytest.raises(ValidationError) as err:
        ConversationService(store.db, actor).record(client.id, conv(**changes))
    assert fragment in err.value.errors[field]


def test_specialist_agreement_needs_a_specialist(store, actor, client):
    with pytest.raises(ValidationError) as err:
        AgreementService(store.db, actor).add(client.id, {"description": "x", "party": "specialist"})
    assert "specialist_id" in err.value.errors


def test_status_transitions(store, actor, client):
    svc = AgreementService(store.db, actor)
    a = svc.add(client.id, {"description": "Bellen met UWV", "due_date": actor.today()})
    with pytest.raises(ValidationError, match="status_date"):
        svc.update(a.id, {"status": "done"})
    done = svc.set_status(a.id, "done")
    assert (done.status, done.status_date) == ("done", actor.today())
    with pytest.raises(ValidationError, match="weer open"):
        svc.set_status(a.id, "missed")
    with pytest.raises(ValidationError, match="toekomst"):
        svc.update(a.id, {"status_date": actor.today() + timedelta(days=1)})
    reopened = svc.set_status(a.id, "open")
    assert (reopened.status, reopened.status_date) == ("open", None)


def test_planned_meeting_becomes_conversation(store, actor, client):
    svc = ConversationService(store.db, actor)
    planned = svc.plan(client.id, {"kind": "review", "held_at": now() + timedelta(days=1)})
    assert planned.planned
    with pytest.raises(ValidationError, match="gepland op"):
        svc.hold(planned.id, {"summary_for_client": "Heronderzoek gedaan."})  # its day has not come
    svc.update(planned.id, {"held_at": now()})  # the meeting was brought forward to today
    held = svc.hold(planned.id, {"held_at": now(), "summary_for_client": "Heronderzoek gedaan."},
                    [{"description": "Loonstrook sturen", "due_date": actor.today() + timedelta(days=3)}])
    assert not held.planned and len(held.agreements) == 1
    with pytest.raises(ServiceError, match="al vastgelegd"):
        svc.hold(planned.id, {})


def test_delete_conversation_cancels_open_agreements(store, actor, client):
    svc = ConversationService(store.db, actor)
    c = svc.record(client.id, conv(), [{"description": "a", "due_date": actor.today()}])
    svc.delete(c.id)
    assert svc.list_for_client(client.id) == []
    with store.db.session() as s:
        a = s.scalars(select(Agreement)).one()
        assert a.status == "cancelled" and a.deleted_at is None


def test_timeline_and_week(store, actor, client):
    svc = ConversationService(store.db, actor)
    old = svc.record(client.id, conv(held_at=now() - timedelta(days=40)),
                     [{"description": "Te laat ding", "due_date": (now() - timedelta(days=30)).date()}])
    svc.record(client.id, conv(held_at=now() - timedelta(days=2)),
               [{"description": "Deze week", "due_date": actor.today()}])
    svc.plan(client.id, {"kind": "progress", "held_at": datetime.combine(actor.today(), datetime.min.time())
                         + timedelta(hours=23)})
    items = TimelineService(store.db, actor).for_client(client.id)
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    assert {i.kind for i in items} == {"conversation", "agreement", "planned"}
    assert [i.title for i in items if i.overdue] == ["Te laat ding"]
    only = TimelineService(store.db, actor).for_client(client.id, {"conversation"})
    assert {i.kind for i in only} == {"conversation"} and old.id in {i.ref_id for i in only}

    week = WeekService(store.db, actor).week()
    assert [e.what for e in week.overdue] == ["Te laat ding (Werkzoekende)"]
    assert [e.what for e in week.due_this_week] == ["Deze week (Werkzoekende)"]


def test_aftercare_ending_in_week(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create({"bsn": "123456782", "first_name": "Jan", "last_name": "Bakker", "benefit_status": "ended",
                    "benefit_end": "2026-06-01", "aftercare_until": actor.today() + timedelta(days=10)})
    week = WeekService(store.db, actor).week()
    assert [e.client_id for e in week.aftercare_ending] == [c.id]


def test_call_back_reminders_are_in_the_week(store, actor, client):
    from desktop.models.entities import Signal

    when = datetime.combine(actor.today(), datetime.min.time()) + timedelta(hours=15)
    with store.db.session() as s:
        s.add(Signal(client_id=client.id, kind="duty_to_inform", description="Inkomsten niet gemeld",
                     signalled_on=actor.today(), next_attempt_at=when))
        s.add(Signal(client_id=client.id, kind="other", description="Gesloten", signalled_on=actor.today(),
                     status="closed", next_attempt_at=when))
    week = WeekService(store.db, actor).week()
    assert [(e.at, e.what) for e in week.call_backs] == [(when, "Opnieuw bellen: Inkomsten niet gemeld")]
