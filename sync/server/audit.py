"""The central audit trail (AVG art. 15, BIO 8.15): who saw or changed whose data, when, from which device.

Every audit event a device pushes is accepted, from every role, with or without a client (a list export, a
report): refusing one would leave the most sensitive actions without a central trace. The store vouches for
what it can: user, role and device come from the token and `received_at` from the server clock; whatever
identity the device put in the event is ignored. `at` (when the device says it happened) is kept as claimed.
Rows go to `audit_log`, which the database itself keeps append-only (triggers, models.py).

An event about a known client is also kept as an ordinary synced record of that client (with the stamped
identity), so the client's coach's devices and their `export dossier` have it, whoever wrote it (a specialist's
view of a placement too). The sender gets its version only when the client is in its own scope (a coach's or
admin's client it may write); other senders get version 0: not a row of their scope, so their device keeps its
copy out of the integrity count. Events without a known client (a list export, a report) are only in the trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from sync import clock
from sync.protocol import Mutation

from .db import Store
from .models import T_AUDIT, T_DEVICE, T_USER, utcnow
from .records import (
    Read,
    among_param,
    bulk_insert,
    ids_bind,
    ids_value,
    load_table,
    new_rec,
    parse_dt,
)

if TYPE_CHECKING:
    from .push import Batch

APPEND_ONLY = "audit events are append-only"
EVENT_FIELDS = ("action", "entity", "entity_id", "client_id", "purpose", "fields")


def known_read(conn: Connection, row_ids: list[str]) -> Read:
    """Which of `row_ids` are in the audit trail already, as a lookup for records.read_many (a push sends it
    with its other lookups)."""
    return Read("audit:known", _known, {"ids": ids_value(conn, sorted(set(row_ids)))})


def _known(dialect: str) -> Any:
    return select(T_AUDIT.c.id).where(among_param(dialect, T_AUDIT.c.id, ids_bind(dialect)))


def accept(batch: Batch, m: Mutation, mid: str, row_id: str, rejected: type[Exception]) -> dict[str, Any]:
    """Take one pushed audit event into the trail (and, in a coach's own scope, into the synced records)."""
    fields, who = m.fields, batch.who
    if m.op != "insert" or fields.get("deleted_at") is not None or row_id in batch.audit_ids:
        raise rejected(APPEND_ONLY)
    rec = batch.recs.get(("audit_event", row_id))
    if rec is not None:  # an event stored before the trail existed
        raise rejected(APPEND_ONLY)
    batch.audit_ids.add(row_id)
    now = utcnow()
    row = {"id": row_id, "received_at": now, "at": parse_dt(fields.get("at")), "user_id": who.user_id,
           "username": who.username, "role": who.role, "device_id": who.device_id, "mutation_id": mid}
    row.update({k: fields.get(k) for k in EVENT_FIELDS})
    batch.audit_rows.append(row)
    client_id = fields.get("client_id")
    version = 0
    if client_id and ("client", client_id) in batch.recs:
        # Kept as a synced record of the client, so the client's coach (and `export dossier`, AVG art. 15) sees
        # who else looked: a specialist, a team lead, a coach the client moved away from.
        stamped = {**fields, "user_id": who.user_id, "username": who.username, "device_id": who.device_id}
        rec = new_rec("audit_event", row_id, stamped, who.device_id, batch.seq)
        batch.recs[rec.key] = rec
        if who.role in ("coach", "admin") and batch.client_writable(client_id):
            if all(fields.get(k) == stamped[k] for k in ("user_id", "username", "device_id")):
                rec.origin = who.device_id  # the device's copy is the stored row: no echo (a forged identity returns)
            version = rec.version  # else outside the sender's scope: version 0 keeps it out of its integrity count
    return {"mutation_id": mid, "status": "applied", "version": version, "reason": None, "conflicts": []}


def write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    bulk_insert(conn, T_AUDIT, rows)


# -- reading the trail (wijkdesk-server audit list) ------------------------------------------------------

@dataclass(frozen=True)
class AuditQuery:
    client: str | None = None  # client id or BSN
    user: str | None = None  # user name
    start: date | None = None  # Amsterdam dates, both included
    end: date | None = None


def _utc_bound(day: date) -> datetime:
    return clock.to_utc(datetime.combine(day, time()))


def list_events(store: Store, q: AuditQuery) -> list[dict[str, Any]]:
    """The trail, oldest first, with the device's name; filters as in `audit list`. Raises LookupError for a
    user or client that does not exist (a typo must not look like "nobody saw anything")."""
    a = T_AUDIT.c
    stmt = select(T_AUDIT, T_DEVICE.c.name.label("device_name")).join_from(
        T_AUDIT, T_DEVICE, T_DEVICE.c.id == a.device_id, isouter=True).order_by(a.received_at, a.id)
    with store.read() as conn:
        if q.user:
            uid = conn.execute(select(T_USER.c.id).where(T_USER.c.username == q.user)).scalar()
            if uid is None:
                raise LookupError(f"no user named '{q.user}'")
            stmt = stmt.where(a.user_id == uid)
        if q.client:
            ids = {q.client} if len(q.client) == 36 else {
                r.row_id for r in load_table(conn, "client") if r.data.get("bsn") == q.client}
            if not ids:
                raise LookupError(f"no client with id or BSN '{q.client}'")
            stmt = stmt.where(a.client_id.in_(sorted(ids)))
        if q.start:
            stmt = stmt.where(a.received_at >= _utc_bound(q.start))
        if q.end:
            stmt = stmt.where(a.received_at < _utc_bound(q.end + timedelta(days=1)))
        rows = conn.execute(stmt).mappings().all()
    out = []
    for r in rows:
        item = {k: r[k] for k in ("received_at", "at", "username", "role", "user_id", "device_id", "device_name",
                                  *EVENT_FIELDS, "id")}
        for k in ("received_at", "at"):
            item[k] = item[k].isoformat(timespec="seconds") + "Z" if item[k] else None
        out.append(item)
    return out


def format_line(e: dict[str, Any]) -> str:
    what = f"{e['action'] or '?'} {e['entity'] or '?'}" + (f" {e['entity_id']}" if e["entity_id"] else "")
    device = e["device_name"] or e["device_id"]
    extra = "".join(f"  {k}={e[k]}" for k in ("purpose", "fields") if e[k])
    return (f"{e['received_at']}  {e['username']:<16} {e['role']:<10} {device:<24} {what}  "
            f"client={e['client_id'] or '-'}{extra}")
