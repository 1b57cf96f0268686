"""`telephone-first` (seed 000, "telefoon eerst"): signals per kind and month, the share in which the client
was reached by phone, and how they ended — the trend the Cliëntenraad follows (fines *and* warnings down).

Counted: live signals reported (`signalled_on`) in the period, by that month. Reached by phone: at least one
call attempt of the signal reached the client. A signal without a result yet counts as `open`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .data import Dataset, day

NAME = "telephone-first"
TABLES = ("signal", "call_attempt")
RESULTS = ("no_action", "corrected", "explained", "warning", "fine_investigation")
KINDS = ("duty_to_inform", "income_decision", "other")
COLUMNS = ("month", "kind", "signals", "reached_by_phone", "reached_share", *RESULTS, "open")
COUNTS = ("signals", "reached_by_phone", *RESULTS, "open")
MEANS = {"reached_share": "signals"}


def compute(ds: Dataset) -> list[dict[str, Any]]:
    reached = {a["signal_id"] for a in ds.table("call_attempt") if a.get("reached") is True}
    cells: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for s in ds.table("signal"):
        on = day(s.get("signalled_on"))
        if not ds.in_period(on):
            continue
        assert on is not None
        cell = cells[(on.strftime("%Y-%m"), s.get("kind") or "other")]
        cell["signals"] += 1
        cell["reached_by_phone"] += s["id"] in reached
        result = s.get("result")
        cell["open" if s.get("status") == "open" or result not in RESULTS else result] += 1
    order = {k: i for i, k in enumerate(KINDS)}
    rows = []
    for (month, kind), cell in sorted(cells.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 99), kv[0][1])):
        share = round(cell["reached_by_phone"] / cell["signals"], 3)
        rows.append({"month": month, "kind": kind, **cell, "reached_share": share})
    return [{c: r[c] for c in COLUMNS} for r in rows]
