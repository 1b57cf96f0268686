"""Client satisfaction (seed 001): after a placement (`rating_client` with `client_remark`) and at the end of
aftercare (`aftercare_satisfaction` with `aftercare_satisfaction_remark`) the client gives a short rating, 1 to 5,
and may add a remark; a remark belongs with a rating. The central reports count them (sync/server/satisfaction.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .reasons import Refusal
from .values import text

CLIENT_FIELDS = frozenset({"aftercare_satisfaction", "aftercare_satisfaction_remark"})
PLACEMENT_RATINGS = ("rating_client", "rating_supervisor", "rating_employer")


def _rating_ok(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5)


def judge_rating(rating: Any, remark: Any) -> list[Refusal]:
    if not _rating_ok(rating):
        return [Refusal("satisfaction_rating")]
    if rating is None and text(remark):
        return [Refusal("satisfaction_remark")]
    return []


def judge_client_satisfaction(row: Mapping[str, Any]) -> list[Refusal]:
    out = judge_rating(row.get("aftercare_satisfaction"), row.get("aftercare_satisfaction_remark"))
    if row.get("aftercare_satisfaction") is not None and row.get("aftercare_outcome") is None:
        out.append(Refusal("satisfaction_aftercare"))
    return out


def judge_placement(row: Mapping[str, Any]) -> list[Refusal]:
    out = judge_rating(row.get("rating_client"), row.get("client_remark"))
    if any(not _rating_ok(row.get(f)) for f in PLACEMENT_RATINGS[1:]) and not out:
        out.append(Refusal("satisfaction_rating"))
    return out
