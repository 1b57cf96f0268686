"""When the duty to inform was last discussed with a client (sync/policy/duty_to_inform.py): the client's header
shows it, Mijn week lists clients in the benefit or in aftercare for whom it was never done or more than twelve
months ago."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models.entities import Client, Conversation
from sync.policy.aftercare import add_months
from sync.policy.duty_to_inform import FOLDER, STALE_MONTHS

from .context import Service


def _as_datetime(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def last_informed(s: Session, client_id: str | None = None) -> dict[str, datetime]:
    q = select(Conversation.client_id, func.max(Conversation.held_at)).where(
        Conversation.planned.is_(False), Conversation.deleted_at.is_(None),
        or_(Conversation.duty_to_inform_discussed.is_(True), Conversation.rights_folder.in_(FOLDER)))
    if client_id is not None:
        q = q.where(Conversation.client_id == client_id)
    return {cid: _as_datetime(at) for cid, at in s.execute(q.group_by(Conversation.client_id))}  # type: ignore[misc]


def inform_due(s: Session, today: date) -> list[tuple[str, datetime | None]]:
    """(client id, last time) for running clients never informed or longer than twelve months ago; never first."""
    last = last_informed(s)
    limit = add_months(today, -STALE_MONTHS)
    out = []
    for cid, status, until in s.execute(select(Client.id, Client.benefit_status, Client.aftercare_until).where(
            Client.deleted_at.is_(None))):
        running = status in ("applicant", "active") or (until is not None and until >= today)
        at = last.get(cid)
        if running and (at is None or at.date() < limit):
            out.append((cid, at))
    out.sort(key=lambda r: (r[1] is not None, r[1] or datetime.min))
    return out


class DutyToInformService(Service):
    def last_done(self, client_id: str) -> datetime | None:
        with self.db.session() as s:
            return last_informed(s, client_id).get(client_id)
