"""Record, plan, hold or edit a conversation, with the agreements made in it.

Modes:
  record  a conversation that was held (ConversationService.record, one transaction with its agreements)
  plan    a meeting still to come (ConversationService.plan; no agreements yet)
  hold    a planned meeting took place: it becomes the record (ConversationService.hold)
  edit    change a conversation or meeting; agreements are added/changed/removed through AgreementService

Errors come from the services as {field: Dutch message} ("agreement{i}.{field}" for the agreements of
a record/hold call) and are shown in red under the field they belong to; nothing typed is lost.
Keyboard: Tab moves through the fields in reading order, Enter (in a line field) or Ctrl+Enter saves,
Esc cancels.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
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
from desktop.services.context import Actor, local_now
from desktop.services.conversations import (
    AgreementData,
    AgreementService,
    ConversationData,
    ConversationService,
    validate_agreement,
)
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.record_rules import default_next_meeting
from desktop.services.timeline import agreement_status_labels, conversation_kind_labels, party_labels
from sync import clock

from .inform_fields import InformFields

log = logging.getLogger(__name__)

ERROR_COLOR = "#b00020"
NO_DATE = QDate(2000, 1, 1)  # the minimum of a date editor, shown as "geen datum"
CONVERSATION_FIELDS = ("kind", "channel", "held_at", "place", "summary_for_client", "internal_notes",
                       "next_meeting_at", "duty_to_inform_discussed")
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
class ConversationDialog(QDialog):
    """`saved` holds the stored ConversationData after a successful accept()."""

    MODES = ("record", "plan", "hold", "edit")

    def __init__(self, db: Database, actor: Actor, client_id: str, mode: str = "record",
                 conversation: ConversationData | None = None, parent: QWidget | None = None,
                 client_name: str = "") -> None:
        super().__init__(parent)
        if mode not in self.MODES:
            raise ValueError(mode)
        if mode in ("hold", "edit") and conversation is None:
            raise ValueError("hold/edit needs the conversation")
        self.setObjectName("conversationDialog")
        self.db, self.actor, self.client_id, self.mode, self.conversation = db, actor, client_id, mode, conversation
        self.service = ConversationService(db, actor)
        self.agreement_service = AgreementService(db, actor)
        self.saved: ConversationData | None = None
        self._dirty = False
        planned = mode == "plan" or (mode == "edit" and conversation is not None and conversation.planned)
        self.planned = planned
        titles = {"record": self.tr("Nieuw gesprek"), "plan": self.tr("Gesprek plannen"),
                  "hold": self.tr("Gesprek vastleggen"),
                  "edit": self.tr("Gepland gesprek bewerken") if planned else self.tr("Gesprek bewerken")}
        title = titles[mode]
        self.setWindowTitle(f"{title} — {client_name}" if client_name else title)

        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._cells: dict[str, QWidget] = {}
        self.kind = QComboBox()
        for key, label in conversation_kind_labels().items():
            self.kind.addItem(label, key)
        self.channel = QComboBox()
        for key, label in channel_labels().items():
            self.channel.addItem(label, key)
        self.held_at = QDateTimeEdit()
        self.held_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.held_at.setCalendarPopup(True)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("bijv. wijkkantoor Afrikaanderwijk"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr(
            "In gewone taal, voor de werkzoekende: wat is besproken. Dit wordt afgedrukt."))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr(
            "Alleen voor u en collega's van het wijkteam: nooit afgedrukt, nooit gedeeld met specialisten."))
        self.has_next = QCheckBox(self.tr("Volgend gesprek"))
        self.has_next.setObjectName("hasNextMeeting")
        self.next_at = QDateTimeEdit()
        self.next_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.next_at.setCalendarPopup(True)
        self.next_at.setEnabled(False)
        self.has_next.toggled.connect(self.next_at.setEnabled)
        self.inform = InformFields()
        self.agreements = AgreementsEditor(known_specialists(db))
        self.agreements.default_due = self.default_due  # a new agreement is due two weeks after the talk
        self.agreements.setObjectName("agreementsEditor")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        def row(name: str, label: str, editor: QWidget, extra: QWidget | None = None) -> None:
            editor.setObjectName(name)
            error = error_label(name)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if extra is not None:
                line = QHBoxLayout()
                line.addWidget(extra)
                line.addWidget(editor, 1)
                box.addLayout(line)
            else:
                box.addWidget(editor)
            box.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(editor if extra is None else extra)
            form.addRow(caption, cell)
            self.editors[name] = editor
            self.errors[name] = error
            self._cells[name] = cell

        when = self.tr("&Gepland op") if planned else self.tr("&Datum en tijd")
        row("kind", self.tr("&Soort gesprek"), self.kind)
        row("channel", self.tr("&Hoe"), self.channel)
        row("held_at", when, self.held_at)
        row("place", self.tr("&Plaats"), self.place)
        row("summary_for_client", self.tr("Samenvatting voor de &werkzoekende"), self.summary)
        row("internal_notes", self.tr("&Interne notities"), self.notes)
        row("next_meeting_at", "", self.next_at, self.has_next)
        row("duty_to_inform_discussed", self.tr("Informatieplicht"), self.inform)
        self.notes_hint = QLabel(self.tr("Interne notities worden nooit afgedrukt en nooit gedeeld."))
        self.notes_hint.setStyleSheet("color: palette(mid);")

        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Opslaan (Enter of Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.agreements_title = QLabel(f"<b>{self.tr('Afspraken uit dit gesprek')}</b>")
        layout.addWidget(self.agreements_title)
        layout.addWidget(self.agreements, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if planned:  # a meeting still to come has no summary and no agreements yet
            for name in ("summary_for_client", "internal_notes", "next_meeting_at", "duty_to_inform_discussed"):
                form.setRowVisible(self._cells[name], False)
            self.agreements_title.hide()
            self.agreements.hide()

        self._load()
        self.setTabOrder(self.kind, self.channel)
        self.setTabOrder(self.channel, self.held_at)
        self.setTabOrder(self.held_at, self.place)
        self.setTabOrder(self.place, self.summary)
        self.setTabOrder(self.summary, self.notes)
        self.setTabOrder(self.notes, self.has_next)
        self.setTabOrder(self.has_next, self.next_at)
        self.setTabOrder(self.next_at, self.agreements.add_button)
        for w in (self.place,):
            w.textEdited.connect(self._touch)
        for w in (self.summary, self.notes):
            w.textChanged.connect(self._touch)
        for w in (self.kind, self.channel):
            w.activated.connect(self._touch)
        for w in (self.held_at, self.next_at):
            w.dateTimeChanged.connect(self._touch)
        self.has_next.toggled.connect(self._touch)
        self.agreements.edited.connect(self._touch)
        self.inform.edited.connect(self._touch)
        self._dirty = False
        self.resize(860, 420 if planned else 760)
        self.kind.setFocus()

    # -- loading -------------------------------------------------------------------------------
    def _default_time(self) -> datetime:
        now = local_now()
        day = self.actor.today()
        if self.planned:
            nxt = day + timedelta(days=1)
            while nxt.weekday() >= 5:
                nxt += timedelta(days=1)
            return datetime.combine(nxt, time(10, 0))
        minute = now.minute - now.minute % 5
        moment = datetime.combine(day, time(now.hour, minute))
        return min(moment, now.replace(second=0)) if day == now.date() else moment

    def _load(self) -> None:
        c = self.conversation
        if c is None or self.mode == "plan":
            self.kind.setCurrentIndex(max(0, self.kind.findData("progress")))
            self.held_at.setDateTime(_qdatetime(self._default_time()))
            self.next_at.setDateTime(_qdatetime(default_next_meeting(self._default_time().date())))
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(c.channel)))
        held = c.held_at
        if self.mode == "hold" and held > local_now():
            held = local_now().replace(second=0)  # it was held now, not at a time still to come
        self.held_at.setDateTime(_qdatetime(held))
        self.place.setText(c.place or "")
        self.summary.setPlainText(c.summary_for_client)
        self.notes.setPlainText(c.internal_notes)
        self.has_next.setChecked(c.next_meeting_at is not None)
        self.next_at.setDateTime(_qdatetime(c.next_meeting_at or default_next_meeting(held.date())))
        self.inform.load(c.duty_to_inform_discussed, c.rights_folder)
        for a in c.agreements:
            self.agreements.add_row(a)
        self.agreements.removed.clear()

    def _touch(self, *_args: Any) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    # -- values --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind.currentData(), "channel": self.channel.currentData(),
            "held_at": _pydatetime(self.held_at.dateTime()), "place": self.place.text().strip() or None,
        }
        if not self.planned:
            out["summary_for_client"] = self.summary.toPlainText().strip()
            out["internal_notes"] = self.notes.toPlainText().strip()
            out["next_meeting_at"] = _pydatetime(self.next_at.dateTime()) if self.has_next.isChecked() else None
            out.update(self.inform.values())
        return out

    def changes(self) -> dict[str, Any]:
        c = self.conversation
        values = self.values()
        if c is None:
            return values
        return {k: v for k, v in values.items() if getattr(c, k) != v}

    def default_due(self) -> date:
        return _pydatetime(self.held_at.dateTime()).date() + timedelta(days=14)

    # -- saving --------------------------------------------------------------------------------
    def accept(self) -> None:
        self.clear_errors()
        rows = [r for r in self.agreements.rows if not r.is_blank()] if not self.planned else []
        new_rows = [r for r in rows if r.id is None]
        try:
            if self.mode == "record":
                self.saved = self.service.record(self.client_id, self.values(), [r.values() for r in new_rows])
            elif self.mode == "plan":
                self.saved = self.service.plan(self.client_id, self.values())
            elif self.mode == "hold":
                assert self.conversation is not None
                self.saved = self.service.hold(self.conversation.id, self.values(), [r.values() for r in new_rows])
                self._mark_added(new_rows, self.saved)
                self._save_existing(rows)
            else:
                assert self.conversation is not None
                changes = self.changes()
                self.saved = self.service.update(self.conversation.id, changes) if changes else self.conversation
                self.conversation = self.saved
                self._save_existing(rows)
        except ValidationError as exc:
            errors = dict(exc.errors)
            if not any(k.startswith("agreement") for k in errors):
                errors.update(self._check_rows(new_rows))
            self._show_errors(errors, new_rows)
            return
        except ServiceError as exc:
            self._error(str(exc))
            return
        assert self.saved is not None
        if self.mode != "record" and self.saved is not None:
            self.saved = self._reread(self.saved.id)
        log.info("conversation %s saved (%s)", self.saved.id, self.mode)
        self._dirty = False
        super().accept()

    def _check_rows(self, rows: list[AgreementRow]) -> dict[str, str]:
        """The service stops at the conversation's own errors: check the new agreements too, so the
        coach sees everything to correct at once (a read-only check, nothing is written)."""
        day = _pydatetime(self.held_at.dateTime()).date()
        out: dict[str, str] = {}
        with self.db.session() as s:
            for i, row in enumerate(rows, start=1):
                try:
                    validate_agreement(s, row.values(), self.actor.today(), conversation_day=day)
                except ValidationError as exc:
                    out.update({f"agreement{i}.{k}": v for k, v in exc.errors.items()})
        return out

    def _reread(self, conversation_id: str) -> ConversationData:
        for c in self.service.list_for_client(self.client_id):
            if c.id == conversation_id:
                return c
        raise ServiceError(self.tr("Dit gesprek bestaat niet (meer)."))

    def _mark_added(self, rows: list[AgreementRow], saved: ConversationData) -> None:
        """After a hold the new agreements exist: a second save must not add them again."""
        known = {r.id for r in self.agreements.rows if r.id}
        fresh = [a for a in saved.agreements if a.id not in known]
        for row, data in zip(rows, fresh, strict=False):
            row.id, row.existing = data.id, data
        self.mode = "edit"
        self.conversation = saved

    def _save_existing(self, rows: list[AgreementRow]) -> None:
        """Edit/hold: agreements added, changed or taken out, one call each; errors stay on their row."""
        assert self.conversation is not None
        errors: dict[AgreementRow, dict[str, str]] = {}
        for row in rows:
            try:
                if row.id is None:
                    made = self.agreement_service.add(self.client_id, row.values(), self.conversation.id)
                    row.id, row.existing = made.id, made
                else:
                    changes = row.changes()
                    if changes:
                        row.existing = self.agreement_service.update(row.id, changes)
            except ValidationError as exc:
                errors[row] = dict(exc.errors)
        for data in list(self.agreements.removed):
            self.agreement_service.delete(data.id)
            self.agreements.removed.remove(data)
        if errors:
            for row, errs in errors.items():
                row.show_errors(errs)
            raise ValidationError({})

    # -- errors --------------------------------------------------------------------------------
    def _show_errors(self, errors: Mapping[str, str], new_rows: list[AgreementRow]) -> None:
        first: QWidget | None = None
        other: list[str] = []
        per_row: dict[int, dict[str, str]] = {}
        for key, message in errors.items():
            if key.startswith("agreement") and "." in key:
                head, field = key.split(".", 1)
                try:
                    per_row.setdefault(int(head.removeprefix("agreement")), {})[field] = message
                except ValueError:
                    other.append(message)
            elif key in self.editors:
                self.errors[key].setText(message)
                self.errors[key].show()
                mark_invalid(self.editors[key], message)
                first = first or self.editors[key]
            else:
                other.append(message)
        for i, errs in per_row.items():
            if 1 <= i <= len(new_rows):
                new_rows[i - 1].show_errors(errs)
                first = first or new_rows[i - 1].description
        if first is None:
            bad = next((r for r in self.agreements.rows if r.error_text()), None)
            first = bad.description if bad else None
        self._error(" ".join([self.tr("Niet opgeslagen: verbeter wat in rood staat."), *other]))
        if first is not None:
            first.setFocus()

    def _error(self, text: str) -> None:
        self.message.setText(f'<span style="color:{ERROR_COLOR}">{text}</span>')

    def clear_errors(self) -> None:
        self.message.clear()
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            mark_invalid(self.editors[name], None)
        self.agreements.clear_errors()

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def reject(self) -> None:
        if self._dirty and self.isVisible():
            answer = QMessageBox.question(
                self, self.tr("Niet opgeslagen"), self.tr("Wat u hier schreef is nog niet opgeslagen. Weggooien?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
