"""The coach's caseload: list, search, open, create, edit and soft-delete clients."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.base import utcnow
from desktop.models.entities import BENEFIT_STATUSES, Absence, Agreement, Client, Conversation, Signal
from sync.policy.aftercare import AFTERCARE_MONTHS, OUTCOMES, add_months, default_aftercare_until, restart_of
from sync.policy.exemption import exempt_on

from . import audit
from .client_rules import check_client_change, client_row
from .contact_rhythm import contact_overdue, last_contacts, weeks_of
from .context import Service, local_now
from .errors import ValidationError
from .lookup import live_client
from .validation import (
    FieldError,
    age_on,
    check_birth_date,
    clean_email,
    clean_name,
    clean_phone,
    clean_prefix,
    display_name,
    fold,
    normalize_bsn,
    normalize_postcode,
    parse_date,
    sort_key,
    sort_name,
)

PHASES = ("benefit", "aftercare", "ended")
STATUS_ALIASES = {
    "aanvraag": "applicant", "lopend": "active", "actief": "active", "uitkering": "active",
    "beeindigd": "ended", "beëindigd": "ended", "gestopt": "ended", "nazorg": "aftercare",
}
EDITABLE = ("bsn", "first_name", "name_prefix", "last_name", "date_of_birth", "phone", "email", "street",
            "house_number", "house_number_suffix", "postcode", "city", "preferred_language", "benefit_status",
            "benefit_start", "benefit_end", "aftercare_until", "werknl_registered_on", "werknl_expires_on",
            "werknl_exempt", "werknl_letter_sent_on", "werknl_called_back_on", "work_duty_exemption",
            "work_duty_exemption_until", "work_duty_exemption_from", "contact_every_weeks")
__all__ = ["AFTERCARE_MONTHS", "add_months", "exempt_on"]  # re-exported for older callers


def phase_of(benefit_status: str, aftercare_until: date | None, today: date) -> str:
    if benefit_status in ("applicant", "active"):
        return "benefit"
    if aftercare_until is not None and aftercare_until >= today:
        return "aftercare"
    return "ended"


@dataclass(frozen=True)
class ClientRow:
    """One line of the caseload (detached, cheap to hold 10,000 of)."""

    id: str
    bsn: str
    display_name: str
    sort_name: str
    sort_key: str
    age: int | None
    postcode: str | None
    phase: str
    next_meeting: datetime | None
    open_agreements: int
    overdue_agreements: int
    search_text: str
    benefit_status: str = ""  # applicant/active/ended: the list says "Aanvraag" where the header does
    last_contact: datetime | None = None  # the last held conversation (desktop/services/contact_rhythm.py)
    contact_overdue: bool = False  # longer ago than the client's contact rhythm (default four weeks)
    contact_every_weeks: int = 4
    open_signals: int = 0  # status open (as the figures and Mijn week count them)
    open_absences: int = 0  # not closed yet


@dataclass(frozen=True)
class ClientDetails:
    id: str
    version: int
    bsn: str
    first_name: str
    name_prefix: str | None
    last_name: str
    date_of_birth: date | None
    phone: str | None
    email: str | None
    street: str | None
    house_number: str | None
    house_number_suffix: str | None
    postcode: str | None
    city: str | None
    preferred_language: str
    coach_id: str | None
    benefit_status: str
    benefit_start: date | None
    benefit_end: date | None
    aftercare_until: date | None
    werknl_registered_on: date | None
    werknl_expires_on: date | None
    werknl_exempt: bool
    werknl_letter_sent_on: date | None
    werknl_called_back_on: date | None
    work_duty_exemption: str | None
    work_duty_exemption_until: date | None
    updated_at: datetime
    work_duty_exemption_from: date | None = None
    previous_benefit_end: date | None = None
    benefit_restarted_on: date | None = None
    aftercare_outcome: str | None = None
    aftercare_outcome_on: date | None = None
    contact_every_weeks: int | None = None
    reexamination_selected_on: date | None = None
    reexamination_selected_by: str | None = None
    reexamination_reason: str | None = None
    reexamination_invited_on: date | None = None
    aftercare_satisfaction: int | None = None
    aftercare_satisfaction_remark: str | None = None
    approach_proposed_on: date | None = None
    approach_reasons: str | None = None
    approach_note: str | None = None
    approach_decision: str | None = None
    approach_decision_reason: str | None = None
    approach_decided_on: date | None = None
    approach_decided_by: str | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.name_prefix, self.last_name)

    @classmethod
    def of(cls, c: Client) -> ClientDetails:
        return cls(**{f.name: getattr(c, f.name) for f in fields(cls)})


def row_search_text(bsn: str, first: str, prefix: str | None, last: str, postcode: str | None) -> str:
    pc = (postcode or "").replace(" ", "")
    return fold(f"{first} {prefix or ''} {last} {display_name(first, prefix, last)} {bsn} {pc}")


def query_words(query: str) -> list[str]:
    """Folded words of a search; "3011 AB" is one postcode, so a 4-digit word joins a 2-letter one."""
    joined: list[str] = []
    for w in fold(query).split():
        if joined and len(joined[-1]) == 4 and joined[-1].isdigit() and len(w) <= 2 and w.isalpha():
            joined[-1] += w
        else:
            joined.append(w)
    return joined


def match_rows(rows: Iterable[ClientRow], query: str) -> list[ClientRow]:
    """Every word of the query must occur in name, BSN or postcode (accent- and case-insensitive)."""
    words = query_words(query)
    if not words:
        return list(rows)
    if len(words) == 1:  # the common case while typing: one plain comprehension, no generator per row
        w = words[0]
        return [r for r in rows if w in r.search_text]
    return [r for r in rows if all(w in r.search_text for w in words)]


def filter_rows(rows: Iterable[ClientRow], phase: str | None = None, overdue_only: bool = False,
                query: str = "") -> list[ClientRow]:
    if phase is not None or overdue_only:
        rows = [r for r in rows if (phase is None or r.phase == phase) and (not overdue_only or r.overdue_agreements)]
    return match_rows(rows, query) if query.strip() else list(rows)


def validate_client(data: Mapping[str, Any], today: date, *, partial: bool = False) -> dict[str, Any]:
    """Clean and check client fields; raise ValidationError with every problem at once."""
    unknown = set(data) - set(EDITABLE)
    if unknown:
        raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def check(name: str, fn) -> None:  # noqa: ANN001
        if partial and name not in data:
            return
        try:
            out[name] = fn(data.get(name))
        except FieldError as exc:
            errors[name] = str(exc)

    check("bsn", lambda v: normalize_bsn(str(v or "")))
    check("first_name", lambda v: clean_name(v, required=True))
    check("name_prefix", clean_prefix)
    check("last_name", lambda v: clean_name(v, required=True, max_len=150))
    check("date_of_birth", lambda v: check_birth_date(parse_date(v), today))
    check("phone", clean_phone)
    check("email", clean_email)
    check("street", lambda v: _text(v, 150))
    check("house_number", lambda v: _house_number(v))
    check("house_number_suffix", lambda v: _text(v, 10))
    check("postcode", normalize_postcode)
    check("city", lambda v: _text(v, 100))
    check("preferred_language", _language)
    check("benefit_status", _status)
    for name in ("benefit_start", "benefit_end", "aftercare_until", "werknl_registered_on",
                 "werknl_expires_on", "werknl_letter_sent_on", "werknl_called_back_on", "work_duty_exemption_until",
                 "work_duty_exemption_from"):
        check(name, parse_date)
    check("werknl_exempt", lambda v: bool(v))
    check("work_duty_exemption", lambda v: _text(v, 200))
    check("contact_every_weeks", _weeks)
    if not errors:
        start, end = out.get("benefit_start"), out.get("benefit_end")
        if start and end and end < start:
            errors["benefit_end"] = translate("Validation", "De einddatum ligt voor de begindatum.")
    if errors:
        raise ValidationError(errors)
    return out


def _text(value: Any, max_len: int) -> str | None:
    text = " ".join(str(value or "").split())
    if len(text) > max_len:
        raise FieldError(translate("Validation", "Dit is te lang (hoogstens {n} tekens).").format(n=max_len))
    return text or None


def _house_number(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not text.isdigit() or len(text) > 5 or int(text) == 0:
        raise FieldError(translate("Validation", "Een huisnummer is een getal; een toevoeging heeft een eigen veld."))
    return text


def _language(value: Any) -> str:
    text = str(value or "nl").strip().lower()
    if text not in ("nl", "en"):
        raise FieldError(translate("Validation", "Kies Nederlands (nl) of Engels (en)."))
    return text


def _status(value: Any) -> str:
    text = str(value or "active").strip().lower()
    text = STATUS_ALIASES.get(text, text)
    if text == "aftercare":  # aftercare follows from an ended benefit with aftercare_until
        text = "ended"
    if text not in BENEFIT_STATUSES:
        raise FieldError(translate("Validation", "Onbekende uitkeringsstatus: {v}.").format(v=value))
    return text


def _weeks(value: Any) -> int | None:
    """The contact rhythm in weeks: 1 to 26, empty for the default."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 26:
        raise FieldError(translate("Validation", "Het contactritme is 1 tot en met 26 weken."))
    return int(text)


def _apply_aftercare_default(values: dict[str, Any], current: Client | None) -> None:
    """An ended benefit starts aftercare: six months after the end unless the coach set another date. A second
    end (after a restart) or a corrected end moves an aftercare date that followed the old end."""
    status = values.get("benefit_status", current.benefit_status if current else "active")
    end = values.get("benefit_end", current.benefit_end if current else None)
    if current is None:
        wanted = values.get("aftercare_until") is None
    elif "aftercare_until" in values:
        wanted = False
    else:
        followed = current.benefit_end is not None and current.aftercare_until == default_aftercare_until(
            current.benefit_end)
        wanted = current.aftercare_until is None or (followed and end != current.benefit_end)
    if status == "ended" and end and wanted:
        values["aftercare_until"] = default_aftercare_until(end)


def _apply_restart(values: dict[str, Any], current: Client, today: date) -> None:
    """A benefit that restarts within six months of its end is flagged (no new four-week search period for people
    over 27) and keeps the coach; the old end and its aftercare make way for the new benefit."""
    before = client_row(current)
    restart = restart_of(before, {**before, **values}, today)
    if restart is None:
        return
    start, end = restart
    values.update(benefit_restarted_on=start, previous_benefit_end=end)
    values.setdefault("benefit_start", start)
    if values.get("benefit_end") == end or "benefit_end" not in values:
        values["benefit_end"] = None
    if values.get("aftercare_until", current.aftercare_until) == current.aftercare_until:
        values["aftercare_until"] = None


def _field_of(names: Any, preferred: str) -> str:
    """The form field a client-rule refusal is shown on: `preferred` when the change touches it."""
    names = list(names)
    return preferred if preferred in names or not names else names[0]


class CaseloadService(Service):
    # -- reading -----------------------------------------------------------------------------
    def list_clients(self) -> list[ClientRow]:
        """All clients in the caseload with their agreement and meeting figures, sorted the Dutch way."""
        today = self.actor.today()
        now = local_now()
        with self.db.session() as s:
            clients = s.execute(select(
                Client.id, Client.bsn, Client.first_name, Client.name_prefix, Client.last_name,
                Client.date_of_birth, Client.postcode, Client.benefit_status, Client.aftercare_until,
                Client.contact_every_weeks,
            ).where(Client.deleted_at.is_(None))).all()
            contacts = last_contacts(s, now)
            agreements = dict(s.execute(
                select(Agreement.client_id, func.count()).where(
                    Agreement.status == "open", Agreement.deleted_at.is_(None)).group_by(Agreement.client_id)).all())
            overdue = dict(s.execute(
                select(Agreement.client_id, func.count()).where(
                    Agreement.status == "open", Agreement.deleted_at.is_(None), Agreement.due_date < today,
                ).group_by(Agreement.client_id)).all())
            signals = dict(s.execute(select(Signal.client_id, func.count()).where(
                Signal.status == "open", Signal.deleted_at.is_(None)).group_by(Signal.client_id)).all())
            absences = dict(s.execute(select(Absence.client_id, func.count()).where(
                Absence.closed_on.is_(None), Absence.deleted_at.is_(None)).group_by(Absence.client_id)).all())
            planned = select(Conversation.client_id, Conversation.held_at.label("at")).where(
                Conversation.planned.is_(True), Conversation.held_at >= now, Conversation.deleted_at.is_(None))
            followups = select(Conversation.client_id, Conversation.next_meeting_at.label("at")).where(
                Conversation.next_meeting_at >= now, Conversation.deleted_at.is_(None))
            union = planned.union_all(followups).subquery()
            meetings = dict(s.execute(select(union.c.client_id, func.min(union.c.at)).group_by(union.c.client_id)).all())
        rows = []
        for c in clients:
            nm = meetings.get(c.id)
            phase = phase_of(c.benefit_status, c.aftercare_until, today)
            contact = contacts.get(c.id)
            if isinstance(nm, str):  # SQLite returns min() over a union as text
                nm = datetime.fromisoformat(nm)
            rows.append(ClientRow(
                id=c.id, bsn=c.bsn, display_name=display_name(c.first_name, c.name_prefix, c.last_name),
                sort_name=sort_name(c.first_name, c.name_prefix, c.last_name),
                sort_key=sort_key(c.first_name, c.name_prefix, c.last_name),
                age=age_on(c.date_of_birth, today), postcode=c.postcode,
                phase=phase, next_meeting=nm, last_contact=contact, contact_every_weeks=weeks_of(c.contact_every_weeks),
                contact_overdue=phase != "ended" and contact_overdue(
                    contact.date() if contact else None, c.contact_every_weeks, today),
                open_agreements=agreements.get(c.id, 0), overdue_agreements=overdue.get(c.id, 0),
                search_text=row_search_text(c.bsn, c.first_name, c.name_prefix, c.last_name, c.postcode),
                benefit_status=c.benefit_status, open_signals=signals.get(c.id, 0),
                open_absences=absences.get(c.id, 0)))
        rows.sort(key=lambda r: r.sort_key)
        return rows

    def search(self, query: str) -> list[ClientRow]:
        return match_rows(self.list_clients(), query)

    def stamp(self, client_id: str) -> tuple[int, datetime] | None:
        """(version, updated_at) of a live client, read without an audited view: has what a form
        shows changed underneath it (a sync)? None when the client is gone."""
        with self.db.session() as s:
            row = s.execute(select(Client.version, Client.updated_at).where(
                Client.id == client_id, Client.deleted_at.is_(None))).first()
            return (row[0], row[1]) if row is not None else None

    def open(self, client_id: str, purpose: str | None = None) -> ClientDetails:
        """The client's details; opening a dossier is a view in the audit trail."""
        with self.db.session() as s:
            c = self._get(s, client_id)
            audit.record(s, self.actor, "view", "client", c.id, c.id, purpose=purpose)
            return ClientDetails.of(c)

    def find_by_bsn(self, bsn: str) -> ClientDetails | None:
        bsn = normalize_bsn(bsn)
        with self.db.session() as s:
            c = s.scalar(select(Client).where(Client.bsn == bsn, Client.deleted_at.is_(None)))
            return ClientDetails.of(c) if c else None

    # -- changing ----------------------------------------------------------------------------
    def create(self, data: Mapping[str, Any]) -> ClientDetails:
        values = validate_client(data, self.actor.today())
        _apply_aftercare_default(values, None)
        with self.db.session() as s:
            self._check_unique_bsn(s, values["bsn"], None)
            c = Client(**values, coach_id=self.actor.user_id, team_id=self.actor.team_id)
            check_client_change(s, None, c, self.actor.today(), _field_of(values, "aftercare_until"))
            s.add(c)
            s.flush()
            audit.record(s, self.actor, "create", "client", c.id, c.id, fields=values.keys())
            return ClientDetails.of(c)

    def create_many(self, rows: Iterable[Mapping[str, Any]]) -> int:
        """Create already validated clients in one transaction (import, demo data)."""
        n = 0
        with self.db.session() as s:
            for values in rows:
                values = dict(values)
                _apply_aftercare_default(values, None)
                c = Client(**values, coach_id=self.actor.user_id, team_id=self.actor.team_id)
                s.add(c)
                s.flush()
                audit.record(s, self.actor, "create", "client", c.id, c.id, fields=values.keys(), purpose="import")
                n += 1
        return n

    def update(self, client_id: str, changes: Mapping[str, Any]) -> ClientDetails:
        values = validate_client(changes, self.actor.today(), partial=True)
        with self.db.session() as s:
            c = self._get(s, client_id)
            if "bsn" in values:
                self._check_unique_bsn(s, values["bsn"], c.id)
            _apply_restart(values, c, self.actor.today())
            _apply_aftercare_default(values, c)
            changed = {k for k, v in values.items() if getattr(c, k) != v}
            before = client_row(c)
            for k in changed:
                setattr(c, k, values[k])
            if changed:
                check_client_change(s, before, c, self.actor.today(), _field_of(changed, "aftercare_until"))
            if changed:
                audit.record(s, self.actor, "update", "client", c.id, c.id, fields=changed)
            s.flush()
            return ClientDetails.of(c)

    def record_aftercare_outcome(self, client_id: str, lasted: bool, on: date | None = None,
                                 satisfaction: int | None = None, remark: str | None = None) -> ClientDetails:
        """At the end of aftercare: did the work last? (sync/policy/aftercare.py refuses it earlier.) With it the
        client's rating of the support, 1-5, and a remark (seed 001; optional)."""
        outcome = OUTCOMES[0] if lasted else OUTCOMES[1]
        with self.db.session() as s:
            c = self._get(s, client_id)
            before = client_row(c)
            c.aftercare_outcome, c.aftercare_outcome_on = outcome, on or self.actor.today()
            c.aftercare_satisfaction = satisfaction
            c.aftercare_satisfaction_remark = str(remark or "").strip() or None
            check_client_change(s, before, c, self.actor.today(),
                                "aftercare_satisfaction" if satisfaction is not None or remark else "aftercare_outcome")
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="aftercare",
                         fields=("aftercare_outcome", "aftercare_outcome_on", "aftercare_satisfaction",
                                 "aftercare_satisfaction_remark"))
            s.flush()
            return ClientDetails.of(c)

    def delete(self, client_id: str) -> None:
        """Soft delete: the tombstone syncs; the row stays until the central store purges it."""
        with self.db.session() as s:
            c = self._get(s, client_id)
            c.deleted_at = utcnow()
            audit.record(s, self.actor, "delete", "client", c.id, c.id)

    def existing_bsns(self) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(Client.bsn).where(Client.deleted_at.is_(None))))

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _get(s: Session, client_id: str) -> Client:
        return live_client(s, client_id)

    @staticmethod
    def _check_unique_bsn(s: Session, bsn: str, own_id: str | None) -> None:
        q = select(Client.id).where(Client.bsn == bsn, Client.deleted_at.is_(None))
        if own_id:
            q = q.where(Client.id != own_id)
        if s.scalar(q.limit(1)):
            raise ValidationError({"bsn": translate("Validation", "Er staat al iemand met dit BSN in het bestand.")})

