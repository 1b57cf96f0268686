"""The numbers of the policy, set in one place: the central store (`wijkdesk-server settings set`).

The central store sends them to devices in the handshake; a desktop keeps the last values it received
and uses them offline (the defaults until its first sync). Values are whole numbers with bounds, so a
typo cannot switch a rule off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

# key -> (default, lowest allowed, highest allowed)
SPEC: dict[str, tuple[int, int, int]] = {
    "tenzij_min_attempts": (3, 1, 10),            # failed call attempts before the letter route
    "tenzij_min_days": (2, 1, 10),                # on at least this many calendar days (Amsterdam)
    "tenzij_attempt_gap_minutes": (60, 0, 1440),  # counted attempts lie at least this far apart
    "letter_wait_working_days": (5, 0, 30),       # after the letter, before a warning or fine investigation
    "attempt_withdraw_minutes": (10, 0, 60),      # an attempt logged by mistake can be withdrawn this long
    "hearing_response_working_days": (5, 1, 30),  # the client's time to respond to a hearing invitation
    "werknl_binding_deadline_days": (14, 1, 60),  # werk.nl: the binding decision's deadline to register
    "werknl_sanction_percentage": (30, 1, 100),   # werk.nl: the highest sanction after that deadline (seed 003)
    "sanction_min_percentage": (1, 1, 100),
    "sanction_max_percentage": (100, 1, 100),
    "sanction_max_months": (3, 1, 3),             # Participatiewet art. 18: at most three months at a time
    "report_small_cell": (5, 2, 50),              # reports: a cell counting fewer people shows "<N" (issue 16)
}


class SettingError(ValueError):
    """An unknown key or a value out of bounds; the message says which (Dutch, for the admin)."""


@dataclass(frozen=True)
class PolicySettings:
    tenzij_min_attempts: int = 3
    tenzij_min_days: int = 2
    tenzij_attempt_gap_minutes: int = 60
    letter_wait_working_days: int = 5
    attempt_withdraw_minutes: int = 10
    hearing_response_working_days: int = 5
    werknl_binding_deadline_days: int = 14
    werknl_sanction_percentage: int = 30
    sanction_min_percentage: int = 1
    sanction_max_percentage: int = 100
    sanction_max_months: int = 3
    report_small_cell: int = 5

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> PolicySettings:
        """Known keys with valid values are taken; anything else keeps its default (never fails)."""
        out: dict[str, int] = {}
        for key, value in (values or {}).items():
            try:
                out[key] = check_setting(key, value)
            except SettingError:
                continue
        return cls(**out)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULTS = PolicySettings()
assert DEFAULTS.as_dict() == {k: v[0] for k, v in SPEC.items()}  # the two lists stay the same


def check_setting(key: str, value: Any) -> int:
    """The value as an int, or SettingError saying why not."""
    if key not in SPEC:
        raise SettingError(f"onbekende instelling {key!r}; bekend: {', '.join(sorted(SPEC))}")
    _default, low, high = SPEC[key]
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        number = None
    if number is None:
        raise SettingError(f"{key}: verwacht een geheel getal, niet {value!r}")
    if not low <= number <= high:
        raise SettingError(f"{key}: {number} ligt buiten {low} tot en met {high}")
    return number
