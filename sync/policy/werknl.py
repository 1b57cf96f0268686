"""werk.nl registration (seed 003, "Actie herinschrijving"): the binding decision path.

A registration lasts until pension age (no expiry, no renewal); deregistration goes through the monthly
UWV list. A client on benefit who is not registered is written to (letter with instructions and a phone
number, `werknl_letter_sent_on`); a client who does not respond is phoned (`werknl_phoned_on`; a client
who called back is `werknl_called_back_on`). Only then a binding decision (`werknl_binding_decision_on`)
with a deadline of at least `werknl_binding_deadline_days` days (`werknl_binding_deadline`); a sanction
(`werknl_sanction_on`, at most `werknl_sanction_percentage` %) only after that deadline passed without a
registration, and after a hearing was offered (`werknl_hearing_offered_on`). An exemption request records
who called, the reason and the decision (granted / refused).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from .reasons import Refusal, day_text
from .settings import DEFAULTS, PolicySettings
from .values import as_date, text

# The client fields these rules read: a client mutation touching none of them is not judged.
FIELDS = frozenset({"werknl_registered_on", "werknl_letter_sent_on", "werknl_called_back_on", "werknl_phoned_on",
                    "werknl_binding_decision_on", "werknl_binding_deadline", "werknl_hearing_offered_on",
                    "werknl_sanction_on", "werknl_sanction_percentage", "werknl_exemption_requested_by",
                    "werknl_exemption_reason", "werknl_exemption_decision"})
EXEMPTION_DECISIONS = ("granted", "refused")


def judge_werknl(row: Mapping[str, Any], today: date, settings: PolicySettings = DEFAULTS) -> list[Refusal]:
    """What is wrong with this client's werk.nl state ([] = allowed)."""
    out: list[Refusal] = []
    letter, phoned = as_date(row.get("werknl_letter_sent_on")), as_date(row.get("werknl_phoned_on"))
    called_back = as_date(row.get("werknl_called_back_on"))
    decided, deadline = as_date(row.get("werknl_binding_decision_on")), as_date(row.get("werknl_binding_deadline"))
    hearing, sanction = as_date(row.get("werknl_hearing_offered_on")), as_date(row.get("werknl_sanction_on"))
    registered = as_date(row.get("werknl_registered_on"))
    if decided is not None:
        steps = []
        if letter is None or letter > decided:
            steps.append("werknl_letter")
        contact = [d for d in (phoned, called_back) if d is not None and (letter is None or d >= letter)]
        if not contact or min(contact) > decided:
            steps.append("werknl_call")
        if steps:
            out.append(Refusal("werknl_decision_missing", {"steps": steps}))
        if deadline is None or deadline < decided + timedelta(days=settings.werknl_binding_deadline_days):
            out.append(Refusal("werknl_deadline", {"days": settings.werknl_binding_deadline_days}))
    if hearing is not None and (decided is None or hearing < decided):
        out.append(Refusal("werknl_sanction_missing", {"steps": ["werknl_decision"]}))
    if sanction is not None:
        steps = []
        if decided is None:
            steps.append("werknl_decision")
        if hearing is None or hearing > sanction:
            steps.append("hearing")
        if steps:
            out.append(Refusal("werknl_sanction_missing", {"steps": steps}))
        elif deadline is not None and min(sanction, today) <= deadline:
            out.append(Refusal("werknl_sanction_early", {"day": day_text(deadline)}))
        if registered is not None and deadline is not None and registered <= deadline:
            out.append(Refusal("werknl_registered_in_time"))
        pct = row.get("werknl_sanction_percentage")
        if not isinstance(pct, int) or isinstance(pct, bool) or not 1 <= pct <= settings.werknl_sanction_percentage:
            out.append(Refusal("werknl_sanction_percentage", {"high": settings.werknl_sanction_percentage}))
    decision = row.get("werknl_exemption_decision")
    if decision is not None:
        if decision not in EXEMPTION_DECISIONS or not text(row.get("werknl_exemption_requested_by")) \
                or not text(row.get("werknl_exemption_reason")):
            out.append(Refusal("werknl_exemption"))
    return out
