"""Record who selected a client for a re-examination and why, in words (issue 17 point 5, seed 000); opened from
the letter dialog when the invitation letter is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.reexamination import ReexaminationService

from .save_dialog import SaveDialog


class ReexaminationDialog(SaveDialog):
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
        self.build([(self.tr("Geselecteerd door"), self.who), (self.tr("Waarom"), self.why)])

    def save(self) -> None:
        self.service.select(self.client_id, self.why.toPlainText(), self.who.text())
