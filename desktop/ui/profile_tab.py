"""ClientTab "Profiel" (Perspectief op Maat): the assessed items, what to work on, and per item a chart of
its development over time; a new assessment is appended, never overwritten."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.profile import Profile, ProfileItem, ProfileService, source_label
from desktop.services.taxonomy import TaxonomyService, domain_label

from . import i18n as ui_i18n
from .charts import LineChart
from .client_tab import ClientTab
from .row_model import RowsModel
from .tasks import DataBus, TaskRunner

ERROR_COLOR = "#b00020"


def ui_language() -> str:
    """'en' while the English translation is installed, else 'nl' (labels come from the taxonomy)."""
    return "en" if getattr(ui_i18n, "_current", None) is not None else "nl"


def fmt_date(d) -> str:  # noqa: ANN001 - date | None
    return d.strftime("%d-%m-%Y") if d else ""


class ProfileTab(ClientTab):
    load_when_shown = True

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.service = ProfileService(db, actor)
        self.taxonomy = TaxonomyService(db)
        self.profile: Profile | None = None
        self.lang = ui_language()

        self.work_on = QLabel()
        self.work_on.setObjectName("profileWorkOn")
        self.work_on.setWordWrap(True)
        self.work_on.setTextFormat(Qt.TextFormat.RichText)

        yes, no = self.tr("ja"), self.tr("nee")
        self.model: RowsModel[ProfileItem] = RowsModel([
            (self.tr("Onderdeel"), lambda i: i.label(self.lang)),
            (self.tr("Soort"), lambda i: domain_label(i.domain)),
            (self.tr("Niveau"), lambda i: i.latest.level),
            (self.tr("Doel"), lambda i: i.target or ""),
            (self.tr("Bron"), lambda i: source_label(i.latest.source)),
            (self.tr("Datum"), lambda i: fmt_date(i.latest.assessed_on)),
            (self.tr("Herkent zich"), lambda i: yes if i.latest.client_recognises else no),
        ], self, emphasis=lambda i: i.to_work_on(),
            tooltip=lambda i: self.tr("Onder het doel: hier wordt aan gewerkt.") if i.to_work_on() else None)
        self.table = QTableView()
        self.table.setObjectName("profileTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_item)

        self.chart_title = QLabel()
        self.chart_title.setObjectName("chartTitle")
        self.chart = LineChart()
        self.chart.setObjectName("developmentChart")
        self.chart.empty_text = self.tr("Kies links een onderdeel om de ontwikkeling te zien.")
        self.history = QLabel()
        self.history.setObjectName("profileHistory")
        self.history.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.chart_title)
        rl.addWidget(self.chart, 1)
        rl.addWidget(self.history)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        # -- a new assessment --------------------------------------------------------------
        box = QGroupBox(self.tr("Beoordelen"))
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("assessItem")
        self.level = QSpinBox()
        self.level.setObjectName("assessLevel")
        self.level.setRange(1, 5)
        self.level.setValue(3)
        self.target = QSpinBox()
        self.target.setObjectName("assessTarget")
        self.target.setRange(0, 5)
        self.target.setSpecialValueText(self.tr("geen doel"))
        self.source = QComboBox()
        self.source.setObjectName("assessSource")
        for code in ("self", "test", "game", "coach"):
            self.source.addItem(source_label(code), code)
        self.date = QDateEdit()
        self.date.setObjectName("assessDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.recognises = QCheckBox(self.tr("De werkzoekende herkent zich hierin"))
        self.recognises.setObjectName("assessRecognises")
        self.recognises.setChecked(False)  # the client says so; never assumed (seed 001)
        self.save_button = QPushButton(self.tr("Vastleggen"))
        self.save_button.setObjectName("assessSave")
        self.message = QLabel()
        self.message.setObjectName("assessMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Onderdeel"), self.item_combo)
        levels = QHBoxLayout()
        levels.addWidget(QLabel(self.tr("Niveau (1–5)")))
        levels.addWidget(self.level)
        levels.addSpacing(12)
        levels.addWidget(QLabel(self.tr("Doel samen afgesproken")))
        levels.addWidget(self.target)
        levels.addStretch(1)
        form.addRow(levels)
        how = QHBoxLayout()
        how.addWidget(QLabel(self.tr("Bron")))
        how.addWidget(self.source)
        how.addSpacing(12)
        how.addWidget(QLabel(self.tr("Datum")))
        how.addWidget(self.date)
        how.addStretch(1)
        form.addRow(how)
        bottom = QHBoxLayout()
        bottom.addWidget(self.recognises)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        self.letter_button = QPushButton(self.tr("Brief afdrukken…"))
        self.letter_button.setObjectName("profileLetter")
        self.letter_button.setToolTip(self.tr("Het profiel in woorden voor de werkzoekende, met de instrumenten die "
                                              "passen en waarom."))
        self.letter_button.clicked.connect(self.print_letter)
        bottom.addWidget(self.letter_button)
        # Later, when the client says so: the only other way recognition is set (seed 001, sync/policy/profile.py).
        self.recognise_button = QPushButton(self.tr("Herkent zich nu"))
        self.recognise_button.setObjectName("profileRecognise")
        self.recognise_button.setToolTip(self.tr("De werkzoekende zegt vandaag zich te herkennen in de laatste "
                                                 "beoordeling van het gekozen onderdeel."))
        self.recognise_button.clicked.connect(self.record_recognition)
        form.addRow(bottom)
        later = QHBoxLayout()
        later.addStretch(1)
        later.addWidget(self.recognise_button)
        form.addRow(later)
        box.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.work_on)
        layout.addWidget(split, 1)
        layout.addWidget(box)

        self.item_combo.currentIndexChanged.connect(self._on_combo)
        self.save_button.clicked.connect(self.save)
        self._fill_items()

    def title(self) -> str:
        return self.tr("Profiel")

    def print_letter(self) -> None:
        """Seed 001: the client sees their profile and which instruments there are for them."""
        from .letters import LetterDialog

        if self.client_id is None:
            return
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, self.bus, self.client_id, "profile",
                                          parent=self)
        self.letter_dialog.open()

    def _fill_items(self) -> None:
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for e in self.taxonomy.items():
            self.item_combo.addItem(f"{domain_label(e.domain)} — {e.label(self.lang)}", e.code)
        self.item_combo.blockSignals(False)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.current_item()
        self.message.clear()
        self.date.setDate(QDate(self.actor.today()))
        if self.item_combo.count() == 0:
            self._fill_items()
        if self.client_id is None:
            self.profile = None
            self.model.set_rows([])
            self.work_on.clear()
            self._show_item(None)
            return
        try:
            self.profile = self.service.profile(self.client_id)
        except ServiceError as exc:
            self.profile = None
            self.model.set_rows([])
            self.work_on.setText(str(exc))
            return
        self.model.set_rows(self.profile.items)
        self._show_work_on(self.profile)
        row = next((n for n, i in enumerate(self.profile.items) if keep and i.code == keep.code), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_item(None)

    def _show_work_on(self, profile: Profile) -> None:
        items = [i for i in profile.items if i.to_work_on()]
        if not profile.items:
            self.work_on.setText(self.tr("Nog geen profiel. Leg hieronder samen met de werkzoekende vast wat "
                                         "iemands kwaliteiten, vaardigheden en aandachtsgebieden zijn."))
        elif not items:
            self.work_on.setText(self.tr("<b>Werkpunten:</b> geen — alles staat op of boven het afgesproken doel."))
        else:
            items.sort(key=lambda i: (i.latest.level - (i.target or 0), i.label(self.lang)))
            parts = [f"{i.label(self.lang)} ({i.latest.level} → {i.target})" for i in items]
            self.work_on.setText(self.tr("<b>Werkpunten:</b> {items}").format(items=", ".join(parts)))

    def current_item(self) -> ProfileItem | None:
        return self.model.row(self.table.currentIndex())

    def select_code(self, code: str) -> bool:
        for n, item in enumerate(self.model.rows):
            if item.code == code:
                self.table.selectRow(n)
                return True
        return False

    def _on_item(self, current, _previous=None) -> None:  # noqa: ANN001 - QModelIndex
        item = self.model.row(current)
        self._show_item(item)
        if item is not None:
            i = self.item_combo.findData(item.code)
            if i >= 0:
                self.item_combo.setCurrentIndex(i)

    def _on_combo(self, _index: int) -> None:
        code = self.item_combo.currentData()
        item = self.profile.item(code) if self.profile and code else None
        self.target.setValue(item.target or 0 if item else 0)
        if item:
            self.level.setValue(item.latest.level)

    def _show_item(self, item: ProfileItem | None) -> None:
        if item is None:
            self.chart_title.setText(self.tr("<b>Ontwikkeling</b>"))
            self.chart.set_points([])
            self.history.clear()
            return
        self.chart_title.setText(self.tr("<b>Ontwikkeling: {item}</b>").format(item=item.label(self.lang)))
        self.chart.set_points([(e.assessed_on, e.level) for e in item.history], target=item.target)
        lines = []
        for e in reversed(item.history):
            extra = self.tr(" · na inzet") if e.placement_id else ""
            lines.append(f"{fmt_date(e.assessed_on)}: {e.level} ({source_label(e.source)}){extra}")
        self.history.setText("\n".join(lines))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.client_id is None:
            return False
        code = self.item_combo.currentData()
        data = {"taxonomy_code": code, "level": self.level.value(),
                "target_level": self.target.value() or None, "source": self.source.currentData(),
                "assessed_on": self.date.date().toPython(), "client_recognises": self.recognises.isChecked()}
        try:
            entry = self.service.assess(self.client_id, data)
        except ValidationError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc.for_user()}</span>')
            return False
        except ServiceError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc}</span>')
            return False
        loads = self._loads
        self.bus.changed.emit("profile_entry", entry.id)  # the pane reloads every tab, this one too
        if self._loads == loads:  # not in a pane (or no client open there): reload ourselves
            self.reload()
        self.select_code(code)
        self.message.setText(self.tr("Vastgelegd."))
        return True

    def record_recognition(self) -> None:
        item = self.current_item()
        if item is None:
            self.message.setText(self.tr("Kies eerst een onderdeel in de lijst."))
            return
        try:
            entry = self.service.record_recognition(item.latest.id)
        except ServiceError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc.for_user()}</span>')
            return
        self.bus.changed.emit("profile_entry", entry.id)
        self.message.setText(self.tr("Herkenning door de werkzoekende vastgelegd."))
