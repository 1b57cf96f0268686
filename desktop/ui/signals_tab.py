"""Tab "Signalen": telephone-first ("Geen boete, tenzij…").

Left: the client's signals and a short form for a new one. Right: the open signal — its call
attempts, one click per attempt ("Gebeld — bereikt" / "Gebeld — niet bereikt") with an optional note,
a reminder for the next attempt, the letter, the culpability judgement and the result. The result
"Boete-onderzoek" stays disabled, with the reason as tooltip and under the list, until the service's
rule allows it; the service enforces the rule itself as well.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor, local_now
from desktop.services.errors import ServiceError
from desktop.services.signals import ResultOption, SignalData, SignalService, kind_labels, result_labels

from .client_tab import ClientTab
from .tasks import DataBus, TaskRunner

ERROR_STYLE = '<span style="color:#b00020">{}</span>'


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _py(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class SignalsTab(ClientTab):
    load_when_shown = True

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("signalsTab")
        self.service = SignalService(db, actor)
        self.signals: list[SignalData] = []
        self.current: SignalData | None = None
        self.options: list[ResultOption] = []
        kinds = kind_labels()

        # -- left: list + new ---------------------------------------------------------------
        self.list = QListWidget()
        self.list.setObjectName("signalList")
        self.list.currentRowChanged.connect(self._on_row)
        new_box = QGroupBox(self.tr("Nieuw signaal"))
        self.new_kind = QComboBox()
        for key, label in kinds.items():
            self.new_kind.addItem(label, key)
        self.new_date = QDateEdit()
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("dd-MM-yyyy")
        self.new_description = QPlainTextEdit()
        self.new_description.setPlaceholderText(self.tr("Wat is er gezien of gemeld?"))
        self.new_description.setFixedHeight(60)
        self.new_button = QPushButton(self.tr("Signaal toevoegen"))
        self.new_button.clicked.connect(self.add_signal)
        nf = QFormLayout(new_box)
        nf.addRow(self.tr("Soort"), self.new_kind)
        nf.addRow(self.tr("Datum"), self.new_date)
        nf.addRow(self.tr("Omschrijving"), self.new_description)
        nf.addRow(self.new_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Signalen")))
        left.addWidget(self.list, 1)
        left.addWidget(new_box)

        # -- right: the open signal ---------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("signalHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.attempts = QListWidget()
        self.attempts.setObjectName("attemptList")
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setToolTip(self.tr("Wanneer is er gebeld? Standaard nu."))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Korte notitie (optioneel)"))
        self.reached_button = QPushButton(self.tr("Gebeld — bereikt"))
        self.reached_button.setObjectName("calledReached")
        self.not_reached_button = QPushButton(self.tr("Gebeld — niet bereikt"))
        self.not_reached_button.setObjectName("calledNotReached")
        self.reached_button.clicked.connect(lambda: self.log_attempt(True))
        self.not_reached_button.clicked.connect(lambda: self.log_attempt(False))
        self.withdraw_button = QPushButton(self.tr("Belpoging intrekken"))
        self.withdraw_button.setObjectName("withdrawAttempt")
        self.withdraw_button.setToolTip(self.tr("Een per ongeluk vastgelegde belpoging: alleen door wie haar "
                                                "vastlegde, binnen enkele minuten. Het intrekken wordt gelogd."))
        self.withdraw_button.clicked.connect(self.withdraw_attempt)
        self.remind = QCheckBox(self.tr("Herinnering volgende poging"))
        self.next_at = QDateTimeEdit()
        self.next_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.next_at.setCalendarPopup(True)
        self.remind_button = QPushButton(self.tr("Herinnering zetten"))
        self.remind_button.clicked.connect(self.set_reminder)
        self.reminder_label = QLabel()
        self.letter_button = QPushButton(self.tr("Brief verstuurd (vandaag)"))
        self.letter_button.setObjectName("letterSent")
        self.letter_button.clicked.connect(self.letter_sent)
        self.letter_label = QLabel()
        self.print_letter_button = QPushButton(self.tr("Terugbelbrief afdrukken…"))
        self.print_letter_button.setObjectName("printLetter")
        self.print_letter_button.setToolTip(self.tr("Voorbeeld, afdrukken of opslaan; daarna staat de brief als "
                                                    "verstuurd vastgelegd."))
        self.print_letter_button.clicked.connect(self.print_letter)
        self.culpable = QComboBox()
        self.culpable.setObjectName("culpable")
        self.culpable.addItem(self.tr("Nog niet beoordeeld"), None)
        self.culpable.addItem(self.tr("Verwijtbaar"), True)
        self.culpable.addItem(self.tr("Niet verwijtbaar"), False)
        self.culpable.activated.connect(lambda _i: self.judge())
        self.result = QComboBox()
        self.result.setObjectName("signalResult")
        self.result.currentIndexChanged.connect(self._show_rule)
        self.rule = QLabel()
        self.rule.setObjectName("fineRule")
        self.rule.setWordWrap(True)
        self.impossible = QLineEdit()
        self.impossible.setObjectName("callImpossible")
        self.impossible.setPlaceholderText(self.tr("Alleen als bellen niet kon: waarom niet?"))
        self.impossible.textChanged.connect(lambda _t: self._fill_results())
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Waarom is dit het resultaat? (verplicht)"))
        self.reason.setFixedHeight(70)
        self.close_button = QPushButton(self.tr("Afsluiten met dit resultaat"))
        self.close_button.setObjectName("closeSignal")
        self.close_button.clicked.connect(self.close_signal)
        self.message = QLabel()
        self.message.setObjectName("signalMessage")
        self.message.setWordWrap(True)

        calls = QGroupBox(self.tr("Bellen"))
        cl = QVBoxLayout(calls)
        cl.addWidget(self.attempts, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tijdstip")))
        row.addWidget(self.when)
        row.addWidget(self.note, 1)
        cl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.reached_button)
        row.addWidget(self.not_reached_button)
        row.addWidget(self.withdraw_button)
        cl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.remind)
        row.addWidget(self.next_at)
        row.addWidget(self.remind_button)
        cl.addLayout(row)
        cl.addWidget(self.reminder_label)
        row = QHBoxLayout()
        row.addWidget(self.print_letter_button)
        row.addWidget(self.letter_button)
        row.addWidget(self.letter_label, 1)
        cl.addLayout(row)

        outcome = QGroupBox(self.tr("Oordeel en resultaat"))
        of = QFormLayout(outcome)
        of.addRow(self.tr("Verwijtbaar?"), self.culpable)
        of.addRow(self.tr("Resultaat"), self.result)
        of.addRow(self.rule)
        of.addRow(self.tr("Reden"), self.reason)
        self.impossible_label = QLabel(self.tr("Bellen kon niet"))
        of.addRow(self.impossible_label, self.impossible)
        of.addRow(self.close_button)

        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.header)
        dl.addWidget(calls, 1)
        dl.addWidget(outcome)
        self.empty = QLabel(self.tr("Kies een signaal, of voeg er een toe.\nBij een signaal: eerst bellen. "
                                    "Geen boete, tenzij…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.detail, 1)
        right.addWidget(self.empty, 1)
        right.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._show(None)

    def title(self) -> str:
        return self.tr("Signalen")

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.current.id if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        self.signals = self.service.list_for_client(self.client_id) if self.client_id else []
        kinds, results = kind_labels(), result_labels()
        row = -1
        for i, s in enumerate(self.signals):
            state = self.tr("open") if s.is_open else results.get(s.result or "", s.result or "")
            item = QListWidgetItem(f"{s.signalled_on:%d-%m-%Y}  {kinds.get(s.kind, s.kind)} — {state}")
            item.setToolTip(s.description)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
            if s.id == keep:
                row = i
        if row < 0 and self.signals:
            row = 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.new_date.setDate(self._qdate_today())
        self._show(self.signals[row] if row >= 0 else None)

    def _qdate_today(self) -> QDate:
        t = self.actor.today()
        return QDate(t.year, t.month, t.day)

    def _on_row(self, row: int) -> None:
        self.message.clear()
        self._show(self.signals[row] if 0 <= row < len(self.signals) else None)

    def _show(self, sig: SignalData | None) -> None:
        self.current = sig
        self.detail.setVisible(sig is not None)
        self.empty.setVisible(sig is None)
        self.new_button.setEnabled(self.client_id is not None)
        if sig is None:
            self.options = []
            return
        kinds, results = kind_labels(), result_labels()
        lines = [f"{kinds.get(sig.kind, sig.kind)} — {sig.signalled_on:%d-%m-%Y}", sig.description]
        if not sig.is_open:
            lines.append(self.tr("Afgesloten op {date}: {result}. Reden: {reason}").format(
                date=f"{sig.closed_on:%d-%m-%Y}" if sig.closed_on else "", result=results.get(sig.result or "", ""),
                reason=sig.result_reason or ""))
        self.header.setText("\n".join(lines))
        self.attempts.clear()
        for a in sig.attempts:
            what = self.tr("bereikt") if a.reached else self.tr("niet bereikt")
            text = f"{a.attempted_at:%d-%m-%Y %H:%M} — {what}"
            if a.by_name:
                text += f" — {a.by_name}"
            if a.note:
                text += f" — {a.note}"
            self.attempts.addItem(text)
        if not sig.attempts:
            self.attempts.addItem(self.tr("Nog niet gebeld."))
        now = local_now()
        self.when.setDateTime(_qdt(now))
        self.next_at.setDateTime(_qdt(datetime.combine(now.date() + timedelta(days=1), time(9, 0))))
        self.reminder_label.setText(
            self.tr("Volgende poging: {at}").format(at=f"{sig.next_attempt_at:%d-%m-%Y %H:%M}")
            if sig.next_attempt_at else self.tr("Geen herinnering gezet."))
        self.letter_label.setText(self.tr("Brief verstuurd op {date}").format(date=f"{sig.letter_sent_on:%d-%m-%Y}")
                                  if sig.letter_sent_on else self.tr("Nog geen brief verstuurd."))
        self.culpable.setCurrentIndex({None: 0, True: 1, False: 2}[sig.culpable])
        self.culpable.setEnabled(sig.is_open and sig.reached)
        self.culpable.setToolTip("" if sig.reached else self.tr(
            "Of iets verwijtbaar is beoordeelt u na een gesprek: bel eerst."))
        for w in (self.when, self.note, self.reached_button, self.not_reached_button, self.remind, self.next_at,
                  self.remind_button, self.letter_button, self.result, self.reason, self.close_button):
            w.setEnabled(sig.is_open)
        self.letter_button.setEnabled(sig.is_open and sig.letter_sent_on is None)
        self.print_letter_button.setEnabled(sig.is_open and any(not a.reached for a in sig.attempts))
        self.withdraw_button.setEnabled(sig.is_open and bool(sig.attempts))
        income = sig.kind == "income_decision" and sig.is_open
        self.impossible.setVisible(income)
        self.impossible_label.setVisible(income)
        self._fill_results()

    def _fill_results(self) -> None:
        """The result choices from the service: a result it does not allow is disabled, with its reason."""
        sig = self.current
        self.options = self.service.allowed_results(sig.id) if sig else []
        keep = self.result.currentData()
        self.result.blockSignals(True)
        self.result.clear()
        self.result.addItem(self.tr("Kies een resultaat…"), None)
        model = self.result.model()
        assert isinstance(model, QStandardItemModel)
        # An income decision whose client was not reached may be closed as "explained" with the written
        # reason why calling was impossible (the service checks it again when closing).
        impossible = bool(sig and sig.attempts and not self.impossible.isHidden() and self.impossible.text().strip())
        for i, o in enumerate(self.options, start=1):
            self.result.addItem(o.label, o.result)
            model.item(i).setEnabled(o.allowed or (impossible and o.result == "explained"))
            self.result.setItemData(i, o.reason or o.label, Qt.ItemDataRole.ToolTipRole)
        index = self.result.findData(keep) if keep else 0
        if index > 0 and not model.item(index).isEnabled():
            index = 0
        self.result.setCurrentIndex(max(0, index))
        self.result.blockSignals(False)
        self._show_rule()

    def option(self, result: str) -> ResultOption | None:
        return next((o for o in self.options if o.result == result), None)

    def _show_rule(self) -> None:
        chosen = self.option(self.result.currentData() or "")
        if chosen is not None and not chosen.allowed:
            self.rule.setText(chosen.reason)
            return
        fine = self.option("fine_investigation")
        if fine is None or (self.current and not self.current.is_open):
            self.rule.clear()
        elif fine.allowed:
            self.rule.setText(self.tr("Boete-onderzoek is mogelijk: aan de voorwaarden is voldaan."))
        else:
            self.rule.setText(fine.reason)

    # -- actions -----------------------------------------------------------------------------
    def _done(self, data: SignalData, text: str) -> None:
        self.current = data
        loads = self._loads
        self.bus.changed.emit("signal", data.id)
        if self._loads == loads:  # not in a pane: reload ourselves
            self.reload()
        self.message.setText(text)

    def _fail(self, exc: ServiceError) -> None:
        text = exc.for_user()
        self.message.setText(ERROR_STYLE.format(text))

    def add_signal(self) -> None:
        if not self.client_id:
            return
        d = self.new_date.date()
        try:
            data = self.service.create(self.client_id, {
                "kind": self.new_kind.currentData(), "description": self.new_description.toPlainText(),
                "signalled_on": f"{d.year():04d}-{d.month():02d}-{d.day():02d}"})
        except ServiceError as exc:
            self._fail(exc)
            return
        self.new_description.clear()
        self._done(data, self.tr("Signaal toegevoegd. Bel de werkzoekende eerst."))

    def log_attempt(self, reached: bool) -> None:
        if self.current is None:
            return
        nxt = _py(self.next_at.dateTime()) if (self.remind.isChecked() and not reached) else None
        try:
            data = self.service.log_attempt(self.current.id, reached, self.note.text(), at=_py(self.when.dateTime()),
                                            next_attempt_at=nxt)
        except ServiceError as exc:
            self._fail(exc)
            return
        self.note.clear()
        self.remind.setChecked(False)
        self._done(data, self.tr("Belpoging vastgelegd: bereikt.") if reached
                   else self.tr("Belpoging vastgelegd: niet bereikt."))

    def set_reminder(self) -> None:
        if self.current is None:
            return
        try:
            data = self.service.set_next_attempt(self.current.id, _py(self.next_at.dateTime()))
        except ServiceError as exc:
            self._fail(exc)
            return
        self._done(data, self.tr("Herinnering gezet."))

    def print_letter(self) -> None:
        """The letter after failed calls ("Geen boete, tenzij…"), for this signal."""
        from .letters import LetterDialog

        if self.current is None or self.client_id is None:
            return
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, self.bus, self.client_id,
                                          "contact-attempt", self.current.id, self, on_recorded=self.reload)
        self.letter_dialog.open()

    def letter_sent(self) -> None:
        if self.current is None:
            return
        try:
            data = self.service.mark_letter_sent(self.current.id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._done(data, self.tr("Brief vastgelegd."))

    def judge(self) -> None:
        if self.current is None:
            return
        try:
            data = self.service.judge(self.current.id, self.culpable.currentData())
        except ServiceError as exc:
            self._fail(exc)
            return
        self._done(data, self.tr("Oordeel vastgelegd."))

    def withdraw_attempt(self) -> None:
        """The selected call attempt (default: the last one) was logged by mistake."""
        sig = self.current
        if sig is None or not sig.attempts:
            return
        row = self.attempts.currentRow()
        attempt = sig.attempts[row] if 0 <= row < len(sig.attempts) else sig.attempts[-1]
        try:
            data = self.service.withdraw_attempt(attempt.id)
        except ServiceError as exc:
            self._fail(exc)
            return
        self._done(data, self.tr("Belpoging ingetrokken."))

    def close_signal(self) -> None:
        if self.current is None:
            return
        result = self.result.currentData()
        if not result:
            self.message.setText(ERROR_STYLE.format(self.tr("Kies een resultaat.")))
            return
        try:
            data = self.service.close(self.current.id, result, self.reason.toPlainText(),
                                      self.impossible.text() if not self.impossible.isHidden() else None)
        except ServiceError as exc:
            self._fail(exc)
            return
        self.reason.clear()
        self._done(data, self.tr("Signaal afgesloten."))
