"""An agreement on its own (not made in a conversation), or an existing one edited, status included.

Status: open -> done / missed / cancelled, with the date it happened (the service checks the rule
that a closed agreement can only be reopened). Enter saves, Esc cancels; errors in red per field.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.conversations import AgreementData, AgreementService
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.timeline import agreement_status_labels

from .agreement_rows import (
    ERROR_COLOR,
    AgreementRow,
    _pydate,
    _qdate,
    date_editor,
    error_label,
    known_specialists,
    mark_invalid,
)

log = logging.getLogger(__name__)


class AgreementDialog(QDialog):
    """`saved` holds the stored AgreementData after a successful accept()."""

    def __init__(self, db: Database, actor: Actor, client_id: str, agreement: AgreementData | None = None,
                 parent: QWidget | None = None, status: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.service = AgreementService(db, actor)
        self.actor, self.client_id, self.agreement = actor, client_id, agreement
        self.saved: AgreementData | None = None
        self.setWindowTitle(self.tr("Afspraak bewerken") if agreement else self.tr("Nieuwe afspraak"))

        # The what/who/when/shared editors are those of a row in the conversation dialog.
        self.row = AgreementRow(known_specialists(db), agreement)
        if agreement is None:
            self.row.due.setDate(_qdate(actor.today() + timedelta(days=14)))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for key, label in agreement_status_labels().items():
            self.status.addItem(label, key)
        self.status_date = date_editor()
        self.status_date.setObjectName("status_date")
        current = agreement.status if agreement else "open"
        self.status.setCurrentIndex(max(0, self.status.findData(status or current)))
        when = agreement.status_date if agreement and agreement.status_date else None
        self.status_date.setDate(_qdate(when or actor.today()))

        self.editors: dict[str, QWidget] = {
            "description": self.row.description, "party": self.row.party, "specialist_id": self.row.party,
            "due_date": self.row.due, "shared_with_specialists": self.row.shared,
            "status": self.status, "status_date": self.status_date,
        }
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows = (("description", self.tr("&Wat"), self.row.description),
                ("party", self.tr("W&ie"), self.row.party),
                ("due_date", self.tr("&Uiterlijk"), self.row.due),
                ("shared_with_specialists", "", self.row.shared),
                ("status", self.tr("&Status"), self.status),
                ("status_date", self.tr("&Op"), self.status_date))
        for name, label, editor in rows:
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if editor.parent() is self.row:
                self.row.layout().removeWidget(editor)
            box.addWidget(editor)
            error = error_label(name)
            box.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(editor)
            form.addRow(caption, cell)
            self.errors[name] = error
        self.errors["specialist_id"] = self.errors["party"]
        self.row.shared.setText(self.tr("Delen met de specialisten die voor deze werkzoekende zijn ingezet"))
        self.row.hide()  # its editors now live in the form

        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        order = [self.row.description, self.row.party, self.row.due, self.row.shared, self.status,
                 self.status_date]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.resize(620, 0)
        if status and agreement is not None:
            self.status_date.setFocus()
        else:
            self.row.description.setFocus()

    def _status_changed(self, *_args: Any) -> None:
        self.status_date.setEnabled(self.status.currentData() != "open")

    def values(self) -> dict[str, Any]:
        out = self.row.values()
        status = self.status.currentData()
        out["status"] = status
        out["status_date"] = None if status == "open" else _pydate(self.status_date.date())
        return out

    def changes(self) -> dict[str, Any]:
        if self.agreement is None:
            return self.values()
        return {k: v for k, v in self.values().items() if getattr(self.agreement, k) != v}

    def accept(self) -> None:
        self.clear_errors()
        try:
            if self.agreement is None:
                self.saved = self.service.add(self.client_id, self.values())
            else:
                changes = self.changes()
                self.saved = self.service.update(self.agreement.id, changes) if changes else self.agreement
        except ValidationError as exc:
            first: QWidget | None = None
            other: list[str] = []
            for key, message in exc.errors.items():
                if key in self.editors:
                    self.errors[key].setText(message)
                    self.errors[key].show()
                    mark_invalid(self.editors[key], message)
                    first = first or self.editors[key]
                else:
                    other.append(message)
            self._error(" ".join([self.tr("Niet opgeslagen: verbeter wat in rood staat."), *other]))
            if first is not None:
                first.setFocus()
            return
        except ServiceError as exc:
            self._error(str(exc))
            return
        log.info("agreement %s saved", self.saved.id)
        super().accept()

    def _error(self, text: str) -> None:
        self.message.setText(f'<span style="color:{ERROR_COLOR}">{text}</span>')

    def clear_errors(self) -> None:
        self.message.clear()
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            mark_invalid(self.editors[name], None)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""
