"""Find text a screen cuts off: elided header sections and tabs, clipped labels and buttons.

`clipped(widget)` walks every visible widget under `widget` and returns one line per problem
("QLabel 'Herinnering volgende pogin…' 180 < 214 px"), so a failing test says what to fix.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QWidget,
)

SLACK = 2  # px: rounding in size hints


def _name(w: QWidget) -> str:
    chain = []
    p: QWidget | None = w
    while p is not None and len(chain) < 4:
        chain.append(p.objectName() or type(p).__name__)
        p = p.parentWidget()
    return "/".join(reversed(chain))


def _inside_scroll_area(w: QWidget) -> bool:
    """A widget inside a scroll area's viewport can scroll into view: not clipped by the window."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea) and not isinstance(p, QHeaderView) and p.viewport().isAncestorOf(w):
            return True
        p = p.parentWidget()
    return False


def _header_problems(h: QHeaderView) -> list[str]:
    out = []
    model = h.model()
    if model is None:
        return out
    fm = h.fontMetrics()
    margin = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    orientation = h.orientation()
    for i in range(h.count()):
        if h.isSectionHidden(i) or h.sectionSize(i) <= 0:
            continue
        text = model.headerData(i, orientation)
        if not text:
            continue
        need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
        if h.isSortIndicatorShown() and h.sortIndicatorSection() == i:
            opt = QStyleOptionHeader()
            need += h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, opt, h)
        size = h.sectionSize(i) if orientation.name == "Horizontal" else h.width()
        if size + SLACK < need:
            out.append(f"{_name(h)} section {i} {str(text)!r} {size} < {need} px")
    return out


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        need = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
        rect = bar.tabRect(i)
        if rect.width() < need + 8 or not bar.rect().contains(rect):
            out.append(f"{_name(bar)} tab {bar.tabText(i)!r} {rect.width()} < {need} px")
    return out


def clipped(root: QWidget) -> list[str]:
    """Every visible text under `root` that is shown cut off."""
    problems: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QHeaderView):
            problems += _header_problems(w)
        elif isinstance(w, QTabBar):
            problems += _tab_problems(w)
        elif _inside_scroll_area(w):
            continue
        elif isinstance(w, QLabel):
            if not w.text() or w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.width() + SLACK < w.minimumSizeHint().width():
                problems.append(f"{_name(w)} label {w.text()[:60]!r} {w.width()} < {w.minimumSizeHint().width()} px")
        elif isinstance(w, QAbstractButton | QGroupBox | QComboBox):
            text = w.currentText() if isinstance(w, QComboBox) else (w.title() if isinstance(w, QGroupBox) else w.text())
            if not text:
                continue
            need = w.minimumSizeHint().width() if isinstance(w, QComboBox | QGroupBox) else w.sizeHint().width()
            if w.width() + SLACK < need:
                problems.append(f"{_name(w)} {type(w).__name__} {text[:60]!r} {w.width()} < {need} px")
    return problems
