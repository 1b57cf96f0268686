"""A referral to the wijkteam or VraagWijzer (seed 004: refer on early, to help with what stands in the way) has a
reason and a follow-up date on or after the referral; the follow-up, once done, has a note."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .reasons import Refusal
from .values import as_date, text

TO = ("wijkteam", "vraagwijzer")


def judge_referral(row: Mapping[str, Any]) -> list[Refusal]:
    out: list[Refusal] = []
    if row.get("referred_to") not in TO:
        out.append(Refusal("referral_to"))
    referred, follow_up = as_date(row.get("referred_on")), as_date(row.get("follow_up_on"))
    if not text(row.get("reason")) or referred is None or follow_up is None or follow_up < referred:
        out.append(Refusal("referral_incomplete"))
    done = as_date(row.get("followed_up_on"))
    if done is not None and ((referred is not None and done < referred) or not text(row.get("follow_up_note"))):
        out.append(Refusal("referral_follow_up"))
    return out
