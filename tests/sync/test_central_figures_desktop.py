"""A team lead's Beeld ▸ Cijfers (issue 16): the reports come from the central store, per period and team, export
as CSV, and offline the view shows the last fetched copy and its age."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from report_dataset import build, period

from desktop.models.outbox import set_setting
from desktop.services.central_reports import CentralReportService, CentralUnavailable, age_text
from sync.credentials import save_token


@pytest.fixture
def lead_desk(central: Any, store: Any, actor: Any) -> tuple[Any, Any]:
    data = build(central.store)
    lead = central.login(*data["lead"])
    with store.db.session() as s:
        set_setting(s, "server_url", "https://central.example")
    save_token(store.db, lead.token)
    return central, data


def offline() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no network", request=request)

    return httpx.Client(base_url="https://central.example", transport=httpx.MockTransport(refuse))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_lead_sees_the_central_figures_and_offline_the_last_copy(lead_desk, store, actor, clock) -> None:  # noqa: ANN001
    central, _data = lead_desk
    service = CentralReportService(store.db, actor)
    start, end = period()
    with pytest.raises(CentralUnavailable, match="niet bereikbaar"):
        service.fetch("caseload", start, end, http=offline())  # nothing fetched yet: nothing to show
    got = service.fetch("caseload", start, end, http=central.http)
    assert not got.offline and got.body["team"] == "Noord"
    assert [r["coach"] for r in got.rows] == ["anna", "bert"]
    assert got.rows[0]["clients"] == 8 and got.rows[1]["clients"] == "<5"

    clock.shift(timedelta(hours=3))
    again = service.fetch("caseload", start, end, http=offline())
    assert again.offline and again.rows == got.rows and "niet bereikbaar" in (again.problem or "")
    assert age_text(again.age()) == "3 uur geleden"
    with pytest.raises(CentralUnavailable, match="niet mag|niet zien"):
        service.fetch("caseload", start, end, team="Zuid", http=central.http)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_view_shows_table_chart_and_exports_csv(lead_desk, store, actor, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.ui.central_figures_view import CentralFiguresView

    central, _data = lead_desk
    view = CentralFiguresView(store.db, actor, fetch_now=False)
    qtbot.addWidget(view)
    view.service.http = central.http
    start, end = period()
    view.start.setDate(view.start.date().fromString(start.isoformat(), "yyyy-MM-dd"))
    view.end.setDate(view.end.date().fromString(end.isoformat(), "yyyy-MM-dd"))
    view.report.setCurrentIndex(view.report.findData("absence-approach"))
    view.reload()
    assert view.shown is not None and not view.shown.offline
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Noord"
    assert view.chart.items() == [("Noord", 6)]
    assert "Opgehaald" in view.status.text() and "<5" in view.status.text()
    out = tmp_path / "cijfers.csv"
    assert view.export_to(out) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [["group", "participants", "outflow", "outflow_work", "outflow_other", "considerations",
                     "hearings", "sanctions", "sessions", "no_shows", "door_visits"],
                    ["Noord", "6", "<5", "<5", "<5", "6", "<5", "<5", "0", "0", "0"]]
    view.service.http = offline()
    view.reload()
    assert view.shown.offline and "Offline" in view.status.text() and "zojuist" in view.status.text()
