"""Reports computed by the central store (issue 16): every number of every report on a known dataset, on
SQLite and PostgreSQL; the "<5" small-cell suppression; team filter; the command line; every request audited."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from report_dataset import build, expected, period
from sqlalchemy import text

from sync import clock
from sync.server.cli import main
from sync.server.db import Store
from sync.server.policy_check import set_setting
from sync.server.reports import REPORTS, Scope, compute
from sync.server.reports.access import CLI, run


@pytest.fixture
def store(db_url: str):  # noqa: ANN201
    s = Store(db_url)
    try:
        yield s
    finally:
        s.dispose()


def hidden(rows: list[dict[str, Any]], name: str, small: int = 5) -> list[dict[str, Any]]:
    """The expected rows as shown outside a coach's own caseload."""
    module = REPORTS[name]
    out = []
    for row in rows:
        row = dict(row)
        for mean, base in module.MEANS.items():
            if 0 < row[base] < small:
                row[mean] = f"<{small}"
        for col in module.COUNTS:
            if 0 < row[col] < small:
                row[col] = f"<{small}"
        out.append(row)
    return out


def audit_rows(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        return list(conn.execute(text("SELECT username, action, entity, purpose, fields FROM audit_log "
                                      "WHERE action = 'report' ORDER BY received_at, id")))


def test_every_number_of_every_report(store: Store) -> None:
    build(store)
    start, end = period()
    want = expected()
    assert set(want) == set(REPORTS)
    with store.read() as conn:
        for name in REPORTS:
            report = compute(conn, name, start, end, clock.today(), Scope(own_caseload=True))
            assert report.small_cell is None
            assert report.rows == want[name], name
            assert all(tuple(r) == report.columns for r in report.rows)


def test_small_cells_show_less_than_five_and_the_setting_moves_the_line(store: Store) -> None:
    build(store)
    start, end = period()
    want = expected()
    for name in REPORTS:
        assert run(store, CLI, name, start, end).rows == hidden(want[name], name), name
    row = run(store, CLI, "telephone-first", start, end).rows[0]
    assert (row["signals"], row["reached_by_phone"], row["reached_share"], row["corrected"]) == (6, "<5", 0.667, 0)
    with store.plain(write=True) as conn:
        set_setting(conn, "report_small_cell", "3")
    for name in REPORTS:
        assert run(store, CLI, name, start, end).rows == hidden(want[name], name, 3), name


def test_team_filter_and_no_names_or_bsns(store: Store) -> None:
    info = build(store)
    start, end = period()
    report = run(store, CLI, "absence-approach", start, end, team="Zuid")
    assert report.team == "Zuid"
    assert [r["group"] for r in report.rows] == ["Zuid"]
    caseload = run(store, CLI, "caseload", start, end, team="Noord")
    assert [r["coach"] for r in caseload.rows] == ["anna", "bert"]
    with store.read() as conn:
        bsns = [json.loads(d)["bsn"] for (d,) in conn.execute(text("SELECT data FROM record WHERE table_name='client'"))]
    dumped = json.dumps([run(store, CLI, n, start, end).as_json() for n in REPORTS])
    assert not any(b in dumped for b in bsns)
    assert not any(k.upper() in dumped.split('"') for k in info["ids"])  # first names are the keys in capitals


def test_command_line_json_and_csv_and_audit(store: Store, db_url: str, capsys: pytest.CaptureFixture) -> None:
    build(store)
    start, end = period()
    args = ["--db", db_url, "report", "werknl", "--from", start.isoformat(), "--to", end.isoformat()]
    assert main(args) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["rows"] == hidden(expected()["werknl"], "werknl")
    assert body["small_cell"] == 5 and body["team"] is None
    assert main([*args, "--format", "csv", "--team", "Noord"]) == 0
    lines = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert tuple(lines[0]) == REPORTS["werknl"].COLUMNS and len(lines) == 3
    assert main([*args[:3], "caseload", "--from", end.isoformat(), "--to", start.isoformat()]) == 1
    assert "voor het begin" in capsys.readouterr().err
    assert main([*args, "--team", "Nergens"]) == 1
    assert "geen team" in capsys.readouterr().err
    trail = audit_rows(store)
    assert [(r.username, r.entity) for r in trail] == [("wijkdesk-server", "werknl")] * 2 + [
        ("wijkdesk-server", "caseload"), ("wijkdesk-server", "werknl")]
    assert trail[1].purpose.endswith("team Noord") and trail[2].fields.startswith("geweigerd")
