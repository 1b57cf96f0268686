"""Aftercare follows the benefit (seeds 001, 002).

When a benefit ends — also a second time — aftercare runs to six months after that end unless the coach sets
another date (`aftercare_until`); an aftercare date before the benefit end is refused. A benefit that restarts
within six months of the previous end is flagged (`benefit_restarted_on`, `previous_benefit_end`: no new
four-week search period for people over 27, seed 002) and keeps the same coach. At the end of aftercare the
coach records whether the work lasted (`aftercare_outcome`, `aftercare_outcome_on`).

The state rules hold for any stored client; the transition rules (flag the restart, keep the coach) judge a
change from `before` to `after`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .reasons import Refusal, day_text
from .values import as_date

AFTERCARE_MONTHS = 6
RESTART_MONTHS = 6
OUTCOMES = ("lasted", "not_lasted")
RUNNING = ("applicant", "active")
# The client fields these rules read: a client mutation touching none of them is not judged.
FIELDS = frozenset({"benefit_status", "benefit_start", "benefit_end", "aftercare_until", "previous_benefit_end",
                    "benefit_restarted_on", "aftercare_outcome", "aftercare_outcome_on"})


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day (31 Aug + 6 = 28/29 Feb)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for dd in (day.day, 30, 29, 28):
        try:
            return date(year, month, dd)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def default_aftercare_until(benefit_end: date) -> date:
    return add_months(benefit_end, AFTERCARE_MONTHS)


def restart_of(before: Mapping[str, Any], after: Mapping[str, Any], today: date) -> tuple[date, date] | None:
    """(restart day, previous end) when this change restarts an ended benefit within six months of its end."""
    if before.get("benefit_status") != "ended" or after.get("benefit_status") not in RUNNING:
        return None
    end = as_date(before.get("benefit_end"))
    if end is None:
        return None
    start = as_date(after.get("benefit_start"))
    if start is None or start == as_date(before.get("benefit_start")):
        start = today
    if end <= start <= add_months(end, RESTART_MONTHS):
        return start, end
    return None


def judge_aftercare_state(row: Mapping[str, Any]) -> list[Refusal]:
    out: list[Refusal] = []
    end, until = as_date(row.get("benefit_end")), as_date(row.get("aftercare_until"))
    if end is not None and until is not None and until < end:
        out.append(Refusal("aftercare_before_end", {"day": day_text(end)}))
    outcome, outcome_on = row.get("aftercare_outcome"), as_date(row.get("aftercare_outcome_on"))
    if outcome is not None:
        if outcome not in OUTCOMES or outcome_on is None:
            out.append(Refusal("aftercare_outcome"))
        elif row.get("benefit_status") != "ended" or end is None:
            out.append(Refusal("aftercare_outcome_no_end"))
        elif outcome_on < (until or end):
            out.append(Refusal("aftercare_outcome_early", {"day": day_text(until or end)}))
    restarted, previous = as_date(row.get("benefit_restarted_on")), as_date(row.get("previous_benefit_end"))
    if restarted is not None and (previous is None or not previous <= restarted <= add_months(previous,
                                                                                            RESTART_MONTHS)):
        out.append(Refusal("restart_flag"))
    return out


def judge_aftercare(before: Mapping[str, Any] | None, after: Mapping[str, Any], today: date) -> list[Refusal]:
    """What is wrong with this client's benefit and aftercare after the change ([] = allowed)."""
    out = judge_aftercare_state(after)
    if before:
        restart = restart_of(before, after, today)
        if restart is not None:
            start, end = restart
            if as_date(after.get("benefit_restarted_on")) != start or as_date(after.get("previous_benefit_end")) != end:
                out.append(Refusal("restart_not_flagged", {"day": day_text(end)}))
            if after.get("coach_id") != before.get("coach_id"):
                out.append(Refusal("restart_keeps_coach"))
    return out
