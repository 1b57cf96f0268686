"""When the central store was restored to an older point: keep this device's work and send it again.

The device notices it by the store's epoch (every answer carries it, server/epoch.py) or by its cursor
being ahead of the store (410 stale_cursor). It then does a full restore from the store, as after any
doubt, and before swapping the new file in compares it with the old one, row by row:

* unsent changes (the outbox) are replayed onto the new file as always (client._replay_local_work);
* a row this device held at a version the store does not have (missing there, or older there) holds
  changes the store has lost: its values are kept in the new file and queued again, as an insert of the
  whole row (missing there) or as an update of the fields that differ on the version the store has now.

Rows the store has at the same or a newer version are the store's: nothing is queued for them.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update

from desktop.models import Database
from desktop.models.base import utcnow
from desktop.models.entities import TABLES, OutboxMutation
from desktop.models.outbox import ORDER, get_setting, row_fields, set_setting
from sync.ids import new_mutation_id

log = logging.getLogger(__name__)


class StoreRestored(Exception):
    """The store answered with another epoch than the one this device synced with."""

    def __init__(self, epoch: str) -> None:
        super().__init__(f"the central store has a new epoch ({epoch})")
        self.epoch = epoch


def requeue_lost(old: Database, new: Database) -> int:
    """Queue in `new` (restored from the store, outbox replayed) every change of `old` the store lacks; apply
    its values in `new` so the user keeps seeing them. Returns the number of mutations queued."""
    queued: list[dict[str, Any]] = []
    with old.session() as was, new.session() as s:
        s.info["sync_apply"] = True  # the outbox rows are written here, not by the flush hook
        pending: dict[str, list[dict[str, Any]]] = {}
        pending_ids: dict[str, list[str]] = {}
        for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == "pending")
                           .order_by(OutboxMutation.seq)):
            pending.setdefault(m.row_id, []).append(json.loads(m.fields_json))
            pending_ids.setdefault(m.row_id, []).append(m.mutation_id)
        device = get_setting(s, "device_id") or "unknown"
        schema = get_setting(s, "schema_version") or "0"
        seq = max(int(get_setting(s, "outbox_seq") or 0),
                  s.scalar(select(OutboxMutation.seq).order_by(OutboxMutation.seq.desc()).limit(1)) or 0)
        dropped: list[str] = []
        now = utcnow()
        for table in sorted(TABLES, key=lambda t: ORDER.get(t, 99)):
            model = TABLES[table]
            if model.CENTRAL:
                continue  # the store's own tables: a device never sends them
            columns = [c.key for c in inspect(model).column_attrs]
            theirs = {obj.id: obj for obj in s.scalars(select(model))}
            for mine in was.scalars(select(model).where(model.version > 0)):
                have = theirs.get(mine.id)
                waiting = pending.get(mine.id, [])
                unsent = {k for fields in waiting for k in fields}
                if have is None or have.version == 0:
                    # The store lost the row (a version-0 row in `new` exists only through the replay of an
                    # unsent update of it). One insert of the whole row with the unsent values on top; those
                    # unsent mutations go (the store would refuse an update of a row it does not have).
                    dropped += pending_ids.get(mine.id, [])
                    if have is None:
                        have = model(id=mine.id)
                        s.add(have)
                    for k in columns:
                        if k not in ("id", "updated_at") and k not in unsent:
                            setattr(have, k, getattr(mine, k))
                    have.version = 0
                    op, base, send = "insert", 0, row_fields(have)
                elif have.version < mine.version:
                    current = row_fields(have)
                    send = {k: v for k, v in row_fields(mine).items() if k not in unsent and current.get(k) != v}
                    if not send:
                        continue
                    for k in send:
                        setattr(have, k, getattr(mine, k))
                    op, base = "update", have.version
                else:
                    continue
                queued.append({"mutation_id": new_mutation_id(), "device_id": device, "seq": 0, "table_name": table,
                               "row_id": mine.id, "op": op, "fields_json": json.dumps(send, ensure_ascii=False),
                               "base_version": base, "schema_version": schema, "created_at": now,
                               "state": "pending", "reject_reason": None})
        s.flush()
        if dropped:
            s.execute(delete(OutboxMutation).where(OutboxMutation.mutation_id.in_(dropped)))
        if queued:
            # What the store lost goes first (a client before the unsent conversation that refers to it),
            # then the unsent work, renumbered after it. Those get new mutation ids too (the store hashes
            # the sequence number with the content): none was applied by the restored store, since the
            # epoch is checked before anything is pushed.
            waiting_rows = s.execute(select(OutboxMutation.mutation_id).where(OutboxMutation.state == "pending")
                                     .order_by(OutboxMutation.seq)).scalars().all()
            for m in queued:
                seq += 1
                m["seq"] = seq
            s.execute(insert(OutboxMutation.__table__), queued)
            for mutation_id in waiting_rows:
                seq += 1
                s.execute(update(OutboxMutation.__table__).where(
                    OutboxMutation.__table__.c.mutation_id == mutation_id).values(mutation_id=new_mutation_id(), seq=seq))
            set_setting(s, "outbox_seq", str(seq))
    if queued:
        log.warning("the central store lacked %d of this device's changes; they are queued again", len(queued))
    return len(queued)
