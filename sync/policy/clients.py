"""Every rule about one client row (werk.nl, aftercare, the work-duty exemption, re-examination), judged the same way on the
desktop and on the central store: only what a change newly breaks is refused, so a record stored before a rule
existed does not block unrelated edits (`wijkdesk-server check-policy` lists those)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from . import absence_approach, aftercare, exemption, reexamination, satisfaction, werknl
from .reasons import Refusal
from .settings import DEFAULTS, PolicySettings

FIELDS = (werknl.FIELDS | aftercare.FIELDS | exemption.FIELDS | reexamination.FIELDS
          | satisfaction.CLIENT_FIELDS | absence_approach.FIELDS)


def judge_client_state(row: Mapping[str, Any], today: date, settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    return (werknl.judge_werknl(row, today, settings) + aftercare.judge_aftercare_state(row)
            + exemption.judge_exemption(row) + reexamination.judge_reexamination(row)
            + satisfaction.judge_client_satisfaction(row) + absence_approach.judge_approach(row))


def client_change_refusals(before: Mapping[str, Any] | None, after: Mapping[str, Any], today: date,
                           settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """The rules this change of a client row breaks that the row did not break before (before None: a new row)."""
    old = judge_client_state(before, today, settings) if before else []
    new = (werknl.judge_werknl(after, today, settings) + aftercare.judge_aftercare(before, after, today)
           + exemption.judge_exemption(after) + reexamination.judge_reexamination(after)
           + satisfaction.judge_client_satisfaction(after) + absence_approach.judge_approach(after))
    return [r for r in new if r not in old]
