"""`werknl` (seed 003, Actie herinschrijving): per month of the period — clients with a running benefit
(applicant or active) registered at werk.nl by the month's end, not registered (and not exempt), exempt; and
what happened in the month: letters sent, clients who responded (called back), phone follow-ups, binding
decisions, hearings offered and sanctions. The benefit status is today's (the store keeps no history of it)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .data import RUNNING_BENEFIT, Dataset, day, months

NAME = "werknl"
TABLES: tuple[str, ...] = ()
EVENTS = {"letters_sent": "werknl_letter_sent_on", "responded": "werknl_called_back_on",
          "phoned": "werknl_phoned_on", "binding_decisions": "werknl_binding_decision_on",
          "hearings": "werknl_hearing_offered_on", "sanctions": "werknl_sanction_on"}
COLUMNS = ("month", "registered", "not_registered", "exempt", *EVENTS)
COUNTS = COLUMNS[1:]
MEANS: dict[str, str] = {}


def _month_end(month: str) -> date:
    y, m = int(month[:4]), int(month[5:])
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def compute(ds: Dataset) -> list[dict[str, Any]]:
    rows = []
    for month in months(ds.start, ds.end):
        last = min(_month_end(month), ds.end)
        row: dict[str, Any] = {"month": month, **dict.fromkeys(COUNTS, 0)}
        for c in ds.clients.values():
            if c.get("benefit_status") in RUNNING_BENEFIT:
                reg = day(c.get("werknl_registered_on"))
                status = "exempt" if c.get("werknl_exempt") else (
                    "registered" if reg and reg <= last else "not_registered")
                row[status] += 1
            for col, f in EVENTS.items():
                on = day(c.get(f))
                if on and on.strftime("%Y-%m") == month and ds.in_period(on):
                    row[col] += 1
        rows.append(row)
    return rows
