"""werk.nl registration (seed 003, "Actie herinschrijving"): who is registered as a job seeker, who is
not, who was written to and who called back, and the monthly list for UWV.

Since the 2013 agreement people on social assistance stay registered at werk.nl until pension age;
the municipality tells UWV every month who may be deregistered. That list is `export_uwv`:

UWV list (CSV, UTF-8 with BOM, semicolon-separated, one header line, dates YYYY-MM-DD) — columns:

=========================  ======================================================================
``bsn``                    burgerservicenummer, 9 digits (UWV matches on it)
``achternaam``             last name
``tussenvoegsel``          name prefix (``van den``), may be empty
``voornaam``               first name
``geboortedatum``          date of birth, may be empty
``einde_uitkering``        the day the benefit (bijstand) ended
``ingeschreven_sinds``     the werk.nl registration date known to the municipality
``reden_afmelding``        always ``uitkering beëindigd``
``gemeente``               always ``Rotterdam``
=========================  ======================================================================

A client is on the list for month M when the benefit ended in M (status ended or aftercare, end date
in M and not after today) and a werk.nl registration is known; nobody else's BSN is sent (data
minimisation). The export is an audited event for each client on it.

There is no expiry or renewal: a registration lasts until pension age, and deregistration goes only
through the monthly UWV list (the stored `werknl_expires_on` is no longer used).

Who was written to and who called back are kept on the client (`werknl_letter_sent_on`,
`werknl_called_back_on`, schema 0004). The binding decision path (letter -> phone follow-up -> binding
decision with a 2-week deadline -> a hearing -> a sanction only after the deadline) and exemption
requests follow sync/policy/werknl.py, the rules the central store runs too (schema 0005).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Client
from desktop.models.policy_settings import read_policy_settings
from sync import uwv
from sync.policy import werknl as rules

from . import audit
from .caseload import add_months
from .client_rules import check_client_change, client_row
from .context import Service
from .errors import ValidationError
from .lookup import live_client
from .validation import FieldError, display_name, parse_date, sort_key

# The list's format is shared with the central store's `export uwv` (sync/uwv.py).
UWV_COLUMNS, UWV_REASON, MUNICIPALITY = uwv.UWV_COLUMNS, uwv.UWV_REASON, uwv.MUNICIPALITY
STATUSES = ("registered", "not_registered", "exempt")


def status_labels() -> dict[str, str]:
    return {
        "registered": translate("Werknl", "Ingeschreven"),
        "not_registered": translate("Werknl", "Niet ingeschreven"),
        "exempt": translate("Werknl", "Ontheffing"),
    }


def registration_status(registered_on: date | None, exempt: bool) -> str:
    """Registered until pension age (seed 003): no expiry, no renewal."""
    if exempt:
        return "exempt"
    if registered_on is None:
        return "not_registered"
    return "registered"


def parse_month(text: str) -> tuple[date, date]:
    """'2026-11' -> (first day, last day); FieldError with a Dutch message otherwise."""
    try:
        year, month = (int(p) for p in str(text).strip().split("-"))
        first = date(year, month, 1)
    except (ValueError, TypeError) as exc:
        raise FieldError(translate("Werknl", "Schrijf de maand als 2026-11 (jaar-maand).")) from exc
    return first, add_months(first, 1) - timedelta(days=1)


@dataclass(frozen=True)
class RegistrationRow:
    client_id: str
    bsn: str
    display_name: str
    sort_key: str
    benefit_status: str
    registered_on: date | None
    exempt: bool
    letter_sent_on: date | None
    called_back_on: date | None
    status: str
    phoned_on: date | None = None
    binding_decision_on: date | None = None
    binding_deadline: date | None = None
    hearing_offered_on: date | None = None
    sanction_on: date | None = None
    sanction_percentage: int | None = None
    exemption_requested_by: str | None = None
    exemption_reason: str | None = None
    exemption_decision: str | None = None


class WerknlService(Service):
    # -- reading -----------------------------------------------------------------------------
    def registrations(self, open_only: bool = True) -> list[RegistrationRow]:
        """Clients with a running benefit; `open_only`: those not (or no longer) registered and not exempt."""
        today = self.actor.today()
        with self.db.session() as s:
            clients = s.scalars(select(Client).where(
                Client.deleted_at.is_(None), Client.benefit_status.in_(("applicant", "active")))).all()
            rows = [self._row(c, today) for c in clients]
            if open_only:
                rows = [r for r in rows if r.status == "not_registered"]
            rows.sort(key=lambda r: r.sort_key)
            audit.record(s, self.actor, "view", "werknl_list", None, None,
                         purpose=f"werk.nl-lijst ({len(rows)} werkzoekenden)")
            return rows

    def for_client(self, client_id: str) -> RegistrationRow:
        with self.db.session() as s:
            c = self._client(s, client_id)
            audit.record(s, self.actor, "view", "werknl", c.id, c.id)
            return self._row(c, self.actor.today())

    def uwv_rows(self, month: str) -> list[list[str]]:
        """The rows of the monthly UWV list (header not included), sorted by name. Not audited: see export_uwv."""
        with self.db.session() as s:
            return [row for _c, row in self._uwv(s, month)]

    # -- changing ----------------------------------------------------------------------------
    def register(self, client_id: str, registered_on: date | str) -> RegistrationRow:
        """The werk.nl registration date; it lasts until pension age (no expiry)."""
        today = self.actor.today()
        errors: dict[str, str] = {}
        try:
            reg = parse_date(registered_on, required=True)
            if reg and reg > today:
                raise FieldError(translate("Werknl", "De inschrijfdatum ligt in de toekomst."))
        except FieldError as exc:
            errors["werknl_registered_on"], reg = str(exc), None
        if errors:
            raise ValidationError(errors)
        return self._update(client_id, {"werknl_registered_on": reg})

    def set_exempt(self, client_id: str, exempt: bool) -> RegistrationRow:
        return self._update(client_id, {"werknl_exempt": bool(exempt)})

    def record_letter(self, client_id: str, on: date | str | None = None) -> RegistrationRow:
        """The client was written to: please register at werk.nl."""
        return self._update(client_id, {"werknl_letter_sent_on": self._contact_day(on, "werknl_letter_sent_on")})

    def record_callback(self, client_id: str, on: date | str | None = None) -> RegistrationRow:
        """The client called back (for help, or to ask for an exemption)."""
        return self._update(client_id, {"werknl_called_back_on": self._contact_day(on, "werknl_called_back_on")})

    def record_phone_followup(self, client_id: str, on: date | str | None = None) -> RegistrationRow:
        """We phoned a client who did not respond to the letter."""
        return self._update(client_id, {"werknl_phoned_on": self._contact_day(on, "werknl_phoned_on")})

    def binding_decision(self, client_id: str, on: date | str | None = None) -> RegistrationRow:
        """The binding decision to register, with its deadline (the central number of days, default 14)."""
        day = self._contact_day(on, "werknl_binding_decision_on")
        with self.db.session() as s:
            days = read_policy_settings(s).werknl_binding_deadline_days
        return self._update(client_id, {"werknl_binding_decision_on": day,
                                        "werknl_binding_deadline": day + timedelta(days=days)})

    def offer_hearing(self, client_id: str, on: date | str | None = None) -> RegistrationRow:
        return self._update(client_id, {"werknl_hearing_offered_on": self._contact_day(
            on, "werknl_hearing_offered_on")})

    def sanction(self, client_id: str, percentage: int | None = None, on: date | str | None = None
                 ) -> RegistrationRow:
        """A sanction after the binding decision's deadline passed without registration (default: the central %)."""
        day = self._contact_day(on, "werknl_sanction_on")
        with self.db.session() as s:
            pct = read_policy_settings(s).werknl_sanction_percentage if percentage is None else percentage
        return self._update(client_id, {"werknl_sanction_on": day, "werknl_sanction_percentage": pct})

    def record_exemption_request(self, client_id: str, requested_by: str, reason: str, decision: str
                                 ) -> RegistrationRow:
        """Who called to ask for an exemption, why, and the decision (granted | refused); granted sets the exemption."""
        errors: dict[str, str] = {}
        who, why = str(requested_by or "").strip()[:160], str(reason or "").strip()
        if not who:
            errors["werknl_exemption_requested_by"] = translate("Werknl", "Vul in wie belde.")
        if not why:
            errors["werknl_exemption_reason"] = translate("Werknl", "Schrijf de reden van het verzoek op.")
        if decision not in rules.EXEMPTION_DECISIONS:
            errors["werknl_exemption_decision"] = translate("Werknl", "Kies: toegekend of afgewezen.")
        if errors:
            raise ValidationError(errors)
        values: dict[str, object] = {"werknl_exemption_requested_by": who, "werknl_exemption_reason": why,
                                     "werknl_exemption_decision": decision}
        if decision == "granted":
            values["werknl_exempt"] = True
        return self._update(client_id, values)

    def export_uwv(self, month: str, path: Path) -> int:
        """Write the monthly UWV list (see the module docstring); returns the number of clients."""
        from .transfer import write_private

        with self.db.session() as s:
            rows = self._uwv(s, month)

            def write(fh: io.TextIOBase) -> None:
                uwv.write(fh, (row for _c, row in rows))  # type: ignore[arg-type]

            write_private(path, write, bom=True)
            purpose = f"uwv-afmeldlijst {month}"
            audit.record(s, self.actor, "export", "uwv_list", None, None, purpose=purpose)
            for c, _row in rows:
                audit.record(s, self.actor, "export", "client", c.id, c.id, purpose=purpose,
                             fields=("bsn", "name", "date_of_birth", "benefit_end", "werknl_registered_on"))
            return len(rows)

    # -- helpers -----------------------------------------------------------------------------
    def _uwv(self, s: Session, month: str) -> list[tuple[Client, list[str]]]:
        try:
            first, last = parse_month(month)
        except FieldError as exc:
            raise ValidationError({"month": str(exc)}) from exc
        today = self.actor.today()
        if first > today:
            raise ValidationError({"month": translate("Werknl", "Deze maand is nog niet begonnen.")})
        last = min(last, today)
        clients = [c for c in s.scalars(select(Client).where(
            Client.deleted_at.is_(None), Client.benefit_status.in_(uwv.ENDED),
            Client.benefit_end >= first, Client.benefit_end <= last, Client.werknl_registered_on.is_not(None)))
            if uwv.on_list(c.benefit_status, c.benefit_end, c.werknl_registered_on, first, last)]
        clients.sort(key=lambda c: uwv.sort_key(c.first_name, c.name_prefix, c.last_name))
        return [(c, uwv.row(c.bsn, c.last_name, c.name_prefix, c.first_name, c.date_of_birth, c.benefit_end,
                            c.werknl_registered_on)) for c in clients]

    def _contact_day(self, on: date | str | None, field: str) -> date:
        try:
            day = parse_date(on) if on else self.actor.today()
        except FieldError as exc:
            raise ValidationError({field: str(exc)}) from exc
        if day > self.actor.today():
            raise ValidationError({field: translate("Werknl", "Deze datum ligt in de toekomst.")})
        return day

    def _update(self, client_id: str, values: dict[str, object]) -> RegistrationRow:
        with self.db.session() as s:
            c = self._client(s, client_id)
            changed = [k for k, v in values.items() if getattr(c, k) != v]
            before = client_row(c)
            for k in changed:
                setattr(c, k, values[k])
            if changed:  # werk.nl, and the work-duty exemption (sync/policy/clients.py)
                check_client_change(s, before, c, self.actor.today(), changed[0])
            if changed:
                audit.record(s, self.actor, "update", "client", c.id, c.id, fields=changed, purpose="werk.nl")
            s.flush()
            return self._row(c, self.actor.today())

    @staticmethod
    def _row(c: Client, today: date) -> RegistrationRow:
        return RegistrationRow(
            client_id=c.id, bsn=c.bsn, display_name=display_name(c.first_name, c.name_prefix, c.last_name),
            sort_key=sort_key(c.first_name, c.name_prefix, c.last_name), benefit_status=c.benefit_status,
            registered_on=c.werknl_registered_on, exempt=c.werknl_exempt,
            letter_sent_on=c.werknl_letter_sent_on,
            called_back_on=c.werknl_called_back_on, phoned_on=c.werknl_phoned_on,
            binding_decision_on=c.werknl_binding_decision_on, binding_deadline=c.werknl_binding_deadline,
            hearing_offered_on=c.werknl_hearing_offered_on, sanction_on=c.werknl_sanction_on,
            sanction_percentage=c.werknl_sanction_percentage,
            exemption_requested_by=c.werknl_exemption_requested_by, exemption_reason=c.werknl_exemption_reason,
            exemption_decision=c.werknl_exemption_decision,
            status=registration_status(c.werknl_registered_on, c.werknl_exempt))

    @staticmethod
    def _client(s: Session, client_id: str) -> Client:
        return live_client(s, client_id)
