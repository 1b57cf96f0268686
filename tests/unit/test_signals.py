"""Signals, telephone-first: "Geen boete, tenzij…" (sync/policy/signals.py) enforced by the service.

Dates are relative to the frozen clock's today (make test-dates runs this on other days)."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.models.entities import AuditEvent, CallAttempt, OutboxMutation
from desktop.services.caseload import CaseloadService
from desktop.services.context import Actor
from desktop.services.errors import ValidationError
from desktop.services.signals import SignalService, fine_refusal
from sync import clock as sync_clock
from sync.clock import AMSTERDAM


def day(n: int) -> date:
    """Day n of the case: day 0 (the signal) is two weeks before the frozen today."""
    return sync_clock.today() - timedelta(days=14 - n)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create(
        {"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik", "postcode": "3011 AB"})


@pytest.fixture
def svc(store, actor):
    return SignalService(store.db, actor)


@pytest.fixture
def signal(svc, client):
    return svc.create(client.id, {"kind": "duty_to_inform", "signalled_on": day(0),
                                  "description": "Inkomsten uit bijbaan niet doorgegeven?"})


def option(svc, signal_id, result="fine_investigation"):
    return next(o for o in svc.allowed_results(signal_id) if o.result == result)


def tenzij(svc, signal_id, attempts, letter):
    for moment in attempts:
        svc.log_attempt(signal_id, False, at=moment)
    if letter:
        svc.mark_letter_sent(signal_id, letter)


def test_create_validates_in_dutch(svc, client):
    with pytest.raises(ValidationError) as err:
        svc.create(client.id, {"kind": "boete", "description": " ", "signalled_on": sync_clock.today() + timedelta(days=5)})
    assert err.value.errors == {
        "kind": "Kies wat voor signaal het is.",
        "description": "Beschrijf het signaal: wat is er gezien of gemeld?",
        "signalled_on": "De datum van het signaal ligt in de toekomst.",
    }


def test_attempt_is_one_call_with_who_and_client(store, svc, signal, actor):
    data = svc.log_attempt(signal.id, False, "voicemail ingesproken", at=at(day(1), 10), next_attempt_at=at(day(2), 9))
    assert data.failed_attempts == 1 and data.next_attempt_at == at(day(2), 9)
    a = data.attempts[0]
    assert a.by_user_id == actor.user_id and a.by_name and a.note == "voicemail ingesproken"
    with store.db.session() as s:
        row = s.scalar(select(CallAttempt))
        assert row.client_id == signal.client_id  # denormalised for the central store's scope
        assert s.scalar(select(OutboxMutation).where(OutboxMutation.table_name == "call_attempt"))
        events = {(e.action, e.entity) for e in s.scalars(select(AuditEvent))}
    assert ("create", "call_attempt") in events and ("create", "signal") in events
    assert svc.log_attempt(signal.id, True, at=at(day(2), 9)).next_attempt_at is None  # reached: no reminder


def test_attempt_in_the_future_or_before_the_signal_is_refused(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.log_attempt(signal.id, False, at=at(sync_clock.today() + timedelta(days=30), 9))
    assert err.value.errors["attempted_at"] == "Een belpoging kan niet in de toekomst liggen."
    with pytest.raises(ValidationError) as err:
        svc.log_attempt(signal.id, False, at=at(day(0) - timedelta(days=3), 9))
    assert "voor de datum van het signaal" in err.value.errors["attempted_at"]


@pytest.mark.parametrize("result", ["warning", "fine_investigation"])
def test_no_warning_or_fine_without_calling(svc, signal, result):
    refused = option(svc, signal.id, result)
    assert not refused.allowed
    assert refused.reason == (
        "Geen boete, tenzij…: bel eerst. Nog nodig: 3 mislukte belpogingen die ten minste 60 minuten uit elkaar "
        "liggen (nu 0), belpogingen op ten minste 2 verschillende dagen (nu 0) en een verstuurde brief.")
    for other in ("no_action", "corrected"):
        assert option(svc, signal.id, other).allowed
    with pytest.raises(ValidationError) as err:
        svc.close(signal.id, result, "Duidelijk geval")
    assert err.value.errors["result"] == refused.reason
    assert svc.get(signal.id).status == "open"


def test_attempts_on_one_day_need_another_day(svc, signal):
    tenzij(svc, signal.id, [at(day(1), 9), at(day(1), 12), at(day(1), 16)], day(2))
    assert option(svc, signal.id).reason.endswith("Nog nodig: belpogingen op ten minste 2 verschillende dagen (nu 1).")


def test_clicks_within_an_hour_count_as_one_attempt(svc, signal):
    tenzij(svc, signal.id, [at(day(1), 9), at(day(1), 9, 1), at(day(1), 9, 59), at(day(2), 9)], day(2))
    assert option(svc, signal.id).reason.endswith(
        "Nog nodig: 3 mislukte belpogingen die ten minste 60 minuten uit elkaar liggen (nu 2).")


def test_letter_before_the_last_attempt_does_not_count(svc, signal):
    tenzij(svc, signal.id, [at(day(1), 9), at(day(1), 15)], day(1))
    svc.log_attempt(signal.id, False, at=at(day(2), 10))
    assert option(svc, signal.id).reason.endswith(
        f"Nog nodig: een brief verstuurd op of na de dag van de laatste belpoging ({day(2):%d-%m-%Y}).")


def test_waiting_period_after_the_letter(store, actor, client, clock):
    # The letter goes out today: a blame result only after five working days.
    svc = SignalService(store.db, actor)
    sig = svc.create(client.id, {"kind": "duty_to_inform", "signalled_on": sync_clock.today() - timedelta(days=3),
                                 "description": "Niet gemeld"})
    tenzij(svc, sig.id, [at(sync_clock.today() - timedelta(days=2), 9), at(sync_clock.today() - timedelta(days=2), 14),
                         at(sync_clock.today() - timedelta(days=1), 9)], sync_clock.today())
    ready = sync_clock.add_working_days(sync_clock.today(), 5)
    assert option(svc, sig.id, "warning").reason.endswith(f"Nog nodig: de wachttijd na de brief: dit kan vanaf "
                                                          f"{ready:%d-%m-%Y}.")
    clock.move_to(datetime(ready.year, ready.month, ready.day, 12, 0, tzinfo=AMSTERDAM))
    assert option(svc, sig.id, "warning").allowed


def test_the_tenzij_route_allows_a_fine_investigation(store, svc, signal):
    tenzij(svc, signal.id, [at(day(1), 9), at(day(1), 15), at(day(2), 10)], day(3))
    assert option(svc, signal.id).allowed and option(svc, signal.id, "warning").allowed
    done = svc.close(signal.id, "fine_investigation", "Drie keer niet bereikt, brief onbeantwoord.")
    assert (done.status, done.result, done.closed_on) == ("closed", "fine_investigation", sync_clock.today())
    with store.db.session() as s:
        e = s.scalar(select(AuditEvent).where(AuditEvent.purpose == "result fine_investigation"))
        assert e.fields == "closed_on,result,result_reason,status"  # names, never values


def test_reached_and_culpable_allows_blame(svc, signal):
    with pytest.raises(ValidationError) as err:
        svc.judge(signal.id, True)
    assert "Nog nodig: een belpoging waarbij de werkzoekende is bereikt." in err.value.errors["culpable"]
    assert svc.get(signal.id).culpable is None
    svc.log_attempt(signal.id, True, "bijbaan bij de bakker, wist het niet", at=at(day(1), 11))
    assert option(svc, signal.id).reason == (
        "Nog nodig: uw oordeel of de schending verwijtbaar is (de werkzoekende is bereikt).")
    svc.judge(signal.id, True)
    assert option(svc, signal.id).allowed and option(svc, signal.id, "warning").allowed


@pytest.mark.parametrize("result", ["warning", "fine_investigation"])
def test_reached_and_not_culpable_means_neither_warning_nor_fine(svc, signal, result):
    tenzij(svc, signal.id, [at(day(1), 9), at(day(1), 15), at(day(2), 9)], day(2))
    svc.log_attempt(signal.id, True, at=at(day(3), 10))
    svc.judge(signal.id, False)
    refused = option(svc, signal.id, result)
    assert not refused.allowed and "niet verwijtbaar" in refused.reason
    assert svc.close(signal.id, "corrected", "Inkomsten samen doorgegeven, geen boete.").result == "corrected"


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


def test_income_decision_is_explained_after_a_call(svc, client):
    sig = svc.create(client.id, {"kind": "income_decision", "description": "Korting i.v.m. kostendeler",
                                 "signalled_on": day(0)})
    allowed = {o.result: o.allowed for o in svc.allowed_results(sig.id)}
    assert allowed == dict.fromkeys(("no_action", "corrected", "explained", "warning", "fine_investigation"), False)
    assert option(svc, sig.id, "explained").reason.endswith("Nog nodig: ten minste één belpoging.")
    svc.log_attempt(sig.id, True, "Besluit uitgelegd", at=at(day(1), 10))
    assert option(svc, sig.id, "explained").allowed
    assert svc.close(sig.id, "explained", "Besluit telefonisch uitgelegd.").result == "explained"


def test_income_decision_not_reached_needs_the_route_or_a_reason(svc, client):
    sig = svc.create(client.id, {"kind": "income_decision", "description": "Toeslag stopt", "signalled_on": day(0)})
    svc.log_attempt(sig.id, False, at=at(day(1), 10))
    assert "een geschreven reden waarom bellen niet kon" in option(svc, sig.id, "explained").reason
    done = svc.close(sig.id, "explained", "Brief met uitleg gestuurd.",
                     call_impossible_reason="Geen telefoonnummer bekend, ook niet bij de buren.")
    assert done.result == "explained" and done.call_impossible_reason.startswith("Geen telefoonnummer")


def test_a_mistaken_attempt_is_withdrawn_by_its_author_within_minutes(store, svc, signal, actor, clock):
    data = svc.log_attempt(signal.id, False, "verkeerde knop")
    other = SignalService(store.db, Actor("someone-else", "bob", actor.device_id))
    with pytest.raises(ValidationError) as err:
        other.withdraw_attempt(data.attempts[0].id)
    assert "binnen 10 minuten" in err.value.errors["attempted_at"]
    after = svc.withdraw_attempt(data.attempts[0].id)
    assert after.attempts == ()
    with store.db.session() as s:
        row = s.get(CallAttempt, data.attempts[0].id)
        assert row.deleted_at is not None  # kept, marked withdrawn
        assert s.scalar(select(AuditEvent).where(AuditEvent.purpose == "belpoging ingetrokken"))
    late = svc.log_attempt(signal.id, False, "echt gebeld")
    clock.shift(timedelta(minutes=11))
    with pytest.raises(ValidationError):
        svc.withdraw_attempt(late.attempts[0].id)


@pytest.mark.parametrize(("attempts", "letter", "expected"), [
    ([], None, "(nu 0), belpogingen op ten minste 2 verschillende dagen (nu 0) en een verstuurde brief"),
    ([(1, 9), (2, 9)], 2, "3 mislukte belpogingen die ten minste 60 minuten uit elkaar liggen (nu 2)"),
    ([(1, 9), (2, 9), (2, 12)], 2, ""),
])
def test_rule_messages(attempts, letter, expected):
    text = fine_refusal("duty_to_inform", [(at(day(n), h), False) for n, h in attempts], None,
                        day(letter) if letter else None)
    assert (text == "") if expected == "" else text.endswith(expected + ".")
