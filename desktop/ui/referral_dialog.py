"""Refer a client to the wijkteam or VraagWijzer with the reason and a follow-up date (issue 17 point 7); and the
follow-up note, asked from Mijn week."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.referrals import ReferralService, referral_labels


def _message(exc: ServiceError) -> str:
    return " ".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)


class ReferralDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.service = ReferralService(db, actor)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Verwijzen"))
        self.to = QComboBox()
        self.to.setObjectName("referralTo")
        for code, label in referral_labels().items():
            self.to.addItem(label, code)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("referralReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Waarom: waar kan het wijkteam of VraagWijzer bij helpen?"))
        self.follow_up = QDateEdit()
        self.follow_up.setObjectName("referralFollowUp")
        self.follow_up.setDisplayFormat("dd-MM-yyyy")
        self.follow_up.setCalendarPopup(True)
        d = actor.today() + timedelta(weeks=2)
        self.follow_up.setDate(QDate(d.year, d.month, d.day))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Naar"), self.to)
        form.addRow(self.tr("Reden"), self.reason)
        form.addRow(self.tr("Nagaan op"), self.follow_up)
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
            self.service.refer(self.client_id, self.to.currentData(), self.reason.toPlainText(),
                               self.follow_up.date().toPython())
        except ServiceError as exc:
            self.message.setText(_message(exc))
            return
        super().accept()


def ask_follow_up(parent: QWidget | None, service: ReferralService, referral_id: str, name: str) -> bool:
    """Mijn week: how did the referral go? True when recorded."""
    note, ok = QInputDialog.getMultiLineText(
        parent, QCoreApplication.translate("ReferralDialog", "Verwijzing nagaan"),
        QCoreApplication.translate("ReferralDialog", "Hoe ging de verwijzing van {name}?").format(name=name))
    if not ok:
        return False
    try:
        service.follow_up(referral_id, note)
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ReferralDialog", "Verwijzing nagaan"), _message(exc))
        return False
    return True
