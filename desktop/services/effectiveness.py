"""Effectiveness of the instrumentenhuis: per instrument, what came of its placements — the objective
result and how client, supervisor and employer experienced it, and the development on the goals.

Aggregate figures only (no names): for the team lead and the coach. Computed from the placements held
on this device; the central store computes the same over all teams.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import PLACEMENT_OUTCOMES, Instrument, Placement, ProfileEntry

from . import audit
from .context import Actor, Service
from .errors import NotAllowed
from .placements import RATINGS, GoalDevelopment, goal_development


@dataclass(frozen=True)
class InstrumentFigures:
    instrument_id: str
    code: str
    name: str
    provider: str
    placements: int
    running: int
    completed: int
    stopped: int
    outcomes: dict[str, int] = field(default_factory=dict)
    mean_ratings: dict[str, float | None] = field(default_factory=dict)
    mean_development: float | None = None  # mean change in level on the goals (after - before)
    measured_goals: int = 0

    @property
    def completion_rate(self) -> float | None:
        ended = self.completed + self.stopped
        return self.completed / ended if ended else None

    @property
    def to_work_or_education(self) -> int:
        return self.outcomes.get("work", 0) + self.outcomes.get("education", 0)


@dataclass(frozen=True)
class PlacementFacts:
    """What the figures need of one placement (pure input for `figures`)."""

    instrument_id: str
    status: str
    outcome: str | None
    ratings: dict[str, int | None]
    development: Sequence[GoalDevelopment]


def _mean(values: Iterable[float]) -> float | None:
    vals = list(values)
    return sum(vals) / len(vals) if vals else None


def figures(instruments: Iterable[tuple[str, str, str, str]], facts: Iterable[PlacementFacts],
            include_unused: bool = False) -> list[InstrumentFigures]:
    """instruments: (id, code, name, provider). Sorted by number of placements, then name."""
    by_instr: dict[str, list[PlacementFacts]] = {}
    for f in facts:
        by_instr.setdefault(f.instrument_id, []).append(f)
    out = []
    for iid, code, name, provider in instruments:
        rows = by_instr.get(iid, [])
        if not rows and not include_unused:
            continue
        closed = [r for r in rows if r.status in ("completed", "stopped")]
        outcomes = {o: sum(1 for r in closed if r.outcome == o) for o in PLACEMENT_OUTCOMES}
        changes = [g.change for r in rows if r.status == "completed" for g in r.development if g.change is not None]
        out.append(InstrumentFigures(
            instrument_id=iid, code=code, name=name, provider=provider, placements=len(rows),
            running=sum(1 for r in rows if r.status in ("proposed", "active")),
            completed=sum(1 for r in rows if r.status == "completed"),
            stopped=sum(1 for r in rows if r.status == "stopped"), outcomes=outcomes,
            mean_ratings={k: _mean(r.ratings[k] for r in closed if r.ratings.get(k)) for k in RATINGS},
            mean_development=_mean(changes), measured_goals=len(changes)))
    out.sort(key=lambda f: (-f.placements, f.name.casefold(), f.code))
    return out


class EffectivenessService(Service):
    def __init__(self, db: Database, actor: Actor) -> None:
        if actor.role not in ("coach", "team_lead", "admin"):
            raise NotAllowed(translate("Effectiveness", "De effectiviteit is voor begeleiders en teamleiders."))
        super().__init__(db, actor)

    def per_instrument(self, include_unused: bool = False) -> list[InstrumentFigures]:
        with self.db.session() as s:
            instruments = [(i.id, i.code, i.name, i.provider) for i in s.scalars(select(Instrument))]
            placements = s.scalars(select(Placement).where(Placement.deleted_at.is_(None))).all()
            entries: dict[str, list[ProfileEntry]] = {}
            for e in s.scalars(select(ProfileEntry).where(
                    ProfileEntry.deleted_at.is_(None),
                    ProfileEntry.client_id.in_(select(Placement.client_id).where(Placement.deleted_at.is_(None))))):
                entries.setdefault(e.client_id, []).append(e)
            facts = [PlacementFacts(p.instrument_id, p.status, p.outcome, {k: getattr(p, k) for k in RATINGS},
                                    goal_development(entries.get(p.client_id, ()), p)) for p in placements]
            # Aggregates only, but derived from client data: the look is recorded, without a client.
            audit.record(s, self.actor, "view", "effectiveness", None, None)
        return figures(instruments, facts, include_unused)
