"""Beeld ▸ Cijfers (centrale opslag): the reports the central store computes (issue 16), per period and team,
as a chart (QtCharts: lines per month, bars per group) and a table with a label for every code, with CSV export
for people. The fetch runs on the TaskRunner, off the UI thread; while it runs the view shows the last fetched
copy, and offline it keeps showing that copy and says how old it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

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
from desktop.services.report_labels import PERIOD_COLUMN, ValueLabels, column_label

from .report_chart import ReportChart
from .tasks import TaskRunner

# The column each report's chart shows first; the "Grafiek" chooser offers every other figure too.
CHART_COLUMN = {"telephone-first": "signals", "absence-approach": "participants", "werknl": "not_registered",
                "instruments": "completed", "caseload": "clients"}
LABEL_COLUMNS = frozenset({PERIOD_COLUMN, "kind", "group", "instrument", "coach"})


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _py(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class CentralFiguresView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, fetch_now: bool = True,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("centralFiguresView")
        self.setWindowTitle(self.tr("Cijfers uit de centrale opslag"))
        self.service = CentralReportService(db, actor)
        self.runner = runner if runner is not None else TaskRunner(self)
        self.labels = ValueLabels(db)
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
        for name in self.service.teams():
            self.team.addItem(name, name)
        self.measure = QComboBox()
        self.measure.setObjectName("chartMeasure")
        self.refresh_button = QPushButton(self.tr("Ophalen"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("CSV exporteren…"))
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("centralFiguresStatus")
        self.status.setWordWrap(True)
        self.chart = ReportChart()
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)

        top = QHBoxLayout()
        top.addWidget(self.report, 1)
        top.addWidget(QLabel(self.tr("Van")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("t/m")))
        top.addWidget(self.end)
        top.addWidget(QLabel(self.tr("Team")))
        top.addWidget(self.team)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        chart_row = QHBoxLayout()
        chart_row.addWidget(QLabel(self.tr("Grafiek van")))
        chart_row.addWidget(self.measure)
        chart_row.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(chart_row)
        layout.addWidget(split, 1)
        self.resize(1000, 700)
        self.shown: FetchedReport | None = None
        self._asked = 0  # the newest request: an older answer arriving later is dropped
        self.report.currentIndexChanged.connect(self._report_changed)
        self.measure.currentIndexChanged.connect(self._draw_chart)
        if fetch_now:
            self._report_changed()

    def name(self) -> str:
        return self.report.currentData() or REPORT_NAMES[0]

    def _report_changed(self) -> None:
        cached = self.service.cached(self.name())  # at once, while the central store is asked
        if cached is not None:
            self.show_report(cached, waiting=True)
        else:
            self.shown = None
            self.export_button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        """Ask the central store on the TaskRunner; the answer (or the reason there is none) arrives later."""
        self._asked += 1
        asked = self._asked
        self.refresh_button.setEnabled(False)
        if self.shown is None or self.shown.body.get("report") != self.name():
            self.status.setText(self.tr("Bezig met ophalen uit de centrale opslag…"))
        self.runner.run(self.service.fetch, self.name(), _py(self.start.date()), _py(self.end.date()),
                        self.team.currentData(), on_done=lambda got: self._fetched(asked, got),
                        on_error=lambda exc: self._failed(asked, exc))

    def busy(self) -> bool:
        return not self.refresh_button.isEnabled()

    def _fetched(self, asked: int, fetched: FetchedReport) -> None:
        if asked != self._asked or not isValid(self):  # a newer request, or the window is gone
            return
        self.refresh_button.setEnabled(True)
        self.show_report(fetched)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked or not isValid(self):
            return
        self.refresh_button.setEnabled(True)
        if not isinstance(exc, ServiceError):
            self.status.setText(self.tr("Ophalen is mislukt."))
            raise exc  # a fault, not a refusal: the error dialog and the log
        text = exc.for_user()
        if self.shown is not None and self.shown.body.get("report") == self.name():
            text += " " + self.tr("U ziet de laatst opgehaalde cijfers ({age}).").format(
                age=age_text(self.shown.age()))
        self.status.setText(text)

    def show_report(self, fetched: FetchedReport, waiting: bool = False) -> None:
        self.shown = fetched
        self.export_button.setEnabled(True)
        body = fetched.body
        period = self.tr("{start} t/m {end}").format(start=body.get("from"), end=body.get("to"))
        team = body.get("team") or self.tr("alles binnen uw bevoegdheid")
        if waiting:
            text = self.tr("De laatst opgehaalde cijfers ({age}), {period}, {team}; de centrale opslag wordt "
                           "gevraagd…").format(age=age_text(fetched.age()), period=period, team=team)
        elif fetched.offline:
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
        self.table.setHorizontalHeaderLabels([column_label(c) for c in columns])
        for c, col in enumerate(columns):
            self.table.horizontalHeaderItem(c).setToolTip(col)  # the stored code, for who compares with the CLI
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(columns):
                item = QTableWidgetItem(self.labels.text(col, row.get(col)))
                if col not in LABEL_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        name = body.get("report") or self.name()
        wanted = self.measure.currentData() if self.measure.count() else None
        self.measure.blockSignals(True)
        self.measure.clear()
        for col in columns:
            if col not in LABEL_COLUMNS:
                self.measure.addItem(column_label(col), col)
        index = self.measure.findData(wanted if wanted in columns else CHART_COLUMN.get(name))
        self.measure.setCurrentIndex(max(index, 0))
        self.measure.blockSignals(False)
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.shown is None:
            return
        name = self.shown.body.get("report") or self.name()
        measure = self.measure.currentData() or CHART_COLUMN.get(name, "")
        title = self.tr("{report}: {figure}").format(report=report_labels().get(name, name),
                                                    figure=column_label(measure))
        self.chart.show_report(name, self.shown.columns, self.shown.rows, measure, title, self.labels)

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
            n = export_csv(self.shown, path, self.labels)
        except ServiceError as exc:
            self.status.setText(exc.for_user())
            return None
        self.status.setText(self.tr("{n} rijen opgeslagen in {file}.").format(n=n, file=path))
        return n
