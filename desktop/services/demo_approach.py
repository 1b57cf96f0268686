"""The demo caseload's absence approach (seed 004): the admitted clients (demo_data._Generator.approach gave each
their group, at most 22 to a group) meet in a series of group meetings, some already held with attendance; a
no-show without calling off opens an absence, and the absence team's door visit follows for most of them."""

from __future__ import annotations

import json
import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import new_id
from desktop.models.entities import (
    Absence,
    ApproachAttendance,
    ApproachGroup,
    ApproachSession,
    Client,
    OutboxMutation,
)
from sync import demo_approach as plan
from sync.demo_approach import GROUP_MAX as GROUP_MAX  # demo_data's, with the plan
from sync.policy.roles import forbidden_fields

from .context import Actor

MIN_PARTICIPANTS = 6  # the first admitted clients are made sure of: the demo always shows a group
ENTITY = {"approach_session": ApproachSession, "absence": Absence, "approach_attendance": ApproachAttendance}


def add_approach_groups(s: Session, actor: Actor, team_id: str | None, group_ids: list[str], rng: random.Random,
                        today: date) -> int:
    """The groups the generator placed admitted clients in, their sessions and attendance (sync/demo_approach.py,
    which the central store's demo uses too); returns the rows added."""
    rows = 0
    for n, gid in enumerate(group_ids):
        members = list(s.scalars(select(Client.id).where(Client.approach_group_id == gid).order_by(Client.id)))
        s.add(ApproachGroup(id=gid, team_id=team_id, name=f"Verzuimaanpak groep {n + 1}",
                            starts_on=plan.group_start(today)))
        s.flush()
        rows += 1
        for table, fields in plan.group_rows(gid, team_id, members, rng, today, actor.username, new_id):
            s.add(ENTITY[table](**fields))
            if table != "approach_attendance":
                s.flush()  # written before the attendance that points to it
            rows += 1
    s.flush()
    return rows


def unqueue_others_records(s: Session, role: str) -> int:
    """The demo holds the team lead's records too (admissions, groups, meetings, attendance): on this device they
    stand as if pulled from the central store, never queued for it — the role may not send them
    (sync/policy/roles.py), so the coach's first sync is clean. Returns how many queued changes were dropped."""
    dropped = 0
    for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == "pending",
                                                    OutboxMutation.table_name.in_(("client", "approach_group",
                                                                                   "approach_session",
                                                                                   "approach_attendance")))):
        fields = json.loads(m.fields_json)
        set_fields = {f: v for f, v in fields.items() if v is not None and v is not False}
        bad = forbidden_fields(role, m.table_name, set_fields, m.op)
        if not bad:
            continue
        if m.table_name == "client":  # the coach's own part of the row still goes
            m.fields_json = json.dumps({f: v for f, v in fields.items() if f not in bad}, ensure_ascii=False)
        else:
            s.delete(m)
            dropped += 1
    return dropped
