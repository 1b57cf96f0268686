"""Absence follow-up (seed 004, Verzuimaanpak) as an enforced sequence.

1. a missed activity (called off or not);
2. a door visit when the client had not called off;
3. the coach's conversation, held after the door visit;
4. a sanction considered (*maatregeloverweging*), only with the circumstances checked: children in the
   household, debts, housing at risk, health — each yes / no / unknown, with a note when not "no";
5. a hearing: invitation date (`hearing_offered_on`), response deadline (`hearing_deadline`, by default
   `hearing_response_working_days` working days later), outcome (heard / written view received / no
   response) and the client's view;
6. the decision (`closed_on` is its day): a sanction only after the outcome or after the deadline passed,
   with its reason, percentage and months within the central bounds; "no sanction" after the consideration.

Circumstances that explain the absence close it without a sanction at any step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .reasons import Refusal, day_text
from .settings import DEFAULTS, PolicySettings
from .values import as_date, as_wall, text

CIRCUMSTANCES = ("children", "debts", "housing", "health")
ANSWERS = ("yes", "no", "unknown")
HEARING_OUTCOMES = ("heard", "written_view", "no_response")
DECISIONS = ("sanction", "no_sanction")


def parse_circumstances(value: Any) -> dict[str, dict[str, str]]:
    """The stored JSON text of the circumstances check as {item: {"answer": ..., "note": ...}} ({} when unreadable)."""
    if isinstance(value, Mapping):
        data: Any = value
    else:
        try:
            data = json.loads(value) if value else {}
        except (TypeError, ValueError):
            return {}
    if not isinstance(data, Mapping):
        return {}
    out: dict[str, dict[str, str]] = {}
    for key in CIRCUMSTANCES:
        item = data.get(key)
        if isinstance(item, Mapping):
            out[key] = {"answer": text(item.get("answer")), "note": text(item.get("note"))}
    return out


def circumstances_complete(value: Any) -> bool:
    items = parse_circumstances(value)
    for key in CIRCUMSTANCES:
        item = items.get(key)
        if item is None or item["answer"] not in ANSWERS or (item["answer"] != "no" and not item["note"]):
            return False
    return True


@dataclass(frozen=True)
class AbsenceState:
    missed_on: date | None
    notified: bool = False
    door_visit_on: date | None = None
    followup_conversation_id: str | None = None
    conversation_day: date | None = None  # the day the follow-up conversation was held (None: not found)
    explained_by_circumstances: bool = False
    circumstances: Any = None
    sanction_considered_on: date | None = None
    hearing_offered_on: date | None = None
    hearing_deadline: date | None = None
    hearing_outcome: str | None = None
    hearing_outcome_on: date | None = None
    hearing_client_view: str = ""
    sanction_decision: str | None = None
    sanction_percentage: int | None = None
    sanction_months: int | None = None
    decision_reason: str = ""
    closed_on: date | None = None

    @classmethod
    def of(cls, row: Mapping[str, Any], conversation: Mapping[str, Any] | None = None) -> AbsenceState:
        """From a stored row; `conversation` is the follow-up conversation's row (held, same client) or None."""
        day = None
        if conversation is not None and not conversation.get("planned") and not conversation.get("deleted_at"):
            held = as_wall(conversation.get("held_at"))
            day = held.date() if held else None
        return cls(
            missed_on=as_date(row.get("missed_on")), notified=bool(row.get("notified")),
            door_visit_on=as_date(row.get("door_visit_on")),
            followup_conversation_id=row.get("followup_conversation_id") or None, conversation_day=day,
            explained_by_circumstances=bool(row.get("explained_by_circumstances")),
            circumstances=row.get("circumstances"),
            sanction_considered_on=as_date(row.get("sanction_considered_on")),
            hearing_offered_on=as_date(row.get("hearing_offered_on")),
            hearing_deadline=as_date(row.get("hearing_deadline")),
            hearing_outcome=row.get("hearing_outcome") or None,
            hearing_outcome_on=as_date(row.get("hearing_outcome_on")),
            hearing_client_view=text(row.get("hearing_client_view")),
            sanction_decision=row.get("sanction_decision") or None,
            sanction_percentage=row.get("sanction_percentage"), sanction_months=row.get("sanction_months"),
            decision_reason=text(row.get("decision_reason")), closed_on=as_date(row.get("closed_on")))


def consider_needs(a: AbsenceState) -> list[str]:
    """Steps still missing before a sanction can be considered."""
    steps = []
    if not a.notified and a.door_visit_on is None:
        steps.append("door_visit")
    if a.followup_conversation_id is None or a.conversation_day is None:
        steps.append("conversation")
    if not circumstances_complete(a.circumstances):
        steps.append("circumstances")
    return steps


def decision_refusals(a: AbsenceState, decision: str, on: date, percentage: Any, months: Any, reason: str,
                      settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """Why this decision cannot be taken on day `on` ([] = it can)."""
    out: list[Refusal] = []
    if not text(reason):
        out.append(Refusal("decision_reason"))
    if decision == "no_sanction":
        if a.sanction_considered_on is None and not a.explained_by_circumstances:
            out.append(Refusal("decision_missing", {"steps": ["consideration"]}))
        return out
    missing = []
    if a.sanction_considered_on is None:
        missing.append("consideration")
    if a.hearing_offered_on is None:
        missing.append("hearing")
    if missing:
        out.append(Refusal("decision_missing", {"steps": missing}))
    elif a.hearing_outcome is None and (a.hearing_deadline is None or on <= a.hearing_deadline):
        deadline = a.hearing_deadline or a.hearing_offered_on
        out.append(Refusal("decision_before_deadline", {"day": day_text(deadline)}))
    low, high = settings.sanction_min_percentage, settings.sanction_max_percentage
    if not isinstance(percentage, int) or isinstance(percentage, bool) or not low <= percentage <= high:
        out.append(Refusal("sanction_percentage", {"low": low, "high": high}))
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= settings.sanction_max_months:
        out.append(Refusal("sanction_months", {"high": settings.sanction_max_months}))
    return out


def judge_absence(a: AbsenceState, today: date, settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """What is wrong with this stored state of an absence ([] = it is allowed)."""
    out: list[Refusal] = []
    if a.door_visit_on is not None:
        if a.notified:
            out.append(Refusal("door_visit_not_needed"))
        elif a.missed_on and a.door_visit_on < a.missed_on:
            out.append(Refusal("door_visit_before_absence"))
    if a.followup_conversation_id is not None:
        if a.conversation_day is None:
            out.append(Refusal("conversation_missing"))
        elif not a.notified and (a.door_visit_on is None or a.conversation_day < a.door_visit_on):
            out.append(Refusal("conversation_before_door_visit"))
    if a.sanction_considered_on is not None:
        steps = consider_needs(a)
        if steps:
            out.append(Refusal("consider_missing", {"steps": steps}))
        elif a.conversation_day and a.sanction_considered_on < a.conversation_day:
            out.append(Refusal("consider_too_early"))
    if a.hearing_offered_on is not None:
        if a.sanction_considered_on is None or a.hearing_offered_on < a.sanction_considered_on:
            out.append(Refusal("hearing_without_consideration"))
        if a.hearing_deadline is None or a.hearing_deadline <= a.hearing_offered_on:
            out.append(Refusal("hearing_deadline"))
    if a.hearing_outcome is not None:
        if a.hearing_offered_on is None or (a.hearing_outcome_on and a.hearing_outcome_on < a.hearing_offered_on):
            out.append(Refusal("hearing_outcome_early"))
        if a.hearing_outcome in ("heard", "written_view") and not a.hearing_client_view:
            out.append(Refusal("hearing_view_missing"))
    explained = a.explained_by_circumstances and a.sanction_decision == "no_sanction"
    if a.sanction_decision is not None and a.sanction_decision not in DECISIONS:
        out.append(Refusal("decision_missing", {"steps": ["consideration"]}))
    elif a.sanction_decision is not None and not explained:
        on = min(a.closed_on or today, today)
        out.extend(decision_refusals(a, a.sanction_decision, on, a.sanction_percentage, a.sanction_months,
                                     a.decision_reason, settings))
    elif a.sanction_decision is None and a.closed_on is not None:
        out.append(Refusal("closed_without_decision"))
    return out
