"""The coordinator's (team lead's) window for the absence approach (seed 004): the coaches' proposals to admit or
exclude with the reason, the groups with their members, the group meetings and attendance per participant
(present, called off, no-show: a no-show opens an absence for the absence team's door visit), and the figures
per group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.absence_approach import AbsenceApproachService, Proposal
from desktop.services.approach_groups import ApproachGroupService, GroupData, attendance_labels, topic_labels
from desktop.services.context import Actor
from desktop.services.errors import ServiceError

from .approach_forms import GroupDialog, SessionDialog
from .columns import stretch_column


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class ApproachView(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approachView")
        self.setWindowTitle(self.tr("Verzuimaanpak: voorstellen en groepen"))
        self._db, self._actor = db, actor
        self.approach = AbsenceApproachService(db, actor)
        self.service = ApproachGroupService(db, actor)
        self.proposals: list[Proposal] = []
        self.groups: list[GroupData] = []
        self.waiting: list[tuple[str, str]] = []

        # -- proposals ----------------------------------------------------------------------
        self.proposal_table = _table([self.tr("Naam"), self.tr("Voorgesteld"), self.tr("Reden"),
                                      self.tr("Toelichting van de begeleider")])
        self.proposal_table.setObjectName("approachProposals")
        self.proposal_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.proposal_table.setWordWrap(True)
        admit = QPushButton(self.tr("Toelaten…"))
        admit.clicked.connect(lambda: self.decide("admitted"))
        exclude = QPushButton(self.tr("Uitsluiten…"))
        exclude.clicked.connect(lambda: self.decide("excluded"))
        hint = QLabel(self.tr("Kijk of ernstige fysieke of psychische belemmeringen het verzuim al verklaren."))
        hint.setWordWrap(True)
        pbox = QGroupBox(self.tr("Voorstellen van de begeleiders"))
        pl = QVBoxLayout(pbox)
        pl.addWidget(self.proposal_table, 1)
        prow = QHBoxLayout()
        prow.addWidget(hint, 1)
        prow.addWidget(admit)
        prow.addWidget(exclude)
        pl.addLayout(prow)

        # -- groups -------------------------------------------------------------------------
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("approachGroup")
        self.group_combo.currentIndexChanged.connect(self.show_group)
        new_group = QPushButton(self.tr("Nieuwe groep…"))
        new_group.clicked.connect(self.new_group)
        self.waiting_combo = QComboBox()
        self.waiting_combo.setObjectName("approachWaiting")
        self.waiting_combo.setPlaceholderText(self.tr("niemand"))
        place = QPushButton(self.tr("In deze groep plaatsen"))
        place.clicked.connect(self.place)
        plan = QPushButton(self.tr("Bijeenkomst plannen…"))
        plan.clicked.connect(self.plan)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Groep")))
        top.addWidget(self.group_combo, 1)
        top.addWidget(new_group)
        top.addWidget(plan)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(QLabel(self.tr("Toegelaten, nog zonder groep")))
        waiting_row.addWidget(self.waiting_combo, 1)
        waiting_row.addWidget(place)
        self.grid = QTableWidget(0, 0)
        self.grid.setObjectName("approachAttendance")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures = QLabel()
        self.figures.setObjectName("approachFigures")
        self.figures.setWordWrap(True)
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Aanwezigheid van de gekozen deelnemer en bijeenkomst:")), 1)
        for code, label in attendance_labels().items():
            b = QPushButton(label.capitalize())
            b.setObjectName(f"mark_{code}")
            b.clicked.connect(lambda _=False, c=code: self.mark(c))
            marks.addWidget(b)
        gbox = QGroupBox(self.tr("Groepen en bijeenkomsten"))
        gl = QVBoxLayout(gbox)
        gl.addLayout(top)
        gl.addLayout(waiting_row)
        gl.addWidget(self.grid, 1)
        gl.addLayout(marks)
        gl.addWidget(self.figures)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("approachMessage")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(pbox)
        split.addWidget(gbox)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.resize(1000, 700)
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.group_combo.currentData()
        try:
            self.proposals = self.approach.proposals()
            self.groups = self.service.groups()
            self.waiting = self.service.admitted_without_group()
        except ServiceError as exc:
            self.message.setText(exc.for_user())
            return
        t = self.proposal_table
        t.setRowCount(len(self.proposals))
        for r, p in enumerate(self.proposals):
            for c, value in enumerate((p.name, f"{p.proposed_on:%d-%m-%Y}", p.reasons, p.note)):
                t.setItem(r, c, QTableWidgetItem(value))
        t.resizeRowsToContents()
        self.waiting_combo.clear()
        for cid, name in self.waiting:
            self.waiting_combo.addItem(name, cid)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in self.groups:
            self.group_combo.addItem(f"{g.name} ({self.tr('start')} {g.starts_on:%d-%m-%Y})", g.id)
        index = max(0, self.group_combo.findData(keep)) if keep else 0
        self.group_combo.setCurrentIndex(index if self.groups else -1)
        self.group_combo.blockSignals(False)
        self.show_group()

    def current_group(self) -> GroupData | None:
        gid = self.group_combo.currentData()
        return next((g for g in self.groups if g.id == gid), None)

    def show_group(self) -> None:
        g = self.current_group()
        self.grid.clear()
        if g is None:
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.figures.setText(self.tr("Nog geen groep. Maak een groep en plaats de toegelaten werkzoekenden "
                                         "erin (ongeveer 20 tot 25 per groep)."))
            return
        topics, marks = topic_labels(), attendance_labels()
        self.grid.setColumnCount(1 + len(g.sessions))
        self.grid.setHorizontalHeaderLabels([self.tr("Deelnemer")] + [
            f"{s.starts_at:%d-%m %H:%M}\n{topics.get(s.topic, s.topic)}" for s in g.sessions])
        self.grid.setRowCount(len(g.members))
        for r, (cid, name) in enumerate(g.members):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.grid.setItem(r, 0, item)
            for c, s in enumerate(g.sessions, start=1):
                mark = s.attendance.get(cid, "")
                cell = QTableWidgetItem(marks.get(mark, ""))
                if mark == "no_show":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.grid.setItem(r, c, cell)
        stretch_column(self.grid, 0)
        f = g.figures
        self.figures.setText(self.tr(
            "{participants} deelnemers, {sessions} bijeenkomsten, {no_shows} keer niet verschenen, "
            "{visits} voordeurbezoeken, {considerations} maatregeloverwegingen, {hearings} keer horen, "
            "{sanctions} maatregelen, {outflow} uitgestroomd.").format(
            participants=f.participants, sessions=f.sessions, no_shows=f.no_shows, visits=f.door_visits,
            considerations=f.considerations, hearings=f.hearings, sanctions=f.sanctions, outflow=f.outflow))

    # -- acting --------------------------------------------------------------------------------
    def _run(self, fn, *args, done: str) -> bool:  # noqa: ANN001
        try:
            fn(*args)
        except ServiceError as exc:
            self.message.setText(exc.for_user())
            return False
        self.message.setText(done)
        return True

    def decide(self, decision: str) -> None:
        row = self.proposal_table.currentRow()
        if not 0 <= row < len(self.proposals):
            self.message.setText(self.tr("Kies eerst een voorstel."))
            return
        p = self.proposals[row]
        title = self.tr("Toelaten") if decision == "admitted" else self.tr("Uitsluiten")
        reason, ok = QInputDialog.getMultiLineText(self, title, self.tr("Reden voor {name}:").format(name=p.name))
        if ok and self._run(self.approach.decide, p.client_id, decision, reason, done=self.tr("Besluit vastgelegd.")):
            self.reload()

    def new_group(self) -> None:
        dialog = GroupDialog(self.service, self)
        if dialog.exec():
            self.reload(dialog.created.id if dialog.created else None)

    def place(self) -> None:
        g, cid = self.current_group(), self.waiting_combo.currentData()
        if g is None or cid is None:
            self.message.setText(self.tr("Kies een groep en een toegelaten werkzoekende."))
            return
        if self._run(self.service.place, cid, g.id, done=self.tr("In de groep geplaatst.")):
            self.reload(g.id)

    def plan(self) -> None:
        g = self.current_group()
        if g is None:
            self.message.setText(self.tr("Maak eerst een groep."))
            return
        if SessionDialog(self.service, g.id, self._actor, self).exec():
            self.reload(g.id)

    def mark(self, status: str) -> None:
        g = self.current_group()
        row, col = self.grid.currentRow(), self.grid.currentColumn()
        if g is None or row < 0 or col < 1:
            self.message.setText(self.tr("Kies eerst de cel van een deelnemer bij een bijeenkomst."))
            return
        cid = self.grid.item(row, 0).data(Qt.ItemDataRole.UserRole)
        done = self.tr("Niet verschenen: het verzuim staat klaar voor het voordeurbezoek door team verzuim, en de "
                       "begeleider ziet het.") if status == "no_show" else self.tr("Aanwezigheid vastgelegd.")
        if self._run(self.service.record_attendance, g.sessions[col - 1].id, cid, status, done=done):
            self.reload(g.id)
            self.grid.setCurrentCell(row, col)
