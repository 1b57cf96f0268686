"""The work-duty exemption (arbeidsverplichting): a reason, a first day and an end date. While a client is
exempt there is no absence approach and no werk.nl binding decision or werk.nl sanction (seeds 003, 004)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .reasons import Refusal, day_text
from .values import as_date, text

FIELDS = frozenset({"work_duty_exemption", "work_duty_exemption_from", "work_duty_exemption_until",
                    "werknl_binding_decision_on", "werknl_sanction_on"})


def exempt_on(row: Mapping[str, Any], day: date) -> bool:
    """True when the client is exempt from the work duty on `day` (an exemption without a first day, from before
    the first day was recorded, counts from the start)."""
    if not text(row.get("work_duty_exemption")):
        return False
    first, until = as_date(row.get("work_duty_exemption_from")), as_date(row.get("work_duty_exemption_until"))
    return until is not None and day <= until and (first is None or first <= day)


def judge_exemption(row: Mapping[str, Any]) -> list[Refusal]:
    """What is wrong with this client's exemption and the steps taken during it ([] = allowed)."""
    out: list[Refusal] = []
    reason = text(row.get("work_duty_exemption"))
    first, until = as_date(row.get("work_duty_exemption_from")), as_date(row.get("work_duty_exemption_until"))
    if bool(reason) != (until is not None) or (first is not None and not reason):
        out.append(Refusal("exemption_incomplete"))
    elif first is not None and until is not None and until < first:
        out.append(Refusal("exemption_dates"))
    for field, code in (("werknl_binding_decision_on", "exempt_no_binding_decision"),
                        ("werknl_sanction_on", "exempt_no_werknl_sanction")):
        day = as_date(row.get(field))
        if day is not None and exempt_on(row, day):
            out.append(Refusal(code, {"day": day_text(as_date(row.get("work_duty_exemption_until")))}))
    return out
