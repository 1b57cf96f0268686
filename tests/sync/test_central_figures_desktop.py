"""A team lead's Beeld ▸ Cijfers (issue 16): the reports come from the central store, per period and team, export
as CSV, and offline the view shows the last fetched copy and its age."""

from __future__ import annotations

import csv
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QDate
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


def _period(view: Any) -> None:
    start, end = period()
    view.start.setDate(QDate(start.year, start.month, start.day))
    view.end.setDate(QDate(end.year, end.month, end.day))


def _fetch(view: Any, qtbot: Any) -> None:
    view.reload()
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_view_fetches_off_the_ui_thread_and_shows_labelled_table_chart_and_csv(  # noqa: ANN201
        lead_desk, store, actor, qtbot, tmp_path: Path):  # noqa: ANN001
    from desktop.ui.central_figures_view import CentralFiguresView

    central, _data = lead_desk
    view = CentralFiguresView(store.db, actor, fetch_now=False)
    qtbot.addWidget(view)
    view.service.http = central.http
    threads: list[Any] = []
    fetch = view.service.fetch

    def spy(*args: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread())
        return fetch(*args, **kw)

    view.service.fetch = spy  # type: ignore[method-assign]
    _period(view)
    view.report.setCurrentIndex(view.report.findData("absence-approach"))  # asks at once
    assert view.busy() and "Bezig met ophalen" in view.status.text()  # nothing fetched yet: it says it asks
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert view.shown is not None and not view.shown.offline
    header = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert header == ["Groep", "Deelnemers", "Uitstroom", "Uitstroom naar werk", "Uitstroom anderszins",
                      "Maatregeloverwegingen", "Aangeboden gehoord te worden", "Maatregelen", "Bijeenkomsten",
                      "Niet gekomen, niet afgemeld", "Voordeurbezoeken"]
    assert view.table.item(0, 0).text() == "Noord" and view.table.item(0, 1).text() == "6"
    assert view.chart.kind == "bar" and view.chart.items() == {"Verzuimaanpak per groep: Deelnemers": [("Noord", 6.0)]}
    assert "Opgehaald" in view.status.text() and "<5" in view.status.text()
    out = tmp_path / "cijfers.csv"
    assert view.export_to(out) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [header, ["Noord", "6", "<5", "<5", "<5", "6", "<5", "<5", "0", "0", "0"]]

    # Another figure in the chart: the chooser offers every figure column, labelled.
    view.measure.setCurrentIndex(view.measure.findData("considerations"))
    assert view.chart.items() == {"Verzuimaanpak per groep: Maatregeloverwegingen": [("Noord", 6.0)]}
    view.measure.setCurrentIndex(view.measure.findData("sanctions"))  # suppressed: drawn as 0 and said so
    assert view.chart.items()["Verzuimaanpak per groep: Maatregelen"] == [("Noord", 0.0)]
    assert "&lt;5 of leeg: getekend als 0" in view.chart.chart().title()  # rich text: "<5" escaped


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_per_month_reports_draw_a_line_per_series_and_label_codes(lead_desk, store, actor, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCharts import QLineSeries

    from desktop.ui.central_figures_view import CentralFiguresView

    central, _data = lead_desk
    view = CentralFiguresView(store.db, actor, fetch_now=False)
    qtbot.addWidget(view)
    view.service.http = central.http
    _period(view)
    assert view.name() == "telephone-first"  # the first report
    _fetch(view, qtbot)
    shown = view.shown
    assert shown is not None and view.chart.kind == "line"
    kinds = {"duty_to_inform": "Vermoeden schending inlichtingenplicht", "income_decision":
             "Besluit dat het inkomen verandert", "other": "Anders"}
    expected: dict[str, list[tuple[str, float | None]]] = {}
    for row in shown.rows:  # a suppressed cell ("<5") is a gap in the line, not a fall to 0
        value = float(row["signals"]) if isinstance(row["signals"], int) else None
        expected.setdefault(kinds[row["kind"]], []).append((row["month"], value))
    assert view.chart.items() == expected
    lines = [s for s in view.chart.chart().series() if isinstance(s, QLineSeries)]
    assert {s.name() for s in lines} == set(expected)
    drawn = sorted((s.name(), p.y()) for s in lines for p in s.points())
    assert drawn == sorted((k, v) for k, points in expected.items() for _m, v in points if v is not None)
    kind_col = shown.columns.index("kind")
    assert {view.table.item(r, kind_col).text() for r in range(view.table.rowCount())} <= set(kinds.values())
    header = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert "fine_investigation" not in header and "Boete-onderzoek" in header and "Waarschuwing" in header

    view.report.setCurrentIndex(view.report.findData("werknl"))
    qtbot.waitUntil(lambda: not view.busy() and view.shown.body["report"] == "werknl", timeout=10_000)
    assert view.chart.kind == "line" and len(view.chart.items()) == 1
    months = [row["month"] for row in view.shown.rows]
    assert [m for m, _v in next(iter(view.chart.items().values()))] == months


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_offline_the_view_shows_the_last_copy_and_its_age(lead_desk, store, actor, qtbot, clock) -> None:  # noqa: ANN001
    from desktop.ui.central_figures_view import CentralFiguresView

    central, _data = lead_desk
    view = CentralFiguresView(store.db, actor, fetch_now=False)
    qtbot.addWidget(view)
    _period(view)
    view.service.http = offline()
    view.report.setCurrentIndex(view.report.findData("caseload"))
    qtbot.waitUntil(lambda: not view.busy(), timeout=10_000)
    assert view.shown is None and "niet bereikbaar" in view.status.text()  # nothing fetched yet: the reason
    assert not view.export_button.isEnabled()
    view.service.http = central.http
    _fetch(view, qtbot)
    assert view.shown is not None and not view.shown.offline and "zojuist" in view.status.text()
    got = view.shown.rows

    clock.shift(timedelta(hours=3))
    view.service.http = offline()
    _fetch(view, qtbot)
    assert view.shown.offline and view.shown.rows == got
    assert "Offline" in view.status.text() and "3 uur geleden" in view.status.text()
    assert "niet bereikbaar" in view.status.text() and view.table.rowCount() == len(got)

    # A new window the next day: the last copy at once (with its age), then offline it stays.
    clock.shift(timedelta(days=1))
    again = CentralFiguresView(store.db, actor, fetch_now=False)
    qtbot.addWidget(again)
    again.service.http = offline()
    again.report.setCurrentIndex(again.report.findData("caseload"))
    assert again.shown is not None and again.busy() and "27 uur geleden" in again.status.text()
    qtbot.waitUntil(lambda: not again.busy(), timeout=10_000)
    assert "Offline" in again.status.text() and "27 uur geleden" in again.status.text()
    assert again.table.item(0, 0).text() == "anna" and again.table.item(1, 1).text() == "<5"

    # Refused (another team): the refusal, and the copy stays on screen.
    again.service.http = central.http
    again.team.addItem("Zuid", "Zuid")
    again.team.setCurrentIndex(again.team.findData("Zuid"))
    _fetch(again, qtbot)
    assert "niet zien" in again.status.text() and "laatst opgehaalde" in again.status.text()
    assert again.shown is not None and again.table.rowCount() == len(got)


def test_every_report_column_has_a_label_in_dutch_and_english(qapp) -> None:  # noqa: ANN001
    from desktop.services.report_labels import column_labels
    from desktop.ui.i18n import load_translator
    from sync.server.reports import REPORTS

    every = {c for module in REPORTS.values() for c in module.COLUMNS}
    try:
        for lang in ("nl", "en"):
            load_translator(lang)
            labels = column_labels()
            assert every <= labels.keys()
            assert all(labels[c] != c for c in every), lang
            assert len({labels[c] for c in every}) == len(every), lang  # no two columns read alike
        assert column_labels()["fine_investigation"] == "Fine investigation"
        assert column_labels()["rhythm_kept"] != "Contactritme gehouden"
    finally:
        load_translator("nl")
