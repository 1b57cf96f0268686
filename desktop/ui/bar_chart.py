"""A small horizontal bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

Horizontal bars leave room for long Dutch labels; every bar shows its number, so the chart is
readable without colour and the same figures are available to screen readers as accessible text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 22
GAP = 8
MARGIN = 8


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._items: list[tuple[str, int, QColor | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    # -- data --------------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self._changed()

    def set_data(self, items: Sequence[tuple[str, int] | tuple[str, int, QColor | None]]) -> None:
        self._items = [(it[0], int(it[1]), it[2] if len(it) > 2 else None) for it in items]  # type: ignore[misc]
        self._changed()

    def items(self) -> list[tuple[str, int]]:
        return [(label, value) for label, value, _c in self._items]

    def title(self) -> str:
        return self._title

    def _changed(self) -> None:
        text = "; ".join(f"{label}: {value}" for label, value in self.items())
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    # -- drawing -----------------------------------------------------------------------------
    def _title_height(self) -> int:
        return QFontMetrics(self.font()).height() + GAP if self._title else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = max(1, len(self._items))
        return QSize(420, MARGIN * 2 + self._title_height() + rows * (BAR_HEIGHT + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        y = MARGIN
        if self._title:
            bold = self.font()
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(pal.windowText().color())
            p.drawText(MARGIN, y + fm.ascent(), self._title)
            p.setFont(self.font())
            y += self._title_height()
        if not self._items:
            p.setPen(pal.placeholderText().color())
            p.drawText(MARGIN, y + fm.ascent(), self.tr("Geen gegevens in deze periode."))
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(label) for label, _v, _c in self._items) + GAP,
                      int(self.width() * 0.45))
        value_w = max(fm.horizontalAdvance(str(v)) for _l, v, _c in self._items) + GAP
        bar_space = max(10, self.width() - 2 * MARGIN - label_w - value_w)
        top = max(1, max(v for _l, v, _c in self._items))
        accent = pal.highlight().color()
        for label, value, colour in self._items:
            p.setPen(pal.windowText().color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - GAP)
            p.drawText(QRectF(MARGIN, y, label_w - GAP, BAR_HEIGHT),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            width = bar_space * value / top
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour or accent)
            if value:
                p.drawRoundedRect(QRectF(MARGIN + label_w, y + 3, max(2.0, width), BAR_HEIGHT - 6), 3, 3)
            p.setPen(pal.windowText().color())
            p.drawText(QRectF(MARGIN + label_w + width + 4, y, value_w, BAR_HEIGHT),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(value))
            y += BAR_HEIGHT + GAP
        p.end()
