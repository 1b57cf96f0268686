"""Effectiveness of the instrumentenhuis per instrument: placements, completion, outcomes, experience of
client, supervisor and employer, and the mean development on the goals — with a chart."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.effectiveness import EffectivenessService, InstrumentFigures

from .charts import BarChart
from .columns import stretch_column
from .row_model import RowsModel


def _num(value: float | None, fmt: str = "{:.1f}") -> str:
    return "–" if value is None else fmt.format(value)


class EffectivenessView(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = EffectivenessService(db, actor)
        self.setWindowTitle(self.tr("Effectiviteit van de instrumenten"))
        self.setObjectName("effectivenessView")
        # Short two-line headers and the provider under the instrument's name: thirteen figures fit 1024 px
        # without cutting a header or the name; the full wording is in each header's tooltip.
        self.model: RowsModel[InstrumentFigures] = RowsModel([
            (self.tr("Instrument\n(aanbieder)"), lambda f: f"{f.name}\n{f.provider}"),
            (self.tr("Inzet"), lambda f: f.placements),
            (self.tr("Loopt"), lambda f: f.running),
            (self.tr("Afgerond"), lambda f: f"{f.completed} ({_num(None if f.completion_rate is None else f.completion_rate * 100, '{:.0f}%')})"),
            (self.tr("Gestopt"), lambda f: f.stopped),
            (self.tr("Werk /\nopleiding"), lambda f: f"{f.outcomes.get('work', 0)} / {f.outcomes.get('education', 0)}"),
            (self.tr("Vervolg /\ngeen"), lambda f: f"{f.outcomes.get('next_instrument', 0)} / "
                                                    f"{f.outcomes.get('none', 0)}"),
            (self.tr("Ervaring\nwerkzoekende"), lambda f: _num(f.mean_ratings.get("rating_client"))),
            (self.tr("Ervaring\nbegeleider"), lambda f: _num(f.mean_ratings.get("rating_supervisor"))),
            (self.tr("Ervaring\nwerkgever"), lambda f: _num(f.mean_ratings.get("rating_employer"))),
            (self.tr("Ontwik-\nkeling"), lambda f: _num(f.mean_development, "{:+.1f}")),
        ], self, tooltip=lambda f: f"{f.name} — {f.provider}")
        self.table = QTableView()
        self.table.setObjectName("effectivenessTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_column(self.table, 0)
        self.chart_metric = QComboBox()
        self.chart_metric.setObjectName("effectivenessMetric")
        self.chart_metric.addItem(self.tr("Gemiddelde ontwikkeling op de doelen (niveaus)"), "development")
        self.chart_metric.addItem(self.tr("Afgerond (%)"), "completion")
        self.chart_metric.addItem(self.tr("Ervaring werkzoekende (1–5)"), "rating_client")
        self.chart_metric.addItem(self.tr("Ervaring werkbegeleider (1–5)"), "rating_supervisor")
        self.chart_metric.addItem(self.tr("Ervaring werkgever (1–5)"), "rating_employer")
        self.chart = BarChart()
        self.chart.setObjectName("effectivenessChart")
        note = QLabel(self.tr("Cijfers over de inzet die op dit apparaat bekend is; geen namen. Telt niet alleen "
                              "het resultaat, maar ook hoe werkzoekende, werkbegeleider en werkgever het ervoeren."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Grafiek:")))
        row.addWidget(self.chart_metric)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setWidget(self.chart)
        layout.addWidget(self.chart_area, 1)
        self.chart_metric.currentIndexChanged.connect(self._draw)
        self.resize(1100, 640)
        self.reload()

    def reload(self) -> None:
        self.figures = self.service.per_instrument()
        self.model.set_rows(self.figures)
        self._draw()

    def _draw(self, *_args: object) -> None:
        metric = self.chart_metric.currentData()
        bars = []
        for f in self.figures:
            if metric == "development":
                value = f.mean_development
            elif metric == "completion":
                value = None if f.completion_rate is None else f.completion_rate * 100
            else:
                value = f.mean_ratings.get(metric)
            bars.append((f.name, value))
        self.chart.fmt = "{:.0f}%" if metric == "completion" else ("{:+.1f}" if metric == "development" else "{:.1f}")
        self.chart.set_bars(bars, self.chart_metric.currentText())
