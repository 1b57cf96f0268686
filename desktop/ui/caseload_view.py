"""The caseload list: search box, phase filter, "only overdue" and the table."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.caseload import CaseloadService, ClientRow
from desktop.services.context import Actor

from .caseload_model import (
    COL_ABSENCES,
    COL_AGE,
    COL_CONTACT,
    COL_NAME,
    COL_OPEN,
    COL_SIGNALS,
    COL_STATUS,
    CaseloadModel,
)
from .empty_state import EmptyState
from .tasks import TaskRunner

if TYPE_CHECKING:
    from .sync_controller import SyncState

log = logging.getLogger(__name__)
NAME_MIN_WIDTH = 170  # px the name column keeps before other columns are hidden
# hidden in this order when the list is narrow (overdue agreements and the next meeting always stay)
HIDE_ORDER = (COL_AGE, COL_STATUS, COL_OPEN, COL_ABSENCES, COL_SIGNALS, COL_CONTACT)


class CaseloadView(QWidget):
    """Emits `client_selected(id)` when the user moves to another client."""

    client_selected = Signal(str)
    opened = Signal()  # Enter in the search box: the coach wants to work in the client now
    loaded = Signal(int)  # number of clients after a (re)load

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = CaseloadService(db, actor)
        self.first_sync = False  # the first sync is bringing the caseload in (note_sync_state)
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
        margin = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, hh)
        mark = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, hh)
        samples = {1: "100", 2: "Beëindigd", 3: "00-00-0000 00:00", 4: "99", 5: "99", 6: "99", 7: "99", 8: "00-00-0000"}
        self._widths: dict[int, int] = {}  # column -> width that shows its whole header and values
        for col, sample in samples.items():
            header = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            text_w = max(fm.horizontalAdvance(line) for line in [sample, *header.split("\n")])
            self._widths[col] = text_w + 2 * margin + mark + 4  # room for the sort arrow too
            hh.resizeSection(col, self._widths[col])
        hh.setMinimumSectionSize(30)
        self._hidden: tuple[int, ...] | None = None
        hh.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        # A search that matches clients the filter hides says so, with one click to show them.
        self.hidden_hint = QPushButton()
        self.hidden_hint.setObjectName("hiddenByFilter")
        self.hidden_hint.setFlat(True)
        self.hidden_hint.setStyleSheet("text-align: left; color: palette(link);")
        self.hidden_hint.hide()
        self.hidden_hint.clicked.connect(self.show_all)
        self.empty = EmptyState(self.table, self.tr("Geen werkzoekenden in deze lijst."))

        filters = QHBoxLayout()
        filters.addWidget(self.phase)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.hidden_hint)
        layout.addWidget(self.table, 1)
        self.search.installEventFilter(self)

        self.search.textChanged.connect(self._on_query)
        self.phase.currentIndexChanged.connect(self._on_phase)
        self.overdue.toggled.connect(self._on_overdue)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns(event.size().width())

    def _fit_columns(self, width: int) -> None:
        """Keep the name readable and every header whole: in a narrow list the least needed
        columns are hidden (age first, then status, the open count, absences, signals, last contact)
        instead of cut short."""
        hidden: list[int] = []
        for col in (None, *HIDE_ORDER):
            if col is not None:
                hidden.append(col)
            used = sum(w for c, w in self._widths.items() if c not in hidden)
            if width - used - 24 >= NAME_MIN_WIDTH:
                break
        if tuple(hidden) == self._hidden:
            return
        self._hidden = tuple(hidden)
        for col in self._widths:
            self.table.setColumnHidden(col, col in hidden)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """In the search box: Down goes to the first hit, Enter opens it, Esc clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                current = self.table.currentIndex()
                row = current.row() if current.isValid() and key != Qt.Key.Key_Down else 0
                self.select_client(self.model.row_at(row).id)
                self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if key != Qt.Key.Key_Down:
                    self.opened.emit()
                return True
        return super().eventFilter(watched, event)

    def show_all(self) -> None:
        """"N verborgen door het filter — alles tonen": the phase filter to everything, overdue off."""
        self.overdue.setChecked(False)
        self.phase.setCurrentIndex(self.phase.findData("all"))

    def _update_hidden_hint(self) -> None:
        hidden = self.model.hidden_matches()
        self.hidden_hint.setVisible(hidden > 0)
        if hidden:
            self.hidden_hint.setText(self.tr("%n verborgen door het filter — alles tonen", "", hidden))
        query = self.search.text().strip()
        if query:
            self.empty.set_text(self.tr("Niemand gevonden voor “{query}”.").format(query=query))
        elif self.first_sync:
            self.empty.set_text(self.tr("De caseload wordt opgehaald bij de centrale opslag…"))
        else:
            self.empty.set_text(self.tr("Geen werkzoekenden in deze lijst."))

    def note_sync_state(self, state: SyncState) -> None:
        """While a device that never synced is syncing for the first time, an empty list says it is on its way."""
        first = state.kind == "syncing" and state.last_sync is None
        if first != self.first_sync:
            self.first_sync = first
            self._update_hidden_hint()

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
        self._update_hidden_hint()
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
