"""The desktop side of the client rules (sync/policy/clients.py): the same judgement the central store makes on
push, made before saving, with the same reasons."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.models.entities import Client
from desktop.models.policy_settings import read_policy_settings
from sync.policy.clients import client_change_refusals
from sync.policy.reasons import text as reasons_text

from .errors import ValidationError


def client_row(c: Client) -> dict[str, Any]:
    """The client's stored fields as the rules read them."""
    return {col.key: getattr(c, col.key) for col in Client.__table__.columns}


def check_client_change(s: Session, before: Mapping[str, Any] | None, c: Client, today: date, field: str) -> None:
    """Raise ValidationError (on `field`) when the change from `before` to `c` breaks a client rule."""
    refusals = client_change_refusals(before, client_row(c), today, read_policy_settings(s))
    if refusals:
        raise ValidationError({field: reasons_text(refusals)})
