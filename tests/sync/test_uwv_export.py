"""`wijkdesk-server export uwv --month YYYY-MM -o FILE` (issue 16): the whole municipality's monthly list, in
the desktop's format (sync/uwv.py, the columns of desktop/services/werknl.py), private and audited."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from report_dataset import build, months
from sqlalchemy import text

from desktop.services.werknl import UWV_COLUMNS
from sync.server.cli import main
from sync.server.db import Store


def test_the_whole_municipality_in_the_desktop_format(db_url: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    store = Store(db_url)
    try:
        data = build(store)
        with store.write() as (conn, seq):
            from sync.server import admin

            carla = data["users"]["carla"][0]  # another team: the list is the municipality's, not a team's
            admin.upsert_record(conn, seq, "client", "00000000-0000-4000-8000-000000000001", {
                "bsn": "111222333", "first_name": "Ada", "name_prefix": "van der", "last_name": "=Berg",
                "date_of_birth": "1980-02-03", "coach_id": carla.id, "team_id": carla.team_id,
                "benefit_status": "aftercare", "benefit_end": months()[2].replace(day=3).isoformat(),
                "werknl_registered_on": "2015-01-01"})
        out = tmp_path / "uwv.csv"
        month = months()[2].strftime("%Y-%m")
        assert main(["--db", db_url, "export", "uwv", "--month", month, "-o", str(out)]) == 0
        assert "2 client(s)" in capsys.readouterr().out
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
        n0 = [r for r in rows[1:] if r[3] == "N0"][0]
        _before, _m0, m1, _this = months()
        assert tuple(rows[0]) == UWV_COLUMNS
        assert rows[1] == ["111222333", "'=Berg", "van der", "Ada", "1980-02-03", m1.replace(day=3).isoformat(),
                           "2015-01-01", "uitkering beëindigd", "Rotterdam"]  # sorted by last name, as the desktop sorts
        assert n0[1:] == ["Test", "", "N0", "", m1.replace(day=15).isoformat(),
                          months()[0].replace(day=2).isoformat(), "uitkering beëindigd", "Rotterdam"]
        assert len(rows) == 3  # n1 ended without a registration, n2 in another month: not on the list

        with store.engine.connect() as conn:
            trail: list[Any] = list(conn.execute(text(
                "SELECT entity, entity_id, purpose FROM audit_log WHERE action = 'export' ORDER BY entity")))
        assert [(t.entity, t.entity_id is None) for t in trail] == [("client", False), ("client", False),
                                                                     ("uwv_list", True)]
        assert all(t.purpose == f"uwv-afmeldlijst {month} (gemeente)" for t in trail)

        future = months()[3]
        nxt = f"{future.year + (future.month == 12)}-{future.month % 12 + 1:02d}"
        assert main(["--db", db_url, "export", "uwv", "--month", nxt, "-o", str(out)]) == 1
        assert "nog niet begonnen" in capsys.readouterr().err
        assert main(["--db", db_url, "export", "uwv", "--month", "2026/11", "-o", str(out)]) == 1
        assert "jaar-maand" in capsys.readouterr().err
    finally:
        store.dispose()
