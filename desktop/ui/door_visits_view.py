"""The absence team's window (seed 004, team verzuim): who did not come and did not call off, where to ring the
door, and what they found — the coach then holds the follow-up conversation."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.door_visits import DoorVisitService, VisitItem
from desktop.services.errors import ServiceError

from .columns import stretch_column


class DoorVisitsView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorVisitsView")
        self.setWindowTitle(self.tr("Voordeurbezoeken (team verzuim)"))
        self.service = DoorVisitService(db, actor)
        self.items: list[VisitItem] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("doorVisitList")
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Adres"), self.tr("Telefoon"),
                                              self.tr("Gemist"), self.tr("Op")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self.table, 1)
        today = actor.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("doorVisitFindings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumHeight(90)
        self.findings.setPlaceholderText(self.tr("Wat u aantrof: thuis of niet, wat de werkzoekende vertelde."))
        save = QPushButton(self.tr("Voordeurbezoek vastleggen"))
        save.setObjectName("doorVisitSave")
        save.clicked.connect(self.record)
        box = QGroupBox(self.tr("Bezoek bij de gekozen werkzoekende"))
        form = QFormLayout(box)
        form.addRow(self.tr("Bezocht op"), self.day)
        form.addRow(self.tr("Bevindingen"), self.findings)
        form.addRow(save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("doorVisitMessage")
        intro = QLabel(self.tr("Niet verschenen en niet afgemeld: een voordeurbezoek. De begeleider krijgt uw "
                               "bevindingen terug en voert het gesprek."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addWidget(self.message)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        try:
            self.items = self.service.to_visit()
        except ServiceError as exc:
            self.message.setText(exc.for_user())
            return
        self.table.setRowCount(len(self.items))
        for r, v in enumerate(self.items):
            for c, value in enumerate((v.name, v.address, v.phone, v.activity, f"{v.missed_on:%d-%m-%Y}")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.items and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def record(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.message.setText(self.tr("Kies eerst een werkzoekende in de lijst."))
            return
        v = self.items[row]
        try:
            self.service.record(v.absence_id, self.day.date().toPython(), self.findings.toPlainText())
        except ServiceError as exc:
            self.message.setText(exc.for_user())
            return
        self.findings.clear()
        self.message.setText(self.tr("Voordeurbezoek bij {name} vastgelegd; de begeleider ziet het.").format(
            name=v.name))
        self.reload()
