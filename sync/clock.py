"""The one clock of Wijkdesk, shared by the desktop and the central store (no Qt, no I/O).

Product code asks the time here and nowhere else (ruff's DTZ rules stop a direct
`datetime.now()` / `date.today()` elsewhere), so tests can freeze it with time-machine and
every "now" and "today" in a test agrees.

Two kinds of time, converted only in this module:
- *instants* (`updated_at`, `deleted_at`, an audit event's `at`, a call attempt's moment when
  synced as metadata) are stored as naive UTC;
- *wall-clock times* people agree on (a meeting at 10:00, the next call attempt) are stored as
  naive Europe/Amsterdam local time, because a meeting at 10:00 stays at 10:00 whatever the
  offset turns out to be. `today()` is the Amsterdam calendar day, also on a machine set to UTC.

Daylight saving: a wall-clock time inside the spring-forward gap does not exist and is refused
(`check_wall_time`); one inside the autumn fold is read as its first occurrence (summer time,
`fold=0`) everywhere, so it maps to exactly one instant.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class NonexistentTime(ValueError):
    """A wall-clock time skipped by the switch to summer time (e.g. 02:30 on the last Sunday of March)."""


def now_utc() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def unix_ms() -> int:
    """Milliseconds since 1970 (UTC): the time part of a new id (sync/ids.py)."""
    return time.time_ns() // 1_000_000


def utcnow() -> datetime:
    """The current instant as stored: naive UTC."""
    return now_utc().replace(tzinfo=None)


def local_now() -> datetime:
    """The current Amsterdam wall-clock time, naive, to the second (meeting times are compared with it)."""
    return now_utc().astimezone(AMSTERDAM).replace(tzinfo=None, microsecond=0)


def today() -> date:
    """Today's calendar day in Amsterdam (not the machine's time zone, not UTC)."""
    return now_utc().astimezone(AMSTERDAM).date()


def to_local(instant: datetime) -> datetime:
    """A stored instant (naive UTC, or aware) as naive Amsterdam wall-clock time."""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return aware.astimezone(AMSTERDAM).replace(tzinfo=None)


def to_utc(wall: datetime) -> datetime:
    """A naive Amsterdam wall-clock time as a naive UTC instant; a time in the autumn fold is its first occurrence."""
    check_wall_time(wall)
    return wall.replace(tzinfo=AMSTERDAM, fold=0).astimezone(UTC).replace(tzinfo=None)


def local_day(instant: datetime) -> date:
    """The Amsterdam calendar day of a stored instant."""
    return to_local(instant).date()


def exists(wall: datetime) -> bool:
    """False for a wall-clock time that was skipped when the clocks went forward."""
    aware = wall.replace(tzinfo=AMSTERDAM)
    return aware.astimezone(UTC).astimezone(AMSTERDAM).replace(tzinfo=None) == wall.replace(tzinfo=None)


def is_ambiguous(wall: datetime) -> bool:
    """True for a wall-clock time that happens twice when the clocks go back (autumn fold)."""
    return wall.replace(tzinfo=AMSTERDAM, fold=0).utcoffset() != wall.replace(tzinfo=AMSTERDAM, fold=1).utcoffset()


def check_wall_time(wall: datetime) -> datetime:
    """Return `wall` if it exists in Amsterdam; raise NonexistentTime for one in the spring-forward gap."""
    if not exists(wall):
        raise NonexistentTime(wall.isoformat())
    return wall


def add_working_days(day: date, n: int) -> date:
    """The day `n` working days (Monday to Friday) after `day`; public holidays are not counted out."""
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        day += timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day
