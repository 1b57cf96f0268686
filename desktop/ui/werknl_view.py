"""werk.nl registration (seed 003): who is not (or no longer) registered, who was written to and who
called back, and the monthly list for UWV of who may be deregistered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.werknl import RegistrationRow, WerknlService, status_labels

from .columns import stretch_column

ERROR_STYLE = '<span style="color:#b00020">{}</span>'


def _d(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


def _iso(d: QDate) -> str:
    return f"{d.year():04d}-{d.month():02d}-{d.day():02d}"


class WerknlView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("werknlView")
        self.setWindowTitle(self.tr("Inschrijving werk.nl"))
        self.service = WerknlService(db, actor)
        self.db = db
        self.actor = actor
        self.rows: list[RegistrationRow] = []
        today = QDate(actor.today().year, actor.today().month, actor.today().day)

        self.show_all = QCheckBox(self.tr("Ook ingeschreven werkzoekenden en ontheffingen tonen"))
        self.show_all.toggled.connect(self.reload)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("BSN"), self.tr("Status"),
                                              self.tr("Ingeschreven op"), self.tr("Brief verstuurd"),
                                              self.tr("Teruggebeld"), self.tr("Bindende afspraak tot")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self.table, 0)
        self.table.verticalHeader().setVisible(False)

        self.registered_on = QDateEdit(today)
        self.registered_on.setCalendarPopup(True)
        self.registered_on.setDisplayFormat("dd-MM-yyyy")
        self.register_button = QPushButton(self.tr("Inschrijving vastleggen"))
        self.register_button.clicked.connect(self.register)
        self.exempt_button = QPushButton(self.tr("Ontheffing aan/uit"))
        self.exempt_button.clicked.connect(self.toggle_exempt)
        self.letter_button = QPushButton(self.tr("Brief verstuurd (vandaag)"))
        self.letter_button.clicked.connect(self.letter)
        self.print_button = QPushButton(self.tr("Brief afdrukken…"))
        self.print_button.setObjectName("werknlLetter")
        self.print_button.setToolTip(self.tr("De brief voor de gekozen werkzoekende: eerst hoe u zich inschrijft, "
                                             "daarna het besluit met de termijn van 2 weken."))
        self.print_button.clicked.connect(self.print_letter)
        self.mailing_button = QPushButton(self.tr("Brieven maken…"))
        self.mailing_button.setObjectName("werknlMailing")
        self.mailing_button.setToolTip(self.tr("Eén PDF met brieven voor wie nog niet is ingeschreven; "
                                               "hoogstens het aantal dat u kiest."))
        self.mailing_button.clicked.connect(self.mailing)
        self.callback_button = QPushButton(self.tr("Teruggebeld (vandaag)"))
        self.callback_button.clicked.connect(self.callback)
        # The binding decision path (seed 003); the service refuses a step out of order and says why.
        self.phoned_button = QPushButton(self.tr("Nagebeld (vandaag)"))
        self.phoned_button.clicked.connect(lambda: self._act(self.service.record_phone_followup,
                                                             self.tr("Nabellen vastgelegd.")))
        self.binding_button = QPushButton(self.tr("Bindende afspraak (vandaag)"))
        self.binding_button.clicked.connect(lambda: self._act(self.service.binding_decision,
                                                              self.tr("Bindende afspraak vastgelegd.")))
        self.hearing_button = QPushButton(self.tr("Horen aangeboden (vandaag)"))
        self.hearing_button.clicked.connect(lambda: self._act(self.service.offer_hearing,
                                                              self.tr("Aanbod om te horen vastgelegd.")))
        self.sanction_button = QPushButton(self.tr("Maatregel na de termijn"))
        self.sanction_button.clicked.connect(lambda: self._act(self.service.sanction,
                                                               self.tr("Maatregel vastgelegd.")))

        self.month = QLineEdit(f"{actor.today():%Y-%m}")
        self.month.setPlaceholderText("2026-11")
        self.month.setMaximumWidth(90)
        self.export_button = QPushButton(self.tr("UWV-lijst exporteren…"))
        self.export_button.clicked.connect(self.choose_export)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("werknlMessage")

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Ingeschreven op")))
        row1.addWidget(self.registered_on)
        row1.addWidget(self.register_button)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.exempt_button)
        row2.addWidget(self.letter_button)
        row2.addWidget(self.print_button)
        row2.addWidget(self.mailing_button)
        row2.addWidget(self.callback_button)
        row2.addStretch(1)
        row2.addWidget(QLabel(self.tr("Maand")))
        row2.addWidget(self.month)
        row2.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Werkzoekenden met een lopende uitkering die niet (meer) als werkzoekende op "
                               "werk.nl staan ingeschreven en geen ontheffing hebben."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 1)
        layout.addLayout(row1)
        row3 = QHBoxLayout()
        for b in (self.phoned_button, self.binding_button, self.hearing_button, self.sanction_button):
            row3.addWidget(b)
        row3.addStretch(1)
        layout.addLayout(row3)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.resize(900, 560)
        self.reload()

    def reload(self) -> None:
        keep = self.selected()
        self.rows = self.service.registrations(open_only=not self.show_all.isChecked())
        labels = status_labels()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            cells = (r.display_name, r.bsn, labels.get(r.status, r.status), _d(r.registered_on),
                     _d(r.letter_sent_on), _d(r.called_back_on), _d(r.binding_deadline))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.client_id)
                self.table.setItem(i, j, item)
            if keep and r.client_id == keep:
                self.table.selectRow(i)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _act(self, fn, text: str) -> None:  # noqa: ANN001 - a service call taking the client id
        client_id = self.selected()
        if client_id is None:
            self.message.setText(ERROR_STYLE.format(self.tr("Kies eerst een werkzoekende in de lijst.")))
            return
        try:
            fn(client_id)
        except ServiceError as exc:
            msg = exc.for_user()
            self.message.setText(ERROR_STYLE.format(msg))
            return
        self.reload()
        self.message.setText(text)

    def register(self) -> None:
        self._act(lambda cid: self.service.register(cid, _iso(self.registered_on.date())),
                  self.tr("Inschrijving vastgelegd."))

    def toggle_exempt(self) -> None:
        exempt = {r.client_id: r.exempt for r in self.rows}
        self._act(lambda cid: self.service.set_exempt(cid, not exempt.get(cid, False)),
                  self.tr("Ontheffing bijgewerkt."))

    def letter(self) -> None:
        self._act(self.service.record_letter, self.tr("Brief vastgelegd."))

    def print_letter(self) -> None:
        """One client's werk.nl letter: the first one, or the binding decision once that was sent."""
        from .letters import LetterDialog
        from .tasks import TaskRunner

        client_id = self.selected()
        if client_id is None:
            self.message.setText(ERROR_STYLE.format(self.tr("Kies eerst een werkzoekende in de lijst.")))
            return
        row = next((r for r in self.rows if r.client_id == client_id), None)
        kind = "werknl-binding-decision" if row is not None and row.letter_sent_on else "werknl-registration"
        self.runner = getattr(self, "runner", None) or TaskRunner(self)
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, None, client_id, kind, parent=self,
                                          on_recorded=self.reload)
        self.letter_dialog.open()

    def mailing(self) -> None:
        """Seed 003: write to a small group first; each letter is recorded once printed or saved."""
        from .letters import MailingDialog
        from .tasks import TaskRunner

        self.runner = getattr(self, "runner", None) or TaskRunner(self)
        self.mailing_dialog = MailingDialog(self.db, self.actor, self.runner, None, parent=self)
        self.mailing_dialog.finished.connect(lambda _r: self.reload())
        self.mailing_dialog.open()

    def callback(self) -> None:
        self._act(self.service.record_callback, self.tr("Terugbelactie vastgelegd."))

    def choose_export(self) -> None:
        month = self.month.text().strip()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("UWV-lijst opslaan"), f"uwv-afmelden-{month}.csv",
                                              self.tr("CSV-bestanden (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int | None:
        try:
            n = self.service.export_uwv(self.month.text().strip(), path)
        except ServiceError as exc:
            msg = exc.for_user()
            self.message.setText(ERROR_STYLE.format(msg))
            return None
        self.message.setText(self.tr("{n} werkzoekenden op de UWV-lijst gezet: {file}").format(n=n, file=path))
        return n
