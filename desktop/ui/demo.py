"""`wijkdesk --demo`: a throwaway central store on 127.0.0.1 with a seeded caseload, signed in as its coach.

The window comes first: `plan_demo` (UI thread, milliseconds) reserves the central store's address and
chooses the demo user's and team's ids, so the device is signed in as that user before the store exists.
`DemoBackend.start` (a worker thread, seconds: the server code, seeding, sign-in) then builds the store
with those ids, and the window's own sync brings the caseload in, showing "Synchroniseren…" meanwhile.
"""

from __future__ import annotations

import importlib.util
import logging
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from desktop.models.base import new_id
from desktop.models.outbox import get_setting, set_setting
from desktop.services.context import Actor
from desktop.store import Store

if TYPE_CHECKING:
    from sync.server.embedded import EmbeddedServer

log = logging.getLogger(__name__)
DEMO_COACH, DEMO_SPECIALIST, DEMO_TEAM = "demo.coach", "demo.specialist", "Wijkteam Feijenoord"


class DemoCancelled(Exception):
    """The demo ended (its window closed) while its central store was still being made."""


def backend_available() -> bool:
    """The central store's extras are installed (`wijkdesk[server]`): checked without importing them."""
    return all(importlib.util.find_spec(name) is not None for name in ("fastapi", "uvicorn"))


@dataclass
class DemoBackend:
    store: Store
    demo_dir: Path
    role: str
    clients: int
    seed: int
    sock: socket.socket
    url: str
    ids: dict[str, str]  # team / user name -> id, as the central store will have them
    server: EmbeddedServer | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    @property
    def username(self) -> str:
        return DEMO_SPECIALIST if self.role == "specialist" else DEMO_COACH

    def actor(self) -> Actor:
        with self.store.db.session() as s:
            device = get_setting(s, "device_id") or "unknown"
        return Actor(user_id=self.ids[self.username], username=self.username, device_id=device, role=self.role,
                     team_id=self.ids[DEMO_TEAM] if self.role == "coach" else None)

    def _check(self) -> None:
        if self.cancelled.is_set():
            raise DemoCancelled

    def start(self) -> int:
        """Worker thread: create and seed the central store, serve it, sign this device in. Returns the
        number of demo clients. The first sync is the window's (its status bar shows it)."""
        import httpx

        from desktop.services.sign_in import sign_in
        from sync.server.db import Store as CentralStore
        from sync.server.demo import seed_demo
        from sync.server.embedded import start_embedded
        from sync.server.migrate import migrate

        self._check()
        db_url = f"sqlite:///{self.demo_dir / 'central.db'}"
        central = CentralStore(db_url)
        try:
            migrate(central.engine)
            self._check()
            seeded = seed_demo(central, DEMO_COACH, self.clients, specialist=DEMO_SPECIALIST, seed=self.seed,
                               team=DEMO_TEAM, fixed_ids=self.ids)
        finally:
            central.dispose()
        self._check()
        self.server = start_embedded(db_url, sock=self.sock)
        log.info("demo central store on %s", self.server.url)
        with httpx.Client(base_url=self.url, timeout=60) as http:
            sign_in(self.store, http, self.username, seeded.tokens[self.username])
        return seeded.clients

    def stop(self) -> None:
        self.cancelled.set()
        if self.server is not None:
            self.server.stop()
        else:
            self.sock.close()


def plan_demo(store: Store, demo_dir: Path, as_role: str = "coach", clients: int = 200,
              seed: int = 1) -> DemoBackend:
    """UI thread, before the window: reserve the address, fix the ids, sign the device in on paper."""
    from sync.server.embedded import bind_socket

    sock = bind_socket()
    host, port = sock.getsockname()[:2]
    ids = {DEMO_TEAM: new_id(), DEMO_COACH: new_id(), DEMO_SPECIALIST: new_id()}
    plan = DemoBackend(store, demo_dir, "specialist" if as_role == "specialist" else "coach", clients, seed, sock,
                       f"http://{host}:{port}", ids)
    with store.db.session() as s:
        set_setting(s, "server_url", plan.url)
        set_setting(s, "username", plan.username)
        set_setting(s, "user_id", ids[plan.username])
        set_setting(s, "role", plan.role)
    return plan


def start_in_background(window: Any, plan: DemoBackend, offline: Any) -> None:
    """Start the demo's central store off the UI thread; the window's sync then brings the caseload in.
    If it fails, `offline(plan)` fills an offline demo caseload instead (also off the UI thread)."""
    controller = window.window_sync.controller
    controller.hold()

    def started(clients: int) -> None:
        log.info("demo central store ready with %d clients", clients)
        controller.release(sync=True)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DemoCancelled):
            return
        log.error("demo central store did not start (%s); using an offline demo caseload", type(exc).__name__,
                  exc_info=exc)
        plan.stop()
        from sqlalchemy import delete

        from desktop.models.entities import LocalSetting

        with plan.store.db.session() as s:  # not signed in after all
            s.execute(delete(LocalSetting).where(LocalSetting.key.in_(("server_url", "username", "role"))))
        window.runner.run(offline, plan, on_done=lambda _n: (controller.release(sync=False),
                                                            window.bus.changed.emit("client", "")))

    # After the first paint: the window comes up before the worker takes its share of the interpreter.
    QTimer.singleShot(0, lambda: window.runner.run(plan.start, on_done=started, on_error=failed))
