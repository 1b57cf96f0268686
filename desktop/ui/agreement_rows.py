"""The pieces of the conversation and agreement dialogs: agreement rows and their editor, date editors,
error labels, the readable labels and dates (split from conversation_dialog.py along its seam).

An AgreementRow is one agreement's fields (what, who, which specialist, due date, shared); the
AgreementsEditor holds the rows of a conversation being recorded, with "add" and "remove"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.models import Database
from desktop.models.entities import User
from desktop.services.conversations import (
    AgreementData,
)
from desktop.services.timeline import agreement_status_labels, party_labels
from sync import clock

ERROR_COLOR = "#b00020"
NO_DATE = QDate(2000, 1, 1)  # the minimum of a date editor, shown as "geen datum"
AGREEMENT_FIELDS = ("description", "party", "specialist_id", "due_date", "shared_with_specialists")


def channel_labels() -> dict[str, str]:
    return {"in_person": QCoreApplication.translate("Casework", "Op kantoor"),
            "phone": QCoreApplication.translate("Casework", "Telefonisch"),
            "video": QCoreApplication.translate("Casework", "Video"),
            "home": QCoreApplication.translate("Casework", "Bij de werkzoekende thuis")}


# f-strings rather than strftime: under PySide6 each strftime call runs through its import hook.
def format_day(value: date | None) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}" if value else ""


def format_moment(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.day:02d}-{value.month:02d}-{value.year} {value.hour:02d}:{value.minute:02d}"
    return format_day(value)


@dataclass(frozen=True)
class Specialist:
    id: str
    name: str
    organisation: str | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name


def known_specialists(db: Database) -> list[Specialist]:
    """The specialists known on this device (User rows with role specialist), by name."""
    with db.session() as s:
        rows = s.execute(select(User.id, User.display_name, User.organisation).where(
            User.role == "specialist", User.deleted_at.is_(None)).order_by(User.display_name)).all()
    return [Specialist(*r) for r in rows]


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def _pydate(q: QDate) -> date | None:
    return None if q == NO_DATE or not q.isValid() else date(q.year(), q.month(), q.day())


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _pydatetime(q: QDateTime) -> datetime:
    d, t = q.date(), q.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def date_editor(value: date | None = None, *, optional: bool = True) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("Casework", "geen datum"))
    edit.setDate(_qdate(value) if value or optional else _qdate(clock.today()))
    return edit


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{name}_error")
    label.setProperty("role", "fieldError")
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def mark_invalid(widget: QWidget, message: str | None) -> None:
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    widget.setStyleSheet(f"border: 1px solid {ERROR_COLOR};" if message else "")


# -- the agreements table ------------------------------------------------------------------------
class AgreementRow(QWidget):
    """One agreement being written: what, who, by when, shared; an existing one keeps its id."""

    remove_requested = Signal(object)
    edited = Signal()

    def __init__(self, specialists: list[Specialist], data: AgreementData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = data
        self.id: str | None = data.id if data else None
        self.description = QLineEdit()
        self.description.setObjectName("agreementDescription")
        self.description.setPlaceholderText(self.tr("Wat is er afgesproken?"))
        self.description.setAccessibleName(self.tr("Wat"))
        self.party = QComboBox()
        self.party.setObjectName("agreementParty")
        self.party.setAccessibleName(self.tr("Wie"))
        parties = party_labels()
        self.party.addItem(parties["client"], "client")
        self.party.addItem(parties["coach"], "coach")
        for sp in specialists:
            self.party.addItem(self.tr("Specialist: {name}").format(name=sp.label), f"specialist:{sp.id}")
        self.due = date_editor()
        self.due.setObjectName("agreementDue")
        self.due.setAccessibleName(self.tr("Uiterlijk"))
        self.shared = QCheckBox(self.tr("Gedeeld"))
        self.shared.setObjectName("agreementShared")
        self.shared.setToolTip(self.tr("Zichtbaar voor de specialisten die voor deze werkzoekende zijn ingezet"))
        self.status = QLabel()
        self.status.setObjectName("agreementStatus")
        self.remove = QToolButton()
        self.remove.setObjectName("removeAgreement")
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Deze afspraak weghalen"))
        self.remove.setAccessibleName(self.tr("Afspraak weghalen"))
        self.error = error_label("agreement")

        if data is not None:
            self.description.setText(data.description)
            key = f"specialist:{data.specialist_id}" if data.party == "specialist" else data.party
            i = self.party.findData(key)
            if i < 0 and data.party == "specialist":  # a specialist no longer known on this device
                self.party.addItem(self.tr("Specialist (onbekend)"), key)
                i = self.party.count() - 1
            self.party.setCurrentIndex(max(0, i))
            self.due.setDate(_qdate(data.due_date))
            self.shared.setChecked(data.shared_with_specialists)
            self.status.setText(agreement_status_labels().get(data.status, data.status))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.description, 0, 0)
        grid.addWidget(self.party, 0, 1)
        grid.addWidget(self.due, 0, 2)
        grid.addWidget(self.shared, 0, 3)
        grid.addWidget(self.status, 0, 4)
        grid.addWidget(self.remove, 0, 5)
        grid.addWidget(self.error, 1, 0, 1, 6)
        grid.setColumnStretch(0, 1)
        self.party.setMinimumWidth(170)

        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.party.currentIndexChanged.connect(self._party_changed)
        self.description.textEdited.connect(self.edited)
        self.party.activated.connect(self.edited)
        self.due.dateChanged.connect(self.edited)
        self.shared.toggled.connect(self.edited)

    def _party_changed(self, _index: int) -> None:
        if str(self.party.currentData()).startswith("specialist:"):
            self.shared.setChecked(True)  # what a specialist is to do, the specialist must see

    def values(self) -> dict[str, Any]:
        party = str(self.party.currentData())
        specialist = None
        if party.startswith("specialist:"):
            party, specialist = "specialist", party.split(":", 1)[1]
        return {"description": self.description.text().strip(), "party": party, "specialist_id": specialist,
                "due_date": _pydate(self.due.date()), "shared_with_specialists": self.shared.isChecked()}

    def changes(self) -> dict[str, Any]:
        if self.existing is None:
            return self.values()
        return {k: v for k, v in self.values().items() if getattr(self.existing, k) != v}

    def is_blank(self) -> bool:
        return self.existing is None and not self.description.text().strip() and self.due.date() == NO_DATE

    def show_errors(self, errors: Mapping[str, str]) -> None:
        widgets = {"description": self.description, "party": self.party, "specialist_id": self.party,
                   "due_date": self.due, "shared_with_specialists": self.shared}
        for w in set(widgets.values()):
            mark_invalid(w, None)
        for field, message in errors.items():
            if field in widgets:
                mark_invalid(widgets[field], message)
        self.error.setText(" ".join(dict.fromkeys(errors.values())))
        self.error.setVisible(bool(errors))

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""


class AgreementsEditor(QWidget):
    """The inline agreements table of the conversation dialog: add and remove rows."""

    edited = Signal()

    def __init__(self, specialists: list[Specialist], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specialists = specialists
        self.rows: list[AgreementRow] = []
        self.removed: list[AgreementData] = []  # existing agreements taken out (deleted on save)
        header = QHBoxLayout()
        for text, stretch in ((self.tr("Wat"), 1), (self.tr("Wie"), 0), (self.tr("Uiterlijk"), 0),
                              (self.tr("Delen"), 0)):
            label = QLabel(f"<b>{text}</b>")
            header.addWidget(label, stretch)
        self.header = QWidget()
        self.header.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(4)
        self.empty = QLabel(self.tr("Nog geen afspraken. Voeg er een toe met de knop hieronder (Alt+A)."))
        self.empty.setObjectName("noAgreements")
        self.empty.setStyleSheet("color: palette(mid);")
        self.add_button = QPushButton(self.tr("&Afspraak toevoegen"))
        self.add_button.setObjectName("addAgreement")
        self.add_button.setAutoDefault(False)
        self.default_due: Callable[[], date] = lambda: clock.today() + timedelta(days=14)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True, default_due=self.default_due()))
        inner = QWidget()
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.header)
        il.addLayout(self.list)
        il.addWidget(self.empty)
        il.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(inner)
        self.scroll.setMinimumHeight(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self._update_empty()

    def add_row(self, data: AgreementData | None = None, *, focus: bool = False,
                default_due: date | None = None) -> AgreementRow:
        row = AgreementRow(self.specialists, data)
        if data is None and default_due is not None:
            row.due.setDate(_qdate(default_due))
        row.remove_requested.connect(self.remove_row)
        row.edited.connect(self.edited)
        self.rows.append(row)
        self.list.addWidget(row)
        self._update_empty()
        if focus:
            row.description.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(row)
        self.edited.emit()
        return row

    def remove_row(self, row: AgreementRow) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        if row.existing is not None:
            self.removed.append(row.existing)
        self.list.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._update_empty()
        if self.rows:
            self.rows[-1].description.setFocus()
        else:
            self.add_button.setFocus()
        self.edited.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
        self.header.setVisible(bool(self.rows))

    def clear_errors(self) -> None:
        for row in self.rows:
            row.show_errors({})


# -- the dialog ----------------------------------------------------------------------------------
