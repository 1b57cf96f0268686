"""The small forms of the coordinator's absence-approach window: a new group, a group meeting."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLineEdit, QWidget

from desktop.services.approach_groups import ApproachGroupService, GroupData, topic_labels
from desktop.services.context import Actor

from .save_dialog import SaveDialog


class GroupDialog(SaveDialog):
    def __init__(self, service: ApproachGroupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approachGroupDialog")
        self.setWindowTitle(self.tr("Nieuwe groep"))
        self.service = service
        self.created: GroupData | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Bijvoorbeeld: Verzuimaanpak Feijenoord voorjaar"))
        today = service.actor.today()
        self.starts = QDateEdit(QDate(today.year, today.month, today.day))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("dd-MM-yyyy")
        self.build([(self.tr("Naam"), self.name), (self.tr("Start"), self.starts)])

    def save(self) -> None:
        self.created = self.service.create_group(self.name.text(), self.starts.date().toPython())


class SessionDialog(SaveDialog):
    def __init__(self, service: ApproachGroupService, group_id: str, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approachSessionDialog")
        self.setWindowTitle(self.tr("Bijeenkomst plannen"))
        self.service, self.group_id = service, group_id
        self.topic = QComboBox()
        for code, label in topic_labels().items():
            self.topic.addItem(label, code)
        when = datetime.combine(actor.today() + timedelta(days=7), time(10))
        self.when = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, 0)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Bijvoorbeeld: Wijkkantoor Feijenoord"))
        self.build([(self.tr("Onderwerp"), self.topic), (self.tr("Dag en tijd"), self.when),
                    (self.tr("Plaats"), self.place)])

    def save(self) -> None:
        self.service.plan_session(self.group_id, self.topic.currentData(), self.when.dateTime().toPython(),
                                  self.place.text())
