"""`absence-approach` (seed 004, Verzuimaanpak): per group — participants, outflow to work or otherwise,
sanction considerations, hearings and sanctions, in the words the council was given (70 participants,
24 outflow, 52 considerations, 43 sanctions); and the group meetings, no-shows and door visits.

A group is an absence-approach group a team lead formed ("Team: group name"); clients in no group are counted
per team, as before groups existed ("Team").
- participants: in a group: its members when the group started by the period's end; else clients with a missed
  activity (`absence.missed_on`) in the period;
- outflow: of them, whose benefit ended (status ended or aftercare) on or after the group's start (else their first
  absence in the period) and by its end; `outflow_work` when one of their placements ended with outcome work, else
  `outflow_other`;
- considerations / hearings: absences whose sanction was considered / hearing offered in the period;
- sanctions: absences closed in the period with the decision "sanction" (not explained by circumstances);
- sessions / no_shows / door_visits: group meetings held in the period (of groups with members in scope), no-shows (not called off) at them, and the
  door visits in the period of the absences those no-shows opened."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from .data import ENDED_BENEFIT, Dataset, day

NAME = "absence-approach"
TABLES = ("absence", "placement", "approach_group", "approach_session", "approach_attendance")
COLUMNS = ("group", "participants", "outflow", "outflow_work", "outflow_other", "considerations", "hearings",
           "sanctions", "sessions", "no_shows", "door_visits")
COUNTS = COLUMNS[1:]
MEANS: dict[str, str] = {}
NO_TEAM = "-"


def compute(ds: Dataset) -> list[dict[str, Any]]:
    to_work = {p["client_id"] for p in ds.table("placement") if p.get("outcome") == "work"}
    groups = {g["id"]: g for g in ds.table("approach_group")}

    def team_of(team_id: Any) -> str:
        return ds.teams.get(team_id or "", NO_TEAM)

    def group_of(cid: str) -> str:
        client = ds.clients[cid]
        g = groups.get(client.get("approach_group_id") or "")
        return f"{team_of(g.get('team_id'))}: {g.get('name')}" if g else team_of(client.get("team_id"))

    first: dict[str, date] = {}
    cells: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for cid, client in ds.clients.items():  # members of a group that has started
        g = groups.get(client.get("approach_group_id") or "")
        started = day(g.get("starts_on")) if g else None
        if started is not None and started <= ds.end:
            first[cid] = started
    grouped = set(first)  # their first day is the group's start
    for a in ds.table("absence"):
        cell = cells[group_of(a["client_id"])]
        missed = day(a.get("missed_on"))
        if ds.in_period(missed) and a["client_id"] not in grouped:
            assert missed is not None
            prev = first.get(a["client_id"])
            first[a["client_id"]] = min(prev, missed) if prev else missed
        cell["considerations"] += ds.in_period(day(a.get("sanction_considered_on")))
        cell["hearings"] += ds.in_period(day(a.get("hearing_offered_on")))
        if (ds.in_period(day(a.get("closed_on"))) and a.get("sanction_decision") == "sanction"
                and not a.get("explained_by_circumstances")):
            cell["sanctions"] += 1
    for cid, first_day in first.items():
        client = ds.clients[cid]
        cell = cells[group_of(cid)]
        cell["participants"] += 1
        ended = day(client.get("benefit_end"))
        if client.get("benefit_status") in ENDED_BENEFIT and ended and first_day <= ended <= ds.end:
            cell["outflow"] += 1
            cell["outflow_work" if cid in to_work else "outflow_other"] += 1
    # a group's meetings count where its members are counted (a coach's own caseload: their clients' groups)
    in_scope = {c.get("approach_group_id") for c in ds.clients.values()} & set(groups)
    sessions = {x["id"]: x for x in ds.table("approach_session") if x.get("group_id") in in_scope}
    held = {sid for sid, x in sessions.items() if ds.in_period(day(x.get("starts_at")))}
    for sid in held:
        g = groups[sessions[sid]["group_id"]]
        cells[f"{team_of(g.get('team_id'))}: {g.get('name')}"]["sessions"] += 1
    absences = {a["id"]: a for a in ds.table("absence")}
    for m in ds.table("approach_attendance"):
        if m.get("session_id") not in held or m.get("status") != "no_show":
            continue
        cell = cells[group_of(m["client_id"])]
        cell["no_shows"] += 1
        visited = absences.get(m.get("absence_id") or "", {})
        cell["door_visits"] += ds.in_period(day(visited.get("door_visit_on")))
    return [{"group": g, **cells[g]} for g in sorted(cells)]

