"""Conflicts (mine / theirs per field, choose or edit) and changes the central store refused."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.sync_review import conflicts, dismiss_refused, refused
from sync.client import resolve_conflict

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?")


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str) and (m := _ISO_DATE.match(value)):  # dates as the rest of the app shows them
        day = f"{m[3]}-{m[2]}-{m[1]}"
        return f"{day} {m[4]}" if m[4] else day
    if isinstance(value, bool):
        return QDialog.tr("ja") if value else QDialog.tr("nee")  # type: ignore[call-arg]
    return str(value)


class ConflictsDialog(QDialog):
    """Each row: what, field, my value, the central store's value; the user picks or edits."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Conflicten bij synchroniseren"))
        self.resize(860, 420)
        intro = QLabel(self.tr(
            "Iemand anders heeft hetzelfde veld ook gewijzigd. Nu staat de waarde van de centrale opslag "
            "erin. Kies per regel welke waarde moet blijven, of pas hem aan."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Veld"), self.tr("Mijn waarde"),
                                              self.tr("Waarde centrale opslag"), self.tr("Gewijzigd door"),
                                              self.tr("Gemeld op")])
        self.table.setWordWrap(True)
        # Both values in full, for the selected row: a table cell cuts a long summary short.
        self.detail = QLabel()
        self.detail.setObjectName("conflictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.mine = QPushButton(self.tr("Mijn waarde houden"))
        self.theirs = QPushButton(self.tr("Waarde centrale opslag houden"))
        self.edit = QPushButton(self.tr("Aanpassen…"))
        self.mine.clicked.connect(lambda: self._resolve("mine"))
        self.theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit.clicked.connect(lambda: self._resolve("edited"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.mine, self.theirs, self.edit):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.table.currentCellChanged.connect(lambda *_a: self._show_detail())
        self.resolved = 0
        self.reload()

    def reload(self) -> None:
        self.items = conflicts(self.db)
        self.table.setRowCount(len(self.items))
        for i, c in enumerate(self.items):
            when = c.seen_at.strftime("%d-%m-%Y %H:%M") if c.seen_at else ""
            for j, text in enumerate((c.what, c.field_label or c.field, _text(c.mine), _text(c.theirs),
                                      self._who(c), when)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if self.items:
            self.table.selectRow(0)
        self._show_detail()
        for b in (self.mine, self.theirs, self.edit):
            b.setEnabled(bool(self.items))

    def _show_detail(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            self.detail.clear()
            return
        c = self.items[row]
        self.detail.setText(self.tr(
            "<b>{field}</b> van {what}<br>Mijn waarde: {mine}<br>Waarde centrale opslag (gewijzigd door {who}, "
            "gemeld op {when}): {theirs}").format(
            field=escape(c.field_label or c.field), what=escape(c.what), mine=escape(_text(c.mine)),
            theirs=escape(_text(c.theirs)), who=escape(self._who(c)),
            when=c.seen_at.strftime("%d-%m-%Y %H:%M") if c.seen_at else "?"))

    def _who(self, c: Any) -> str:
        """'Anna de Wit, 01-12-2026 14:05': who made the central value and when, as far as the store said."""
        name = c.author or self.tr("een collega")
        return f"{name}, {c.changed_at.strftime('%d-%m-%Y %H:%M')}" if c.changed_at else name

    def _resolve(self, choice: str) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.items):
            return
        c = self.items[row]
        edited = None
        if choice == "edited":
            text, ok = QInputDialog.getText(self, self.tr("Waarde aanpassen"), c.field_label or c.field,
                                            text=_text(c.mine))
            if not ok:
                return
            edited = text
        resolve_conflict(self.db, c.id, choice, edited)
        self.resolved += 1
        self.reload()


class RejectedDialog(QDialog):
    """Changes the central store refused, with its reason; dismissed only by the user."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Geweigerde wijzigingen"))
        self.resize(860, 380)
        intro = QLabel(self.tr("De centrale opslag heeft deze wijzigingen niet overgenomen. De reden staat erbij. "
                               "Ze blijven hier staan tot u ze weghaalt."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rejectedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Wat"), self.tr("Velden"),
                                              self.tr("Reden")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.dismiss = QPushButton(self.tr("Gelezen, weghalen"))
        self.dismiss.clicked.connect(self._dismiss)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.dismiss)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.items = refused(self.db)
        self.table.setRowCount(len(self.items))
        for i, r in enumerate(self.items):
            for j, text in enumerate((r.when, r.what, r.fields, r.reason)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.dismiss.setEnabled(bool(self.items))

    def _dismiss(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            dismiss_refused(self.db, self.items[row].mutation_id)
            self.reload()
