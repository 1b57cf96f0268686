"""ClientTab "Tijdlijn": everything about the client in date order, filterable by kind.

The whole story is read once per client (TimelineService.for_client, all kinds); the kind
checkboxes filter the rows already loaded, so ticking one is instant.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.timeline import TIMELINE_KINDS, TimelineItem, TimelineService, kind_labels

from .agreement_rows import format_day, format_moment
from .client_tab import ClientTab
from .columns import stretch_column
from .conversation_models import IdRole, OverdueBrush, PlannedBrush, _table
from .empty_state import EmptyState
from .flow_layout import FlowLayout
from .row_model import ListTableModel
from .tasks import DataBus, TaskRunner

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
KindRole = Qt.ItemDataRole.UserRole + 2


def format_when(at: datetime) -> str:
    # Items that are only a day (agreements, signals, absences...) are stored at midnight.
    return format_day(at) if (at.hour, at.minute) == (0, 0) else format_moment(at)


class TimelineModel(ListTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[TimelineItem] = []
        self._rows: list[TimelineItem] = []
        self._kinds: set[str] = set(TIMELINE_KINDS)
        self._labels = kind_labels()
        self._headers = [self.tr("Datum"), self.tr("Soort"), self.tr("Wat"), self.tr("Details")]
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._overdue_tip = self.tr("Te laat")

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self._all = list(items)
        self._refilter()

    def set_kinds(self, kinds: set[str]) -> None:
        self._kinds = set(kinds)
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [i for i in self._all if i.kind in self._kinds]
        self.endResetModel()

    def item_at(self, row: int) -> TimelineItem:
        return self._rows[row]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(TIMELINE_KINDS, 0)
        for i in self._all:
            out[i.kind] = out.get(i.kind, 0) + 1
        return out

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return format_when(item.at)
            if col == 1:
                label = self._labels.get(item.kind, item.kind)
                return f"{label} — {self._overdue_tip.lower()}" if item.overdue else label
            return item.title if col == 2 else item.detail
        if role == IdRole:
            return item.ref_id
        if role == KindRole:
            return item.kind
        if item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OverdueBrush
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Te laat: {what}").format(what=item.title)
        if item.kind == "planned":
            if role == Qt.ItemDataRole.ForegroundRole:
                return PlannedBrush
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            return item.title if col == 2 else item.detail
        return None


class TimelineTab(ClientTab):
    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("timelineTab")
        self.service = TimelineService(db, actor)
        self.model = TimelineModel(self)
        self.table: QTableView = _table(self.model, "timelineTable")
        fm = self.table.fontMetrics()
        hh = self.table.horizontalHeader()
        hh.resizeSection(0, fm.horizontalAdvance("00-00-0000 00:00") + 24)
        hh.resizeSection(1, fm.horizontalAdvance("Gepland gesprek — te laat") + 24)
        hh.resizeSection(2, fm.horizontalAdvance("M") * 22)
        stretch_column(self.table, 3)  # the details: never cut below their header

        self.filters: dict[str, QCheckBox] = {}
        bar = FlowLayout()
        bar.addWidget(QLabel(self.tr("Toon:")))
        for kind, label in kind_labels().items():
            box = QCheckBox(label)
            box.setObjectName(f"show_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._on_filter)
            self.filters[kind] = box
            bar.addWidget(box)
        self.count = QLabel()
        self.count.setObjectName("timelineCount")
        self.refer_button = QPushButton(self.tr("&Verwijzen…"))  # wijkteam or VraagWijzer (issue 17)
        self.refer_button.setObjectName("referButton")
        self.refer_button.clicked.connect(self.refer)
        bar.add_right(self.count, self.refer_button)
        self._db, self._actor = db, actor
        EmptyState(self.table, self.tr("Niets te tonen: er is nog niets vastgelegd, of de vinkjes hierboven "
                                       "verbergen alles."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Tijdlijn")

    def refer(self) -> None:
        from .referral_dialog import ReferralDialog

        if self.client_id and ReferralDialog(self._db, self._actor, self.client_id, self).exec():
            self.reload()

    def kinds(self) -> set[str]:
        return {k for k, box in self.filters.items() if box.isChecked()}

    def reload(self) -> None:
        items = self.service.for_client(self.client_id) if self.client_id else []
        self.model.set_items(items)
        counts = self.model.counts()
        labels = kind_labels()
        for kind, box in self.filters.items():
            box.setText(f"{labels[kind]} ({counts.get(kind, 0)})")
        self._update_count()

    def _on_filter(self, _checked: bool) -> None:
        self.model.set_kinds(self.kinds())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n regels", "", self.model.rowCount()))
