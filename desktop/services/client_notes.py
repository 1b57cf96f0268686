"""Short notes for the client's header (issue 17): a benefit restarted within six months, a work-duty exemption
that runs, whether the work lasted after aftercare, when the duty to inform was last discussed."""

from __future__ import annotations

from datetime import date, datetime

from desktop.i18n import translate
from sync.policy.exemption import exempt_on

from .caseload import ClientDetails


def _d(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def client_notes(d: ClientDetails, today: date, informed_at: datetime | None = None) -> list[str]:
    notes = [translate("ClientNotes", "informatieplicht nog nooit besproken") if informed_at is None else
             translate("ClientNotes", "informatieplicht besproken op {day}").format(day=_d(informed_at.date()))]
    if d.benefit_restarted_on and d.previous_benefit_end and d.benefit_status in ("applicant", "active"):
        notes.append(translate("ClientNotes", "herstart binnen zes maanden na {day}: geen nieuwe zoektermijn (27+)")
                     .format(day=_d(d.previous_benefit_end)))
    row = {"work_duty_exemption": d.work_duty_exemption, "work_duty_exemption_from": d.work_duty_exemption_from,
           "work_duty_exemption_until": d.work_duty_exemption_until}
    if exempt_on(row, today) and d.work_duty_exemption_until:
        notes.append(translate("ClientNotes", "ontheven van de arbeidsplicht tot en met {day}").format(
            day=_d(d.work_duty_exemption_until)))
    if d.aftercare_outcome == "lasted":
        notes.append(translate("ClientNotes", "werk hield stand na de nazorg"))
    elif d.aftercare_outcome == "not_lasted":
        notes.append(translate("ClientNotes", "werk hield geen stand na de nazorg"))
    return notes
