"""The open client on the right: a header and tabs; "Overzicht" shows and edits the personal details."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.attention import AttentionService
from desktop.services.caseload import CaseloadService, ClientDetails, phase_of
from desktop.services.client_notes import client_notes
from desktop.services.context import Actor, local_now
from desktop.services.duty_to_inform import DutyToInformService
from desktop.services.errors import NotFound, ServiceError, ValidationError

from .client_form import FORM_FIELDS, ClientForm, format_date
from .client_tab import ClientTab
from .icons import icon
from .status_labels import status_label
from .tasks import DataBus, TaskRunner

log = logging.getLogger(__name__)

# The widgets of the client's page, made on first use (ClientPane.__getattr__).
_PAGE_PARTS = frozenset(("title", "subtitle", "attention", "form", "message", "save_button", "delete_button", "tabs"))


def tab_classes() -> tuple[type[ClientTab], ...]:
    """The tabs after "Overzicht", in order. Adding a tab is one line here (a ClientTab subclass).

    Imported when the first client is opened, not at start-up: the caseload is usable sooner.
    """
    from .absences_tab import AbsencesTab
    from .conversations_tab import ConversationsTab
    from .match_tab import MatchTab
    from .profile_tab import ProfileTab
    from .signals_tab import SignalsTab
    from .timeline_tab import TimelineTab

    return (ConversationsTab, TimelineTab, ProfileTab, MatchTab, SignalsTab, AbsencesTab)


def __getattr__(name: str) -> object:
    if name == "TAB_CLASSES":
        return tab_classes()
    raise AttributeError(name)


class ClientPane(QWidget):
    """Shows one client. `closed` is emitted when the client is deleted or no longer exists."""

    closed = Signal()

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = CaseloadService(db, actor)
        self.bus = bus
        self.runner = runner if runner is not None else TaskRunner(self)
        self.details: ClientDetails | None = None

        self.stack = QStackedWidget()
        empty = QLabel(self.tr("Kies links een werkzoekende om het dossier te openen.\n"
                               "Nieuwe werkzoekende: Ctrl+N. Zoeken: Ctrl+F."))
        empty.setObjectName("emptyPane")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        self.client_tabs: list[ClientTab] = []  # built with the first client (see tab_classes)
        self._db, self._actor = db, actor
        self.attention_service = AttentionService(db, actor)
        self._page_built = False  # the client's page is built when first used (see __getattr__)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.bus.changed.connect(self._on_bus_changed)

    def __getattr__(self, name: str) -> object:
        """The client's page (header, form, buttons, tabs) is made on first use, not while the window starts
        with no client chosen (50-70 ms of a cold start)."""
        if name in _PAGE_PARTS and not self.__dict__.get("_page_built", True):
            self._build_page()
            return getattr(self, name)
        raise AttributeError(name)

    def _build_page(self) -> None:
        self._page_built = True
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("clientTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("clientSubtitle")
        self.subtitle.setWordWrap(True)
        # What needs attention: next meeting, agreements, signals, absences, last contact (AttentionService).
        self.attention = QLabel()
        self.attention.setObjectName("clientAttention")
        self.attention.setWordWrap(True)
        self.attention.setTextFormat(Qt.TextFormat.RichText)

        self.form = ClientForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("saveClient")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Verwijderen…"))
        self.delete_button.setObjectName("deleteClient")
        self.save_button.setIcon(icon("save"))
        self.delete_button.setIcon(icon("delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        overview = QWidget()
        ov = QVBoxLayout(overview)
        ov.addWidget(scroll, 1)
        ov.addLayout(buttons)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.tabs.addTab(overview, self.tr("Overzicht"))

        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.title)
        pl.addWidget(self.subtitle)
        pl.addWidget(self.attention)
        pl.addWidget(self.tabs, 1)
        self.stack.addWidget(page)

        self.form.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def _ensure_tabs(self) -> None:
        if self.client_tabs:
            return
        for cls in tab_classes():
            tab = cls(self._db, self._actor, self.bus, self.runner)
            self.client_tabs.append(tab)
            self.tabs.addTab(tab, tab.title())
        self.fit_tab_titles()

    def fit_tab_titles(self) -> None:
        """The pane is at least as wide as its tab titles: no tab is ever scrolled out of sight."""
        self.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 8)

    @property
    def client_id(self) -> str | None:
        return self.details.id if self.details else None

    # -- showing ---------------------------------------------------------------------------
    def show_client(self, client_id: str) -> bool:
        """Open a client (an audited view). Returns False when it no longer exists."""
        if client_id == self.client_id:
            return True
        try:
            details = self.service.open(client_id)
        except NotFound as exc:
            self.clear()
            self.message.setText(str(exc))
            return False
        self._show(details)
        self._ensure_tabs()
        for tab in self.client_tabs:
            tab.set_client(details.id)
        self.show_attention()
        return True

    def show_attention(self) -> None:
        """The header's attention line and the counts in the tab titles."""
        if self.details is None:
            return
        a = self.attention_service.for_client(self.details.id)
        today = self._actor.today()
        red = '<span style="color:#b00020; font-weight:bold">{}</span>'
        parts = [self.tr("Volgend gesprek: {when}").format(when=a.next_meeting.strftime("%d-%m-%Y %H:%M"))
                 if a.next_meeting else red.format(self.tr("Geen gesprek gepland"))]
        agreements = self.tr("%n open afspraken", "", a.open_agreements)
        if a.overdue_agreements:
            agreements += ", " + red.format(self.tr("%n te laat", "", a.overdue_agreements))
        parts.append(agreements)
        if a.open_signals:
            parts.append(red.format(self.tr("%n open signalen", "", a.open_signals)))
        if a.open_absences:
            parts.append(red.format(self.tr("%n open verzuimmeldingen", "", a.open_absences)))
        days = a.days_since_contact(today)
        parts.append(self.tr("laatste contact %n dagen geleden", "", days) if days is not None
                     else self.tr("nog geen gesprek gehad"))
        self.attention.setText("  ·  ".join(parts))
        counts = {"SignalsTab": a.open_signals, "AbsencesTab": a.open_absences}
        for tab in self.client_tabs:
            n = counts.get(type(tab).__name__, 0)
            index = self.tabs.indexOf(tab)
            self.tabs.setTabText(index, f"{tab.title()} ({n})" if n else tab.title())
        self.fit_tab_titles()

    def _show(self, details: ClientDetails) -> None:
        self.details = details
        self.form.load(details)
        self._header(details)
        self.message.clear()
        self.save_button.setEnabled(False)
        self.stack.setCurrentIndex(1)

    def _header(self, d: ClientDetails) -> None:
        self.title.setText(d.display_name)
        parts = [self.tr("BSN {bsn}").format(bsn=d.bsn)]
        if d.date_of_birth:
            parts.append(self.tr("geboren {date}").format(date=format_date(d.date_of_birth)))
        phase = phase_of(d.benefit_status, d.aftercare_until, self._actor.today())
        parts.append(status_label(d.benefit_status, phase))  # the same word as in the caseload list
        if d.aftercare_until and phase == "aftercare":
            parts.append(self.tr("nazorg tot {date}").format(date=format_date(d.aftercare_until)))
        informed = DutyToInformService(self.service.db, self.service.actor).last_done(d.id)
        parts.extend(client_notes(d, local_now().date(), informed))
        self.subtitle.setText("  ·  ".join(parts))

    def clear(self) -> None:
        self.details = None
        if self._page_built:
            self.form.clear()
        self.stack.setCurrentIndex(0)
        for tab in self.client_tabs:
            tab.set_client(None)

    def tab(self, cls: type[ClientTab]) -> ClientTab | None:
        """The pane's tab of that class (None when it is not in TAB_CLASSES)."""
        self._ensure_tabs()
        return next((t for t in self.client_tabs if isinstance(t, cls)), None)

    def _on_bus_changed(self, entity: str, _id: str) -> None:
        if self.details is None:
            return
        if entity == "sync" and not self._refresh_after_sync():
            return
        for tab in self.client_tabs:
            tab.reload()
        self.show_attention()

    def _refresh_after_sync(self) -> bool:
        """A sync changed the open client: show the new data and say so; unsaved edits are kept.
        False when the client is gone (the pane closes)."""
        assert self.details is not None
        stamp = self.service.stamp(self.details.id)
        if stamp is None:
            self.clear()
            self.closed.emit()
            return False
        if stamp == (self.details.version, self.details.updated_at):
            return True
        if self.form.is_dirty():
            self._error(self.tr("Dit dossier is bij het synchroniseren gewijzigd. Uw wijzigingen zijn nog "
                                "niet opgeslagen; sla ze op of maak ze ongedaan om de nieuwe gegevens te zien."))
            return True
        self._show(self.service.open(self.details.id, purpose="sync"))
        self.message.setText(self.tr("Bijgewerkt na synchroniseren: dit zijn de nieuwste gegevens."))
        return True

    def is_dirty(self) -> bool:
        return self.details is not None and self.form.is_dirty()

    def _on_edited(self) -> None:
        self.save_button.setEnabled(self.form.is_dirty())
        self.message.clear()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.details is None:
            return False
        changes = self.form.changes()
        if not changes:
            return True
        try:
            details = self.service.update(self.details.id, changes)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            other = [m for k, m in exc.errors.items() if k not in FORM_FIELDS]
            text = self.tr("Niet opgeslagen: verbeter wat in rood staat.")
            self._error(" ".join([text, *other]))
            return False
        except ServiceError as exc:
            self._error(str(exc))
            return False
        log.info("client %s saved (%d fields)", details.id, len(changes))
        self._show(details)
        self.message.setText(self.tr("Opgeslagen."))
        self.bus.changed.emit("client", details.id)
        return True

    def _error(self, text: str) -> None:
        self.message.setText(f'<span style="color:#b00020">{text}</span>')

    def delete(self) -> bool:
        if self.details is None:
            return False
        d = self.details
        answer = QMessageBox.question(
            self, self.tr("Werkzoekende verwijderen"),
            self.tr("{name} (BSN {bsn}) uit de caseload verwijderen?\n\n"
                    "Het dossier verdwijnt uit de lijst; de verwijdering wordt met de centrale "
                    "opslag gesynchroniseerd en in het logboek vastgelegd.").format(name=d.display_name, bsn=d.bsn),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.service.delete(d.id)
        except ServiceError as exc:
            self._error(str(exc))
            return False
        log.info("client %s deleted", d.id)
        self.clear()
        self.closed.emit()
        self.bus.changed.emit("client", d.id)
        return True

    def confirm_leave(self) -> bool:
        """Before switching client or closing: offer to save unsaved edits. False = stay."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Wijzigingen opslaan?"),
            self.tr("De gegevens van {name} zijn gewijzigd maar niet opgeslagen.").format(
                name=self.details.display_name if self.details else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
