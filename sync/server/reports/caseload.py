"""`caseload`: per coach (user name; staff, never clients) — live clients, those with a running benefit,
agreements overdue at the period's end (open, due before it), and clients whose contact rhythm was kept:
a held (not planned) conversation in every month the period touches."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from .data import RUNNING_BENEFIT, Dataset, day, months

NAME = "caseload"
TABLES = ("agreement", "conversation")
COLUMNS = ("coach", "clients", "running_benefit", "overdue_agreements", "clients_with_overdue", "rhythm_kept")
COUNTS = COLUMNS[1:]
MEANS: dict[str, str] = {}


def compute(ds: Dataset) -> list[dict[str, Any]]:
    cutoff = min(ds.end, ds.today)
    overdue: dict[str, int] = defaultdict(int)
    for a in ds.table("agreement"):
        due = day(a.get("due_date"))
        if a.get("status") == "open" and due is not None and due < cutoff:
            overdue[a["client_id"]] += 1
    seen: dict[str, set[str]] = defaultdict(set)
    for c in ds.table("conversation"):
        held = day(c.get("held_at"))
        if not c.get("planned") and ds.in_period(held):
            assert isinstance(held, date)
            seen[c["client_id"]].add(held.strftime("%Y-%m"))
    every = set(months(ds.start, ds.end))
    cells: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for cid, client in ds.clients.items():
        coach = ds.users.get(client.get("coach_id") or "", "-")
        cell = cells[coach]
        cell["clients"] += 1
        cell["running_benefit"] += client.get("benefit_status") in RUNNING_BENEFIT
        cell["overdue_agreements"] += overdue[cid]
        cell["clients_with_overdue"] += overdue[cid] > 0
        cell["rhythm_kept"] += every <= seen[cid]
    return [{"coach": coach, **cells[coach]} for coach in sorted(cells)]
