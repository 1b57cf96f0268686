"""The chart of a central report (QtCharts, from PySide6-Addons): a line per series over the months for the
reports per month (telephone-first per kind of signal, werk.nl), horizontal bars per row for the others (per
group, instrument or coach). A cell the central store suppressed ("<5") or left empty breaks the line (a dip to
0 would read as a real fall) and is a bar of 0; the title says so."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget

from desktop.services.report_labels import PERIOD_COLUMN, SHARES, ValueLabels

SERIES_COLUMN = {"telephone-first": "kind"}  # per month, one line per value of this column


def plotted(column: str, value: Any) -> tuple[float, bool]:
    """(what the chart draws, whether the cell was suppressed or empty)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0, True
    return (value * 100 if column in SHARES else float(value)), False


class ReportChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.data: dict[str, list[tuple[str, float | None]]] = {}  # series -> (category, value); None: a gap
        self.kind = ""  # "line" or "bar"
        self.setChart(self._new_chart())

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def show_report(self, report: str, columns: list[str], rows: list[dict[str, Any]], measure: str, title: str,
                    labels: ValueLabels) -> None:
        old = self.chart()
        chart = self._new_chart()
        self.data, hidden = {}, False
        if PERIOD_COLUMN in columns:
            self.kind = "line"
            months = sorted({str(r.get(PERIOD_COLUMN)) for r in rows})
            by = SERIES_COLUMN.get(report)
            for row in rows:
                name = labels.text(by, row.get(by)) if by else title
                value, gap = plotted(measure, row.get(measure))
                hidden |= gap
                self.data.setdefault(name, []).append((str(row.get(PERIOD_COLUMN)), None if gap else value))
            for name, points in self.data.items():
                self._line(chart, name, [(months.index(m), v) for m, v in points])
            categories = months
        else:
            self.kind = "bar"
            label_column = columns[0]
            categories = [labels.text(label_column, r.get(label_column)) for r in rows]
            points = []
            for category, row in zip(categories, rows, strict=True):
                value, gap = plotted(measure, row.get(measure))
                hidden |= gap
                points.append((category, value))
            self.data = {title: points}
            bars = QBarSet(title)
            bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))  # outside the bar: as text
            for _category, value in reversed(points):  # a horizontal axis starts at the bottom: first row on top
                bars.append(value)
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
            chart.addSeries(series)
            categories = list(reversed(categories))
        self._axes(chart, categories, measure)
        chart.legend().setVisible(self.kind == "line" and len(self.data) > 1)
        note = (self.tr("(<5 of leeg: niet getekend)") if self.kind == "line" else
                self.tr("(<5 of leeg: getekend als 0)"))
        chart.setTitle(html.escape(title + (" " + note if hidden else "")))  # the title is rich text
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _line(self, chart: QChart, name: str, points: list[tuple[int, float | None]]) -> None:
        """One line per series, broken where a value is missing: a segment per run of known values, in the colour
        of the first, with one legend entry."""
        segments: list[list[tuple[int, float]]] = [[]]
        for x, value in points:
            if value is None:
                segments.append([])
            else:
                segments[-1].append((x, value))
        first: QLineSeries | None = None
        for segment in [s for s in segments if s] or [[]]:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            for x, value in segment:
                series.append(x, value)
            chart.addSeries(series)
            if first is None:
                first = series
            else:
                series.setColor(first.color())
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)

    def _axes(self, chart: QChart, categories: list[str], measure: str) -> None:
        drawn = [v for points in self.data.values() for _c, v in points if v is not None]
        top = max(drawn, default=0.0)
        values = QValueAxis()
        if measure in SHARES:
            values.setRange(0, 100)
            values.setLabelFormat("%d%%")
        else:
            counts = all(float(v).is_integer() for v in drawn)
            values.setRange(0, max(4.0, top * 1.15))
            values.applyNiceNumbers()
            values.setLabelFormat("%d" if counts and values.max() % (values.tickCount() - 1) == 0 else "%.1f")
        names = QBarCategoryAxis()
        names.append(categories)
        horizontal = self.kind == "bar"
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(names)
            series.attachAxis(values)

    def items(self) -> dict[str, list[tuple[str, float | None]]]:
        return {k: list(v) for k, v in self.data.items()}
