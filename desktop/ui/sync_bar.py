"""The sync part of the status bar: online/offline, last sync, pending changes, progress, problems."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from sync import clock

from .sync_controller import SyncState


class SyncBar(QWidget):
    show_conflicts = Signal()
    show_rejected = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("syncState")
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.conflicts = QPushButton()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setFlat(True)
        self.conflicts.hide()
        self.conflicts.clicked.connect(self.show_conflicts)
        self.rejected = QPushButton()
        self.rejected.setObjectName("syncRejected")
        self.rejected.setFlat(True)
        self.rejected.hide()
        self.rejected.clicked.connect(self.show_rejected)
        self.button = QPushButton(self.tr("Synchroniseren (F5)"))
        self.button.setObjectName("syncNow")
        self.button.setFlat(True)
        self.button.clicked.connect(self.sync_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.conflicts, self.rejected, self.progress, self.label, self.button):
            layout.addWidget(w)

    def show_state(self, state: SyncState) -> None:
        when = self.tr("nog niet")
        if state.last_sync is not None:  # a time today; the day too when it was longer ago
            when = state.last_sync.strftime("%H:%M" if state.last_sync.date() == clock.today() else "%d-%m-%Y %H:%M")
        pending = self.tr("%n wijzigingen wachten", "", state.pending) if state.pending else \
            self.tr("alles verstuurd")
        texts = {
            "not_signed_in": self.tr("Niet aangemeld bij de centrale opslag — {pending}"),
            "idle": self.tr("Online · laatst gesynchroniseerd {when} · {pending}"),
            "syncing": self.tr("Synchroniseren…"),
            "offline": self.tr("Offline · laatst gesynchroniseerd {when} · {pending} · wordt opnieuw geprobeerd"),
            "auth": self.tr("Opnieuw aanmelden nodig · {pending}"),
            "too_old": self.tr("Wijkdesk bijwerken nodig om te synchroniseren · {pending}"),
            "revoked": self.tr("Apparaat ingetrokken"),
            "error": self.tr("Synchroniseren mislukt · {pending} · wordt opnieuw geprobeerd"),
        }
        self.label.setText(texts.get(state.kind, state.kind).format(when=when, pending=pending))
        self.label.setToolTip(state.message)
        syncing = state.kind == "syncing"
        self.progress.setVisible(syncing)
        if syncing:
            self.progress.setRange(0, 0)
        self.button.setEnabled(not syncing and state.kind not in ("revoked", "not_signed_in"))
        self.conflicts.setVisible(state.conflicts > 0)
        self.conflicts.setText(self.tr("⚠ %n conflicten", "", state.conflicts))
        self.rejected.setVisible(state.rejected > 0)
        self.rejected.setText(self.tr("✖ %n geweigerd", "", state.rejected))

    def show_progress(self, phase: str, done: int, total: int) -> None:
        self.progress.show()
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.label.setText(self.tr("Versturen… {done}/{total}").format(done=done, total=total) if phase == "push"
                           else self.tr("Ontvangen… {done}").format(done=done))
