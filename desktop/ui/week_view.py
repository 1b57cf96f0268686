"""'Mijn week': one view across the caseload (WeekService.week()).

Sections: Vandaag, Deze week, Te laat, Binnenkort klaar (agreements due this week) and Nazorg loopt af.
Double-click or Enter on a line emits `open_client(client_id)`; the main window opens that client.
The week is read off the UI thread (it spans the whole caseload) and again when data changes.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.caseload import CaseloadService
from desktop.services.context import Actor
from desktop.services.referrals import ReferralService
from desktop.services.timeline import Week, WeekEntry, WeekService

from .aftercare_outcome import record_work_lasted
from .conversation_dialog import ERROR_COLOR
from .referral_dialog import ask_follow_up
from .tasks import TaskRunner

log = logging.getLogger(__name__)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
RefIdRole = Qt.ItemDataRole.UserRole + 2
SECTIONS = ("today", "this_week", "overdue", "due_this_week", "call_backs", "aftercare_ending", "contact_late",
            "aftercare_outcome", "inform_due", "referrals_due")


def _days() -> tuple[str, ...]:
    return (QCoreApplication.translate("WeekView", "ma"), QCoreApplication.translate("WeekView", "di"),
            QCoreApplication.translate("WeekView", "wo"), QCoreApplication.translate("WeekView", "do"),
            QCoreApplication.translate("WeekView", "vr"), QCoreApplication.translate("WeekView", "za"),
            QCoreApplication.translate("WeekView", "zo"))


FOLD_AFTER = timedelta(days=30)  # overdue longer than this: folded together in Mijn week


def _day(at: datetime | date) -> date:
    return at.date() if isinstance(at, datetime) else at


def _when(at: datetime | date, with_day: bool = True) -> str:
    if isinstance(at, datetime):
        if not with_day:
            return at.strftime("%H:%M")
        return f"{_days()[at.weekday()]} {at.strftime('%d-%m %H:%M')}"
    return at.strftime("%d-%m-%Y")


class WeekView(QWidget):
    open_client = Signal(str)
    loaded = Signal()

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("weekView")
        self.service = WeekService(db, actor)
        self.runner = runner
        self._generation = 0
        self.week: Week | None = None
        self.ask_work_lasted = record_work_lasted  # replaced in tests
        self.ask_follow_up = ask_follow_up  # replaced in tests
        self._titles = {"today": self.tr("Vandaag"), "this_week": self.tr("Deze week"),
                        "overdue": self.tr("Te laat"), "due_this_week": self.tr("Binnenkort klaar"),
                        "aftercare_ending": self.tr("Nazorg loopt af"), "call_backs": self.tr("Terugbellen"),
                        "contact_late": self.tr("Contact te lang geleden"),
                        "aftercare_outcome": self.tr("Werk standgehouden?"),
                        "inform_due": self.tr("Informatieplicht bespreken"),
                        "referrals_due": self.tr("Verwijzing nagaan")}
        self._hints = {"today": self.tr("Gesprekken met werkzoekenden vandaag"),
                       "this_week": self.tr("Gesprekken later deze week"),
                       "overdue": self.tr("Open afspraken voorbij de afgesproken datum"),
                       "due_this_week": self.tr("Open afspraken die deze week klaar moeten zijn"),
                       "aftercare_ending": self.tr("Nazorg die binnen 30 dagen afloopt"),
                       "call_backs": self.tr("Signalen waarvoor een nieuwe belpoging gepland staat (telefoon eerst)"),
                       "contact_late": self.tr("Werkzoekenden zonder gesprek binnen hun contactritme (standaard elke "
                                               "vier weken)"),
                       "aftercare_outcome": self.tr("Afgelopen nazorg: leg vast of het werk standhield"),
                       "inform_due": self.tr("Werkzoekenden met wie de informatieplicht nooit of langer dan 12 "
                                             "maanden geleden is besproken"),
                       "referrals_due": self.tr("Verwijzingen naar het wijkteam of VraagWijzer om na te gaan")}
        # Three lists side by side, so every section shows at once however long one of them is:
        # meetings (Vandaag, Deze week), agreements (Te laat, Binnenkort klaar) and aftercare.
        when, who, what = self.tr("Wanneer"), self.tr("Werkzoekende"), self.tr("Wat")
        columns = (((("today", (when, who, what)), ("this_week", (when, who, what)))),
                   (("overdue", (self.tr("Uiterlijk"), who, self.tr("Afspraak (wie)"))),
                    ("due_this_week", (self.tr("Uiterlijk"), who, self.tr("Afspraak (wie)")))),
                   (("call_backs", (when, who, what)), ("aftercare_ending", (self.tr("Tot"), who, what)),
                    ("referrals_due", (self.tr("Nagaan op"), who, what))),
                   (("contact_late", (self.tr("Laatste contact"), who, what)),
                    ("aftercare_outcome", (self.tr("Nazorg tot"), who, what)),
                    ("inform_due", (self.tr("Laatst besproken"), who, what))))
        self.trees: dict[str, QTreeWidget] = {}
        self.sections: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        fm = self.fontMetrics()
        for column in columns:
            stack = QSplitter(Qt.Orientation.Vertical)
            stack.setChildrenCollapsible(False)
            for key, headers in column:
                tree = QTreeWidget()
                tree.setObjectName(f"week_{key}")
                tree.setColumnCount(3)
                tree.setHeaderLabels(list(headers))
                tree.setRootIsDecorated(False)
                tree.setUniformRowHeights(True)
                tree.setAlternatingRowColors(True)
                tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
                tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                hh = tree.header()
                hh.setStretchLastSection(True)
                hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
                hh.resizeSection(0, fm.horizontalAdvance("Binnenkort klaar (00)") + 24)
                hh.resizeSection(1, fm.horizontalAdvance("M") * 13)
                # the stretching last column never shrinks below its header: a narrow list scrolls instead
                hh.setMinimumSectionSize(max(hh.minimumSectionSize(),
                                             hh.fontMetrics().horizontalAdvance(headers[-1]) + 32))
                item = QTreeWidgetItem([self._titles[key]])
                item.setFont(0, bold)
                item.setToolTip(0, self._hints[key])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                tree.addTopLevelItem(item)
                item.setFirstColumnSpanned(True)
                self.sections[key] = item
                tree.itemActivated.connect(self._activated)
                self.trees[key] = tree
                stack.addWidget(tree)
            self.splitter.addWidget(stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setStretchFactor(3, 2)
        self.tree = self.trees["today"]
        self.summary = QLabel()
        self.summary.setObjectName("weekSummary")
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"))
        self.refresh_button.setObjectName("refreshWeek")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # -- loading ---------------------------------------------------------------------------
    def load_now(self) -> None:
        self._generation += 1
        self._apply(self._generation, self.service.week())

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        self.runner.run(self.service.week, on_done=lambda week: self._apply(gen, week),
                        on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        log.error("loading the week failed: %s", type(exc).__name__)
        self.summary.setText(self.tr("Laden mislukt"))

    def _apply(self, generation: int, week: Week) -> None:
        if generation != self._generation:
            return
        self.week = week
        red = QBrush(QColor(ERROR_COLOR))
        bold = QFont()
        bold.setBold(True)
        for key in SECTIONS:
            section = self.sections[key]
            section.takeChildren()
            entries: list[WeekEntry] = getattr(week, key)
            section.setText(0, f"{self._titles[key]} ({len(entries)})")
            # Long-overdue agreements are folded into one line: the recent ones stay readable.
            old = [e for e in entries if key == "overdue" and _day(e.at) < self.actor.today() - FOLD_AFTER]
            fold = None
            if old:
                fold = QTreeWidgetItem([self.tr("%n langer dan 30 dagen te laat", "", len(old))])
                fold.setFlags(Qt.ItemFlag.ItemIsEnabled)
                fold.setForeground(0, red)
            for e in entries:
                when = self.tr("nooit") if e.at == date.min else _when(e.at, key != "today")  # never contacted
                child = QTreeWidgetItem([when, e.client_name, e.what])
                child.setData(0, ClientIdRole, e.client_id)
                child.setData(0, RefIdRole, e.ref_id)
                child.setToolTip(2, e.what)
                if key == "overdue":
                    for col in range(3):
                        child.setForeground(col, red)
                        if fold is None or e not in old:
                            child.setFont(col, bold)
                    child.setToolTip(0, self.tr("Te laat: uiterlijk {date}").format(date=_when(e.at)))
                if fold is not None and e in old:
                    fold.addChild(child)
                else:
                    section.addChild(child)
            if fold is not None:
                section.addChild(fold)
                fold.setFirstColumnSpanned(True)
                fold.setExpanded(False)
            if not entries:
                empty = QTreeWidgetItem([self.tr("niets")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                empty.setFirstColumnSpanned(True)
                section.addChild(empty)
                empty.setFirstColumnSpanned(True)
            if key == "overdue" and entries:
                section.setForeground(0, red)
            section.setExpanded(True)
        self.summary.setText(self.tr("%n gesprekken deze week", "", len(week.today) + len(week.this_week))
                             + ", " + self.tr("%n afspraken te laat", "", len(week.overdue)))
        self.loaded.emit()

    # -- opening ---------------------------------------------------------------------------
    def entries(self, key: str) -> list[QTreeWidgetItem]:
        section = self.sections[key]
        items = []
        for i in range(section.childCount()):
            child = section.child(i)
            items += [child, *(child.child(j) for j in range(child.childCount()))]  # folded ones too
        return [i for i in items if i.data(0, ClientIdRole)]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, ClientIdRole)
        if client_id and item.parent() is self.sections["aftercare_outcome"]:
            # ended aftercare: ask whether the work lasted, then open the client as usual
            service = CaseloadService(self.service.db, self.service.actor)
            if self.ask_work_lasted(self, service, str(client_id), item.text(1)):
                self.reload()
        if client_id and item.parent() is self.sections["referrals_due"]:
            ref_id = item.data(0, RefIdRole)
            if ref_id and self.ask_follow_up(self, ReferralService(self.service.db, self.service.actor), str(ref_id),
                                             item.text(1)):
                self.reload()
        if client_id:
            self.open_client.emit(str(client_id))

    def focus_list(self) -> None:
        """Focus the first list with something in it, on its first line."""
        for key in SECTIONS:
            section = self.sections[key]
            if self.entries(key):
                tree = section.treeWidget()
                tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
                if tree.currentItem() is None or tree.currentItem().parent() is None:
                    tree.setCurrentItem(section.child(0))
                return
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
