"""The demo's absence approach (seed 004), for both demos: a group's series of meetings, some already held with
attendance; a no-show without calling off opens an absence, and the absence team's door visit follows for most of
them. Plain rows (table, fields with date/datetime values): desktop/services/demo_approach.py turns them into the
desktop's rows, sync/server/demo_approach.py into the central store's records."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

GROUP_MAX = 22
# (topic, days after the group's start): three held, one still to come
SERIES = (("cv", 0), ("application", 7), ("motivation", 14), ("application", 28))
ACTIVITY = {"cv": "Verzuimaanpak: cv-training", "application": "Verzuimaanpak: sollicitatietraining",
            "motivation": "Verzuimaanpak: motivatie en werknemersvaardigheden"}
FINDINGS = ("Niet thuis; kaartje achtergelaten met het verzoek de begeleider te bellen.",
            "Thuis getroffen; had zich verslapen en wist niet dat afmelden nodig was.",
            "Buurvrouw vertelde dat hij op familiebezoek is; terugkoppeling aan de begeleider.")
PLACE = "Wijkkantoor Feijenoord"

Row = tuple[str, dict[str, Any]]


def weekday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def group_start(today: date) -> date:
    return weekday(today - timedelta(days=18))


def group_rows(group_id: str, team_id: str | None, members: Sequence[str], rng: random.Random, today: date,
               recorded_by: str, new_id: Callable[[], str]) -> Iterator[Row]:
    """A group's meetings and, for those held, each member's attendance (at least one no-show, the first one
    visited): session rows, then per held session an absence before the attendance that points to it."""
    start = group_start(today)
    no_show_made = visited = False
    for topic, offset in SERIES:
        on = weekday(start + timedelta(days=offset))
        session_id = new_id()
        yield "approach_session", {"id": session_id, "group_id": group_id, "team_id": team_id, "topic": topic,
                                   "starts_at": datetime.combine(on, time(10)), "place": PLACE}
        if on >= today:
            continue
        for i, client_id in enumerate(members):
            roll = rng.random()
            status = "no_show" if roll < 0.1 or (not no_show_made and i == len(members) - 1) else \
                "called_off" if roll < 0.2 else "present"
            absence_id = None
            if status == "no_show":
                no_show_made = True
                absence: dict[str, Any] = {"id": new_id(), "client_id": client_id, "activity": ACTIVITY[topic],
                                           "missed_on": on, "notified": False}
                if (not visited or rng.random() < 0.7) and on + timedelta(days=1) <= today:
                    absence["door_visit_on"] = min(today, on + timedelta(days=rng.randint(1, 3)))
                    absence["door_visit_findings"] = rng.choice(FINDINGS)
                    visited = True
                absence_id = absence["id"]
                yield "absence", absence
            yield "approach_attendance", {"id": new_id(), "client_id": client_id, "session_id": session_id,
                                          "status": status, "absence_id": absence_id, "recorded_by": recorded_by}


PROPOSAL_NOTES = ("Drie afspraken gemist zonder bericht; telefonisch niet bereikbaar.",
                  "Meldt zich vaak ziek op de dag van de afspraak; geen medische verklaring.",
                  "Verplichtingen uit het plan van aanpak niet nagekomen, ondanks herinneringen.")


def admission(rng: random.Random, today: date, decided_by: str, group_id: str) -> dict[str, Any]:
    """An admitted client's absence-approach fields: the coach's proposal, the team lead's admission into the
    group (before the group's first meeting)."""
    proposed = group_start(today) - timedelta(days=rng.randrange(8, 20))
    return {"approach_proposed_on": proposed,
            "approach_reasons": rng.choice(("missed_appointments", "missed_obligations",
                                            "missed_appointments sickness_absence")),
            "approach_note": rng.choice(PROPOSAL_NOTES), "approach_decision": "admitted",
            "approach_decided_on": proposed + timedelta(days=rng.randrange(1, 6)), "approach_decided_by": decided_by,
            "approach_decision_reason": "Geen ernstige belemmeringen gevonden.", "approach_group_id": group_id}
