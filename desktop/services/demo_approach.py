"""The demo caseload's absence approach (seed 004): the admitted clients (demo_data._Generator.approach gave each
their group, at most 22 to a group) meet in a series of group meetings, some already held with attendance; a
no-show without calling off opens an absence, and the absence team's door visit follows for most of them."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta

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
from sync.policy.roles import forbidden_fields

from .context import Actor

GROUP_MAX = 22
MIN_PARTICIPANTS = 6  # the first admitted clients are made sure of: the demo always shows a group
# (topic, days after the group's start): three held, one still to come
SERIES = (("cv", 0), ("application", 7), ("motivation", 14), ("application", 28))
ACTIVITY = {"cv": "Verzuimaanpak: cv-training", "application": "Verzuimaanpak: sollicitatietraining",
            "motivation": "Verzuimaanpak: motivatie en werknemersvaardigheden"}
FINDINGS = ("Niet thuis; kaartje achtergelaten met het verzoek de begeleider te bellen.",
            "Thuis getroffen; had zich verslapen en wist niet dat afmelden nodig was.",
            "Buurvrouw vertelde dat hij op familiebezoek is; terugkoppeling aan de begeleider.")


def _weekday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def add_approach_groups(s: Session, actor: Actor, team_id: str | None, group_ids: list[str], rng: random.Random,
                        today: date) -> int:
    """The groups the generator placed admitted clients in, their sessions and attendance; returns the rows added."""
    rows = 0
    start = _weekday(today - timedelta(days=18))
    for n, gid in enumerate(group_ids):
        members = list(s.scalars(select(Client).where(Client.approach_group_id == gid).order_by(Client.id)))
        group = ApproachGroup(id=gid, team_id=team_id, name=f"Verzuimaanpak groep {n + 1}", starts_on=start)
        s.add(group)
        s.flush()
        rows += 1
        no_show_made = visited = False
        for topic, offset in SERIES:
            on = _weekday(start + timedelta(days=offset))
            sess = ApproachSession(id=new_id(), group_id=group.id, team_id=team_id, topic=topic,
                                   starts_at=datetime.combine(on, time(10)), place="Wijkkantoor Feijenoord")
            s.add(sess)
            s.flush()
            rows += 1
            if on >= today:
                continue
            for i, c in enumerate(members):
                roll = rng.random()
                status = "no_show" if roll < 0.1 or (not no_show_made and i == len(members) - 1) else \
                    "called_off" if roll < 0.2 else "present"
                absence_id = None
                if status == "no_show":
                    no_show_made = True
                    ab = Absence(id=new_id(), client_id=c.id, activity=ACTIVITY[topic], missed_on=on, notified=False)
                    if (not visited or rng.random() < 0.7) and on + timedelta(days=1) <= today:
                        ab.door_visit_on = min(today, on + timedelta(days=rng.randint(1, 3)))
                        ab.door_visit_findings = rng.choice(FINDINGS)
                        visited = True
                    s.add(ab)
                    s.flush()
                    absence_id = ab.id
                    rows += 1
                s.add(ApproachAttendance(id=new_id(), client_id=c.id, session_id=sess.id, status=status,
                                         absence_id=absence_id, recorded_by=actor.username))
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
