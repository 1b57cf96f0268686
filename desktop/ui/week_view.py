"""'Mijn week': the coach's inbox across the caseload (WeekService.week()).

One list, grouped by what to do, the most pressing group first: meetings today, call-backs, signals
without a next call attempt, absence steps and hearing deadlines, agreements overdue and due, meetings
later this week, aftercare ending, referrals, contact, aftercare outcome, duty to inform. One list with
the full width for "Wat" reads well docked under the window at 1280x800 as well as at 1920x1080; groups
with nothing in them are named on one line at the end. Items more than 30 days late are folded into one
expandable line per group. Double-click or Enter on a line emits `open_client(client_id)`.
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
from .agreement_rows import ERROR_COLOR
from .referral_dialog import ask_follow_up
from .tasks import TaskRunner

log = logging.getLogger(__name__)

ClientIdRole = Qt.ItemDataRole.UserRole + 1
RefIdRole = Qt.ItemDataRole.UserRole + 2
SectionRole = Qt.ItemDataRole.UserRole + 3
# The groups in the order a coach works them: what is due now first.
SECTIONS = ("today", "call_backs", "signals_waiting", "absence_steps", "overdue", "due_this_week", "this_week",
            "aftercare_ending", "referrals_due", "contact_late", "aftercare_outcome", "inform_due")
# Groups whose date is a deadline: lines more than FOLD_AFTER late are folded together.
FOLDED = ("call_backs", "signals_waiting", "absence_steps", "overdue", "referrals_due")
LATE = ("call_backs", "absence_steps", "overdue", "referrals_due")  # a date before today is shown in red
FOLD_AFTER = timedelta(days=30)


def _days() -> tuple[str, ...]:
    return (QCoreApplication.translate("WeekView", "ma"), QCoreApplication.translate("WeekView", "di"),
            QCoreApplication.translate("WeekView", "wo"), QCoreApplication.translate("WeekView", "do"),
            QCoreApplication.translate("WeekView", "vr"), QCoreApplication.translate("WeekView", "za"),
            QCoreApplication.translate("WeekView", "zo"))


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
        self._titles = {"today": self.tr("Vandaag"), "this_week": self.tr("Later deze week"),
                        "overdue": self.tr("Afspraken te laat"), "due_this_week": self.tr("Afspraken deze week klaar"),
                        "aftercare_ending": self.tr("Nazorg loopt af"), "call_backs": self.tr("Terugbellen"),
                        "signals_waiting": self.tr("Signalen zonder volgende belpoging"),
                        "absence_steps": self.tr("Verzuim: volgende stap of hoortermijn"),
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
                       "signals_waiting": self.tr("Open signalen zonder geplande belpoging: plan er een"),
                       "absence_steps": self.tr("Open verzuim met een stap voor u, of een hoortermijn die deze week "
                                                "afloopt of al verstreken is"),
                       "contact_late": self.tr("Werkzoekenden zonder gesprek binnen hun contactritme (standaard elke "
                                               "vier weken)"),
                       "aftercare_outcome": self.tr("Afgelopen nazorg: leg vast of het werk standhield"),
                       "inform_due": self.tr("Werkzoekenden met wie de informatieplicht nooit of langer dan 12 "
                                             "maanden geleden is besproken"),
                       "referrals_due": self.tr("Verwijzingen naar het wijkteam of VraagWijzer om na te gaan")}
        bold = QFont()
        bold.setBold(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("weekInbox")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Wanneer"), self.tr("Werkzoekende"), self.tr("Wat")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Mijn week"))
        hh = self.tree.header()
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        # dates and names are short and fixed; "Wat" gets the rest of the width
        hh.resizeSection(0, fm.horizontalAdvance("wo 00-00 00:00") + self.tree.indentation() * 2 + 24)
        hh.resizeSection(1, fm.horizontalAdvance("M") * 15)
        hh.setMinimumSectionSize(max(hh.minimumSectionSize(), hh.fontMetrics().horizontalAdvance(self.tr("Wat")) + 32))
        self.trees: dict[str, QTreeWidget] = {}
        self.sections: dict[str, QTreeWidgetItem] = {}
        for key in SECTIONS:
            item = QTreeWidgetItem([self._titles[key]])
            item.setFont(0, bold)
            item.setToolTip(0, self._hints[key])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setData(0, SectionRole, key)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            self.sections[key] = item
            self.trees[key] = self.tree
        # one greyed line naming the groups with nothing in them, so the list stays short
        self.nothing = QTreeWidgetItem([""])
        self.nothing.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.addTopLevelItem(self.nothing)
        self.nothing.setFirstColumnSpanned(True)
        self.tree.itemActivated.connect(self._activated)
        self.summary = QLabel()
        self.summary.setObjectName("weekSummary")
        self.summary.setWordWrap(True)
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
        layout.addWidget(self.tree, 1)

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
        today = self.actor.today()
        empty: list[str] = []
        for key in SECTIONS:
            section = self.sections[key]
            section.takeChildren()
            entries: list[WeekEntry] = getattr(week, key)
            section.setText(0, f"{self._titles[key]} ({len(entries)})")
            section.setHidden(not entries)
            if not entries:
                empty.append(self._titles[key])
                continue
            self._fill(key, section, entries, today)
            section.setExpanded(True)
        self.nothing.setText(0, self.tr("Niets bij: {groups}").format(groups=", ".join(empty)) if empty else "")
        self.nothing.setHidden(not empty)
        meetings = len(week.today) + len(week.this_week)
        self.summary.setText(", ".join((
            self.tr("%n gesprekken deze week", "", meetings),
            self.tr("%n afspraken te laat", "", len(week.overdue)),
            self.tr("%n open signalen", "", week.open_signals))))
        self.summary.setToolTip(self.tr("Open signalen: terugbellen gepland of nog geen belpoging gepland; "
                                        "dezelfde telling als in de cijfers"))
        self.loaded.emit()

    def _fill(self, key: str, section: QTreeWidgetItem, entries: list[WeekEntry], today: date) -> None:
        red = QBrush(QColor(ERROR_COLOR))
        bold = QFont()
        bold.setBold(True)
        # Long-late lines are folded into one line: the recent ones stay readable.
        old = [e for e in entries if key in FOLDED and _day(e.at) < today - FOLD_AFTER]
        if len(old) == len(entries) == 1:
            old = []  # a single line is shown as it is: folding it would hide nothing
        fold = None
        if old:
            text = (self.tr("%n langer dan 30 dagen te laat", "", len(old)) if key == "overdue"
                    else self.tr("%n ouder dan 30 dagen", "", len(old)))
            fold = QTreeWidgetItem([text])
            fold.setFlags(Qt.ItemFlag.ItemIsEnabled)
            fold.setForeground(0, red)
        late_any = False
        for e in entries:
            when = self.tr("nooit") if e.at == date.min else _when(e.at, key != "today")  # never contacted
            child = QTreeWidgetItem([when, e.client_name, e.what])
            child.setData(0, ClientIdRole, e.client_id)
            child.setData(0, RefIdRole, e.ref_id)
            child.setToolTip(2, e.what)
            child.setToolTip(1, e.client_name)
            late = key in LATE and _day(e.at) < today
            late_any = late_any or late
            if late:
                for col in range(3):
                    child.setForeground(col, red)
                    if e not in old:
                        child.setFont(col, bold)
                child.setToolTip(0, self.tr("Te laat: uiterlijk {date}").format(date=_when(e.at)))
            (fold if fold is not None and e in old else section).addChild(child)
        if fold is not None:
            section.addChild(fold)
            fold.setFirstColumnSpanned(True)
            fold.setExpanded(False)
        section.setForeground(0, red if late_any else self.palette().text())

    # -- opening ---------------------------------------------------------------------------
    def entries(self, key: str) -> list[QTreeWidgetItem]:
        section = self.sections[key]
        items = []
        for i in range(section.childCount()):
            child = section.child(i)
            items += [child, *(child.child(j) for j in range(child.childCount()))]  # folded ones too
        return [i for i in items if i.data(0, ClientIdRole)]

    @staticmethod
    def section_of(item: QTreeWidgetItem) -> str | None:
        while item is not None and item.data(0, SectionRole) is None:
            item = item.parent()
        return None if item is None else str(item.data(0, SectionRole))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(0, ClientIdRole)
        key = self.section_of(item)
        if client_id and key == "aftercare_outcome":
            # ended aftercare: ask whether the work lasted, then open the client as usual
            service = CaseloadService(self.service.db, self.service.actor)
            if self.ask_work_lasted(self, service, str(client_id), item.text(1)):
                self.reload()
        if client_id and key == "referrals_due":
            ref_id = item.data(0, RefIdRole)
            if ref_id and self.ask_follow_up(self, ReferralService(self.service.db, self.service.actor), str(ref_id),
                                             item.text(1)):
                self.reload()
        if client_id:
            self.open_client.emit(str(client_id))

    def focus_list(self) -> None:
        """Focus the inbox on its first line."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        for key in SECTIONS:
            if self.entries(key):
                if self.tree.currentItem() is None or self.tree.currentItem().parent() is None:
                    self.tree.setCurrentItem(self.sections[key].child(0))
                return
