"""Background sync for the app: on a timer, on F5, with backoff after failures (DESIGN §4.9).

The sync itself (sync.client.SyncClient) runs on the TaskRunner's thread pool; this object lives on
the UI thread and turns what happens into signals the status bar and dialogs show.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.models.outbox import get_setting
from desktop.store import Store
from sync import clock
from sync.credentials import load_token

from .sync_status import pending_changes
from .tasks import DataBus, TaskRunner

if TYPE_CHECKING:
    from sync.client import SyncResult

log = logging.getLogger(__name__)
# httpx, pydantic and the sync engine are imported when the first sync runs, not at start-up.


@dataclass(frozen=True)
class SyncState:
    kind: str  # not_signed_in | idle | syncing | offline | auth | too_old | revoked | error
    last_sync: datetime | None
    pending: int
    conflicts: int = 0
    rejected: int = 0
    message: str = ""


class SyncController(QObject):
    state_changed = Signal(object)  # SyncState
    progress = Signal(str, int, int)  # phase, done, total (0 = unknown)
    revoked = Signal(str)
    auth_required = Signal()

    def __init__(self, store: Store, runner: TaskRunner, bus: DataBus, interval_ms: int = 180_000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.bus = store, runner, bus
        self.interval_ms = interval_ms
        self.running = False
        self.failures = 0
        self.last_sync: datetime | None = self._stored_last_sync()  # a command-line sync counts too
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.state = SyncState("idle", None, 0)

    def _stored_last_sync(self) -> datetime | None:
        """The last sync that ended well, by this window or by `wijkdesk sync`, as Amsterdam wall-clock time."""
        with self.store.db.session() as s:
            stored = get_setting(s, "last_synced_at")  # sync.client.LAST_SYNCED (not imported: it loads httpx)
        try:
            return clock.to_local(datetime.fromisoformat(stored)) if stored else None
        except ValueError:
            return None

    # -- control -----------------------------------------------------------------------------
    def signed_in(self) -> bool:
        with self.store.db.session() as s:
            return bool(get_setting(s, "server_url")) and bool(load_token(self.store.db))

    def start(self, first_delay_ms: int = 500) -> None:
        self._publish()
        if self.signed_in():
            self.timer.start(first_delay_ms)

    def stop(self) -> None:
        self.timer.stop()

    def hold(self) -> None:
        """Something else is getting the sync ready (the demo's central store starting): show it as syncing
        and let F5 and the timer wait until `release`."""
        self.running = True
        self.timer.stop()
        self._publish("syncing")

    def release(self, sync: bool) -> None:
        self.running = False
        if sync:
            self.sync_now()
        else:
            self._publish()

    def sync_now(self) -> None:
        if self.running:
            return
        if not self.signed_in():
            self._publish("not_signed_in")
            return
        self.running = True
        self.timer.stop()
        self._publish("syncing")
        self.runner.run(self._work, on_done=self._done, on_error=self._failed)

    # -- worker side (no widgets here) ---------------------------------------------------------
    def _work(self) -> SyncResult:

        from sync import transport
        from sync.client import SyncClient

        with self.store.db.session() as s:
            server = get_setting(s, "server_url") or ""
            ca_bundle = get_setting(s, "ca_bundle")
        token = load_token(self.store.db) or ""
        with transport.client(server, ca_bundle) as http:
            client = SyncClient(self.store.db, http, token, backups=self.store.paths.backups,
                                on_progress=lambda p, d, t: self.progress.emit(p, d, t or 0),
                                on_revoked=self.store.wipe, retries=2)
            return client.sync()

    # -- UI side ---------------------------------------------------------------------------
    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.failures = 0
        self.last_sync = clock.local_now()
        log.info("sync done: pushed %d, pulled %d, conflicts %d, rejected %d, %.2f s", result.pushed,
                 result.pulled, result.conflicts, result.rejected, result.seconds)
        self._publish("idle")
        if result.pulled or result.removed or result.conflicts or result.restored:
            self.bus.changed.emit("sync", "")
        self.timer.start(self.interval_ms)

    def _failed(self, exc: BaseException) -> None:
        import httpx

        from sync.client import AuthRequired, ClientTooOld, DeviceRevoked, Offline, SyncError



        self.running = False
        if isinstance(exc, DeviceRevoked):
            self._publish("revoked", message=str(exc))
            self.revoked.emit(str(exc))
            return
        if isinstance(exc, AuthRequired):
            self._publish("auth", message=str(exc))
            self.auth_required.emit()
            return
        if isinstance(exc, ClientTooOld):
            self._publish("too_old", message=str(exc))
            return
        kind = "offline" if isinstance(exc, Offline | httpx.TransportError) else "error"
        if not isinstance(exc, SyncError | httpx.TransportError):
            log.error("sync failed: %s", type(exc).__name__, exc_info=exc)
        self.failures += 1
        delay = min(30_000 * 2 ** (self.failures - 1), self.interval_ms)  # back off, keep trying
        self._publish(kind, message=str(exc) if isinstance(exc, SyncError) else "")
        self.timer.start(delay)

    def _publish(self, kind: str | None = None, message: str = "") -> None:
        from desktop.services.sync_review import conflict_count, refused_count

        kind = kind or ("idle" if self.signed_in() else "not_signed_in")
        try:
            pending = pending_changes(self.store.db)
            conflicts = conflict_count(self.store.db)
            rejected = refused_count(self.store.db)
        except Exception:  # noqa: BLE001 - a wiped store has nothing to count
            pending, conflicts, rejected = 0, 0, 0
        self.state = SyncState(kind, self.last_sync, pending, conflicts, rejected, message)
        self.state_changed.emit(self.state)
