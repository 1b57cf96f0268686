"""Who is acting, from which device: passed to every service call for the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.models import Database


def local_now() -> datetime:
    """Meeting times are the wall-clock times people agree on: local and naive.

    Only the sync metadata (updated_at, deleted_at, audit `at`) is kept in UTC.
    """
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Actor:
    user_id: str | None
    username: str
    device_id: str
    role: str = "coach"
    team_id: str | None = None
    today_override: date | None = None  # tests and demos pin "today"

    def today(self) -> date:
        return self.today_override or date.today()


class Service:
    """A domain service: the encrypted store and who acts. Each call opens its own short session."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor
