"""Signals worked telephone-first: "Geen boete, tenzij…" (seed 000, DESIGN §2).

A signal is something that would once have led straight to a fine or a decision: a suspected breach
of the duty to inform (*inlichtingenplicht*), a decision that changes someone's income, or something
else. The coach calls first; every call attempt is logged (time, reached or not, by whom, a short note).

The rules (sync/policy/signals.py, the same functions the central store's push runs): a warning or a
fine investigation (*boete-onderzoek*) only after the client was reached and the breach judged culpable,
or by the *tenzij* route (failed attempts on several days, an hour apart, a letter on or after the last
one, and a waiting period); never after "not culpable". A decision that changes income closes as
"explained" after at least one call attempt. The numbers come from the central store (policy settings).
`allowed_results` tells the UI what is possible and, when not, what is still needed; every change is
judged as the state it leaves before it is saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import SIGNAL_KINDS, SIGNAL_RESULTS, CallAttempt, Client, Signal, User
from desktop.models.policy_settings import read_policy_settings
from sync import clock
from sync.policy import signals as policy
from sync.policy.reasons import text as reasons_text
from sync.policy.settings import DEFAULTS, PolicySettings

from . import audit
from .context import Service, local_now
from .errors import NotFound, ValidationError
from .lookup import live
from .validation import FieldError, parse_date

DESCRIPTION_MAX = 2000
NOTE_MAX = 500
REASON_MAX = 4000
REASON_MIN = 5
# A call logged a few minutes "ahead" (clock skew) is fine; a call next week is not a call.
FUTURE_SLACK = timedelta(minutes=10)
# Results that are about blame; a decision that changes income is explained, not blamed.
BLAME_RESULTS = policy.BLAME_RESULTS


def kind_labels() -> dict[str, str]:
    return {
        "duty_to_inform": translate("Signals", "Vermoeden schending inlichtingenplicht"),
        "income_decision": translate("Signals", "Besluit dat het inkomen verandert"),
        "other": translate("Signals", "Anders"),
    }


def result_labels() -> dict[str, str]:
    return {
        "no_action": translate("Signals", "Geen actie"),
        "corrected": translate("Signals", "Gecorrigeerd met de werkzoekende"),
        "explained": translate("Signals", "Uitgelegd"),
        "warning": translate("Signals", "Waarschuwing"),
        "fine_investigation": translate("Signals", "Boete-onderzoek"),
    }


def status_labels() -> dict[str, str]:
    return {"open": translate("Signals", "Open"), "closed": translate("Signals", "Afgesloten")}


@dataclass(frozen=True)
class CallAttemptData:
    id: str
    signal_id: str
    attempted_at: datetime
    reached: bool
    by_user_id: str | None
    by_name: str
    note: str


@dataclass(frozen=True)
class SignalData:
    id: str
    client_id: str
    kind: str
    description: str
    signalled_on: date
    status: str
    culpable: bool | None
    letter_sent_on: date | None
    next_attempt_at: datetime | None
    result: str | None
    result_reason: str | None
    closed_on: date | None
    call_impossible_reason: str | None = None
    attempts: tuple[CallAttemptData, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def reached(self) -> bool:
        return any(a.reached for a in self.attempts)

    @property
    def failed_attempts(self) -> int:
        return sum(1 for a in self.attempts if not a.reached)

    @classmethod
    def of(cls, s: Signal, attempts: Sequence[CallAttemptData] = ()) -> SignalData:
        base = {f.name: getattr(s, f.name) for f in fields(cls) if f.name != "attempts"}
        return cls(**base, attempts=tuple(attempts))


@dataclass(frozen=True)
class ResultOption:
    """One result the coach may (or may not yet) choose; `reason` explains a refusal in Dutch."""

    result: str
    label: str
    allowed: bool
    reason: str = ""


# --- the rule (sync/policy/signals.py, shared with the central store) -----------------------------

def _attempt(a: CallAttempt) -> policy.Attempt:
    return policy.Attempt(a.attempted_at, a.reached, a.by_user_id)


def _state(sig: Signal) -> policy.SignalState:
    return policy.SignalState.of({c: getattr(sig, c) for c in (
        "kind", "status", "result", "result_reason", "culpable", "letter_sent_on", "closed_on",
        "call_impossible_reason")})


def fine_refusal(kind: str, attempts: Sequence[tuple[datetime, bool]], culpable: bool | None,
                 letter_sent_on: date | None, on: date | None = None,
                 settings: PolicySettings = DEFAULTS) -> str:
    """Why a fine investigation cannot be recorded (on day `on`, default today); "" = it can."""
    state = policy.SignalState(kind=kind, culpable=culpable, letter_sent_on=letter_sent_on)
    refusals = policy.result_refusals(state, [policy.Attempt(at, reached) for at, reached in attempts],
                                      "fine_investigation", on or clock.today(), settings)
    return reasons_text(refusals)


def _clean_text(value: Any, limit: int, *, required: str | None = None) -> str:
    text = str(value or "").replace("\r\n", "\n").strip()
    if required and not text:
        raise FieldError(required)
    if len(text) > limit:
        raise FieldError(translate("Validation", "Dit is te lang: {n} tekens, hoogstens {max}.").format(
            n=len(text), max=limit))
    return text


def _parse_dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    from .conversations import parse_datetime
    return parse_datetime(value)


# --- the service ---------------------------------------------------------------------------------

class SignalService(Service):
    # -- reading -----------------------------------------------------------------------------
    def list_for_client(self, client_id: str) -> list[SignalData]:
        """Open signals first, then newest first; with their call attempts (an audited view)."""
        with self.db.session() as s:
            rows = list(s.scalars(select(Signal).where(
                Signal.client_id == client_id, Signal.deleted_at.is_(None)
            ).order_by(Signal.status != "open", Signal.signalled_on.desc(), Signal.updated_at.desc())))
            by_signal = self._attempts(s, [r.id for r in rows])
            audit.record(s, self.actor, "view", "signal", None, client_id, purpose="signalen")
            return [SignalData.of(r, by_signal.get(r.id, ())) for r in rows]

    def get(self, signal_id: str) -> SignalData:
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            audit.record(s, self.actor, "view", "signal", sig.id, sig.client_id)
            return self._data(s, sig)

    def allowed_results(self, signal_id: str) -> list[ResultOption]:
        """Every result with whether it may be recorded now, and if not: what is still needed."""
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            return self._options(s, sig)

    def due_reminders(self, until: datetime | None = None) -> list[SignalData]:
        """Open signals whose next call attempt is due (for the coach's task list)."""
        until = until or local_now()
        with self.db.session() as s:
            rows = list(s.scalars(select(Signal).where(
                Signal.status == "open", Signal.deleted_at.is_(None), Signal.next_attempt_at.is_not(None),
                Signal.next_attempt_at <= until).order_by(Signal.next_attempt_at)))
            return [SignalData.of(r) for r in rows]

    # -- changing ----------------------------------------------------------------------------
    def create(self, client_id: str, data: Mapping[str, Any]) -> SignalData:
        today = self.actor.today()
        errors: dict[str, str] = {}
        unknown = set(data) - {"kind", "description", "signalled_on", "next_attempt_at"}
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        kind = str(data.get("kind") or "").strip()
        if kind not in SIGNAL_KINDS:
            errors["kind"] = translate("Signals", "Kies wat voor signaal het is.")
        try:
            description = _clean_text(data.get("description"), DESCRIPTION_MAX, required=translate(
                "Signals", "Beschrijf het signaal: wat is er gezien of gemeld?"))
        except FieldError as exc:
            errors["description"] = str(exc)
        try:
            on = parse_date(data.get("signalled_on") or today)
            if on and on > today:
                raise FieldError(translate("Signals", "De datum van het signaal ligt in de toekomst."))
        except FieldError as exc:
            errors["signalled_on"] = str(exc)
        try:
            nxt = _parse_dt(data.get("next_attempt_at"))
        except FieldError as exc:
            errors["next_attempt_at"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            client = s.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise NotFound(translate("Caseload", "Deze werkzoekende bestaat niet (meer)."))
            sig = Signal(client_id=client_id, kind=kind, description=description, signalled_on=on,
                         status="open", next_attempt_at=nxt)
            s.add(sig)
            s.flush()
            audit.record(s, self.actor, "create", "signal", sig.id, client_id,
                         fields=("kind", "description", "signalled_on"))
            return SignalData.of(sig)

    def log_attempt(self, signal_id: str, reached: bool, note: str = "", at: datetime | None = None,
                    next_attempt_at: datetime | None = None) -> SignalData:
        """One click: a call attempt now (or at `at`), reached or not, by the acting user, with a note."""
        errors: dict[str, str] = {}
        now = local_now()
        at = _parse_dt(at) or now
        if at > now + FUTURE_SLACK:
            errors["attempted_at"] = translate("Signals", "Een belpoging kan niet in de toekomst liggen.")
        try:
            note = _clean_text(note, NOTE_MAX)
        except FieldError as exc:
            errors["note"] = str(exc)
        nxt = _parse_dt(next_attempt_at)
        if nxt is not None and nxt <= at:
            errors["next_attempt_at"] = translate("Signals", "De volgende belpoging ligt na deze.")
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            if at.date() < sig.signalled_on:
                errors["attempted_at"] = translate("Signals", "Deze belpoging ligt voor de datum van het signaal.")
            if errors:
                raise ValidationError(errors)
            attempt = CallAttempt(signal_id=sig.id, client_id=sig.client_id, attempted_at=at, reached=bool(reached),
                                  by_user_id=self.actor.user_id, note=note)
            s.add(attempt)
            # Reached: no reminder needed any more; not reached: the reminder the coach set (or none).
            sig.next_attempt_at = None if reached else nxt
            s.flush()
            audit.record(s, self.actor, "create", "call_attempt", attempt.id, sig.client_id,
                         fields=("attempted_at", "reached", "note"))
            return self._data(s, sig)

    def set_next_attempt(self, signal_id: str, at: datetime | None) -> SignalData:
        """The reminder for the next call attempt (None clears it)."""
        nxt = _parse_dt(at)
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            if nxt is not None and nxt.date() < sig.signalled_on:
                raise ValidationError({"next_attempt_at": translate(
                    "Signals", "De herinnering ligt voor de datum van het signaal.")})
            sig.next_attempt_at = nxt
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id, fields=("next_attempt_at",))
            return self._data(s, sig)

    def mark_letter_sent(self, signal_id: str, on: date | str | None = None) -> SignalData:
        today = self.actor.today()
        try:
            day = parse_date(on) if on else today
        except FieldError as exc:
            raise ValidationError({"letter_sent_on": str(exc)}) from exc
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            if day > today:
                raise ValidationError({"letter_sent_on": translate(
                    "Signals", "Een brief die nog niet is verstuurd kunt u niet vastleggen.")})
            if day < sig.signalled_on:
                raise ValidationError({"letter_sent_on": translate(
                    "Signals", "De brief is verstuurd voor de datum van het signaal; klopt de datum?")})
            sig.letter_sent_on = day
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id, fields=("letter_sent_on",))
            return self._data(s, sig)

    def judge(self, signal_id: str, culpable: bool | None) -> SignalData:
        """Culpable (verwijtbaar) or not: judged after talking to the client, never before."""
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            sig.culpable = culpable
            self._enforce(s, sig, "culpable")
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id, fields=("culpable",))
            return self._data(s, sig)

    def close(self, signal_id: str, result: str, reason: str, call_impossible_reason: str | None = None) -> SignalData:
        """Record the result with its reason; a warning or fine investigation only as the rule allows.

        `call_impossible_reason`: for an income decision whose client was not reached, why calling was impossible."""
        errors: dict[str, str] = {}
        if result not in SIGNAL_RESULTS:
            errors["result"] = translate("Signals", "Kies een resultaat.")
        try:
            reason = _clean_text(reason, REASON_MAX, required=translate(
                "Signals", "Schrijf op waarom dit het resultaat is."))
            if len(reason) < REASON_MIN:
                raise FieldError(translate("Signals", "Schrijf in een paar woorden op waarom dit het resultaat is."))
        except FieldError as exc:
            errors["result_reason"] = str(exc)
        try:
            impossible = _clean_text(call_impossible_reason, REASON_MAX) or None
        except FieldError as exc:
            errors["call_impossible_reason"] = str(exc)
            impossible = None
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            if impossible:
                sig.call_impossible_reason = impossible
            if "result" not in errors:
                option = next(o for o in self._options(s, sig) if o.result == result)
                if not option.allowed:
                    errors["result"] = option.reason
            if errors:
                raise ValidationError(errors)
            sig.result, sig.result_reason = result, reason
            sig.status, sig.closed_on, sig.next_attempt_at = "closed", self.actor.today(), None
            self._enforce(s, sig, "result")
            changed = ("result", "result_reason", "status", "closed_on") + (("call_impossible_reason",)
                                                                           if impossible else ())
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id,
                         fields=changed, purpose=f"result {result}")
            return self._data(s, sig)

    def withdraw_attempt(self, attempt_id: str) -> SignalData:
        """A call attempt logged by mistake: withdrawn by its author within minutes, audited, never erased."""
        with self.db.session() as s:
            attempt = live(s, CallAttempt, attempt_id, translate("Signals", "Deze belpoging bestaat niet (meer)."))
            sig = self._get(s, attempt.signal_id)
            self._check_open(sig)
            settings = read_policy_settings(s)
            why = policy.withdraw_refusal(_attempt(attempt), self.actor.user_id, clock.utcnow(), settings)
            if why:
                raise ValidationError({"attempted_at": why.text()})
            attempt.deleted_at = clock.utcnow()
            audit.record(s, self.actor, "delete", "call_attempt", attempt.id, sig.client_id, fields=("deleted_at",),
                         purpose="belpoging ingetrokken")
            return self._data(s, sig)

    # -- helpers -----------------------------------------------------------------------------
    def _options(self, s: Session, sig: Signal) -> list[ResultOption]:
        labels = result_labels()
        if sig.status != "open":
            closed = translate("Signals", "Dit signaal is al afgesloten.")
            return [ResultOption(r, labels[r], False, closed) for r in SIGNAL_RESULTS]
        attempts = [_attempt(a) for a in self._attempt_rows(s, sig.id)]
        settings, state, today = read_policy_settings(s), _state(sig), self.actor.today()
        out = []
        for r in SIGNAL_RESULTS:
            reason = reasons_text(policy.result_refusals(state, attempts, r, today, settings))
            out.append(ResultOption(r, labels[r], not reason, reason))
        return out

    def _enforce(self, s: Session, sig: Signal, field: str) -> None:
        """The state about to be saved, judged by the same rules as the central store's push."""
        attempts = [_attempt(a) for a in self._attempt_rows(s, sig.id)]
        refusals = policy.judge_signal(_state(sig), attempts, self.actor.today(), read_policy_settings(s))
        if refusals:
            raise ValidationError({field: reasons_text(refusals)})

    def _check_open(self, sig: Signal) -> None:
        if sig.status != "open":
            raise ValidationError({"status": translate("Signals", "Dit signaal is al afgesloten.")})

    @staticmethod
    def _attempt_rows(s: Session, signal_id: str) -> list[CallAttempt]:
        return list(s.scalars(select(CallAttempt).where(
            CallAttempt.signal_id == signal_id, CallAttempt.deleted_at.is_(None)).order_by(CallAttempt.attempted_at)))

    def _attempts(self, s: Session, signal_ids: Sequence[str]) -> dict[str, list[CallAttemptData]]:
        if not signal_ids:
            return {}
        names = dict(s.execute(select(User.id, User.display_name)).all())
        out: dict[str, list[CallAttemptData]] = {}
        for a in s.scalars(select(CallAttempt).where(
                CallAttempt.signal_id.in_(signal_ids), CallAttempt.deleted_at.is_(None)
        ).order_by(CallAttempt.attempted_at)):
            out.setdefault(a.signal_id, []).append(CallAttemptData(
                a.id, a.signal_id, a.attempted_at, a.reached, a.by_user_id,
                names.get(a.by_user_id, "") if a.by_user_id else "", a.note))
        return out

    def _data(self, s: Session, sig: Signal) -> SignalData:
        s.flush()
        return SignalData.of(sig, self._attempts(s, [sig.id]).get(sig.id, ()))

    @staticmethod
    def _get(s: Session, signal_id: str) -> Signal:
        return live(s, Signal, signal_id, translate("Signals", "Dit signaal bestaat niet (meer)."))
