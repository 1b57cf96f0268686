"""Local data: typed models, the encrypted engine, the outbox and migrations. No Qt here."""

from .base import Base, SyncMixin, new_id, utcnow
from .db import Database
from .entities import *  # noqa: F403
from .keystore import UnlockError, load_or_create_key

__all__ = ["Base", "Database", "SyncMixin", "UnlockError", "load_or_create_key", "new_id", "utcnow"]
