"""What every report reads: the live records of the clients in scope, loaded once per request.

A report never sees a name or BSN: `client_fields` keeps only the client fields reports count with, and
rows of the other tables are kept for the clients in scope only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from sync.jsontext import loads
from sync.protocol import CENTRAL_TABLES, TEAM_TABLES

from ..models import T_RECORD, T_TEAM, T_USER

# The client fields any report may use (never a name, BSN, address or contact detail).
CLIENT_FIELDS = ("coach_id", "team_id", "benefit_status", "benefit_start", "benefit_end",
                 "werknl_registered_on", "werknl_exempt", "werknl_letter_sent_on", "werknl_called_back_on",
                 "werknl_phoned_on", "werknl_binding_decision_on", "werknl_hearing_offered_on", "werknl_sanction_on",
                 "approach_group_id")
RUNNING_BENEFIT = ("applicant", "active")
ENDED_BENEFIT = ("ended", "aftercare")


@dataclass(frozen=True)
class Scope:
    """Whose clients a report counts: a team (None: all teams), and/or one coach's own caseload."""

    team_id: str | None = None
    coach_id: str | None = None
    own_caseload: bool = False  # the viewer is this coach: no small-cell suppression


@dataclass
class Dataset:
    start: date
    end: date
    today: date
    clients: dict[str, dict[str, Any]]  # client id -> CLIENT_FIELDS
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> live rows of clients in scope
    teams: dict[str, str] = field(default_factory=dict)  # team id -> name
    users: dict[str, str] = field(default_factory=dict)  # user id -> user name (staff, never clients)

    def table(self, name: str) -> list[dict[str, Any]]:
        return self.rows.get(name, [])

    def by_client(self, name: str) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self.table(name):
            out[row["client_id"]].append(row)
        return out

    def in_period(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def day(value: Any) -> date | None:
    """A stored date (or the date part of a stored datetime) as a date; None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def months(start: date, end: date) -> Iterator[str]:
    """'YYYY-MM' of every month the period touches, in order."""
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield f"{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def load(conn: Connection, scope: Scope, start: date, end: date, today: date, tables: Iterable[str]) -> Dataset:
    r = T_RECORD.c
    stmt = select(r.row_id, r.data).where(r.table_name == "client", r.deleted_at.is_(None))
    if scope.team_id:
        stmt = stmt.where(r.team_id == scope.team_id)
    if scope.coach_id:
        stmt = stmt.where(r.owner_id == scope.coach_id)
    clients = {}
    for row_id, data in conn.execute(stmt):
        d = loads(data)
        clients[row_id] = {k: d.get(k) for k in CLIENT_FIELDS}
    ds = Dataset(start, end, today, clients)
    for table in sorted(set(tables)):
        stmt = select(r.row_id, r.client_id, r.team_id, r.data).where(r.table_name == table, r.deleted_at.is_(None))
        rows = []
        for row_id, client_id, team_id, data in conn.execute(stmt):
            # a team's own rows (absence-approach groups and sessions) follow the team filter
            team_row = table in TEAM_TABLES and (not scope.team_id or team_id == scope.team_id)
            if client_id in clients or table in CENTRAL_TABLES or team_row:
                d = loads(data)
                d["id"] = row_id
                rows.append(d)
        ds.rows[table] = rows
    ds.teams = {i: n for i, n in conn.execute(select(T_TEAM.c.id, T_TEAM.c.name))}
    ds.users = {i: n for i, n in conn.execute(select(T_USER.c.id, T_USER.c.username))}
    return ds
