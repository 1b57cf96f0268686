"""Figures computed by the central store from its records (issue 16), one small module per report.

    telephone_first   signals per kind and month, reached by phone, results (seed 000)
    absence_approach  per group: participants, outflow, considerations, hearings, sanctions (seed 004)
    werknl            registered / not registered, letters, responses, binding decisions per month (seed 003)
    instruments       placements, completed, profile before/after, ratings per instrument (seed 001)
    caseload          clients per coach, overdue agreements, contact rhythm kept

Every report is a list of rows whose keys are the stored codes (`no_action`, `fine_investigation`, ...).
No report holds a client's name or BSN; outside a coach's own caseload small cells show "<5" (privacy.py).
Who may ask for what is access.py; every request is audited there.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, select

from ..models import T_TEAM
from ..policy_check import load_settings
from . import absence_approach, caseload, instruments, telephone_first, werknl
from .data import Scope, load
from .privacy import suppress

REPORTS: dict[str, ModuleType] = {m.NAME: m for m in (telephone_first, absence_approach, werknl, instruments,
                                                         caseload)}
MAX_DAYS = 3 * 366 + 1  # a longer period is a typo more often than a question


class ReportError(ValueError):
    """A request that cannot be answered (unknown report or team, bad period); the message says why (Dutch)."""


class UnknownTeam(ReportError):
    """No team has this name."""


@dataclass(frozen=True)
class Report:
    name: str
    start: date
    end: date
    team: str | None
    small_cell: int | None  # None: nothing suppressed (a coach's own caseload)
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"report": self.name, "from": self.start.isoformat(), "to": self.end.isoformat(), "team": self.team,
                "small_cell": self.small_cell, "columns": list(self.columns), "rows": self.rows}

    def as_csv(self) -> str:
        out = io.StringIO()
        w = csv.writer(out, delimiter=";", lineterminator="\r\n")
        w.writerow(self.columns)
        for row in self.rows:
            w.writerow("" if row[c] is None else row[c] for c in self.columns)
        return out.getvalue()


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ReportError("het einde van de periode ligt voor het begin")
    if (end - start).days > MAX_DAYS:
        raise ReportError("de periode is langer dan drie jaar")


def team_id_of(conn: Connection, name: str) -> str:
    team_id = conn.execute(select(T_TEAM.c.id).where(T_TEAM.c.name == name)).scalar()
    if team_id is None:
        raise UnknownTeam(f"geen team met de naam {name!r}")
    return team_id


def compute(conn: Connection, name: str, start: date, end: date, today: date, scope: Scope) -> Report:
    module = REPORTS.get(name)
    if module is None:
        raise ReportError(f"onbekend rapport {name!r}; bekend: {', '.join(REPORTS)}")
    check_period(start, end)
    ds = load(conn, scope, start, end, today, module.TABLES)
    rows = module.compute(ds)
    small = None if scope.own_caseload else load_settings(conn).report_small_cell
    if small is not None:
        rows = suppress(rows, module.COUNTS, module.MEANS, small)
    team = ds.teams.get(scope.team_id) if scope.team_id else None
    return Report(name, start, end, team, small, tuple(module.COLUMNS), rows)
