"""Columns that size to their content with one stretching column that is never cut below its header.

`stretch_column(table, col)`: the column takes the room the others leave; when that is less than
its header needs (a narrow window), it keeps its header's width and the table scrolls sideways
instead of showing "Samenv…".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


class _Stretch(QObject):
    def __init__(self, table: QTableView, col: int) -> None:
        super().__init__(table)
        self.table, self.col = table, col
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._others_resized)
        self.fit()

    def need(self) -> int:
        hh = self.table.horizontalHeader()
        text = str(self.table.model().headerData(self.col, hh.orientation()) or "")
        margin = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, hh)
        mark = hh.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, hh)
        return max((hh.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0) \
            + 2 * margin + mark + 4

    def fit(self) -> None:
        hh = self.table.horizontalHeader()
        others = sum(hh.sectionSize(c) for c in range(hh.count()) if c != self.col and not hh.isSectionHidden(c))
        room = self.table.viewport().width() - others
        need = self.need()
        if room >= need:
            if hh.sectionResizeMode(self.col) != QHeaderView.ResizeMode.Stretch:
                hh.setSectionResizeMode(self.col, QHeaderView.ResizeMode.Stretch)
        else:
            hh.setSectionResizeMode(self.col, QHeaderView.ResizeMode.Interactive)
            hh.resizeSection(self.col, need)

    def _others_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.col:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def stretch_column(table: QTableView, col: int) -> None:
    _Stretch(table, col)
