"""The contract for a tab in the client pane (Overzicht, Gesprekken, Tijdlijn, Profiel, Signalen, ...).

A tab gets the database, the actor, the app-wide DataBus and the TaskRunner; the pane calls
`set_client` when another client is opened (None = no client). A tab reloads itself when the bus
says something it shows has changed, and emits `bus.changed` after it changed data itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.models import Database
from desktop.services.context import Actor

from .tasks import DataBus, TaskRunner


class ClientTab(QWidget):
    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.bus, self.runner = db, actor, bus, runner
        self.client_id: str | None = None

    def title(self) -> str:
        raise NotImplementedError

    def set_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        """Show the current client's data (called on set_client and when the bus reports a change)."""
