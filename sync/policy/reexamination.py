"""A re-examination (heronderzoek, seed 000) records who selected it and why, in words: no model, no score, no
proxy decides it. The friendly invitation letter (reexamination-invitation) follows the selection."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .reasons import Refusal
from .values import as_date, text

FIELDS = frozenset({"reexamination_selected_on", "reexamination_selected_by", "reexamination_reason",
                    "reexamination_invited_on"})
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of at least two letters (any script)
MIN_WORDS = 3


def reason_in_words(reason: Any) -> bool:
    return len(_WORD.findall(text(reason))) >= MIN_WORDS


def judge_reexamination(row: Mapping[str, Any]) -> list[Refusal]:
    out: list[Refusal] = []
    selected, invited = as_date(row.get("reexamination_selected_on")), as_date(row.get("reexamination_invited_on"))
    if selected is not None and (not text(row.get("reexamination_selected_by"))
                                 or not reason_in_words(row.get("reexamination_reason"))):
        out.append(Refusal("reexam_reason", {"n": MIN_WORDS}))
    if invited is not None and (selected is None or invited < selected):
        out.append(Refusal("reexam_invite_unselected"))
    return out
