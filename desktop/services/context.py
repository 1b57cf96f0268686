"""Who is acting, from which device: passed to every service call for the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
