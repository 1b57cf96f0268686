"""Placements (inzet): a client's participation in an instrument, from the choice made together to the
evaluation with client, supervisor and employer (what a specialist may see of it: specialist_placements.py).

Status: proposed -> active -> completed | stopped (a proposal can also be stopped). On completion the
coach records the objective outcome, the experience ratings (1-5) and a re-assessment of the goals;
the re-assessment is appended to the profile (linked to the placement), so before/after is visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import (
    PLACEMENT_OUTCOMES,
    Agreement,
    Client,
    Instrument,
    Placement,
    ProfileEntry,
    TaxonomyItem,
    User,
)
from sync.policy.reasons import text as reasons_text
from sync.policy.satisfaction import judge_rating

from . import audit
from .catalogue import _data as instrument_data
from .catalogue import split_codes
from .context import Service
from .conversations import AgreementData, validate_agreement
from .errors import NotAllowed, NotFound, ValidationError
from .lookup import live, live_client
from .matching import MatchResult, eligibility, rank, reason_text

# The data, labels and the specialist's side live in their own modules; re-exported for the UI and tests.
from .placement_data import (  # noqa: F401
    NOTE_MAX,
    OPEN,
    RATINGS,
    REASON_MAX,
    TRANSITIONS,
    GoalDevelopment,
    PlacementData,
    clean_text,
    goal_development,
    note_line,
    outcome_label,
    status_label,
)
from .profile import ProfileService
from .specialist_placements import SpecialistPlacement, SpecialistService  # noqa: F401
from .validation import FieldError, age_on, parse_date


class PlacementService(Service):
    """The coach's side: match, start, activate, complete or stop a placement."""

    def _check_role(self) -> None:
        if self.actor.role not in ("coach", "admin"):
            raise NotAllowed(translate("Placements", "Alleen de begeleider zet instrumenten in."))

    # -- matching ----------------------------------------------------------------------------
    def matches(self, client_id: str) -> MatchResult:
        """The catalogue ranked for this client's development areas (an audited view of the profile)."""
        self._check_role()
        profile = ProfileService(self.db, self.actor).profile(client_id, purpose="matching")
        with self.db.session() as s:
            client = self._client(s, client_id)
            instruments = [instrument_data(i) for i in s.scalars(select(Instrument).where(
                Instrument.deleted_at.is_(None)))]
            running = set(s.scalars(select(Placement.instrument_id).where(
                Placement.client_id == client_id, Placement.status.in_(OPEN), Placement.deleted_at.is_(None))))
            age = age_on(client.date_of_birth, self.actor.today())
        result = rank(profile.development_areas(), instruments, age, directions=profile.codes_in("direction"),
                      circumstances=profile.codes_in("circumstance"), running=running)
        # the client decides about the profile (seed 001): show which development areas they do not (yet) recognise
        areas = {a.code for a in result.areas}
        return replace(result, unrecognised=tuple(i.code for i in profile.items
                                                  if i.code in areas and not i.latest.client_recognises))

    def client_age(self, client_id: str) -> int | None:
        with self.db.session() as s:
            return age_on(self._client(s, client_id).date_of_birth, self.actor.today())

    def specialists(self) -> list[tuple[str, str]]:
        """(id, 'Name — organisation') of the specialists known on this device."""
        with self.db.session() as s:
            users = s.scalars(select(User).where(User.role == "specialist", User.deleted_at.is_(None))).all()
            out = [(u.id, f"{u.display_name} — {u.organisation}" if u.organisation else u.display_name)
                   for u in users]
        return sorted(out, key=lambda p: p[1].casefold())

    # -- reading -----------------------------------------------------------------------------
    def list_for_client(self, client_id: str) -> list[PlacementData]:
        self._check_role()
        with self.db.session() as s:
            self._client(s, client_id)
            rows = s.scalars(select(Placement).where(
                Placement.client_id == client_id, Placement.deleted_at.is_(None))).all()
            entries = self._entries(s, client_id)
            out = [self._data(s, p, entries) for p in rows]
            audit.record(s, self.actor, "view", "placement", None, client_id)
        out.sort(key=lambda p: (p.status not in OPEN, -(p.start_date or date.min).toordinal(), p.instrument_name))
        return out

    def get(self, placement_id: str) -> PlacementData:
        self._check_role()
        with self.db.session() as s:
            p = self._get(s, placement_id)
            audit.record(s, self.actor, "view", "placement", p.id, p.client_id)
            return self._data(s, p, self._entries(s, p.client_id))

    # -- changing ----------------------------------------------------------------------------
    def start(self, client_id: str, instrument_id: str, data: Mapping[str, Any]) -> PlacementData:
        """Propose (or directly start, status='active') a placement chosen together with the client."""
        self._check_role()
        allowed = {"reason", "goal_codes", "specialist_id", "start_date", "end_date", "status"}
        unknown = set(data) - allowed
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        with self.db.session() as s:
            client = self._client(s, client_id)
            instr = s.get(Instrument, instrument_id)
            errors: dict[str, str] = {}
            if instr is None or instr.deleted_at is not None:
                raise NotFound(translate("Catalogue", "Dit instrument staat niet (meer) in de catalogus."))
            running = set(s.scalars(select(Placement.instrument_id).where(
                Placement.client_id == client_id, Placement.status.in_(OPEN), Placement.deleted_at.is_(None))))
            info = instrument_data(instr)
            age = age_on(client.date_of_birth, self.actor.today())
            reasons = eligibility(info, age, running)
            if reasons:
                errors["instrument_id"] = translate("Placements", "Dit instrument kan nu niet: {why}.").format(
                    why="; ".join(reason_text(r, info, age) for r in reasons))
            reason = str(data.get("reason") or "").strip()
            if not reason:
                errors["reason"] = translate("Placements", "Schrijf op waarom dit instrument wordt ingezet; "
                                                           "de specialist leest dit ook.")
            elif len(reason) > REASON_MAX:
                errors["reason"] = translate("Validation", "Dit is te lang: {n} tekens, hoogstens {max}.").format(
                    n=len(reason), max=REASON_MAX)
            goals = self._goals(s, data.get("goal_codes"), errors)
            specialist_id = self._specialist(s, data.get("specialist_id"), errors)
            status = str(data.get("status") or "proposed")
            if status not in OPEN:
                errors["status"] = translate("Placements", "Een nieuwe inzet is voorgesteld of loopt.")
            start = end = None
            try:
                start = parse_date(data.get("start_date"))
            except FieldError as exc:
                errors["start_date"] = str(exc)
            try:
                end = parse_date(data.get("end_date"))
            except FieldError as exc:
                errors["end_date"] = str(exc)
            if status == "active" and start is None:
                start = self.actor.today()
            if start and end is None and instr.duration_weeks:
                end = start + timedelta(weeks=instr.duration_weeks)
            if start and end and end < start:
                errors["end_date"] = translate("Validation", "De einddatum ligt voor de begindatum.")
            if errors:
                raise ValidationError(errors)
            p = Placement(client_id=client_id, instrument_id=instr.id, specialist_id=specialist_id, reason=reason,
                          goal_codes=" ".join(goals), start_date=start, end_date=end, status=status)
            s.add(p)
            s.flush()
            audit.record(s, self.actor, "create", "placement", p.id, client_id,
                         fields=("reason", "goal_codes", "specialist_id", "start_date", "end_date", "status"))
            return self._data(s, p, self._entries(s, client_id))

    def update(self, placement_id: str, changes: Mapping[str, Any]) -> PlacementData:
        """Reason, goals, specialist and dates of an open placement."""
        self._check_role()
        allowed = {"reason", "goal_codes", "specialist_id", "start_date", "end_date"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        with self.db.session() as s:
            p = self._get(s, placement_id)
            self._require(p, OPEN)
            errors: dict[str, str] = {}
            values: dict[str, Any] = {}
            if "reason" in changes:
                values["reason"] = clean_text(changes["reason"], REASON_MAX, "reason", translate(
                    "Placements", "Schrijf op waarom dit instrument wordt ingezet; de specialist leest dit ook."))
            if "goal_codes" in changes:
                values["goal_codes"] = " ".join(self._goals(s, changes["goal_codes"], errors))
            if "specialist_id" in changes:
                values["specialist_id"] = self._specialist(s, changes["specialist_id"], errors)
            for name in ("start_date", "end_date"):
                if name in changes:
                    try:
                        values[name] = parse_date(changes[name])
                    except FieldError as exc:
                        errors[name] = str(exc)
            start, end = values.get("start_date", p.start_date), values.get("end_date", p.end_date)
            if start and end and end < start:
                errors["end_date"] = translate("Validation", "De einddatum ligt voor de begindatum.")
            if errors:
                raise ValidationError(errors)
            changed = {k for k, v in values.items() if getattr(p, k) != v}
            for k in changed:
                setattr(p, k, values[k])
            if changed:
                audit.record(s, self.actor, "update", "placement", p.id, p.client_id, fields=changed)
            s.flush()
            return self._data(s, p, self._entries(s, p.client_id))

    def activate(self, placement_id: str, start_date: date | str | None = None) -> PlacementData:
        self._check_role()
        with self.db.session() as s:
            p = self._get(s, placement_id)
            self._transition(p, "active")
            try:
                start = parse_date(start_date) or p.start_date or self.actor.today()
            except FieldError as exc:
                raise ValidationError({"start_date": str(exc)}) from exc
            if start > self.actor.today():
                raise ValidationError({"start_date": translate(
                    "Placements", "Een inzet die nog moet beginnen blijft voorgesteld tot de startdatum.")})
            p.start_date, p.status = start, "active"
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id, fields=("status", "start_date"))
            s.flush()
            return self._data(s, p, self._entries(s, p.client_id))

    def complete(self, placement_id: str, data: Mapping[str, Any],
                 reassessment: Mapping[str, int] | None = None) -> PlacementData:
        """Close a running placement: outcome, ratings (1-5) and a re-assessment of the goals."""
        self._check_role()
        allowed = {"outcome", "end_date", "client_remark", *RATINGS}
        unknown = set(data) - allowed
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        with self.db.session() as s:
            p = self._get(s, placement_id)
            self._transition(p, "completed")
            errors: dict[str, str] = {}
            outcome = str(data.get("outcome") or "")
            if outcome not in PLACEMENT_OUTCOMES:
                errors["outcome"] = translate("Placements", "Kies het resultaat: werk, opleiding, vervolginstrument "
                                                            "of geen.")
            ratings: dict[str, int | None] = {}
            for name in RATINGS:
                value = data.get(name)
                if value in (None, "", 0):
                    ratings[name] = None
                    continue
                try:
                    n = int(value)  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    n = -1
                if not 1 <= n <= 5:
                    errors[name] = translate("Placements", "Een waardering is een cijfer van 1 tot en met 5.")
                ratings[name] = n
            remark = str(data.get("client_remark") or "").strip() or None
            if remark and ratings.get("rating_client") is None and "rating_client" not in errors:
                errors["client_remark"] = reasons_text(judge_rating(None, remark))
            end = self._end_date(p, data.get("end_date"), errors)
            goals = split_codes(p.goal_codes)
            levels: dict[str, int] = {}
            for code, level in (reassessment or {}).items():
                if code not in goals:
                    errors[f"reassessment.{code}"] = translate("Placements", "Dit is geen doel van deze inzet.")
                    continue
                try:
                    n = int(level)
                except (TypeError, ValueError):
                    n = 0
                if not 1 <= n <= 5:
                    errors[f"reassessment.{code}"] = translate("Profile", "Kies een niveau van 1 tot en met 5.")
                levels[code] = n
            if errors:
                raise ValidationError(errors)
            p.status, p.outcome, p.end_date = "completed", outcome, end
            for name, value in ratings.items():
                setattr(p, name, value)
            p.client_remark = remark
            self._reassess(s, p, levels, end)
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id,
                         fields=("status", "outcome", "end_date", "client_remark", *RATINGS), purpose="completed")
            s.flush()
            return self._data(s, p, self._entries(s, p.client_id))

    def stop(self, placement_id: str, reason: str, end_date: date | str | None = None,
             outcome: str | None = None) -> PlacementData:
        """Stop a proposed or running placement early; the reason goes into the progress notes."""
        self._check_role()
        text = clean_text(reason, NOTE_MAX, "reason", translate("Placements", "Schrijf op waarom de inzet stopt."))
        with self.db.session() as s:
            p = self._get(s, placement_id)
            self._transition(p, "stopped")
            errors: dict[str, str] = {}
            end = self._end_date(p, end_date, errors)
            if outcome and outcome not in PLACEMENT_OUTCOMES:
                errors["outcome"] = translate("Placements", "Kies het resultaat: werk, opleiding, vervolginstrument "
                                                            "of geen.")
            if errors:
                raise ValidationError(errors)
            line = note_line(self.actor, translate("Placements", "Gestopt: {reason}").format(reason=text))
            p.progress_notes = f"{p.progress_notes}\n{line}".strip()
            p.status, p.end_date, p.outcome = "stopped", end, outcome or "none"
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id,
                         fields=("status", "end_date", "outcome", "progress_notes"), purpose="stopped")
            s.flush()
            return self._data(s, p, self._entries(s, p.client_id))

    def add_progress(self, placement_id: str, note: str) -> PlacementData:
        self._check_role()
        text = clean_text(note, NOTE_MAX, "note", translate("Placements", "Schrijf op wat er is gebeurd."))
        with self.db.session() as s:
            p = self._get(s, placement_id)
            p.progress_notes = f"{p.progress_notes}\n{note_line(self.actor, text)}".strip()
            audit.record(s, self.actor, "update", "placement", p.id, p.client_id, fields=("progress_notes",))
            s.flush()
            return self._data(s, p, self._entries(s, p.client_id))

    def add_agreement(self, placement_id: str, data: Mapping[str, Any]) -> AgreementData:
        """An agreement belonging to the placement (shared with the specialist unless said otherwise)."""
        self._check_role()
        with self.db.session() as s:
            p = self._get(s, placement_id)
            data = {"shared_with_specialists": True, **data}
            if data.get("party") == "specialist" and not data.get("specialist_id"):
                data["specialist_id"] = p.specialist_id
            if not data.get("due_date") and p.end_date:
                data["due_date"] = p.end_date  # offered default: the end of the placement
            values = validate_agreement(s, data, self.actor.today(), conversation_day=None, due_required=False)
            a = Agreement(client_id=p.client_id, placement_id=p.id, **values)
            s.add(a)
            s.flush()
            audit.record(s, self.actor, "create", "agreement", a.id, p.client_id, fields=values.keys(),
                         purpose="placement")
            return AgreementData.of(a)

    # -- helpers -----------------------------------------------------------------------------
    def _reassess(self, s: Session, p: Placement, levels: Mapping[str, int], day: date) -> None:
        for code, level in levels.items():
            prev = s.scalars(select(ProfileEntry).where(
                ProfileEntry.client_id == p.client_id, ProfileEntry.taxonomy_code == code,
                ProfileEntry.deleted_at.is_(None)).order_by(ProfileEntry.assessed_on, ProfileEntry.updated_at)).all()
            e = ProfileEntry(client_id=p.client_id, taxonomy_code=code, level=level,
                             target_level=prev[-1].target_level if prev else None, source="coach",
                             assessed_on=day, client_recognises=False, placement_id=p.id)  # the client decides
            s.add(e)
            s.flush()
            audit.record(s, self.actor, "create", "profile_entry", e.id, p.client_id, purpose="re-assessment")

    def _end_date(self, p: Placement, value: Any, errors: dict[str, str]) -> date:
        try:
            end = parse_date(value) or self.actor.today()
        except FieldError as exc:
            errors["end_date"] = str(exc)
            return self.actor.today()
        if end > self.actor.today():
            errors["end_date"] = translate("Validation", "Deze datum ligt in de toekomst.")
        elif p.start_date and end < p.start_date:
            errors["end_date"] = translate("Validation", "De einddatum ligt voor de begindatum.")
        return end

    @staticmethod
    def _goals(s: Session, value: Any, errors: dict[str, str]) -> tuple[str, ...]:
        codes = split_codes(value) if isinstance(value, str) else tuple(dict.fromkeys(value or ()))
        if not codes:
            errors["goal_codes"] = translate("Placements", "Kies minstens één doel.")
            return ()
        known = set(s.scalars(select(TaxonomyItem.code).where(TaxonomyItem.deleted_at.is_(None))))
        unknown = [c for c in codes if c not in known]
        if unknown:
            errors["goal_codes"] = translate("Catalogue", "onbekend in de taxonomie: {codes}.").format(
                codes=", ".join(unknown))
        return codes

    @staticmethod
    def _specialist(s: Session, value: Any, errors: dict[str, str]) -> str | None:
        if not value:
            return None
        user = s.get(User, value)
        if user is None or user.role != "specialist" or user.deleted_at is not None:
            errors["specialist_id"] = translate("Validation", "Kies de specialist die dit doet.")
            return None
        return user.id

    @staticmethod
    def _transition(p: Placement, new: str) -> None:
        if new not in TRANSITIONS.get(p.status, ()):
            raise ValidationError({"status": translate(
                "Placements", "Een inzet die {old} is kan niet {new} worden.").format(
                    old=status_label(p.status), new=status_label(new))})

    @staticmethod
    def _require(p: Placement, statuses: tuple[str, ...]) -> None:
        if p.status not in statuses:
            raise ValidationError({"status": translate(
                "Placements", "Deze inzet is al {status}.").format(status=status_label(p.status))})

    @staticmethod
    def _entries(s: Session, client_id: str) -> list[ProfileEntry]:
        return list(s.scalars(select(ProfileEntry).where(
            ProfileEntry.client_id == client_id, ProfileEntry.deleted_at.is_(None))))

    @staticmethod
    def _data(s: Session, p: Placement, entries: Iterable[ProfileEntry]) -> PlacementData:
        instr = s.get(Instrument, p.instrument_id)
        spec = s.get(User, p.specialist_id) if p.specialist_id else None
        return PlacementData(
            id=p.id, client_id=p.client_id, instrument_id=p.instrument_id,
            instrument_name=instr.name if instr else "?", provider=instr.provider if instr else "",
            specialist_id=p.specialist_id, specialist_name=spec.display_name if spec else None, reason=p.reason,
            goal_codes=split_codes(p.goal_codes), start_date=p.start_date, end_date=p.end_date, status=p.status,
            outcome=p.outcome, rating_client=p.rating_client, rating_supervisor=p.rating_supervisor,
            rating_employer=p.rating_employer, progress_notes=p.progress_notes,
            specialist_evaluation=p.specialist_evaluation, development=goal_development(entries, p))

    @staticmethod
    def _client(s: Session, client_id: str) -> Client:
        return live_client(s, client_id)

    @staticmethod
    def _get(s: Session, placement_id: str) -> Placement:
        return live(s, Placement, placement_id, translate("Placements", "Deze inzet bestaat niet (meer)."))
