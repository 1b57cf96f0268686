"""Local data: typed models, the encrypted engine, the outbox and migrations. No Qt here.

The names are loaded on first use (PEP 562): `desktop.models.keystore` (the key) or `.dbfile` must not pull
in SQLAlchemy and the ORM mapping for the command-line paths that need neither (`--help`, a sync with
nothing to do).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Base, SyncMixin, new_id, utcnow
    from .db import Database
    from .entities import *  # noqa: F403
    from .keystore import UnlockError, load_or_create_key

__all__ = ["Base", "Database", "SyncMixin", "UnlockError", "load_or_create_key", "new_id", "utcnow"]

_FROM = {"Base": ".base", "SyncMixin": ".base", "new_id": ".base", "utcnow": ".base", "Database": ".db",
         "UnlockError": ".keystore", "load_or_create_key": ".keystore"}


def __getattr__(name: str) -> Any:
    module = _FROM.get(name, ".entities")  # everything else: a model of entities.py
    try:
        return getattr(import_module(module, __name__), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
