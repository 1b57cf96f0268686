"""The duty to inform on a conversation or call (issue 17, sync/policy/duty_to_inform.py): discussed or not, and
the rights-and-duties folder handed over or discussed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget


class InformFields(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discussed = QCheckBox(self.tr("Informatieplicht besproken"))
        self.discussed.setObjectName("dutyToInformDiscussed")
        self.folder = QComboBox()
        self.folder.setObjectName("rightsFolder")
        for value, label in ((None, self.tr("Map rechten en plichten: niet")),
                             ("handed_over", self.tr("Map rechten en plichten overhandigd")),
                             ("discussed", self.tr("Map rechten en plichten besproken"))):
            self.folder.addItem(label, value)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.discussed)
        line.addWidget(self.folder, 1)
        self.discussed.toggled.connect(self.edited)
        self.folder.activated.connect(self.edited)

    def load(self, discussed: bool, folder: str | None) -> None:
        self.discussed.setChecked(bool(discussed))
        self.folder.setCurrentIndex(max(0, self.folder.findData(folder)))

    def values(self) -> dict[str, Any]:
        return {"duty_to_inform_discussed": self.discussed.isChecked(), "rights_folder": self.folder.currentData()}
