"""The tables of the Gesprekken tab: conversations and agreements as Qt table models, and the table
widget they share with the Tijdlijn tab (split from conversations_tab.py along its seam)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.services.conversations import AgreementData, ConversationData
from desktop.services.timeline import agreement_status_labels, conversation_kind_labels, party_labels

from .agreement_rows import ERROR_COLOR, channel_labels, format_day, format_moment
from .row_model import ListTableModel

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
IdRole = Qt.ItemDataRole.UserRole + 1
OverdueBrush = QBrush(QColor(ERROR_COLOR))
PlannedBrush = QBrush(QColor("#1f5fa8"))


def first_line(text: str, limit: int = 120) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ConversationModel(ListTableModel):
    """Newest first (as the service returns them); planned meetings in blue italics, marked 'Gepland'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationData] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._headers = [self.tr("Datum"), self.tr("Soort"), self.tr("Hoe"), self.tr("Samenvatting"),
                         self.tr("Afspraken")]
        self._kinds = conversation_kind_labels()
        self._channels = channel_labels()
        self._planned = self.tr("Gepland")
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: Sequence[ConversationData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConversationData:
        return self._rows[row]

    def row_of(self, conversation_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conversation_id), -1)

    def _cells(self, row: int) -> tuple[str, ...]:
        cells = self._texts[row]
        if cells is None:
            c = self._rows[row]
            kind = self._kinds.get(c.kind, c.kind)
            if c.planned:
                kind = f"{self._planned}: {kind}"
            summary = first_line(c.summary_for_client) or (c.place or "")
            n = len(c.agreements)
            cells = self._texts[row] = (format_moment(c.held_at), kind, self._channels.get(c.channel, c.channel),
                                        summary, str(n) if n else "")
        return cells

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == _DISPLAY:
            return self._cells(index.row())[index.column()]
        if role == IdRole:
            return c.id
        if c.planned and role == _FOREGROUND:
            return PlannedBrush
        if c.planned and role == _FONT:
            return self._italic
        if role == _TOOLTIP and index.column() == 3 and c.summary_for_client:
            return c.summary_for_client[:1000]
        return None


class AgreementModel(ListTableModel):
    """Open first, by due date; overdue rows in red bold with a tooltip."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self._rows: list[AgreementData] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._headers = [self.tr("Wat"), self.tr("Wie"), self.tr("Uiterlijk"), self.tr("Status"),
                         self.tr("Gedeeld")]
        self._statuses = agreement_status_labels()
        self._parties = party_labels()
        self._specialists: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_tip = self.tr("Te laat: dit had uiterlijk {date} gedaan moeten zijn.")

    def set_rows(self, rows: Sequence[AgreementData], specialists: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        if specialists is not None:
            self._specialists = specialists
        self.endResetModel()

    def row_at(self, row: int) -> AgreementData:
        return self._rows[row]

    def row_of(self, agreement_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), -1)

    def overdue_count(self) -> int:
        return sum(1 for a in self._rows if a.is_overdue(self.today))

    def _cells(self, row: int) -> tuple[str, ...]:
        cells = self._texts[row]
        if cells is None:
            a = self._rows[row]
            who = self._parties.get(a.party, a.party)
            if a.party == "specialist" and a.specialist_id in self._specialists:
                who = self._specialists[a.specialist_id]  # type: ignore[index]
            status = self._statuses.get(a.status, a.status)
            if a.status != "open" and a.status_date:
                status = f"{status} ({format_day(a.status_date)})"
            elif a.is_overdue(self.today):
                status = self.tr("Te laat")
            cells = self._texts[row] = (first_line(a.description), who, format_day(a.due_date), status,
                                        self.tr("ja") if a.shared_with_specialists else "")
        return cells

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == _DISPLAY:
            return self._cells(index.row())[index.column()]
        if role == IdRole:
            return a.id
        overdue = a.is_overdue(self.today)
        if overdue and role == _FOREGROUND:
            return OverdueBrush
        if overdue and role == _FONT:
            return self._bold
        if role == _TOOLTIP:
            if overdue:
                return self._overdue_tip.format(date=format_day(a.due_date))
            if index.column() == 0:
                return a.description
        if role == _FOREGROUND and a.status != "open":
            return QBrush(QColor("#666666"))
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 10)
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setHighlightSections(False)
    return table
