"""Parked changes: nothing is lost when access ends (issue 13, point 4).

A caseload transfer ends the old coach's access at once, and so does the end of a deputyship. A change such
a coach made offline before they knew is not applied (they may no longer write that client) and its answer
carries no values of the client; but it is not thrown away either: it is refused with a reason saying so,
stays in the device's refused list, and is kept here as a parked change that the client's coach or team
lead can apply or dismiss (`wijkdesk-server parked list|apply|dismiss`).

Only changes from someone whose access *ended* are parked (a client transferred away from them, or owned by
a coach they no longer deputise for); anything else out of scope is simply refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from sync.jsontext import dumps, loads
from sync.protocol import CLIENT_TABLES, Mutation

from .admin import AdminError, find_user, upsert_record
from .db import Store
from .models import T_DEPUTY, T_PARKED, T_RECORD, T_TRANSFER, T_USER, new_id, utcnow
from .records import bulk_insert, load_by_keys

ACCESS_ENDED = ("your access to this client has ended; the change was not applied and is kept on the central "
                "store for the client's coach (parked change)")


def ended_access(conn: Connection, user_id: str) -> set[str]:
    """Clients this coach could write once but no longer may: transferred away from them, or owned by a coach
    whose deputyship they ended."""
    clients = {r[0] for r in conn.execute(select(T_TRANSFER.c.client_id).where(T_TRANSFER.c.from_user_id == user_id))}
    coaches = [r[0] for r in conn.execute(select(T_DEPUTY.c.coach_id).where(
        T_DEPUTY.c.deputy_id == user_id, T_DEPUTY.c.ended_at.is_not(None)))]
    if coaches:
        clients |= {r[0] for r in conn.execute(select(T_RECORD.c.row_id).where(
            T_RECORD.c.table_name == "client", T_RECORD.c.owner_id.in_(sorted(set(coaches)))))}
    return clients


def parked_row(m: Mutation, mid: str, row_id: str, client_id: str, user_id: str, device_id: str) -> dict[str, Any]:
    return {"id": new_id(), "mutation_id": mid, "user_id": user_id, "device_id": device_id, "table_name": m.table,
            "row_id": row_id, "client_id": client_id, "op": m.op, "fields": dumps(m.fields),
            "base_version": m.base_version, "reason": ACCESS_ENDED, "received_at": utcnow(), "resolved_at": None,
            "resolved_by": None, "resolution": None}


def write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    bulk_insert(conn, T_PARKED, rows)


# -- for the client's coach or team lead (wijkdesk-server parked ...) --------------------------------------

def list_parked(store: Store, open_only: bool = True) -> list[dict[str, Any]]:
    p = T_PARKED.c
    stmt = (select(T_PARKED, T_USER.c.username).join_from(T_PARKED, T_USER, T_USER.c.id == p.user_id, isouter=True)
            .order_by(p.received_at, p.id))
    if open_only:
        stmt = stmt.where(p.resolved_at.is_(None))
    with store.read() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def resolve(store: Store, parked_id: str, by: str, apply: bool) -> str:
    """Apply (as the central store, with a new version everyone in scope pulls) or dismiss a parked change.
    `by`: the user name of the coach or team lead deciding; they must own the client or lead its team."""
    p = T_PARKED.c
    with store.write() as (conn, seq):
        row = conn.execute(select(T_PARKED).where(p.id == parked_id)).mappings().first()
        if row is None:
            raise AdminError(f"no parked change '{parked_id}'")
        if row["resolved_at"] is not None:
            raise AdminError(f"parked change '{parked_id}' was already {row['resolution']}")
        decider = find_user(conn, by)
        client = load_by_keys(conn, [("client", row["client_id"])]).get(("client", row["client_id"]))
        allowed = decider.role == "admin" or (client is not None and (
            client.owner_id == decider.id or (decider.role == "team_lead" and client.team_id == decider.team_id)))
        if not allowed:
            raise AdminError(f"'{by}' is neither the coach of this client nor a team lead of its team")
        outcome = "dismissed"
        if apply:
            if client is None:
                raise AdminError("the client no longer exists on the central store")
            fields = loads(row["fields"])
            if row["table_name"] in CLIENT_TABLES:
                fields["client_id"] = row["client_id"]
            fields.pop("coach_id", None)  # a transfer is not undone by applying an old edit
            upsert_record(conn, seq, row["table_name"], row["row_id"], fields)
            outcome = "applied"
        conn.execute(update(T_PARKED).where(p.id == parked_id).values(
            resolved_at=utcnow(), resolved_by=decider.id, resolution=outcome))
    return outcome
