"""The caseload list: search box, phase filter, "only overdue" and the table."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.caseload import CaseloadService, ClientRow
from desktop.services.context import Actor

from .caseload_model import COL_NAME, CaseloadModel
from .tasks import TaskRunner

log = logging.getLogger(__name__)
NAME_MIN_WIDTH = 190  # px the name column keeps before the other columns go compact


class CaseloadView(QWidget):
    """Emits `client_selected(id)` when the user moves to another client."""

    client_selected = Signal(str)
    loaded = Signal(int)  # number of clients after a (re)load

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = CaseloadService(db, actor)
        self.runner = runner
        self._generation = 0
        self._current_id: str | None = None
        self._restoring = False

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Zoek op naam, BSN of postcode"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de caseload"))

        self.phase = QComboBox()
        self.phase.setObjectName("phaseFilter")
        for key, label in (("running", self.tr("Alle lopende")), ("benefit", self.tr("Uitkering")),
                           ("aftercare", self.tr("Nazorg")), ("ended", self.tr("Beëindigd")),
                           ("all", self.tr("Alles"))):
            self.phase.addItem(label, key)
        self.phase.setToolTip(self.tr("Lopend: met uitkering of in nazorg"))
        self.overdue = QCheckBox(self.tr("Alleen te late afspraken"))
        self.overdue.setObjectName("overdueOnly")
        self.count = QLabel()
        self.count.setObjectName("caseloadCount")

        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        fm = hh.fontMetrics()
        samples = {1: "100", 2: "Beëindigd", 3: "00-00-0000 00:00", 4: "99", 5: "99", 6: "00-00-0000"}
        self._widths: dict[int, tuple[int, int]] = {}  # column -> (full header shown, compact)
        for col, sample in samples.items():
            header = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            text_w = fm.horizontalAdvance(sample)
            self._widths[col] = (max(text_w, fm.horizontalAdvance(header)) + 22, max(text_w + 16, 36))
            hh.resizeSection(col, self._widths[col][0])
        hh.setMinimumSectionSize(30)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._compact: bool | None = None
        hh.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        filters = QHBoxLayout()
        filters.addWidget(self.phase)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._on_query)
        self.phase.currentIndexChanged.connect(self._on_phase)
        self.overdue.toggled.connect(self._on_overdue)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns(event.size().width())

    def _fit_columns(self, width: int) -> None:
        """Keep the name readable: in a narrow list the other columns shrink to their values
        (their headers are then cut short; the full header is in its tooltip)."""
        full = sum(w for w, _ in self._widths.values())
        compact = width - full - 24 < NAME_MIN_WIDTH
        if compact == self._compact:
            return
        self._compact = compact
        hh = self.table.horizontalHeader()
        for col, (normal, small) in self._widths.items():
            hh.resizeSection(col, small if compact else normal)

    # -- loading ---------------------------------------------------------------------------
    def load_now(self) -> None:
        """Fill the list synchronously (start-up: the window appears with its caseload)."""
        self.load_rows(self.service.list_clients())

    def load_rows(self, rows: list[ClientRow]) -> None:
        self._generation += 1
        self._apply(self._generation, rows)

    def reload(self) -> None:
        """Reload in the background after a change; an older result never overwrites a newer one."""
        self._generation += 1
        gen = self._generation
        self.runner.run(self.service.list_clients, on_done=lambda rows: self._apply(gen, rows),
                        on_error=self._load_failed)

    def _apply(self, generation: int, rows: list[ClientRow]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.loaded.emit(len(rows))

    def _load_failed(self, exc: BaseException) -> None:
        log.error("loading the caseload failed: %s", type(exc).__name__)
        self.count.setText(self.tr("Laden mislukt"))

    # -- filtering -------------------------------------------------------------------------
    def _on_query(self, text: str) -> None:
        self.model.set_filter(query=text)

    def _on_phase(self, _index: int) -> None:
        self.model.set_filter(phase_key=self.phase.currentData())

    def _on_overdue(self, checked: bool) -> None:
        self.model.set_filter(overdue_only=checked)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def visible_count(self) -> int:
        return self.model.rowCount()

    # -- selection -------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self._current_id

    def select_client(self, client_id: str) -> bool:
        """Make `client_id` current (emits client_selected). False when it is filtered out."""
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        client_id = self.model.row_at(current.row()).id
        if client_id != self._current_id:
            self._current_id = client_id
            self.client_selected.emit(client_id)

    def _after_reset(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        self.count.setText(self.tr("{shown} van {total}").format(shown=shown, total=total))
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:  # keep the open client highlighted without opening it again
            self._restoring = True
            try:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._restoring = False

    def remember(self, client_id: str) -> None:
        """The pane shows `client_id` (opened elsewhere): highlight it after the next reload."""
        self._current_id = client_id

    def forget_current(self) -> None:
        self._current_id = None
        self.table.clearSelection()
