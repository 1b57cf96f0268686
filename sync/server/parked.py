"""Parked changes: nothing is lost when access ends (issue 13, point 4).

A caseload transfer ends the old coach's access at once, and so does the end of a deputyship. A change such
a coach made offline before they knew is not applied (they may no longer write that client) and its answer
carries no values of the client; but it is not thrown away either: it is refused with a reason saying so,
stays in the device's refused list, and is kept here as a parked change that the client's coach or team
lead can apply or dismiss (`wijkdesk-server parked list|apply|dismiss`).

Only changes from someone whose access *ended* are parked (a client transferred away from them, owned by a
coach they no longer deputise for, or a specialist's notes on a placement reassigned to someone else);
anything else out of scope is simply refused.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel
from sqlalchemy import Connection, bindparam, literal_column, select, union_all, update

from sync.jsontext import dumps, loads
from sync.protocol import CLIENT_TABLES, SPECIALIST_WRITABLE, Mutation

from .admin import AdminError, find_user, upsert_record
from .db import Store
from .models import T_DEPUTY, T_PARKED, T_RECORD, T_TRANSFER, T_USER, new_id, utcnow
from .records import Read, bulk_insert, load_by_keys
from .scope import Principal

ACCESS_ENDED = ("your access to this client has ended; the change was not applied and is kept on the central "
                "store for the client's coach (parked change)")


def access_read(user_id: str) -> Read:
    """A coach's scope for a push, as a lookup for records.read_many (a push sends it with its other lookups);
    access_of makes the answer into (the coaches whose caseload they work on: themselves and whom they
    deputise for, as scope.coach_owners; the clients they could write once but no longer may: transferred away
    from them, or owned by a coach whose deputyship they ended)."""
    return Read("coach_access", _access, {"user": user_id})


def _access(_dialect: str) -> Any:
    d, user = T_DEPUTY.c, bindparam("user")
    return union_all(
        select(literal_column("'deputy'"), d.coach_id).where(d.deputy_id == user, d.ended_at.is_(None)),
        select(literal_column("'ended'"), d.coach_id).where(d.deputy_id == user, d.ended_at.is_not(None)),
        select(literal_column("'moved'"), T_TRANSFER.c.client_id).where(T_TRANSFER.c.from_user_id == user))


def access_of(conn: Connection, user_id: str, rows: list[Any]) -> tuple[set[str], set[str]]:
    """The scope from the answer to access_read (and a second query only when a deputyship ended)."""
    owners = {user_id} | {v for kind, v in rows if kind == "deputy"}
    ended = {v for kind, v in rows if kind == "moved"}
    former = sorted({v for kind, v in rows if kind == "ended"})
    if former:
        ended |= {r[0] for r in conn.execute(select(T_RECORD.c.row_id).where(
            T_RECORD.c.table_name == "client", T_RECORD.c.owner_id.in_(former)))}
    return owners, ended


def specialist_lost_placement(role: str, m: Mutation) -> bool:
    """A specialist's progress or evaluation for a placement that is no longer theirs (reassigned): only someone
    who held the placement knows its random id, so this is late work, not probing."""
    return (role == "specialist" and m.table == "placement" and m.op == "update" and bool(m.fields)
            and set(m.fields) <= SPECIALIST_WRITABLE["placement"])


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


class ParkedError(AdminError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class ParkedView(BaseModel):
    """A parked change as its client's coach (values included) or team lead (field names only) sees it."""

    id: UUID
    received_at: datetime
    sender: str
    table: str
    row_id: UUID
    client_id: UUID | None
    op: Literal["insert", "update"]
    field_names: list[str]
    fields: dict[str, Any] | None = None


class ParkedList(BaseModel):
    parked: list[ParkedView]


class ParkedDecision(BaseModel):
    id: UUID
    resolution: Literal["applied", "dismissed"]


def parked_for(store: Store, who: Principal) -> ParkedList:
    """Open parked changes of the clients this user decides on: a coach's own clients, with the values; a team
    lead's team's clients, with field names only (a team lead sees caseload metadata, not the dossier)."""
    if who.role not in ("coach", "team_lead"):
        return ParkedList(parked=[])
    p = T_PARKED.c
    with store.read() as conn:
        rows = conn.execute(select(T_PARKED, T_USER.c.username)
                            .join_from(T_PARKED, T_USER, T_USER.c.id == p.user_id, isouter=True)
                            .where(p.resolved_at.is_(None)).order_by(p.received_at, p.id)).mappings().all()
        clients = load_by_keys(conn, [("client", r["client_id"]) for r in rows if r["client_id"]])
    out = []
    for r in rows:
        client = clients.get(("client", r["client_id"]))
        if client is None:
            continue
        mine = who.role == "coach" and client.owner_id == who.user_id
        lead = who.role == "team_lead" and who.team_id is not None and client.team_id == who.team_id
        if not (mine or lead):
            continue
        values = loads(r["fields"])
        out.append(ParkedView(id=r["id"], received_at=r["received_at"], sender=r["username"] or "?",
                              table=r["table_name"], row_id=r["row_id"], client_id=r["client_id"], op=r["op"],
                              field_names=sorted(values), fields=values if mine else None))
    return ParkedList(parked=out)


def resolve(store: Store, parked_id: str, by: str, apply: bool) -> str:
    """Apply (as the central store, with a new version everyone in scope pulls) or dismiss a parked change.
    `by`: the user name of the coach or team lead deciding; they must own the client or lead its team."""
    p = T_PARKED.c
    with store.write() as (conn, seq):
        row = conn.execute(select(T_PARKED).where(p.id == parked_id)).mappings().first()
        if row is None:
            raise ParkedError(404, f"no parked change '{parked_id}'")
        if row["resolved_at"] is not None:
            raise ParkedError(409, f"parked change '{parked_id}' was already {row['resolution']}")
        decider = find_user(conn, by)
        client = load_by_keys(conn, [("client", row["client_id"])]).get(("client", row["client_id"]))
        allowed = decider.role == "admin" or (client is not None and (
            client.owner_id == decider.id or (decider.role == "team_lead" and client.team_id == decider.team_id)))
        if not allowed:
            raise ParkedError(403, f"'{by}' is neither the coach of this client nor a team lead of its team")
        outcome = "dismissed"
        if apply:
            if client is None:
                raise ParkedError(409, "the client no longer exists on the central store")
            fields = loads(row["fields"])
            if row["table_name"] in CLIENT_TABLES:
                fields["client_id"] = row["client_id"]
            fields.pop("coach_id", None)  # a transfer is not undone by applying an old edit
            upsert_record(conn, seq, row["table_name"], row["row_id"], fields)
            outcome = "applied"
        conn.execute(update(T_PARKED).where(p.id == parked_id).values(
            resolved_at=utcnow(), resolved_by=decider.id, resolution=outcome))
    return outcome
