"""Where the device token lives: the OS keyring, or (no secure keyring) the encrypted database."""

from __future__ import annotations

from typing import TYPE_CHECKING

import keyring

from desktop.models.keystore import SERVICE, secure_keyring_available

if TYPE_CHECKING:
    from desktop.models import Database


def _account(device_id: str) -> str:
    return f"token-{device_id}"


def keyring_token(device_id: str) -> str | None:
    """The device token from the OS keyring (None without a secure keyring or a stored token)."""
    return keyring.get_password(SERVICE, _account(device_id)) if secure_keyring_available() else None


def save_token(db: Database, token: str) -> None:
    from desktop.models.entities import LocalSetting
    from desktop.models.outbox import get_setting, set_setting

    with db.session() as s:
        device = get_setting(s, "device_id") or "unknown"
        if secure_keyring_available():
            keyring.set_password(SERVICE, _account(device), token)
            row = s.get(LocalSetting, "device_token")
            if row is not None:
                s.delete(row)
        else:
            set_setting(s, "device_token", token)


def load_token(db: Database) -> str | None:
    from desktop.models.outbox import get_setting

    with db.session() as s:
        device = get_setting(s, "device_id") or "unknown"
        stored = get_setting(s, "device_token")
    return stored or keyring_token(device)


def forget_token(device_id: str) -> None:
    try:
        keyring.delete_password(SERVICE, _account(device_id))
    except Exception:  # noqa: BLE001 - nothing stored is fine
        pass
