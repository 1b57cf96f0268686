"""The contact rhythm (seed 004: intensive contact is what worked): each client in the benefit or in aftercare
is seen or spoken to at least every `contact_every_weeks` weeks (default four). A contact is a held conversation
of any kind or channel (a phone call is a conversation of kind "phone")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.entities import Client, Conversation

DEFAULT_WEEKS = 4


def weeks_of(contact_every_weeks: int | None) -> int:
    return contact_every_weeks or DEFAULT_WEEKS


def contact_due(last_contact: date | None, contact_every_weeks: int | None) -> date | None:
    """The day the next contact is due (None: there never was one, so it is due now)."""
    if last_contact is None:
        return None
    return last_contact + timedelta(weeks=weeks_of(contact_every_weeks))


def contact_overdue(last_contact: date | None, contact_every_weeks: int | None, today: date) -> bool:
    due = contact_due(last_contact, contact_every_weeks)
    return due is None or due < today


def last_contacts(s: Session, now: datetime) -> dict[str, datetime]:
    """Per client the last held conversation up to `now` (local wall-clock time, as stored)."""
    rows = s.execute(select(Conversation.client_id, func.max(Conversation.held_at)).where(
        Conversation.planned.is_(False), Conversation.deleted_at.is_(None), Conversation.held_at <= now,
    ).group_by(Conversation.client_id)).all()
    out = {}
    for client_id, at in rows:
        out[client_id] = datetime.fromisoformat(at) if isinstance(at, str) else at
    return out


@dataclass(frozen=True)
class ContactLate:
    client_id: str
    last_contact: datetime | None
    weeks: int
    due: date | None


def late_contacts(s: Session, now: datetime, today: date) -> list[ContactLate]:
    """Clients in the benefit or in aftercare whose contact is overdue, longest overdue (never first)."""
    last = last_contacts(s, now)
    out = []
    for cid, status, until, every in s.execute(select(
            Client.id, Client.benefit_status, Client.aftercare_until, Client.contact_every_weeks).where(
            Client.deleted_at.is_(None))):
        running = status in ("applicant", "active") or (until is not None and until >= today)
        at = last.get(cid)
        if running and contact_overdue(at.date() if at else None, every, today):
            out.append(ContactLate(cid, at, weeks_of(every), contact_due(at.date() if at else None, every)))
    out.sort(key=lambda r: (r.due is not None, r.due or date.min))
    return out
