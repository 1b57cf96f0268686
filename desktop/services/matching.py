"""Matching a client's development areas to the instrumentenhuis — pure functions, explainable.

A development area is a skill or attention area whose latest level is below the target the client and
coach set together; its weight is the gap (target - level). An instrument's score is the share of the
total gap its targets cover. Ties are broken by: more areas covered, more of the client's promising
work directions and circumstances taken into account, shorter duration, then name and code — so the
same profile and catalogue always give the same order.

Ineligible instruments are listed apart with every reason (inactive, age, no places, already running).
Nothing here decides for anyone: the list is the start of a conversation; the coach and client choose.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.i18n import translate

from .catalogue import InstrumentData
from .taxonomy import DEVELOPMENT_DOMAINS

REASONS = ("inactive", "age_unknown", "too_young", "too_old", "no_places", "already_placed")


@dataclass(frozen=True)
class DevelopmentArea:
    code: str
    domain: str
    level: int
    target: int

    @property
    def gap(self) -> int:
        return self.target - self.level


@dataclass(frozen=True)
class Assessment:
    """The latest assessment of one item (what matching needs of a profile entry)."""

    code: str
    domain: str
    level: int
    target: int | None
    assessed_on: date | None = None


@dataclass(frozen=True)
class Match:
    instrument: InstrumentData
    score: float  # 0..1: share of the total gap covered
    matched: tuple[str, ...]  # development areas the instrument targets, biggest gap first
    directions: tuple[str, ...] = ()  # the client's work directions it also targets
    circumstances: tuple[str, ...] = ()  # the client's circumstances it takes into account
    unmatched: tuple[str, ...] = ()  # development areas it does not target

    @property
    def percent(self) -> int:
        return round(self.score * 100)


@dataclass(frozen=True)
class Ineligible:
    instrument: InstrumentData
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class MatchResult:
    areas: tuple[DevelopmentArea, ...]
    matches: tuple[Match, ...]
    ineligible: tuple[Ineligible, ...]
    unrecognised: tuple[str, ...] = ()  # development areas the client does not (yet) recognise in the profile


def development_areas(latest: Iterable[Assessment]) -> list[DevelopmentArea]:
    """Skills and attention areas below target, biggest gap first (then by code)."""
    out = [DevelopmentArea(a.code, a.domain, a.level, a.target) for a in latest
           if a.domain in DEVELOPMENT_DOMAINS and a.target is not None and a.level < a.target]
    out.sort(key=lambda d: (-d.gap, d.code))
    return out


def eligibility(instrument: InstrumentData, age: int | None, running: Collection[str] = ()) -> tuple[str, ...]:
    """Why the client cannot take part now (empty = eligible). `running`: instrument ids already in progress."""
    reasons: list[str] = []
    if not instrument.active:
        reasons.append("inactive")
    if instrument.min_age is not None or instrument.max_age is not None:
        if age is None:
            reasons.append("age_unknown")
        elif instrument.min_age is not None and age < instrument.min_age:
            reasons.append("too_young")
        elif instrument.max_age is not None and age > instrument.max_age:
            reasons.append("too_old")
    if instrument.places_left is not None and instrument.places_left <= 0:
        reasons.append("no_places")
    if instrument.id in running:
        reasons.append("already_placed")
    return tuple(reasons)


def rank(areas: Sequence[DevelopmentArea], instruments: Iterable[InstrumentData], age: int | None, *,
         directions: Collection[str] = (), circumstances: Collection[str] = (),
         running: Collection[str] = ()) -> MatchResult:
    total = sum(a.gap for a in areas)
    matches: list[Match] = []
    ineligible: list[Ineligible] = []
    for instr in instruments:
        reasons = eligibility(instr, age, running)
        if reasons:
            ineligible.append(Ineligible(instr, reasons))
            continue
        targets = set(instr.target_codes)
        hit = [a for a in areas if a.code in targets]
        covered = sum(a.gap for a in hit)
        matches.append(Match(
            instrument=instr, score=(covered / total) if total else 0.0,
            matched=tuple(a.code for a in hit),
            directions=tuple(c for c in instr.target_codes if c in directions),
            circumstances=tuple(c for c in instr.target_codes if c in circumstances),
            unmatched=tuple(a.code for a in areas if a.code not in targets)))
    matches.sort(key=lambda m: (-m.score, -len(m.matched), -(len(m.directions) + len(m.circumstances)),
                                m.instrument.duration_weeks if m.instrument.duration_weeks is not None else 10**6,
                                m.instrument.name.casefold(), m.instrument.code))
    ineligible.sort(key=lambda i: (i.instrument.name.casefold(), i.instrument.code))
    return MatchResult(tuple(areas), tuple(matches), tuple(ineligible))


def reason_text(reason: str, instrument: InstrumentData, age: int | None = None) -> str:
    if reason == "inactive":
        return translate("Matching", "niet meer in te zetten")
    if reason == "age_unknown":
        return translate("Matching", "geboortedatum onbekend (leeftijdsgrens {low}–{high})").format(
            low=instrument.min_age if instrument.min_age is not None else 0,
            high=instrument.max_age if instrument.max_age is not None else "…")
    if reason == "too_young":
        return translate("Matching", "te jong: vanaf {low} jaar (nu {age})").format(low=instrument.min_age, age=age)
    if reason == "too_old":
        return translate("Matching", "te oud: tot en met {high} jaar (nu {age})").format(
            high=instrument.max_age, age=age)
    if reason == "no_places":
        return translate("Matching", "geen plaatsen vrij")
    if reason == "already_placed":
        return translate("Matching", "loopt al of is voorgesteld")
    return reason


def explain(match: Match, label: dict[str, str]) -> str:
    """'Werkt aan: Werkritme, Solliciteren · past bij werkrichting Logistiek · niet: Schulden' (Dutch)."""
    name = lambda c: label.get(c, c)  # noqa: E731
    parts = []
    if match.matched:
        parts.append(translate("Matching", "werkt aan: {items}").format(items=", ".join(map(name, match.matched))))
    else:
        parts.append(translate("Matching", "werkt aan geen van de werkpunten"))
    if match.directions:
        parts.append(translate("Matching", "past bij werkrichting: {items}").format(
            items=", ".join(map(name, match.directions))))
    if match.circumstances:
        parts.append(translate("Matching", "houdt rekening met: {items}").format(
            items=", ".join(map(name, match.circumstances))))
    if match.matched and match.unmatched:
        parts.append(translate("Matching", "niet: {items}").format(items=", ".join(map(name, match.unmatched))))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]
