"""The policy rules of the seeds, in one Qt-free place: the desktop's services and the central store's push
call the same functions and give the same reasons (sync/policy/reasons.py), Dutch or English.

signals.py   telephone-first: warnings and fine investigations, the tenzij route, income decisions (seeds 000, 001)
absences.py  the absence follow-up sequence (seed 004)
settings.py  the numbers, set centrally and sent to devices in the handshake
"""

from .reasons import Refusal, localise_reason, text, wire_reason
from .settings import DEFAULTS, PolicySettings, SettingError, check_setting

__all__ = ["DEFAULTS", "PolicySettings", "Refusal", "SettingError", "check_setting", "localise_reason", "text",
           "wire_reason"]
