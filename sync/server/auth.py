"""Bearer tokens: random, shown once, stored only as sha256 hashes (DESIGN §4.8).

A user token (printed by `wijkdesk-server user add`) is only good for POST /auth/login, which gives a
device token; every other endpoint takes a device token. A revoked device, or any device of a disabled
user, gets 403 "revoked".
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import Connection, select, update

from .models import T_DEVICE, T_USER, utcnow
from .scope import Principal


class AuthError(Exception):
    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def bearer(header: str | None) -> str:
    if not header:
        raise AuthError(401, "unauthorized", "missing Authorization: Bearer token")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise AuthError(401, "unauthorized", "expected Authorization: Bearer <token>")
    return token


SEEN_EVERY = timedelta(minutes=1)


def device_principal(conn: Connection, token: str) -> Principal:
    """The device and user of a device token; notes `last_seen_at` in this transaction when it is due."""
    who, due = device_lookup(conn, token)
    if due:
        note_seen(conn, who.device_id)
    return who


def device_lookup(conn: Connection, token: str) -> tuple[Principal, bool]:
    """The device and user of a device token, and whether its `last_seen_at` is due to be noted (the API does
    that in a writing transaction of its own, so looking the token up never waits for the write lock)."""
    d, u = T_DEVICE.c, T_USER.c
    row = conn.execute(
        select(d.id, d.revoked_at, d.last_seen_at, u.id, u.username, u.display_name, u.role, u.team_id,
               u.deleted_at, u.disabled_at)
        .join_from(T_DEVICE, T_USER, d.user_id == u.id)
        .where(d.token_hash == hash_token(token))).first()
    if row is None:
        raise AuthError(401, "unauthorized", "unknown or expired token: sign in again")
    device_id, revoked_at, last_seen, user_id, username, display_name, role, team_id, deleted_at, disabled = row
    if revoked_at is not None or disabled is not None:
        raise AuthError(403, "revoked", "this device was revoked: its local Wijkdesk data must be wiped")
    if deleted_at is not None:
        raise AuthError(401, "unauthorized", "this user no longer exists")
    due = last_seen is None or utcnow() - last_seen > SEEN_EVERY
    return Principal(user_id, username, display_name, role, team_id, device_id), due


def note_seen(conn: Connection, device_id: str) -> None:
    conn.execute(update(T_DEVICE).where(T_DEVICE.c.id == device_id).values(last_seen_at=utcnow()))
