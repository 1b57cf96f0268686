"""Dates for tests, relative to the one clock that the autouse `clock` fixture freezes.

The suite runs at several moments (`make test-dates`), so a test never writes "2026-11-20"
for "six days ago": it writes `day(-6)`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sync import clock


def day(offset: int = 0) -> date:
    """The day `offset` days from today (Amsterdam)."""
    return clock.today() + timedelta(days=offset)


def at(offset: int = 0, hour: int = 0, minute: int = 0) -> datetime:
    """A naive Amsterdam wall-clock time on `day(offset)`."""
    return datetime.combine(day(offset), time(hour, minute))


def nl(offset: int = 0) -> str:
    """`day(offset)` as the app shows it: dd-mm-yyyy."""
    return day(offset).strftime("%d-%m-%Y")


def qday(offset: int = 0):
    """`day(offset)` as a QDate (UI tests)."""
    from PySide6.QtCore import QDate

    d = day(offset)
    return QDate(d.year, d.month, d.day)


def in_hours(hours: float) -> datetime:
    """The wall-clock time `hours` real hours from now, to the minute (across a DST switch, too)."""
    instant = clock.utcnow() + timedelta(hours=hours)
    return clock.to_local(instant).replace(second=0, microsecond=0)
