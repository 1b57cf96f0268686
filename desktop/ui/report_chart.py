"""The chart of a central report (QtCharts, from PySide6-Addons): a line per series over the months for the
reports per month (telephone-first per kind of signal, werk.nl), horizontal bars per row for the others (per
group, instrument or coach). A cell the central store suppressed ("<5") is drawn as 0 and the title says so."""

from __future__ import annotations

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
from PySide6.QtGui import QPainter
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
        self.data: dict[str, list[tuple[str, float]]] = {}  # series label -> (category, value): what is drawn
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
                self.data.setdefault(name, []).append((str(row.get(PERIOD_COLUMN)), value))
            for name, points in self.data.items():
                series = QLineSeries()
                series.setName(name)
                series.setPointsVisible(True)
                for month, value in points:
                    series.append(months.index(month), value)
                chart.addSeries(series)
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
        chart.setTitle(title + (" " + self.tr("(<5 en leeg als 0 getekend)") if hidden else ""))
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _axes(self, chart: QChart, categories: list[str], measure: str) -> None:
        top = max((v for points in self.data.values() for _c, v in points), default=0.0)
        values = QValueAxis()
        if measure in SHARES:
            values.setRange(0, 100)
            values.setLabelFormat("%d%%")
        else:
            counts = all(float(v).is_integer() for points in self.data.values() for _c, v in points)
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

    def items(self) -> dict[str, list[tuple[str, float]]]:
        return {k: list(v) for k, v in self.data.items()}
