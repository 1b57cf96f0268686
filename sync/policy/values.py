"""Reading stored values the same way on both sides: the desktop has Python dates, the central store JSON text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sync import clock


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_wall(value: Any) -> datetime | None:
    """An Amsterdam wall-clock time (naive); an aware value is converted to Amsterdam."""
    if value is None or value == "":
        return None
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value))
        except ValueError:
            return None
    if value.tzinfo is not None:
        return clock.to_local(value)
    return value


def as_instant(value: Any) -> datetime | None:
    """A stored instant (naive UTC); an aware value is converted to UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value))
        except ValueError:
            return None
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def text(value: Any) -> str:
    return str(value or "").strip()
