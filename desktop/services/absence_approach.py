"""The absence approach (seed 004), first step: a coach proposes a client with reasons and a note; a team lead
admits or excludes with the reason. The rules are sync/policy/absence_approach.py (the same on the central
store). Groups, sessions and attendance: approach_groups.py; the absence team's door visits: door_visits.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.entities import Client
from sync.policy.absence_approach import DECISIONS, REASONS

from . import audit
from .caseload import ClientDetails
from .client_rules import check_client_change, client_row
from .context import Service
from .errors import NotAllowed, ValidationError
from .lookup import live_client


def reason_labels() -> dict[str, str]:
    return {"missed_appointments": translate("Approach", "Herhaaldelijk afspraken gemist"),
            "missed_obligations": translate("Approach", "Verplichtingen niet nagekomen"),
            "sickness_absence": translate("Approach", "Vaak ziek gemeld")}


@dataclass(frozen=True)
class Proposal:
    """A coach's proposal awaiting the coordinator: who, why (labels) and the coach's note."""

    client_id: str
    name: str
    reasons: str
    note: str
    proposed_on: date


def status_text(c: ClientDetails) -> str:
    """One line for the client's absences tab: where the client stands in the absence approach."""
    if c.approach_proposed_on is None:
        return translate("Approach", "Niet voorgesteld voor de verzuimaanpak.")
    day = f"{c.approach_proposed_on:%d-%m-%Y}"
    if c.approach_decision == "admitted":
        return translate("Approach", "Toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}").format(
            day=day, why=c.approach_decision_reason or "")
    if c.approach_decision == "excluded":
        return translate("Approach", "Niet toegelaten tot de verzuimaanpak (voorgesteld {day}): {why}").format(
            day=day, why=c.approach_decision_reason or "")
    return translate("Approach", "Voorgesteld voor de verzuimaanpak op {day}; de coördinator beslist.").format(day=day)


class AbsenceApproachService(Service):
    def propose(self, client_id: str, reasons: Sequence[str], note: str) -> ClientDetails:
        codes = [r for r in dict.fromkeys(reasons) if r]
        if any(c not in REASONS for c in codes):
            raise ValidationError({"approach_reasons": translate("Approach", "Kies uit de redenen in de lijst.")})
        with self.db.session() as s:
            c = live_client(s, client_id)
            before = client_row(c)
            c.approach_proposed_on, c.approach_reasons = self.actor.today(), " ".join(codes) or None
            c.approach_note = str(note or "").strip() or None
            c.approach_decision = c.approach_decision_reason = c.approach_decided_on = c.approach_decided_by = None
            c.approach_group_id = None  # a new proposal is decided again, also about the group
            check_client_change(s, before, c, self.actor.today(), "approach_note")
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="verzuimaanpak voorstel",
                         fields=("approach_proposed_on", "approach_reasons", "approach_note"))
            s.flush()
            return ClientDetails.of(c)

    def decide(self, client_id: str, decision: str, reason: str) -> ClientDetails:
        """The coordinator's check for serious impediments: admitted or excluded, with the reason."""
        if self.actor.role not in ("team_lead", "admin"):
            raise NotAllowed(translate("Approach", "Alleen de coördinator (teamleider) laat toe of sluit uit."))
        if decision not in DECISIONS:
            raise ValidationError({"approach_decision": translate("Approach", "Kies: toelaten of uitsluiten.")})
        with self.db.session() as s:
            c = live_client(s, client_id)
            before = client_row(c)
            c.approach_decision, c.approach_decision_reason = decision, str(reason or "").strip() or None
            c.approach_decided_on, c.approach_decided_by = self.actor.today(), self.actor.username
            check_client_change(s, before, c, self.actor.today(), "approach_decision_reason")
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="verzuimaanpak besluit",
                         fields=("approach_decision", "approach_decision_reason", "approach_decided_on"))
            s.flush()
            return ClientDetails.of(c)

    def proposals(self) -> list[Proposal]:
        """Proposals awaiting the coordinator's decision, oldest first."""
        labels = reason_labels()
        with self.db.session() as s:
            rows = s.scalars(select(Client).where(
                Client.deleted_at.is_(None), Client.approach_proposed_on.is_not(None),
                Client.approach_decision.is_(None)).order_by(Client.approach_proposed_on)).all()
            audit.record(s, self.actor, "view", "client", None, None, purpose="verzuimaanpak voorstellen")
            return [Proposal(c.id, " ".join(p for p in (c.first_name, c.name_prefix, c.last_name) if p),
                             ", ".join(labels.get(r, r) for r in (c.approach_reasons or "").split()),
                             c.approach_note or "", c.approach_proposed_on) for c in rows
                    if c.approach_proposed_on is not None]

    def details(self, client_id: str) -> ClientDetails:
        with self.db.session() as s:
            return ClientDetails.of(live_client(s, client_id))

    def awaiting_decision(self) -> list[str]:
        """Client ids proposed and not yet admitted or excluded, oldest proposal first."""
        with self.db.session() as s:
            return list(s.scalars(select(Client.id).where(
                Client.deleted_at.is_(None), Client.approach_proposed_on.is_not(None),
                Client.approach_decision.is_(None)).order_by(Client.approach_proposed_on)))
