"""The duty to inform (seed 000; seed 004: the rights-and-duties folder more than once): a held conversation or
call records whether the duty to inform was discussed and whether the folder was handed over or discussed. Only a
conversation that took place can record it; Mijn week lists clients for whom it was never done or more than
`STALE_MONTHS` months ago."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .reasons import Refusal

FOLDER = ("handed_over", "discussed")
STALE_MONTHS = 12
FIELDS = frozenset({"duty_to_inform_discussed", "rights_folder", "planned"})


def informed(row: Mapping[str, Any]) -> bool:
    """True when this conversation counts as informing the client (either of the two)."""
    return bool(row.get("duty_to_inform_discussed")) or row.get("rights_folder") in FOLDER


def judge_conversation(row: Mapping[str, Any]) -> list[Refusal]:
    out: list[Refusal] = []
    folder = row.get("rights_folder")
    if folder is not None and folder not in FOLDER:
        out.append(Refusal("rights_folder_unknown"))
    if row.get("planned") and informed(row):
        out.append(Refusal("inform_planned"))
    return out
