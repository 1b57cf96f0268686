"""A small form dialog that saves through a service: rows, a red message line, Opslaan / Annuleren.
`save()` raises ServiceError to keep the dialog open with the reason shown (nothing typed is lost)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.errors import ServiceError


class SaveDialog(QDialog):
    def build(self, rows: list[tuple[str, QWidget]]) -> None:
        """Lay out the form rows, the message line and the buttons (call at the end of __init__)."""
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ServiceError as exc:
            self.message.setText(exc.for_user())
            return
        super().accept()
