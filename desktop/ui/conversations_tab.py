"""ClientTab "Gesprekken": the client's conversations and planned meetings, and their agreements.

Both lists are QAbstractTableModels over the service's dataclasses: one call each
(ConversationService.list_for_client is two queries whatever the count), so a client with 500
conversations and 1,000 agreements opens well within 100 ms.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from desktop.services.timeline import agreement_status_labels, conversation_kind_labels, party_labels

from .agreement_dialog import AgreementDialog
from .client_tab import ClientTab
from .columns import stretch_column
from .conversation_dialog import (
    ERROR_COLOR,
    ConversationDialog,
    channel_labels,
    format_day,
    format_moment,
    known_specialists,
)
from .empty_state import EmptyState
from .flow_layout import FlowLayout
from .icons import icon
from .row_model import ListTableModel
from .tasks import DataBus, TaskRunner

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
IdRole = Qt.ItemDataRole.UserRole + 1
OverdueBrush = QBrush(QColor(ERROR_COLOR))
PlannedBrush = QBrush(QColor("#1f5fa8"))


def first_line(text: str, limit: int = 120) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


class ConversationModel(ListTableModel):
    """Newest first (as the service returns them); planned meetings in blue italics, marked 'Gepland'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationData] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._headers = [self.tr("Datum"), self.tr("Soort"), self.tr("Hoe"), self.tr("Samenvatting"),
                         self.tr("Afspraken")]
        self._kinds = conversation_kind_labels()
        self._channels = channel_labels()
        self._planned = self.tr("Gepland")
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, rows: Sequence[ConversationData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConversationData:
        return self._rows[row]

    def row_of(self, conversation_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conversation_id), -1)

    def _cells(self, row: int) -> tuple[str, ...]:
        cells = self._texts[row]
        if cells is None:
            c = self._rows[row]
            kind = self._kinds.get(c.kind, c.kind)
            if c.planned:
                kind = f"{self._planned}: {kind}"
            summary = first_line(c.summary_for_client) or (c.place or "")
            n = len(c.agreements)
            cells = self._texts[row] = (format_moment(c.held_at), kind, self._channels.get(c.channel, c.channel),
                                        summary, str(n) if n else "")
        return cells

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == _DISPLAY:
            return self._cells(index.row())[index.column()]
        if role == IdRole:
            return c.id
        if c.planned and role == _FOREGROUND:
            return PlannedBrush
        if c.planned and role == _FONT:
            return self._italic
        if role == _TOOLTIP and index.column() == 3 and c.summary_for_client:
            return c.summary_for_client[:1000]
        return None


class AgreementModel(ListTableModel):
    """Open first, by due date; overdue rows in red bold with a tooltip."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self._rows: list[AgreementData] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._headers = [self.tr("Wat"), self.tr("Wie"), self.tr("Uiterlijk"), self.tr("Status"),
                         self.tr("Gedeeld")]
        self._statuses = agreement_status_labels()
        self._parties = party_labels()
        self._specialists: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_tip = self.tr("Te laat: dit had uiterlijk {date} gedaan moeten zijn.")

    def set_rows(self, rows: Sequence[AgreementData], specialists: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        if specialists is not None:
            self._specialists = specialists
        self.endResetModel()

    def row_at(self, row: int) -> AgreementData:
        return self._rows[row]

    def row_of(self, agreement_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), -1)

    def overdue_count(self) -> int:
        return sum(1 for a in self._rows if a.is_overdue(self.today))

    def _cells(self, row: int) -> tuple[str, ...]:
        cells = self._texts[row]
        if cells is None:
            a = self._rows[row]
            who = self._parties.get(a.party, a.party)
            if a.party == "specialist" and a.specialist_id in self._specialists:
                who = self._specialists[a.specialist_id]  # type: ignore[index]
            status = self._statuses.get(a.status, a.status)
            if a.status != "open" and a.status_date:
                status = f"{status} ({format_day(a.status_date)})"
            elif a.is_overdue(self.today):
                status = self.tr("Te laat")
            cells = self._texts[row] = (first_line(a.description), who, format_day(a.due_date), status,
                                        self.tr("ja") if a.shared_with_specialists else "")
        return cells

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == _DISPLAY:
            return self._cells(index.row())[index.column()]
        if role == IdRole:
            return a.id
        overdue = a.is_overdue(self.today)
        if overdue and role == _FOREGROUND:
            return OverdueBrush
        if overdue and role == _FONT:
            return self._bold
        if role == _TOOLTIP:
            if overdue:
                return self._overdue_tip.format(date=format_day(a.due_date))
            if index.column() == 0:
                return a.description
        if role == _FOREGROUND and a.status != "open":
            return QBrush(QColor("#666666"))
        return None


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    vh = table.verticalHeader()
    vh.hide()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 10)
    hh = table.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setHighlightSections(False)
    return table


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
