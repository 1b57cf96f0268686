"""The client decides about the profile (seed 001): "the client recognises this profile" is never set on the
client's behalf. An assessment says so only with the day the client said it (recognised_on), which the desktop
sets only through its dedicated action (ProfileService.record_recognition), on or after the assessment itself:
a re-assessment cannot carry an earlier answer over, and a new assessment cannot arrive already recognised."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .reasons import Refusal
from .values import as_date


def judge_profile_entry(row: Mapping[str, Any], today: date | None = None) -> list[Refusal]:
    if row.get("deleted_at") or row.get("client_recognises") is not True:
        return []
    said, assessed = as_date(row.get("recognised_on")), as_date(row.get("assessed_on"))
    if said is None or assessed is None or said < assessed or (today is not None and said > today):
        return [Refusal("recognition_by_client")]
    return []


def recognised(row: Mapping[str, Any]) -> bool:
    """Whether the client said they recognise this assessment (matching shows it when not, or not yet)."""
    return not judge_profile_entry(row) and row.get("client_recognises") is True
