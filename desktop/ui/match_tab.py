"""ClientTab "Instrumenten": the instrumentenhuis matched to the client's development areas, with the
reason for every match and every instrument that cannot be used now; the client's placements, started
from a match and completed with outcome, experience and re-assessment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.matching import Ineligible, Match, MatchResult, explain, reason_text
from desktop.services.placements import PlacementData, PlacementService, outcome_label, status_label
from desktop.services.taxonomy import TaxonomyService

from .client_tab import ClientTab
from .placement_dialog import CompletePlacementDialog, StartPlacementDialog, goal_text
from .profile_tab import ERROR_COLOR, fmt_date, ui_language
from .row_model import RowsModel
from .tasks import DataBus, TaskRunner


def _table(model: RowsModel, name: str, stretch: int) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(True)
    t.verticalHeader().hide()
    h = t.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _section(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class MatchTab(ClientTab):
    load_when_shown = True

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.service = PlacementService(db, actor)
        self.lang = ui_language()
        self.labels: dict[str, str] = {}
        self.result: MatchResult | None = None
        self.age: int | None = None

        self.areas = QLabel()
        self.areas.setObjectName("matchAreas")
        self.areas.setWordWrap(True)
        self.areas.setTextFormat(Qt.TextFormat.RichText)

        weeks = self.tr("{n} wk")
        self.match_model: RowsModel[Match] = RowsModel([
            ("#", lambda m: self.match_model.rows.index(m) + 1),
            (self.tr("Instrument"), lambda m: m.instrument.name),
            (self.tr("Aanbieder"), lambda m: m.instrument.provider),
            (self.tr("Past"), lambda m: f"{m.percent}%"),
            (self.tr("Waarom"), lambda m: explain(m, self.labels)),
            (self.tr("Duur"), lambda m: weeks.format(n=m.instrument.duration_weeks)
             if m.instrument.duration_weeks else ""),
            (self.tr("Plaatsen"), lambda m: self.tr("vrij") if m.instrument.places_left is None
             else m.instrument.places_left),
        ], self, tooltip=lambda m: m.instrument.description or None)
        self.match_table = _table(self.match_model, "matchTable", 4)
        self.start_button = QPushButton(self.tr("Inzet starten…"))
        self.start_button.setObjectName("startPlacement")

        self.inel_model: RowsModel[Ineligible] = RowsModel([
            (self.tr("Instrument"), lambda i: i.instrument.name),
            (self.tr("Aanbieder"), lambda i: i.instrument.provider),
            (self.tr("Kan nu niet, want"), lambda i: "; ".join(reason_text(r, i.instrument, self.age)
                                                               for r in i.reasons)),
        ], self)
        self.inel_table = _table(self.inel_model, "ineligibleTable", 2)

        self.pl_model: RowsModel[PlacementData] = RowsModel([
            (self.tr("Instrument"), lambda p: p.instrument_name),
            (self.tr("Status"), lambda p: status_label(p.status)),
            (self.tr("Van"), lambda p: fmt_date(p.start_date)),
            (self.tr("Tot"), lambda p: fmt_date(p.end_date)),
            (self.tr("Specialist"), lambda p: p.specialist_name or ""),
            (self.tr("Doelen"), lambda p: goal_text(p.goal_codes, self.labels)),
            (self.tr("Ontwikkeling"), self._development_text),
            (self.tr("Resultaat"), lambda p: outcome_label(p.outcome)),
        ], self, tooltip=lambda p: "\n".join(x for x in (p.reason, p.progress_notes, p.specialist_evaluation)
                                             if x) or None)
        self.pl_table = _table(self.pl_model, "placementTable", 5)
        self.activate_button = QPushButton(self.tr("Laten beginnen"))
        self.activate_button.setObjectName("activatePlacement")
        self.complete_button = QPushButton(self.tr("Afronden…"))
        self.complete_button.setObjectName("completePlacement")
        self.stop_button = QPushButton(self.tr("Stoppen…"))
        self.stop_button.setObjectName("stopPlacement")
        self.message = QLabel()
        self.message.setObjectName("matchMessage")
        self.message.setWordWrap(True)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(_section(self.tr("Passende instrumenten")), 1)
        row.addWidget(self.start_button)
        tl.addLayout(row)
        tl.addWidget(self.match_table, 1)
        mid = QWidget()
        ml = QVBoxLayout(mid)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(_section(self.tr("Nu niet mogelijk")))
        ml.addWidget(self.inel_table, 1)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        prow = QHBoxLayout()
        prow.addWidget(_section(self.tr("Inzet")), 1)
        prow.addWidget(self.activate_button)
        prow.addWidget(self.complete_button)
        prow.addWidget(self.stop_button)
        self.letter_button = QPushButton(self.tr("Brief afdrukken…"))
        self.letter_button.setObjectName("placementLetter")
        self.letter_button.setToolTip(self.tr("Een brief voor de werkzoekende met de reden, de doelen en de jobcoach."))
        self.letter_button.clicked.connect(self.print_letter)
        prow.addWidget(self.letter_button)
        bl.addLayout(prow)
        bl.addWidget(self.pl_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        for w in (top, mid, bottom):
            split.addWidget(w)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.areas)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)

        self.start_button.clicked.connect(self.start_placement)
        self.activate_button.clicked.connect(self.activate_placement)
        self.complete_button.clicked.connect(self.complete_placement)
        self.stop_button.clicked.connect(self.stop_placement)
        self.match_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.pl_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Instrumenten")

    def _development_text(self, p: PlacementData) -> str:
        parts = []
        for g in p.development:
            if g.after is None:
                continue
            before = "?" if g.before is None else g.before
            parts.append(f"{self.labels.get(g.code, g.code)} {before}→{g.after}")
        return ", ".join(parts)

    # -- loading ---------------------------------------------------------------------------
    def load(self) -> None:
        self.labels = {e.code: e.label(self.lang) for e in TaxonomyService(self.db).items(include_inactive=True)}
        if self.client_id is None:
            self.result = None
            for m in (self.match_model, self.inel_model, self.pl_model):
                m.set_rows([])
            self.areas.clear()
            self._update_buttons()
            return
        try:
            self.age = self.service.client_age(self.client_id)
            self.result = self.service.matches(self.client_id)
            placements = self.service.list_for_client(self.client_id)
        except ServiceError as exc:
            self.areas.setText(str(exc))
            return
        self.match_model.set_rows(self.result.matches)
        self.inel_model.set_rows(self.result.ineligible)
        self.pl_model.set_rows(placements)
        if self.result.areas:
            items = ", ".join(f"{self.labels.get(a.code, a.code)} ({a.level} → {a.target})" for a in self.result.areas)
            self.areas.setText(self.tr("<b>Werkpunten uit het profiel:</b> {items}. De instrumenten staan op "
                                       "volgorde van hoeveel ze daarvan afdekken; kies samen.").format(items=items))
        else:
            self.areas.setText(self.tr("Er zijn nog geen werkpunten: leg in het tabblad Profiel vaardigheden en "
                                       "aandachtsgebieden vast met een doel dat hoger ligt dan het niveau nu."))
        if self.result.unrecognised:
            names = ", ".join(self.labels.get(c, c) for c in self.result.unrecognised)
            self.areas.setText(self.areas.text() + "<br>" + self.tr(
                "<b>Nog niet herkend door de werkzoekende:</b> {items}. Bespreek dit profiel eerst samen; de "
                "werkzoekende beslist.").format(items=names))
        self.match_table.resizeRowsToContents()
        self._update_buttons()

    def current_match(self) -> Match | None:
        return self.match_model.row(self.match_table.currentIndex())

    def current_placement(self) -> PlacementData | None:
        return self.pl_model.row(self.pl_table.currentIndex())

    def _update_buttons(self, *_args: object) -> None:
        p = self.current_placement()
        self.start_button.setEnabled(self.client_id is not None and self.current_match() is not None)
        self.activate_button.setEnabled(p is not None and p.status == "proposed")
        self.complete_button.setEnabled(p is not None and p.status == "active")
        self.stop_button.setEnabled(p is not None and p.status in ("proposed", "active"))
        self.letter_button.setEnabled(p is not None)

    def print_letter(self) -> None:
        """The placement letter for the client: reason, goals and the specialist's contact."""
        from .letters import LetterDialog

        p = self.current_placement()
        if p is None or self.client_id is None:
            return
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, self.bus, self.client_id, "placement",
                                          p.id, self)
        self.letter_dialog.open()

    def _changed(self, placement_id: str) -> None:
        loads = self._loads
        self.bus.changed.emit("placement", placement_id)
        if self._loads == loads:  # not in a pane: reload ourselves
            self.reload()
        for n, p in enumerate(self.pl_model.rows):
            if p.id == placement_id:
                self.pl_table.selectRow(n)

    def _error(self, exc: ServiceError) -> None:
        text = exc.for_user()
        self.message.setText(f'<span style="color:{ERROR_COLOR}">{text}</span>')

    # -- actions ---------------------------------------------------------------------------
    def start_dialog(self) -> StartPlacementDialog | None:
        m = self.current_match()
        if m is None or self.client_id is None:
            return None
        return StartPlacementDialog(self.service, self.client_id, m, self.labels, self)

    def start_placement(self) -> PlacementData | None:
        dialog = self.start_dialog()
        if dialog is None or not dialog.exec() or dialog.result_placement is None:
            return None
        self.message.setText(self.tr("Inzet vastgelegd: {name}.").format(name=dialog.result_placement.instrument_name))
        self._changed(dialog.result_placement.id)
        return dialog.result_placement

    def activate_placement(self) -> None:
        p = self.current_placement()
        if p is None:
            return
        try:
            self.service.activate(p.id)
        except ServiceError as exc:
            self._error(exc)
            return
        self.message.clear()
        self._changed(p.id)

    def complete_dialog(self) -> CompletePlacementDialog | None:
        p = self.current_placement()
        if p is None or p.status != "active":
            return None
        return CompletePlacementDialog(self.service, p, self.labels, self)

    def complete_placement(self) -> None:
        dialog = self.complete_dialog()
        if dialog is None or not dialog.exec() or dialog.result_placement is None:
            return
        self.message.setText(self.tr("Inzet afgerond."))
        self._changed(dialog.result_placement.id)

    def stop_placement(self) -> None:
        p = self.current_placement()
        if p is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Inzet stoppen"), self.tr("Waarom stopt {name}?").format(
            name=p.instrument_name))
        if not ok:
            return
        try:
            self.service.stop(p.id, reason)
        except ServiceError as exc:
            self._error(exc)
            return
        self.message.clear()
        self._changed(p.id)
