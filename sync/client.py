"""Desktop side of the sync contract (DESIGN §4): push the outbox, pull pages, keep conflicts,
restore into a new file with the outbox replayed. No Qt: the app runs this in a worker, the CLI
directly. The parts live in sync/device/ (push, pull, restore, values, local); this module puts them
together in one round and is what the rest of the desktop imports.
"""

from __future__ import annotations

import json
import logging
import time

from desktop.models.outbox import get_setting, set_setting
from desktop.models.policy_settings import POLICY_SETTINGS_KEY
from sync.adopt_team import adopt_local_identity, adopt_local_team, needs_adoption

from . import clock, early
from .contract import SEQ_HEADER
from .device.base import (
    AuthRequired,
    ClientTooOld,
    DeviceRevoked,
    Offline,
    ProgressFn,
    StaleCursor,
    SyncError,
    SyncResult,
)
from .device.handshake import HandshakeAnswer, read_handshake
from .device.local import holds_pushed_rows, open_conflicts, pending_count, rejected, resolve_conflict
from .device.pull import PullMixin
from .device.push import PushMixin
from .device.restore import DEVICE_SETTINGS, RESTORE_SUFFIX, RestoreMixin
from .device.values import from_wire
from .restored import StoreRestored

__all__ = ["DEVICE_SETTINGS", "RESTORE_SUFFIX", "AuthRequired", "ClientTooOld", "DeviceRevoked", "Offline",
           "ProgressFn", "StaleCursor", "SyncClient", "SyncError", "SyncResult", "from_wire", "holds_pushed_rows",
           "open_conflicts", "pending_count", "rejected", "resolve_conflict"]

log = logging.getLogger(__name__)
INTEGRITY_EVERY_SECONDS = 15 * 60
LAST_SYNCED = "last_synced_at"  # the instant (UTC, ISO) of the last sync that ended without an error


class SyncClient(PushMixin, PullMixin, RestoreMixin):
    """One device's conversation with the central store."""

    def sync(self) -> SyncResult:
        try:
            return self._sync()
        finally:
            early.stop()  # a restore begun at start-up and not taken (an error, a revoked device) ends

    def _sync(self) -> SyncResult:
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
        with self.db.session() as s:  # what the window's status line says, also after a command-line sync
            set_setting(s, LAST_SYNCED, clock.now_utc().isoformat(timespec="seconds"))
        result.seconds = time.perf_counter() - min(started, result.began or started)  # with its early restore
        return result

    def _integrity_due(self) -> bool:
        """Comparing row counts costs a scan of every table: do it now and then, not on every sync."""
        with self.db.session() as s:
            last = get_setting(s, "integrity_checked_at")
        return last is None or clock.now_utc().timestamp() - float(last) > INTEGRITY_EVERY_SECONDS

    def handshake(self) -> HandshakeAnswer:
        """Raises StoreRestored (another epoch) or StaleCursor (the store is behind this device's cursor);
        SyncError for an answer that is not a handshake."""
        resp = self._call("GET", "/sync/handshake")
        try:
            doc = resp.json()
        except ValueError:
            raise SyncError("malformed handshake answer") from None
        hs = read_handshake(doc)
        top = resp.headers.get(SEQ_HEADER)
        with self.db.session() as s:
            cursor = get_setting(s, "sync_cursor")
        if top is not None and top.isdigit() and cursor is not None and int(cursor) > int(top):
            raise StaleCursor("the store is behind this device")
        with self.db.session() as s:
            set_setting(s, "user_id", hs.user_id)
            set_setting(s, "username", hs.user)
            set_setting(s, "role", hs.role)
            set_setting(s, "max_push_batch", str(hs.max_push_batch))
            if hs.policy is not None:
                set_setting(s, POLICY_SETTINGS_KEY, json.dumps(hs.policy, sort_keys=True))
        adopt_local_team(self.db, hs.team_id)
        adopt_local_identity(self.db, hs.user_id, hs.user)
        return hs

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

