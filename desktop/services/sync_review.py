"""What the user needs to see of sync problems: conflicts and refused changes, in their words."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import TABLES, Client, OutboxMutation, SyncConflict
from sync import clock
from sync.policy.reasons import localise_reason

from . import audit
from .context import Actor
from .field_labels import field_label
from .validation import display_name


def table_labels() -> dict[str, str]:
    return {
        "client": translate("Sync", "Werkzoekende"), "conversation": translate("Sync", "Gesprek"),
        "agreement": translate("Sync", "Afspraak"), "profile_entry": translate("Sync", "Profiel"),
        "placement": translate("Sync", "Inzet"), "signal": translate("Sync", "Signaal"),
        "call_attempt": translate("Sync", "Belpoging"), "absence": translate("Sync", "Verzuim"),
        "audit_event": translate("Sync", "Logregel"),
    }


@dataclass(frozen=True)
class ConflictView:
    id: str
    what: str
    field: str
    mine: Any
    theirs: Any
    field_label: str = ""  # readable: "Telefoon", not "phone"
    seen_at: datetime | None = None  # local wall-clock time the central store reported the conflict
    author: str | None = None  # who made the central value (display name), when the central store said
    changed_at: datetime | None = None  # local wall-clock time the central store received that value


@dataclass(frozen=True)
class RejectedView:
    mutation_id: str
    what: str
    fields: str
    reason: str
    when: str


def _client_names(s, rows: list[tuple[str, str]]) -> dict[str, str]:  # noqa: ANN001 - a Session
    """Row id -> the name of the client it belongs to (only ids; never the values changed)."""
    names: dict[str, str] = {}
    for table, row_id in rows:
        model = TABLES.get(table)
        obj = s.get(model, row_id) if model is not None else None
        client_id = row_id if table == "client" else getattr(obj, "client_id", None)
        c = s.get(Client, client_id) if client_id else None
        if c is not None:
            names[row_id] = display_name(c.first_name, c.name_prefix, c.last_name)
    return names


def explain_reason(reason: str) -> str:
    """The central store's reason for refusing a change, in the user's language.

    The server answers in English (it is an API); the known reasons are said again here for people. A policy
    rule's reason (sync/policy) carries its codes and is written again in the user's language.
    """
    localised = localise_reason(reason)
    if localised != reason:
        return localised
    rules: list[tuple[str, str]] = [
        (r"access to this client has ended", translate(
            "Sync", "U heeft geen toegang meer tot deze werkzoekende; de wijziging is niet overgenomen maar "
                    "bewaard voor de nieuwe begeleider. Exporteer haar eventueel met: wijkdesk export refused.")),
        # before "team_id": a team lead's or coach's refused field may itself be client.team_id
        (r"^a (coach|team_lead|absence_team) may not change", translate(
            "Sync", "Dit hoort niet bij uw rol; de wijziging is niet overgenomen.")),
        (r"team_id", translate(
            "Sync", "Een werkzoekende hoort bij uw eigen team; een ander of onbekend team kan niet.")),
        (r"outside your scope|not in your scope", translate(
            "Sync", "Deze werkzoekende hoort (niet meer) bij uw caseload; de wijziging is niet overgenomen.")),
        (r"^unknown (table|field)", translate(
            "Sync", "De centrale opslag kent dit gegeven niet. Werk Wijkdesk bij.")),
        (r"^field '", translate("Sync", "Een waarde past niet bij wat de centrale opslag verwacht.")),
        (r"maintained centrally|managed with wijkdesk-server", translate(
            "Sync", "Dit wordt centraal bijgehouden en kan hier niet worden gewijzigd.")),
        (r"mutation id reused", translate(
            "Sync", "Deze wijziging is al eerder met een andere inhoud verstuurd.")),
        (r"coach_id", translate(
            "Sync", "Een werkzoekende verhuist naar een andere begeleider via de teamleider (overdracht).")),
        (r"does not exist on the server", translate(
            "Sync", "Dit bestaat niet (meer) in de centrale opslag.")),
        (r"specialist", translate(
            "Sync", "Als specialist kunt u alleen de voortgang en uw evaluatie van uw eigen inzet vastleggen.")),
        (r"append-only|team lead|cannot be changed|cannot change", translate(
            "Sync", "Dit mag u niet wijzigen.")),
    ]
    for pattern, text in rules:
        if re.search(pattern, reason):
            return f"{text} ({reason})"
    return reason


def conflict_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))) or 0


def refused_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.state == "rejected")) or 0


def conflicts(db: Database) -> list[ConflictView]:
    labels = table_labels()
    with db.session() as s:
        rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                         .order_by(SyncConflict.created_at)).all()
        names = _client_names(s, [(r.table_name, r.row_id) for r in rows])
        return [ConflictView(r.id, f"{labels.get(r.table_name, r.table_name)} — {names.get(r.row_id, '?')}",
                             r.field, json.loads(r.mine_json), json.loads(r.theirs_json), field_label(r.field),
                             clock.to_local(r.created_at), r.theirs_author,
                             clock.to_local(r.theirs_changed_at) if r.theirs_changed_at else None) for r in rows]


def refused(db: Database) -> list[RejectedView]:
    labels = table_labels()
    with db.session() as s:
        rows = s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")
                         .order_by(OutboxMutation.seq)).all()
        names = _client_names(s, [(r.table_name, r.row_id) for r in rows])
        return [RejectedView(r.mutation_id, f"{labels.get(r.table_name, r.table_name)} — {names.get(r.row_id, '?')}",
                             ", ".join(sorted(json.loads(r.fields_json))), explain_reason(r.reject_reason or ""),
                             r.created_at.strftime("%d-%m-%Y %H:%M")) for r in rows]


def dismiss_refused(db: Database, mutation_id: str) -> None:
    """The user has read a refused change and lets it go (an explicit choice, never automatic)."""
    with db.session() as s:
        s.execute(delete(OutboxMutation).where(OutboxMutation.mutation_id == mutation_id,
                                               OutboxMutation.state == "rejected"))


def export_refused(db: Database, actor: Actor, path: Path) -> int:
    """Every refused change, with its values and the central store's reason, as JSON (the user's own copy
    before dismissing anything). Written readable by the user only: it holds client data. Returns the count."""
    with db.session() as s:
        rows = s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")
                         .order_by(OutboxMutation.seq)).all()
        doc = [{"mutation_id": r.mutation_id, "table": r.table_name, "row_id": r.row_id, "op": r.op,
                "fields": json.loads(r.fields_json), "base_version": r.base_version, "reason": r.reject_reason,
                "created_at": r.created_at.isoformat(timespec="seconds")} for r in rows]
        audit.record(s, actor, "export", "refused_changes", None, None, purpose="export refused")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"refused_changes": doc}, out, ensure_ascii=False, indent=1)
    return len(doc)
