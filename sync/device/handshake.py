"""The handshake's answer as the desktop reads it: checked field by field here, without pydantic.

protocol.Handshake is the store's model of the same answer (and its OpenAPI contract). Reading it with that
model would load pydantic and build every message model of the protocol (about 85 ms) in every `wijkdesk sync`,
where a restore and a sync with nothing to push move no other pydantic message. The checks are those of the
model, kept as strict or stricter: exactly its fields, each of its type.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from .base import SyncError

OLD_MAX_PUSH_BATCH = 500  # servers from before that field took at most this many mutations in one push


@dataclass(frozen=True)
class HandshakeAnswer:
    protocol: int
    schema_version: str
    server_time: datetime
    user: str
    role: str
    display_name: str
    user_id: str  # a UUID as text, lowercase and hyphenated
    team_id: str | None
    max_push_batch: int
    policy: dict[str, int] | None


_KNOWN = frozenset(f.name for f in fields(HandshakeAnswer))
_OPTIONAL = ("team_id", "max_push_batch", "policy")  # the model's fields with a default
_REQUIRED = tuple(f.name for f in fields(HandshakeAnswer) if f.name not in _OPTIONAL)


def read_handshake(doc: Any) -> HandshakeAnswer:
    """The handshake answer in `doc` (parsed JSON); SyncError when it is not one."""
    if not isinstance(doc, dict):
        raise SyncError("malformed handshake answer")
    odd = sorted(set(doc) - _KNOWN) or [f for f in _REQUIRED if f not in doc]
    if odd:
        raise SyncError(f"malformed handshake answer: {odd[0]!r}")
    policy = doc.get("policy")
    if policy is not None and not (isinstance(policy, dict) and all(_whole(v) for v in policy.values())):
        raise SyncError("malformed handshake answer: 'policy'")
    team = doc.get("team_id")
    return HandshakeAnswer(
        protocol=_number(doc, "protocol"), schema_version=_text(doc, "schema_version"),
        server_time=_moment(doc, "server_time"), user=_text(doc, "user"), role=_text(doc, "role"),
        display_name=_text(doc, "display_name"), user_id=_uuid(doc, "user_id"),
        team_id=None if team is None else _uuid(doc, "team_id"),
        max_push_batch=_number(doc, "max_push_batch") if "max_push_batch" in doc else OLD_MAX_PUSH_BATCH,
        policy=policy)


def _whole(value: Any) -> bool:
    return type(value) is int


def _number(doc: dict[str, Any], name: str) -> int:
    if not _whole(doc[name]):
        raise SyncError(f"malformed handshake answer: {name!r}")
    return doc[name]


def _text(doc: dict[str, Any], name: str) -> str:
    if not isinstance(doc[name], str):
        raise SyncError(f"malformed handshake answer: {name!r}")
    return doc[name]


def _uuid(doc: dict[str, Any], name: str) -> str:
    try:
        return str(uuid.UUID(_text(doc, name)))
    except ValueError:
        raise SyncError(f"malformed handshake answer: {name!r}") from None


def _moment(doc: dict[str, Any], name: str) -> datetime:
    try:
        return datetime.fromisoformat(_text(doc, name))
    except ValueError:
        raise SyncError(f"malformed handshake answer: {name!r}") from None
