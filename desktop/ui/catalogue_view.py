"""The instrumentenhuis: browse and filter the catalogue (provider, taxonomy item, age, duration, places,
active); a local CSV import serves the demo — the central store maintains the real catalogue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.catalogue import (
    CatalogueService,
    InstrumentData,
    filter_instruments,
    import_instruments,
)
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.taxonomy import TaxonomyService, domain_label

from .profile_tab import ERROR_COLOR, ui_language
from .row_model import RowsModel


class CatalogueView(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.service = CatalogueService(db)
        self.setWindowTitle(self.tr("Instrumentenhuis"))
        self.setObjectName("catalogueView")
        self.lang = ui_language()
        self.labels: dict[str, str] = {}
        self.all: list[InstrumentData] = []

        self.text = QLineEdit()
        self.text.setObjectName("catalogueSearch")
        self.text.setPlaceholderText(self.tr("Zoeken in naam en omschrijving"))
        self.provider = QComboBox()
        self.provider.setObjectName("catalogueProvider")
        self.code = QComboBox()
        self.code.setObjectName("catalogueCode")
        self.age = QSpinBox()
        self.age.setObjectName("catalogueAge")
        self.age.setRange(0, 99)
        self.age.setSpecialValueText(self.tr("elke leeftijd"))
        self.weeks = QSpinBox()
        self.weeks.setObjectName("catalogueWeeks")
        self.weeks.setRange(0, 104)
        self.weeks.setSpecialValueText(self.tr("elke duur"))
        self.weeks.setSuffix(self.tr(" wk of korter"))
        self.places = QCheckBox(self.tr("met plaatsen"))
        self.places.setObjectName("cataloguePlaces")
        self.active = QCheckBox(self.tr("alleen actief"))
        self.active.setObjectName("catalogueActive")
        self.active.setChecked(True)

        yes, no = self.tr("ja"), self.tr("nee")
        self.model: RowsModel[InstrumentData] = RowsModel([
            (self.tr("Instrument"), lambda r: r.name),
            (self.tr("Aanbieder"), lambda r: r.provider),
            (self.tr("Doelen"), lambda r: ", ".join(self.labels.get(c, c) for c in r.target_codes)),
            (self.tr("Leeftijd"), lambda r: f"{r.min_age if r.min_age is not None else ''}–"
                                            f"{r.max_age if r.max_age is not None else ''}"),
            (self.tr("Weken"), lambda r: r.duration_weeks),
            (self.tr("Plaatsen"), lambda r: self.tr("vrij") if r.places_left is None else r.places_left),
            (self.tr("Actief"), lambda r: yes if r.active else no),
        ], self, tooltip=lambda r: r.description or None, emphasis=lambda r: not r.active)
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        self.import_button = QPushButton(self.tr("Importeren uit CSV…"))
        self.import_button.setObjectName("catalogueImport")
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        for w in (self.text, self.provider, self.code, self.age, self.weeks, self.places, self.active):
            filters.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        self.text.textChanged.connect(self.apply_filters)
        for combo in (self.provider, self.code):
            combo.currentIndexChanged.connect(self.apply_filters)
        for spin in (self.age, self.weeks):
            spin.valueChanged.connect(self.apply_filters)
        for box in (self.places, self.active):
            box.toggled.connect(self.apply_filters)
        self.import_button.clicked.connect(self.choose_import)
        self.resize(1100, 600)
        self.reload()

    def reload(self) -> None:
        items = TaxonomyService(self.db).items()
        self.labels = {e.code: e.label(self.lang) for e in items}
        self.all = self.service.instruments()
        for combo in (self.provider, self.code):
            combo.blockSignals(True)
        keep_p, keep_c = self.provider.currentData(), self.code.currentData()
        self.provider.clear()
        self.provider.addItem(self.tr("alle aanbieders"), None)
        for p in self.service.providers():
            self.provider.addItem(p, p)
        self.code.clear()
        self.code.addItem(self.tr("elk doel"), None)
        for e in items:
            self.code.addItem(f"{domain_label(e.domain)} — {e.label(self.lang)}", e.code)
        self.provider.setCurrentIndex(max(self.provider.findData(keep_p), 0))
        self.code.setCurrentIndex(max(self.code.findData(keep_c), 0))
        for combo in (self.provider, self.code):
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self, *_args: object) -> None:
        rows = filter_instruments(self.all, provider=self.provider.currentData(), code=self.code.currentData(),
                                  age=self.age.value() or None, max_weeks=self.weeks.value() or None,
                                  with_places=self.places.isChecked(), active_only=self.active.isChecked(),
                                  text=self.text.text())
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} van {m} instrumenten").format(n=len(rows), m=len(self.all)))

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Catalogus importeren"), "",
                                              self.tr("CSV-bestanden (*.csv);;Alle bestanden (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        try:
            result = import_instruments(self.db, self.actor, path)
        except ServiceError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc}</span>')
            return False
        if result.errors:
            lines = "<br>".join(str(e) for e in result.errors[:30])
            more = len(result.errors) - 30
            extra = self.tr("<br>… en nog {n}").format(n=more) if more > 0 else ""
            self.message.setText(self.tr('<span style="color:{c}">Niets geïmporteerd; verbeter deze regels:</span>'
                                         '<br>{lines}{extra}').format(c=ERROR_COLOR, lines=lines, extra=extra))
            return False
        self.message.setText(self.tr("%n instrumenten ingelezen.", "", result.imported))
        self.reload()
        return True
