
import pytest
from sqlalchemy import select
from testclock import at, day

from desktop.models.entities import Agreement, AuditEvent, Client, Conversation, OutboxMutation
from desktop.services.caseload import CaseloadService, add_months
from desktop.services.errors import NotFound, ValidationError

JAN = {"bsn": "111222333", "first_name": "Jan", "name_prefix": "van den", "last_name": "Berg",
       "postcode": "3011ab", "date_of_birth": "01-02-1980"}


def test_create_writes_audit_and_outbox(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create(JAN)
    with store.db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.client_id == c.id)).all()
        assert [(e.action, e.username, e.device_id) for e in events] == [("create", actor.username, actor.device_id)]
        assert "bsn" in events[0].fields and "111222333" not in events[0].fields  # names, never values
        muts = s.scalars(select(OutboxMutation).where(OutboxMutation.row_id == c.id)).all()
        assert [(m.table_name, m.op) for m in muts] == [("client", "insert")]
        assert '"last_name": "Berg"' in muts[0].fields_json


def test_update_changed_fields_only(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create(JAN)
    svc.update(c.id, {"phone": "010-1234567", "last_name": "Berg"})
    with store.db.session() as s:
        upd = s.scalars(select(OutboxMutation).where(OutboxMutation.op == "update")).one()
        assert upd.fields_json == '{"phone": "010-1234567"}'
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert ev.fields == "phone"


def test_invalid_update_keeps_stored_data(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create(JAN)
    with pytest.raises(ValidationError) as err:
        svc.update(c.id, {"postcode": "nope", "phone": "010-1234567"})
    assert "postcode" in err.value.errors
    again = svc.open(c.id)
    assert again.postcode == "3011 AB" and again.phone is None


def test_duplicate_bsn_refused(store, actor):
    svc = CaseloadService(store.db, actor)
    svc.create(JAN)
    with pytest.raises(ValidationError, match="al iemand"):
        svc.create({**JAN, "first_name": "Piet"})


def test_open_is_audited_and_delete_is_soft(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create(JAN)
    svc.open(c.id)
    svc.delete(c.id)
    assert svc.list_clients() == []
    with pytest.raises(NotFound):
        svc.open(c.id)
    with store.db.session() as s:
        assert s.get(Client, c.id).deleted_at is not None
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.at))]
        assert actions == ["create", "view", "delete"]


def test_list_figures_and_aftercare_default(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create(JAN)
    ended = svc.create({"bsn": "123456782", "first_name": "Zoë", "last_name": "Bakker", "benefit_status": "ended",
                        "benefit_end": day(-56).isoformat()})
    assert ended.aftercare_until == add_months(day(-56), 6)
    with store.db.session() as s:
        s.add_all([
            Agreement(client_id=c.id, description="cv maken", due_date=day(-25)),
            Agreement(client_id=c.id, description="bellen", due_date=day(14)),
            Agreement(client_id=c.id, description="klaar", status="done", status_date=day(-24)),
            Conversation(client_id=c.id, held_at=at(3, 10), planned=True),
        ])
    rows = {r.id: r for r in svc.list_clients()}
    assert (rows[c.id].open_agreements, rows[c.id].overdue_agreements) == (2, 1)
    assert rows[c.id].next_meeting is not None and rows[c.id].phase == "benefit"
    assert rows[ended.id].phase == "aftercare"
