"""The one clock at the edges of the calendar: midnight, the DST gap and fold, a leap day.

Each test travels to its own moment (`travel_to`, Amsterdam wall-clock time) with the machine's
own time zone set to UTC, as on the servers and CI: a clock that asked the machine's zone instead of
Amsterdam's would get the day or the hour wrong here.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from desktop.models.entities import Agreement
from desktop.services.caseload import CaseloadService, add_months
from desktop.services.conversations import ConversationService
from desktop.services.demo_data import generate_caseload
from desktop.services.errors import ValidationError
from desktop.services.timeline import WeekService
from desktop.services.validation import age_on
from sync import clock
from sync.clock import AMSTERDAM


def travel_to(wall: str):
    return time_machine.travel(datetime.fromisoformat(wall).replace(tzinfo=AMSTERDAM), tick=False)


@pytest.fixture(autouse=True)
def machine_in_utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def client(store, actor):
    return CaseloadService(store.db, actor).create(
        {"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik", "postcode": "3011 AB"})


# -- midnight ---------------------------------------------------------------------------------------------

def test_just_after_midnight_on_new_year_it_is_already_the_new_day(store, actor, client):
    with travel_to("2027-01-01T00:00:30"):
        assert clock.now_utc() == datetime(2026, 12, 31, 23, 0, 30, tzinfo=UTC)  # still last year in UTC
        assert clock.today() == actor.today() == date(2027, 1, 1)
        assert clock.local_now() == datetime(2027, 1, 1, 0, 0, 30)
        with store.db.session() as s:
            s.add_all([Agreement(client_id=client.id, description="oud", due_date=date(2026, 12, 31)),
                       Agreement(client_id=client.id, description="vandaag", due_date=date(2027, 1, 1))])
        week = WeekService(store.db, actor).week()
        assert [e.what for e in week.overdue] == ["oud (Werkzoekende)"]
        [row] = CaseloadService(store.db, actor).list_clients()
        assert (row.open_agreements, row.overdue_agreements) == (2, 1)


def test_a_conversation_held_a_minute_ago_is_a_record_not_a_plan(store, actor, client):
    with travel_to("2027-01-01T00:00:30"):
        conv = ConversationService(store.db, actor).record(
            client.id, {"held_at": datetime(2026, 12, 31, 23, 59), "summary_for_client": "Gesprek op oudjaar."})
        assert conv.held_at == datetime(2026, 12, 31, 23, 59) and not conv.planned


# -- daylight saving: the spring-forward gap and the autumn fold -----------------------------------------

def test_a_meeting_in_the_spring_forward_gap_is_refused_with_a_reason(store, actor, client):
    with travel_to("2027-03-20T10:00"):
        svc = ConversationService(store.db, actor)
        with pytest.raises(ValidationError) as err:
            svc.plan(client.id, {"held_at": datetime(2027, 3, 28, 2, 30)})
        assert err.value.errors["held_at"] == ("Die tijd bestaat niet: op 28-03-2027 gaat de klok om 02:00 een uur "
                                               "vooruit (zomertijd). Kies een andere tijd.")
        assert svc.list_for_client(client.id) == []
        # 01:59 and 03:00 exist
        assert svc.plan(client.id, {"held_at": datetime(2027, 3, 28, 3, 0)}).held_at == datetime(2027, 3, 28, 3, 0)
    assert not clock.exists(datetime(2027, 3, 28, 2, 30)) and clock.exists(datetime(2027, 3, 28, 1, 59))
    with pytest.raises(clock.NonexistentTime):
        clock.to_utc(datetime(2027, 3, 28, 2, 30))


def test_inside_the_gap_the_clock_reads_summer_time(actor):
    with travel_to("2027-03-28T02:30"):  # a moment nobody's clock showed: it is 03:30 summer time
        assert clock.local_now() == datetime(2027, 3, 28, 3, 30)
        assert clock.now_utc() == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
        assert actor.today() == date(2027, 3, 28)


def test_a_meeting_in_the_autumn_fold_is_one_instant(store, actor, client):
    wall = datetime(2027, 10, 31, 2, 30)  # happens twice: 00:30 and 01:30 UTC
    assert clock.is_ambiguous(wall) and not clock.is_ambiguous(datetime(2027, 10, 31, 3, 30))
    assert clock.to_utc(wall) == datetime(2027, 10, 31, 0, 30)  # always the first (summer-time) one
    assert clock.to_local(clock.to_utc(wall)) == wall
    assert clock.to_local(datetime(2027, 10, 31, 1, 30)) == wall  # the second one reads the same on a wall clock
    with travel_to("2027-10-25T09:00"):
        planned = ConversationService(store.db, actor).plan(client.id, {"held_at": wall})
        assert planned.held_at == wall
    # an hour of real time in the fold moves the wall clock back: "now" stays unambiguous as an instant
    with time_machine.travel(datetime(2027, 10, 31, 0, 45, tzinfo=UTC), tick=False):
        assert clock.local_now() == datetime(2027, 10, 31, 2, 45)
    with time_machine.travel(datetime(2027, 10, 31, 1, 45, tzinfo=UTC), tick=False):
        assert clock.local_now() == datetime(2027, 10, 31, 2, 45) and clock.today() == date(2027, 10, 31)


# -- a leap day ----------------------------------------------------------------------------------------------

def test_the_last_seconds_of_a_leap_day(store, actor, client):
    with travel_to("2028-02-29T23:59:30"):
        assert actor.today() == date(2028, 2, 29)
        ended = CaseloadService(store.db, actor).create(
            {"bsn": "123456782", "first_name": "Zoë", "last_name": "Bakker", "benefit_status": "ended",
             "benefit_end": "2028-02-29"})
        assert ended.aftercare_until == date(2028, 8, 29)
        assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
        assert age_on(date(2010, 2, 28), actor.today()) == 18 and age_on(date(2010, 3, 1), actor.today()) == 17


def test_demo_data_on_a_leap_day(tmp_path, actor):
    from desktop.paths import Paths
    from desktop.store import open_store

    store = open_store(Paths.resolve(tmp_path / "leap"))
    try:
        with travel_to("2028-02-29T12:00"):
            generate_caseload(store.db, actor, 20, seed=5)
            rows = CaseloadService(store.db, actor).list_clients()
            assert len(rows) == 20
    finally:
        store.close()


def test_working_days_skip_the_weekend():
    assert clock.add_working_days(date(2027, 1, 1), 5) == date(2027, 1, 8)  # Friday + 5 working days
    assert clock.add_working_days(date(2028, 2, 25), 2) == date(2028, 2, 29)
    assert clock.add_working_days(date(2027, 1, 4), -1) == date(2027, 1, 1)
    assert clock.add_working_days(date(2027, 1, 4), 0) == date(2027, 1, 4)


def test_the_suite_clock_is_frozen_not_the_wall_clock():
    """Every test runs at the clock the `clock` fixture sets (make test-dates moves it); it ticks, it doesn't jump."""
    first = clock.now_utc()
    assert abs(clock.now_utc() - first) < timedelta(seconds=5)
    assert clock.today() == clock.local_now().date()
