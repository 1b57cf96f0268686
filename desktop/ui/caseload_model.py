"""The caseload as a Qt table model over `CaseloadService.list_clients()` rows.

All rows are kept; the visible list is rebuilt with the pure-Python `filter_rows` and a model
reset, which is far cheaper at 10,000 clients than a QSortFilterProxyModel calling back into
Python for every row. Sorting is done here too, on the Python list, with proper sort keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services.caseload import ClientRow, filter_rows

from .status_labels import status_label

ClientIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

COL_NAME, COL_AGE, COL_STATUS, COL_NEXT, COL_OPEN, COL_OVERDUE, COL_SIGNALS, COL_ABSENCES, COL_CONTACT = range(9)
# Phase filters offered in the view: key -> phases shown (None = every phase).
PHASE_FILTERS: dict[str, tuple[str, ...] | None] = {
    "running": ("benefit", "aftercare"),
    "benefit": ("benefit",),
    "aftercare": ("aftercare",),
    "ended": ("ended",),
    "all": None,
}
_FAR_FUTURE = datetime.max
_OVERDUE_BRUSH = QBrush(QColor("#b00020"))
_NUMERIC = (COL_AGE, COL_OPEN, COL_OVERDUE, COL_SIGNALS, COL_ABSENCES)
_COLUMNS = 9
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _FONT, _TOOLTIP, ClientIdRole, SortRole, RowRole})
_Index = QModelIndex | QPersistentModelIndex


def format_meeting(value: datetime | None) -> str:
    """A meeting time (local wall-clock time, as stored) as 'dd-MM-yyyy HH:mm'."""
    return value.strftime("%d-%m-%Y %H:%M") if value is not None else ""


def can_narrow(old: str, new: str) -> bool:
    """True when every row matching `new` also matches `old`, so typing on can search the visible rows.

    Holds when `new` extends `old`; a digit in `old` plus a space may turn "3011 ab" into a postcode word
    ("3011ab") that a longer query splits again, so then the full list is searched.
    """
    if not old.strip() or not new.startswith(old):
        return False
    return not any(ch.isdigit() for ch in old) or not any(ch.isspace() for ch in new.strip())


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ClientRow] = []
        self._base: list[ClientRow] = []  # _all narrowed to the phase filter (cached)
        self._rows: list[ClientRow] = []  # what is visible
        self._phase_key = "running"
        self._overdue_only = False
        self._query = ""
        self._sort_column = COL_NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._cells: dict[str, tuple[str, ...]] = {}  # display texts per client id, made when first painted
        self._headers = [QCoreApplication.translate("CaseloadModel", "Naam"), QCoreApplication.translate("CaseloadModel", "Leeftijd"), QCoreApplication.translate("CaseloadModel", "Status"), QCoreApplication.translate("CaseloadModel", "Volgend\ngesprek"),
                         QCoreApplication.translate("CaseloadModel", "Open\nafspraken"), QCoreApplication.translate("CaseloadModel", "Te laat"),
                         QCoreApplication.translate("CaseloadModel", "Open\nsignalen"),
                         QCoreApplication.translate("CaseloadModel", "Open\nverzuim"),
                         QCoreApplication.translate("CaseloadModel", "Laatste\ncontact")]
        # Two-line headers keep the number columns narrow; the tooltip reads them as one line.
        self._phase_labels = {"benefit": QCoreApplication.translate("CaseloadModel", "Uitkering"), "aftercare": QCoreApplication.translate("CaseloadModel", "Nazorg"), "ended": QCoreApplication.translate("CaseloadModel", "Beëindigd")}
        self._overdue_tip = lambda n: QCoreApplication.translate(  # noqa: E731 - %n: one or more agreements
            "CaseloadModel", "%n open afspraken voorbij de afgesproken datum", "", n)
        self._contact_tip = QCoreApplication.translate("CaseloadModel", "Langer geen contact dan het contactritme "
                                                                        "(elke {n} weken)")
        self._signals_tip = lambda n: QCoreApplication.translate(  # noqa: E731
            "CaseloadModel", "%n open signalen (telefoon eerst)", "", n)
        self._absences_tip = lambda n: QCoreApplication.translate(  # noqa: E731
            "CaseloadModel", "%n keer verzuim nog niet afgehandeld", "", n)
        self._never_tip = QCoreApplication.translate("CaseloadModel", "Nog geen contact gehad")
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading and filtering -------------------------------------------------------------
    def set_rows(self, rows: Sequence[ClientRow]) -> None:
        self._all = list(rows)
        self._cells = {}
        self._sort_all()
        self._rebase()
        self._refilter()

    def set_filter(self, phase_key: str | None = None, overdue_only: bool | None = None,
                   query: str | None = None) -> None:
        narrow = False
        if phase_key is not None and phase_key != self._phase_key:
            if phase_key not in PHASE_FILTERS:
                raise ValueError(phase_key)
            self._phase_key = phase_key
            self._rebase()
        elif overdue_only is None or overdue_only == self._overdue_only:
            narrow = query is not None and can_narrow(self._query, query)
        if overdue_only is not None:
            self._overdue_only = overdue_only
        if query is not None:
            self._query = query
        self._refilter(self._rows if narrow else None)

    def _rebase(self) -> None:
        phases = PHASE_FILTERS[self._phase_key]
        self._base = self._all if phases is None else [r for r in self._all if r.phase in phases]

    def _refilter(self, narrow_from: list[ClientRow] | None = None) -> None:
        self.beginResetModel()
        rows = self._base if narrow_from is None else narrow_from
        self._rows = filter_rows(rows, None, self._overdue_only, self._query)
        self.endResetModel()

    def hidden_matches(self) -> int:
        """How many clients match the search but are hidden by the phase or overdue filter."""
        if not self._query.strip():
            return 0
        return len(filter_rows(self._all, None, False, self._query)) - len(self._rows)

    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> ClientRow:
        return self._rows[row]

    def row_of(self, client_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == client_id:
                return i
        return -1

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort_column, self._sort_order = column, order
        self._sort_all()
        self._rebase()
        self._refilter()

    def _sort_all(self) -> None:
        col = self._sort_column
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if col == COL_NAME:
            self._all.sort(key=lambda r: r.sort_key, reverse=reverse)
            return
        # Stable sort: first by name, then by the column, so equal values stay in name order.
        self._all.sort(key=lambda r: r.sort_key)
        self._all.sort(key=lambda r: self._sort_value(r, col), reverse=reverse)

    def _sort_value(self, r: ClientRow, col: int) -> Any:
        if col == COL_NAME:
            return r.sort_key
        if col == COL_AGE:
            return -1 if r.age is None else r.age
        if col == COL_STATUS:
            return ("benefit", "aftercare", "ended").index(r.phase) if r.phase in self._phase_labels else 3
        if col == COL_NEXT:
            return r.next_meeting or _FAR_FUTURE
        if col == COL_OPEN:
            return r.open_agreements
        if col == COL_CONTACT:
            return r.last_contact or datetime.min
        if col == COL_SIGNALS:
            return r.open_signals
        if col == COL_ABSENCES:
            return r.open_absences
        return r.overdue_agreements

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._headers[section].replace("\n", " ")
            if role == _ALIGN and section in _NUMERIC:
                return _RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called several times for every painted cell: cheapest checks first, a cached text tuple per row.
        if role not in _ROLES:
            return None
        row, col = index.row(), index.column()
        if row < 0 or col < 0 or col >= _COLUMNS or not index.isValid():
            return None
        try:
            r = self._rows[row]
        except IndexError:
            return None
        if role == _DISPLAY:
            cells = self._cells.get(r.id)
            if cells is None:
                cells = self._cells[r.id] = self._texts(r)
            return cells[col]
        if role == _ALIGN:
            return _RIGHT if col in _NUMERIC else None
        if role == SortRole:
            value = self._sort_value(r, col)
            return value.isoformat() if isinstance(value, datetime) else value
        if role == ClientIdRole:
            return r.id
        if role == RowRole:
            return r
        if col == COL_CONTACT and r.contact_overdue:
            if role == _FOREGROUND:
                return _OVERDUE_BRUSH
            if role == _FONT:
                return self._bold
            if role == _TOOLTIP:
                return self._contact_tip.format(n=r.contact_every_weeks) if r.last_contact else self._never_tip
        if role == _TOOLTIP and col == COL_SIGNALS and r.open_signals:
            return self._signals_tip(r.open_signals)
        if role == _TOOLTIP and col == COL_ABSENCES and r.open_absences:
            return self._absences_tip(r.open_absences)
        if col == COL_OVERDUE and r.overdue_agreements:
            if role == _FOREGROUND:
                return _OVERDUE_BRUSH
            if role == _FONT:
                return self._bold
            if role == _TOOLTIP:
                return self._overdue_tip(r.overdue_agreements)
        return None

    def _texts(self, r: ClientRow) -> tuple[str, ...]:
        return (r.sort_name, "" if r.age is None else str(r.age), status_label(r.benefit_status, r.phase),
                format_meeting(r.next_meeting), str(r.open_agreements),
                str(r.overdue_agreements) if r.overdue_agreements else "",
                str(r.open_signals) if r.open_signals else "", str(r.open_absences) if r.open_absences else "",
                r.last_contact.strftime("%d-%m-%Y") if r.last_contact else
                (QCoreApplication.translate("CaseloadModel", "nooit") if r.contact_overdue else ""))
