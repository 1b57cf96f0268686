"""Stopping a user (`wijkdesk-server user disable|enable|token`).

Disabling a user revokes every device of theirs at once: each gets the revocation answer (403 "revoked") at
its next contact and wipes itself; the user token is refused at sign-in from then on. Enabling lets the user
sign in again (new devices; the revoked ones stay revoked). A new user token replaces the old one, which
stops working immediately.
"""

from __future__ import annotations

from sqlalchemy import update

from .admin import AdminError, find_user
from .auth import hash_token, new_token
from .db import Store
from .models import T_DEVICE, T_USER, utcnow


def disable_user(store: Store, username: str) -> int:
    """Disable the user and revoke all their devices; returns the number of devices revoked now."""
    now = utcnow()
    with store.plain(write=True) as conn:
        user = find_user(conn, username)
        conn.execute(update(T_USER).where(T_USER.c.id == user.id, T_USER.c.disabled_at.is_(None))
                     .values(disabled_at=now))
        return conn.execute(update(T_DEVICE).where(T_DEVICE.c.user_id == user.id, T_DEVICE.c.revoked_at.is_(None))
                            .values(revoked_at=now)).rowcount


def enable_user(store: Store, username: str) -> bool:
    """Let a disabled user sign in again; False when they were not disabled."""
    with store.plain(write=True) as conn:
        user = find_user(conn, username)
        return conn.execute(update(T_USER).where(T_USER.c.id == user.id, T_USER.c.disabled_at.is_not(None))
                            .values(disabled_at=None)).rowcount > 0


def replace_token(store: Store, username: str) -> str:
    """A new user token (returned once; only its hash is kept); the old one no longer signs in."""
    token = new_token()
    with store.plain(write=True) as conn:
        user = find_user(conn, username)
        if conn.execute(update(T_USER).where(T_USER.c.id == user.id)
                        .values(token_hash=hash_token(token))).rowcount != 1:
            raise AdminError(f"could not replace the token of '{username}'")
    return token
