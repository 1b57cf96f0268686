"""Signals, telephone-first: the rule "Geen boete, tenzij…" is enforced by the service."""

from datetime import date, datetime

import pytest
from sqlalchemy import select
from testclock import day

from desktop.models.entities import AuditEvent, CallAttempt, OutboxMutation
from desktop.services.caseload import CaseloadService
from desktop.services.errors import ValidationError
from desktop.services.signals import SignalService, fine_refusal

MON = TUE = WED = date.min  # three consecutive days before today, set per test by `week`


@pytest.fixture(autouse=True)
def week():
    global MON, TUE, WED
    MON, TUE, WED = day(-3), day(-2), day(-1)


def at(on: date, hour: int) -> datetime:
    return datetime(on.year, on.month, on.day, hour, 0)


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create(
        {"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik", "postcode": "3011 AB"})


@pytest.fixture
def svc(store, actor):
    return SignalService(store.db, actor)


@pytest.fixture
def signal(svc, client):
    return svc.create(client.id, {"kind": "duty_to_inform", "signalled_on": MON,
                                  "description": "Inkomsten uit bijbaan niet doorgegeven?"})


def fine_option(svc, signal_id):
    return next(o for o in svc.allowed_results(signal_id) if o.result == "fine_investigation")


def test_create_validates_in_dutch(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.create(client.id, {"kind": "boete", "description": " ", "signalled_on": day(5)})
    assert err.value.errors == {
        "kind": "Kies wat voor signaal het is.",
        "description": "Beschrijf het signaal: wat is er gezien of gemeld?",
        "signalled_on": "De datum van het signaal ligt in de toekomst.",
    }


def test_attempt_is_one_call_with_who_and_client(store, svc, signal, actor):
    data = svc.log_attempt(signal.id, False, "voicemail ingesproken", at=at(MON, 10),
                           next_attempt_at=at(TUE, 9))
    assert data.failed_attempts == 1 and data.next_attempt_at == at(TUE, 9)
    a = data.attempts[0]
    assert a.by_user_id == actor.user_id and a.by_name and a.note == "voicemail ingesproken"
    with store.db.session() as s:
        row = s.scalar(select(CallAttempt))
        assert row.client_id == signal.client_id  # denormalised for the central store's scope
        assert s.scalar(select(OutboxMutation).where(OutboxMutation.table_name == "call_attempt"))
        events = {(e.action, e.entity) for e in s.scalars(select(AuditEvent))}
    assert ("create", "call_attempt") in events and ("create", "signal") in events
    assert svc.log_attempt(signal.id, True, at=at(TUE, 9)).next_attempt_at is None  # reached: no reminder


def test_attempt_in_the_future_or_before_the_signal_is_refused(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.log_attempt(signal.id, False, at=at(day(400), 9))
    assert err.value.errors["attempted_at"] == "Een belpoging kan niet in de toekomst liggen."
    with pytest.raises(ValidationError) as err:
        svc.log_attempt(signal.id, False, at=at(day(-25), 9))
    assert "voor de datum van het signaal" in err.value.errors["attempted_at"]


def test_no_fine_investigation_without_calling(svc, signal):
    option = fine_option(svc, signal.id)
    assert not option.allowed
    assert option.reason == ("Geen boete, tenzij…: bel eerst. Nog nodig: drie belpogingen op ten minste twee "
                             "verschillende dagen en een verstuurde brief.")
    for other in ("no_action", "corrected", "warning"):
        assert next(o for o in svc.allowed_results(signal.id) if o.result == other).allowed
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "fine_investigation", "Duidelijk geval")
    assert err.value.errors["result"] == option.reason


def test_two_failed_attempts_on_one_day_and_a_letter_is_refused(svc, signal):
    svc.log_attempt(signal.id, False, at=at(MON, 9))
    svc.log_attempt(signal.id, False, at=at(MON, 15))
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "fine_investigation", "Niet bereikbaar")
    assert err.value.errors["result"].endswith(
        "Nog nodig: een derde belpoging op een andere dag en een verstuurde brief.")
    svc.mark_letter_sent(signal.id, TUE)
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "fine_investigation", "Niet bereikbaar")
    assert err.value.errors["result"].endswith("Nog nodig: een derde belpoging op een andere dag.")
    assert svc.get(signal.id).status == "open"


def test_three_failed_attempts_on_one_day_need_another_day(svc, signal):
    for hour in (9, 12, 16):
        svc.log_attempt(signal.id, False, at=at(MON, hour))
    svc.mark_letter_sent(signal.id, TUE)
    assert fine_option(svc, signal.id).reason.endswith("Nog nodig: een belpoging op een andere dag.")


def test_three_failed_attempts_on_two_days_without_a_letter_is_refused(svc, signal):
    svc.log_attempt(signal.id, False, at=at(MON, 9))
    svc.log_attempt(signal.id, False, at=at(MON, 15))
    svc.log_attempt(signal.id, False, at=at(TUE, 10))
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "fine_investigation", "Niet bereikbaar")
    assert err.value.errors["result"].endswith("Nog nodig: een verstuurde brief.")


def test_three_failed_attempts_on_two_days_and_a_letter_is_allowed(store, svc, signal):
    svc.log_attempt(signal.id, False, at=at(MON, 9))
    svc.log_attempt(signal.id, False, at=at(MON, 15))
    svc.log_attempt(signal.id, False, at=at(TUE, 10))
    svc.mark_letter_sent(signal.id, WED)
    assert fine_option(svc, signal.id).allowed
    done = svc.close(signal.id, "fine_investigation", "Drie keer niet bereikt, brief onbeantwoord.")
    assert (done.status, done.result, done.closed_on) == ("closed", "fine_investigation", day(0))
    assert done.result_reason == "Drie keer niet bereikt, brief onbeantwoord."
    with store.db.session() as s:
        e = s.scalar(select(AuditEvent).where(AuditEvent.purpose == "result fine_investigation"))
        assert e.fields == "closed_on,result,result_reason,status"  # names, never values


def test_reached_and_culpable_allows_a_fine_investigation(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.judge(signal.id, True)
    assert "Nog nodig: een belpoging waarbij de werkzoekende is bereikt." in err.value.errors["culpable"]
    svc.log_attempt(signal.id, True, "bijbaan bij de bakker, wist het niet", at=at(MON, 11))
    assert fine_option(svc, signal.id).reason == (
        "Nog nodig: uw oordeel of de schending verwijtbaar is (de werkzoekende is bereikt).")
    svc.judge(signal.id, True)
    assert fine_option(svc, signal.id).allowed


def test_reached_and_not_culpable_means_no_fine(svc, signal):
    # Even with failed attempts and a letter: once reached, the judgement counts.
    for on, hour in ((MON, 9), (MON, 15), (TUE, 9)):
        svc.log_attempt(signal.id, False, at=at(on, hour))
    svc.mark_letter_sent(signal.id, TUE)
    svc.log_attempt(signal.id, True, at=at(WED, 10))
    svc.judge(signal.id, False)
    option = fine_option(svc, signal.id)
    assert not option.allowed and "niet verwijtbaar" in option.reason
    done = svc.close(signal.id, "corrected", "Inkomsten samen doorgegeven, geen boete.")
    assert done.result == "corrected"


def test_reason_is_required_and_closed_is_final(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "no_action", "")
    assert err.value.errors == {"result_reason": "Schrijf op waarom dit het resultaat is."}
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, "nothing", "reden genoeg")
    assert err.value.errors == {"result": "Kies een resultaat."}
    svc.close(signal.id, "no_action", "Was al doorgegeven.")
    with pytest.raises(ValidationError) as err:
        svc.log_attempt(signal.id, True)
    assert err.value.errors == {"status": "Dit signaal is al afgesloten."}
    assert not any(o.allowed for o in svc.allowed_results(signal.id))


def test_income_decision_is_explained_not_fined(svc, client):
    sig = svc.create(client.id, {"kind": "income_decision", "description": "Korting i.v.m. kostendeler"})
    allowed = {o.result: o.allowed for o in svc.allowed_results(sig.id)}
    assert allowed == {"no_action": True, "corrected": True, "warning": False, "fine_investigation": False}


def test_letter_date_checks_and_reminder(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.mark_letter_sent(signal.id, day(5))
    assert "nog niet is verstuurd" in err.value.errors["letter_sent_on"]
    reminder = svc.set_next_attempt(signal.id, at(day(1), 9)).next_attempt_at
    assert reminder == at(day(1), 9)
    assert [s.id for s in svc.due_reminders(at(day(2), 0))] == [signal.id]
    assert svc.due_reminders(at(WED, 0)) == []


def test_list_is_an_audited_view(store, svc, signal, client):
    assert [s.id for s in svc.list_for_client(client.id)] == [signal.id]
    with store.db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "view", AuditEvent.entity == "signal",
                                                 AuditEvent.client_id == client.id))


# a pure function of the dates it is given: no clock involved
@pytest.mark.parametrize(("attempts", "letter", "expected"), [
    ([], None, "drie belpogingen op ten minste twee verschillende dagen en een verstuurde brief"),
    ([at(date(2026, 11, 23), 9)], date(2026, 11, 23), "een tweede en derde belpoging, ten minste één op een andere dag"),
    ([at(date(2026, 11, 23), 9), at(date(2026, 11, 24), 9)], date(2026, 11, 23), "een derde belpoging."),
    ([at(date(2026, 11, 23), 9), at(date(2026, 11, 24), 9), at(date(2026, 11, 24), 12)], date(2026, 11, 23), ""),
])
def test_rule_messages(attempts, letter, expected):
    text = fine_refusal("duty_to_inform", [(a, False) for a in attempts], None, letter)
    assert (text == "") if expected == "" else text.endswith(expected if expected.endswith(".") else expected + ".")
