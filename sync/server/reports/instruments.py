"""`instruments` (seed 001): per instrument — placements started in the period, completed in it (and how many
ended in work), the profile development of the completed ones, and the client's, supervisor's and employer's
ratings (averages of the completed placements that have one).

Profile development of a completed placement: for each of its goal codes (all the client's codes when it
names none) the latest level assessed on or before its start ("before") and the latest assessed after its
start up to the period's end ("after"); codes with both count. Averages over those pairs, to 2 decimals."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sync.catalogue_csv import split_codes

from .data import Dataset, day

NAME = "instruments"
TABLES = ("placement", "profile_entry", "instrument")
RATINGS = ("rating_client", "rating_supervisor", "rating_employer")
COLUMNS = ("instrument", "placements", "completed", "completed_work", "profile_placements", "profile_before",
           "profile_after", *(c for r in RATINGS for c in (r, f"{r}_n")))
COUNTS = ("placements", "completed", "completed_work", "profile_placements", *(f"{r}_n" for r in RATINGS))
MEANS = {"profile_before": "profile_placements", "profile_after": "profile_placements",
         **{r: f"{r}_n" for r in RATINGS}}


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _development(p: dict[str, Any], entries: list[dict[str, Any]], end: date) -> list[tuple[int, int]]:
    start = day(p.get("start_date"))
    if start is None:
        return []
    goals = set(split_codes(p.get("goal_codes") or "")) or {e.get("taxonomy_code") for e in entries}
    before: dict[str, tuple[date, int]] = {}
    after: dict[str, tuple[date, int]] = {}
    for e in entries:
        on, level, code = day(e.get("assessed_on")), e.get("level"), e.get("taxonomy_code")
        if on is None or not isinstance(level, int) or code not in goals:
            continue
        side = before if on <= start else after if on <= end else None
        if side is not None and (code not in side or side[code][0] <= on):
            side[code] = (on, level)
    return [(before[c][1], after[c][1]) for c in sorted(before.keys() & after.keys())]


def compute(ds: Dataset) -> list[dict[str, Any]]:
    codes = {i["id"]: i.get("code") or i["id"] for i in ds.table("instrument")}
    profiles = ds.by_client("profile_entry")
    cells: dict[str, dict[str, Any]] = defaultdict(lambda: {**dict.fromkeys(COUNTS, 0), "_before": [],
                                                             "_after": [], **{r: [] for r in RATINGS}})
    for p in ds.table("placement"):
        code = codes.get(p.get("instrument_id") or "", p.get("instrument_id") or "-")
        cell = cells[code]
        cell["placements"] += ds.in_period(day(p.get("start_date")))
        if p.get("status") != "completed" or not ds.in_period(day(p.get("end_date"))):
            continue
        cell["completed"] += 1
        cell["completed_work"] += p.get("outcome") == "work"
        pairs = _development(p, profiles.get(p["client_id"], []), ds.end)
        if pairs:
            cell["profile_placements"] += 1
            cell["_before"].extend(b for b, _a in pairs)
            cell["_after"].extend(a for _b, a in pairs)
        for r in RATINGS:
            if isinstance(p.get(r), int):
                cell[r].append(p[r])
                cell[f"{r}_n"] += 1
    rows = []
    for code in sorted(cells):
        c = cells[code]
        row = {"instrument": code, **{k: c[k] for k in COUNTS}, "profile_before": _mean(c["_before"]),
               "profile_after": _mean(c["_after"]), **{r: _mean(c[r]) for r in RATINGS}}
        rows.append({k: row[k] for k in COLUMNS})
    return rows
