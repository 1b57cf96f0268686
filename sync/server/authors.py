"""Who made the central value of a conflicting field, and when (POST /sync/push?authors=1).

The store knows per field the version that last changed it and per version the device that made it
(records.Rec.writer). A conflict names that device's user by display name and, when that field changed in
the record's latest version, the time the store wrote that version. Only a desktop that asks for it gets
the two extra keys (`author`, `changed_at`): an older desktop's FieldConflict forbids unknown keys.
The stored result of a mutation (replayed for a retried push) stays without them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, or_, select

from sync.jsontext import dumps

from .models import T_RECORD, Device, User
from .records import Rec

T_DEVICE = Device.__table__
T_USER = User.__table__


@dataclass(frozen=True)
class Source:
    """The central side of one conflict, noted before the mutation changes the record."""

    table: str
    row_id: str
    device: str | None
    latest: bool  # the field changed in the record's current version: its time is the record's


def source_of(rec: Rec, field: str) -> Source:
    v = rec.fv.get(field)
    return Source(rec.table, rec.row_id, rec.writer(field), v is not None and v == rec.version)


def _names(conn: Connection, devices: set[str]) -> dict[str, str]:
    if not devices:
        return {}
    stmt = (select(T_DEVICE.c.id, T_USER.c.display_name).join(T_USER, T_USER.c.id == T_DEVICE.c.user_id)
            .where(T_DEVICE.c.id.in_(sorted(devices))))
    return {d: name for d, name in conn.execute(stmt)}


def _written(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], datetime]:
    if not keys:
        return {}
    r = T_RECORD.c
    stmt = select(r.table_name, r.row_id, r.updated_at).where(
        or_(*(and_(r.table_name == t, r.row_id == i) for t, i in sorted(keys))))
    return {(t, i): at for t, i, at in conn.execute(stmt) if at is not None}


def annotate(conn: Connection, results: list[str], sources: dict[str, Source]) -> list[str]:
    """The result texts with `author` and `changed_at` on each conflict this batch found. Call before the
    batch's records are written: a record's stored time is then still that of the central version."""
    if not sources:
        return results
    names = _names(conn, {s.device for s in sources.values() if s.device})
    times = _written(conn, {(s.table, s.row_id) for s in sources.values() if s.latest})
    out = []
    for text in results:
        if '"status":"conflict"' not in text:
            out.append(text)
            continue
        res: dict[str, Any] = json.loads(text)
        for c in res["conflicts"]:
            src = sources.get(c["conflict_id"])
            if src is None:
                continue
            c["author"] = names.get(src.device or "")
            at = times.get((src.table, src.row_id)) if src.latest else None
            c["changed_at"] = None if at is None else (at if at.tzinfo else at.replace(tzinfo=UTC)).isoformat()
        out.append(dumps(res))
    return out
