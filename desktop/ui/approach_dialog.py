"""The absence approach (seed 004) for the coach: propose the client with the reasons and a written note (no score,
no predefined target group); a line on the client's absences tab says where the client stands and which group
meetings they attended."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.models import Database
from desktop.services.absence_approach import AbsenceApproachService, reason_labels, status_text
from desktop.services.approach_groups import ApproachGroupService, attendance_labels, topic_labels
from desktop.services.context import Actor

from .save_dialog import SaveDialog


class ApproachProposalDialog(SaveDialog):
    def __init__(self, db: Database, actor: Actor, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approachProposalDialog")
        self.setWindowTitle(self.tr("Voorstellen voor de verzuimaanpak"))
        self.service = AbsenceApproachService(db, actor)
        self.client_id = client_id
        self.reasons: dict[str, QCheckBox] = {}
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        for code, label in reason_labels().items():
            self.reasons[code] = QCheckBox(label)
            col.addWidget(self.reasons[code])
        self.note = QPlainTextEdit()
        self.note.setObjectName("approachNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Wat u zag, in woorden: welke afspraken of verplichtingen, wanneer. "
                                             "Geen score."))
        hint = QLabel(self.tr("De coördinator kijkt of ernstige belemmeringen het verzuim al verklaren en laat "
                              "toe of sluit uit, met de reden."))
        hint.setWordWrap(True)
        self.build([(self.tr("Reden"), box), (self.tr("Toelichting"), self.note), ("", hint)])
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.service.propose(self.client_id, [c for c, box in self.reasons.items() if box.isChecked()],
                             self.note.toPlainText())


class ApproachBox(QWidget):
    """On the client's absences tab: the approach's state, the group meetings with attendance, and the proposal."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approachBox")
        self._db, self._actor = db, actor
        self.client_id: str | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("approachState")
        self.button = QPushButton(self.tr("Verzuimaanpak…"))
        self.button.setObjectName("approachPropose")
        self.button.setToolTip(self.tr("Voorstellen voor de verzuimaanpak, met de reden en een toelichting"))
        self.button.clicked.connect(self.propose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.button)

    def show_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        if not client_id:
            self.state.clear()
            return
        details = AbsenceApproachService(self._db, self._actor).details(client_id)
        lines = [status_text(details)]
        topics, marks = topic_labels(), attendance_labels()
        for sess, mark in ApproachGroupService(self._db, self._actor).for_client(client_id):
            lines.append(f"{sess.starts_at:%d-%m %H:%M} {topics.get(sess.topic, sess.topic)}: {marks.get(mark, '—')}")
        self.state.setText("\n".join(lines))

    def propose(self) -> None:
        if self.client_id and ApproachProposalDialog(self._db, self._actor, self.client_id, self).exec():
            self.show_client(self.client_id)
