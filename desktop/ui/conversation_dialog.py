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
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor, local_now
from desktop.services.conversations import (
    AgreementService,
    ConversationData,
    ConversationService,
    validate_agreement,
)
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.record_rules import default_next_meeting
from desktop.services.timeline import conversation_kind_labels

from .agreement_rows import (
    ERROR_COLOR,
    AgreementRow,
    AgreementsEditor,
    _pydatetime,
    _qdatetime,
    channel_labels,
    error_label,
    known_specialists,
    mark_invalid,
)
from .inform_fields import InformFields

log = logging.getLogger(__name__)

CONVERSATION_FIELDS = ("kind", "channel", "held_at", "place", "summary_for_client", "internal_notes",
                       "next_meeting_at", "duty_to_inform_discussed")


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
