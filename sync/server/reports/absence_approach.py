"""`absence-approach` (seed 004, Verzuimaanpak): per group (team) — participants, outflow to work or otherwise,
sanction considerations, hearings and sanctions, in the words the council was given (70 participants,
24 outflow, 52 considerations, 43 sanctions).

- participants: clients with a missed activity (`absence.missed_on`) in the period;
- outflow: of them, whose benefit ended (status ended or aftercare) on or after their first absence in the
  period and by its end; `outflow_work` when one of their placements ended with outcome work, else
  `outflow_other`;
- considerations / hearings: absences whose sanction was considered / hearing offered in the period;
- sanctions: absences closed in the period with the decision "sanction" (not explained by circumstances)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from .data import ENDED_BENEFIT, Dataset, day

NAME = "absence-approach"
TABLES = ("absence", "placement")
COLUMNS = ("group", "participants", "outflow", "outflow_work", "outflow_other", "considerations", "hearings",
           "sanctions")
COUNTS = COLUMNS[1:]
MEANS: dict[str, str] = {}
NO_TEAM = "-"


def compute(ds: Dataset) -> list[dict[str, Any]]:
    to_work = {p["client_id"] for p in ds.table("placement") if p.get("outcome") == "work"}
    first: dict[str, date] = {}
    cells: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for a in ds.table("absence"):
        client = ds.clients[a["client_id"]]
        group = ds.teams.get(client.get("team_id") or "", NO_TEAM)
        cell = cells[group]
        missed = day(a.get("missed_on"))
        if ds.in_period(missed):
            assert missed is not None
            prev = first.get(a["client_id"])
            first[a["client_id"]] = min(prev, missed) if prev else missed
        cell["considerations"] += ds.in_period(day(a.get("sanction_considered_on")))
        cell["hearings"] += ds.in_period(day(a.get("hearing_offered_on")))
        if (ds.in_period(day(a.get("closed_on"))) and a.get("sanction_decision") == "sanction"
                and not a.get("explained_by_circumstances")):
            cell["sanctions"] += 1
    for cid, first_missed in first.items():
        client = ds.clients[cid]
        cell = cells[ds.teams.get(client.get("team_id") or "", NO_TEAM)]
        cell["participants"] += 1
        ended = day(client.get("benefit_end"))
        if client.get("benefit_status") in ENDED_BENEFIT and ended and first_missed <= ended <= ds.end:
            cell["outflow"] += 1
            cell["outflow_work" if cid in to_work else "outflow_other"] += 1
    return [{"group": g, **cells[g]} for g in sorted(cells)]
