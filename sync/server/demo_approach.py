"""The central demo's absence approach (seed 004), as the team lead and the absence team would have written it:
some active clients proposed by their coach and admitted by the team lead into one group, its meetings with
attendance, the no-shows' absences and the absence team's door visits (sync/demo_approach.py, the plan the
desktop's demo uses too). The team lead's fields and rows carry the team lead's name, as their device writes
them; a coach pulls the group and meetings with the team and the rest with their clients."""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any

from sync import demo_approach as plan

from .db import Numbers
from .models import new_id
from .records import Rec, new_rec


def _wire(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in fields.items()}


def add_approach(recs: list[Rec], clients: list[Rec], team_id: str, lead: str, rng: random.Random, today: date,
                 seq: Numbers) -> int:
    """One group of at most plan.GROUP_MAX of these (new, active) client records, changed in place; the group's
    records appended to `recs`. Returns the number of participants."""
    members = [c for c in clients if c.data.get("benefit_status") == "active"
               and not c.data.get("work_duty_exemption_until")][:plan.GROUP_MAX]
    if not members:
        return 0
    group_id = new_id()
    for c in members:
        fields = _wire(plan.admission(rng, today, lead, group_id))
        c.data.update(fields)
        c.fv.update(dict.fromkeys(fields, 1))
    recs.append(new_rec("approach_group", group_id, {"team_id": team_id, "name": "Verzuimaanpak groep 1",
                                                     "starts_on": plan.group_start(today).isoformat()}, "server", seq))
    for table, fields in plan.group_rows(group_id, team_id, sorted(c.row_id for c in members), rng, today, lead,
                                         new_id):
        row_id = fields.pop("id")
        recs.append(new_rec(table, row_id, _wire(fields), "server", seq))
    return len(members)
