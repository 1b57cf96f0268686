"""This device's own figures per period with bar charts: signals by result, the absence funnel, werk.nl
registrations. The device holds only its user's caseload, so there is no team to choose here: the view says so
and leads a team lead to the central store's figures (central_figures_view.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.figures import DeviceFigures, FigureService
from desktop.services.signals import result_labels

from .bar_chart import BarChart

FINE_COLOUR = QColor("#b26a00")
OK_COLOUR = QColor("#2e7d32")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _py(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class FiguresView(QWidget):
    central_requested = Signal()  # "Cijfers uit de centrale opslag…": the main window opens that view

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresView")
        self.setWindowTitle(self.tr("Cijfers van dit apparaat (eigen caseload)"))
        self.service = FigureService(db, actor)
        today = actor.today()
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDisplayFormat("dd-MM-yyyy")
        self.scope_note = QLabel(self.tr(
            "Alleen de eigen caseload van dit apparaat: de werkzoekenden die op dit apparaat staan. "
            "Cijfers van een team of de hele gemeente staan in de centrale opslag."))
        self.scope_note.setObjectName("figuresScope")
        self.scope_note.setWordWrap(True)
        self.central_button = QPushButton(self.tr("Cijfers uit de centrale opslag…"))
        self.central_button.clicked.connect(self.central_requested)
        if actor.role == "team_lead":  # a team lead's device holds no caseload: these figures are all zeros
            self.central_button.setDefault(True)
        self.refresh_button = QPushButton(self.tr("Bijwerken"))
        self.refresh_button.clicked.connect(self.reload)
        self.summary = QLabel()
        self.summary.setObjectName("figuresSummary")
        self.summary.setWordWrap(True)
        self.signal_chart = BarChart()
        self.absence_chart = BarChart()
        self.registration_chart = BarChart()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Van")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("t/m")))
        top.addWidget(self.end)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(self.scope_note, 1)
        note.addWidget(self.central_button)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addWidget(self.summary)
        for chart in (self.signal_chart, self.absence_chart, self.registration_chart):
            bl.addWidget(chart)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(note)
        layout.addWidget(scroll, 1)
        self.resize(760, 640)
        self.figures: DeviceFigures | None = None
        self.reload()

    def reload(self) -> None:
        try:
            f = self.service.device_figures(_py(self.start.date()), _py(self.end.date()))
        except ServiceError as exc:
            self.summary.setText(exc.for_user())
            return
        self.figures = f
        labels = result_labels()
        by = f.signals.by_result
        self.signal_chart.set_title(self.tr("Signalen per resultaat"))
        self.signal_chart.set_data([
            *[(labels[r], by[r], FINE_COLOUR if r == "fine_investigation" else None)
              for r in ("no_action", "corrected", "warning", "fine_investigation")],
            (self.tr("Nog open"), by["open"], QColor("#888888")),
        ])
        a = f.absences
        self.absence_chart.set_title(self.tr("Verzuimaanpak"))
        self.absence_chart.set_data([
            (self.tr("Deelnemers"), a.participants),
            (self.tr("Uitgestroomd naar werk of anderszins"), a.outflow, OK_COLOUR),
            (self.tr("Maatregeloverwegingen"), a.considerations),
            (self.tr("Maatregelen"), a.sanctions, FINE_COLOUR),
            (self.tr("Verklaard door omstandigheden"), a.explained),
            (self.tr("Besloten: geen maatregel"), a.no_sanction),
        ])
        r = f.registrations
        self.registration_chart.set_title(self.tr("Inschrijving werk.nl (lopende uitkeringen, vandaag)"))
        self.registration_chart.set_data([
            (self.tr("Ingeschreven"), r.registered, OK_COLOUR),
            (self.tr("Niet ingeschreven"), r.not_registered, FINE_COLOUR),
            (self.tr("Ontheffing"), r.exempt),
        ])
        self.summary.setText(self.tr(
            "{total} signalen, {closed} afgesloten, waarvan {without} zonder boete-onderzoek. "
            "{participants} deelnemers in de verzuimaanpak: {considerations} maatregeloverwegingen, "
            "{sanctions} maatregelen. {open} inschrijvingen op werk.nl staan open.").format(
            total=f.signals.total, closed=f.signals.closed, without=f.signals.without_fine,
            participants=a.participants, considerations=a.considerations, sanctions=a.sanctions, open=r.open))
