"""What a specialist sees (Actor.role == "specialist"): only the placements they are engaged for — the
client's name and contact, the reason, the goals and the agreements shared with them — and where they
record progress and their evaluation. Nothing else of the dossier."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.placements import SpecialistPlacement, SpecialistService, status_label
from desktop.store import Store

from .profile_tab import ERROR_COLOR, fmt_date
from .row_model import RowsModel
from .tasks import DataBus, TaskRunner
from .window_sync import WindowSync


class SpecialistWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, language: str = "nl", parent: QWidget | None = None,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        # A specialist's device syncs like a coach's: their placements come from the central store.
        self.bus = DataBus(self)
        self.runner = TaskRunner(self)
        self.window_sync = WindowSync(self, store, self.runner, self.bus, db=db)
        self.window_sync.build_menu(self.menuBar())
        self.bus.changed.connect(lambda _entity, _id: self.reload())
        self.service = SpecialistService(db, actor)
        self.actor, self.language = actor, language
        self.setWindowTitle(self.tr("Wijkdesk — inzet als specialist"))
        self.setObjectName("specialistWindow")

        self.model: RowsModel[SpecialistPlacement] = RowsModel([
            (self.tr("Werkzoekende"), lambda p: p.client_name),
            (self.tr("Instrument"), lambda p: p.instrument_name),
            (self.tr("Status"), lambda p: status_label(p.status)),
            (self.tr("Van"), lambda p: fmt_date(p.start_date)),
            (self.tr("Tot"), lambda p: fmt_date(p.end_date)),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("specialistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.details = QLabel()
        self.details.setObjectName("specialistDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes = QLabel()
        self.notes.setObjectName("specialistNotes")
        self.notes.setWordWrap(True)
        self.progress = QPlainTextEdit()
        self.progress.setObjectName("specialistProgress")
        self.progress.setPlaceholderText(self.tr("Hoe gaat het? Wat is er deze week gebeurd?"))
        self.progress.setFixedHeight(70)
        self.progress_button = QPushButton(self.tr("Voortgang vastleggen"))
        self.progress_button.setObjectName("specialistProgressSave")
        self.evaluation = QPlainTextEdit()
        self.evaluation.setObjectName("specialistEvaluation")
        self.evaluation.setPlaceholderText(self.tr("Uw evaluatie: wat ging goed, wat is ontwikkeld, wat is "
                                                   "een goed vervolg?"))
        self.evaluation.setFixedHeight(90)
        self.evaluation_button = QPushButton(self.tr("Evaluatie opslaan"))
        self.evaluation_button.setObjectName("specialistEvaluationSave")
        self.message = QLabel()
        self.message.setObjectName("specialistMessage")
        self.message.setWordWrap(True)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.details)
        rl.addWidget(QLabel(self.tr("<b>Voortgang</b>")))
        rl.addWidget(self.notes)
        rl.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.progress_button)
        rl.addLayout(row)
        rl.addWidget(QLabel(self.tr("<b>Evaluatie</b>")))
        rl.addWidget(self.evaluation)
        row2 = QHBoxLayout()
        row2.addWidget(self.message, 1)
        row2.addWidget(self.evaluation_button)
        rl.addLayout(row2)
        rl.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.setCentralWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._show)
        self.progress_button.clicked.connect(self.save_progress)
        self.evaluation_button.clicked.connect(self.save_evaluation)
        self.resize(1100, 700)
        self.reload()
        self.window_sync.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.window_sync.stop()
        self.runner.wait()
        event.accept()

    def reload(self) -> None:
        keep = self.current()
        self.model.set_rows(self.service.my_placements())
        row = next((n for n, p in enumerate(self.model.rows) if keep and p.id == keep.id), 0 if self.model.rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show()
        self.statusBar().showMessage(self.tr("%n inzetten waarbij u betrokken bent", "", len(self.model.rows)))

    def current(self) -> SpecialistPlacement | None:
        return self.model.row(self.table.currentIndex())

    def _show(self, *_args: object) -> None:
        p = self.current()
        enabled = p is not None
        for w in (self.progress, self.progress_button, self.evaluation, self.evaluation_button):
            w.setEnabled(enabled)
        if p is None:
            self.details.setText(self.tr("U bent nog niet betrokken bij een inzet."))
            self.notes.clear()
            self.evaluation.clear()
            return
        self.progress.setEnabled(p.status in ("proposed", "active"))
        self.progress_button.setEnabled(p.status in ("proposed", "active"))
        contact = " · ".join(escape(x) for x in (p.client_phone, p.client_email) if x) or self.tr("geen contactgegevens")
        agreements = "".join(
            f"<li>{escape(a.description)}" + (f" — {fmt_date(a.due_date)}" if a.due_date else "") + "</li>"
            for a in p.agreements) or f"<li>{self.tr('geen gedeelde afspraken')}</li>"
        self.details.setText(
            f"<h3>{escape(p.client_name)}</h3><p>{contact}</p>"
            f"<p><b>{escape(p.instrument_name)}</b> — {escape(p.provider)} ({status_label(p.status)})</p>"
            f"<p><b>{self.tr('Reden')}</b><br>{escape(p.reason)}</p>"
            f"<p><b>{self.tr('Doelen')}</b><br>{escape(', '.join(p.goal_labels))}</p>"
            f"<p><b>{self.tr('Gedeelde afspraken')}</b></p><ul>{agreements}</ul>")
        self.notes.setText(p.progress_notes or self.tr("Nog geen voortgang vastgelegd."))
        self.evaluation.setPlainText(p.specialist_evaluation)

    def _error(self, exc: ServiceError) -> None:
        text = exc.for_user()
        self.message.setText(f'<span style="color:{ERROR_COLOR}">{text}</span>')

    def save_progress(self) -> bool:
        p = self.current()
        if p is None:
            return False
        try:
            self.service.record_progress(p.id, self.progress.toPlainText())
        except ServiceError as exc:
            self._error(exc)
            return False
        self.progress.clear()
        self.message.setText(self.tr("Voortgang vastgelegd."))
        self.reload()
        return True

    def save_evaluation(self) -> bool:
        p = self.current()
        if p is None:
            return False
        try:
            self.service.record_evaluation(p.id, self.evaluation.toPlainText())
        except ServiceError as exc:
            self._error(exc)
            return False
        self.message.setText(self.tr("Evaluatie opgeslagen."))
        self.reload()
        return True
