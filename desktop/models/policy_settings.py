"""The policy numbers this device uses (sync/policy/settings.py): the central store's values from the last
handshake, kept in the encrypted database so the rules are the same offline; the defaults before a first sync."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from sync.policy.settings import DEFAULTS, PolicySettings

from .outbox import get_setting

POLICY_SETTINGS_KEY = "policy_settings"


def read_policy_settings(session: Session) -> PolicySettings:
    raw = get_setting(session, POLICY_SETTINGS_KEY)
    if not raw:
        return DEFAULTS
    try:
        return PolicySettings.from_mapping(json.loads(raw))
    except (TypeError, ValueError):
        return DEFAULTS
