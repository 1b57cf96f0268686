"""ClientTab "Gesprekken": the client's conversations and planned meetings, and their agreements.

Both lists are QAbstractTableModels over the service's dataclasses: one call each
(ConversationService.list_for_client is two queries whatever the count), so a client with 500
conversations and 1,000 agreements opens well within 100 ms.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.conversations import (
    AgreementData,
    AgreementService,
    ConversationData,
    ConversationService,
)
from desktop.services.errors import ServiceError
from desktop.services.timeline import agreement_status_labels

from .agreement_dialog import AgreementDialog
from .agreement_rows import ERROR_COLOR, format_moment, known_specialists
from .client_tab import ClientTab
from .columns import stretch_column
from .conversation_dialog import ConversationDialog
from .conversation_models import (
    AgreementModel,
    ConversationModel,
    _table,
    first_line,
)
from .empty_state import EmptyState
from .flow_layout import FlowLayout
from .icons import icon
from .tasks import DataBus, TaskRunner

log = logging.getLogger(__name__)


class ConversationsTab(ClientTab):
    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("conversationsTab")
        self.conversations = ConversationService(db, actor)
        self.agreements = AgreementService(db, actor)
        self.conv_model = ConversationModel(self)
        self.agr_model = AgreementModel(actor.today(), self)

        self.conv_table = _table(self.conv_model, "conversationTable")
        fm = self.conv_table.fontMetrics()
        hh = self.conv_table.horizontalHeader()
        for col, sample in {0: "00-00-0000 00:00", 1: "Gepland: Heronderzoek", 2: "Telefonisch",
                            4: "Afspraken"}.items():
            hh.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        stretch_column(self.conv_table, 3)  # the summary: never cut below its header
        self.agr_table = _table(self.agr_model, "agreementTable")
        hh = self.agr_table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, sample in {1: "Werkzoekende", 2: "00-00-0000",
                            3: "Niet gelukt (00-00-0000)", 4: "Gedeeld"}.items():
            hh.resizeSection(col, fm.horizontalAdvance(sample) + 24)

        def button(text: str, name: str, slot: Any, tip: str = "") -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setAutoDefault(False)
            if tip:
                b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.new_button = button(self.tr("&Nieuw gesprek…"), "newConversation", self.new_conversation,
                                 self.tr("Een gehouden gesprek vastleggen (Ctrl+Shift+N)"))
        self.plan_button = button(self.tr("Gesprek &plannen…"), "planMeeting", self.plan_meeting)
        self.hold_button = button(self.tr("&Gehouden…"), "holdMeeting", self.hold_meeting,
                                  self.tr("Het geplande gesprek heeft plaatsgevonden: leg het vast"))
        self.edit_button = button(self.tr("&Bewerken…"), "editConversation", self.edit_conversation)
        self.delete_button = button(self.tr("Verwijderen…"), "deleteConversation", self.delete_conversation)
        for b, name in ((self.new_button, "new_conversation"), (self.plan_button, "plan"),
                        (self.hold_button, "held"), (self.edit_button, "edit"), (self.delete_button, "delete")):
            b.setIcon(icon(name))
        conv_buttons = FlowLayout()
        conv_buttons.add_widgets(self.new_button, self.plan_button, self.hold_button, self.edit_button)
        conv_buttons.add_right(self.delete_button)

        self.agr_title = QLabel()
        self.agr_title.setObjectName("agreementsTitle")
        self.new_agr_button = button(self.tr("Nieuwe &afspraak…"), "newAgreement", self.new_agreement)
        self.edit_agr_button = button(self.tr("Afspraak be&werken…"), "editAgreement", self.edit_agreement)
        self.done_button = button(self.tr("&Gedaan"), "agreementDone", lambda: self.set_status("done"),
                                  self.tr("Markeer als gedaan, vandaag"))
        self.missed_button = button(self.tr("N&iet gelukt"), "agreementMissed", lambda: self.set_status("missed"),
                                    self.tr("Markeer als niet gelukt, vandaag"))
        self.cancel_button = button(self.tr("&Vervallen"), "agreementCancelled",
                                    lambda: self.set_status("cancelled"),
                                    self.tr("Markeer als vervallen, vandaag"))
        self.reopen_button = button(self.tr("&Heropenen"), "agreementReopen", lambda: self.set_status("open"))
        self.delete_agr_button = button(self.tr("Verwijderen…"), "deleteAgreement", self.delete_agreement)
        agr_buttons = FlowLayout()
        agr_buttons.add_widgets(self.new_agr_button, self.edit_agr_button, self.done_button, self.missed_button,
                                self.cancel_button, self.reopen_button)
        agr_buttons.add_right(self.delete_agr_button)

        self.message = QLabel()
        self.message.setObjectName("tabMessage")
        self.message.setWordWrap(True)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(conv_buttons)
        tl.addWidget(self.conv_table, 1)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.agr_title)
        bl.addWidget(self.agr_table, 1)
        bl.addLayout(agr_buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        EmptyState(self.conv_table, self.tr("Nog geen gesprekken. Leg er een vast met ‘Nieuw gesprek…’ "
                                            "(Ctrl+Shift+N) of plan er een."))
        EmptyState(self.agr_table, self.tr("Nog geen afspraken met deze werkzoekende."))
        self.conv_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.agr_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.conv_table.activated.connect(lambda _i: self.open_selected_conversation())
        self.agr_table.activated.connect(lambda _i: self.edit_agreement())
        QShortcut(QKeySequence.StandardKey.Delete, self.conv_table, activated=self.delete_conversation,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.agr_table, activated=self.delete_agreement,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Gesprekken")

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        keep_conv, keep_agr = self.current_conversation(), self.current_agreement()
        if self.client_id is None:
            self.conv_model.set_rows([])
            self.agr_model.set_rows([])
        else:
            names = {s.id: s.name for s in known_specialists(self.db)}
            self.conv_model.set_rows(self.conversations.list_for_client(self.client_id))
            self.agr_model.today = self.actor.today()
            self.agr_model.set_rows(self.agreements.list_for_client(self.client_id), names)
        self._select(self.conv_table, self.conv_model.row_of(keep_conv.id) if keep_conv else -1)
        self._select(self.agr_table, self.agr_model.row_of(keep_agr.id) if keep_agr else -1)
        overdue = self.agr_model.overdue_count()
        text = self.tr("Afspraken")
        if overdue:
            text += ' — <span style="color:{c}"><b>{n}</b></span>'.format(
                c=ERROR_COLOR, n=self.tr("{n} te laat").format(n=overdue))
        self.agr_title.setText(f"<b>{text}</b>" if not overdue else text)
        self._update_buttons()

    @staticmethod
    def _select(table: QTableView, row: int) -> None:
        if row >= 0:
            table.selectRow(row)

    def current_conversation(self) -> ConversationData | None:
        i = self.conv_table.currentIndex()
        return self.conv_model.row_at(i.row()) if i.isValid() and i.row() < self.conv_model.rowCount() else None

    def current_agreement(self) -> AgreementData | None:
        i = self.agr_table.currentIndex()
        return self.agr_model.row_at(i.row()) if i.isValid() and i.row() < self.agr_model.rowCount() else None

    def _update_buttons(self, *_args: Any) -> None:
        has_client = self.client_id is not None
        c, a = self.current_conversation(), self.current_agreement()
        for b in (self.new_button, self.plan_button, self.new_agr_button):
            b.setEnabled(has_client)
        ahead = c is not None and c.planned and c.held_at.date() > self.actor.today()
        self.hold_button.setEnabled(c is not None and c.planned and not ahead)
        self.hold_button.setToolTip(
            self.tr("Dit gesprek staat pas op {date}: vastleggen kan op of na die dag.").format(
                date=c.held_at.strftime("%d-%m-%Y")) if ahead and c is not None else
            self.tr("Het geplande gesprek heeft plaatsgevonden: leg het vast"))
        self.edit_button.setEnabled(c is not None)
        self.delete_button.setEnabled(c is not None)
        is_open = a is not None and a.status == "open"
        for b in (self.done_button, self.missed_button, self.cancel_button):
            b.setEnabled(is_open)
        self.reopen_button.setEnabled(a is not None and a.status != "open")
        self.edit_agr_button.setEnabled(a is not None)
        self.delete_agr_button.setEnabled(a is not None)

    # -- conversations ---------------------------------------------------------------------
    def _client_name(self) -> str:
        """The open client's name, from the pane this tab sits in (for dialog titles)."""
        w = self.parentWidget()
        while w is not None:
            details = getattr(w, "details", None)
            if details is not None and getattr(details, "id", None) == self.client_id:
                return str(details.display_name)
            w = w.parentWidget()
        return ""

    def _run_dialog(self, mode: str, conversation: ConversationData | None = None) -> ConversationData | None:
        if self.client_id is None:
            return None
        dialog = ConversationDialog(self.db, self.actor, self.client_id, mode, conversation, self,
                                    client_name=self._client_name())
        if not dialog.exec() or dialog.saved is None:
            return None
        saved = dialog.saved
        self._changed("conversation", saved.id)
        row = self.conv_model.row_of(saved.id)
        self._select(self.conv_table, row)
        messages = {"record": self.tr("Gesprek vastgelegd."), "plan": self.tr("Afspraak gepland."),
                    "hold": self.tr("Gesprek vastgelegd."), "edit": self.tr("Opgeslagen.")}
        self.message.setText(messages[mode])
        return saved

    def new_conversation(self) -> ConversationData | None:
        return self._run_dialog("record")

    def plan_meeting(self) -> ConversationData | None:
        return self._run_dialog("plan")

    def hold_meeting(self) -> ConversationData | None:
        c = self.current_conversation()
        if c is None or not c.planned:
            return None
        return self._run_dialog("hold", c)

    def edit_conversation(self) -> ConversationData | None:
        c = self.current_conversation()
        return self._run_dialog("edit", c) if c is not None else None

    def open_selected_conversation(self) -> ConversationData | None:
        c = self.current_conversation()
        if c is None:
            return None
        return self.hold_meeting() if c.planned and c.held_at.date() <= self.actor.today() else self.edit_conversation()

    def delete_conversation(self) -> bool:
        c = self.current_conversation()
        if c is None:
            return False
        what = self.tr("de geplande afspraak") if c.planned else self.tr("het gesprek")
        answer = QMessageBox.question(
            self, self.tr("Gesprek verwijderen"),
            self.tr("{what} van {date} verwijderen?\n\nOpen afspraken uit dit gesprek komen te vervallen.").format(
                what=what[:1].upper() + what[1:], date=format_moment(c.held_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.conversations.delete(c.id)
        except ServiceError as exc:
            self._error(str(exc))
            return False
        self.message.setText(self.tr("Verwijderd."))
        self._changed("conversation", c.id)
        return True

    # -- agreements ------------------------------------------------------------------------
    def new_agreement(self) -> AgreementData | None:
        if self.client_id is None:
            return None
        dialog = AgreementDialog(self.db, self.actor, self.client_id, None, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self._changed("agreement", dialog.saved.id)
        self._select(self.agr_table, self.agr_model.row_of(dialog.saved.id))
        return dialog.saved

    def edit_agreement(self) -> AgreementData | None:
        a = self.current_agreement()
        if a is None or self.client_id is None:
            return None
        dialog = AgreementDialog(self.db, self.actor, self.client_id, a, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self._changed("agreement", a.id)
        return dialog.saved

    def set_status(self, status: str) -> AgreementData | None:
        """Done / missed / cancelled as of today (another date: Afspraak bewerken); open reopens."""
        a = self.current_agreement()
        if a is None:
            return None
        try:
            saved = self.agreements.set_status(a.id, status)
        except ServiceError as exc:
            errors = getattr(exc, "errors", None)
            self._error(" ".join(errors.values()) if errors else str(exc))
            return None
        labels = agreement_status_labels()
        self.message.setText(self.tr("Afspraak: {status}.").format(status=labels.get(status, status).lower()))
        self._changed("agreement", a.id)
        return saved

    def delete_agreement(self) -> bool:
        a = self.current_agreement()
        if a is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Afspraak verwijderen"),
            self.tr("De afspraak \u201c{what}\u201d verwijderen?").format(what=first_line(a.description, 80)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.agreements.delete(a.id)
        except ServiceError as exc:
            self._error(str(exc))
            return False
        self._changed("agreement", a.id)
        return True

    # -- helpers ---------------------------------------------------------------------------
    def _changed(self, entity: str, ref: str) -> None:
        # The pane reloads every tab (this one too) on bus.changed; the main window refreshes the
        # caseload figures (open / overdue agreements, next meeting) and the week view.
        self.bus.changed.emit(entity, ref)

    def _error(self, text: str) -> None:
        self.message.setText(f'<span style="color:{ERROR_COLOR}">{text}</span>')
