"""The personal-details form, shared by the Overzicht tab and the "Nieuwe werkzoekende" dialog.

The form holds text as typed; the service validates. Errors from `ValidationError.errors`
appear in red under the field they belong to, and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.caseload import ClientDetails

TWO_COLUMNS_FROM = 760  # px of form width
DATE_FIELDS = ("date_of_birth", "benefit_start", "benefit_end", "aftercare_until", "work_duty_exemption_from",
               "work_duty_exemption_until")
FORM_FIELDS = ("bsn", "first_name", "name_prefix", "last_name", "date_of_birth", "preferred_language",
               "phone", "email", "street", "house_number", "house_number_suffix", "postcode", "city",
               "benefit_status", "benefit_start", "benefit_end", "aftercare_until", "contact_every_weeks",
               "work_duty_exemption", "work_duty_exemption_from", "work_duty_exemption_until")


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class ClientForm(QWidget):
    """Editors for the client's personal details with an error label under each."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._loaded: dict[str, str] = {}
        self._captions: list[QLabel] = []

        person = self._group(self.tr("Persoon"), [
            ("bsn", self.tr("BSN"), self._line(11, "123456782")),
            ("first_name", self.tr("Voornaam"), self._line(100)),
            ("name_prefix", self.tr("Tussenvoegsel"), self._line(30, self.tr("bijv. van der"))),
            ("last_name", self.tr("Achternaam"), self._line(150)),
            ("date_of_birth", self.tr("Geboortedatum"), self._line(10, self.tr("dd-mm-jjjj"))),
            ("preferred_language", self.tr("Voorkeurstaal"),
             self._combo([("nl", self.tr("Nederlands")), ("en", self.tr("Engels"))])),
        ])
        contact = self._group(self.tr("Contact en adres"), [
            ("phone", self.tr("Telefoon"), self._line(40, "06 12345678")),
            ("email", self.tr("E-mail"), self._line(200)),
            ("street", self.tr("Straat"), self._line(150)),
            ("house_number", self.tr("Huisnummer"), self._line(5)),
            ("house_number_suffix", self.tr("Toevoeging"), self._line(10, self.tr("bijv. A of bis"))),
            ("postcode", self.tr("Postcode"), self._line(7, "1234 AB")),
            ("city", self.tr("Plaats"), self._line(100)),
        ])
        benefit = self._group(self.tr("Uitkering"), [
            ("benefit_status", self.tr("Uitkeringsstatus"),
             self._combo([("applicant", self.tr("Aanvraag")), ("active", self.tr("Lopend")),
                          ("ended", self.tr("Beëindigd"))])),
            ("benefit_start", self.tr("Begin uitkering"), self._line(10, self.tr("dd-mm-jjjj"))),
            ("benefit_end", self.tr("Einde uitkering"), self._line(10, self.tr("dd-mm-jjjj"))),
            ("aftercare_until", self.tr("Nazorg tot"), self._line(10, self.tr("dd-mm-jjjj"))),
            # issue 17: the contact rhythm and the work-duty exemption (reason, first day, end date)
            ("contact_every_weeks", self.tr("Contact elke … weken"), self._line(2, "4")),
            ("work_duty_exemption", self.tr("Ontheffing arbeidsplicht"), self._line(200, self.tr("reden"))),
            ("work_duty_exemption_from", self.tr("Ontheffing vanaf"), self._line(10, self.tr("dd-mm-jjjj"))),
            ("work_duty_exemption_until", self.tr("Ontheffing tot en met"), self._line(10, self.tr("dd-mm-jjjj"))),
        ])
        # One label width for all groups, so the fields line up from group to group.
        width = max(c.sizeHint().width() for c in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._groups = (person, contact, benefit)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange(1)

    def _arrange(self, columns: int) -> None:
        """One column in a narrow pane, two side by side when there is room."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        person, contact, benefit = self._groups
        for group in self._groups:
            grid.removeWidget(group)
        for i in range(4):
            grid.setRowStretch(i, 0)
            grid.setColumnStretch(i, 0)
        if columns == 1:
            grid.addWidget(person, 0, 0)
            grid.addWidget(contact, 1, 0)
            grid.addWidget(benefit, 2, 0)
            grid.setRowStretch(3, 1)
            grid.setColumnStretch(0, 1)
        else:
            grid.addWidget(person, 0, 0)
            grid.addWidget(benefit, 1, 0)
            grid.addWidget(contact, 0, 1, 2, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(2, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)

    # -- building ----------------------------------------------------------------------------
    def _line(self, max_len: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_len + 20)  # the service reports "te lang" itself, in words
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self.edited)
        return edit

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for value, label in items:
            box.addItem(label, value)
        box.activated.connect(self.edited)
        return box

    def _group(self, title: str, rows: list[tuple[str, str, QLineEdit | QComboBox]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for name, label, editor in rows:
            editor.setObjectName(name)
            error = QLabel()
            error.setObjectName(f"{name}_error")
            error.setProperty("role", "fieldError")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(editor)
            self._captions.append(caption)
            form.addRow(caption, cell)
            self.editors[name] = editor
            self.errors[name] = error
        return group

    # -- values ------------------------------------------------------------------------------
    def clear(self) -> None:
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData("active" if name == "benefit_status" else "nl")))
            else:
                editor.clear()
        self._loaded = self.values()
        self.clear_errors()

    def load(self, details: ClientDetails) -> None:
        for name in FORM_FIELDS:
            value: Any = getattr(details, name)
            editor = self.editors[name]
            if isinstance(editor, QComboBox):
                if value == "aftercare":  # older or synced rows: aftercare is an ended benefit
                    value = "ended"
                i = editor.findData(value)
                editor.setCurrentIndex(i if i >= 0 else 0)
            elif name in DATE_FIELDS:
                editor.setText(format_date(value))
            else:
                editor.setText("" if value is None else str(value))
        self._loaded = self.values()
        self.clear_errors()

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, editor in self.editors.items():
            out[name] = editor.currentData() if isinstance(editor, QComboBox) else editor.text().strip()
        return out

    def changes(self) -> dict[str, str]:
        """Only the fields that differ from what was loaded (an update sends just these)."""
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def mark_saved(self) -> None:
        self._loaded = self.values()

    # -- errors ------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        first: QWidget | None = None
        for name, message in errors.items():
            label = self.errors.get(name)
            if label is None:
                continue
            label.setText(message)
            label.show()
            self._mark(self.editors[name], True)
            self.editors[name].setToolTip(message)
            first = first or self.editors[name]
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            if self.editors[name].property("invalid"):
                self._mark(self.editors[name], False)
            self.editors[name].setToolTip("")

    @staticmethod
    def _mark(editor: QWidget, invalid: bool) -> None:
        editor.setProperty("invalid", invalid)
        editor.style().unpolish(editor)  # re-apply the style sheet's [invalid="true"] rule
        editor.style().polish(editor)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""
