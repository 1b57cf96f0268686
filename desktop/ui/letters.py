"""Letters from where the step happens: choose kind and step, preview, print or save — then recorded.

The preview records nothing; a letter counts as sent once it was printed or saved (or the coach
marks it as sent without printing here). The work runs on the TaskRunner, never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Database
from desktop.services.context import Actor
from desktop.services.errors import ServiceError
from desktop.services.letters import DOCUMENTS, KINDS, MAILING_MAX, LetterService, kind_labels

from .tasks import DataBus, TaskRunner

# The entity the data bus announces after a letter was recorded, so the tab showing it reloads.
STEP_ENTITY = {"signal": "signal", "absence": "absence", "placement": "placement", None: "client"}
MAILING_KINDS = ("werknl-registration", "werknl-binding-decision", "rights-and-duties", "reexamination-invitation")


def document_labels() -> dict[str, str]:
    return {
        "id": QCoreApplication.translate("LetterDialog", "Identiteitsbewijs"),
        "bank": QCoreApplication.translate("LetterDialog", "Bankafschriften van de laatste maand"),
        "rent": QCoreApplication.translate("LetterDialog", "Huurcontract of brief over de huur"),
        "income": QCoreApplication.translate("LetterDialog", "Loonstroken van de laatste 3 maanden"),
        "allowances": QCoreApplication.translate("LetterDialog", "Brieven over toeslagen"),
        "debts": QCoreApplication.translate("LetterDialog", "Brieven over schulden"),
    }


class LetterPrinter:
    """Render in the background, show the preview, record once printed or saved."""

    def __init__(self, parent: QWidget, db: Database, actor: Actor, runner: TaskRunner, bus: DataBus | None) -> None:
        self.parent, self.runner, self.bus = parent, runner, bus
        self.service = LetterService(db, actor)
        self.preview = None

    def preview_letter(self, kind: str, client_id: str, for_id: str | None = None,
                       documents: Sequence[str] = (), on_recorded: Callable[[], None] | None = None) -> None:
        def make() -> tuple[bytes, str]:
            return (self.service.render(kind, client_id, for_id, documents=documents),
                    self.service.suggested_filename(kind, client_id))

        def record() -> None:
            self.runner.run(lambda: self.service.mark_sent(kind, client_id, for_id, documents=documents),
                            on_done=lambda _p: self._recorded(kind, client_id, for_id, on_recorded),
                            on_error=self._failed)

        self.runner.run(make, on_done=lambda made: self._show(made, kind_labels()[kind], record),
                        on_error=self._failed)

    def preview_mailing(self, kind: str, client_ids: Sequence[str], limit: int,
                        documents: Sequence[str] = (), on_recorded: Callable[[list[str]], None] | None = None) -> None:
        def make() -> tuple[bytes, list[str]]:
            return self.service.mailing(kind, client_ids, limit=limit, documents=documents, record=False)

        def shown(made: tuple[bytes, list[str]]) -> None:
            pdf, sent = made

            def record() -> None:
                def all_of_them() -> list[str]:
                    for cid in sent:
                        self.service.mark_sent(kind, cid, documents=documents)
                    return sent

                self.runner.run(all_of_them, on_done=lambda ids: self._mailed(ids, on_recorded), on_error=self._failed)

            title = QCoreApplication.translate("LetterPrinter", "Mailing: {kind} — {n} brief/brieven").format(kind=kind_labels()[kind], n=len(sent))
            self._show((pdf, self.service.suggested_filename(kind, "")), title, record)

        self.runner.run(make, on_done=shown, on_error=self._failed)

    def mark_sent(self, kind: str, client_id: str, for_id: str | None = None, documents: Sequence[str] = (),
                  on_recorded: Callable[[], None] | None = None) -> None:
        self.runner.run(lambda: self.service.mark_sent(kind, client_id, for_id, documents=documents),
                        on_done=lambda _p: self._recorded(kind, client_id, for_id, on_recorded),
                        on_error=self._failed)

    # -- callbacks on the UI thread ------------------------------------------------------------
    def _show(self, made: tuple[bytes, str], title: str, record: Callable[[], None]) -> None:
        from .print_preview import PrintPreviewDialog

        self.preview = PrintPreviewDialog(made[0], made[1], self.parent,
                                          title=QCoreApplication.translate("LetterPrinter", "Afdrukvoorbeeld — {what}").format(what=title),
                                          on_done=record)
        self.preview.open()

    def _recorded(self, kind: str, client_id: str, for_id: str | None, then: Callable[[], None] | None) -> None:
        if self.bus is not None:
            step = KINDS[kind].step
            self.bus.changed.emit(STEP_ENTITY[step], for_id if step and for_id else client_id)
        if then is not None:
            then()

    def _mailed(self, ids: list[str], then: Callable[[list[str]], None] | None) -> None:
        if self.bus is not None:
            for cid in ids:
                self.bus.changed.emit("client", cid)
        if then is not None:
            then(ids)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        message = exc.for_user("\n")
        QMessageBox.information(self.parent, QCoreApplication.translate("LetterPrinter", "Brief"), message)


class LetterDialog(QDialog):
    """Choose the kind (and the step it belongs to, and for a re-examination the documents)."""

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, bus: DataBus | None, client_id: str,
                 kind: str | None = None, for_id: str | None = None, parent: QWidget | None = None,
                 on_recorded: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.client_id = client_id
        self.on_recorded = on_recorded
        self.printer = LetterPrinter(self, db, actor, runner, bus)
        self.setWindowTitle(self.tr("Brief voor de werkzoekende"))
        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.step = QComboBox()
        self.step.setObjectName("letterStep")
        self.step_label = QLabel(self.tr("Hoort bij"))
        self.documents: dict[str, QCheckBox] = {}
        labels = document_labels()
        docs = QWidget()
        column = QVBoxLayout(docs)
        column.setContentsMargins(0, 0, 0, 0)
        for code in DOCUMENTS:
            box = QCheckBox(labels[code])
            box.setChecked(code == "id")
            self.documents[code] = box
            column.addWidget(box)
        self.docs_label = QLabel(self.tr("Meenemen"))
        self.docs = docs
        form = QFormLayout()
        form.addRow(self.tr("Soort brief"), self.kind)
        form.addRow(self.step_label, self.step)
        form.addRow(self.docs_label, docs)
        # a re-examination starts with who selected it and why (seed 000)
        self.select_button = QPushButton(self.tr("Selectie voor heronderzoek vastleggen…"))
        self.select_button.setObjectName("reexaminationSelect")
        self.select_button.clicked.connect(self.select_reexamination)
        self._db, self._actor = db, actor
        form.addRow("", self.select_button)
        self.preview_button = QPushButton(self.tr("&Voorbeeld…"))
        self.preview_button.setDefault(True)
        self.sent_button = QPushButton(self.tr("Als verstuurd &markeren"))
        self.sent_button.setToolTip(self.tr("De brief is op een andere manier verstuurd; leg alleen de datum vast."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.sent_button.clicked.connect(self.mark_sent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if kind in KINDS:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self._kind_changed(for_id)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def chosen_documents(self) -> list[str]:
        return [code for code, box in self.documents.items() if box.isChecked()]

    def _kind_changed(self, for_id: str | None = None) -> None:
        kind = self.current_kind()
        has_step = KINDS[kind].step is not None
        self.step.clear()
        if has_step:
            for sid, label in self.printer.service.targets(kind, self.client_id):
                self.step.addItem(label, sid)
            if for_id:
                self.step.setCurrentIndex(max(0, self.step.findData(for_id)))
        self.step.setVisible(has_step)
        self.step_label.setVisible(has_step)
        reexam = kind == "reexamination-invitation"
        self.docs.setVisible(reexam)
        self.docs_label.setVisible(reexam)
        self.select_button.setVisible(reexam)
        self.message.clear()

    def select_reexamination(self) -> None:
        from .reexamination_dialog import ReexaminationDialog

        if ReexaminationDialog(self._db, self._actor, self.client_id, self).exec():
            self.message.setText(self.tr("Selectie vastgelegd; de uitnodiging kan nu worden verstuurd."))

    def _args(self) -> tuple[str, str | None, list[str]]:
        kind = self.current_kind()
        return kind, (self.step.currentData() if KINDS[kind].step else None), self.chosen_documents()

    def preview(self) -> None:
        kind, for_id, docs = self._args()
        self.printer.preview_letter(kind, self.client_id, for_id, docs, on_recorded=self._recorded)

    def mark_sent(self) -> None:
        kind, for_id, docs = self._args()
        self.printer.mark_sent(kind, self.client_id, for_id, docs, on_recorded=self._recorded)

    def _recorded(self) -> None:
        self.message.setText(self.tr("Brief vastgelegd als verstuurd."))
        if self.on_recorded is not None:
            self.on_recorded()


class MailingDialog(QDialog):
    """Letters of one kind for a selection (seed 003: start small), as one PDF, each recorded."""

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, bus: DataBus | None,
                 client_ids: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printer = LetterPrinter(self, db, actor, runner, bus)
        self.given = list(client_ids) if client_ids else None
        self.setWindowTitle(self.tr("Mailing"))
        self.kind = QComboBox()
        self.kind.setObjectName("mailingKind")
        labels = kind_labels()
        for code in MAILING_KINDS:
            self.kind.addItem(labels[code], code)
        self.limit = QSpinBox()
        self.limit.setObjectName("mailingLimit")
        self.limit.setRange(1, MAILING_MAX)
        self.limit.setValue(10)
        self.limit.setToolTip(self.tr("Begin met een kleine groep; dan blijft de ondersteuning te doen."))
        self.count = QLabel()
        self.count.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Soort brief"), self.kind)
        form.addRow(self.tr("Hoogstens"), self.limit)
        self.preview_button = QPushButton(self.tr("&Voorbeeld…"))
        self.preview_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.limit.valueChanged.connect(lambda _v: self._show_count())
        self.candidates: list[str] = []
        self._update()

    def _update(self) -> None:
        """Who this kind fits (the caseload is read again: after a mailing, the ones written to drop out)."""
        kind = self.kind.currentData()
        fitting = self.printer.service.mailing_candidates(kind)
        if self.given is not None:
            wanted = set(self.given)
            fitting = [c for c in fitting if c in wanted]
        self.candidates = fitting
        self._show_count()

    def _show_count(self) -> None:
        fitting = self.candidates
        n = min(len(fitting), self.limit.value())
        self.count.setText(self.tr("{n} van {total} werkzoekenden voor wie deze brief past, krijgen een brief.")
                           .format(n=n, total=len(fitting)))
        self.preview_button.setEnabled(n > 0)

    def preview(self) -> None:
        kind = self.kind.currentData()
        docs = ["id"] if kind == "reexamination-invitation" else []
        self.printer.preview_mailing(kind, self.candidates, self.limit.value(), docs,
                                     on_recorded=lambda ids: (self.count.setText(
                                         self.tr("{n} brieven vastgelegd als verstuurd.").format(n=len(ids))),
                                         self._update()))


def kind_for_tab(tab: QWidget | None) -> tuple[str, str | None]:
    """The letter that belongs to the step on screen: (kind, the selected step's id)."""
    name = type(tab).__name__ if tab is not None else ""
    current = getattr(tab, "current", None)
    if name == "SignalsTab":
        return "contact-attempt", getattr(current, "id", None)
    if name == "AbsencesTab":
        decided = getattr(current, "sanction_decision", None)
        return ("decision" if decided else "hearing-invitation"), getattr(current, "id", None)
    if name == "ProfileTab":
        return "profile", None
    if name == "MatchTab":
        placement = tab.current_placement() if hasattr(tab, "current_placement") else None
        return "placement", getattr(placement, "id", None)
    return "rights-and-duties", None
