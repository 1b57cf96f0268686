"""Shared fixtures: the frozen clock, an in-memory keyring, fresh data dirs, an opened store.

Time: every test runs with the one clock set by time-machine (`clock` fixture, autouse) to
`WIJKDESK_TEST_NOW` (an Amsterdam wall-clock time, ISO format; `make test-dates` sets several)
or else to a fixed ordinary Thursday morning. Time ticks on from there so timeouts and servers
work, and nothing in a test reads the real date. Tests compute their dates from `clock.today()`
or `local_now()`; a test about one particular moment travels there itself (`travel_to`).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
import time_machine  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from desktop.paths import Paths  # noqa: E402
from desktop.services.context import Actor  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402
from sync.clock import AMSTERDAM  # noqa: E402

DEFAULT_NOW = "2026-11-26T10:15:00"


def frozen_moment() -> datetime:
    """The moment the suite runs at: `WIJKDESK_TEST_NOW` (Amsterdam wall-clock) or the default."""
    wall = datetime.fromisoformat(os.environ.get("WIJKDESK_TEST_NOW") or DEFAULT_NOW)
    return wall.replace(tzinfo=AMSTERDAM) if wall.tzinfo is None else wall


@pytest.fixture(autouse=True)
def clock():
    """Set the one clock for this test; `clock.move_to(...)` (time-machine) moves it."""
    with time_machine.travel(frozen_moment(), tick=True) as traveller:
        yield traveller


def travel_to(wall: str):
    """A context manager that sets the clock to an Amsterdam wall-clock time (ISO), for one test's edge."""
    return time_machine.travel(datetime.fromisoformat(wall).replace(tzinfo=AMSTERDAM), tick=False)


class MemoryKeyring(KeyringBackend):
    """A secure-looking backend that keeps secrets in memory, for tests only."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.resolve(tmp_path / "data")


@pytest.fixture
def store(paths: Paths) -> Store:
    st = open_store(paths)
    yield st
    st.close()


@pytest.fixture
def actor(store: Store) -> Actor:
    a = store.actor()
    return Actor(a.user_id, a.username, a.device_id, a.role, a.team_id)
