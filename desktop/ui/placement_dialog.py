"""Dialogs of a placement (inzet): start one from a match, and complete it with outcome, experience ratings
and a re-assessment of its goals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.entities import PLACEMENT_OUTCOMES
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.matching import Match
from desktop.services.placements import PlacementData, PlacementService, outcome_label

ERROR_COLOR = "#b00020"


def _date_edit(day: date, name: str) -> QDateEdit:
    w = QDateEdit()
    w.setObjectName(name)
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd-MM-yyyy")
    w.setDate(QDate(day))
    return w


class StartPlacementDialog(QDialog):
    """Inzet starten: reason (shared with the specialist), goals, specialist, start date."""

    def __init__(self, service: PlacementService, client_id: str, match: Match, labels: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.client_id, self.match = service, client_id, match
        self.result_placement: PlacementData | None = None
        instr = match.instrument
        self.setWindowTitle(self.tr("Inzet starten: {name}").format(name=instr.name))
        self.setObjectName("startPlacementDialog")

        head = QLabel(self.tr("<b>{name}</b> — {provider}").format(name=instr.name, provider=instr.provider))
        head.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("placementReason")
        self.reason.setPlaceholderText(self.tr("Waarom dit instrument, samen gekozen? De specialist leest dit ook."))
        self.reason.setFixedHeight(80)
        self.goals = QListWidget()
        self.goals.setObjectName("placementGoals")
        codes = list(dict.fromkeys([*match.matched, *instr.target_codes]))
        for code in codes:
            item = QListWidgetItem(labels.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in match.matched else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setFixedHeight(min(24 * len(codes) + 8, 160))
        self.specialist = QComboBox()
        self.specialist.setObjectName("placementSpecialist")
        self.specialist.addItem(self.tr("(nog niemand)"), None)
        for sid, name in service.specialists():
            self.specialist.addItem(name, sid)
        today = service.actor.today()
        self.start = _date_edit(today, "placementStart")
        self.active = QCheckBox(self.tr("Begint vandaag (anders: voorgesteld)"))
        self.active.setObjectName("placementActive")
        self.message = QLabel()
        self.message.setObjectName("placementMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Reden"), self.reason)
        form.addRow(self.tr("Doelen"), self.goals)
        form.addRow(self.tr("Specialist"), self.specialist)
        form.addRow(self.tr("Startdatum"), self.start)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inzet starten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        if instr.description:
            desc = QLabel(instr.description)
            desc.setWordWrap(True)
            layout.addWidget(desc)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 520)

    def chosen_goals(self) -> list[str]:
        return [self.goals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        data = {"reason": self.reason.toPlainText(), "goal_codes": self.chosen_goals(),
                "specialist_id": self.specialist.currentData(), "start_date": self.start.date().toPython(),
                "status": "active" if self.active.isChecked() else "proposed"}
        try:
            self.result_placement = self.service.start(self.client_id, self.match.instrument.id, data)
        except ValidationError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc.for_user()}</span>')
            return
        except ServiceError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc}</span>')
            return
        super().accept()


class CompletePlacementDialog(QDialog):
    """Afronden: objective outcome, experience 1-5 from client, supervisor and employer, re-assessment."""

    def __init__(self, service: PlacementService, placement: PlacementData, labels: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.placement = service, placement
        self.result_placement: PlacementData | None = None
        self.setWindowTitle(self.tr("Inzet afronden: {name}").format(name=placement.instrument_name))
        self.setObjectName("completePlacementDialog")

        self.outcome = QComboBox()
        self.outcome.setObjectName("completeOutcome")
        self.outcome.addItem(self.tr("(kies)"), None)
        for o in PLACEMENT_OUTCOMES:
            self.outcome.addItem(outcome_label(o), o)
        self.ratings: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Resultaat"), self.outcome)
        for name, text in (("rating_client", self.tr("Ervaring werkzoekende")),
                           ("rating_supervisor", self.tr("Ervaring werkbegeleider")),
                           ("rating_employer", self.tr("Ervaring werkgever"))):
            combo = QComboBox()
            combo.setObjectName(name)
            combo.addItem(self.tr("(niet gevraagd)"), None)
            for n in range(1, 6):
                combo.addItem(str(n), n)
            self.ratings[name] = combo
            form.addRow(text, combo)
            if name == "rating_client":  # the client's own words with their rating (seed 001)
                self.client_remark = QLineEdit()
                self.client_remark.setObjectName("clientRemark")
                self.client_remark.setPlaceholderText(self.tr("Opmerking van de werkzoekende (mag leeg)"))
                form.addRow("", self.client_remark)
        self.end = _date_edit(service.actor.today(), "completeEnd")
        form.addRow(self.tr("Einddatum"), self.end)
        self.levels: dict[str, QSpinBox] = {}
        before = {g.code: g.before for g in placement.development}
        if placement.goal_codes:
            form.addRow(QLabel(self.tr("<b>Opnieuw beoordelen: is ontwikkeling zichtbaar?</b>")))
        for code in placement.goal_codes:
            spin = QSpinBox()
            spin.setObjectName(f"reassess:{code}")
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("niet beoordeeld"))
            spin.setValue(before.get(code) or 0)
            was = before.get(code)
            hint = self.tr("(was {n})").format(n=was) if was else self.tr("(nog niet beoordeeld)")
            form.addRow(f"{labels.get(code, code)} {hint}", spin)
            self.levels[code] = spin
        self.message = QLabel()
        self.message.setObjectName("completeMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afronden"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def set_values(self, outcome: str, ratings: Mapping[str, int | None], levels: Mapping[str, int]) -> None:
        """Fill the dialog (tests, and a re-opened dialog)."""
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))
        for name, value in ratings.items():
            self.ratings[name].setCurrentIndex(self.ratings[name].findData(value))
        for code, level in levels.items():
            self.levels[code].setValue(level)

    def accept(self) -> None:
        data = {"outcome": self.outcome.currentData(), "end_date": self.end.date().toPython(),
                **{k: c.currentData() for k, c in self.ratings.items()},
                "client_remark": self.client_remark.text().strip()}
        levels = {code: spin.value() for code, spin in self.levels.items() if spin.value()}
        try:
            self.result_placement = self.service.complete(self.placement.id, data, levels)
        except ValidationError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc.for_user()}</span>')
            return
        except ServiceError as exc:
            self.message.setText(f'<span style="color:{ERROR_COLOR}">{exc}</span>')
            return
        super().accept()


def goal_text(codes: Sequence[str], labels: Mapping[str, str]) -> str:
    return ", ".join(labels.get(c, c) for c in codes)
