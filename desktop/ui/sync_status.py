"""Qt-free figures for the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.models import Database
from desktop.models.entities import OutboxMutation


def pending_changes(db: Database) -> int:
    """Local changes waiting in the outbox to be pushed to the central store."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation)
                        .where(OutboxMutation.state == "pending")) or 0
