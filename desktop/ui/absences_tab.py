"""Tab "Verzuim": follow a missed activity step by step (Verzuimaanpak, seed 004).

Gemist -> voordeurbezoek (alleen zonder afmelding) -> vervolggesprek -> omstandigheden toetsen ->
maatregel overwegen -> horen (uitnodiging, reactietermijn, uitkomst) -> besluit. Only the step that is due can be recorded; circumstances that explain
the absence close it without a sanction at any step. The service enforces the same order.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
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
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.absences import (
    CIRCUMSTANCES,
    HEARING_OUTCOMES,
    MAX_MONTHS,
    AbsenceData,
    AbsenceService,
    stage_labels,
)
from desktop.services.context import Actor, local_now
from desktop.services.errors import ServiceError

from .approach_dialog import ApproachBox
from .client_tab import ClientTab
from .tasks import DataBus, TaskRunner

ERROR_STYLE = '<span style="color:#b00020">{}</span>'


def _iso(d: QDate) -> str:
    return f"{d.year():04d}-{d.month():02d}-{d.day():02d}"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date_edit() -> QDateEdit:
    e = QDateEdit()
    e.setCalendarPopup(True)
    e.setDisplayFormat("dd-MM-yyyy")
    return e


def _text_edit(placeholder: str, height: int = 56) -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setPlaceholderText(placeholder)
    e.setFixedHeight(height)
    return e


class AbsencesTab(ClientTab):
    load_when_shown = True

    def __init__(self, db: Database, actor: Actor, bus: DataBus, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, actor, bus, runner, parent)
        self.setObjectName("absencesTab")
        self.service = AbsenceService(db, actor)
        self.absences: list[AbsenceData] = []
        self.current: AbsenceData | None = None

        # -- left: list + new ---------------------------------------------------------------
        self.list = QListWidget()
        self.list.setObjectName("absenceList")
        self.list.currentRowChanged.connect(self._on_row)
        new_box = QGroupBox(self.tr("Gemiste activiteit vastleggen"))
        self.new_activity = QLineEdit()
        self.new_activity.setPlaceholderText(self.tr("Bijvoorbeeld: sollicitatietraining"))
        self.new_date = _date_edit()
        self.new_notified = QCheckBox(self.tr("Had zich afgemeld"))
        self.new_button = QPushButton(self.tr("Verzuim vastleggen"))
        self.new_button.clicked.connect(self.add_absence)
        nf = QFormLayout(new_box)
        nf.addRow(self.tr("Activiteit"), self.new_activity)
        nf.addRow(self.tr("Datum"), self.new_date)
        nf.addRow(self.new_notified)
        nf.addRow(self.new_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Verzuim")))
        left.addWidget(self.list, 1)
        left.addWidget(new_box)
        self.approach_box = ApproachBox(db, actor, self)
        left.addWidget(self.approach_box)

        # -- right: the steps ---------------------------------------------------------------
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("absenceStage")
        self.stage_label.setWordWrap(True)
        font = self.stage_label.font()
        font.setBold(True)
        self.stage_label.setFont(font)

        self.visit_box = QGroupBox(self.tr("1. Voordeurbezoek door team verzuim"))
        self.visit_date = _date_edit()
        self.visit_findings = _text_edit(self.tr("Wat trof team verzuim aan?"))
        self.visit_button = QPushButton(self.tr("Voordeurbezoek vastleggen"))
        self.visit_button.clicked.connect(self.record_visit)
        vf = QFormLayout(self.visit_box)
        vf.addRow(self.tr("Datum"), self.visit_date)
        vf.addRow(self.tr("Bevindingen"), self.visit_findings)
        vf.addRow(self.visit_button)

        self.talk_box = QGroupBox(self.tr("2. Vervolggesprek met de werkzoekende"))
        self.talk_at = QDateTimeEdit()
        self.talk_at.setCalendarPopup(True)
        self.talk_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.talk_summary = _text_edit(self.tr("Samenvatting voor de werkzoekende: waren er omstandigheden?"))
        self.talk_notes = _text_edit(self.tr("Interne aantekeningen (worden niet geprint)"), 44)
        self.talk_button = QPushButton(self.tr("Gesprek vastleggen"))
        self.talk_button.clicked.connect(self.record_talk)
        tf = QFormLayout(self.talk_box)
        tf.addRow(self.tr("Wanneer"), self.talk_at)
        tf.addRow(self.tr("Samenvatting"), self.talk_summary)
        tf.addRow(self.tr("Intern"), self.talk_notes)
        tf.addRow(self.talk_button)

        # The circumstances checked before a sanction is considered (seed 004).
        self.circ_box = QGroupBox(self.tr("3. Omstandigheden toetsen"))
        self.circ_answers: dict[str, tuple[QComboBox, QLineEdit]] = {}
        cf = QFormLayout(self.circ_box)
        for key, label in self._circ_labels().items():
            combo = QComboBox()
            combo.addItem(self.tr("— kies —"), "")
            combo.addItem(self.tr("ja"), "yes")
            combo.addItem(self.tr("nee"), "no")
            combo.addItem(self.tr("onbekend"), "unknown")
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Notitie (verplicht bij ja of onbekend)"))
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(note, 1)
            cf.addRow(label, row)
            self.circ_answers[key] = (combo, note)
        self.circ_button = QPushButton(self.tr("Omstandigheden vastleggen"))
        self.circ_button.clicked.connect(self.record_circumstances)
        cf.addRow(self.circ_button)

        self.sanction_box = QGroupBox(self.tr("4. Maatregel overwegen, horen, besluiten"))
        self.outcome = QComboBox()
        for code, label in self._outcome_labels().items():
            self.outcome.addItem(label, code)
        self.client_view = QLineEdit()
        self.client_view.setPlaceholderText(self.tr("Zienswijze van de werkzoekende"))
        self.outcome_button = QPushButton(self.tr("Uitkomst horen vastleggen"))
        self.outcome_button.clicked.connect(self.record_outcome)
        self.consider_button = QPushButton(self.tr("Maatregel overwegen (vandaag)"))
        self.consider_button.clicked.connect(self.consider)
        self.hearing_button = QPushButton(self.tr("Horen aangeboden (vandaag)"))
        self.hearing_button.clicked.connect(self.offer_hearing)
        self.letter_button = QPushButton(self.tr("Brief afdrukken…"))
        self.letter_button.setObjectName("absenceLetter")
        self.letter_button.setToolTip(self.tr("De uitnodiging om gehoord te worden, of de brief met het besluit."))
        self.letter_button.clicked.connect(self.print_letter)
        self.sanction = QRadioButton(self.tr("Maatregel"))
        self.no_sanction = QRadioButton(self.tr("Geen maatregel"))
        self.no_sanction.setChecked(True)
        self.percentage = QSpinBox()
        self.percentage.setRange(1, 100)
        self.percentage.setSuffix(" %")
        self.percentage.setValue(30)
        self.months = QSpinBox()
        self.months.setRange(1, MAX_MONTHS)
        self.months.setSuffix(self.tr(" maand(en)"))
        self.decision_reason = _text_edit(self.tr("Waarom dit besluit? (verplicht)"))
        self.decide_button = QPushButton(self.tr("Besluit vastleggen"))
        self.decide_button.clicked.connect(self.decide)
        self.sanction.toggled.connect(self._sanction_fields)
        sf = QFormLayout(self.sanction_box)
        row = QHBoxLayout()
        row.addWidget(self.consider_button)
        row.addWidget(self.hearing_button)
        row.addWidget(self.letter_button)
        sf.addRow(row)
        row = QHBoxLayout()
        row.addWidget(self.outcome)
        row.addWidget(self.client_view, 1)
        row.addWidget(self.outcome_button)
        sf.addRow(self.tr("Horen"), row)
        row = QHBoxLayout()
        row.addWidget(self.no_sanction)
        row.addWidget(self.sanction)
        row.addWidget(self.percentage)
        row.addWidget(self.months)
        sf.addRow(self.tr("Besluit"), row)
        sf.addRow(self.tr("Reden"), self.decision_reason)
        sf.addRow(self.decide_button)

        self.explain_box = QGroupBox(self.tr("Verklaard door omstandigheden: afsluiten zonder maatregel"))
        self.explain_reason = _text_edit(self.tr("Welke omstandigheden verklaren het verzuim?"), 44)
        self.explain_button = QPushButton(self.tr("Afsluiten zonder maatregel"))
        self.explain_button.clicked.connect(self.explain)
        ef = QFormLayout(self.explain_box)
        ef.addRow(self.explain_reason)
        ef.addRow(self.explain_button)

        self.detail = QWidget()
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        for w in (self.header, self.stage_label, self.visit_box, self.talk_box, self.circ_box, self.sanction_box, self.explain_box):
            dl.addWidget(w)
        dl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        self.scroll = scroll
        self.empty = QLabel(self.tr("Kies een verzuim, of leg een gemiste activiteit vast."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("absenceMessage")
        self.message.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.empty, 1)
        right.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._show(None)

    def title(self) -> str:
        return self.tr("Verzuim")

    def _circ_labels(self) -> dict[str, str]:
        labels = {"children": self.tr("Kinderen in het huishouden"), "debts": self.tr("Schulden"),
                  "housing": self.tr("Wonen in gevaar"), "health": self.tr("Gezondheid")}
        return {k: labels[k] for k in CIRCUMSTANCES}

    def _outcome_labels(self) -> dict[str, str]:
        labels = {"heard": self.tr("Gehoord"), "written_view": self.tr("Schriftelijke zienswijze ontvangen"),
                  "no_response": self.tr("Geen reactie")}
        return {k: labels[k] for k in HEARING_OUTCOMES}

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        keep = self.current.id if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        self.absences = self.service.list_for_client(self.client_id) if self.client_id else []
        self.approach_box.show_client(self.client_id)
        row = -1
        for i, a in enumerate(self.absences):
            item = QListWidgetItem(f"{a.missed_on:%d-%m-%Y}  {a.activity} — {self._state(a)}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
            if a.id == keep:
                row = i
        if row < 0 and self.absences:
            row = 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self.new_date.setDate(_qdate(self.actor.today()))
        self._show(self.absences[row] if row >= 0 else None)

    def _state(self, a: AbsenceData) -> str:
        if a.explained_by_circumstances:
            return stage_labels()["explained"]
        if a.sanction_decision == "sanction":
            unit = self.tr("maand") if a.sanction_months == 1 else self.tr("maanden")
            return self.tr("maatregel {p}% gedurende {m} {unit}").format(p=a.sanction_percentage,
                                                                        m=a.sanction_months, unit=unit)
        if a.sanction_decision == "no_sanction":
            return self.tr("geen maatregel")
        return stage_labels()[a.stage].lower()

    def _on_row(self, row: int) -> None:
        self.message.clear()
        self._show(self.absences[row] if 0 <= row < len(self.absences) else None)

    def _now_text(self, a: AbsenceData) -> str:
        steps = a.next_steps()
        if not a.is_open:
            return self.tr("Afgesloten op {date}: {state}.").format(date=f"{a.closed_on:%d-%m-%Y}",
                                                                    state=self._state(a))
        if "door_visit" in steps:
            return self.tr("Nu: voordeurbezoek door team verzuim (niet afgemeld), daarna het vervolggesprek.")
        if "conversation" in steps:
            return self.tr("Nu: vervolggesprek met de werkzoekende — waren er omstandigheden?")
        if "circumstances" in steps and "consider" not in steps:
            return self.tr("Nu: de omstandigheden toetsen (kinderen, schulden, wonen, gezondheid), daarna de "
                           "maatregel overwegen.")
        if "consider" in steps:
            return self.tr("Nu: maatregel overwegen, of afsluiten omdat omstandigheden het verzuim verklaren.")
        if "hearing" in steps:
            return self.tr("Nu: de werkzoekende aanbieden gehoord te worden, of besluiten geen maatregel op te "
                           "leggen.")
        if "hearing_outcome" in steps and a.hearing_deadline:
            return self.tr("Nu: de uitkomst van het horen; een maatregel kan na de uitkomst of na {date}.").format(
                date=f"{a.hearing_deadline:%d-%m-%Y}")
        return self.tr("Nu: het besluit.")

    def _show(self, a: AbsenceData | None) -> None:
        self.current = a
        self.scroll.setVisible(a is not None)
        self.empty.setVisible(a is None)
        self.new_button.setEnabled(self.client_id is not None)
        if a is None:
            return
        notified = self.tr("afgemeld") if a.notified else self.tr("niet afgemeld")
        lines = [f"{a.activity} — {a.missed_on:%d-%m-%Y} ({notified})"]
        if a.door_visit_on:
            lines.append(self.tr("Voordeurbezoek {date}: {findings}").format(
                date=f"{a.door_visit_on:%d-%m-%Y}", findings=a.door_visit_findings or ""))
        if a.followup_conversation_id:
            lines.append(self.tr("Vervolggesprek gehouden."))
        if a.sanction_considered_on:
            lines.append(self.tr("Maatregel overwogen op {date}.").format(date=f"{a.sanction_considered_on:%d-%m-%Y}"))
        if a.circumstances_checked:
            lines.append(self.tr("Omstandigheden getoetst."))
        if a.hearing_offered_on:
            lines.append(self.tr("Horen aangeboden op {date}.").format(date=f"{a.hearing_offered_on:%d-%m-%Y}"))
        if a.hearing_deadline:
            lines.append(self.tr("Reactietermijn tot en met {date}.").format(date=f"{a.hearing_deadline:%d-%m-%Y}"))
        if a.hearing_outcome:
            lines.append(self.tr("Uitkomst horen: {outcome}. {view}").format(
                outcome=self._outcome_labels().get(a.hearing_outcome, a.hearing_outcome),
                view=a.hearing_client_view or "").strip())
        if a.decision_reason:
            lines.append(self.tr("Reden: {reason}").format(reason=a.decision_reason))
        self.header.setText("\n".join(lines))
        self.stage_label.setText(self._now_text(a))
        steps = a.next_steps()
        self.visit_box.setVisible(a.door_visit_needed)
        self.visit_button.setEnabled("door_visit" in steps)
        self.talk_button.setEnabled("conversation" in steps)
        self.consider_button.setEnabled("consider" in steps)
        self.circ_box.setVisible(a.sanction_considered_on is None)
        self.circ_button.setEnabled("circumstances" in steps)
        self.outcome_button.setEnabled("hearing_outcome" in steps)
        self.hearing_button.setEnabled("hearing" in steps)
        self.letter_button.setEnabled(a.sanction_considered_on is not None)
        self.decide_button.setEnabled("decide" in steps)
        self.explain_button.setEnabled("explain" in steps)
        self.explain_box.setEnabled(a.is_open)
        self.sanction.setToolTip("" if a.hearing_offered_on else self.tr(
            "Een maatregel kan pas na een maatregeloverweging en nadat de werkzoekende is aangeboden gehoord "
            "te worden."))
        self.visit_date.setDate(_qdate(self.actor.today()))
        now = local_now()
        self.talk_at.setDateTime(QDateTime(_qdate(now.date()), QTime(now.hour, now.minute)))
        self._sanction_fields()

    def _sanction_fields(self) -> None:
        on = self.sanction.isChecked()
        self.percentage.setEnabled(on)
        self.months.setEnabled(on)

    # -- actions -----------------------------------------------------------------------------
    def _run(self, fn, text: str) -> bool:  # noqa: ANN001 - a service call
        try:
            data = fn()
        except ServiceError as exc:
            msg = exc.for_user()
            self.message.setText(ERROR_STYLE.format(msg))
            return False
        self.current = data
        loads = self._loads
        self.bus.changed.emit("absence", data.id)
        if self._loads == loads:  # not in a pane: reload ourselves
            self.reload()
        self.message.setText(text)
        return True

    def add_absence(self) -> None:
        if not self.client_id:
            return
        client_id = self.client_id
        if self._run(lambda: self.service.record(client_id, {
                "activity": self.new_activity.text(), "missed_on": _iso(self.new_date.date()),
                "notified": self.new_notified.isChecked()}), self.tr("Verzuim vastgelegd.")):
            self.new_activity.clear()
            self.new_notified.setChecked(False)

    def record_visit(self) -> None:
        if self.current and self._run(lambda: self.service.record_door_visit(
                self.current.id, _iso(self.visit_date.date()), self.visit_findings.toPlainText()),
                self.tr("Voordeurbezoek vastgelegd.")):
            self.visit_findings.clear()

    def record_talk(self) -> None:
        if self.current is None:
            return
        dt = self.talk_at.dateTime()
        d, t = dt.date(), dt.time()
        held = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        data = {"held_at": held, "summary_for_client": self.talk_summary.toPlainText(),
                "internal_notes": self.talk_notes.toPlainText()}
        if self._run(lambda: self.service.record_conversation(self.current.id, data),
                     self.tr("Vervolggesprek vastgelegd.")):
            self.talk_summary.clear()
            self.talk_notes.clear()

    def record_circumstances(self) -> None:
        if self.current is None:
            return
        answers = {k: {"answer": combo.currentData(), "note": note.text()}
                   for k, (combo, note) in self.circ_answers.items()}
        self._run(lambda: self.service.check_circumstances(self.current.id, answers),
                  self.tr("Omstandigheden vastgelegd."))

    def record_outcome(self) -> None:
        if self.current and self._run(lambda: self.service.record_hearing_outcome(
                self.current.id, self.outcome.currentData(), self.client_view.text()),
                self.tr("Uitkomst van het horen vastgelegd.")):
            self.client_view.clear()

    def consider(self) -> None:
        if self.current:
            self._run(lambda: self.service.consider_sanction(self.current.id), self.tr("Maatregeloverweging vastgelegd."))

    def print_letter(self) -> None:
        """Hearing invitation while the absence is open; the decision letter once decided."""
        from .letters import LetterDialog

        a = self.current
        if a is None or self.client_id is None:
            return
        kind = "decision" if a.sanction_decision else "hearing-invitation"
        self.letter_dialog = LetterDialog(self.db, self.actor, self.runner, self.bus, self.client_id, kind, a.id, self,
                                          on_recorded=self.reload)
        self.letter_dialog.open()

    def offer_hearing(self) -> None:
        if self.current:
            self._run(lambda: self.service.offer_hearing(self.current.id), self.tr("Aanbod om te horen vastgelegd."))

    def decide(self) -> None:
        if self.current is None:
            return
        sanction = self.sanction.isChecked()
        if self._run(lambda: self.service.decide(
                self.current.id, "sanction" if sanction else "no_sanction", self.decision_reason.toPlainText(),
                percentage=self.percentage.value() if sanction else None,
                months=self.months.value() if sanction else None), self.tr("Besluit vastgelegd.")):
            self.decision_reason.clear()

    def explain(self) -> None:
        if self.current and self._run(lambda: self.service.explain(self.current.id, self.explain_reason.toPlainText()),
                                      self.tr("Afgesloten zonder maatregel: verklaard door omstandigheden.")):
            self.explain_reason.clear()
