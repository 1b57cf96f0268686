"""Full restore: everything in this device's scope into a new file, the local work replayed onto it, then
swapped in for the live file in one rename (DESIGN §4).

The restore is the one path with 100,000 rows, so no Python object is made per record: a page is parsed
by orjson, and restore_rows.py writes its changes with one executemany per table, SQLite converting the
wire values to the texts SQLAlchemy stores. Pages are fetched ahead by a thread while the previous ones are
written, and a commit every few pages carries the cursor: a restore killed on the way goes on after its
last commit, and the live file is not touched until the swap. A first sync's restore is begun by a process
of its own while this one starts (sync/early.py); the restore here goes on from where that one ended.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import delete, inspect, select, text

from desktop.models import Database
from desktop.models.base import utcnow
from desktop.models.entities import TABLES, LocalSetting, OutboxMutation, SyncConflict
from desktop.models.migrate import current_revision, migrate
from desktop.models.outbox import get_setting, set_setting
from desktop.models.revisions import known_head
from sync import clock
from sync import early as sync_early
from sync.restored import requeue_lost

from .base import ClientBase, SyncError, SyncResult
from .restore_rows import COMMIT_PAGES, SQL_DATETIME, prepare, remove_file, write_changes
from .values import DEFAULTS, from_wire

log = logging.getLogger("sync.client")
RESTORE_SUFFIX = ".restore"
# Settings that belong to the device, not to the data: carried into a restored file.
DEVICE_SETTINGS = ("device_id", "user_id", "username", "role", "server_url", "outbox_seq", "schema_version",
                   "device_token", "language", "max_push_batch", "server_epoch")
# What a restore under way keeps beside its cursor: the epoch of its pages and the rows it wrote so far.
PROGRESS_SETTINGS = ("restore_epoch", "restore_pulled", "restore_removed")
FETCH_AHEAD = 2  # pages fetched and parsed while the previous ones are written


def prefetched(fetch: Callable[[int], dict[str, Any]], cursor: int,
               depth: int = FETCH_AHEAD) -> Iterator[dict[str, Any]]:
    """The pages from `cursor` on, each fetched by a thread while the caller works on the ones before (at
    most `depth` waiting). An error of the fetch is raised here, in order; when the caller stops early the
    thread stops after its current request."""
    ready: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: tuple[bool, Any]) -> None:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def run() -> None:
        after = cursor
        try:
            while not stop.is_set():
                page = fetch(after)
                put((True, page))
                if not page["has_more"]:
                    return
                after = page["cursor"]
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            put((False, exc))

    worker = threading.Thread(target=run, name="wijkdesk-restore-fetch", daemon=True)
    worker.start()
    try:
        while True:
            ok, item = ready.get()
            if not ok:
                raise item
            yield item
            if not item["has_more"]:
                return
    finally:
        stop.set()
        worker.join()


def parse_page(content: bytes) -> dict[str, Any]:
    """A pull page as plain data (orjson), checked for what the restore relies on."""
    try:
        return checked_page(orjson.loads(content))
    except orjson.JSONDecodeError as exc:
        raise SyncError("malformed pull page") from exc


def checked_page(page: Any) -> dict[str, Any]:
    try:
        if (isinstance(page["changes"], list) and type(page["cursor"]) is int
                and isinstance(page["has_more"], bool)):
            return page
    except (KeyError, TypeError):
        pass
    raise SyncError("malformed pull page")


class RestoreMixin(ClientBase):
    def full_restore(self, result: SyncResult | None = None, keep_lost: bool = False) -> SyncResult:
        """Download everything into a new file, replay the outbox onto it, then swap atomically. `keep_lost`:
        also queue again what this device holds and the store lacks (after a restore of the store)."""
        result = result or SyncResult()
        result.restored = True
        target = self.db.path.with_name(self.db.path.name + RESTORE_SUFFIX)
        # The restore this process began at start-up has ended: its rows and its time count as this sync's.
        began = sync_early.finish(str(self.http.base_url), self.token, target)
        if began is not None:
            result.began = began
        new = self._open_target(target)
        try:
            with self.db.session() as old, new.session() as s:
                for key in DEVICE_SETTINGS:
                    value = get_setting(old, key)
                    if value is not None:
                        set_setting(s, key, value)
            self._download(new, result, count_written=began is not None)
            with new.session() as s:  # the file holds exactly the server's rows: as good as a count check
                set_setting(s, "integrity_checked_at", str(clock.now_utc().timestamp()))
                s.execute(delete(LocalSetting).where(LocalSetting.key.in_(PROGRESS_SETTINGS)))
            self._replay_local_work(new)
            if keep_lost:
                result.recovered += requeue_lost(self.db, new)
            new.checkpoint()
        finally:
            new.close()
        self._swap(target)
        return result

    def _open_target(self, target: Path) -> Database:
        """The restore file, made or as a restore under way left it. One made by another version of this
        program (another schema revision), or whose pages came from another epoch of the store (restored from
        a backup meanwhile), is begun again: its cursor says nothing about what the store now sends."""
        new = Database(target, self.db.key, bulk=True)
        revision = current_revision(new)
        made_for = None
        if revision is not None:
            with new.engine.connect() as conn:
                made_for = conn.execute(text("SELECT value FROM local_setting WHERE key = 'restore_epoch'")).scalar()
        if revision not in (None, known_head()) or (made_for and self.epoch and made_for != self.epoch):
            log.warning("a restore under way was made by another version or came from another epoch of the store; "
                        "beginning again")
            new.close()
            remove_file(target)
            new = Database(target, self.db.key, bulk=True)
        migrate(new, self.backups)
        return new

    def _download(self, new: Database, result: SyncResult, count_written: bool = False) -> None:
        """Every page into `new`, from its cursor on; a transaction per COMMIT_PAGES pages, with the cursor and
        epoch of its last. `count_written`: the rows the file says were written already count in the result
        (the early restore of this same process wrote them, not a restore stopped before)."""
        with new.session() as s:
            cursor = int(get_setting(s, "sync_cursor") or 0)
            done = [int(get_setting(s, key) or 0) for key in PROGRESS_SETTINGS[1:]]
        if count_written:
            result.pulled += done[0]
            result.removed += done[1]

        def fetch(after: int) -> dict[str, Any]:
            params: dict[str, Any] = {"limit": self.page_size, "counts": 0}  # all of it: no skip_own
            if after:
                params["cursor"] = after
            return parse_page(self._call("GET", "/sync/pull", params=params).content)

        now = utcnow().strftime(SQL_DATETIME)
        pages = prefetched(fetch, cursor)
        more = True
        with closing(pages):  # an error here stops the fetching thread too
            while more:
                with new.session() as s:
                    s.info["sync_apply"] = True
                    raw = s.connection().connection.driver_connection
                    prepare(raw)
                    cur = raw.cursor()
                    try:
                        for _ in range(COMMIT_PAGES):
                            page = next(pages)
                            written, removed = write_changes(cur, page["changes"], now)
                            done[0] += written
                            done[1] += removed
                            result.pulled += written
                            result.removed += removed
                            self.progress("pull", result.pulled + result.removed, None)
                            more = page["has_more"]
                            if not more:
                                break
                    finally:
                        cur.close()
                    set_setting(s, "sync_cursor", str(page["cursor"]))
                    for key, value in zip(PROGRESS_SETTINGS, (self.epoch or "", *done), strict=True):
                        set_setting(s, key, str(value))

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


