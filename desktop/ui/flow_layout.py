"""A layout that puts its widgets in a row and wraps to the next line when the row is full.

For rows of buttons and filter check boxes: at 1024 px (or in English) a wide row wraps instead of
forcing the window wider or cutting its texts.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self._stretch_before: set[int] = set()  # indexes of items that start the right-aligned part

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def add_widgets(self, *widgets: QWidget) -> None:
        for w in widgets:
            self.addWidget(w)

    def add_right(self, *widgets: QWidget) -> None:
        """Widgets pushed to the right end of the last line (like a stretch in a QHBoxLayout)."""
        self._stretch_before.add(len(self._items))
        self.add_widgets(*widgets)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self, item: QLayoutItem) -> int:
        w = item.widget()
        if self._spacing >= 0 or w is None:
            return self._spacing
        return w.style().layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                       Qt.Orientation.Horizontal)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 10_000)) if area.width() > 0 else item.sizeHint()
            if lines[-1] and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._gap(item)
        y = area.y()
        for line in lines:
            height = max((h.height() for _, h in line), default=0)
            if apply:
                self._place(line, area, y, height)
            y += height + self._spacing
        return y - self._spacing - area.y() + m.top() + m.bottom()

    def _place(self, line: list[tuple[QLayoutItem, QSize]], area: QRect, y: int, height: int) -> None:
        right_from = next((n for n, (item, _) in enumerate(line) if self._items.index(item) in self._stretch_before),
                          len(line))
        right_width = sum(h.width() + self._gap(i) for i, h in line[right_from:])
        x = area.x()
        for n, (item, hint) in enumerate(line):
            if n == right_from:
                x = max(x, area.right() + 1 - right_width + self._gap(item))
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
            x += hint.width() + self._gap(item)


__all__ = ["FlowLayout"]
