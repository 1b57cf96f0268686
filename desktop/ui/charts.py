"""Two small charts drawn with QPainter (PySide6-Essentials has no QtCharts): a line chart of levels over
time and a horizontal bar chart. Both use the palette, so they follow the light/dark style."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = QColor("#00689d")  # Rotterdam blue-ish, readable on white and grey
TARGET = QColor("#c0392b")


class LineChart(QWidget):
    """Levels over time: `set_points([(date, level), ...], target=4)`; dates at their true distance."""

    def __init__(self, parent: QWidget | None = None, *, y_min: int = 1, y_max: int = 5) -> None:
        super().__init__(parent)
        self.y_min, self.y_max = y_min, y_max
        self.points: list[tuple[date, float]] = []
        self.target: float | None = None
        self.empty_text = ""
        self.setMinimumSize(260, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 220)

    def set_points(self, points: Sequence[tuple[date, float]], target: float | None = None) -> None:
        self.points = sorted(points, key=lambda p: p[0])
        self.target = target
        self.update()

    def _x(self, day: date, plot: QRectF) -> float:
        first, last = self.points[0][0], self.points[-1][0]
        span = (last - first).days
        if span == 0:
            return plot.center().x()
        return plot.left() + plot.width() * (day - first).days / span

    def _y(self, value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * (value - self.y_min) / (self.y_max - self.y_min)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        grid = QColor(text_color)
        grid.setAlpha(50)
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("5") + 12
        plot = QRectF(left, 10, self.width() - left - 16, self.height() - 10 - fm.height() - 12)
        if plot.width() < 20 or plot.height() < 20:
            return
        p.setPen(QPen(grid, 1))
        for level in range(self.y_min, self.y_max + 1):
            y = self._y(level, plot)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text_color)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(level))
            p.setPen(QPen(grid, 1))
        if not self.points:
            p.setPen(text_color)
            p.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            return
        if self.target is not None:
            pen = QPen(TARGET, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = self._y(self.target, plot)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        pts = [QPointF(self._x(d, plot), self._y(v, plot)) for d, v in self.points]
        p.setPen(QPen(ACCENT, 2.5))
        for a, b in zip(pts, pts[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(ACCENT)
        for pt in pts:
            p.drawEllipse(pt, 4.5, 4.5)
        p.setPen(text_color)
        labels = {0: self.points[0][0], len(self.points) - 1: self.points[-1][0]}
        for i, day in labels.items():
            text = day.strftime("%d-%m-%Y")
            w = fm.horizontalAdvance(text)
            x = min(max(pts[i].x() - w / 2, 0), self.width() - w - 2)
            p.drawText(QPointF(x, self.height() - 6), text)
        p.end()


class BarChart(QWidget):
    """Horizontal bars with a label and the value written next to each: `set_bars([(label, value)])`.

    Values may be negative (e.g. a decline in level); None draws no bar and shows a dash."""

    def __init__(self, parent: QWidget | None = None, *, fmt: str = "{:.1f}") -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None]] = []
        self.fmt = fmt
        self.title = ""
        self.setMinimumSize(260, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, max(120, 28 * len(self.bars) + 30))

    def set_bars(self, bars: Sequence[tuple[str, float | None]], title: str = "") -> None:
        self.bars = list(bars)
        self.title = title
        # every bar keeps a row as high as its label: in a scroll area the chart grows instead of overlapping
        fm = QFontMetrics(self.font())
        self.setMinimumHeight(max(120, (fm.height() + 6) * len(self.bars) + (fm.height() + 12 if title else 6) + 4))
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        fm = QFontMetrics(self.font())
        top = 6
        if self.title:
            p.setPen(text_color)
            p.drawText(QPointF(6, top + fm.ascent()), self.title)
            top += fm.height() + 6
        if not self.bars:
            return
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in self.bars) + 12, self.width() // 2)
        value_w = fm.horizontalAdvance("-00.0") + 10
        values = [v for _, v in self.bars if v is not None]
        lo, hi = min([0.0, *values]), max([0.0, *values])
        if hi == lo:
            hi = lo + 1
        area_left, area_w = label_w, max(self.width() - label_w - value_w - 6, 10)
        row_h = max(min(28.0, (self.height() - top - 4) / len(self.bars)), fm.height() + 6.0)
        zero_x = area_left + area_w * (0 - lo) / (hi - lo)
        for i, (label, value) in enumerate(self.bars):
            y = top + i * row_h
            p.setPen(text_color)
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, row_h), int(Qt.AlignmentFlag.AlignRight
                                                           | Qt.AlignmentFlag.AlignVCenter), elided)
            if value is None:
                p.drawText(QRectF(zero_x + 4, y, value_w, row_h), int(Qt.AlignmentFlag.AlignVCenter), "–")
                continue
            x = area_left + area_w * (value - lo) / (hi - lo)
            rect = QRectF(min(zero_x, x), y + row_h * 0.2, abs(x - zero_x), row_h * 0.6)
            p.fillRect(rect, ACCENT if value >= 0 else TARGET)
            p.setPen(text_color)
            p.drawText(QRectF(max(zero_x, x) + 4, y, value_w, row_h), int(Qt.AlignmentFlag.AlignVCenter),
                       self.fmt.format(value))
        p.end()
