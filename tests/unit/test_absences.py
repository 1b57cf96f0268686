"""Verzuimaanpak: no-show -> door visit -> conversation -> consideration -> hearing -> decision."""

from datetime import date, datetime

import pytest
from sqlalchemy import select
from testclock import at, day

from desktop.models.entities import AuditEvent, Conversation
from desktop.services.absences import AbsenceService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError

MISSED, VISIT, TALK = date.min, date.min, datetime.min  # the steps' days before today, set by `steps`


@pytest.fixture(autouse=True)
def steps():
    global MISSED, VISIT, TALK
    MISSED, VISIT, TALK = day(-10), day(-9), at(-7, 10, 0)


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Kees", "last_name": "Jansen"})


@pytest.fixture
def svc(store, actor):
    return AbsenceService(store.db, actor)


@pytest.fixture
def absence(svc, client):
    return svc.record(client.id, {"activity": "Sollicitatietraining", "missed_on": MISSED, "notified": False})


def talked(svc, absence):
    svc.record_door_visit(absence.id, VISIT, "Niemand thuis, briefje achtergelaten.")
    return svc.record_conversation(absence.id, {"held_at": TALK, "summary_for_client": "Over het verzuim gepraat."})


def test_record_validates_in_dutch(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.record(client.id, {"activity": "", "missed_on": day(36).isoformat()})
    assert err.value.errors == {"activity": "Vul in welke activiteit is gemist.",
                                "missed_on": "Een activiteit in de toekomst kan nog niet gemist zijn."}


def test_full_path_from_no_show_to_sanction(store, svc, absence):
    assert absence.stage == "missed" and "consider" not in absence.next_steps()
    a = svc.record_door_visit(absence.id, VISIT, "Niemand thuis.")
    assert a.stage == "door_visit" and a.next_steps() == ("explain", "conversation")
    a = svc.record_conversation(absence.id, {"held_at": TALK, "summary_for_client": "Verzuim besproken.",
                                             "internal_notes": "Geen bijzonderheden."})
    assert a.stage == "conversation" and "consider" in a.next_steps()
    a = svc.consider_sanction(absence.id, day(-6))
    assert a.stage == "considered" and set(a.next_steps()) == {"explain", "decide", "hearing"}
    a = svc.offer_hearing(absence.id, day(-3))
    a = svc.decide(absence.id, "sanction", "Zonder afmelding niet verschenen, geen omstandigheden.",
                   percentage=30, months=1)
    assert (a.stage, a.sanction_percentage, a.sanction_months, a.closed_on) == ("decided", 30, 1, day(0))
    assert a.next_steps() == ()
    with store.db.session() as s:
        conv = s.get(Conversation, a.followup_conversation_id)
        assert conv.client_id == a.client_id and not conv.planned
        updates = s.scalars(select(AuditEvent.fields).where(AuditEvent.entity == "absence",
                                                            AuditEvent.action == "update")).all()
    assert len(updates) == 5


def test_sanction_without_consideration_is_refused(svc, absence):
    talked(svc, absence)
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "Niet verschenen", percentage=30, months=1)
    assert err.value.errors["sanction_decision"] == (
        "Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord te "
        "worden. Nog nodig: een maatregeloverweging en het aanbod aan de werkzoekende om gehoord te worden.")


def test_sanction_without_hearing_offered_is_refused(svc, absence):
    talked(svc, absence)
    svc.consider_sanction(absence.id)
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "Niet verschenen", percentage=30, months=1)
    assert err.value.errors["sanction_decision"].endswith(
        "Nog nodig: het aanbod aan de werkzoekende om gehoord te worden.")
    assert svc.get(absence.id).is_open


def test_no_consideration_before_door_visit_and_conversation(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.consider_sanction(absence.id)
    assert err.value.errors["sanction_considered_on"] == (
        "Een maatregel overwegen kan pas na het gesprek. Nog nodig: het voordeurbezoek en het vervolggesprek "
        "met de werkzoekende.")
    with pytest.raises(ValidationError) as err:
        svc.offer_hearing(absence.id)
    assert "Nog nodig: eerst de maatregel overwegen." in err.value.errors["hearing_offered_on"]


def test_called_off_needs_no_door_visit(svc, client):
    a = svc.record(client.id, {"activity": "CV-training", "missed_on": MISSED, "notified": True})
    assert "door_visit" not in a.next_steps()
    with pytest.raises(ValidationError) as err:
        svc.record_door_visit(a.id, VISIT, "x")
    assert "niet nodig" in err.value.errors["door_visit_on"]
    svc.record_conversation(a.id, {"held_at": TALK})
    assert svc.consider_sanction(a.id).stage == "considered"


def test_decision_not_to_sanction_needs_only_a_consideration(svc, absence):
    talked(svc, absence)
    svc.consider_sanction(absence.id)
    a = svc.decide(absence.id, "no_sanction", "Eerste keer, goede afspraken gemaakt.")
    assert a.sanction_decision == "no_sanction" and a.sanction_percentage is None and not a.is_open


def test_circumstances_close_without_sanction(svc, absence):
    svc.record_door_visit(absence.id, VISIT, "Moeder opgenomen in het ziekenhuis.")
    with pytest.raises(ValidationError) as err:
        svc.explain(absence.id, " ")
    assert err.value.errors == {"decision_reason": "Schrijf op welke omstandigheden het verzuim verklaren."}
    a = svc.explain(absence.id, "Mantelzorg voor moeder in het ziekenhuis.")
    assert a.stage == "explained" and a.sanction_decision == "no_sanction" and a.closed_on == day(0)
    with pytest.raises(ValidationError) as err:
        svc.consider_sanction(absence.id)
    assert err.value.errors == {"closed_on": "Dit verzuim is al afgesloten."}


def test_sanction_amount_is_checked(svc, absence):
    talked(svc, absence)
    svc.consider_sanction(absence.id)
    svc.offer_hearing(absence.id)
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "", percentage=0, months=12)
    assert set(err.value.errors) == {"decision_reason", "sanction_percentage", "sanction_months"}


def test_dates_follow_the_steps(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.record_door_visit(absence.id, day(-16), "te vroeg")
    assert err.value.errors == {"door_visit_on": "Deze datum ligt voor de vorige stap; klopt hij?"}
    with pytest.raises(ValidationError) as err:
        svc.record_conversation(absence.id, {"held_at": at(-25, 9, 0)})
    assert "voor het verzuim" in err.value.errors["held_at"]
    assert svc.get(absence.id).followup_conversation_id is None  # nothing half-saved


def test_list_is_an_audited_view(store, svc, absence, client):
    assert [a.id for a in svc.list_for_client(client.id)] == [absence.id]
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "view", AuditEvent.entity == "absence"))
