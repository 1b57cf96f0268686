"""What a specialist sees (Actor.role == "specialist"): only the placements they are engaged for — the
client's name and contact, the reason, the goals and the agreements shared with them — and where they
record progress and their evaluation. Nothing else of the dossier."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from desktop.services.placements import OPEN, SpecialistPlacement, SpecialistService, status_label
from desktop.store import Store

from .empty_state import EmptyState
from .profile_tab import ERROR_COLOR, fmt_date
from .row_model import RowsModel
from .tasks import DataBus, TaskRunner
from .window_sync import WindowSync

# Status filter: key -> the placement statuses shown (None = all).
STATUS_FILTERS: dict[str, tuple[str, ...] | None] = {
    "open": OPEN, "proposed": ("proposed",), "active": ("active",), "completed": ("completed",),
    "stopped": ("stopped",), "all": None}


def filter_placements(rows: list[SpecialistPlacement], query: str, status_key: str) -> list[SpecialistPlacement]:
    """The placements whose status is in the filter and whose client or instrument contains every word typed."""
    statuses = STATUS_FILTERS[status_key]
    words = query.casefold().split()
    return [p for p in rows if (statuses is None or p.status in statuses)
            and all(w in f"{p.client_name} {p.instrument_name} {p.provider}".casefold() for w in words)]


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
        ], self, tooltip=lambda p: f"{p.client_name} — {p.instrument_name} ({p.provider})")
        self.table = QTableView()
        self.table.setObjectName("specialistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # The client's name whole; the (long) instrument name takes the rest and shows in full as a tooltip.
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(hh.fontMetrics().horizontalAdvance("00-00-0000") + 16)
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.all_rows: list[SpecialistPlacement] = []

        self.search = QLineEdit()
        self.search.setObjectName("specialistSearch")
        self.search.setPlaceholderText(self.tr("Zoek op naam of instrument"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in uw inzetten"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("specialistStatusFilter")
        for key, label in (("open", self.tr("Lopend en voorgesteld")), ("proposed", self.tr("Voorgesteld")),
                           ("active", self.tr("Loopt")), ("completed", self.tr("Afgerond")),
                           ("stopped", self.tr("Gestopt")), ("all", self.tr("Alles"))):
            self.status_filter.addItem(label, key)
        self.status_filter.setAccessibleName(self.tr("Status van de inzet"))
        # all by default (open ones are listed first): a completed placement still wants an evaluation
        self.status_filter.setCurrentIndex(self.status_filter.findData("all"))
        self.count = QLabel()
        self.count.setObjectName("specialistCount")
        self.empty = EmptyState(self.table, self.tr("Geen inzetten in deze lijst."))
        self.search.textChanged.connect(lambda _t: self._refilter())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._refilter())

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

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 0)
        ll.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count)
        ll.addLayout(filters)
        ll.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
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
        self.all_rows = self.service.my_placements()
        self._refilter()
        self.statusBar().showMessage(self.tr("%n inzetten waarbij u betrokken bent", "", len(self.all_rows)))

    def _refilter(self) -> None:
        keep = self.current()
        rows = filter_placements(self.all_rows, self.search.text(), str(self.status_filter.currentData()))
        self.model.set_rows(rows)
        row = next((n for n, p in enumerate(self.model.rows) if keep and p.id == keep.id), 0 if self.model.rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self.count.setText(self.tr("{shown} van {total}").format(shown=len(rows), total=len(self.all_rows)))
        self.empty.set_text(self.tr("U bent nog niet betrokken bij een inzet.") if not self.all_rows else
                            self.tr("Geen inzetten die passen bij de zoekopdracht of de status."))
        self._show()

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
