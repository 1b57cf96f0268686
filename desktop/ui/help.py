"""Help ▸ Sneltoetsen (F1) and Help ▸ Over Wijkdesk."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcuts() -> list[tuple[str, str]]:
    return [
        ("Ctrl+F", QCoreApplication.translate("Help", "Zoeken in de caseload")),
        ("↓ / Enter", QCoreApplication.translate("Help", "Vanuit het zoekvak: naar de eerste gevonden werkzoekende / die openen")),
        ("Esc", QCoreApplication.translate("Help", "Zoekvak leegmaken")),
        ("Ctrl+N", QCoreApplication.translate("Help", "Nieuwe werkzoekende")),
        ("Ctrl+S", QCoreApplication.translate("Help", "Gegevens opslaan")),
        ("Ctrl+Shift+N", QCoreApplication.translate("Help", "Nieuw gesprek vastleggen")),
        ("Ctrl+P", QCoreApplication.translate("Help", "Verslag van het gekozen gesprek afdrukken")),
        ("Ctrl+Shift+P", QCoreApplication.translate("Help", "Brief afdrukken")),
        ("Ctrl+PgDown / Ctrl+PgUp", QCoreApplication.translate("Help", "Volgend / vorig tabblad van de werkzoekende")),
        ("Alt+1 … Alt+7", QCoreApplication.translate("Help", "Tabblad 1 tot 7 van de werkzoekende")),
        ("Ctrl+Shift+W", QCoreApplication.translate("Help", "Mijn week tonen of verbergen")),
        ("F5", QCoreApplication.translate("Help", "Nu synchroniseren")),
        ("F1", QCoreApplication.translate("Help", "Deze lijst")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        rows = shortcuts()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, (keys, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(keys))
            self.table.setItem(i, 1, QTableWidgetItem(what))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 460)


def about(parent: QWidget) -> None:
    try:
        version = metadata.version("wijkdesk")
    except metadata.PackageNotFoundError:
        version = "?"
    QMessageBox.about(parent, QCoreApplication.translate("Help", "Over Wijkdesk"), QCoreApplication.translate(
        "Help", "<b>Wijkdesk</b> {version}<br>Voor vaste begeleiders in de wijkteams van Rotterdam: caseload, "
        "gesprekken en afspraken, profiel, signalen en verzuim — ook offline.<br>De gegevens staan versleuteld "
        "op deze computer en worden met de centrale opslag gesynchroniseerd.").format(version=version))
