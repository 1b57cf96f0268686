"""Who may see and change what (DESIGN §1, §4.5), decided on the server from the token alone.

Pull scope, per role:
- everyone: the central tables (team, user, taxonomy_item, instrument);
- coach: every record of the clients owned by them or by a coach they currently deputise for;
- specialist: placements assigned to them (tombstones included); for clients with a live (not deleted)
  placement of theirs: the client row with SPECIALIST_CLIENT_FIELDS only and the agreements marked
  shared with SPECIALIST_AGREEMENT_FIELDS only. Nothing else of the client, ever;
- team_lead: client rows of their team with TEAM_LEAD_CLIENT_FIELDS only; the absence approach's groups and
  sessions of their team, attendance of their team's clients, and those clients' absences with
  ABSENCE_TEAM_ABSENCE_FIELDS only (the no-shows they open);
- absence_team: absences of their team's clients with ABSENCE_TEAM_ABSENCE_FIELDS, and the client rows of those
  with an absence with ABSENCE_TEAM_CLIENT_FIELDS (whom to visit, seed 004);
- coach: also the groups and sessions of their own team (their clients' attendance is theirs already);
- admin: everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, and_, or_, select, true

from sync.protocol import (
    ABSENCE_TEAM_ABSENCE_FIELDS,
    ABSENCE_TEAM_CLIENT_FIELDS,
    CENTRAL_TABLES,
    SPECIALIST_AGREEMENT_FIELDS,
    SPECIALIST_CLIENT_FIELDS,
    TEAM_LEAD_CLIENT_FIELDS,
    TEAM_TABLES,
)

from .models import T_DEPUTY, T_RECORD, T_TRANSFER, T_USER, utcnow
from .records import Rec

TRANSFER_GRACE = timedelta(days=30)
CENTRAL = sorted(CENTRAL_TABLES)


@dataclass(frozen=True)
class Principal:
    user_id: str
    username: str
    display_name: str
    role: str
    team_id: str | None
    device_id: str


def deputised_coaches(conn: Connection, user_id: str) -> set[str]:
    stmt = select(T_DEPUTY.c.coach_id).where(T_DEPUTY.c.deputy_id == user_id, T_DEPUTY.c.ended_at.is_(None))
    return {r[0] for r in conn.execute(stmt)}


def coach_owners(conn: Connection, user_id: str) -> set[str]:
    """The coaches whose caseload this user works on: themselves and whom they deputise for."""
    return {user_id} | deputised_coaches(conn, user_id)


def recently_transferred_away(conn: Connection, user_id: str) -> set[str]:
    """Clients moved away from this coach in the last 30 days: pending edits from them are still taken."""
    stmt = select(T_TRANSFER.c.client_id).where(T_TRANSFER.c.from_user_id == user_id,
                                                 T_TRANSFER.c.at >= utcnow() - TRANSFER_GRACE)
    return {r[0] for r in conn.execute(stmt)}


def team_lead_removals(conn: Connection, left: dict[str, str]) -> list[tuple[str, str, str]]:
    """Clients that left a team (client id -> the team they were in): a "remove" of the client row for every
    team lead of that team. The leads of the new team pull the row anyway (it changed)."""
    if not left:
        return []
    u = T_USER.c
    leads: dict[str, list[str]] = defaultdict(list)
    for user_id, team_id in conn.execute(select(u.id, u.team_id).where(
            u.role == "team_lead", u.deleted_at.is_(None), u.team_id.in_(sorted(set(left.values()))))):
        leads[team_id].append(user_id)
    return [(lead, "client", cid) for cid, team in sorted(left.items()) for lead in sorted(leads[team])]


def pull_scope(p: Principal, walk_seq: bool = False, owners: set[str] | None = None):  # noqa: ANN201
    """The records `p` may pull (a SQL condition over `record`). owners: a coach's `coach_owners`, when
    already known (a plain IN list lets both databases use the (table_name, owner_id) index).
    walk_seq: keep SQLite on the seq index (`table_name || ''` is not indexable, so it does not collect the
    whole scope through other indexes and sort it for every page)."""
    r = T_RECORD.c
    table = r.table_name.concat("") if walk_seq else r.table_name
    central = table.in_(CENTRAL)
    if p.role == "admin":
        return true()
    if p.role == "coach":
        s = T_RECORD.alias("scope_client")
        if owners is not None:
            owned = s.c.owner_id.in_(sorted(owners))
        else:
            owned = and_(s.c.owner_id.is_not(None), or_(s.c.owner_id == p.user_id,
                        s.c.owner_id.in_(select(T_DEPUTY.c.coach_id).where(T_DEPUTY.c.deputy_id == p.user_id,
                                                                            T_DEPUTY.c.ended_at.is_(None)))))
        clients = select(s.c.row_id).where(s.c.table_name == "client", owned)
        if p.team_id:
            return or_(central, r.client_id.in_(clients), and_(table.in_(sorted(TEAM_TABLES)), r.team_id == p.team_id))
        return or_(central, r.client_id.in_(clients))
    if p.role == "specialist":
        s = T_RECORD.alias("scope_placement")
        live = select(s.c.client_id).where(s.c.table_name == "placement", s.c.owner_id == p.user_id,
                                           s.c.deleted_at.is_(None))
        return or_(central,
                   and_(table == "placement", r.owner_id == p.user_id),
                   and_(table == "client", r.row_id.in_(live)),
                   and_(table == "agreement", r.shared.is_(True), r.client_id.in_(live)))
    if p.role in ("team_lead", "absence_team") and p.team_id:
        s = T_RECORD.alias("scope_team")
        team_clients = select(s.c.row_id).where(s.c.table_name == "client", s.c.team_id == p.team_id)
        absences = and_(table == "absence", r.client_id.in_(team_clients))
        if p.role == "absence_team":
            a = T_RECORD.alias("scope_absence")
            with_absence = select(a.c.client_id).where(a.c.table_name == "absence", a.c.deleted_at.is_(None))
            return or_(central, absences, and_(table == "client", r.team_id == p.team_id, r.row_id.in_(with_absence)))
        return or_(central, and_(table == "client", r.team_id == p.team_id),
                   and_(table.in_(sorted(TEAM_TABLES)), r.team_id == p.team_id),
                   and_(table == "approach_attendance", r.client_id.in_(team_clients)), absences)
    return central


def projection(role: str) -> dict[str, frozenset[str]]:
    """Tables whose fields are cut down for this role: table -> the fields that may travel."""
    if role == "specialist":
        return {"client": SPECIALIST_CLIENT_FIELDS, "agreement": SPECIALIST_AGREEMENT_FIELDS}
    if role == "team_lead":
        return {"client": TEAM_LEAD_CLIENT_FIELDS, "absence": ABSENCE_TEAM_ABSENCE_FIELDS}
    if role == "absence_team":
        return {"client": ABSENCE_TEAM_CLIENT_FIELDS, "absence": ABSENCE_TEAM_ABSENCE_FIELDS}
    return {}


def specialist_views(recs: Iterable[Rec]) -> dict[str, dict[str, set[tuple[str, str]]]]:
    """client_id -> specialist_id -> record keys that specialist sees of that client."""
    by_client: dict[str, list[Rec]] = defaultdict(list)
    for rec in recs:
        if rec.client_id and rec.table in ("client", "placement", "agreement"):
            by_client[rec.client_id].append(rec)
    out: dict[str, dict[str, set[tuple[str, str]]]] = {}
    for cid, items in by_client.items():
        view: dict[str, set[tuple[str, str]]] = defaultdict(set)
        live = set()
        for rec in items:
            if rec.table == "placement" and rec.owner_id:
                view[rec.owner_id].add(rec.key)
                if not rec.deleted:
                    live.add(rec.owner_id)
        placements: dict[str, set[str]] = defaultdict(set)
        for rec in items:
            if rec.table == "placement" and rec.owner_id:
                placements[rec.owner_id].add(rec.row_id)
        shared = [rec for rec in items if rec.table == "agreement" and rec.shared]
        for spec in live:
            view[spec].add(("client", cid))
            view[spec].update(a.key for a in shared if agreement_for(a.data, spec, placements[spec]))
        out[cid] = view
    return out


def agreement_for(data: dict, specialist_id: str, own_placements: set[str]) -> bool:
    """Whether a shared agreement is one for this specialist: made for one of their placements, or naming
    them, or tied to no placement and no specialist (shared with whoever works with the client). Another
    specialist's agreement on the same client is not theirs to see."""
    placement, named = data.get("placement_id"), data.get("specialist_id")
    if placement is None and named is None:
        return True
    return placement in own_placements or named == specialist_id
