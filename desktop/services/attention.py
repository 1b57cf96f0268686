"""What needs a coach's attention: for one client (the client header and tab titles) and, for the whole
caseload, the signals and absences that wait in the inbox (Mijn week, desktop/services/timeline.py)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Absence, Agreement, Conversation, Signal

from .absences import AbsenceData
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


# -- the inbox (Mijn week): signals and absences that wait for the coach ------------------------------
# Plain tuples (client_id, at, what, ref_id): desktop/services/timeline.py wraps them as WeekEntry.
InboxLine = tuple[str, date | datetime, str, str]


def open_signals(s: Session, client_ids: Collection[str]) -> list[Signal]:
    """Every open signal of a live client: the same count the figures call 'open'."""
    return [g for g in s.scalars(select(Signal).where(Signal.status == "open", Signal.deleted_at.is_(None))
                                 .order_by(Signal.signalled_on)) if g.client_id in client_ids]


def signals_waiting(signals: list[Signal]) -> list[InboxLine]:
    """Open signals without a next call attempt planned: telephone first, so the coach should plan one."""
    return [(g.client_id, g.signalled_on,
             translate("Week", "Nog geen volgende belpoging: {what}").format(what=g.description[:100]), g.id)
            for g in signals if g.next_attempt_at is None]


def absence_steps_due(s: Session, client_ids: Collection[str], today: date, week_end: date) -> list[InboxLine]:
    """Open absences with the step that waits for the coach; a hearing whose response deadline falls after
    this week waits for the client and is left out."""
    out: list[InboxLine] = []
    for a in s.scalars(select(Absence).where(Absence.closed_on.is_(None), Absence.deleted_at.is_(None))
                       .order_by(Absence.missed_on)):
        if a.client_id not in client_ids:
            continue
        data = AbsenceData.of(a)
        steps = data.next_steps()
        activity = a.activity[:60]
        if a.hearing_offered_on is not None and a.hearing_outcome is None:  # the client's turn until the deadline
            deadline = a.hearing_deadline or a.hearing_offered_on
            if deadline is None or deadline > week_end:
                continue
            text = (translate("Week", "Hoortermijn verstreken: leg de uitkomst vast of besluit ({what})")
                    if deadline < today else translate("Week", "Hoortermijn loopt af ({what})"))
            out.append((a.client_id, deadline, text.format(what=activity), a.id))
            continue
        if "door_visit" in steps:
            at, text = a.missed_on, translate("Week", "Voordeurbezoek laten doen ({what})")
        elif "conversation" in steps:
            at, text = a.door_visit_on or a.missed_on, translate("Week", "Vervolggesprek over verzuim ({what})")
        elif "consider" in steps:
            at, text = a.missed_on, translate("Week", "Maatregel overwegen ({what})")
        elif "circumstances" in steps:
            at, text = a.missed_on, translate("Week", "Omstandigheden nagaan ({what})")
        elif "hearing" in steps:
            at = a.sanction_considered_on or a.missed_on
            text = translate("Week", "Horen aanbieden of besluiten ({what})")
        else:
            continue
        out.append((a.client_id, at, text.format(what=activity), a.id))
    out.sort(key=lambda line: line[1])
    return out
