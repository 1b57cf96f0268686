"""This device's own figures per period: signals by result, the absence funnel, werk.nl registrations open.

The device holds only its user's own caseload, so these are that caseload's figures and never a team's (a team
lead's device holds no signals or absences at all): team figures come from the central store
(central_reports.py, issue 16). Aggregates only (counts). The absence funnel uses the words the council was
told (seed 004): participants, outflow to work or otherwise, sanction considerations, sanctions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.sql import Select

from desktop.i18n import translate
from desktop.models.entities import SIGNAL_RESULTS, Absence, Client, Signal

from . import audit
from .context import Service
from .errors import ValidationError
from .werknl import registration_status


@dataclass(frozen=True)
class SignalFigures:
    by_result: dict[str, int]  # every result of SIGNAL_RESULTS, plus "open"
    total: int
    closed: int
    without_fine: int  # closed with another result than a fine investigation


@dataclass(frozen=True)
class AbsenceFunnel:
    participants: int  # clients with a missed activity in the period
    outflow: int  # of them: benefit ended after their first absence, by the end of the period
    considerations: int  # sanction considerations made in the period
    sanctions: int  # sanctions decided in the period
    explained: int  # closed because circumstances explained the absence
    no_sanction: int  # decided not to impose a sanction after a consideration


@dataclass(frozen=True)
class RegistrationFigures:
    registered: int
    not_registered: int
    exempt: int

    @property
    def open(self) -> int:
        return self.not_registered


@dataclass(frozen=True)
class DeviceFigures:
    """The figures of the caseload on this device."""

    start: date
    end: date
    signals: SignalFigures
    absences: AbsenceFunnel
    registrations: RegistrationFigures


class FigureService(Service):
    def device_figures(self, start: date, end: date) -> DeviceFigures:
        if end < start:
            raise ValidationError({"end": translate("Figures", "Het einde van de periode ligt voor het begin.")})
        with self.db.session() as s:
            def scoped(stmt: Select) -> Select:
                return stmt.where(Client.deleted_at.is_(None))

            # Signals reported in the period, by result (open ones as "open").
            results = s.execute(scoped(select(Signal.status, Signal.result).join(Client, Client.id == Signal.client_id)
                                       .where(Signal.deleted_at.is_(None), Signal.signalled_on >= start,
                                              Signal.signalled_on <= end))).all()
            counts = Counter("open" if st == "open" or not res else res for st, res in results)
            by_result = {r: counts.get(r, 0) for r in (*SIGNAL_RESULTS, "open")}
            closed = len(results) - by_result["open"]
            signals = SignalFigures(by_result, len(results), closed, closed - by_result["fine_investigation"])

            # The absence funnel.
            rows = s.execute(scoped(select(Absence, Client.benefit_status, Client.benefit_end)
                                    .join(Client, Client.id == Absence.client_id)
                                    .where(Absence.deleted_at.is_(None)))).all()
            first_missed: dict[str, date] = {}
            ended: dict[str, date | None] = {}
            considerations = sanctions = explained = no_sanction = 0
            for a, status, benefit_end in rows:
                if start <= a.missed_on <= end:
                    prev = first_missed.get(a.client_id)
                    first_missed[a.client_id] = min(prev, a.missed_on) if prev else a.missed_on
                    ended[a.client_id] = benefit_end if status in ("ended", "aftercare") else None
                if a.sanction_considered_on and start <= a.sanction_considered_on <= end:
                    considerations += 1
                if a.closed_on and start <= a.closed_on <= end:
                    if a.explained_by_circumstances:
                        explained += 1
                    elif a.sanction_decision == "sanction":
                        sanctions += 1
                    elif a.sanction_decision == "no_sanction":
                        no_sanction += 1
            outflow = sum(1 for cid, first in first_missed.items()
                          if ended[cid] is not None and first <= ended[cid] <= end)  # type: ignore[operator]
            funnel = AbsenceFunnel(len(first_missed), outflow, considerations, sanctions, explained, no_sanction)

            # werk.nl registrations of clients with a running benefit (as of today).
            regs = s.execute(scoped(select(Client.werknl_registered_on, Client.werknl_exempt)
                                    .where(Client.benefit_status.in_(("applicant", "active"))))).all()
            rc = Counter(registration_status(r, x) for r, x in regs)
            registrations = RegistrationFigures(rc["registered"], rc["not_registered"], rc["exempt"])

            audit.record(s, self.actor, "view", "figures", None, None,
                         purpose=f"cijfers eigen caseload {start.isoformat()} t/m {end.isoformat()}")
            return DeviceFigures(start, end, signals, funnel, registrations)
