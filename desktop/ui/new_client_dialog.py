"""'Nieuwe werkzoekende': the same form as the Overzicht tab, in a dialog."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.models import Database
from desktop.services.caseload import CaseloadService, ClientDetails
from desktop.services.context import Actor
from desktop.services.errors import ServiceError, ValidationError

from .client_form import FORM_FIELDS, ClientForm

log = logging.getLogger(__name__)


class NewClientDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe werkzoekende"))
        self.service = CaseloadService(db, actor)
        self.created: ClientDetails | None = None
        self.form = ClientForm()
        self.form.clear()
        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 520)

    def accept(self) -> None:
        values = {k: v for k, v in self.form.values().items() if v not in ("", None)}
        try:
            self.created = self.service.create(values)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            other = [m for k, m in exc.errors.items() if k not in FORM_FIELDS]
            self.message.setText('<span style="color:#b00020">{}</span>'.format(
                " ".join([self.tr("Niet opgeslagen: verbeter wat in rood staat."), *other])))
            return
        except ServiceError as exc:
            self.message.setText(f'<span style="color:#b00020">{exc}</span>')
            return
        log.info("client %s created", self.created.id)
        super().accept()
