"""Writes an outbox mutation for every change to a synced row, inside the same flush.

Hooking `before_flush` means no service can forget the outbox: whatever is committed is queued.
Rows applied from a pull are marked with `session.info["sync_apply"]` and are not queued.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from sync.ids import new_mutation_id

from .base import SyncMixin, new_id, utcnow
from .entities import LocalSetting, OutboxMutation

SKIP = {"id", "version", "updated_at"}
# Within one flush, parents are queued before the rows that point at them (the central store
# applies a batch in order and checks each row's client); audit events go last.
ORDER = {name: i for i, name in enumerate((
    "team", "user", "taxonomy_item", "instrument", "client", "conversation", "placement", "agreement",
    "profile_entry", "signal", "call_attempt", "absence", "referral", "audit_event"))}


def wire_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_fields(obj: SyncMixin, only: set[str] | None = None) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {c.key: wire_value(getattr(obj, c.key)) for c in mapper.column_attrs
            if c.key not in SKIP and (only is None or c.key in only)}


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value


def fill_defaults(obj: SyncMixin) -> None:
    """Apply Python-side column defaults now: before_flush runs before SQLAlchemy would, and the
    outbox must carry the values the row is stored with."""
    for col in inspect(type(obj)).columns:
        if col.default is None or getattr(obj, col.key) is not None:
            continue
        if col.default.is_scalar:
            setattr(obj, col.key, col.default.arg)
        elif col.default.is_callable:
            setattr(obj, col.key, col.default.arg(None))


def _queue(session: Session) -> None:
    if session.info.get("sync_apply"):
        return
    changes: list[tuple[SyncMixin, str, dict[str, Any]]] = []
    for obj in session.new:
        if isinstance(obj, SyncMixin) and not obj.CENTRAL:
            fill_defaults(obj)
            changes.append((obj, "insert", row_fields(obj)))
    for obj in session.dirty:
        if not isinstance(obj, SyncMixin) or obj.CENTRAL or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changed = {a.key for a in state.attrs if a.key not in SKIP and a.history.has_changes()}
        if changed:
            changes.append((obj, "update", row_fields(obj, changed)))
    if not changes:
        return
    changes.sort(key=lambda c: (ORDER.get(type(c[0]).__tablename__, 99), c[1] != "insert"))  # type: ignore[attr-defined]
    with session.no_autoflush:
        device = get_setting(session, "device_id") or "unknown"
        schema = get_setting(session, "schema_version") or "0"
        seq = int(get_setting(session, "outbox_seq") or "0")
        if seq == 0:
            seq = session.scalar(select(OutboxMutation.seq).order_by(OutboxMutation.seq.desc()).limit(1)) or 0
        now = utcnow()
        rows = []
        for obj, op, fields in changes:
            if obj.id is None:
                obj.id = new_id()
            seq += 1
            rows.append({"mutation_id": new_mutation_id(), "device_id": device, "seq": seq,
                         "table_name": type(obj).__tablename__,  # type: ignore[attr-defined]
                         "row_id": obj.id, "op": op, "fields_json": json.dumps(fields, ensure_ascii=False),
                         "base_version": obj.version or 0, "schema_version": schema, "created_at": now,
                         "state": "pending", "reject_reason": None})
        # Plain rows in the same transaction: no ORM bookkeeping for what the UI never edits.
        session.execute(insert(OutboxMutation.__table__), rows)
        set_setting(session, "outbox_seq", str(seq))


def install_outbox(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", lambda session, _ctx, _inst: _queue(session))
