"""Administrative operations of the central store (used by the CLI, the demo and tests).

Each function runs in one write transaction (`Store.write()`), so its records get change numbers like
pushes do. Users and teams are mirrored into `record` (tables "user" and "team", without token data) so
desktops pull them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from sync.catalogue_csv import InstrumentRow, instrument_id
from sync.protocol import TABLE_FIELDS

from .auth import hash_token, new_token
from .db import SeqAllocator, Store
from .models import ROLES, T_DEPUTY, T_DEVICE, T_RECORD, T_TEAM, T_TRANSFER, T_USER, new_id, utcnow
from .records import (
    Rec,
    load_by_client_ids,
    load_by_keys,
    load_table,
    new_rec,
    record_keys_of_clients,
    touch_clients,
    write_records,
    write_removals,
)
from .scope import deputised_coaches, team_lead_removals

SERVER_DEVICE = "server"


class AdminError(Exception):
    """The operation cannot be done; the message says why (CLI exit code 1)."""


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    display_name: str
    role: str
    team_id: str | None
    team: str | None


def upsert_record(conn: Connection, seq: SeqAllocator, table: str, row_id: str, fields: dict[str, Any],
                  existing: Rec | None = None) -> Rec:
    """Write `fields` of a record as the server (admin) would: insert, or a new version with the changes."""
    unknown = set(fields) - set(TABLE_FIELDS[table])
    if unknown:
        raise AdminError(f"unknown fields for {table}: {', '.join(sorted(unknown))}")
    if existing is None:
        existing = load_by_keys(conn, [(table, row_id)]).get((table, row_id))
    if existing is None:
        rec = new_rec(table, row_id, fields, SERVER_DEVICE, seq)
    else:
        rec = existing
        changed = {k: v for k, v in fields.items() if rec.data.get(k) != v}
        if changed:
            rec.change(changed, SERVER_DEVICE, seq)
    write_records(conn, [rec])
    return rec


# -- teams and users ---------------------------------------------------------------------------------

def ensure_team(conn: Connection, seq: SeqAllocator, name: str, team_id: str | None = None) -> str:
    """The team's id; a new team gets `team_id` (or a new id)."""
    row = conn.execute(select(T_TEAM.c.id).where(T_TEAM.c.name == name)).first()
    if row is not None:
        return row[0]
    team_id = team_id or new_id()
    conn.execute(insert(T_TEAM).values(id=team_id, name=name, created_at=utcnow()))
    upsert_record(conn, seq, "team", team_id, {"name": name})
    return team_id


def find_user(conn: Connection, username: str) -> UserInfo:
    u = T_USER.c
    row = conn.execute(select(u.id, u.username, u.display_name, u.role, u.team_id, T_TEAM.c.name)
                       .join_from(T_USER, T_TEAM, u.team_id == T_TEAM.c.id, isouter=True)
                       .where(u.username == username, u.deleted_at.is_(None))).first()
    if row is None:
        raise AdminError(f"no user named '{username}'")
    return UserInfo(*row)


def user_exists(conn: Connection, username: str) -> bool:
    return conn.execute(select(T_USER.c.id).where(T_USER.c.username == username)).first() is not None


def add_user(store: Store, username: str, role: str, team: str | None, display_name: str | None = None,
             phone: str | None = None, email: str | None = None, organisation: str | None = None,
             reachable: str | None = None) -> tuple[UserInfo, str]:
    """Create a user; returns it and its token (shown once, only its hash is kept)."""
    if role not in ROLES:
        raise AdminError(f"unknown role '{role}' (one of {', '.join(ROLES)})")
    if not username or len(username) > 80:
        raise AdminError("a user name is 1 to 80 characters")
    token = new_token()
    with store.write() as (conn, seq):
        if user_exists(conn, username):
            raise AdminError(f"user '{username}' already exists")
        team_id = ensure_team(conn, seq, team) if team else None
        user_id = new_id()
        values = {"username": username, "display_name": display_name or username, "role": role,
                  "team_id": team_id, "phone": phone, "email": email, "reachable": reachable,
                  "organisation": organisation}
        conn.execute(insert(T_USER).values(id=user_id, token_hash=hash_token(token), created_at=utcnow(), **values))
        upsert_record(conn, seq, "user", user_id, values)
    return UserInfo(user_id, username, values["display_name"], role, team_id, team), token


def list_users(store: Store) -> list[dict[str, Any]]:
    u, d = T_USER.c, T_DEVICE.c
    with store.plain() as conn:
        devices: dict[str, int] = {}
        for (user_id,) in conn.execute(select(d.user_id).where(d.revoked_at.is_(None))):
            devices[user_id] = devices.get(user_id, 0) + 1
        rows = conn.execute(select(u.id, u.username, u.display_name, u.role, T_TEAM.c.name, u.deleted_at,
                                   u.disabled_at)
                            .join_from(T_USER, T_TEAM, u.team_id == T_TEAM.c.id, isouter=True)
                            .order_by(u.username)).all()
    return [{"id": r[0], "username": r[1], "display_name": r[2], "role": r[3], "team": r[4],
             "deleted": r[5] is not None, "disabled": r[6] is not None, "devices": devices.get(r[0], 0)}
            for r in rows]


# -- caseload: transfers and deputies -----------------------------------------------------------------

def _scope_users_of_coach(conn: Connection, coach_id: str) -> set[str]:
    """The coach and everyone currently deputising for them: who pulls this coach's clients."""
    rows = conn.execute(select(T_DEPUTY.c.deputy_id).where(T_DEPUTY.c.coach_id == coach_id,
                                                           T_DEPUTY.c.ended_at.is_(None)))
    return {coach_id} | {r[0] for r in rows}


def _find_client(conn: Connection, client: str) -> Rec:
    """A client by id or by BSN."""
    if len(client) == 36:
        rec = load_by_keys(conn, [("client", client)]).get(("client", client))
        if rec is not None:
            return rec
    matches = [r for r in load_table(conn, "client") if r.data.get("bsn") == client]
    if not matches:
        raise AdminError(f"no client with id or BSN '{client}'")
    if len(matches) > 1:
        raise AdminError(f"more than one client with BSN '{client}': use the client id")
    return matches[0]


def transfer_clients(store: Store, to_coach: str, client: str | None = None, from_coach: str | None = None) -> int:
    """Move one client (by id or BSN) or a whole caseload to another coach. Returns the number of clients."""
    if (client is None) == (from_coach is None):
        raise AdminError("give either a client or --from COACH")
    with store.write() as (conn, seq):
        target = find_user(conn, to_coach)
        if target.role != "coach":
            raise AdminError(f"'{to_coach}' is a {target.role}, not a coach")
        if client is not None:
            clients = [_find_client(conn, client)]
        else:
            source = find_user(conn, from_coach or "")
            ids = [r[0] for r in conn.execute(select(T_RECORD.c.row_id).where(
                T_RECORD.c.table_name == "client", T_RECORD.c.owner_id == source.id))]
            clients = list(load_by_keys(conn, [("client", i) for i in ids]).values())
        clients = [c for c in clients if c.owner_id != target.id]
        if not clients:
            return 0
        gaining = _scope_users_of_coach(conn, target.id)
        removals: list[tuple[str, str, str]] = []
        left: dict[str, str] = {}  # client id -> the team it leaves (its team leads get a "remove")
        now = utcnow()
        logs = []
        by_old: dict[str | None, list[str]] = {}
        for rec in clients:
            by_old.setdefault(rec.owner_id, []).append(rec.row_id)
            logs.append({"id": new_id(), "client_id": rec.row_id, "from_user_id": rec.owner_id,
                         "to_user_id": target.id, "at": now})
            fields = {"coach_id": target.id}
            if target.team_id and rec.data.get("team_id") != target.team_id:
                fields["team_id"] = target.team_id
                if rec.data.get("team_id"):
                    left[rec.row_id] = rec.data["team_id"]
            rec.change(fields, SERVER_DEVICE, seq)
        write_records(conn, clients)
        for old, ids in by_old.items():
            losing = (_scope_users_of_coach(conn, old) if old else set()) - gaining
            if losing:
                keys = record_keys_of_clients(conn, ids)
                removals.extend((u, t, r) for u in sorted(losing) for t, r in keys)
        removals.extend(team_lead_removals(conn, left))
        touch_clients(conn, seq, [c.row_id for c in clients])
        write_removals(conn, seq, removals)
        conn.execute(insert(T_TRANSFER), logs)
    return len(clients)


def add_deputy(store: Store, coach: str, deputy: str) -> int:
    """`deputy` deputises for `coach`: all of the coach's client records are re-sent so the deputy pulls them."""
    with store.write() as (conn, seq):
        c, d = find_user(conn, coach), find_user(conn, deputy)
        if c.role != "coach" or d.role != "coach":
            raise AdminError("both the coach and the deputy must be coaches")
        if c.id == d.id:
            raise AdminError("a coach cannot deputise for themselves")
        if c.id in deputised_coaches(conn, d.id):
            raise AdminError(f"'{deputy}' already deputises for '{coach}'")
        conn.execute(insert(T_DEPUTY).values(id=new_id(), coach_id=c.id, deputy_id=d.id, created_at=utcnow()))
        ids = [r[0] for r in conn.execute(select(T_RECORD.c.row_id).where(
            T_RECORD.c.table_name == "client", T_RECORD.c.owner_id == c.id))]
        return touch_clients(conn, seq, ids)


def remove_deputy(store: Store, coach: str, deputy: str) -> int:
    """End a deputyship: the deputy's devices get a "remove" for every record of the coach's clients."""
    with store.write() as (conn, seq):
        c, d = find_user(conn, coach), find_user(conn, deputy)
        ended = conn.execute(update(T_DEPUTY).where(T_DEPUTY.c.coach_id == c.id, T_DEPUTY.c.deputy_id == d.id,
                                                    T_DEPUTY.c.ended_at.is_(None)).values(ended_at=utcnow()))
        if ended.rowcount == 0:
            raise AdminError(f"'{deputy}' does not deputise for '{coach}'")
        ids = [r[0] for r in conn.execute(select(T_RECORD.c.row_id).where(
            T_RECORD.c.table_name == "client", T_RECORD.c.owner_id == c.id))]
        keys = record_keys_of_clients(conn, ids)
        return write_removals(conn, seq, [(d.id, t, r) for t, r in keys])


# -- devices ---------------------------------------------------------------------------------------------

def list_devices(store: Store, username: str | None = None) -> list[dict[str, Any]]:
    d, u = T_DEVICE.c, T_USER.c
    stmt = (select(d.id, u.username, d.name, d.created_at, d.last_seen_at, d.revoked_at)
            .join_from(T_DEVICE, T_USER, d.user_id == u.id).order_by(u.username, d.created_at))
    if username:
        stmt = stmt.where(u.username == username)
    with store.plain() as conn:
        if username:
            find_user(conn, username)
        return [dict(zip(("id", "user", "name", "created_at", "last_seen_at", "revoked_at"), r, strict=True))
                for r in conn.execute(stmt)]


def revoke_devices(store: Store, device_id: str | None = None, username: str | None = None) -> int:
    with store.plain(write=True) as conn:
        stmt = update(T_DEVICE).where(T_DEVICE.c.revoked_at.is_(None))
        if device_id:
            if conn.execute(select(T_DEVICE.c.id).where(T_DEVICE.c.id == device_id)).first() is None:
                raise AdminError(f"no device '{device_id}'")
            stmt = stmt.where(T_DEVICE.c.id == device_id)
        elif username:
            stmt = stmt.where(T_DEVICE.c.user_id == find_user(conn, username).id)
        else:
            raise AdminError("give a device id or --user NAME")
        return conn.execute(stmt.values(revoked_at=utcnow())).rowcount


# -- catalogue -----------------------------------------------------------------------------------------

def central_by_code(conn: Connection, table: str) -> dict[str, Rec]:
    return {rec.data.get("code"): rec for rec in load_table(conn, table)}


def import_instruments(store: Store, rows: Iterable[InstrumentRow]) -> tuple[int, int]:
    """Insert or update instruments by code (rows from sync.catalogue_csv). Returns (inserted, updated).

    A new code gets the id every desktop derives from it (`instrument_id`); a known code is updated in place,
    whatever its id.
    """
    inserted = updated = 0
    with store.write() as (conn, seq):
        existing = central_by_code(conn, "instrument")
        for row in rows:
            fields = row.record()
            rec = existing.get(row.code)
            if rec is None:
                existing[row.code] = upsert_record(conn, seq, "instrument", instrument_id(row.code), fields)
                inserted += 1
            else:
                before = rec.version
                upsert_record(conn, seq, "instrument", rec.row_id, fields, existing=rec)
                updated += rec.version != before
    return inserted, updated


def taxonomy_codes(store: Store) -> set[str]:
    with store.plain() as conn:
        return {c for c in central_by_code(conn, "taxonomy_item") if c}


__all__ = ["AdminError", "UserInfo", "add_user", "list_users", "transfer_clients", "add_deputy", "remove_deputy",
           "list_devices", "revoke_devices", "import_instruments", "upsert_record", "ensure_team", "find_user",
           "taxonomy_codes", "load_by_client_ids"]
