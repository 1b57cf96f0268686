"""The specialist's side of a placement (DESIGN §1): only the placements they are engaged for, and of those only
what they may see (no BSN, notes, signals or absences); they add progress notes and their evaluation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import Agreement, Client, Instrument, Placement, TaxonomyItem

from . import audit
from .catalogue import split_codes
from .context import Actor, Service
from .conversations import AgreementData
from .errors import NotAllowed, NotFound
from .placement_data import NOTE_MAX, OPEN, clean_text, note_line, status_label
from .validation import display_name


@dataclass(frozen=True)
class SpecialistPlacement:
    """Everything a specialist may see of one placement (DESIGN §1): no BSN, notes, signals or absences."""

    id: str
    client_name: str
    client_phone: str | None
    client_email: str | None
    instrument_name: str
    provider: str
    reason: str
    goal_codes: tuple[str, ...]
    goal_labels: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    status: str
    agreements: tuple[AgreementData, ...]
    progress_notes: str
    specialist_evaluation: str


class SpecialistService(Service):
    """What a signed-in specialist may see and do: only the placements they are engaged for."""

    def __init__(self, db: Database, actor: Actor) -> None:
        if actor.role != "specialist":
            raise NotAllowed(translate("Placements", "Dit overzicht is alleen voor specialisten."))
        super().__init__(db, actor)

    def my_placements(self) -> list[SpecialistPlacement]:
        with self.db.session() as s:
            rows = s.scalars(select(Placement).where(
                Placement.specialist_id == self.actor.user_id, Placement.deleted_at.is_(None))).all()
            labels = {t.code: t.label_nl for t in s.scalars(select(TaxonomyItem))}
            out = []
            for p in rows:
                client = s.get(Client, p.client_id)
                if client is None or client.deleted_at is not None:
                    continue
                out.append(self._view(s, p, client, labels))
                audit.record(s, self.actor, "view", "placement", p.id, p.client_id, purpose="specialist")
        out.sort(key=lambda v: (v.status not in OPEN, v.client_name.casefold()))
        return out

    def record_progress(self, placement_id: str, note: str) -> SpecialistPlacement:
        text = clean_text(note, NOTE_MAX, "note", translate("Placements", "Schrijf op wat er is gebeurd."))
        with self.db.session() as s:
            p, client = self._mine(s, placement_id)
            p.progress_notes = f"{p.progress_notes}\n{note_line(self.actor, text)}".strip()
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id, fields=("progress_notes",),
                         purpose="specialist")
            return self._view(s, p, client, None)

    def record_evaluation(self, placement_id: str, evaluation: str) -> SpecialistPlacement:
        text = clean_text(evaluation, 4000, "specialist_evaluation",
                           translate("Placements", "Schrijf uw evaluatie op."))
        with self.db.session() as s:
            p, client = self._mine(s, placement_id, open_only=False)  # evaluating after the end is normal
            p.specialist_evaluation = text
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id,
                         fields=("specialist_evaluation",), purpose="specialist")
            return self._view(s, p, client, None)

    def _mine(self, s: Session, placement_id: str, *, open_only: bool = True) -> tuple[Placement, Client]:
        p = s.get(Placement, placement_id)
        client = s.get(Client, p.client_id) if p is not None else None
        if p is None or p.deleted_at is not None or client is None or client.deleted_at is not None:
            raise NotFound(translate("Placements", "Deze inzet bestaat niet (meer)."))
        if p.specialist_id != self.actor.user_id:
            raise NotAllowed(translate("Placements", "U bent niet betrokken bij deze inzet."))
        if open_only and p.status not in OPEN:
            raise NotAllowed(translate("Placements", "Deze inzet is al {status}.").format(
                status=status_label(p.status)))
        return p, client

    def _view(self, s: Session, p: Placement, client: Client, labels: dict[str, str] | None) -> SpecialistPlacement:
        if labels is None:
            labels = {t.code: t.label_nl for t in s.scalars(select(TaxonomyItem))}
        instr = s.get(Instrument, p.instrument_id)
        agreements = s.scalars(select(Agreement).where(
            Agreement.client_id == p.client_id, Agreement.deleted_at.is_(None),
            Agreement.shared_with_specialists.is_(True),
            or_(Agreement.placement_id == p.id, Agreement.placement_id.is_(None)),
            or_(Agreement.specialist_id == self.actor.user_id, Agreement.specialist_id.is_(None)),
        ).order_by(Agreement.due_date)).all()
        goals = split_codes(p.goal_codes)
        return SpecialistPlacement(
            id=p.id, client_name=display_name(client.first_name, client.name_prefix, client.last_name),
            client_phone=client.phone, client_email=client.email, instrument_name=instr.name if instr else "?",
            provider=instr.provider if instr else "", reason=p.reason, goal_codes=goals,
            goal_labels=tuple(labels.get(c, c) for c in goals), start_date=p.start_date, end_date=p.end_date,
            status=p.status, agreements=tuple(AgreementData.of(a) for a in agreements),
            progress_notes=p.progress_notes, specialist_evaluation=p.specialist_evaluation)
