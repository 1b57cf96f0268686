"""Verzuimaanpak: no-show -> door visit -> conversation -> circumstances -> consideration -> hearing -> decision.

Dates are relative to the frozen clock's today (make test-dates runs this on other days)."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models.entities import AuditEvent, Conversation
from desktop.services.absences import AbsenceService
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from sync import clock as sync_clock

NOTHING = {k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")}


def day(n: int) -> date:
    """Day n of the case: day 0 (the missed activity) is three weeks before the frozen today."""
    return sync_clock.today() - timedelta(days=21 - n)


def talk_at(n: int) -> datetime:
    d = day(n)
    return datetime(d.year, d.month, d.day, 10, 0)


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Kees", "last_name": "Jansen"})


@pytest.fixture
def svc(store, actor):
    return AbsenceService(store.db, actor)


@pytest.fixture
def absence(svc, client):
    return svc.record(client.id, {"activity": "Sollicitatietraining", "missed_on": day(0), "notified": False})


def talked(svc, absence):
    svc.record_door_visit(absence.id, day(1), "Niemand thuis, briefje achtergelaten.")
    return svc.record_conversation(absence.id, {"held_at": talk_at(3), "summary_for_client": "Verzuim besproken."})


def considered(svc, absence):
    talked(svc, absence)
    svc.check_circumstances(absence.id, NOTHING)
    return svc.consider_sanction(absence.id, day(4))


def test_record_validates_in_dutch(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.record(client.id, {"activity": "", "missed_on": sync_clock.today() + timedelta(days=30)})
    assert err.value.errors == {"activity": "Vul in welke activiteit is gemist.",
                                "missed_on": "Een activiteit in de toekomst kan nog niet gemist zijn."}


def test_full_path_from_no_show_to_sanction(store, svc, absence):
    assert absence.stage == "missed" and "consider" not in absence.next_steps()
    a = svc.record_door_visit(absence.id, day(1), "Niemand thuis.")
    assert a.stage == "door_visit" and a.next_steps() == ("explain", "conversation")
    a = svc.record_conversation(absence.id, {"held_at": talk_at(3), "summary_for_client": "Verzuim besproken.",
                                             "internal_notes": "Geen bijzonderheden."})
    assert a.stage == "conversation" and a.next_steps() == ("explain", "circumstances")
    a = svc.check_circumstances(absence.id, {**NOTHING, "debts": {"answer": "unknown", "note": "Vraag na bij "
                                                                                               "schuldhulp."}})
    assert a.circumstances_checked and "consider" in a.next_steps()
    a = svc.consider_sanction(absence.id, day(4))
    assert a.stage == "considered" and set(a.next_steps()) == {"explain", "decide", "hearing"}
    a = svc.offer_hearing(absence.id, day(5))
    assert a.hearing_deadline == sync_clock.add_working_days(day(5), 5)
    a = svc.record_hearing_outcome(absence.id, "heard", "Was de afspraak vergeten.", on=day(7))
    a = svc.decide(absence.id, "sanction", "Zonder afmelding niet verschenen, geen omstandigheden.",
                   percentage=30, months=1)
    assert (a.stage, a.sanction_percentage, a.sanction_months, a.closed_on) == (
        "decided", 30, 1, sync_clock.today())
    assert a.next_steps() == ()
    with store.db.session() as s:
        conv = s.get(Conversation, a.followup_conversation_id)
        assert conv.client_id == a.client_id and not conv.planned
        updates = s.scalars(select(AuditEvent.fields).where(AuditEvent.entity == "absence",
                                                            AuditEvent.action == "update")).all()
    assert len(updates) == 7


def test_sanction_without_consideration_or_hearing_is_refused(svc, absence):
    talked(svc, absence)
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "Niet verschenen", percentage=30, months=1)
    assert err.value.errors["sanction_decision"] == (
        "Een maatregel kan pas na een maatregeloverweging en een uitnodiging om gehoord te worden.")
    svc.check_circumstances(absence.id, NOTHING)
    svc.consider_sanction(absence.id)
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "Niet verschenen", percentage=30, months=1)
    assert err.value.errors["sanction_decision"].endswith("een uitnodiging om gehoord te worden.")
    assert svc.get(absence.id).is_open


def test_decision_waits_for_the_hearing_outcome_or_deadline(svc, absence, clock):
    considered(svc, absence)
    svc.offer_hearing(absence.id)  # today: the deadline lies ahead
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "Niet verschenen", percentage=30, months=1)
    deadline = sync_clock.add_working_days(sync_clock.today(), 5)
    assert err.value.errors["sanction_decision"] == (
        "Een besluit kan pas na de uitkomst van het horen of na de reactietermijn "
        f"(tot en met {deadline:%d-%m-%Y}).")
    after = deadline + timedelta(days=1)
    clock.move_to(datetime(after.year, after.month, after.day, 12, 0, tzinfo=sync_clock.AMSTERDAM))
    assert svc.decide(absence.id, "sanction", "Geen reactie op de uitnodiging.", percentage=30,
                      months=1).sanction_decision == "sanction"


def test_no_consideration_before_door_visit_conversation_and_circumstances(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.consider_sanction(absence.id)
    assert err.value.errors["sanction_considered_on"] == (
        "Een maatregel overwegen kan pas na het voordeurbezoek, het vervolggesprek en de toets van de "
        "omstandigheden. Nog nodig: het voordeurbezoek, het vervolggesprek met de werkzoekende en de toets van "
        "de omstandigheden (kinderen, schulden, wonen, gezondheid).")
    with pytest.raises(ValidationError) as err:
        svc.offer_hearing(absence.id)
    assert "Nog nodig: eerst de maatregel overwegen." in err.value.errors["hearing_offered_on"]


def test_conversation_comes_after_the_door_visit(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.record_conversation(absence.id, {"held_at": talk_at(3)})
    assert "Nog nodig: eerst het voordeurbezoek." in err.value.errors["followup_conversation_id"]
    assert svc.get(absence.id).followup_conversation_id is None


def test_circumstances_need_an_answer_each_and_a_note_unless_no(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.check_circumstances(absence.id, {"children": {"answer": "yes"}, "debts": {"answer": "misschien"}})
    assert err.value.errors == {
        "children": "Schrijf in een notitie wat er speelt of wat nog onbekend is.",
        "debts": "Kies ja, nee of onbekend.", "housing": "Kies ja, nee of onbekend.",
        "health": "Kies ja, nee of onbekend."}


def test_called_off_needs_no_door_visit(svc, client):
    a = svc.record(client.id, {"activity": "CV-training", "missed_on": day(0), "notified": True})
    assert "door_visit" not in a.next_steps()
    with pytest.raises(ValidationError) as err:
        svc.record_door_visit(a.id, day(1), "x")
    assert "niet nodig" in err.value.errors["door_visit_on"]
    svc.record_conversation(a.id, {"held_at": talk_at(3)})
    svc.check_circumstances(a.id, NOTHING)
    assert svc.consider_sanction(a.id).stage == "considered"


def test_decision_not_to_sanction_needs_only_a_consideration(svc, absence):
    considered(svc, absence)
    a = svc.decide(absence.id, "no_sanction", "Eerste keer, goede afspraken gemaakt.")
    assert a.sanction_decision == "no_sanction" and a.sanction_percentage is None and not a.is_open


def test_circumstances_close_without_sanction(svc, absence):
    svc.record_door_visit(absence.id, day(1), "Moeder opgenomen in het ziekenhuis.")
    with pytest.raises(ValidationError) as err:
        svc.explain(absence.id, " ")
    assert err.value.errors == {"decision_reason": "Schrijf op welke omstandigheden het verzuim verklaren."}
    a = svc.explain(absence.id, "Mantelzorg voor moeder in het ziekenhuis.")
    assert a.stage == "explained" and a.sanction_decision == "no_sanction" and a.closed_on == sync_clock.today()
    with pytest.raises(ValidationError) as err:
        svc.consider_sanction(absence.id)
    assert err.value.errors == {"closed_on": "Dit verzuim is al afgesloten."}


def test_sanction_amount_is_checked(svc, absence):
    considered(svc, absence)
    svc.offer_hearing(absence.id, day(5))
    svc.record_hearing_outcome(absence.id, "no_response", on=day(15))
    with pytest.raises(ValidationError) as err:
        svc.decide(absence.id, "sanction", "", percentage=0, months=12)
    assert set(err.value.errors) == {"decision_reason", "sanction_percentage", "sanction_months"}


def test_dates_follow_the_steps(svc, absence):
    with pytest.raises(ValidationError) as err:
        svc.record_door_visit(absence.id, day(-5), "te vroeg")
    assert err.value.errors == {"door_visit_on": "Deze datum ligt voor de vorige stap; klopt hij?"}
    svc.record_door_visit(absence.id, day(1), "Niemand thuis.")
    with pytest.raises(ValidationError) as err:
        svc.record_conversation(absence.id, {"held_at": talk_at(-10)})
    assert "voor het verzuim" in err.value.errors["held_at"]
    assert svc.get(absence.id).followup_conversation_id is None  # nothing half-saved


def test_list_is_an_audited_view(store, svc, absence, client):
    assert [a.id for a in svc.list_for_client(client.id)] == [absence.id]
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "view", AuditEvent.entity == "absence"))
