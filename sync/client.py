"""Desktop side of the sync contract (DESIGN §4): push the outbox, pull pages, keep conflicts,
restore into a new file with the outbox replayed. No Qt: the app runs this in a worker, the CLI
directly.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import orjson
from sqlalchemy import bindparam, delete, false, func, insert, inspect, select, tuple_, update
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.base import utcnow
from desktop.models.entities import TABLES, OutboxMutation, SyncConflict
from desktop.models.migrate import migrate
from desktop.models.outbox import get_setting, set_setting
from desktop.models.policy_settings import POLICY_SETTINGS_KEY
from sync.adopt_team import adopt_local_team, needs_adoption
from sync.policy.reasons import localise_reason

from . import clock
from .protocol import (
    EPOCH_HEADER,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    PROTOCOL_VERSION,
    SEQ_HEADER,
    TABLE_FIELDS,
    Change,
    Handshake,
    PullResponse,
    PushResponse,
)
from .restored import StoreRestored, requeue_lost

log = logging.getLogger(__name__)
RESTORE_SUFFIX = ".restore"
# Settings that belong to the device, not to the data: carried into a restored file.
DEVICE_SETTINGS = ("device_id", "user_id", "username", "role", "server_url", "outbox_seq", "schema_version",
                   "device_token", "language", "max_push_batch", "server_epoch")

ProgressFn = Callable[[str, int, int | None], None]
RESTORE_COMMIT_PAGES = 5  # a full restore commits every this many pages (10,000 rows at full pages)
MAX_SENT = 250_000  # answered outbox rows kept in memory before they are deleted mid-push


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


class SyncError(Exception):
    """Sync could not finish; the message is for the user. Local work is kept."""


class Offline(SyncError):
    pass


class AuthRequired(SyncError):
    pass


class DeviceRevoked(SyncError):
    pass


class ClientTooOld(SyncError):
    pass


class StaleCursor(SyncError):
    pass


@dataclass
class SyncResult:
    pushed: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    removed: int = 0
    seconds: float = 0.0
    restored: bool = False
    pending: int = 0
    recovered: int = 0  # changes the store had lost (restored from a backup), queued again (sync/restored.py)
    messages: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        return d


# -- wire <-> local values -----------------------------------------------------------------------
def _converters() -> dict[str, dict[str, Callable[[Any], Any]]]:
    conv: dict[str, dict[str, Callable[[Any], Any]]] = {}
    for table, fields in TABLE_FIELDS.items():
        conv[table] = {}
        for name, kind in fields.items():
            if kind == "date":
                conv[table][name] = lambda v: date.fromisoformat(v) if isinstance(v, str) else v
            elif kind == "datetime":
                conv[table][name] = lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    return conv


CONVERT = _converters()


def from_wire(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    known = TABLE_FIELDS[table]
    conv = CONVERT[table]
    out = {k: (conv[k](v) if k in conv else v) for k, v in fields.items() if k in known}
    for k, default in DEFAULTS[table].items():
        if k in out and out[k] is None:  # NOT NULL locally: the wire may carry null
            out[k] = default
    return out


def _required_defaults(model: type) -> dict[str, Any]:
    """Values for NOT NULL columns a partial row (a specialist's view) does not carry."""
    out: dict[str, Any] = {}
    for col in inspect(model).columns:
        if col.nullable or col.primary_key or col.key in ("version", "updated_at"):
            continue
        if col.default is not None and getattr(col.default, "is_scalar", False):
            out[col.key] = col.default.arg
            continue
        py = col.type.python_type
        out[col.key] = {str: "", int: 0, bool: False, date: date(1900, 1, 1),
                        datetime: datetime(1900, 1, 1)}.get(py, "")
    return out


DEFAULTS = {t: _required_defaults(m) for t, m in TABLES.items()}
# Every column of a table, for plain Core inserts during a restore (missing ones become NULL/defaults).
BLANK_ROWS = {t: {**{c.key: None for c in inspect(m).columns}, **DEFAULTS[t]} for t, m in TABLES.items()}
INTEGRITY_EVERY_SECONDS = 15 * 60

# How SQLAlchemy stores values in SQLite; the restore writes these texts directly.
SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def sql_value(kind: str, value: Any) -> Any:
    """A wire value (or a Python default) as SQLAlchemy's SQLite dialect stores it."""
    if value is None:
        return None
    if kind == "datetime":
        if isinstance(value, str):
            if len(value) == 19 and value[10] in "T ":  # the usual 2026-11-20T10:00:00
                return f"{value[:10]} {value[11:]}.000000"
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=None).strftime(SQL_DATETIME)
    if kind == "date":
        if isinstance(value, str):
            return value if len(value) == 10 else date.fromisoformat(value[:10]).isoformat()
        return value.isoformat()
    if kind == "bool":
        return 1 if value else 0
    return value


SQL_COLUMNS = {t: [c for c in f if c in {col.key for col in inspect(TABLES[t]).columns}]
               for t, f in TABLE_FIELDS.items()}
SQL_KINDS = {t: [TABLE_FIELDS[t][c] for c in cols] for t, cols in SQL_COLUMNS.items()}
SQL_BLANK = {t: [sql_value(TABLE_FIELDS[t][c], DEFAULTS[t].get(c)) for c in cols] for t, cols in SQL_COLUMNS.items()}
SQL_INSERT = {t: "INSERT OR REPLACE INTO \"{t}\" ({cols}, id, version, updated_at) VALUES ({marks})".format(
    t=t, cols=", ".join(f'"{c}"' for c in cols), marks=", ".join("?" * (len(cols) + 3)))
    for t, cols in SQL_COLUMNS.items()}


class SyncClient:
    """One device's conversation with the central store."""

    def __init__(self, db: Database, http: httpx.Client, token: str, *, backups: Path | None = None,
                 on_progress: ProgressFn | None = None, retries: int = 3, backoff: float = 0.5,
                 page_size: int = MAX_PULL_PAGE, push_batch: int = MAX_PUSH_BATCH,
                 sleep: Callable[[float], None] = time.sleep,
                 on_revoked: Callable[[], None] | None = None) -> None:
        self.db = db
        self.http = http
        self.token = token
        self.backups = backups or db.path.parent / "backups"
        self.progress = on_progress or (lambda _p, _d, _t: None)
        self.retries = retries
        self.backoff = backoff
        self.page_size = page_size
        self.push_batch = push_batch
        self.sleep = sleep
        self.on_revoked = on_revoked
        with db.session() as s:
            self.schema = get_setting(s, "schema_version") or "0"
            self.epoch = get_setting(s, "server_epoch")  # the store's epoch when this device last synced

    # -- transport ---------------------------------------------------------------------------
    def _call(self, method: str, path: str, content_type: str | None = None, **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.token}", "X-Wijkdesk-Schema": self.schema}
        if content_type:
            headers["Content-Type"] = content_type
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            try:
                resp = self.http.request(method, path, headers=headers, **kw)
            except httpx.TransportError as exc:  # timeouts, refused, reset: retry the same request
                last = exc
            else:
                if resp.status_code < 500:
                    self._note_epoch(resp)
                    return self._check(resp)
                last = SyncError(f"server {resp.status_code}")
            if attempt < self.retries:
                self.sleep(self.backoff * (2**attempt))
        log.warning("sync request %s %s failed after retries: %s", method, path, type(last).__name__)
        raise Offline(translate("Sync", "De centrale opslag is niet bereikbaar. Uw werk blijft bewaard en "
                                        "gaat mee bij de volgende synchronisatie."))

    def _check(self, resp: httpx.Response) -> httpx.Response:
        if resp.status_code < 400:
            return resp
        try:
            error = resp.json().get("error", "")
        except ValueError:
            error = ""
        if resp.status_code == 401:
            raise AuthRequired(translate("Sync", "Meld u opnieuw aan bij de centrale opslag. Uw wijzigingen "
                                                 "blijven bewaard."))
        if resp.status_code == 403 and error == "revoked":
            self._wipe()
            raise DeviceRevoked(translate("Sync", "Dit apparaat is ingetrokken door de beheerder. De gegevens "
                                                  "op dit apparaat zijn gewist."))
        if resp.status_code == 426 or error == "too_old":
            raise ClientTooOld(translate("Sync", "Deze versie van Wijkdesk is te oud om te synchroniseren. Werk "
                                                 "Wijkdesk bij; uw wijzigingen blijven bewaard."))
        if resp.status_code == 410 or error == "stale_cursor":
            raise StaleCursor("stale cursor")
        raise SyncError(translate("Sync", "De centrale opslag weigerde het verzoek ({code}).").format(
            code=resp.status_code))

    def _note_epoch(self, resp: httpx.Response) -> None:
        """Remember the store's epoch at first contact; another one later means it was restored from a backup."""
        seen = resp.headers.get(EPOCH_HEADER)
        if not seen or seen == self.epoch:
            return
        if self.epoch is not None:
            raise StoreRestored(seen)
        self.epoch = seen
        with self.db.session() as s:
            set_setting(s, "server_epoch", seen)

    def _wipe(self) -> None:
        if self.on_revoked is not None:
            self.on_revoked()

    # -- the whole round ---------------------------------------------------------------------
    def sync(self) -> SyncResult:
        started = time.perf_counter()
        result = SyncResult()
        with self.db.session() as s:
            known = get_setting(s, "role") and get_setting(s, "user_id") and get_setting(s, "max_push_batch")
        try:
            # Every other request checks token, device and schema version as well; the handshake is still
            # sent when an epoch is known: it tells, before anything is pushed, whether the store was restored.
            if not known or self.epoch is not None or needs_adoption(self.db):
                self.handshake()
            self.push(result)
            with self.db.session() as s:
                cursor = get_setting(s, "sync_cursor")
                recovering = get_setting(s, "recovering_from_restore") is not None
            restore_pending = self.db.path.with_name(self.db.path.name + RESTORE_SUFFIX).exists()
            if restore_pending or recovering or (cursor is None and not holds_pushed_rows(self.db)):
                self.full_restore(result, keep_lost=recovering)
            else:
                # A first sync after a push pulls into this file (what it pushed stays out: no echo), and checks
                # the counts at its end like any integrity check; a mismatch still restores everything.
                try:
                    counts = self.pull(result, want_counts=cursor is None or self._integrity_due())
                    if counts is not None and not self.integrity_ok(counts):
                        log.warning("integrity mismatch after pull; restoring")
                        self.full_restore(result)
                except StaleCursor:
                    log.warning("stale cursor: the store is behind this device; restoring and sending again")
                    self.recover(result, None)
        except StoreRestored as exc:
            log.warning("the central store was restored from a backup (new epoch); restoring and sending again")
            self.recover(result, exc.epoch)
        except StaleCursor:  # from the handshake, before anything was pushed
            log.warning("the store is behind this device's cursor; restoring and sending again")
            self.recover(result, None)
        result.pending = pending_count(self.db)
        self.last_sync = clock.local_now()
        result.seconds = time.perf_counter() - started
        return result

    def _integrity_due(self) -> bool:
        """Comparing row counts costs a scan of every table: do it now and then, not on every sync."""
        with self.db.session() as s:
            last = get_setting(s, "integrity_checked_at")
        return last is None or clock.now_utc().timestamp() - float(last) > INTEGRITY_EVERY_SECONDS

    def handshake(self) -> Handshake:
        """Raises StoreRestored (another epoch) or StaleCursor (the store is behind this device's cursor)."""
        resp = self._call("GET", "/sync/handshake")
        hs = Handshake.model_validate(resp.json())
        top = resp.headers.get(SEQ_HEADER)
        with self.db.session() as s:
            cursor = get_setting(s, "sync_cursor")
        if top is not None and top.isdigit() and cursor is not None and int(cursor) > int(top):
            raise StaleCursor("the store is behind this device")
        with self.db.session() as s:
            set_setting(s, "user_id", str(hs.user_id))
            set_setting(s, "username", hs.user)
            set_setting(s, "role", hs.role)
            set_setting(s, "max_push_batch", str(hs.max_push_batch))
            if hs.policy is not None:
                set_setting(s, POLICY_SETTINGS_KEY, json.dumps(hs.policy, sort_keys=True))
        adopt_local_team(self.db, str(hs.team_id) if hs.team_id else None)
        return hs

    # -- push --------------------------------------------------------------------------------
    def push(self, result: SyncResult | None = None) -> SyncResult:
        """Send the pending outbox in order, one batch per request, never one before the previous answer (the
        server applies in order). Meanwhile a worker stores the previous answer and reads and encodes the next
        batch, so the device's own work overlaps the server's."""
        result = result or SyncResult()
        with self.db.session() as s:
            total = s.scalar(select(func.count()).select_from(OutboxMutation).where(
                OutboxMutation.state == "pending")) or 0
            server_max = int(get_setting(s, "max_push_batch") or 500)  # 500: what every server takes
        size = max(1, min(self.push_batch, server_max))
        done = 0
        sent: list[str] = []  # answered, still to be deleted from the outbox (see _forget_sent)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wijkdesk-push") as worker:
            storing: Future[None] | None = None
            try:
                upcoming = worker.submit(self._push_batch, None, size)
                while True:
                    batch, body = upcoming.result()
                    if not batch:
                        break
                    upcoming = worker.submit(self._push_batch, (batch[-1].device_id, batch[-1].seq), size)
                    # authors=1: a conflict names who made the central value and when (an older store ignores it)
                    resp = self._call("POST", "/sync/push", content=body, content_type="application/json",
                                      params={"authors": 1})
                    answer = PushResponse.model_validate_json(resp.content)
                    if len(answer.results) != len(batch):
                        raise SyncError("push answer does not match the batch")
                    if storing is not None:
                        storing.result()
                    storing = worker.submit(self._apply_push_results, batch, answer, result, sent)
                    done += len(batch)
                    self.progress("push", done, total)
                if storing is not None:
                    storing.result()
            finally:
                # Also when a later batch failed: what was answered and stored leaves the outbox now, so
                # it is not sent (and its answer applied) a second time.
                if storing is not None:
                    storing.exception()  # waits; its error, if any, was raised above
                if sent:
                    worker.submit(self._forget_sent, sent).result()
        return result

    def _forget_sent(self, sent: list[str], conn: Any = None) -> None:
        """Delete the outbox rows the server has answered. Done once after the last batch, not per batch:
        every row deleted touches a page of each outbox index, and when the answered rows are the whole
        outbox (the usual case) one unconditional DELETE lets SQLite drop the pages instead of visiting
        each row (seconds for 100,000 rows become milliseconds). Until then the rows stay pending: after a
        crash they are sent again and the server answers them from its record of mutation ids (nothing is
        applied twice). Very long pushes forget in steps (MAX_SENT) to bound memory."""
        if conn is None:
            with self.db.session() as s:
                self._forget_sent(sent, s.connection())
            return
        table = OutboxMutation.__table__
        # Take the write lock before counting, so no change the user saves meanwhile can slip in between
        # the count and an unconditional delete.
        conn.execute(delete(table).where(false()))
        if sent and conn.scalar(select(func.count()).select_from(table)) == len(sent):
            conn.execute(delete(table))
        else:
            for part in range(0, len(sent), 500):
                conn.execute(delete(table).where(table.c.mutation_id.in_(sent[part:part + 500])))
        sent.clear()

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

    def _apply_push_results(self, batch: list[OutboxRow], answer: PushResponse, result: SyncResult,
                            sent: list[str]) -> None:
        """One transaction, a handful of statements: the batch's results are applied together. The ids of
        the answered mutations are added to `sent` (deleted by _forget_sent)."""
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
        sent.extend(done)  # only once their answers are stored
        if len(sent) >= MAX_SENT:
            self._forget_sent(sent)

    # -- pull --------------------------------------------------------------------------------
    def pull(self, result: SyncResult | None = None, db: Database | None = None,
             fresh: bool = False, want_counts: bool = False) -> dict[str, int] | None:
        """Pull pages until done; each page and its cursor are committed together (resumable)."""
        result = result or SyncResult()
        target = db or self.db
        with target.session() as s:
            cursor = int(get_setting(s, "sync_cursor") or 0)

        def fetch(after: int) -> PullResponse:
            params: dict[str, Any] = {"limit": self.page_size, "counts": 1 if want_counts else 0}
            if not fresh:
                params["skip_own"] = 1  # no echo: what this device pushed is in it already (a restore takes all)
            if after:
                params["cursor"] = after
            return PullResponse.model_validate_json(self._call("GET", "/sync/pull", params=params).content)

        # The next page is fetched while this one is applied: the server's work and ours overlap. A restore
        # commits every few pages (each commit encrypts and writes every index page it touched); a resumed
        # restore starts again after the last commit.
        held: list[PullResponse] = []
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wijkdesk-pull") as pool:
            upcoming = pool.submit(fetch, cursor)
            while True:
                page = upcoming.result()
                if page.has_more:
                    upcoming = pool.submit(fetch, page.cursor)
                held.append(page)
                if not fresh or not page.has_more or len(held) >= RESTORE_COMMIT_PAGES:
                    self._apply_pages(target, held, result, fresh)
                    held = []
                self.progress("pull", result.pulled + result.removed, None)
                if not page.has_more:
                    return page.counts

    def _apply_pages(self, db: Database, pages: list[PullResponse], result: SyncResult, fresh: bool) -> None:
        """Apply pages and the cursor of the last one in one transaction."""
        with db.session() as s:
            s.info["sync_apply"] = True
            for page in pages:
                if fresh:
                    self._apply_bulk(s, page.changes, result)
                else:
                    self._apply_rows(s, page.changes, result)
            set_setting(s, "sync_cursor", str(pages[-1].cursor))

    def _apply_rows(self, s: Session, changes: list[Change], result: SyncResult) -> None:
        """An incremental page: Core statements, and our own changes coming back are skipped."""
        conn = s.connection()
        ids = [str(c.row_id) for c in changes]
        pending: dict[str, set[str]] = {}
        local: dict[str, int] = {}
        for part in range(0, len(ids), 500):
            chunk = ids[part:part + 500]
            for row_id, fields_json in conn.execute(select(OutboxMutation.row_id, OutboxMutation.fields_json).where(
                    OutboxMutation.row_id.in_(chunk), OutboxMutation.state == "pending")):
                pending.setdefault(row_id, set()).update(json.loads(fields_json))
            for table in {c.table for c in changes if c.table in TABLES}:
                t = TABLES[table].__table__
                local.update((r[0], r[1]) for r in conn.execute(select(t.c.id, t.c.version).where(t.c.id.in_(chunk))))
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

    def _apply_bulk(self, s: Session, changes: list[Change], result: SyncResult) -> None:
        """Into an empty (restoring) file: one driver-level executemany per table and page.

        The restore is the one hot path with 100,000 rows: values go from wire text straight to the
        text SQLAlchemy stores for SQLite (`sql_value`), without building Python dates in between.
        """
        groups: dict[str, dict[str, tuple[Any, ...]]] = {}
        now = utcnow().strftime(SQL_DATETIME)
        for ch in changes:
            table = ch.table
            if table not in TABLES:
                continue
            row_id = str(ch.row_id)
            if ch.op == "remove":
                s.execute(delete(TABLES[table]).where(TABLES[table].id == row_id))
                groups.get(table, {}).pop(row_id, None)
                result.removed += 1
                continue
            fields = ch.fields or {}
            blank = SQL_BLANK[table]
            kinds = SQL_KINDS[table]
            values = [fields.get(c) for c in SQL_COLUMNS[table]]
            row = tuple(blank[i] if v is None else sql_value(kinds[i], v) for i, v in enumerate(values))
            # A row may come again later in the same restore (changed meanwhile): the last one wins.
            groups.setdefault(table, {})[row_id] = (*row, row_id, ch.version, now)
            result.pulled += 1
        if not groups:
            return
        cursor = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            for table, rows in groups.items():
                if rows:
                    cursor.executemany(SQL_INSERT[table], list(rows.values()))
        finally:
            cursor.close()

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

    # -- full restore ------------------------------------------------------------------------
    def recover(self, result: SyncResult, epoch: str | None) -> None:
        """The store is behind this device (restored from a backup): restore from it, keep and queue again
        what it lacks (sync/restored.py), remember its new epoch, and push. An interrupted recovery goes on
        at the next sync (the mark is in the old file until the new one is swapped in)."""
        with self.db.session() as s:
            set_setting(s, "recovering_from_restore", epoch or "stale cursor")
        if epoch is not None:
            self.epoch = epoch
        self.full_restore(result, keep_lost=True)
        if self.epoch is not None:
            with self.db.session() as s:
                set_setting(s, "server_epoch", self.epoch)
        self.push(result)

    def full_restore(self, result: SyncResult | None = None, keep_lost: bool = False) -> SyncResult:
        """Download everything into a new file, replay the outbox onto it, then swap atomically. `keep_lost`:
        also queue again what this device holds and the store lacks (after a restore of the store)."""
        result = result or SyncResult()
        result.restored = True
        target = self.db.path.with_name(self.db.path.name + RESTORE_SUFFIX)
        new = Database(target, self.db.key, bulk=True)
        try:
            migrate(new, self.backups)
            with self.db.session() as old, new.session() as s:
                for key in DEVICE_SETTINGS:
                    value = get_setting(old, key)
                    if value is not None:
                        set_setting(s, key, value)
            self.pull(result, db=new, fresh=True)
            with new.session() as s:  # the file holds exactly the server's rows: as good as a count check
                set_setting(s, "integrity_checked_at", str(clock.now_utc().timestamp()))
            self._replay_local_work(new)
            if keep_lost:
                result.recovered += requeue_lost(self.db, new)
            new.checkpoint()
        finally:
            new.close()
        self._swap(target)
        return result

    def _replay_local_work(self, new: Database) -> None:
        with self.db.session() as old:
            outbox = old.scalars(select(OutboxMutation).order_by(OutboxMutation.seq)).all()
            conflicts = old.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))).all()
            old.expunge_all()
        with new.session() as s:
            s.info["sync_apply"] = True
            s.execute(delete(OutboxMutation))
            for m in outbox:
                s.add(OutboxMutation(**{c.key: getattr(m, c.key) for c in inspect(OutboxMutation).columns}))
                if m.state != "pending" or m.table_name not in TABLES:
                    continue
                model = TABLES[m.table_name]
                values = from_wire(m.table_name, json.loads(m.fields_json))
                obj = s.get(model, m.row_id)
                if obj is None:
                    s.add(model(id=m.row_id, version=0, **{**DEFAULTS[m.table_name], **values}))
                    s.flush()
                else:
                    for k, v in values.items():
                        setattr(obj, k, v)
            for c in conflicts:
                s.merge(SyncConflict(**{col.key: getattr(c, col.key) for col in inspect(SyncConflict).columns}))

    def _swap(self, target: Path) -> None:
        path = self.db.path
        self.db.checkpoint()
        self.db.engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(target, path)
        log.info("full restore swapped in")


def pending_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.state == "pending")) or 0


def rejected(db: Database) -> list[tuple[str, str, str, str]]:
    """(table, row id, reason, when) of changes the central store refused, for the user to see (a policy
    reason in the user's language, sync/policy/reasons.py)."""
    with db.session() as s:
        return [(m.table_name, m.row_id, localise_reason(m.reject_reason or ""), m.created_at.isoformat(timespec="minutes"))
                for m in s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")
                                   .order_by(OutboxMutation.seq))]


def _stored_instant(at: datetime | None) -> datetime | None:
    """An instant from the wire as stored locally: naive UTC."""
    if at is None:
        return None
    return at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo else at


def open_conflicts(db: Database) -> list[SyncConflict]:
    with db.session() as s:
        rows = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                         .order_by(SyncConflict.created_at)).all()
        s.expunge_all()
        return list(rows)


def resolve_conflict(db: Database, conflict_id: str, choice: str, edited: Any = None) -> None:
    """mine / theirs / edited: 'theirs' keeps the server's value; the others queue a normal change."""
    with db.session() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.resolved_at is not None:
            return
        model = TABLES.get(c.table_name)
        if choice in ("mine", "edited") and model is not None:
            value = json.loads(c.mine_json) if choice == "mine" else edited
            obj = s.get(model, c.row_id)
            if obj is not None:
                obj.version = max(obj.version, c.server_version)
                setattr(obj, c.field, from_wire(c.table_name, {c.field: value})[c.field])
        c.resolved_at = clock.utcnow()
        c.resolution = choice


def holds_pushed_rows(db: Database) -> bool:
    """Whether this file holds rows the central store has (a version above 0): its own pushed work. A first
    sync then pulls the rest into it instead of restoring everything into a new file (no echo)."""
    with db.session() as s:
        return any(s.scalar(select(model.id).where(model.version > 0).limit(1)) is not None
                   for model in TABLES.values())
