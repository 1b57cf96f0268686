"""What a placement is, as data: its states, labels, the detached `PlacementData` and the goal development
(before/after) that the coach's service, the specialist's service and the effectiveness figures share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.i18n import translate
from desktop.models.entities import Placement, ProfileEntry

from .catalogue import split_codes
from .context import Actor
from .errors import ValidationError

OPEN = ("proposed", "active")
TRANSITIONS = {"proposed": ("active", "stopped"), "active": ("completed", "stopped")}
REASON_MAX, NOTE_MAX = 2000, 2000
RATINGS = ("rating_client", "rating_supervisor", "rating_employer")


def status_label(status: str) -> str:
    return {"proposed": translate("Placements", "voorgesteld"), "active": translate("Placements", "loopt"),
            "completed": translate("Placements", "afgerond"), "stopped": translate("Placements", "gestopt")
            }.get(status, status)


def outcome_label(outcome: str | None) -> str:
    return {"work": translate("Placements", "werk"), "education": translate("Placements", "opleiding"),
            "next_instrument": translate("Placements", "vervolginstrument"),
            "none": translate("Placements", "geen")}.get(outcome or "", outcome or "")


@dataclass(frozen=True)
class GoalDevelopment:
    code: str
    before: int | None
    after: int | None

    @property
    def change(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class PlacementData:
    id: str
    client_id: str
    instrument_id: str
    instrument_name: str
    provider: str
    specialist_id: str | None
    specialist_name: str | None
    reason: str
    goal_codes: tuple[str, ...]
    start_date: date | None
    end_date: date | None
    status: str
    outcome: str | None
    rating_client: int | None
    rating_supervisor: int | None
    rating_employer: int | None
    progress_notes: str
    specialist_evaluation: str
    development: tuple[GoalDevelopment, ...] = ()


def goal_development(entries: Iterable[ProfileEntry], placement: Placement) -> tuple[GoalDevelopment, ...]:
    """Per goal: the level before the placement (latest not linked to it, on or before its start) and the
    re-assessment linked to it."""
    goals = split_codes(placement.goal_codes)
    start = placement.start_date or placement.end_date or date.max
    before: dict[str, tuple[date, int]] = {}
    after: dict[str, tuple[date, int]] = {}
    for e in entries:
        if e.taxonomy_code not in goals or e.deleted_at is not None:
            continue
        if e.placement_id == placement.id:
            if e.taxonomy_code not in after or e.assessed_on >= after[e.taxonomy_code][0]:
                after[e.taxonomy_code] = (e.assessed_on, e.level)
        elif e.assessed_on <= start and (e.taxonomy_code not in before
                                         or e.assessed_on >= before[e.taxonomy_code][0]):
            before[e.taxonomy_code] = (e.assessed_on, e.level)
    return tuple(GoalDevelopment(c, before[c][1] if c in before else None, after[c][1] if c in after else None)
                 for c in goals)


def note_line(actor: Actor, text: str) -> str:
    return f"{actor.today().strftime('%d-%m-%Y')} ({actor.username}): {text}"


def clean_text(value: Any, limit: int, field: str, required_message: str | None = None) -> str:
    text = str(value or "").replace("\r\n", "\n").strip()
    if required_message and not text:
        raise ValidationError({field: required_message})
    if len(text) > limit:
        raise ValidationError({field: translate("Validation", "Dit is te lang: {n} tekens, hoogstens {max}.")
                               .format(n=len(text), max=limit)})
    return text
