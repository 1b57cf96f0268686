"""Beeld ▸ Cijfers (centrale opslag): the reports the central store computes (issue 16), per period and team,
as a table and a bar chart, with CSV export; offline it shows the last fetched copy and how old it is.

QtCharts is not part of PySide6-Essentials, so the chart is the app's own BarChart. Cells the central store
suppressed ("<5") are drawn as 0 and labelled "<5"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.central_reports import (
    REPORT_NAMES,
    CentralReportService,
    FetchedReport,
    age_text,
    export_csv,
    report_labels,
)
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.figures import FigureService

from .bar_chart import BarChart

# The column each report's chart shows, per row (the row's first column is its label).
CHART_COLUMN = {"telephone-first": "signals", "absence-approach": "participants", "werknl": "not_registered",
                "instruments": "completed", "caseload": "clients"}


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _py(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CentralFiguresView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, fetch_now: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("centralFiguresView")
        self.setWindowTitle(self.tr("Cijfers uit de centrale opslag"))
        self.service = CentralReportService(db, actor)
        today = actor.today()
        self.report = QComboBox()
        for name, label in report_labels().items():
            self.report.addItem(label, name)
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDisplayFormat("dd-MM-yyyy")
        self.team = QComboBox()
        self.team.addItem(self.tr("Mijn team of caseload"), None)
        for _team_id, name in FigureService(db, actor).teams():
            self.team.addItem(name, name)
        self.refresh_button = QPushButton(self.tr("Ophalen"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("CSV exporteren…"))
        self.export_button.clicked.connect(self.choose_export)
        self.status = QLabel()
        self.status.setObjectName("centralFiguresStatus")
        self.status.setWordWrap(True)
        self.chart = BarChart()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        top.addWidget(self.report)
        top.addWidget(QLabel(self.tr("Van")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("t/m")))
        top.addWidget(self.end)
        top.addWidget(QLabel(self.tr("Team")))
        top.addWidget(self.team)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        self.resize(900, 620)
        self.shown: FetchedReport | None = None
        self.report.currentIndexChanged.connect(self.reload)
        if fetch_now:
            self.reload()

    def name(self) -> str:
        return self.report.currentData() or REPORT_NAMES[0]

    def reload(self) -> None:
        try:
            fetched = self.service.fetch(self.name(), _py(self.start.date()), _py(self.end.date()),
                                         self.team.currentData())
        except ServiceError as exc:
            self.status.setText(str(exc))
            return
        self.show_report(fetched)

    def show_report(self, fetched: FetchedReport) -> None:
        self.shown = fetched
        body = fetched.body
        period = self.tr("{start} t/m {end}").format(start=body.get("from"), end=body.get("to"))
        team = body.get("team") or self.tr("alles binnen uw bevoegdheid")
        if fetched.offline:
            text = self.tr("Offline: de laatst opgehaalde cijfers ({age}), {period}, {team}.").format(
                age=age_text(fetched.age()), period=period, team=team)
            if fetched.problem:
                text += " " + fetched.problem
        else:
            text = self.tr("Opgehaald uit de centrale opslag ({age}), {period}, {team}.").format(
                age=age_text(fetched.age()), period=period, team=team)
        if body.get("small_cell"):
            text += " " + self.tr("Aantallen onder de {n} staan als <{n}.").format(n=body["small_cell"])
        self.status.setText(text)
        columns, rows = fetched.columns, fetched.rows
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(columns):
                value = row.get(col)
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()
        name = body.get("report") or self.name()
        measure = CHART_COLUMN.get(name, columns[1] if len(columns) > 1 else "")
        items = []
        for row in rows:
            label = " ".join(str(row.get(c)) for c in columns[:2 if name == "telephone-first" else 1])
            value = row.get(measure)
            items.append((f"{label} ({value})" if not isinstance(value, int) else label,
                          value if isinstance(value, int) else 0))
        self.chart.set_title(f"{report_labels().get(name, name)}: {measure}")
        self.chart.set_data(items)

    def choose_export(self) -> None:
        if self.shown is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Cijfers opslaan"), f"{self.name()}.csv",
                                              self.tr("CSV-bestanden (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int | None:
        if self.shown is None:
            return None
        try:
            n = export_csv(self.shown, path)
        except ServiceError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("{n} rijen opgeslagen in {file}.").format(n=n, file=path))
        return n
