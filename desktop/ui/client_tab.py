"""The contract for a tab in the client pane (Overzicht, Gesprekken, Tijdlijn, Profiel, Signalen, ...).

A tab gets the database, the actor, the app-wide DataBus and the TaskRunner; the pane calls
`set_client` when another client is opened (None = no client). A tab reloads itself when the bus
says something it shows has changed, and emits `bus.changed` after it changed data itself.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.models import Database
from desktop.services.context import Actor

from .tasks import DataBus, TaskRunner


class ClientTab(QWidget):
    # A tab whose reading is an audited view loads only when it is actually shown: opening a
    # client is then one view in the audit trail, not one per tab.
    load_when_shown = False

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.bus, self.runner = db, actor, bus, runner
        self.client_id: str | None = None
        self._stale = False
        self._loads = 0  # how often load() ran (tests, and tabs that reload after their own change)

    def title(self) -> str:
        raise NotImplementedError

    def set_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        """Show the current client's data (called on set_client and when the bus reports a change)."""
        if self.load_when_shown and self.client_id is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._loads += 1
        self.load()

    def load(self) -> None:
        """Read and show the data; subclasses implement this."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()
