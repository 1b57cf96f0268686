"""What every part of the desktop's sync shares: the errors, the result, and the conversation with the central
store (one request with retries; the answers every request may carry: an error, the store's epoch)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.outbox import get_setting, set_setting
from sync.contract import EPOCH_HEADER, MAX_PULL_PAGE, MAX_PUSH_BATCH
from sync.restored import StoreRestored

log = logging.getLogger("sync.client")
ProgressFn = Callable[[str, int, int | None], None]


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
    began: float | None = None  # perf_counter() when an early restore of this sync began (sync/early.py)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["seconds"] = round(self.seconds, 3)
        del d["began"]
        return d


class ClientBase:
    """The conversation with the central store: requests, retries, the answers every request may carry."""


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

