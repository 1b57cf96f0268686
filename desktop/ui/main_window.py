"""The main window: caseload on the left, the open client on the right, sync state below."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QSplitter, QWidget

from desktop.models import Database
from desktop.services.context import Actor
from desktop.store import Store

from .caseload_view import CaseloadView
from .client_pane import ClientPane
from .help import ShortcutsDialog, about
from .icons import icon
from .new_client_dialog import NewClientDialog
from .settings import LANGUAGES, save_language, saved_language, ui_settings
from .tasks import DataBus, TaskRunner
from .window_sync import WindowSync

if TYPE_CHECKING:
    from .conversations_tab import ConversationsTab
    from .week_view import WeekView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, language: str = "nl", parent: QWidget | None = None,
                 store: Store | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.language, self.store = db, actor, language, store
        self.setWindowTitle("Wijkdesk")
        self.setObjectName("mainWindow")
        self.bus = DataBus(self)
        self.runner = TaskRunner(self)

        self.caseload = CaseloadView(db, actor, self.runner)
        self.pane = ClientPane(db, actor, self.bus, self.runner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.caseload.setMinimumWidth(340)  # name and next meeting; other columns hide (caseload_view)
        self.setCentralWidget(self.splitter)

        self._week: WeekView | None = None  # built when first shown (see `week`): the caseload comes up sooner
        self.week_dock = QDockWidget(self.tr("Mijn week"), self)
        self.week_dock.setObjectName("weekDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.week_dock)
        self.week_dock.hide()

        self.window_sync = WindowSync(self, store, self.runner, self.bus, db=db)
        if self.window_sync.controller is not None:
            self.window_sync.controller.state_changed.connect(self.caseload.note_sync_state)
        self.sync_bar = self.window_sync.bar
        self.sync_label = self.sync_bar.label
        self.sync = self.window_sync.controller

        self._build_actions()
        self.caseload.client_selected.connect(self._open_client)
        self.caseload.opened.connect(lambda: self.pane.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.week_dock.visibilityChanged.connect(self._week_visibility)
        self.pane.closed.connect(self.caseload.forget_current)
        self.bus.changed.connect(self._on_changed)
        # 1280x800 where it fits; a smaller screen (1024x768) gets the whole available area, not a window
        # whose status bar and right side lie beyond its edge (no window manager shrinks it on some set-ups)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1280, screen.width()) if screen else 1280, min(800, screen.height()) if screen else 800)
        self._restore_state()

        self.caseload.load_now()
        self.window_sync.start()

    @property
    def week(self) -> WeekView:
        """'Mijn week', made on first use (its module and services are not loaded at start-up)."""
        if self._week is None:
            from .week_view import WeekView

            self._week = WeekView(self.db, self.actor, self.runner)
            self._week.open_client.connect(self.open_client)
            self.week_dock.setWidget(self._week)
        return self._week

    # -- instrumentenhuis ------------------------------------------------------------------
    def show_catalogue(self) -> QWidget:
        from .catalogue_view import CatalogueView

        self._catalogue = CatalogueView(self.db, self.actor, self)
        self._catalogue.show()
        return self._catalogue

    def show_effectiveness(self) -> QWidget:
        from .effectiveness_view import EffectivenessView

        self._effectiveness = EffectivenessView(self.db, self.actor, self)
        self._effectiveness.show()
        return self._effectiveness

    # -- werk.nl and team figures ----------------------------------------------------------
    def show_werknl(self) -> QWidget:
        from .werknl_view import WerknlView

        self._werknl = WerknlView(self.db, self.actor, self)
        self._werknl.setWindowFlag(Qt.WindowType.Window)
        self._werknl.show()
        return self._werknl

    def show_figures(self) -> QWidget:
        from .figures_view import FiguresView

        self._figures = FiguresView(self.db, self.actor, self)
        self._figures.central_requested.connect(self.show_central_figures)
        self._figures.setWindowFlag(Qt.WindowType.Window)
        self._figures.show()
        return self._figures

    def show_central_figures(self) -> QWidget:
        from .central_figures_view import CentralFiguresView

        self._central_figures = CentralFiguresView(self.db, self.actor, self, runner=self.runner)
        self._central_figures.setWindowFlag(Qt.WindowType.Window)
        self._central_figures.show()
        return self._central_figures

    # -- the absence approach (seed 004) ----------------------------------------------------
    def show_approach(self) -> QWidget:
        from .approach_view import ApproachView

        self._approach = ApproachView(self.db, self.actor, self)
        self._approach.setWindowFlag(Qt.WindowType.Window)
        self._approach.show()
        return self._approach

    def show_door_visits(self) -> QWidget:
        from .door_visits_view import DoorVisitsView

        self._door_visits = DoorVisitsView(self.db, self.actor, self)
        self._door_visits.setWindowFlag(Qt.WindowType.Window)
        self._door_visits.show()
        return self._door_visits

    # -- actions ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuwe werkzoekende…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_client)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        client_menu = bar.addMenu(self.tr("&Werkzoekende"))
        self.save_action = QAction(self.tr("&Opslaan"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.pane.save)
        client_menu.addAction(self.save_action)
        self.delete_action = QAction(self.tr("&Verwijderen…"), self)
        self.delete_action.triggered.connect(self.pane.delete)
        client_menu.addAction(self.delete_action)
        client_menu.addSeparator()
        self.new_conversation_action = QAction(self.tr("Nieuw &gesprek…"), self)
        self.new_conversation_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_conversation_action.triggered.connect(self.new_conversation)
        client_menu.addAction(self.new_conversation_action)
        self.plan_action = QAction(self.tr("Gesprek &plannen…"), self)
        self.plan_action.triggered.connect(self.plan_meeting)
        client_menu.addAction(self.plan_action)
        self.print_action = QAction(self.tr("Verslag &afdrukken…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_conversation)
        client_menu.addAction(self.print_action)
        self.letter_action = QAction(self.tr("&Brief afdrukken…"), self)
        self.letter_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.letter_action.triggered.connect(self.print_letter)
        client_menu.addAction(self.letter_action)

        view_menu = bar.addMenu(self.tr("Bee&ld"))
        self.find_action = QAction(self.tr("&Zoeken"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.caseload.focus_search)
        view_menu.addAction(self.find_action)
        self.week_action = QAction(self.tr("Mijn &week"), self, checkable=True)
        self.week_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.week_action.triggered.connect(self.toggle_week)
        view_menu.addAction(self.week_action)
        view_menu.addSeparator()
        self.catalogue_action = QAction(self.tr("&Catalogus (instrumentenhuis)…"), self)
        self.catalogue_action.triggered.connect(self.show_catalogue)
        view_menu.addAction(self.catalogue_action)
        self.effectiveness_action = QAction(self.tr("&Effectiviteit van instrumenten…"), self)
        self.effectiveness_action.triggered.connect(self.show_effectiveness)
        view_menu.addAction(self.effectiveness_action)
        view_menu.addSeparator()
        self.werknl_action = QAction(self.tr("Inschrijving &werk.nl…"), self)
        self.werknl_action.triggered.connect(self.show_werknl)
        view_menu.addAction(self.werknl_action)
        # The device holds only its own caseload: team figures come from the central store (issue 16).
        self.central_figures_action = QAction(self.tr("C&ijfers (centrale opslag)…"), self)
        self.central_figures_action.triggered.connect(self.show_central_figures)
        view_menu.addAction(self.central_figures_action)
        self.approach_action = QAction(self.tr("&Verzuimaanpak: voorstellen en groepen…"), self)
        self.approach_action.triggered.connect(self.show_approach)
        self.approach_action.setVisible(self.actor.role in ("team_lead", "admin"))  # the coordinator's window
        view_menu.addAction(self.approach_action)
        self.door_visits_action = QAction(self.tr("V&oordeurbezoeken…"), self)
        self.door_visits_action.triggered.connect(self.show_door_visits)
        self.door_visits_action.setVisible(self.actor.role in ("absence_team", "admin"))
        view_menu.addAction(self.door_visits_action)
        self.figures_action = QAction(self.tr("Cijfers van &dit apparaat…"), self)
        self.figures_action.triggered.connect(self.show_figures)
        view_menu.addAction(self.figures_action)
        self.sync_action = self.window_sync.build_menu(bar)
        lang_menu = view_menu.addMenu(self.tr("&Taal"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = saved_language() or self.language
        for lang, label in zip(LANGUAGES, ("Nederlands", "English"), strict=True):
            action = QAction(label, self, checkable=True)
            action.setChecked(lang == current)
            action.triggered.connect(lambda _checked=False, lang=lang: self.choose_language(lang))
            group.addAction(action)
            lang_menu.addAction(action)
            self.language_actions[lang] = action
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Sneltoetsen"), self)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        about_action = QAction(self.tr("&Over Wijkdesk"), self)
        about_action.triggered.connect(lambda: about(self))
        help_menu.addAction(about_action)
        # Tabs of the open client from anywhere in the window: Ctrl+PgDown/PgUp and Alt+1…7.
        self.tab_actions: list[QAction] = []
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, step=step: self.step_tab(step))
            self.tab_actions.append(action)
        for n in range(1, 8):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.triggered.connect(lambda _c=False, n=n: self.go_to_tab(n - 1))
            self.tab_actions.append(action)
        about_action.setIcon(icon("about"))
        for action, name in ((self.new_action, "new_client"), (self.save_action, "save"),
                             (self.delete_action, "delete"), (self.new_conversation_action, "new_conversation"),
                             (self.plan_action, "plan"), (self.print_action, "print"),
                             (self.letter_action, "letter"), (self.find_action, "find"),
                             (self.week_action, "week"), (self.shortcuts_action, "shortcuts")):
            action.setIcon(icon(name))
        for action in (self.new_action, self.save_action, self.find_action, self.new_conversation_action,
                       self.week_action, self.print_action, self.letter_action, self.shortcuts_action,
                       *self.tab_actions):
            self.addAction(action)  # shortcuts work while the menu bar is hidden too

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def step_tab(self, step: int) -> None:
        tabs = self.pane.tabs
        if self.pane.client_id is not None and tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def go_to_tab(self, index: int) -> None:
        if self.pane.client_id is not None and 0 <= index < self.pane.tabs.count():
            self.pane.tabs.setCurrentIndex(index)

    def new_client(self) -> None:
        if not self.pane.confirm_leave():
            return
        dialog = NewClientDialog(self.db, self.actor, self)
        if dialog.exec() and dialog.created is not None:
            created = dialog.created
            self.pane.show_client(created.id)
            self.caseload.remember(created.id)
            self.bus.changed.emit("client", created.id)
            self.statusBar().showMessage(self.tr("{name} is toegevoegd.").format(name=created.display_name), 5000)

    def _conversations_tab(self) -> ConversationsTab | None:
        from .conversations_tab import ConversationsTab

        tab = self.pane.tab(ConversationsTab)
        if tab is None or self.pane.client_id is None:
            self.statusBar().showMessage(self.tr("Open eerst een werkzoekende."), 5000)
            return None
        self.pane.tabs.setCurrentWidget(tab)
        return tab  # type: ignore[return-value]

    def new_conversation(self) -> None:
        """Ctrl+Shift+N: record a conversation with the open client."""
        tab = self._conversations_tab()
        if tab is not None:
            tab.new_conversation()

    def print_conversation(self) -> None:
        """Ctrl+P: the selected conversation's summary for the client — preview, print or save."""
        from desktop.services.printing import ConversationPrinter

        tab = self._conversations_tab()
        if tab is None:
            return  # it said "Open eerst een werkzoekende."
        conversation = tab.current_conversation()
        if conversation is None:
            self.statusBar().showMessage(self.tr("Kies eerst een gesprek in de lijst."), 5000)
            return
        printer = ConversationPrinter(self.db, self.actor)
        self.statusBar().showMessage(self.tr("Verslag wordt gemaakt…"))
        self.runner.run(lambda: (printer.render(conversation.id), printer.suggested_filename(conversation.id)),
                        on_done=self._show_preview, on_error=self._print_failed)

    def print_letter(self) -> None:
        """Ctrl+Shift+P: a letter for the open client; the kind follows the tab the coach is on."""
        from .letters import LetterDialog, kind_for_tab

        if self.pane.client_id is None:
            self.statusBar().showMessage(self.tr("Open eerst een werkzoekende."), 5000)
            return
        kind, for_id = kind_for_tab(self.pane.tabs.currentWidget())
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, self.bus, self.pane.client_id,
                                          kind, for_id, self)
        self.letter_dialog.open()

    def _show_preview(self, made: tuple[bytes, str]) -> None:
        from .print_preview import PrintPreviewDialog

        self.statusBar().clearMessage()
        self.preview = PrintPreviewDialog(made[0], made[1], self)
        self.preview.open()

    def _print_failed(self, exc: BaseException) -> None:
        from desktop.services.errors import ServiceError

        self.statusBar().clearMessage()
        if not isinstance(exc, ServiceError):
            raise exc
        QMessageBox.information(self, self.tr("Verslag"), str(exc))

    def plan_meeting(self) -> None:
        tab = self._conversations_tab()
        if tab is not None:
            tab.plan_meeting()

    def toggle_week(self, show: bool | None = None) -> None:
        """Ctrl+Shift+W: show (and focus) or hide 'Mijn week'."""
        show = not self.week_dock.isVisible() if show is None or not isinstance(show, bool) else show
        self.week_dock.setVisible(show)
        if show:
            self.week_dock.raise_()
            self.week.focus_list()

    def _week_visibility(self, visible: bool) -> None:
        self.week_action.setChecked(visible)
        if visible:
            self.week.reload()
            # Docked below, it gets enough height to read a group or two (its size hint gives two rows). After the
            # layout has taken the newly shown dock in: sooner, the size hint wins again.
            QTimer.singleShot(0, self._week_height)

    def _week_height(self) -> None:
        wanted = max(240, self.height() * 2 // 5)
        if self.week_dock.isVisible() and not self.week_dock.isFloating() and self.week_dock.height() < wanted - 40:
            self.resizeDocks([self.week_dock], [wanted], Qt.Orientation.Vertical)

    def open_client(self, client_id: str) -> None:
        """Open a client from elsewhere (the week view): in the caseload list when it is shown there."""
        if client_id == self.pane.client_id:
            self.pane.tabs.setFocus()
            return
        if self.caseload.select_client(client_id):  # -> client_selected -> _open_client
            return
        if self.pane.client_id and not self.pane.confirm_leave():
            return
        if self.pane.show_client(client_id):
            self.caseload.forget_current()
            self.caseload.remember(client_id)

    def choose_language(self, lang: str) -> None:
        save_language(lang)
        QMessageBox.information(self, self.tr("Taal"), self.tr(
            "De taal wordt gewijzigd bij de volgende start van Wijkdesk."))

    # -- reacting --------------------------------------------------------------------------
    def _open_client(self, client_id: str) -> None:
        previous = self.pane.client_id
        if previous and previous != client_id and not self.pane.confirm_leave():
            self.caseload.remember(previous)
            self.caseload.select_client(previous)
            return
        self.pane.show_client(client_id)

    def _on_changed(self, entity: str, _id: str) -> None:
        if entity in ("client", "conversation", "agreement", "sync"):
            self.caseload.reload()  # its figures: next meeting, open and overdue agreements
        if self.week_dock.isVisible():
            self.week.reload()
        self.refresh_sync_state()

    def refresh_sync_state(self) -> None:
        self.window_sync.refresh()

    def sync_now(self) -> None:
        self.window_sync.sync_now()

    # -- state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = ui_settings()
        geometry = s.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = s.value("mainWindow/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        splitter = s.value("mainWindow/splitter")
        if isinstance(splitter, QByteArray | bytes) and self.splitter.restoreState(splitter):
            return
        self.splitter.setSizes([640, 640])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.window_sync.wiped and not self.pane.confirm_leave():
            event.ignore()
            return
        s = ui_settings()
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/splitter", self.splitter.saveState())
        s.setValue("mainWindow/state", self.saveState())
        self.window_sync.stop()
        self.runner.wait()
        event.accept()
