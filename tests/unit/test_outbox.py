import json

from sqlalchemy import select
from testclock import at

from desktop.models.entities import Client, Instrument, OutboxMutation, User


def test_every_change_is_queued_in_order_and_central_tables_are_not(store):
    with store.db.session() as s:
        s.add(Instrument(code="X1", name="Werkfit", provider="W&I"))
        s.add(User(username="rik", display_name="Rik", role="specialist"))
        c = Client(bsn="111222333", first_name="A", last_name="B")
        s.add(c)
    with store.db.session() as s:
        s.get(Client, c.id).phone = "0612345678"
    with store.db.session() as s:
        muts = s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq)).all()
        assert [(m.table_name, m.op) for m in muts] == [("client", "insert"), ("client", "update")]
        assert muts[1].seq == muts[0].seq + 1
        assert json.loads(muts[1].fields_json) == {"phone": "0612345678"}
        assert muts[0].device_id == muts[1].device_id != "unknown"


def test_rows_applied_from_a_pull_are_not_queued(store):
    with store.db.session() as s:
        s.info["sync_apply"] = True
        s.add(Client(bsn="111222333", first_name="A", last_name="B", version=4))
    with store.db.session() as s:
        assert s.scalars(select(OutboxMutation)).all() == []


def test_insert_mutation_carries_column_defaults(store):
    with store.db.session() as s:
        s.add(Client(bsn="111222333", first_name="A", last_name="B"))
    with store.db.session() as s:
        fields = json.loads(s.scalars(select(OutboxMutation)).one().fields_json)
    assert fields["benefit_status"] == "active" and fields["preferred_language"] == "nl"
    assert fields["werknl_exempt"] is False


def test_parents_are_queued_before_children_in_one_flush(store):
    from desktop.models.entities import AuditEvent, Conversation

    with store.db.session() as s:
        c = Client(bsn="111222333", first_name="A", last_name="B")
        s.add(AuditEvent(username="x", device_id="d", action="create", entity="client", client_id="later"))
        s.add(Conversation(client_id="x", held_at=at(-329)))
        s.add(c)
    with store.db.session() as s:
        tables = [m.table_name for m in s.scalars(select(OutboxMutation).order_by(OutboxMutation.seq))]
    assert tables == ["client", "conversation", "audit_event"]


def test_refusal_reasons_are_explained_to_people():
    from desktop.services.sync_review import explain_reason

    assert explain_reason("client 12 of this agreement is not in your scope").startswith("Deze werkzoekende hoort")
    assert explain_reason("unknown field 'shoe_size' for table 'client'").startswith("De centrale opslag kent")
    assert explain_reason("client.coach_id changes only through a caseload transfer").startswith(
        "Een werkzoekende verhuist")
    assert explain_reason("a team_lead may not change client.team_id").startswith("Dit hoort niet bij uw rol")
    assert explain_reason("a coach may not change approach_attendance.present").startswith(
        "Dit hoort niet bij uw rol")
    assert explain_reason("a specialist may not change placement.status").startswith("Als specialist")
    assert explain_reason("something new") == "something new"
