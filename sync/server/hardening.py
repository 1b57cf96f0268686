"""Limits on failed sign-ins (429 with Retry-After).

Failures are counted in the database (`login_failure`), so every API process behind a load balancer sees
the same count: per user name at most USER_LIMIT failures, per client address at most ADDRESS_LIMIT (higher:
a municipal office signs in from behind one address) within WINDOW. While a key is over its limit every
sign-in for it is answered 429, even with the right token, so guessing cannot go on; the answer says when to
try again. A successful sign-in clears the user name's failures. Behind a reverse proxy, run uvicorn with
--proxy-headers (and --forwarded-allow-ips) so the address is the caller's, not the proxy's.
"""

from __future__ import annotations

import math
from datetime import timedelta

from sqlalchemy import delete, func, insert, select

from .auth import AuthError
from .db import Store
from .models import T_LOGIN_FAILURE, new_id, utcnow

WINDOW = timedelta(minutes=15)
USER_LIMIT = 5
ADDRESS_LIMIT = 20


class RateLimited(AuthError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "too_many_requests",
                         f"too many failed sign-ins: try again in {retry_after} seconds")
        self.retry_after = retry_after


def _keys(username: str, address: str | None) -> list[tuple[str, int]]:
    keys = [(f"user:{username}"[:200], USER_LIMIT)]
    if address:
        keys.append((f"addr:{address}"[:200], ADDRESS_LIMIT))
    return keys


def check_login_allowed(store: Store, username: str, address: str | None) -> bool:
    """Raise RateLimited when the user name or the address has too many recent failures; else whether the user
    name has any (to be cleared after a successful sign-in)."""
    now = utcnow()
    f = T_LOGIN_FAILURE.c
    wait = 0
    failed = False
    with store.plain() as conn:
        for key, limit in _keys(username, address):
            n, oldest = conn.execute(select(func.count(), func.min(f.at))
                                     .where(f.key == key, f.at > now - WINDOW)).one()
            failed = failed or (key.startswith("user:") and n > 0)
            if n >= limit and oldest is not None:
                # The oldest failures must age out of the window before one more attempt is allowed.
                nth = conn.execute(select(f.at).where(f.key == key, f.at > now - WINDOW).order_by(f.at)
                                   .offset(n - limit).limit(1)).scalar_one()
                wait = max(wait, math.ceil((nth + WINDOW - now).total_seconds()))
    if wait > 0:
        raise RateLimited(wait)
    return failed


def note_login_failure(store: Store, username: str, address: str | None) -> None:
    now = utcnow()
    with store.plain(write=True) as conn:
        conn.execute(delete(T_LOGIN_FAILURE).where(T_LOGIN_FAILURE.c.at <= now - WINDOW))
        conn.execute(insert(T_LOGIN_FAILURE), [{"id": new_id(), "key": key, "at": now}
                                               for key, _ in _keys(username, address)])


def clear_login_failures(store: Store, username: str) -> None:
    with store.plain(write=True) as conn:
        conn.execute(delete(T_LOGIN_FAILURE).where(T_LOGIN_FAILURE.c.key == f"user:{username}"[:200]))
