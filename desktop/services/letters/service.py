"""LetterService: gather what a letter shows (detached), lay it out, and record that it was sent.

What is printed is chosen field by field per kind: never internal notes, signal descriptions,
progress notes or ids; the BSN only on a formal decision. Rendering for a preview records
nothing; printing or saving (or "mark as sent") records the sent date on the step it belongs to
where the step has a field for it (signal.letter_sent_on, client.werknl_letter_sent_on,
absence.hearing_offered_on) — set once: a reprint keeps the first date and is dated with it —
and always an audit event `print` with the letter kind as entity.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import (
    Absence,
    CallAttempt,
    Client,
    Conversation,
    Instrument,
    Placement,
    ProfileEntry,
    Signal,
    TaxonomyItem,
    Team,
    User,
)
from desktop.models.policy_settings import read_policy_settings
from desktop.services import audit
from desktop.services import print_texts as pt
from desktop.services.context import Service
from desktop.services.errors import NotAllowed, NotFound, ServiceError, ValidationError
from desktop.services.lookup import live, live_client
from desktop.services.print_layout import CoachContact, clean_text, write_atomic
from desktop.services.validation import display_name
from sync import clock
from sync.policy import werknl as werknl_rules
from sync.policy.reasons import text as reasons_text
from sync.policy.settings import PolicySettings

from .language import translator
from .layout import build_letter_pdf
from .model import Context, Letter
from .texts import (
    aftercare,
    contact_attempt,
    decision,
    hearing_invitation,
    placement,
    profile,
    reexamination_invitation,
    rights_and_duties,
    werknl_binding_decision,
    werknl_registration,
)

AUDIT_ACTION = "print"
# The deadlines a letter names are the policy's (sync/policy settings, set centrally), so what the client
# reads is what the rules later hold them to: call back before the waiting period after the letter ends,
# respond to a hearing within its response period, register within the binding decision's term.
REGISTER_DAYS = 28            # werknl-registration: "register before …" (advice; no rule depends on it)
MAILING_MAX = 50              # seed 003: start with a small group
PROFILE_INSTRUMENTS = 3


@dataclass(frozen=True)
class Kind:
    code: str          # the stable name on the command line
    ref: str           # the prefix of the letter's reference
    step: str | None   # what --for names: signal, absence, placement; None = the client
    compose: Callable


KINDS: dict[str, Kind] = {k.code: k for k in (
    Kind("contact-attempt", "TB", "signal", contact_attempt.compose),
    Kind("werknl-registration", "WI", None, werknl_registration.compose),
    Kind("werknl-binding-decision", "WB", None, werknl_binding_decision.compose),
    Kind("hearing-invitation", "HO", "absence", hearing_invitation.compose),
    Kind("decision", "BS", "absence", decision.compose),
    Kind("reexamination-invitation", "HU", None, reexamination_invitation.compose),
    Kind("rights-and-duties", "RP", None, rights_and_duties.compose),
    Kind("aftercare", "NZ", None, aftercare.compose),
    Kind("profile", "PR", None, profile.compose),
    Kind("placement", "IZ", "placement", placement.compose),
)}
DOCUMENTS = reexamination_invitation.DOCUMENTS


def kind_labels() -> dict[str, str]:
    """The kinds as the coach sees them (app language)."""
    return {
        "contact-attempt": translate("Letters", "Terugbelbrief (telefoon eerst)"),
        "werknl-registration": translate("Letters", "Inschrijven op werk.nl"),
        "werknl-binding-decision": translate("Letters", "Besluit: inschrijven op werk.nl binnen 2 weken"),
        "hearing-invitation": translate("Letters", "Uitnodiging om gehoord te worden"),
        "decision": translate("Letters", "Besluit over een verzuim"),
        "reexamination-invitation": translate("Letters", "Uitnodiging heronderzoek"),
        "rights-and-duties": translate("Letters", "Rechten en plichten"),
        "aftercare": translate("Letters", "Nazorg"),
        "profile": translate("Letters", "Profiel en passende instrumenten"),
        "placement": translate("Letters", "Inzet: reden, doelen en jobcoach"),
    }


@dataclass(frozen=True)
class Prepared:
    letter: Letter
    client_id: str
    target_id: str           # the step the letter belongs to (the client for client letters)
    already_sent: bool       # the step already has its sent date
    reply_by: date | None = None  # the response deadline the letter names (a hearing records it)


class LetterService(Service):
    """Make letters for the client and record them."""

    # -- public --------------------------------------------------------------------------------
    def render(self, kind: str, client_id: str, for_id: str | None = None, *,
               documents: Sequence[str] = (), record: bool = False) -> bytes:
        """The PDF as bytes. With `record`, the letter counts as sent (see `mark_sent`)."""
        prepared = self.prepare(kind, client_id, for_id, documents=documents)
        pdf = build_letter_pdf(prepared.letter)
        if record:
            self._record(prepared)
        return pdf

    def prepare(self, kind: str, client_id: str, for_id: str | None = None, *,
                documents: Sequence[str] = ()) -> Prepared:
        self._check(kind)
        extra: dict[str, Any] = {}
        if kind == "profile":  # the instruments that fit, ranked as on the Instrumenten tab
            from desktop.services.placements import PlacementService

            matches = PlacementService(self.db, self.actor).matches(client_id).matches
            extra["matches"] = [m for m in matches if m.matched][:PROFILE_INSTRUMENTS]
        with self.db.session() as s:
            return self._prepare(s, KINDS[kind], client_id, for_id, tuple(documents), extra)

    def mark_sent(self, kind: str, client_id: str, for_id: str | None = None, *,
                  documents: Sequence[str] = ()) -> Prepared:
        """Record the letter as sent without printing it here (e.g. printed elsewhere)."""
        prepared = self.prepare(kind, client_id, for_id, documents=documents)
        self._record(prepared)
        return prepared

    def write(self, kind: str, client_id: str, path: str | os.PathLike[str], for_id: str | None = None, *,
              documents: Sequence[str] = ()) -> Path:
        """Render, write atomically, then record: a letter that could not be saved is not 'sent'."""
        prepared = self.prepare(kind, client_id, for_id, documents=documents)
        target = write_atomic(path, lambda: build_letter_pdf(prepared.letter))
        self._record(prepared)
        return target

    def mailing(self, kind: str, client_ids: Sequence[str], *, limit: int = MAILING_MAX,
                documents: Sequence[str] = (), record: bool = True) -> tuple[bytes, list[str]]:
        """Letters of one kind for a selection, as one PDF; each one recorded. Returns (pdf, client ids).

        At most `limit` letters (seed 003: start with a small group). A client the letter does not
        apply to (already registered, no open step, …) is left out, not an error."""
        self._check(kind)
        if KINDS[kind].step is not None:
            raise ValidationError({"kind": translate(
                "Letters", "Deze brief hoort bij één stap van één werkzoekende; die kunt u niet in een mailing sturen.")})
        if not 1 <= limit <= MAILING_MAX:
            raise ValidationError({"limit": translate("Letters", "Kies tussen 1 en {n} brieven tegelijk.")
                                   .format(n=MAILING_MAX)})
        prepared: list[Prepared] = []
        for client_id in client_ids:
            if len(prepared) >= limit:
                break
            try:
                p = self.prepare(kind, client_id, documents=documents)
            except (ValidationError, NotFound):
                continue
            if not p.already_sent:  # a mailing never writes twice about the same step
                prepared.append(p)
        if not prepared:
            raise ServiceError(translate("Letters", "Voor geen van de gekozen werkzoekenden past deze brief."))
        merged = pdfium.PdfDocument.new()
        for p in prepared:
            merged.import_pages(pdfium.PdfDocument(build_letter_pdf(p.letter)))
        buf = io.BytesIO()
        merged.save(buf)
        if record:
            for p in prepared:
                self._record(p)
        return buf.getvalue(), [p.client_id for p in prepared]

    def mailing_candidates(self, kind: str) -> list[str]:
        """The caseload clients a mailing of this kind applies to, in caseload order (name)."""
        self._check(kind)
        with self.db.session() as s:
            clients = s.scalars(select(Client).where(Client.deleted_at.is_(None))
                                .order_by(Client.last_name, Client.first_name)).all()
            out = []
            for c in clients:
                if self.actor.role == "coach" and self.actor.user_id and c.coach_id != self.actor.user_id:
                    continue
                try:
                    _id, _data, sent_on = self._data(s, KINDS[kind], c, None, ())
                except (ValidationError, NotFound):
                    continue
                if sent_on is not None:
                    continue
                out.append(c.id)
            return out

    def targets(self, kind: str, client_id: str) -> list[tuple[str, str]]:
        """(id, label) of the steps a letter of this kind can belong to, for a chooser."""
        self._check(kind)
        step = KINDS[kind].step
        with self.db.session() as s:
            live_client(s, client_id)
            if step == "signal":
                rows = s.scalars(select(Signal).where(Signal.client_id == client_id, Signal.deleted_at.is_(None),
                                                      Signal.status == "open").order_by(Signal.signalled_on))
                return [(r.id, translate("Letters", "signaal van {date}").format(date=r.signalled_on.strftime("%d-%m-%Y")))
                        for r in rows]
            if step == "absence":
                rows = s.scalars(select(Absence).where(Absence.client_id == client_id, Absence.deleted_at.is_(None))
                                 .order_by(Absence.missed_on))
                return [(r.id, f"{r.missed_on.strftime('%d-%m-%Y')} {r.activity}") for r in rows]
            if step == "placement":
                rows = s.execute(select(Placement.id, Instrument.name).join(Instrument).where(
                    Placement.client_id == client_id, Placement.deleted_at.is_(None)))
                return [(pid, name) for pid, name in rows]
            return []

    def client_by_bsn(self, bsn: str) -> str:
        with self.db.session() as s:
            cid = s.scalar(select(Client.id).where(Client.bsn == bsn.strip(), Client.deleted_at.is_(None)))
        if cid is None:
            raise NotFound(translate("Letters", "Er is geen werkzoekende met BSN {bsn}.").format(bsn=bsn))
        return cid

    def suggested_filename(self, kind: str, client_id: str) -> str:
        """'brief-werknl-registration-2026-11-26.pdf' — without personal data."""
        self._check(kind)
        return translate("Letters", "brief-{kind}-{date}.pdf").format(kind=kind, date=self.actor.today().isoformat())

    # -- gathering -----------------------------------------------------------------------------
    def _check(self, kind: str) -> None:
        if self.actor.role == "specialist":
            raise NotAllowed(translate("Letters", "Een specialist kan geen brieven afdrukken."))
        if kind not in KINDS:
            raise ValidationError({"kind": translate("Letters", "Onbekende soort brief '{kind}'. Kies uit: {kinds}.")
                                   .format(kind=kind, kinds=", ".join(KINDS))})

    def _prepare(self, s: Session, kind: Kind, client_id: str, for_id: str | None,
                 documents: tuple[str, ...], extra: dict[str, Any]) -> Prepared:
        client = live_client(s, client_id)
        target_id, data, sent_on = self._data(s, kind, client, for_id, documents)
        data = {**data, **extra}
        lang = pt.language_of(client.preferred_language)
        coach = _user(s, client.coach_id)
        team = None
        for team_id in (coach.team_id if coach else None, client.team_id):
            team = s.get(Team, team_id) if team_id else None
            if team is not None and team.deleted_at is None:
                break
            team = None
        letter_date = sent_on or self.actor.today()
        data = _with_deadlines(kind.code, data, letter_date, read_policy_settings(s))
        if kind.code == "profile" or kind.code == "placement":
            data = _labels_in(s, lang, data)
        name = display_name(client.first_name, client.name_prefix, client.last_name)
        contact = (CoachContact(name=coach.display_name, phone=coach.phone, email=coach.email,
                                reachable=coach.reachable) if coach else None)
        ctx = Context(kind=kind.code, lang=lang, letter_date=letter_date, client_name=name, coach=contact,
                      team_name=team.name if team else None, data=data)
        body = kind.compose(ctx, translator(lang))
        digest = hashlib.sha256(target_id.encode()).hexdigest()[:6].upper()
        letter = Letter(
            kind=kind.code, lang=lang, letter_date=letter_date,
            reference=f"{kind.ref}-{letter_date:%Y%m%d}-{digest}", client_name=name,
            address=_address(client), body=body, coach=contact, team_name=ctx.team_name,
            bsn=client.bsn if body.formal else None)
        return Prepared(letter=letter, client_id=client.id, target_id=target_id, already_sent=sent_on is not None,
                        reply_by=data.get("reply_by"))

    def _data(self, s: Session, kind: Kind, client: Client, for_id: str | None,
              documents: tuple[str, ...]) -> tuple[str, dict[str, Any], date | None]:
        """(the step's id, the kind's data, the step's stored sent date) — or why this letter does not fit."""
        code = kind.code
        if code == "contact-attempt":
            sig = self._step(s, Signal, client, for_id, lambda q: q.where(Signal.status == "open"))
            if sig.status != "open":
                raise ValidationError({"for": translate("Letters", "Dit signaal is al afgesloten.")})
            failed = s.scalars(select(CallAttempt.attempted_at).where(
                CallAttempt.signal_id == sig.id, CallAttempt.deleted_at.is_(None),
                CallAttempt.reached.is_(False)).order_by(CallAttempt.attempted_at)).all()
            if not failed:
                raise ValidationError({"for": translate(
                    "Letters", "Telefoon eerst: deze brief kan pas na een belpoging die niet lukte.")})
            return sig.id, {"signal_kind": sig.kind, "attempts": list(failed)}, sig.letter_sent_on
        if code in ("werknl-registration", "werknl-binding-decision"):
            if client.benefit_status not in ("applicant", "active"):
                raise ValidationError({"for": translate(
                    "Letters", "Alleen wie een uitkering heeft of aanvraagt, moet ingeschreven staan op werk.nl.")})
            if client.werknl_exempt:
                raise ValidationError({"for": translate("Letters", "Deze werkzoekende hoeft zich niet in te schrijven.")})
            if client.werknl_registered_on:  # a registration lasts until pension age (seed 003)
                raise ValidationError({"for": translate("Letters", "Deze werkzoekende staat al ingeschreven op werk.nl.")})
            if code == "werknl-registration":
                return client.id, {}, client.werknl_letter_sent_on
            if client.werknl_letter_sent_on is None:
                raise ValidationError({"for": translate(
                    "Letters", "Stuur eerst de brief over inschrijven op werk.nl; dit besluit volgt daarna.")})
            if client.werknl_binding_decision_on is None:  # the decision is taken by sending it: the rules first
                self._check_binding_decision(s, client)
            return client.id, {"first_letter_on": client.werknl_letter_sent_on,
                               "register_by": client.werknl_binding_deadline}, client.werknl_binding_decision_on
        if code in ("hearing-invitation", "decision"):
            a = self._step(s, Absence, client, for_id, (lambda q: q.where(Absence.closed_on.is_(None))) if code == "hearing-invitation"
                           else (lambda q: q.where(Absence.sanction_decision.is_not(None))))
            data = {"activity": clean_text(a.activity).strip(), "missed_on": a.missed_on, "notified": a.notified}
            if code == "hearing-invitation":
                if a.sanction_considered_on is None:
                    raise ValidationError({"for": translate(
                        "Letters", "Horen hoort bij een maatregeloverweging. Nog nodig: eerst de maatregel overwegen.")})
                if a.closed_on is not None:
                    raise ValidationError({"for": translate("Letters", "Dit verzuim is al afgesloten.")})
                return a.id, {**data, "reply_by": a.hearing_deadline}, a.hearing_offered_on
            if a.sanction_decision is None:
                raise ValidationError({"for": translate("Letters", "Over dit verzuim is nog geen besluit genomen.")})
            data.update(decision=a.sanction_decision, percentage=a.sanction_percentage, months=a.sanction_months,
                        reason=clean_text(a.decision_reason).strip())
            return a.id, data, None
        if code == "reexamination-invitation":
            if client.reexamination_selected_on is None:  # who selected it and why come first (seed 000)
                raise ValidationError({"for": translate(
                    "Letters", "Leg eerst vast wie dit heronderzoek selecteerde en waarom.")})
            unknown = [d for d in documents if d not in DOCUMENTS]
            if unknown:
                raise ValidationError({"documents": translate(
                    "Letters", "Onbekend document '{doc}'. Kies uit: {docs}.").format(
                        doc=unknown[0], docs=", ".join(DOCUMENTS))})
            meeting = s.scalars(select(Conversation).where(
                Conversation.client_id == client.id, Conversation.deleted_at.is_(None),
                Conversation.planned.is_(True), Conversation.held_at >= clock.local_now())
                .order_by(Conversation.kind != "review", Conversation.held_at)).first()
            return client.id, {"documents": documents, "meeting_at": meeting.held_at if meeting else None,
                               "place": clean_text(meeting.place).strip() if meeting and meeting.place else None
                               }, client.reexamination_invited_on
        if code == "rights-and-duties":
            return client.id, {}, None
        if code == "aftercare":
            if client.aftercare_until is None:
                raise ValidationError({"for": translate("Letters", "Vul eerst in tot wanneer de nazorg loopt.")})
            return client.id, {"aftercare_until": client.aftercare_until, "benefit_end": client.benefit_end}, None
        if code == "profile":
            entries = s.scalars(select(ProfileEntry).where(
                ProfileEntry.client_id == client.id, ProfileEntry.deleted_at.is_(None))
                .order_by(ProfileEntry.assessed_on, ProfileEntry.updated_at)).all()
            if not entries:
                raise ValidationError({"for": translate("Letters", "Het profiel is nog leeg; er is niets om te laten zien.")})
            latest = {e.taxonomy_code: e for e in entries}  # the last assessment per item wins
            return client.id, {"latest": latest, "client_id": client.id}, None
        if code == "placement":
            p = self._step(s, Placement, client, for_id, lambda q: q)
            instr = s.get(Instrument, p.instrument_id)
            spec = _user(s, p.specialist_id)
            return p.id, {
                "instrument": instr.name if instr else "", "provider": instr.provider if instr else "",
                "reason": clean_text(p.reason).strip(), "goal_codes": p.goal_codes.split(),
                "start": p.start_date, "end": p.end_date,
                "specialist": {"name": spec.display_name, "organisation": spec.organisation, "phone": spec.phone,
                               "email": spec.email} if spec else None}, None
        raise AssertionError(code)

    def _step(self, s: Session, model: type, client: Client, for_id: str | None, narrow: Callable) -> Any:
        """The step `--for` names (it must be this client's), or the only fitting one."""
        gone, other, none, many = _step_messages()[model.__tablename__]
        if for_id:
            row = live(s, model, for_id, gone)
            if row.client_id != client.id:
                raise ValidationError({"for": other})
            return row
        rows = s.scalars(narrow(select(model).where(model.client_id == client.id, model.deleted_at.is_(None)))).all()
        if len(rows) == 1:
            return rows[0]
        raise ValidationError({"for": many if rows else none})

    # -- recording -----------------------------------------------------------------------------
    def _check_binding_decision(self, s: Session, client: Client) -> None:
        """Refuse the letter when the policy would refuse the decision it carries (the same rule as the
        werk.nl service and the central store: letter first, then a phone follow-up)."""
        today, policy = self.actor.today(), read_policy_settings(s)
        row = {f: getattr(client, f) for f in werknl_rules.FIELDS}
        row.update(werknl_binding_decision_on=today,
                   werknl_binding_deadline=today + timedelta(days=policy.werknl_binding_deadline_days))
        refusals = werknl_rules.judge_werknl(row, today, policy)
        if refusals:
            raise ValidationError({"for": reasons_text(refusals)})

    def _record(self, p: Prepared) -> None:
        from desktop.services.absences import AbsenceService
        from desktop.services.reexamination import ReexaminationService
        from desktop.services.signals import SignalService
        from desktop.services.werknl import WerknlService

        kind = p.letter.kind
        if not p.already_sent:
            if kind == "contact-attempt":
                SignalService(self.db, self.actor).mark_letter_sent(p.target_id, p.letter.letter_date)
            elif kind == "werknl-registration":
                WerknlService(self.db, self.actor).record_letter(p.client_id, p.letter.letter_date)
            elif kind == "hearing-invitation":
                AbsenceService(self.db, self.actor).offer_hearing(p.target_id, p.letter.letter_date,
                                                                  deadline=p.reply_by)
            elif kind == "werknl-binding-decision":
                WerknlService(self.db, self.actor).binding_decision(p.client_id, p.letter.letter_date)
            elif kind == "reexamination-invitation":
                ReexaminationService(self.db, self.actor).record_invitation(p.client_id, p.letter.letter_date)
        with self.db.session() as s:
            audit.record(s, self.actor, AUDIT_ACTION, kind, p.target_id, p.client_id,
                         purpose=f"brief {p.letter.reference}")


def _step_messages() -> dict[str, tuple[str, str, str, str]]:
    """Per step: gone, someone else's, none fits, more than one fits (whole sentences: Dutch gender)."""
    return {
        "signal": (translate("Letters", "Dit signaal bestaat niet (meer)."),
                   translate("Letters", "Dit signaal hoort niet bij deze werkzoekende."),
                   translate("Letters", "Er is geen open signaal waar deze brief bij past."),
                   translate("Letters", "Er zijn meer open signalen; kies met --for welk signaal.")),
        "absence": (translate("Letters", "Dit verzuim bestaat niet (meer)."),
                    translate("Letters", "Dit verzuim hoort niet bij deze werkzoekende."),
                    translate("Letters", "Er is geen verzuim waar deze brief bij past."),
                    translate("Letters", "Er is meer dan één verzuim waar deze brief bij past; kies met --for welk.")),
        "placement": (translate("Letters", "Deze inzet bestaat niet (meer)."),
                      translate("Letters", "Deze inzet hoort niet bij deze werkzoekende."),
                      translate("Letters", "Er is geen inzet waar deze brief bij past."),
                      translate("Letters", "Er is meer dan één inzet; kies met --for welke.")),
    }


def _user(s: Session, user_id: str | None) -> User | None:
    user = s.get(User, user_id) if user_id else None
    return user if user is not None and user.deleted_at is None else None


def _address(c: Client) -> tuple[str, ...]:
    street = " ".join(p for p in (c.street, c.house_number) if p)
    if street and c.house_number_suffix:
        street += f"-{c.house_number_suffix}" if c.house_number_suffix[:1].isdigit() else c.house_number_suffix
    town = "  ".join(p for p in (c.postcode, (c.city or "").upper()) if p)
    return tuple(p for p in (street, town) if p)


def _with_deadlines(code: str, data: dict[str, Any], day: date, policy: PolicySettings) -> dict[str, Any]:
    """The dates the letter names: a deadline already stored on the step, else the policy's period from `day`."""
    if code == "contact-attempt":
        return {**data, "reply_by": clock.add_working_days(day, policy.letter_wait_working_days)}
    if code == "hearing-invitation":
        return {**data, "reply_by": data.get("reply_by") or clock.add_working_days(
            day, policy.hearing_response_working_days)}
    if code == "werknl-registration":
        return {**data, "register_by": day + timedelta(days=REGISTER_DAYS)}
    if code == "werknl-binding-decision":
        return {**data, "register_by": data.get("register_by") or day + timedelta(
            days=policy.werknl_binding_deadline_days)}
    return data


def _labels_in(s: Session, lang: str, data: dict[str, Any]) -> dict[str, Any]:
    """Profile and placement: taxonomy codes as words in the letter's language."""
    items = {t.code: t for t in s.scalars(select(TaxonomyItem))}

    def label(code: str) -> str:
        t = items.get(code)
        return (t.label_en if lang == "en" and t.label_en else t.label_nl) if t else code

    if "goal_codes" in data:
        return {**data, "goals": [label(c) for c in data["goal_codes"]]}
    latest: dict[str, ProfileEntry] = data["latest"]
    domain = lambda code: items[code].domain if code in items else "quality"  # noqa: E731
    strengths = [label(c) for c, e in latest.items()
                 if domain(c) == "quality" or (domain(c) == "skill" and e.level >= 4
                                               and (e.target_level is None or e.level >= e.target_level))]
    work_on = [(label(c), e.level, e.target_level) for c, e in latest.items()
               if domain(c) in ("skill", "attention") and e.target_level is not None and e.level < e.target_level]
    directions = [label(c) for c in latest if domain(c) == "direction"]
    instruments = [(m.instrument.name, m.instrument.provider, m.instrument.duration_weeks,
                    [label(c) for c in m.matched]) for m in data.get("matches", [])]
    return {**data, "strengths": sorted(strengths, key=str.casefold), "work_on": work_on,
            "directions": sorted(directions, key=str.casefold), "instruments": instruments}
