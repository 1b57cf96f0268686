"""The absence team's work list (seed 004, team verzuim): absences not called off that still need a door visit,
with whom and where to visit, and recording the visit's findings. The coach then holds the follow-up
conversation (AbsenceService). Who may record a door visit: sync/policy/roles.py (the absence team; a coach for
their own clients, as before)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.entities import Absence, Client

from . import audit
from .absences import AbsenceData, AbsenceService
from .approach_groups import client_name
from .context import Service
from .errors import NotAllowed

ROLES = ("absence_team", "coach", "admin")


@dataclass(frozen=True)
class VisitItem:
    absence_id: str
    client_id: str
    name: str
    address: str
    phone: str
    activity: str
    missed_on: date


def address_of(c: Client) -> str:
    street = " ".join(p for p in (c.street, c.house_number, c.house_number_suffix) if p)
    return ", ".join(p for p in (street, " ".join(p for p in (c.postcode, c.city) if p)) if p)


class DoorVisitService(Service):
    def to_visit(self) -> list[VisitItem]:
        """Open absences without a door visit, not called off, oldest first."""
        self._check()
        with self.db.session() as s:
            rows = s.execute(select(Absence, Client).join(Client, Client.id == Absence.client_id).where(
                Absence.deleted_at.is_(None), Client.deleted_at.is_(None), Absence.closed_on.is_(None),
                Absence.door_visit_on.is_(None), Absence.notified.is_(False)).order_by(Absence.missed_on)).all()
            audit.record(s, self.actor, "view", "absence", None, None, purpose="voordeurbezoeken")
            return [VisitItem(a.id, c.id, client_name(c), address_of(c), c.phone or "", a.activity, a.missed_on)
                    for a, c in rows]

    def record(self, absence_id: str, on: date | str, findings: str) -> AbsenceData:
        self._check()
        return AbsenceService(self.db, self.actor).record_door_visit(absence_id, on, findings)

    def _check(self) -> None:
        if self.actor.role not in ROLES:
            raise NotAllowed(translate("Approach", "Voordeurbezoeken legt team verzuim vast."))
