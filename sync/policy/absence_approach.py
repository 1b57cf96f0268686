"""The absence approach (seed 004), its first step: the coach proposes a client with one or more reasons
(repeatedly missed appointments, missed obligations, frequent sickness absence) and a written note — no score, no
predefined target group; a coordinator (team lead) checks for serious impediments and admits or excludes, with the
reason. No proposal or admission while the client is exempt from the work duty (sync/policy/exemption.py).
Groups, sessions and attendance are not built yet."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .exemption import exempt_on
from .reasons import Refusal, day_text
from .values import as_date, text

REASONS = ("missed_appointments", "missed_obligations", "sickness_absence")
DECISIONS = ("admitted", "excluded")
FIELDS = frozenset({"approach_proposed_on", "approach_reasons", "approach_note", "approach_decision",
                    "approach_decision_reason", "approach_decided_on", "approach_decided_by"})


def reason_codes(value: Any) -> list[str]:
    return text(value).split()


def judge_approach(row: Mapping[str, Any]) -> list[Refusal]:
    out: list[Refusal] = []
    proposed, decided = as_date(row.get("approach_proposed_on")), as_date(row.get("approach_decided_on"))
    codes = reason_codes(row.get("approach_reasons"))
    if proposed is not None and (not codes or any(c not in REASONS for c in codes)
                                 or not text(row.get("approach_note"))):
        out.append(Refusal("approach_proposal"))
    decision = row.get("approach_decision")
    if decision is not None:
        if (decision not in DECISIONS or proposed is None or decided is None or decided < proposed
                or not text(row.get("approach_decision_reason")) or not text(row.get("approach_decided_by"))):
            out.append(Refusal("approach_decision"))
    until = as_date(row.get("work_duty_exemption_until"))
    for day in (proposed, decided if decision == "admitted" else None):
        if day is not None and until is not None and exempt_on(row, day):
            out.append(Refusal("exempt_no_absence_approach", {"day": day_text(until)}))
            break
    return out
