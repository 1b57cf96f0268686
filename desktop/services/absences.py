"""Absence follow-up (Verzuimaanpak, seed 004): no-show -> door visit -> conversation -> consideration.

The steps, in order (enforced with the rules of sync/policy/absences.py, the same the central store runs):

1. a missed activity is recorded (what, when, whether the client let us know);
2. a client who did not show up *and* did not call off gets a door visit by the absence team
   (*voordeurbezoek door team verzuim*), whose findings are written down;
3. the coach holds the follow-up conversation, after the door visit;
4. the circumstances are checked (children, debts, housing, health: yes / no / unknown with a note),
   and only then can a sanction be considered (*maatregeloverweging*);
5. the client is invited to be heard (*horen*, `hearing_offered_on`) with a response deadline
   (`hearing_deadline`), and the outcome and the client's view are written down;
6. a sanction (*maatregel*: percentage and months within the central bounds) only after the outcome or
   after the deadline passed; or the decision not to impose one, after the consideration.

Circumstances that explain the absence close it without a sanction, at any step. Each refusal says what
is still needed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Absence, Client, Conversation
from desktop.models.policy_settings import read_policy_settings
from sync import clock
from sync.policy import absences as rules
from sync.policy.reasons import text as reasons_text

from . import audit
from .context import Service, local_now
from .conversations import validate_conversation
from .errors import NotFound, ValidationError
from .lookup import live
from .validation import FieldError, parse_date

TEXT_MAX = 4000
DECISIONS = ("sanction", "no_sanction")
MAX_PERCENTAGE = 100
MAX_MONTHS = 3  # Participatiewet art. 18: at most three months at a time (the central setting may lower it)
CIRCUMSTANCES = rules.CIRCUMSTANCES
ANSWERS = rules.ANSWERS
HEARING_OUTCOMES = rules.HEARING_OUTCOMES
STAGES = ("missed", "door_visit", "conversation", "considered", "hearing_offered", "decided", "explained")


def stage_labels() -> dict[str, str]:
    return {
        "missed": translate("Absences", "Gemist"),
        "door_visit": translate("Absences", "Voordeurbezoek"),
        "conversation": translate("Absences", "Vervolggesprek"),
        "considered": translate("Absences", "Maatregel overwogen"),
        "hearing_offered": translate("Absences", "Horen aangeboden"),
        "decided": translate("Absences", "Besluit"),
        "explained": translate("Absences", "Verklaard door omstandigheden"),
    }


@dataclass(frozen=True)
class AbsenceData:
    id: str
    client_id: str
    activity: str
    missed_on: date
    notified: bool
    door_visit_on: date | None
    door_visit_findings: str | None
    followup_conversation_id: str | None
    explained_by_circumstances: bool
    sanction_considered_on: date | None
    hearing_offered_on: date | None
    sanction_decision: str | None
    sanction_percentage: int | None
    sanction_months: int | None
    decision_reason: str | None
    closed_on: date | None
    circumstances: str | None = None  # JSON, see sync/policy/absences.py
    hearing_deadline: date | None = None
    hearing_outcome: str | None = None
    hearing_outcome_on: date | None = None
    hearing_client_view: str | None = None

    @property
    def circumstances_checked(self) -> bool:
        return rules.circumstances_complete(self.circumstances)

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    @property
    def door_visit_needed(self) -> bool:
        """Only a no-show who did not call off gets a door visit."""
        return not self.notified

    @property
    def stage(self) -> str:
        """How far the follow-up has come (the last step done)."""
        if self.explained_by_circumstances:
            return "explained"
        if self.sanction_decision:
            return "decided"
        if self.hearing_offered_on:
            return "hearing_offered"
        if self.sanction_considered_on:
            return "considered"
        if self.followup_conversation_id:
            return "conversation"
        if self.door_visit_on:
            return "door_visit"
        return "missed"

    def next_steps(self) -> tuple[str, ...]:
        """What can be recorded now: door_visit, conversation, explain, consider, hearing, decide."""
        if not self.is_open:
            return ()
        steps: list[str] = ["explain"]
        if self.door_visit_needed and self.door_visit_on is None:
            steps.append("door_visit")
        if self.followup_conversation_id is None:
            if not self.door_visit_needed or self.door_visit_on:
                steps.append("conversation")
        elif self.sanction_considered_on is None:
            steps.append("circumstances")
            if (not self.door_visit_needed or self.door_visit_on) and self.circumstances_checked:
                steps.append("consider")
        else:
            steps.append("decide")
            if self.hearing_offered_on is None:
                steps.append("hearing")
            elif self.hearing_outcome is None:
                steps.append("hearing_outcome")
        return tuple(steps)

    @classmethod
    def of(cls, a: Absence) -> AbsenceData:
        return cls(**{f.name: getattr(a, f.name) for f in fields(cls)})


def _text(value: Any, *, required: str | None = None) -> str:
    text = str(value or "").replace("\r\n", "\n").strip()
    if required and not text:
        raise FieldError(required)
    if len(text) > TEXT_MAX:
        raise FieldError(translate("Validation", "Dit is te lang: {n} tekens, hoogstens {max}.").format(
            n=len(text), max=TEXT_MAX))
    return text


class AbsenceService(Service):
    # -- reading -----------------------------------------------------------------------------
    def list_for_client(self, client_id: str) -> list[AbsenceData]:
        with self.db.session() as s:
            rows = s.scalars(select(Absence).where(Absence.client_id == client_id, Absence.deleted_at.is_(None))
                             .order_by(Absence.closed_on.is_not(None), Absence.missed_on.desc())).all()
            audit.record(s, self.actor, "view", "absence", None, client_id, purpose="verzuim")
            return [AbsenceData.of(a) for a in rows]

    def get(self, absence_id: str) -> AbsenceData:
        with self.db.session() as s:
            a = self._get(s, absence_id)
            audit.record(s, self.actor, "view", "absence", a.id, a.client_id)
            return AbsenceData.of(a)

    # -- the steps ---------------------------------------------------------------------------
    def record(self, client_id: str, data: Mapping[str, Any]) -> AbsenceData:
        """1. A missed activity: what (`activity`), when (`missed_on`), called off or not (`notified`)."""
        unknown = set(data) - {"activity", "missed_on", "notified"}
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        errors: dict[str, str] = {}
        values: dict[str, Any] = {"notified": bool(data.get("notified"))}
        try:
            values["activity"] = _text(data.get("activity"), required=translate(
                "Absences", "Vul in welke activiteit is gemist."))[:200]
        except FieldError as exc:
            errors["activity"] = str(exc)
        try:
            day = parse_date(data.get("missed_on"), required=True)
            if day and day > self.actor.today():
                raise FieldError(translate("Absences", "Een activiteit in de toekomst kan nog niet gemist zijn."))
            values["missed_on"] = day
        except FieldError as exc:
            errors["missed_on"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            client = s.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound(translate("Caseload", "Deze werkzoekende bestaat niet (meer)."))
            a = Absence(client_id=client_id, **values)
            s.add(a)
            s.flush()
            audit.record(s, self.actor, "create", "absence", a.id, client_id, fields=values.keys())
            return AbsenceData.of(a)

    def record_door_visit(self, absence_id: str, on: date | str, findings: str) -> AbsenceData:
        """2. The absence team's door visit and what they found."""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            errors: dict[str, str] = {}
            day = self._day(on, "door_visit_on", errors, not_before=a.missed_on)
            try:
                text = _text(findings, required=translate("Absences", "Schrijf op wat team verzuim aantrof."))
            except FieldError as exc:
                errors["door_visit_findings"] = str(exc)
            if a.notified and not errors:
                errors["door_visit_on"] = translate(
                    "Absences", "De werkzoekende had zich afgemeld: een voordeurbezoek is niet nodig.")
            if errors:
                raise ValidationError(errors)
            a.door_visit_on, a.door_visit_findings = day, text
            return self._changed(s, a, ("door_visit_on", "door_visit_findings"))

    def record_conversation(self, absence_id: str, data: Mapping[str, Any] | None = None,
                            conversation_id: str | None = None) -> AbsenceData:
        """3. The coach's follow-up conversation: a new one (`data` as for a conversation) or an existing one."""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            if a.followup_conversation_id:
                raise ValidationError({"followup_conversation_id": translate(
                    "Absences", "Het vervolggesprek is al vastgelegd.")})
            if conversation_id:
                conv = s.get(Conversation, conversation_id)
                if conv is None or conv.deleted_at is not None or conv.client_id != a.client_id or conv.planned:
                    raise ValidationError({"followup_conversation_id": translate(
                        "Absences", "Kies een gehouden gesprek met deze werkzoekende.")})
            else:
                base = {"kind": "progress", "channel": "in_person"}
                values = validate_conversation({**base, **(data or {}), "planned": False}, local_now())
                conv = Conversation(client_id=a.client_id, coach_id=self.actor.user_id, **values)
                s.add(conv)
                s.flush()
                audit.record(s, self.actor, "create", "conversation", conv.id, a.client_id, fields=values.keys(),
                             purpose="verzuim")
            if conv.held_at.date() < a.missed_on:
                raise ValidationError({"held_at": translate(
                    "Absences", "Het vervolggesprek ligt voor het verzuim; klopt de datum?")})
            a.followup_conversation_id = conv.id
            return self._changed(s, a, ("followup_conversation_id",))

    def explain(self, absence_id: str, reason: str) -> AbsenceData:
        """Circumstances explain the absence: closed without a sanction."""
        try:
            text = _text(reason, required=translate("Absences", "Schrijf op welke omstandigheden het verzuim "
                                                                "verklaren."))
        except FieldError as exc:
            raise ValidationError({"decision_reason": str(exc)}) from exc
        with self.db.session() as s:
            a = self._open(s, absence_id)
            a.explained_by_circumstances = True
            a.sanction_decision, a.sanction_percentage, a.sanction_months = "no_sanction", None, None
            a.decision_reason, a.closed_on = text, self.actor.today()
            return self._changed(s, a, ("explained_by_circumstances", "sanction_decision", "decision_reason",
                                        "closed_on"))

    def check_circumstances(self, absence_id: str, answers: Mapping[str, Any]) -> AbsenceData:
        """Before a sanction is considered: children in the household, debts, housing at risk, health —
        each {"answer": yes|no|unknown, "note": ...}; a note is required unless the answer is no."""
        errors: dict[str, str] = {}
        clean: dict[str, dict[str, str]] = {}
        for key in CIRCUMSTANCES:
            item = answers.get(key) or {}
            answer = str(item.get("answer") or "").strip()
            note = str(item.get("note") or "").strip()
            if answer not in ANSWERS:
                errors[key] = translate("Absences", "Kies ja, nee of onbekend.")
            elif answer != "no" and not note:
                errors[key] = translate("Absences", "Schrijf in een notitie wat er speelt of wat nog onbekend is.")
            elif len(note) > TEXT_MAX:
                errors[key] = translate("Validation", "Dit is te lang: {n} tekens, hoogstens {max}.").format(
                    n=len(note), max=TEXT_MAX)
            clean[key] = {"answer": answer, "note": note}
        unknown = set(answers) - set(CIRCUMSTANCES)
        errors.update({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            a = self._open(s, absence_id)
            if a.sanction_considered_on is not None:
                raise ValidationError({"circumstances": translate(
                    "Absences", "De maatregel is al overwogen; de omstandigheden zijn toen getoetst.")})
            a.circumstances = json.dumps(clean, ensure_ascii=False, sort_keys=True)
            return self._changed(s, a, ("circumstances",))

    def consider_sanction(self, absence_id: str, on: date | str | None = None) -> AbsenceData:
        """4. A sanction is considered (maatregeloverweging): after the door visit, the conversation and the
        circumstances check."""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            state = self._state(s, a)
            steps = rules.consider_needs(state)
            if steps:
                raise ValidationError({"sanction_considered_on": reasons_text(
                    [rules.Refusal("consider_missing", {"steps": steps})])})
            errors: dict[str, str] = {}
            day = self._day(on, "sanction_considered_on", errors, not_before=state.conversation_day or a.missed_on)
            if errors:
                raise ValidationError(errors)
            a.sanction_considered_on = day
            return self._changed(s, a, ("sanction_considered_on",))

    def offer_hearing(self, absence_id: str, on: date | str | None = None,
                      deadline: date | str | None = None) -> AbsenceData:
        """The invitation to be heard (horen), with the client's response deadline (default: the central
        number of working days after the invitation)."""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            if a.sanction_considered_on is None:
                raise ValidationError({"hearing_offered_on": reasons_text([rules.Refusal(
                    "hearing_without_consideration")])})
            errors: dict[str, str] = {}
            day = self._day(on, "hearing_offered_on", errors, not_before=a.sanction_considered_on)
            until = None
            if day is not None:
                try:
                    until = parse_date(deadline) if deadline else clock.add_working_days(
                        day, read_policy_settings(s).hearing_response_working_days)
                except FieldError as exc:
                    errors["hearing_deadline"] = str(exc)
                if until is not None and until <= day:
                    errors["hearing_deadline"] = reasons_text([rules.Refusal("hearing_deadline")])
            if errors:
                raise ValidationError(errors)
            a.hearing_offered_on, a.hearing_deadline = day, until
            return self._changed(s, a, ("hearing_offered_on", "hearing_deadline"))

    def record_hearing_outcome(self, absence_id: str, outcome: str, client_view: str = "",
                               on: date | str | None = None) -> AbsenceData:
        """heard / written_view (the client's view written down) / no_response."""
        errors: dict[str, str] = {}
        if outcome not in HEARING_OUTCOMES:
            errors["hearing_outcome"] = translate("Absences", "Kies: gehoord, schriftelijke zienswijze of geen "
                                                              "reactie.")
        try:
            view = _text(client_view)
            if outcome in ("heard", "written_view") and not view:
                raise FieldError(reasons_text([rules.Refusal("hearing_view_missing")]))
        except FieldError as exc:
            errors["hearing_client_view"] = str(exc)
            view = ""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            if a.hearing_offered_on is None:
                raise ValidationError({"hearing_outcome": reasons_text([rules.Refusal("hearing_outcome_early")])})
            day = self._day(on, "hearing_outcome_on", errors, not_before=a.hearing_offered_on)
            if errors:
                raise ValidationError(errors)
            a.hearing_outcome, a.hearing_outcome_on, a.hearing_client_view = outcome, day, view or None
            return self._changed(s, a, ("hearing_outcome", "hearing_outcome_on", "hearing_client_view"))

    def decide(self, absence_id: str, decision: str, reason: str, percentage: int | None = None,
               months: int | None = None) -> AbsenceData:
        """5. The decision: a sanction (percentage, months) or none. Closes the absence. A sanction only after
        the hearing's outcome or its deadline, within the central bounds."""
        errors: dict[str, str] = {}
        if decision not in DECISIONS:
            errors["sanction_decision"] = translate("Absences", "Kies: wel of geen maatregel.")
        try:
            text = _text(reason, required=translate("Absences", "Schrijf op waarom dit het besluit is."))
        except FieldError as exc:
            errors["decision_reason"] = str(exc)
            text = ""
        with self.db.session() as s:
            a = self._open(s, absence_id)
            if decision in DECISIONS:
                refusals = rules.decision_refusals(self._state(s, a), decision, self.actor.today(), percentage,
                                                   months, text or "-", read_policy_settings(s))
                for r in refusals:
                    name = {"sanction_percentage": "sanction_percentage",
                            "sanction_months": "sanction_months"}.get(r.code, "sanction_decision")
                    errors.setdefault(name, r.text())
            if errors:
                raise ValidationError(errors)
            a.sanction_decision, a.decision_reason, a.closed_on = decision, text, self.actor.today()
            if decision == "sanction":
                a.sanction_percentage, a.sanction_months = percentage, months
            else:
                a.sanction_percentage = a.sanction_months = None
            return self._changed(s, a, ("sanction_decision", "sanction_percentage", "sanction_months",
                                        "decision_reason", "closed_on"))

    # -- helpers -----------------------------------------------------------------------------
    def _day(self, value: date | str | None, field: str, errors: dict[str, str], *, not_before: date) -> date | None:
        try:
            day = parse_date(value) if value else self.actor.today()
        except FieldError as exc:
            errors[field] = str(exc)
            return None
        if day > self.actor.today():
            errors[field] = translate("Absences", "Deze datum ligt in de toekomst.")
        elif day < not_before:
            errors[field] = translate("Absences", "Deze datum ligt voor de vorige stap; klopt hij?")
        return day

    @staticmethod
    def _state(s: Session, a: Absence) -> rules.AbsenceState:
        conv = s.get(Conversation, a.followup_conversation_id) if a.followup_conversation_id else None
        conv_row = None
        if conv is not None and conv.client_id == a.client_id:
            conv_row = {"held_at": conv.held_at, "planned": conv.planned, "deleted_at": conv.deleted_at}
        row = {c: getattr(a, c) for c in rules.AbsenceState.__dataclass_fields__ if hasattr(a, c)}
        return rules.AbsenceState.of(row, conv_row)

    def _changed(self, s: Session, a: Absence, changed: tuple[str, ...]) -> AbsenceData:
        """Judge the state about to be saved by the same rules as the central store, then audit it."""
        refusals = rules.judge_absence(self._state(s, a), self.actor.today(), read_policy_settings(s))
        if refusals:
            raise ValidationError({changed[0]: reasons_text(refusals)})
        s.flush()
        audit.record(s, self.actor, "update", "absence", a.id, a.client_id, fields=changed)
        return AbsenceData.of(a)

    def _open(self, s: Session, absence_id: str) -> Absence:
        a = self._get(s, absence_id)
        if a.closed_on is not None:
            raise ValidationError({"closed_on": translate("Absences", "Dit verzuim is al afgesloten.")})
        return a

    @staticmethod
    def _get(s: Session, absence_id: str) -> Absence:
        return live(s, Absence, absence_id, translate("Absences", "Dit verzuim bestaat niet (meer)."))
