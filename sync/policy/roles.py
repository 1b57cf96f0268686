"""Who writes which records of the absence approach (seed 004), the same on the desktop and the central store.

- coach: their clients' records, but not a team lead's: the admission decision and group on the client row, the
  groups, sessions and attendance (a coach may clear a decision only by proposing the client again);
- team_lead: exactly their own records, for clients of their team: the admission decision and group on the client
  row, groups and sessions of their team, attendance, and the absence a no-show opens (not its follow-up);
- absence_team: the door visit on an absence of a client of their team, nothing else.
The team checks (client of the team) are the caller's: the store knows the teams, the desktop its own rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sync.protocol import ABSENCE_TEAM_WRITABLE, APPROACH_DECISION_FIELDS, TEAM_LEAD_WRITABLE, TEAM_TABLES

TEAM_LEAD_ONLY = frozenset({"approach_attendance"}) | TEAM_TABLES


def _cut(fields: Iterable[str], allowed: frozenset[str] | None) -> list[str]:
    return sorted(set(fields) - (allowed or frozenset()))


def forbidden_fields(role: str, table: str, fields: Mapping[str, Any], op: str) -> list[str]:
    """The fields of this mutation the role may not write ([] when all may be written). A table the role may not
    write at all gives every field (or the table name when the mutation has none)."""
    if role == "team_lead":
        bad = _cut(fields, TEAM_LEAD_WRITABLE.get(table))
        if op == "insert" and table == "client":
            bad = bad or [table]
        return bad or ([table] if table not in TEAM_LEAD_WRITABLE else [])
    if role == "absence_team":
        if op == "insert" or table not in ABSENCE_TEAM_WRITABLE:
            return sorted(fields) or [table]
        return _cut(fields, ABSENCE_TEAM_WRITABLE[table])
    if role == "coach":
        if table in TEAM_LEAD_ONLY:
            return sorted(fields) or [table]
        if table == "client":  # clearing a decision comes with a new proposal; setting one is the team lead's
            return sorted(f for f in APPROACH_DECISION_FIELDS & set(fields) if fields[f] is not None)
    return []
