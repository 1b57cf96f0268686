"""Shared fixtures: an in-memory keyring, fresh data dirs, an opened store."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from desktop.paths import Paths  # noqa: E402
from desktop.services.context import Actor  # noqa: E402
from desktop.store import Store, open_store  # noqa: E402

TODAY = date(2026, 11, 26)


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
    return Actor(a.user_id, a.username, a.device_id, a.role, a.team_id, today_override=TODAY)
