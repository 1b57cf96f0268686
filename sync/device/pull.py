"""Incremental pull: the changes after this device's cursor, page by page, into the live file."""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.models.base import utcnow
from desktop.models.entities import TABLES, SyncConflict
from desktop.models.outbox import get_setting, set_setting
from sync import clock

from .base import ClientBase, SyncResult
from .values import BLANK_ROWS, from_wire

if TYPE_CHECKING:
    from sync.protocol import Change, PullResponse

log = logging.getLogger("sync.client")


class PullMixin(ClientBase):
    def pull(self, result: SyncResult | None = None, want_counts: bool = False) -> dict[str, int] | None:
        """Pull pages until done; each page and its cursor are committed together (resumable). What this
        device pushed itself is left out by the store (no echo). Returns the store's counts (last page)."""
        result = result or SyncResult()
        # Imported here: a restore reads its pages as plain data and needs no pydantic.
        from sync.protocol import PullResponse

        with self.db.session() as s:
            cursor = int(get_setting(s, "sync_cursor") or 0)

        def fetch(after: int) -> PullResponse:
            params: dict[str, Any] = {"limit": self.page_size, "counts": 1 if want_counts else 0, "skip_own": 1}
            if after:
                params["cursor"] = after
            return PullResponse.model_validate_json(self._call("GET", "/sync/pull", params=params).content)

        # The next page is fetched while this one is applied: the server's work and ours overlap.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wijkdesk-pull") as pool:
            upcoming = pool.submit(fetch, cursor)
            while True:
                page = upcoming.result()
                if page.has_more:
                    upcoming = pool.submit(fetch, page.cursor)
                with self.db.session() as s:  # a page and its cursor in one transaction
                    s.info["sync_apply"] = True
                    self._apply_rows(s, page.changes, result)
                    set_setting(s, "sync_cursor", str(page.cursor))
                self.progress("pull", result.pulled + result.removed, None)
                if not page.has_more:
                    return page.counts

    def _apply_rows(self, s: Session, changes: list[Change], result: SyncResult) -> None:
        """An incremental page: Core statements, and our own changes coming back are skipped."""
        conn = s.connection()
        # The page's ids as one JSON text: one plain statement per table, not an IN list compiled per chunk.
        ids = orjson.dumps([str(c.row_id) for c in changes]).decode()
        pending: dict[str, set[str]] = {}
        local: dict[str, int] = {}
        for row_id, fields_json in conn.exec_driver_sql(
                "SELECT row_id, fields_json FROM outbox WHERE state = 'pending' "
                "AND row_id IN (SELECT value FROM json_each(?))", (ids,)):
            pending.setdefault(row_id, set()).update(json.loads(fields_json))
        for table in {c.table for c in changes if c.table in TABLES}:
            local.update(conn.exec_driver_sql(f'SELECT id, version FROM "{TABLES[table].__tablename__}" '
                                              "WHERE id IN (SELECT value FROM json_each(?))", (ids,)).all())
        now = utcnow()
        inserts: dict[str, list[dict[str, Any]]] = {}
        for ch in changes:
            model = TABLES.get(ch.table)
            if model is None:
                continue
            t = model.__table__
            row_id = str(ch.row_id)
            if ch.op == "remove":
                conn.execute(delete(t).where(t.c.id == row_id))
                # The outbox keeps its rows: a change still pending is pushed (and parked by the central store
                # when access ended), a refused one stays in the refused list until the user dismisses it.
                conn.execute(delete(SyncConflict.__table__).where(SyncConflict.__table__.c.row_id == row_id))
                local.pop(row_id, None)
                result.removed += 1
                continue
            result.pulled += 1
            have = local.get(row_id)
            if have is not None and have >= ch.version and row_id not in pending:
                continue  # our own push coming back, or already applied
            values = from_wire(ch.table, ch.fields or {})
            if "code" in values and ch.table in ("taxonomy_item", "instrument"):
                # The central row replaces a default loaded locally under another id.
                conn.execute(delete(t).where(t.c.code == values["code"], t.c.id != row_id))
            if have is None:
                row = BLANK_ROWS[ch.table].copy()
                row.update(values)
                row["id"], row["version"], row["updated_at"] = row_id, ch.version, now
                inserts.setdefault(ch.table, []).append(row)
                local[row_id] = ch.version
                continue
            keep = pending.get(row_id, set())  # our own unpushed values win until pushed
            values = {k: v for k, v in values.items() if k not in keep}
            conn.execute(update(t).where(t.c.id == row_id).values(**values, version=ch.version, updated_at=now))
            local[row_id] = ch.version
        for table, rows in inserts.items():
            conn.execute(insert(TABLES[table].__table__).prefix_with("OR REPLACE"), rows)

    def integrity_ok(self, counts: dict[str, int]) -> bool:
        with self.db.session() as s:
            set_setting(s, "integrity_checked_at", str(clock.now_utc().timestamp()))
            for table, expected in counts.items():
                model = TABLES.get(table)
                if model is None:
                    continue
                have = s.scalar(select(func.count()).select_from(model).where(model.version > 0)) or 0
                if have != expected:
                    log.warning("integrity: table %s has %d synced rows, server says %d", table, have, expected)
                    return False
        return True

