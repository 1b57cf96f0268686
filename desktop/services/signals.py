"""Signals worked telephone-first: "Geen boete, tenzij…" (seed 000, DESIGN §2).

A signal is something that would once have led straight to a fine or a decision: a suspected breach
of the duty to inform (*inlichtingenplicht*), a decision that changes someone's income, or something
else. The coach calls first; every call attempt is logged (time, reached or not, by whom, a short note).

The rule this service enforces (not only the dialog): a fine investigation (*boete-onderzoek*) can
only be recorded

* after the client was reached by phone and the breach was judged culpable (*verwijtbaar*), or
* after at least three failed call attempts on at least two different days and a letter sent.

Every other result (no action, corrected with the client, warning) is always possible; the reason
for the result is always written down. `allowed_results` tells the UI what is possible and, when
not, what is still needed.
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

from . import audit
from .context import Service, local_now
from .errors import NotFound, ValidationError
from .lookup import live
from .validation import FieldError, parse_date

DESCRIPTION_MAX = 2000
NOTE_MAX = 500
REASON_MAX = 4000
REASON_MIN = 5
MIN_FAILED_ATTEMPTS = 3
MIN_ATTEMPT_DAYS = 2
# A call logged a few minutes "ahead" (clock skew) is fine; a call next week is not a call.
FUTURE_SLACK = timedelta(minutes=10)
# Results that are about blame; a decision that changes income is explained, not blamed.
BLAME_RESULTS = ("warning", "fine_investigation")


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


# --- the rule ------------------------------------------------------------------------------------

def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return translate("Signals", "{a} en {b}").format(a=", ".join(parts[:-1]), b=parts[-1])


def fine_refusal(kind: str, attempts: Sequence[tuple[datetime, bool]], culpable: bool | None,
                 letter_sent_on: date | None) -> str:
    """Why a fine investigation cannot be recorded yet ("" = it can). Pure: the rule in one place.

    `attempts` are (attempted_at, reached) pairs.
    """
    if kind == "income_decision":
        return translate("Signals", "Bij een besluit dat het inkomen verandert hoort geen boete-onderzoek: "
                                    "leg het besluit telefonisch uit.")
    if any(reached for _at, reached in attempts):
        if culpable is True:
            return ""
        if culpable is False:
            return translate("Signals", "Geen boete, tenzij…: de werkzoekende is bereikt en het is niet "
                                        "verwijtbaar. Er komt geen boete-onderzoek.")
        return translate("Signals", "Nog nodig: uw oordeel of de schending verwijtbaar is "
                                    "(de werkzoekende is bereikt).")
    failed = [at for at, reached in attempts if not reached]
    n, days = len(failed), len({at.date() for at in failed})
    missing: list[str] = []
    more = max(0, MIN_FAILED_ATTEMPTS - n)
    other_day = days < MIN_ATTEMPT_DAYS
    if more == 0 and other_day:
        missing.append(translate("Signals", "een belpoging op een andere dag"))
    elif more == 1:
        missing.append(translate("Signals", "een derde belpoging op een andere dag") if other_day
                       else translate("Signals", "een derde belpoging"))
    elif more == 2:
        missing.append(translate("Signals", "een tweede en derde belpoging, ten minste één op een andere dag"))
    elif more >= 3:
        missing.append(translate("Signals", "drie belpogingen op ten minste twee verschillende dagen"))
    if letter_sent_on is None:
        missing.append(translate("Signals", "een verstuurde brief"))
    if not missing:
        return ""
    return translate("Signals", "Geen boete, tenzij…: bel eerst. Nog nodig: {what}.").format(what=_join(missing))


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
            if culpable is not None and not any(a.reached for a in self._attempt_rows(s, sig.id)):
                raise ValidationError({"culpable": translate(
                    "Signals", "Of iets verwijtbaar is beoordeelt u pas na een gesprek met de werkzoekende. "
                               "Nog nodig: een belpoging waarbij de werkzoekende is bereikt.")})
            sig.culpable = culpable
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id, fields=("culpable",))
            return self._data(s, sig)

    def close(self, signal_id: str, result: str, reason: str) -> SignalData:
        """Record the result with its reason; a fine investigation only as the rule allows."""
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
        with self.db.session() as s:
            sig = self._get(s, signal_id)
            self._check_open(sig)
            if "result" not in errors:
                option = next(o for o in self._options(s, sig) if o.result == result)
                if not option.allowed:
                    errors["result"] = option.reason
            if errors:
                raise ValidationError(errors)
            sig.result, sig.result_reason = result, reason
            sig.status, sig.closed_on, sig.next_attempt_at = "closed", self.actor.today(), None
            audit.record(s, self.actor, "update", "signal", sig.id, sig.client_id,
                         fields=("result", "result_reason", "status", "closed_on"), purpose=f"result {result}")
            return self._data(s, sig)

    # -- helpers -----------------------------------------------------------------------------
    def _options(self, s: Session, sig: Signal) -> list[ResultOption]:
        labels = result_labels()
        if sig.status != "open":
            closed = translate("Signals", "Dit signaal is al afgesloten.")
            return [ResultOption(r, labels[r], False, closed) for r in SIGNAL_RESULTS]
        attempts = [(a.attempted_at, a.reached) for a in self._attempt_rows(s, sig.id)]
        out = []
        for r in SIGNAL_RESULTS:
            reason = ""
            if r == "fine_investigation":
                reason = fine_refusal(sig.kind, attempts, sig.culpable, sig.letter_sent_on)
            elif r == "warning" and sig.kind == "income_decision":
                reason = translate("Signals", "Bij een besluit dat het inkomen verandert hoort geen waarschuwing.")
            out.append(ResultOption(r, labels[r], not reason, reason))
        return out

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
