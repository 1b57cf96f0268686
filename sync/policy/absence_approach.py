"""The absence approach (seed 004), its first step: the coach proposes a client with one or more reasons
(repeatedly missed appointments, missed obligations, frequent sickness absence) and a written note — no score, no
predefined target group; a coordinator (team lead) checks for serious impediments and admits or excludes, with the
reason. No proposal or admission while the client is exempt from the work duty (sync/policy/exemption.py).

Admitted clients form groups (about 20-25) with a series of group meetings (cv training, application training);
attendance is recorded per participant: present, called off or no-show. A no-show without calling off opens an
absence (absence_id) that goes to the absence team for the door visit; the coach sees it with their absences.
Who may write which of these records is sync/policy/roles.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .exemption import exempt_on
from .reasons import Refusal, day_text
from .values import as_date, text

REASONS = ("missed_appointments", "missed_obligations", "sickness_absence")
DECISIONS = ("admitted", "excluded")
FIELDS = frozenset({"approach_proposed_on", "approach_reasons", "approach_note", "approach_decision",
                    "approach_decision_reason", "approach_decided_on", "approach_decided_by", "approach_group_id"})
TOPICS = ("cv", "application", "motivation")
ATTENDANCE = ("present", "called_off", "no_show")
GROUP_SIZE = (20, 25)  # seed 004: the pilot's groups had about 20 to 25 participants


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
    if row.get("approach_group_id") and decision != "admitted":
        out.append(Refusal("approach_group_unadmitted"))
    until = as_date(row.get("work_duty_exemption_until"))
    for day in (proposed, decided if decision == "admitted" else None):
        if day is not None and until is not None and exempt_on(row, day):
            out.append(Refusal("exempt_no_absence_approach", {"day": day_text(until)}))
            break
    return out


def judge_group_size(members: int) -> list[Refusal]:
    """A client joining a group that would then hold `members` participants: at most GROUP_SIZE[1] (the desktop
    before placing, the central store for a push batch's placements)."""
    return [Refusal("approach_group_full", {"n": GROUP_SIZE[1]})] if members > GROUP_SIZE[1] else []


def judge_group(row: Mapping[str, Any]) -> list[Refusal]:
    if row.get("deleted_at"):
        return []
    if not text(row.get("name")) or as_date(row.get("starts_on")) is None or not row.get("team_id"):
        return [Refusal("approach_group")]
    return []


def judge_session(row: Mapping[str, Any]) -> list[Refusal]:
    if row.get("deleted_at"):
        return []
    if row.get("topic") not in TOPICS or not row.get("starts_at") or not row.get("group_id"):
        return [Refusal("approach_session")]
    return []


def judge_attendance(row: Mapping[str, Any], client: Mapping[str, Any] | None) -> list[Refusal]:
    """One participant at one session: only an admitted client; a no-show (not called off) opens an absence."""
    if row.get("deleted_at"):
        return []
    out: list[Refusal] = []
    status = row.get("status")
    if status not in ATTENDANCE or not row.get("session_id"):
        out.append(Refusal("approach_attendance"))
    if client is not None and client.get("approach_decision") != "admitted":
        out.append(Refusal("approach_not_admitted"))
    if (status == "no_show") != bool(row.get("absence_id")):
        out.append(Refusal("approach_no_show_absence"))
    return out
