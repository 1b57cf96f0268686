"""Sync for a top-level window (coach or specialist): status-bar widget, background controller,
the Synchroniseren menu (F5), the conflicts and refused-changes dialogs, sign-in and revocation."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar, QMessageBox

from desktop.store import Store

from .sync_bar import SyncBar
from .sync_controller import SyncController
from .sync_status import pending_changes
from .tasks import DataBus, TaskRunner


class WindowSync(QObject):
    def __init__(self, window: QMainWindow, store: Store | None, runner: TaskRunner, bus: DataBus,
                 db=None) -> None:  # noqa: ANN001 - the window's Database when there is no store
        super().__init__(window)
        self.window, self.store, self.bus = window, store, bus
        self.db = store.db if store is not None else db
        self.wiped = False
        self.bar = SyncBar()
        window.statusBar().addPermanentWidget(self.bar)
        # Without a store (some tests) there is nothing to sync with: the bar only counts pending changes.
        self.controller: SyncController | None = None
        if store is not None:
            self.controller = SyncController(store, runner, bus, parent=self)
            self.controller.state_changed.connect(self.bar.show_state)
            self.controller.progress.connect(self.bar.show_progress)
            self.controller.revoked.connect(self._revoked)
            self.controller.auth_required.connect(self.sign_in)
            self.bar.sync_requested.connect(self.sync_now)
            self.bar.show_conflicts.connect(self.show_conflicts)
            self.bar.show_rejected.connect(self.show_rejected)
        else:
            self.bar.button.hide()

    def build_menu(self, bar: QMenuBar) -> QAction:
        """The Synchroniseren menu; returns the F5 action (also added to the window for its shortcut)."""
        menu = bar.addMenu(self.tr("&Synchroniseren"))
        self.sync_action = QAction(self.tr("Nu &synchroniseren"), self.window)
        from .icons import icon

        self.sync_action.setIcon(icon("sync"))
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        menu.addAction(self.sync_action)
        for text, slot in ((self.tr("&Conflicten…"), self.show_conflicts),
                           (self.tr("&Geweigerde wijzigingen…"), self.show_rejected)):
            action = QAction(text, self.window)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        sign_in = QAction(self.tr("&Aanmelden bij de centrale opslag…"), self.window)
        sign_in.triggered.connect(self.sign_in)
        menu.addAction(sign_in)
        for action in menu.actions():
            action.setEnabled(self.store is not None)
        self.window.addAction(self.sync_action)
        return self.sync_action

    def start(self) -> None:
        if self.controller is not None:
            self.controller.start()  # publishes the state once (refresh() would count it all a second time)
        else:
            self.refresh()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def refresh(self) -> None:
        if self.controller is not None:
            if not self.controller.running:
                self.controller._publish()
            return
        n = pending_changes(self.db)
        self.bar.label.setText(self.tr("Niet gesynchroniseerd — %n wijzigingen wachten", "", n) if n
                               else self.tr("Niet gesynchroniseerd — geen wijzigingen wachten"))

    def sync_now(self) -> None:
        """F5: sync now (also when the timer would wait longer)."""
        if self.controller is not None:
            self.controller.sync_now()

    def show_conflicts(self) -> None:
        from .sync_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self.db, self.window)
        dialog.exec()
        if dialog.resolved:
            self.bus.changed.emit("sync", "")
            self.sync_now()

    def show_rejected(self) -> None:
        from .sync_dialogs import RejectedDialog

        RejectedDialog(self.db, self.window).exec()
        self.refresh()

    def sign_in(self) -> None:
        """Sign this device in (again): server address, user name and the token from the team lead."""
        from .sign_in_dialog import SignInDialog

        if self.store is None:
            return
        if SignInDialog(self.store, self.window).exec():
            self.sync_now()

    def _revoked(self, message: str) -> None:
        QMessageBox.critical(self.window, "Wijkdesk", message)
        self.wiped = True  # nothing is left to save or to ask about
        self.window.close()
