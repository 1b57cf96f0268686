"""Aftercare that ended without a record of whether the work lasted (sync/policy/aftercare.py): Mijn week asks
for it for a year after the end of aftercare."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Client

ASK_DAYS = 365


def outcome_due(s: Session, today: date) -> list[tuple[str, date]]:
    """(client id, end of aftercare) of ended aftercare without a recorded outcome, oldest first."""
    return sorted(s.execute(select(Client.id, Client.aftercare_until).where(
        Client.deleted_at.is_(None), Client.benefit_status == "ended", Client.aftercare_outcome.is_(None),
        Client.aftercare_until < today, Client.aftercare_until >= today - timedelta(days=ASK_DAYS))).tuples(),
        key=lambda r: r[1])
