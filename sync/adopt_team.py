"""Work made before this device knew its team (demo data or an import before the first sync) was filed under
a team invented locally. The central store refuses clients in a team that does not exist or is not the
coach's (issue 13), so at the handshake, which names the user's team, such clients move to it: in the local
rows and in the changes not yet pushed. Audit events of that time take the signed-in identity the same way
(adopt_local_identity)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from desktop.models import Database
from desktop.models.entities import AuditEvent, Client, OutboxMutation, Team, User
from desktop.models.outbox import get_setting, set_setting


def adopt_local_team(db: Database, team_id: str | None) -> int:
    """Move clients of never-synced local teams to `team_id`; returns the number of queued changes rewritten."""
    if team_id is None:
        return 0
    with db.session() as s:
        local = sorted(set(s.scalars(select(Team.id).where(Team.version == 0, Team.id != team_id))))
        if not local or not _filed_under(s, local, (Client, User)):
            return 0  # none, or adopted already (at sign-in): the queued rows moved with the local ones
        s.info["sync_apply"] = True  # rows rewritten in place; their own inserts are still queued
        for model in (Client, User):
            s.execute(update(model).where(model.team_id.in_(local)).values(team_id=team_id))
        # In SQL, not row by row: a first sync of an offline caseload has thousands of queued clients. They
        # are found through the outbox's row id index (one probe per client row) instead of a scan of every
        # queued change (each page decrypted): 30 ms instead of 130 ms for 50,000 queued changes.
        outbox = OutboxMutation.__table__
        team_of = func.json_extract(outbox.c.fields_json, "$.team_id")
        changed = s.execute(update(outbox).where(
            outbox.c.row_id.in_(select(Client.id)), outbox.c.table_name == "client", outbox.c.state == "pending",
            team_of.in_(local)).values(
            fields_json=func.json_set(outbox.c.fields_json, "$.team_id", team_id))).rowcount
    return changed


def needs_adoption(db: Database) -> bool:
    """Whether a client is still filed under a never-synced local team: the next sync must ask the handshake
    for the user's team before it pushes (cheap: one indexed probe)."""
    with db.session() as s:
        return _filed_under(s, select(Team.id).where(Team.version == 0), (Client,))


def _filed_under(s: Session, teams: Any, models: tuple[type[Client] | type[User], ...]) -> bool:
    """Whether a row of `models` is filed under one of `teams` (ids, or a select of them): a probe per model
    that stops at the first row."""
    return any(s.scalar(select(m.id).where(m.team_id.in_(teams)).limit(1)) is not None for m in models)


IDENTITY_ADOPTED = "identity_adopted"  # setting: the identity the queued audit events were last given


def adopt_local_identity(db: Database, user_id: str, username: str) -> int:
    """Audit events written before this device knew its user (offline work before the first sign-in) name the
    identity it had then. The store stamps every pushed event with the signed-in user and device
    (sync/server/audit.py), so at the handshake the events not yet pushed take that identity here too, in the
    local rows and in their queued inserts: the device's copy is then the stored one, and the first sync does
    not download them all again. Returns the number of queued inserts rewritten.

    Once per identity: the events made after it are made by the signed-in user. A handshake runs at every
    sync, and the outbox of a first sync holds tens of thousands of changes: the events are found from their
    own table (not pushed yet: version 0) with one probe each into the queue's row-id index, never by a scan
    of the queue."""
    with db.session() as s:
        device_id = get_setting(s, "device_id")
        if not device_id:
            return 0
        mark = json.dumps([user_id, username, device_id])
        if get_setting(s, IDENTITY_ADOPTED) == mark:
            return 0
        t, outbox = AuditEvent.__table__, OutboxMutation.__table__
        queued = exists().where(outbox.c.row_id == t.c.id, outbox.c.table_name == "audit_event",
                                outbox.c.state == "pending")
        other = (t.c.version == 0) & queued & (
            t.c.user_id.is_distinct_from(user_id) | (t.c.username != username) | (t.c.device_id != device_id))
        s.info["sync_apply"] = True  # rows rewritten in place; their own inserts are still queued
        changed = s.execute(update(outbox).where(
            outbox.c.row_id.in_(select(t.c.id).where(other)), outbox.c.table_name == "audit_event",
            outbox.c.state == "pending").values(fields_json=func.json_set(
                outbox.c.fields_json, "$.user_id", user_id, "$.username", username, "$.device_id", device_id))).rowcount
        s.execute(update(t).where(other).values(user_id=user_id, username=username, device_id=device_id))
        set_setting(s, IDENTITY_ADOPTED, mark)
    return changed
