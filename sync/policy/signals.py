"""Signals, telephone-first (seed 000 "Geen boete, tenzij…", seed 001 income decisions).

Blame results (a warning or a fine investigation) are possible only

* when the client was reached by phone and the breach judged culpable (*verwijtbaar*), or
* by the *tenzij* route: at least `tenzij_min_attempts` failed call attempts on at least
  `tenzij_min_days` different Amsterdam calendar days, counted only when at least
  `tenzij_attempt_gap_minutes` after the previous counted one (three clicks in a second are one
  attempt); a letter sent on or after the day of the last counted attempt; and
  `letter_wait_working_days` working days after the letter.

After "not culpable" neither is possible. A decision that changes income (seed 001) is never blamed:
it closes as "explained" after at least one call attempt — reached, or not reached with the same route
(attempts, days, letter; no waiting), or a written reason why calling was impossible. Withdrawn
(deleted) call attempts do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sync import clock

from .reasons import Refusal, day_text
from .settings import DEFAULTS, PolicySettings
from .values import as_date, as_instant, as_wall, text

RESULTS = ("no_action", "corrected", "explained", "warning", "fine_investigation")
BLAME_RESULTS = ("warning", "fine_investigation")
INCOME = "income_decision"


@dataclass(frozen=True)
class Attempt:
    at: datetime  # Amsterdam wall-clock
    reached: bool
    by_user_id: str | None = None
    withdrawn_at: datetime | None = None  # naive UTC; a withdrawn attempt does not count

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Attempt | None:
        at = as_wall(row.get("attempted_at"))
        if at is None:
            return None
        return cls(at, bool(row.get("reached")), row.get("by_user_id"), as_instant(row.get("deleted_at")))


@dataclass(frozen=True)
class SignalState:
    kind: str
    status: str = "open"
    result: str | None = None
    result_reason: str = ""
    culpable: bool | None = None
    letter_sent_on: date | None = None
    closed_on: date | None = None
    call_impossible_reason: str = ""

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> SignalState:
        return cls(kind=text(row.get("kind")), status=text(row.get("status")) or "open",
                   result=row.get("result") or None, result_reason=text(row.get("result_reason")),
                   culpable=row.get("culpable"), letter_sent_on=as_date(row.get("letter_sent_on")),
                   closed_on=as_date(row.get("closed_on")),
                   call_impossible_reason=text(row.get("call_impossible_reason")))


def live(attempts: Iterable[Attempt | None]) -> list[Attempt]:
    return sorted((a for a in attempts if a is not None and a.withdrawn_at is None), key=lambda a: a.at)


def counted_failed(attempts: Sequence[Attempt], settings: PolicySettings = DEFAULTS) -> list[datetime]:
    """The failed attempts that count: each at least the gap after the previous counted one."""
    gap = timedelta(minutes=settings.tenzij_attempt_gap_minutes)
    out: list[datetime] = []
    for a in live(attempts):
        if a.reached:
            continue
        if not out or a.at - out[-1] >= gap:
            out.append(a.at)
    return out


def tenzij_needs(attempts: Sequence[Attempt], letter_sent_on: date | None, on: date,
                 settings: PolicySettings = DEFAULTS, *, wait: bool = True) -> list[list[Any]]:
    """What the tenzij route still needs on day `on`: [[code, params], ...] ([] = complete)."""
    counted = counted_failed(attempts, settings)
    n, days = len(counted), len({t.date() for t in counted})
    needs: list[list[Any]] = []
    if n < settings.tenzij_min_attempts:
        needs.append(["attempts", {"n": settings.tenzij_min_attempts, "count": n,
                                   "gap": settings.tenzij_attempt_gap_minutes}])
    if days < settings.tenzij_min_days:
        needs.append(["days", {"days": settings.tenzij_min_days, "count": days}])
    if letter_sent_on is None:
        needs.append(["letter", {}])
    elif counted and letter_sent_on < counted[-1].date():
        needs.append(["letter_early", {"day": day_text(counted[-1].date())}])
    elif wait and not needs:
        ready = clock.add_working_days(letter_sent_on, settings.letter_wait_working_days)
        if on < ready:
            needs.append(["wait", {"day": day_text(ready)}])
    return needs


def result_refusals(sig: SignalState, attempts: Sequence[Attempt], result: str, on: date,
                    settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """Why `result` cannot be recorded for this signal on day `on` ([] = it can)."""
    attempts = live(attempts)
    reached = any(a.reached for a in attempts)
    if result not in RESULTS:
        return [Refusal("unknown_result", {"result": str(result)})]
    if sig.kind == INCOME:
        if result in BLAME_RESULTS:
            return [Refusal("blame_income")]
        if result != "explained":
            return [Refusal("income_only_explained")]
        if not attempts:
            return [Refusal("income_needs_call")]
        if reached or sig.call_impossible_reason:
            return []
        needs = tenzij_needs(attempts, sig.letter_sent_on, on, settings, wait=False)
        return [Refusal("income_route", {"needs": needs})] if needs else []
    if result == "explained":
        return [Refusal("explained_only_income")]
    if result not in BLAME_RESULTS:
        return []
    if reached:
        if sig.culpable is True:
            return []
        return [Refusal("not_culpable" if sig.culpable is False else "culpable_unjudged")]
    needs = tenzij_needs(attempts, sig.letter_sent_on, on, settings)
    return [Refusal("tenzij", {"needs": needs})] if needs else []


def judge_signal(sig: SignalState, attempts: Sequence[Attempt], today: date,
                 settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """What is wrong with this stored state of a signal ([] = it is allowed). The result is judged on the day
    it was closed (never later than `today`, so a forged future closing date buys no waiting time)."""
    out: list[Refusal] = []
    if sig.culpable is not None and not any(a.reached for a in live(attempts)):
        out.append(Refusal("culpable_without_contact"))
    if sig.status == "closed" or sig.result:
        if not sig.result or not sig.result_reason:
            out.append(Refusal("closed_without_result"))
        if sig.result:
            on = min(sig.closed_on or today, today)
            out.extend(result_refusals(sig, attempts, sig.result, on, settings))
    return out


def withdraw_refusal(attempt: Attempt, user_id: str | None, at: datetime,
                     settings: PolicySettings = DEFAULTS) -> Refusal | None:
    """A call attempt logged by mistake can be withdrawn by its author within the window (`at`: naive UTC)."""
    logged = clock.to_utc(attempt.at) if clock.exists(attempt.at) else attempt.at
    late = at - logged > timedelta(minutes=settings.attempt_withdraw_minutes)
    if late or (attempt.by_user_id and user_id != attempt.by_user_id):
        return Refusal("withdraw_late", {"minutes": settings.attempt_withdraw_minutes})
    return None
