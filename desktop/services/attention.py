"""What needs a coach's attention for one client: the figures in the client header and tab titles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from desktop.models.entities import Absence, Agreement, Conversation, Signal

from .context import Service, local_now


@dataclass(frozen=True)
class ClientAttention:
    next_meeting: datetime | None
    open_agreements: int
    overdue_agreements: int
    open_signals: int
    open_absences: int
    last_contact: date | None  # the day of the last held conversation

    def days_since_contact(self, today: date) -> int | None:
        return (today - self.last_contact).days if self.last_contact else None


def _dt(value: datetime | str) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # SQLite aggregates: text


class AttentionService(Service):
    def for_client(self, client_id: str) -> ClientAttention:
        """Counts only (no personal text): not an audited view of the dossier."""
        today, now = self.actor.today(), local_now()
        with self.db.session() as s:
            def count(model: type, *where: object) -> int:
                return s.scalar(select(func.count()).select_from(model).where(
                    model.client_id == client_id, model.deleted_at.is_(None), *where)) or 0

            open_agreements = count(Agreement, Agreement.status == "open")
            overdue = count(Agreement, Agreement.status == "open", Agreement.due_date < today)
            next_meeting = s.scalar(select(func.min(Conversation.held_at)).where(
                Conversation.client_id == client_id, Conversation.deleted_at.is_(None),
                Conversation.planned.is_(True), Conversation.held_at >= now))
            last = s.scalar(select(func.max(Conversation.held_at)).where(
                Conversation.client_id == client_id, Conversation.deleted_at.is_(None),
                Conversation.planned.is_(False)))
            # as the caseload list counts it: a planned meeting or a next meeting agreed in a conversation
            follow_up = s.scalar(select(func.min(Conversation.next_meeting_at)).where(
                Conversation.client_id == client_id, Conversation.deleted_at.is_(None),
                Conversation.next_meeting_at >= now))
            next_meeting = min((_dt(v) for v in (next_meeting, follow_up) if v is not None), default=None)
            last = _dt(last) if last is not None else None
            return ClientAttention(
                next_meeting=next_meeting, open_agreements=open_agreements, overdue_agreements=overdue,
                open_signals=count(Signal, Signal.status == "open"),
                open_absences=count(Absence, Absence.closed_on.is_(None)),
                last_contact=last.date() if last else None)
