"""Record who selected a client for a re-examination and why, in words (issue 17 point 5, seed 000); opened from
the letter dialog when the invitation letter is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.reexamination import ReexaminationService


class ReexaminationDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reexaminationDialog")
        self.service = ReexaminationService(db, actor)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Heronderzoek: wie selecteerde het en waarom"))
        self.who = QLineEdit(actor.username)
        self.who.setObjectName("reexaminationWho")
        self.why = QPlainTextEdit()
        self.why.setObjectName("reexaminationWhy")
        self.why.setTabChangesFocus(True)
        self.why.setPlaceholderText(self.tr("In woorden: wat in de situatie van de werkzoekende aanleiding geeft. "
                                            "Geen score, geen model."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Geselecteerd door"), self.who)
        form.addRow(self.tr("Waarom"), self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Save, or keep the dialog open with the reason shown (nothing typed is lost)."""
        try:
            self.service.select(self.client_id, self.why.toPlainText(), self.who.text())
        except (ValidationError, ServiceError) as exc:
            self.message.setText(" ".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc))
            return
        super().accept()
