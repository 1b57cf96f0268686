"""Refer a client to the wijkteam or VraagWijzer with the reason and a follow-up date (issue 17 point 7); and the
follow-up note, asked from Mijn week."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.referrals import ReferralService, referral_labels

from .save_dialog import SaveDialog


class ReferralDialog(SaveDialog):
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
        self.build([(self.tr("Naar"), self.to), (self.tr("Reden"), self.reason), (self.tr("Nagaan op"), self.follow_up)])

    def save(self) -> None:
        self.service.refer(self.client_id, self.to.currentData(), self.reason.toPlainText(),
                           self.follow_up.date().toPython())


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
        QMessageBox.warning(parent, QCoreApplication.translate("ReferralDialog", "Verwijzing nagaan"), exc.for_user())
        return False
    return True
