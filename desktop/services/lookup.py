"""Fetching one live (not soft-deleted) row, with the user's message when it is gone."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Client

from .errors import NotFound

T = TypeVar("T")


def live(s: Session, model: type[T], row_id: str | None, message: str) -> T:
    row = s.get(model, row_id) if row_id else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(message)
    return row


def live_client(s: Session, client_id: str | None) -> Client:
    return live(s, Client, client_id, translate("Caseload", "Deze werkzoekende bestaat niet (meer)."))
