"""The sync state of the local file as the app shows it: pending and refused changes, open conflicts."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from desktop.models import Database
from desktop.models.entities import TABLES, OutboxMutation, SyncConflict
from sync import clock

from .values import from_wire


def pending_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.state == "pending")) or 0


def rejected(db: Database) -> list[tuple[str, str, str, str]]:
    """(table, row id, reason, when) of changes the central store refused, for the user to see (a policy
    reason in the user's language, sync/policy/reasons.py)."""
    from sync.policy.reasons import localise_reason  # the app's lists only, not every sync

    with db.session() as s:
        return [(m.table_name, m.row_id, localise_reason(m.reject_reason or ""), m.created_at.isoformat(timespec="minutes"))
                for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")
                                   .order_by(OutboxMutation.seq))]


def open_conflicts(db: Database) -> list[SyncConflict]:
    with db.session() as s:
        rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                         .order_by(SyncConflict.created_at)).all()
        s.expunge_all()
        return list(rows)


def resolve_conflict(db: Database, conflict_id: str, choice: str, edited: Any = None) -> None:
    """mine / theirs / edited: 'theirs' keeps the server's value; the others queue a normal change."""
    with db.session() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            return
        model = TABLES.get(c.table_name)
        if choice in ("mine", "edited") and model is not None:
            value = json.loads(c.mine_json) if choice == "mine" else edited
            obj = s.get(model, c.row_id)
            if obj is not None:
                obj.version = max(obj.version, c.server_version)
                setattr(obj, c.field, from_wire(c.table_name, {c.field: value})[c.field])
        c.resolved_at = clock.utcnow()
        c.resolution = choice


def holds_pushed_rows(db: Database) -> bool:
    """Whether this file holds rows the central store has (a version above 0): its own pushed work. A first
    sync then pulls the rest into it instead of restoring everything into a new file (no echo)."""
    with db.session() as s:
        return any(s.scalar(select(model.id).where(model.version > 0).limit(1)) is not None
                   for model in TABLES.values())

