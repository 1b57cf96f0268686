"""Push: the outbox goes to the central store in order, one batch per request, and each answer is stored."""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson
from sqlalchemy import bindparam, func, insert, select, tuple_, update

from desktop.models.base import utcnow
from desktop.models.entities import TABLES, OutboxMutation, SyncConflict
from desktop.models.outbox import get_setting
from sync.contract import PROTOCOL_VERSION, TABLE_FIELDS

from .base import ClientBase, SyncError, SyncResult
from .values import from_wire

if TYPE_CHECKING:
    from sync.protocol import PushResponse


class OutboxRow(NamedTuple):
    """An outbox row as the push reads it (the columns of _push_batch's select, in order)."""

    mutation_id: str
    device_id: str
    seq: int
    table_name: str
    row_id: str
    op: str
    fields_json: str
    base_version: int
    schema_version: str



class PushMixin(ClientBase):
    def push(self, result: SyncResult | None = None) -> SyncResult:
        """Send the pending outbox in order, one batch per request, never one before the previous answer (the
        server applies in order). Everything else is a worker's, off the path from one answer to the next
        request: it reads and encodes the next batch while the server applies this one, and it checks and
        stores each answer while the next batch is on its way. A malformed answer is noticed one request
        later; its batch was applied by the store all the same, and its rows stay pending until an answer is
        stored (sent again, the store answers them from its record of mutation ids)."""
        result = result or SyncResult()
        with self.db.session() as s:
            server_max = int(get_setting(s, "max_push_batch") or 500)  # 500: what every server takes
        size = max(1, min(self.push_batch, server_max))
        done = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wijkdesk-push") as worker:
            storing: Future[None] | None = None
            try:
                upcoming = worker.submit(self._push_batch, None, size)
                # Only for the progress: counted (a scan of the outbox) while the first batch is on its way.
                counting = worker.submit(self._pending_total)
                while True:
                    batch, body = upcoming.result()
                    if not batch:
                        break
                    upcoming = worker.submit(self._push_batch, (batch[-1].device_id, batch[-1].seq), size)
                    # authors=1: a conflict names who made the central value and when (an older store ignores it)
                    resp = self._call("POST", "/sync/push", content=body, content_type="application/json",
                                      params={"authors": 1})
                    if storing is not None:
                        storing.result()  # the previous answer, stored while this batch was applied
                    storing = worker.submit(self._store_answer, batch, resp.content, result)
                    done += len(batch)
                    self.progress("push", done, counting.result())
                if storing is not None:
                    storing.result()
            finally:
                # Also when a later batch failed: the answer on its way is stored before the error is raised.
                if storing is not None:
                    storing.exception()  # waits; its error, if any, was raised above
        return result

    def _pending_total(self) -> int:
        with self.db.session() as s:
            return s.scalar(select(func.count()).select_from(OutboxMutation).where(
                OutboxMutation.state == "pending")) or 0

    def _store_answer(self, batch: list[OutboxRow], content: bytes, result: SyncResult) -> None:
        from sync.protocol import PushResponse  # here: a command that pushes nothing needs no pydantic

        answer = PushResponse.model_validate_json(content)
        if len(answer.results) != len(batch):
            raise SyncError("push answer does not match the batch")
        self._apply_push_results(batch, answer, result)

    def _push_batch(self, after: tuple[str, int] | None, size: int) -> tuple[list[OutboxRow], bytes]:
        """The next pending outbox rows after `after` (device id, seq), and the PushRequest body for them.
        The order is that of the (device_id, seq) unique index, so each batch is an index walk, not a sort
        of the whole outbox. The stored fields are already JSON text: they go into the body as they are."""
        t = OutboxMutation.__table__.c
        stmt = (select(t.mutation_id, t.device_id, t.seq, t.table_name, t.row_id, t.op, t.fields_json,
                       t.base_version, t.schema_version)
                .where(t.state == "pending").order_by(t.device_id, t.seq).limit(size))
        if after is not None:
            stmt = stmt.where(tuple_(t.device_id, t.seq) > tuple_(*after))
        with self.db.session() as s:
            conn = s.connection()
            compiled = stmt.compile(dialect=conn.dialect)
            params = tuple(compiled.params[k] for k in compiled.positiontup or ())
            # Plain tuples from the driver: SQLAlchemy's row objects cost more than the query here.
            batch = list(map(OutboxRow._make, conn.exec_driver_sql(str(compiled), params).fetchall()))
        body = orjson.dumps({"protocol": PROTOCOL_VERSION, "schema_version": self.schema, "mutations": [
            {"mutation_id": m.mutation_id, "device_id": m.device_id, "seq": m.seq, "table": m.table_name,
             "row_id": m.row_id, "op": m.op, "fields": orjson.Fragment(m.fields_json),
             "base_version": m.base_version, "schema_version": m.schema_version} for m in batch]})
        return batch, body

    def _apply_push_results(self, batch: list[OutboxRow], answer: PushResponse, result: SyncResult) -> None:
        """One transaction, a handful of statements: the batch's results are applied together, and the
        answered mutations leave the outbox with them (a refused one stays, marked rejected, for the user).
        A crash before this commit leaves the batch pending: sent again, the store answers it from its
        record of mutation ids and applies nothing twice. Mutation ids are time-ordered (sync/ids.py), so a
        batch's entries sit together in the outbox's primary key; its row-id index takes a page per row."""
        by_id = {m.mutation_id: m for m in batch}
        done: list[str] = []
        refused: list[dict[str, Any]] = []
        versions: dict[tuple[str, int], list[str]] = {}
        conflicts: list[dict[str, Any]] = []
        theirs: list[tuple[str, str, dict[str, Any]]] = []
        for r in answer.results:
            m = by_id[str(r.mutation_id)]
            result.pushed += 1
            if r.status == "rejected":
                result.rejected += 1
                refused.append({"mid": m.mutation_id, "reason": r.reason or "?"})
                continue
            if r.status == "conflict":
                result.conflicts += 1
                for c in r.conflicts:
                    conflicts.append({
                        "id": str(c.conflict_id), "table_name": c.table, "row_id": str(c.row_id), "field": c.field,
                        "mine_json": json.dumps(c.mine, ensure_ascii=False),
                        "theirs_json": json.dumps(c.theirs, ensure_ascii=False), "server_version": c.server_version,
                        "created_at": utcnow(), "theirs_author": c.author,
                        "theirs_changed_at": _stored_instant(c.changed_at)})
                    if c.table in TABLES and c.field in TABLE_FIELDS[c.table]:
                        # the server's value stands until the user chooses
                        theirs.append((c.table, str(c.row_id), from_wire(c.table, {c.field: c.theirs})))
            else:
                result.applied += 1
            done.append(m.mutation_id)
            if (r.status == "applied" and m.table_name in TABLES and r.version is not None
                    and r.version == m.base_version + 1):
                # Applied straight onto the version we had: the server row is ours, so the pull can skip
                # it. Otherwise someone else changed it in between and the pull must bring the whole row.
                versions.setdefault((m.table_name, r.version), []).append(m.row_id)
        with self.db.session() as s:
            conn = s.connection()
            if refused:
                conn.execute(update(OutboxMutation.__table__).where(
                    OutboxMutation.__table__.c.mutation_id == bindparam("mid")).values(
                    state="rejected", reject_reason=bindparam("reason")), refused)
            for (table, version), ids in versions.items():  # one statement per table and version
                conn.exec_driver_sql(f'UPDATE "{TABLES[table].__tablename__}" SET version = ? WHERE version < ? '
                                     "AND id IN (SELECT value FROM json_each(?))", (version, version, orjson.dumps(ids)))
            if conflicts:
                conn.execute(insert(SyncConflict.__table__).prefix_with("OR REPLACE"), conflicts)
            for table, row_id, values in theirs:
                t = TABLES[table].__table__
                conn.execute(update(t).where(t.c.id == row_id).values(**values))
            if done:
                conn.exec_driver_sql(f'DELETE FROM "{OutboxMutation.__tablename__}" WHERE mutation_id IN '
                                     "(SELECT value FROM json_each(?))", (orjson.dumps(done),))


def _stored_instant(at: datetime | None) -> datetime | None:
    """An instant from the wire as stored locally: naive UTC."""
    if at is None:
        return None
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at
