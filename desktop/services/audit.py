"""The audit trail: who did what to which client's data, when, from which device (never the values)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop.models.entities import AuditEvent

from .context import Actor


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: str | None,
           client_id: str | None, *, fields: Iterable[str] | None = None, purpose: str | None = None) -> None:
    session.add(AuditEvent(
        user_id=actor.user_id, username=actor.username, device_id=actor.device_id, action=action,
        entity=entity, entity_id=entity_id, client_id=client_id, purpose=purpose,
        fields=",".join(sorted(fields)) if fields else None))
