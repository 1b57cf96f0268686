"""Mijn week as an inbox (issue 15): signals without a next call attempt, absence steps and hearing deadlines
due, and a count of open signals that agrees with the figures."""

from __future__ import annotations

from datetime import timedelta

from testclock import at, day

from desktop.models.entities import Absence, Signal
from desktop.services.caseload import CaseloadService
from desktop.services.figures import FigureService
from desktop.services.timeline import WeekService

BSNS = ("111222333", "123456782")


def _clients(store, actor) -> tuple[str, str]:
    svc = CaseloadService(store.db, actor)
    a = svc.create({"bsn": BSNS[0], "first_name": "Jan", "last_name": "Berg", "benefit_status": "active"}).id
    b = svc.create({"bsn": BSNS[1], "first_name": "Anna", "last_name": "Wit", "benefit_status": "active"}).id
    return a, b


def test_open_signals_are_in_the_inbox_and_agree_with_the_figures(store, actor):
    a, b = _clients(store, actor)
    week_end = day(6 - day(0).weekday())
    with store.db.session() as s:
        s.add(Signal(client_id=a, kind="other", description="Geen poging", signalled_on=day(-3)))
        s.add(Signal(client_id=a, kind="other", description="Bel terug", signalled_on=day(-4),
                     next_attempt_at=at(0, 10)))
        s.add(Signal(client_id=b, kind="other", description="Later", signalled_on=day(-1),
                     next_attempt_at=at((week_end - day(0)).days + 9, 10)))  # after this week
        s.add(Signal(client_id=b, kind="other", description="Klaar", signalled_on=day(-20), status="closed",
                     result="no_action", closed_on=day(-2)))
    week = WeekService(store.db, actor).week()
    assert [(e.client_id, e.what) for e in week.signals_waiting] == [(a, "Nog geen volgende belpoging: Geen poging")]
    assert [e.what for e in week.call_backs] == ["Opnieuw bellen: Bel terug"]
    assert week.open_signals == 3  # the one called back after this week counts too
    figures = FigureService(store.db, actor).device_figures(day(-400), day(0))
    assert figures.signals.by_result["open"] == week.open_signals


def test_absence_steps_and_hearing_deadlines_due(store, actor):
    a, b = _clients(store, actor)
    week_end = day(6 - day(0).weekday())
    with store.db.session() as s:
        s.add(Absence(client_id=a, activity="CV-training", missed_on=day(-5)))  # no-show: door visit first
        s.add(Absence(client_id=a, activity="Sollicitatie", missed_on=day(-6), notified=True))  # conversation next
        s.add(Absence(client_id=b, activity="Werkervaring", missed_on=day(-40), notified=True,
                      sanction_considered_on=day(-20), hearing_offered_on=day(-16), hearing_deadline=day(-2)))
        s.add(Absence(client_id=b, activity="Taalles", missed_on=day(-30), notified=True,
                      sanction_considered_on=day(-10), hearing_offered_on=day(-1),
                      hearing_deadline=week_end + timedelta(days=8)))  # waits for the client: not due
        s.add(Absence(client_id=b, activity="Klaar", missed_on=day(-60), closed_on=day(-30)))
    steps = {e.what: e for e in WeekService(store.db, actor).week().absence_steps}
    assert set(steps) == {"Voordeurbezoek laten doen (CV-training)", "Vervolggesprek over verzuim (Sollicitatie)",
                          "Hoortermijn verstreken: leg de uitkomst vast of besluit (Werkervaring)"}
    assert steps["Hoortermijn verstreken: leg de uitkomst vast of besluit (Werkervaring)"].at == day(-2)
    assert steps["Voordeurbezoek laten doen (CV-training)"].at == day(-5)


def test_a_deleted_client_leaves_no_lines(store, actor):
    a, _ = _clients(store, actor)
    with store.db.session() as s:
        s.add(Signal(client_id=a, kind="other", description="x", signalled_on=day(-1)))
        s.add(Absence(client_id=a, activity="y", missed_on=day(-1)))
    CaseloadService(store.db, actor).delete(a)
    week = WeekService(store.db, actor).week()
    assert not week.signals_waiting and not week.absence_steps and week.open_signals == 0
