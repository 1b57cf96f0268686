"""Rules that make a conversation record trustworthy, kept apart from the CRUD in conversations.py.

- a held conversation says something: a summary for the client or at least one agreement;
- a planned meeting is "held" only on its day or later, never ahead of time;
- the "next meeting" of a conversation is a planned conversation too, so it shows in Gesprekken,
  the timeline, the caseload and Mijn week; its default is a working-hours slot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Conversation

from .errors import ValidationError

WORKING_HOURS = (time(9, 0), time(17, 0))  # the coach is reachable Monday to Friday, 9-17
DEFAULT_SLOT = time(10, 0)
NEXT_MEETING_DAYS = 14


def working_slot(day: date, at: time = DEFAULT_SLOT) -> datetime:
    """`day` at `at`, moved to the next working day when it falls in a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    if not WORKING_HOURS[0] <= at < WORKING_HOURS[1]:
        at = DEFAULT_SLOT
    return datetime.combine(day, at)


def default_next_meeting(held_on: date) -> datetime:
    """The next meeting offered after a conversation: two weeks later, on a working day, at 10:00."""
    return working_slot(held_on + timedelta(days=NEXT_MEETING_DAYS))


def require_content(values: Mapping[str, Any], agreements: Sequence[Mapping[str, Any]]) -> None:
    """A held conversation needs a summary or an agreement: an empty record says nothing."""
    if str(values.get("summary_for_client") or "").strip() or agreements:
        return
    raise ValidationError({"summary_for_client": translate(
        "Validation", "Schrijf op wat er besproken is, of leg een afspraak vast.")})


def require_held_day(planned_at: datetime, today: date) -> None:
    """A planned meeting can be recorded as held on its day or afterwards, not before."""
    if planned_at.date() > today:
        raise ValidationError({"held_at": translate(
            "Validation", "Dit gesprek staat gepland op {date}. U kunt het vastleggen op of na die dag."
        ).format(date=planned_at.strftime("%d-%m-%Y"))})


def plan_next_meeting(s: Session, conv: Conversation, now: datetime) -> Conversation | None:
    """Make the conversation's next meeting a planned conversation (once; not for a time already past)."""
    nxt = conv.next_meeting_at
    if nxt is None or nxt <= now:
        return None
    existing = s.scalar(select(Conversation).where(
        Conversation.client_id == conv.client_id, Conversation.planned.is_(True),
        Conversation.held_at == nxt, Conversation.deleted_at.is_(None)))
    if existing is not None:
        return None
    meeting = Conversation(client_id=conv.client_id, coach_id=conv.coach_id, kind="aftercare" if conv.kind == "aftercare" else "progress",
                           channel=conv.channel, held_at=nxt, planned=True, place=conv.place)
    s.add(meeting)
    s.flush()
    return meeting
