"""Conversations (gesprekken), planned meetings and the agreements (afspraken) made in them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.base import utcnow
from desktop.models.entities import (
    AGREEMENT_PARTIES,
    AGREEMENT_STATUSES,
    CHANNELS,
    CONVERSATION_KINDS,
    Agreement,
    Client,
    Conversation,
    User,
)
from sync import clock
from sync.policy.duty_to_inform import FOLDER, judge_conversation
from sync.policy.reasons import text as reasons_text

from . import audit
from . import record_rules as rules
from .context import Service, local_now
from .errors import ServiceError, ValidationError
from .lookup import live, live_client
from .validation import FieldError, impossible_date, parse_date

SUMMARY_MAX = 4000
NOTES_MAX = 10000
DESCRIPTION_MAX = 500
# A conversation recorded as held may be stamped a little ahead (clock skew, typing at the end).
HELD_FUTURE_SLACK = timedelta(hours=1)
TERMINAL = ("done", "missed", "cancelled")


def parse_datetime(value: Any, *, required: bool = False) -> datetime | None:
    """A wall-clock time (naive Amsterdam time, to the minute); one skipped by summer time is refused."""
    parsed = _parse_wall_time(value, required=required)
    if parsed is not None and not clock.exists(parsed):
        raise FieldError(translate(
            "Validation", "Die tijd bestaat niet: op {day} gaat de klok om 02:00 een uur vooruit (zomertijd). "
            "Kies een andere tijd.").format(day=parsed.strftime("%d-%m-%Y")))
    return parsed


def _parse_wall_time(value: Any, *, required: bool) -> datetime | None:
    if isinstance(value, datetime):
        local = clock.to_local(value) if value.tzinfo else value  # an instant from elsewhere: in Amsterdam time
        return local.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value or "").strip()
    if not text:
        if required:
            raise FieldError(translate("Validation", "Datum en tijd zijn verplicht."))
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%d-%m-%Y %H:%M"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    day, _, _time = text.partition(" ")
    impossible = impossible_date(day.partition("T")[0])  # "31-02-2024 14:30": the day does not exist
    if impossible:
        raise FieldError(impossible)
    raise FieldError(translate("Validation", "Schrijf datum en tijd als 31-03-2024 14:30."))


@dataclass(frozen=True)
class AgreementData:
    id: str
    client_id: str
    conversation_id: str | None
    description: str
    party: str
    specialist_id: str | None
    due_date: date | None
    status: str
    status_date: date | None
    shared_with_specialists: bool

    def is_overdue(self, today: date) -> bool:
        return self.status == "open" and self.due_date is not None and self.due_date < today

    @classmethod
    def of(cls, a: Agreement) -> AgreementData:
        return cls(**{f.name: getattr(a, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class ConversationData:
    id: str
    client_id: str
    coach_id: str | None
    kind: str
    channel: str
    held_at: datetime
    planned: bool
    place: str | None
    summary_for_client: str
    internal_notes: str
    next_meeting_at: datetime | None
    duty_to_inform_discussed: bool = False
    rights_folder: str | None = None
    agreements: tuple[AgreementData, ...] = ()

    @classmethod
    def of(cls, c: Conversation, agreements: Sequence[Agreement] = ()) -> ConversationData:
        base = {f.name: getattr(c, f.name) for f in fields(cls) if f.name != "agreements"}
        return cls(**base, agreements=tuple(AgreementData.of(a) for a in agreements))


# The columns of the dataclasses above, in field order, for fast column-row reads.
_AGREEMENT_COLUMNS = tuple(getattr(Agreement, f.name) for f in fields(AgreementData))
_CONVERSATION_COLUMNS = tuple(getattr(Conversation, f.name) for f in fields(ConversationData)
                              if f.name != "agreements")


def _choice(value: Any, allowed: Sequence[str], message: str) -> str:
    text = str(value or "").strip()
    if text not in allowed:
        raise FieldError(message)
    return text


def _long_text(value: Any, limit: int) -> str:
    text = str(value or "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise FieldError(translate(
            "Validation", "Dit is te lang: {n} tekens, hoogstens {max}.").format(n=len(text), max=limit))
    return text


def validate_conversation(data: Mapping[str, Any], now: datetime, *, partial: bool = False,
                          current: Conversation | None = None) -> dict[str, Any]:
    allowed = {"kind", "channel", "held_at", "planned", "place", "summary_for_client", "internal_notes",
               "next_meeting_at", "duty_to_inform_discussed", "rights_folder"}
    unknown = set(data) - allowed
    if unknown:
        raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}
    checks = {
        "kind": lambda v: _choice(v or "progress", CONVERSATION_KINDS,
                                  translate("Validation", "Kies een soort gesprek.")),
        "channel": lambda v: _choice(v or "in_person", CHANNELS, translate("Validation", "Kies hoe het gesprek ging.")),
        "held_at": lambda v: parse_datetime(v, required=True),
        "planned": bool,
        "place": lambda v: (str(v).strip()[:150] or None) if v else None,
        "summary_for_client": lambda v: _long_text(v, SUMMARY_MAX),
        "internal_notes": lambda v: _long_text(v, NOTES_MAX),
        "next_meeting_at": parse_datetime,
        "duty_to_inform_discussed": bool,
        "rights_folder": lambda v: _choice(v, FOLDER, translate("Validation", "Kies: overhandigd of besproken."))
        if v else None,
    }
    for name, fn in checks.items():
        if partial and name not in data:
            continue
        try:
            out[name] = fn(data.get(name))
        except FieldError as exc:
            errors[name] = str(exc)
    if not errors:
        held = out.get("held_at", current.held_at if current else None)
        planned = out.get("planned", current.planned if current else False)
        nxt = out.get("next_meeting_at", current.next_meeting_at if current else None)
        if held and not planned and held > now + HELD_FUTURE_SLACK:
            errors["held_at"] = translate(
                "Validation", "Een gesprek dat nog moet komen is een geplande afspraak, geen verslag.")
        if held and nxt and nxt <= held:
            errors["next_meeting_at"] = translate("Validation", "De volgende afspraak ligt na dit gesprek.")
        merged = {f: out.get(f, getattr(current, f, None)) for f in ("planned", "duty_to_inform_discussed",
                                                                     "rights_folder")}
        refusals = judge_conversation(merged)
        if refusals:
            errors["duty_to_inform_discussed"] = reasons_text(refusals)
    if errors:
        raise ValidationError(errors)
    return out


def validate_agreement(s: Session, data: Mapping[str, Any], today: date, *, conversation_day: date | None,
                       partial: bool = False, current: Agreement | None = None,
                       due_required: bool = True) -> dict[str, Any]:
    allowed = {"description", "party", "specialist_id", "due_date", "status", "status_date",
               "shared_with_specialists"}
    unknown = set(data) - allowed
    if unknown:
        raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def description(v: Any) -> str:
        text = _long_text(v, DESCRIPTION_MAX)
        if not text:
            raise FieldError(translate("Validation", "Schrijf op wat er is afgesproken."))
        return text

    checks = {
        "description": description,
        "party": lambda v: _choice(v or "client", AGREEMENT_PARTIES, translate("Validation", "Kies wie het doet.")),
        "specialist_id": lambda v: v or None,
        "due_date": parse_date,
        "status": lambda v: _choice(v or "open", AGREEMENT_STATUSES, translate("Validation", "Onbekende status.")),
        "status_date": parse_date,
        "shared_with_specialists": bool,
    }
    for name, fn in checks.items():
        if partial and name not in data:
            continue
        try:
            out[name] = fn(data.get(name))
        except FieldError as exc:
            errors[name] = str(exc)
    if errors:
        raise ValidationError(errors)

    def val(name: str) -> Any:
        return out[name] if name in out else (getattr(current, name) if current else None)

    party, specialist, due = val("party"), val("specialist_id"), val("due_date")
    status, status_date = val("status") or "open", val("status_date")
    if party == "specialist":
        user = s.get(User, specialist) if specialist else None
        if user is None or user.role != "specialist" or user.deleted_at is not None:
            errors["specialist_id"] = translate("Validation", "Kies de specialist die dit doet.")
    if due_required and status == "open" and due is None and (not partial or "due_date" in out):
        errors["due_date"] = translate("Validation", "Kies de datum waarop dit klaar moet zijn.")
    if due and conversation_day and due < conversation_day:
        errors["due_date"] = translate("Validation", "De datum ligt voor het gesprek waarin dit is afgesproken.")
    if status in TERMINAL and status_date is None:
        errors["status_date"] = translate("Validation", "Vul in wanneer dit is afgerond, gemist of vervallen.")
    if status == "open" and status_date is not None and "status" in out:
        out["status_date"] = None
    if status_date and status_date > today:
        errors["status_date"] = translate("Validation", "Deze datum ligt in de toekomst.")
    if errors:
        raise ValidationError(errors)
    return out


class ConversationService(Service):
    # -- reading -----------------------------------------------------------------------------
    def list_for_client(self, client_id: str) -> list[ConversationData]:
        """Newest first, with the agreements made in each (two queries, whatever the count)."""
        # Plain column rows, not ORM instances: a client with 500 conversations opens in milliseconds.
        with self.db.session() as s:
            convs = s.execute(select(*_CONVERSATION_COLUMNS).where(
                Conversation.client_id == client_id, Conversation.deleted_at.is_(None)
            ).order_by(Conversation.held_at.desc())).all()
            by_conv: dict[str, list[AgreementData]] = {}
            for a in s.execute(select(*_AGREEMENT_COLUMNS).where(
                    Agreement.client_id == client_id, Agreement.deleted_at.is_(None),
                    Agreement.conversation_id.is_not(None)).order_by(Agreement.due_date)):
                by_conv.setdefault(a.conversation_id, []).append(AgreementData(*a))
            return [ConversationData(*c, agreements=tuple(by_conv.get(c.id, ()))) for c in convs]

    def get(self, conversation_id: str) -> ConversationData:
        with self.db.session() as s:
            c = self._get(s, conversation_id)
            audit.record(s, self.actor, "view", "conversation", c.id, c.client_id)
            return ConversationData.of(c, self._agreements(s, c.id))

    # -- changing ----------------------------------------------------------------------------
    def record(self, client_id: str, data: Mapping[str, Any],
               agreements: Sequence[Mapping[str, Any]] = ()) -> ConversationData:
        """A held conversation with the agreements made in it, in one transaction."""
        values = validate_conversation({**data, "planned": False}, local_now())
        rules.require_content(values, agreements)
        with self.db.session() as s:
            self._client(s, client_id)
            conv = Conversation(client_id=client_id, coach_id=self.actor.user_id, **values)
            s.add(conv)
            s.flush()
            made = self._add_agreements(s, conv, agreements)
            audit.record(s, self.actor, "create", "conversation", conv.id, client_id, fields=values.keys())
            self._plan_next(s, conv)
            return ConversationData.of(conv, made)

    def plan(self, client_id: str, data: Mapping[str, Any]) -> ConversationData:
        values = validate_conversation({**data, "planned": True}, local_now())
        with self.db.session() as s:
            self._client(s, client_id)
            conv = Conversation(client_id=client_id, coach_id=self.actor.user_id, **values)
            s.add(conv)
            s.flush()
            audit.record(s, self.actor, "create", "conversation", conv.id, client_id, purpose="planned")
            return ConversationData.of(conv)

    def hold(self, conversation_id: str, data: Mapping[str, Any],
             agreements: Sequence[Mapping[str, Any]] = ()) -> ConversationData:
        """A planned meeting took place: it becomes the record of the conversation."""
        with self.db.session() as s:
            conv = self._get(s, conversation_id)
            if not conv.planned:
                raise ServiceError(translate("Conversations", "Dit gesprek is al vastgelegd."))
            rules.require_held_day(conv.held_at, self.actor.today())
            values = validate_conversation({"held_at": conv.held_at, **data, "planned": False}, local_now(),
                                           partial=True, current=conv)
            rules.require_content({"summary_for_client": conv.summary_for_client, **values}, agreements)
            for k, v in values.items():
                setattr(conv, k, v)
            s.flush()
            self._add_agreements(s, conv, agreements)
            self._plan_next(s, conv)
            audit.record(s, self.actor, "update", "conversation", conv.id, conv.client_id, fields=values.keys(),
                         purpose="held")
            return ConversationData.of(conv, self._agreements(s, conv.id))

    def update(self, conversation_id: str, changes: Mapping[str, Any]) -> ConversationData:
        with self.db.session() as s:
            conv = self._get(s, conversation_id)
            values = validate_conversation(changes, local_now(), partial=True, current=conv)
            changed = {k for k, v in values.items() if getattr(conv, k) != v}
            for k in changed:
                setattr(conv, k, values[k])
            if changed:
                audit.record(s, self.actor, "update", "conversation", conv.id, conv.client_id, fields=changed)
            s.flush()
            if "next_meeting_at" in changed and not conv.planned:
                self._plan_next(s, conv)
            return ConversationData.of(conv, self._agreements(s, conv.id))

    def delete(self, conversation_id: str) -> None:
        """Soft delete; open agreements made in it are cancelled, not lost."""
        today = self.actor.today()
        with self.db.session() as s:
            conv = self._get(s, conversation_id)
            conv.deleted_at = utcnow()
            for a in self._agreements(s, conv.id):
                if a.status == "open":
                    a.status, a.status_date = "cancelled", today
            audit.record(s, self.actor, "delete", "conversation", conv.id, conv.client_id)

    # -- helpers -----------------------------------------------------------------------------
    def _plan_next(self, s: Session, conv: Conversation) -> None:
        """The next meeting agreed in a conversation is a planned conversation too (record_rules)."""
        meeting = rules.plan_next_meeting(s, conv, local_now())
        if meeting is not None:
            audit.record(s, self.actor, "create", "conversation", meeting.id, conv.client_id, purpose="planned")

    def _add_agreements(self, s: Session, conv: Conversation,
                        agreements: Sequence[Mapping[str, Any]]) -> list[Agreement]:
        made: list[Agreement] = []
        errors: dict[str, str] = {}
        for i, data in enumerate(agreements, start=1):
            try:
                values = validate_agreement(s, data, self.actor.today(), conversation_day=conv.held_at.date())
            except ValidationError as exc:
                errors.update({f"agreement{i}.{k}": v for k, v in exc.errors.items()})
                continue
            a = Agreement(client_id=conv.client_id, conversation_id=conv.id, **values)
            s.add(a)
            made.append(a)
        if errors:
            raise ValidationError(errors)  # rolls back the conversation too: nothing half-saved
        s.flush()
        for a in made:
            audit.record(s, self.actor, "create", "agreement", a.id, conv.client_id)
        return made

    @staticmethod
    def _agreements(s: Session, conversation_id: str) -> list[Agreement]:
        return list(s.scalars(select(Agreement).where(
            Agreement.conversation_id == conversation_id, Agreement.deleted_at.is_(None)
        ).order_by(Agreement.due_date)))

    @staticmethod
    def _client(s: Session, client_id: str) -> Client:
        return live_client(s, client_id)

    @staticmethod
    def _get(s: Session, conversation_id: str) -> Conversation:
        return live(s, Conversation, conversation_id, translate("Conversations", "Dit gesprek bestaat niet (meer)."))


class AgreementService(Service):
    def list_for_client(self, client_id: str) -> list[AgreementData]:
        with self.db.session() as s:
            return [AgreementData(*a) for a in s.execute(select(*_AGREEMENT_COLUMNS).where(
                Agreement.client_id == client_id, Agreement.deleted_at.is_(None)
            ).order_by(Agreement.status != "open", Agreement.due_date))]

    def add(self, client_id: str, data: Mapping[str, Any], conversation_id: str | None = None) -> AgreementData:
        """An agreement on its own (or added to an existing conversation)."""
        with self.db.session() as s:
            ConversationService._client(s, client_id)
            day = None
            if conversation_id:
                conv = ConversationService._get(s, conversation_id)
                if conv.client_id != client_id:
                    raise ValidationError({"conversation_id": translate(
                        "Validation", "Dit gesprek hoort bij iemand anders.")})
                day = conv.held_at.date()
            values = validate_agreement(s, data, self.actor.today(), conversation_day=day)
            a = Agreement(client_id=client_id, conversation_id=conversation_id, **values)
            s.add(a)
            s.flush()
            audit.record(s, self.actor, "create", "agreement", a.id, client_id, fields=values.keys())
            return AgreementData.of(a)

    def update(self, agreement_id: str, changes: Mapping[str, Any]) -> AgreementData:
        with self.db.session() as s:
            a = self._get(s, agreement_id)
            day = None
            if a.conversation_id:
                conv = s.get(Conversation, a.conversation_id)
                day = conv.held_at.date() if conv else None
            if "status" in changes:
                self._check_transition(a.status, str(changes["status"]))
            values = validate_agreement(s, changes, self.actor.today(), conversation_day=day, partial=True,
                                        current=a)
            changed = {k for k, v in values.items() if getattr(a, k) != v}
            for k in changed:
                setattr(a, k, values[k])
            if changed:
                audit.record(s, self.actor, "update", "agreement", a.id, a.client_id, fields=changed)
            s.flush()
            return AgreementData.of(a)

    def set_status(self, agreement_id: str, status: str, on: date | None = None) -> AgreementData:
        on = on if on is not None or status == "open" else self.actor.today()
        return self.update(agreement_id, {"status": status, "status_date": on})

    def delete(self, agreement_id: str) -> None:
        with self.db.session() as s:
            a = self._get(s, agreement_id)
            a.deleted_at = utcnow()
            audit.record(s, self.actor, "delete", "agreement", a.id, a.client_id)

    @staticmethod
    def _check_transition(old: str, new: str) -> None:
        # open -> done/missed/cancelled; a closed one can only be reopened (a mistake undone).
        if old == new or old == "open" or new == "open":
            return
        raise ValidationError({"status": translate(
            "Validation", "Een afgeronde afspraak kan alleen weer open worden gezet.")})

    @staticmethod
    def _get(s: Session, agreement_id: str) -> Agreement:
        return live(s, Agreement, agreement_id, translate("Conversations", "Deze afspraak bestaat niet (meer)."))
