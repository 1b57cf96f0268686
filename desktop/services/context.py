"""Who is acting, from which device: passed to every service call for the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sync import clock
from sync.clock import local_now

if TYPE_CHECKING:
    from desktop.models import Database

__all__ = ["Actor", "Service", "local_now"]


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    device_id: str
    role: str = "coach"
    team_id: str | None = None

    def today(self) -> date:
        """Today in Amsterdam, from the one clock (tests freeze it with time-machine)."""
        return clock.today()


class Service:
    """A domain service: the encrypted store and who acts. Each call opens its own short session."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
