"""The absence approach's groups (seed 004), kept by the coordinator (team lead): admitted clients form groups of
about 20-25 with a series of group meetings (cv training, application training); attendance per participant is
present, called off or no-show. A no-show without calling off opens an absence, which the absence team follows
up with a door visit (DoorVisitService) and the coach sees with the client's absences and in the timeline.

The rules are sync/policy/absence_approach.py and who may write what sync/policy/roles.py, the same on the
central store."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Absence, ApproachAttendance, ApproachGroup, ApproachSession, Client
from sync import clock
from sync.policy import absence_approach as rules
from sync.policy.reasons import text as reasons_text
from sync.policy.roles import forbidden_fields

from . import audit
from .context import Service
from .errors import NotAllowed, ValidationError
from .lookup import live, live_client
from .validation import FieldError, parse_date


def topic_labels() -> dict[str, str]:
    return {"cv": translate("Approach", "Cv-training"), "application": translate("Approach", "Sollicitatietraining"),
            "motivation": translate("Approach", "Motivatie en werknemersvaardigheden")}


def attendance_labels() -> dict[str, str]:
    return {"present": translate("Approach", "aanwezig"), "called_off": translate("Approach", "afgemeld"),
            "no_show": translate("Approach", "niet verschenen")}


def client_name(c: Client) -> str:
    return " ".join(p for p in (c.first_name, c.name_prefix, c.last_name) if p)


@dataclass(frozen=True)
class SessionData:
    id: str
    group_id: str
    topic: str
    starts_at: datetime
    place: str | None
    attendance: dict[str, str]  # client id -> status


@dataclass(frozen=True)
class GroupFigures:
    """Per group, in the words the council was given (seed 004)."""

    participants: int
    sessions: int
    no_shows: int
    door_visits: int
    considerations: int
    hearings: int
    sanctions: int
    outflow: int


@dataclass(frozen=True)
class GroupData:
    id: str
    name: str
    starts_on: date
    members: tuple[tuple[str, str], ...]  # (client id, name), by name
    sessions: tuple[SessionData, ...]
    figures: GroupFigures


class ApproachGroupService(Service):
    # -- reading -----------------------------------------------------------------------------
    def groups(self) -> list[GroupData]:
        with self.db.session() as s:
            out = [self._group(s, g) for g in s.scalars(select(ApproachGroup).where(
                ApproachGroup.deleted_at.is_(None)).order_by(ApproachGroup.starts_on, ApproachGroup.name))]
            audit.record(s, self.actor, "view", "approach_group", None, None, purpose="verzuimaanpak groepen")
            return out

    def admitted_without_group(self) -> list[tuple[str, str]]:
        """Admitted clients not yet in a group: (client id, name)."""
        with self.db.session() as s:
            rows = s.scalars(select(Client).where(Client.deleted_at.is_(None), Client.approach_decision == "admitted",
                                                  Client.approach_group_id.is_(None)))
            return sorted(((c.id, client_name(c)) for c in rows), key=lambda r: r[1].casefold())

    def for_client(self, client_id: str) -> list[tuple[SessionData, str]]:
        """A participant's sessions with their attendance (the coach's view of their client)."""
        with self.db.session() as s:
            c = live_client(s, client_id)
            if not c.approach_group_id:
                return []
            group = s.get(ApproachGroup, c.approach_group_id)
            if group is None:
                return []
            return [(sd, sd.attendance.get(client_id, "")) for sd in self._group(s, group).sessions]

    # -- changing (the team lead) ------------------------------------------------------------
    def create_group(self, name: str, starts_on: date | str | None) -> GroupData:
        self._may("approach_group", {"name": 1})
        errors: dict[str, str] = {}
        clean = str(name or "").strip()
        if not clean:
            errors["name"] = translate("Approach", "Geef de groep een naam.")
        day = self._date(starts_on, "starts_on", errors)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            g = ApproachGroup(team_id=self.actor.team_id or self._team(s), name=clean[:120], starts_on=day)
            self._judge("name", rules.judge_group({"team_id": g.team_id, "name": g.name, "starts_on": g.starts_on}))
            s.add(g)
            s.flush()
            audit.record(s, self.actor, "create", "approach_group", g.id, None, fields=("name", "starts_on"))
            return self._group(s, g)

    def place(self, client_id: str, group_id: str | None) -> None:
        """Put an admitted client in a group (None takes them out)."""
        self._may("client", {"approach_group_id": group_id})
        with self.db.session() as s:
            c = live_client(s, client_id)
            if group_id is not None:
                g = live(s, ApproachGroup, group_id, translate("Approach", "Deze groep bestaat niet (meer)."))
                if c.approach_group_id != g.id:  # joining: counted as the central store counts (policy_check)
                    members = s.scalar(select(func.count()).select_from(Client).where(
                        Client.approach_group_id == g.id, Client.deleted_at.is_(None)))
                    self._judge("approach_group_id", rules.judge_group_size((members or 0) + 1))
            row = {"approach_decision": c.approach_decision, "approach_group_id": group_id}
            self._judge("approach_group_id", [r for r in rules.judge_approach(row)
                                              if r.code == "approach_group_unadmitted"])
            c.approach_group_id = group_id
            s.flush()
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="verzuimaanpak groep",
                         fields=("approach_group_id",))

    def plan_session(self, group_id: str, topic: str, starts_at: datetime | None, place: str = "") -> SessionData:
        self._may("approach_session", {"topic": topic})
        if starts_at is None:
            raise ValidationError({"starts_at": translate("Approach", "Vul de dag en het tijdstip in.")})
        with self.db.session() as s:
            g = live(s, ApproachGroup, group_id, translate("Approach", "Deze groep bestaat niet (meer)."))
            row = {"group_id": g.id, "team_id": g.team_id, "topic": topic, "starts_at": starts_at,
                   "place": str(place or "").strip()[:150] or None}
            self._judge("topic", rules.judge_session(row))
            sess = ApproachSession(**row)
            s.add(sess)
            s.flush()
            audit.record(s, self.actor, "create", "approach_session", sess.id, None, fields=("topic", "starts_at"))
            return SessionData(sess.id, g.id, topic, starts_at, row["place"], {})

    def record_attendance(self, session_id: str, client_id: str, status: str) -> str | None:
        """Present, called off or no-show. A no-show opens an absence for the door visit (returns its id); a
        correction to present or called off withdraws the absence that no-show opened."""
        self._may("approach_attendance", {"status": status})
        if status not in rules.ATTENDANCE:
            raise ValidationError({"status": translate("Approach", "Kies: aanwezig, afgemeld of niet verschenen.")})
        with self.db.session() as s:
            sess = live(s, ApproachSession, session_id, translate("Approach", "Deze bijeenkomst bestaat niet (meer)."))
            c = live_client(s, client_id)
            att = s.scalar(select(ApproachAttendance).where(
                ApproachAttendance.session_id == session_id, ApproachAttendance.client_id == client_id,
                ApproachAttendance.deleted_at.is_(None)))
            new = att is None
            if att is None:  # added once complete: its first version goes out with the absence it opens
                att = ApproachAttendance(client_id=client_id, session_id=session_id, status=status)
            absence = s.get(Absence, att.absence_id) if att.absence_id else None
            if status == "no_show" and absence is None:
                if sess.starts_at.date() > self.actor.today():
                    raise ValidationError({"status": translate(
                        "Approach", "Deze bijeenkomst moet nog komen: niet verschenen kan nog niet.")})
                absence = Absence(client_id=client_id, notified=False, missed_on=sess.starts_at.date(),
                                  activity=translate("Approach", "Verzuimaanpak: {topic}").format(
                                      topic=topic_labels().get(sess.topic, sess.topic))[:200])
                s.add(absence)
                s.flush()
                audit.record(s, self.actor, "create", "absence", absence.id, client_id, purpose="verzuimaanpak",
                             fields=("activity", "missed_on", "notified"))
            elif status != "no_show" and absence is not None:
                if absence.door_visit_on is not None or absence.followup_conversation_id is not None:
                    raise ValidationError({"status": translate(
                        "Approach", "Bij dit verzuim is al een vervolgstap vastgelegd; het blijft staan.")})
                absence.deleted_at = clock.utcnow()
                absence = None
            att.status, att.absence_id = status, absence.id if absence is not None else None
            att.recorded_by = self.actor.username
            if new:
                s.add(att)
            self._judge("status", rules.judge_attendance(
                {"status": att.status, "session_id": session_id, "absence_id": att.absence_id},
                {"approach_decision": c.approach_decision}))
            s.flush()
            audit.record(s, self.actor, "update", "approach_attendance", att.id, client_id,
                         fields=("status", "absence_id"))
            return att.absence_id

    # -- helpers -----------------------------------------------------------------------------
    def _may(self, table: str, fields: Mapping[str, Any]) -> None:
        if self.actor.role == "admin":
            return
        if self.actor.role != "team_lead" or forbidden_fields(self.actor.role, table, fields, "update"):
            raise NotAllowed(translate("Approach", "Groepen, bijeenkomsten en aanwezigheid houdt de coördinator "
                                                   "(teamleider) bij."))

    @staticmethod
    def _judge(field: str, refusals: list[Any]) -> None:
        if refusals:
            raise ValidationError({field: reasons_text(refusals)})

    def _date(self, value: date | str | None, field: str, errors: dict[str, str]) -> date:
        try:
            return parse_date(value, required=True) or self.actor.today()
        except FieldError as exc:
            errors[field] = str(exc)
            return self.actor.today()

    @staticmethod
    def _team(s: Session) -> str | None:
        return s.scalar(select(Client.team_id).where(Client.team_id.is_not(None)).limit(1))

    @staticmethod
    def _group(s: Session, g: ApproachGroup) -> GroupData:
        members = s.scalars(select(Client).where(Client.approach_group_id == g.id, Client.deleted_at.is_(None))).all()
        sessions = s.scalars(select(ApproachSession).where(ApproachSession.group_id == g.id,
                                                           ApproachSession.deleted_at.is_(None))
                             .order_by(ApproachSession.starts_at)).all()
        ids = [x.id for x in sessions]
        marks = s.scalars(select(ApproachAttendance).where(ApproachAttendance.session_id.in_(ids),
                                                           ApproachAttendance.deleted_at.is_(None))).all() if ids else []
        by_session: dict[str, dict[str, str]] = {i: {} for i in ids}
        for m in marks:
            by_session[m.session_id][m.client_id] = m.status
        absence_ids = [m.absence_id for m in marks if m.absence_id]
        absences = s.scalars(select(Absence).where(Absence.id.in_(absence_ids))).all() if absence_ids else []
        member_ids = {c.id for c in members}
        figures = GroupFigures(
            participants=len(members), sessions=len(sessions),
            no_shows=sum(1 for m in marks if m.status == "no_show"),
            door_visits=sum(1 for a in absences if a.door_visit_on),
            considerations=sum(1 for a in absences if a.sanction_considered_on),
            hearings=sum(1 for a in absences if a.hearing_offered_on),
            sanctions=sum(1 for a in absences if a.sanction_decision == "sanction"),
            outflow=sum(1 for c in members if c.id in member_ids and c.benefit_status in ("ended", "aftercare")))
        return GroupData(g.id, g.name, g.starts_on,
                         tuple(sorted(((c.id, client_name(c)) for c in members), key=lambda r: r[1].casefold())),
                         tuple(SessionData(x.id, g.id, x.topic, x.starts_at, x.place, by_session[x.id])
                               for x in sessions), figures)
