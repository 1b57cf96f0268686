"""At the end of aftercare the coach records whether the work lasted (issue 17, sync/policy/aftercare.py):
asked from Mijn week's list "Werk standgehouden?"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.caseload import CaseloadService
from desktop.services.errors import ServiceError, ValidationError


def choose_work_lasted(parent: QWidget | None, name: str) -> bool | None:
    """Ask the coach: True (lasted), False (did not), None (not now)."""
    box = QMessageBox(parent)
    box.setObjectName("workLastedBox")
    box.setWindowTitle(QCoreApplication.translate("AftercareOutcome", "Werk standgehouden?"))
    box.setText(QCoreApplication.translate("AftercareOutcome", "De nazorg van {name} is afgelopen. Hield het werk stand?").format(name=name))
    yes = box.addButton(QCoreApplication.translate("AftercareOutcome", "Ja, het werk hield stand"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("AftercareOutcome", "Nee, het werk hield geen stand"), QMessageBox.ButtonRole.NoRole)
    box.addButton(QCoreApplication.translate("AftercareOutcome", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is yes else False if clicked is no else None


def ask_rating(parent: QWidget | None, name: str) -> tuple[int | None, str | None]:
    """The client's rating of the support (1-5, or not asked) and a remark (seed 001)."""
    options = [QCoreApplication.translate("AftercareOutcome", "(niet gevraagd)"), "1", "2", "3", "4", "5"]
    choice, ok = QInputDialog.getItem(parent, QCoreApplication.translate("AftercareOutcome", "Waardering"),
                                      QCoreApplication.translate("AftercareOutcome", "Welk cijfer geeft {name} de "
                                                                 "begeleiding (1 tot en met 5)?").format(name=name),
                                      options, 0, False)
    if not ok or choice == options[0]:
        return None, None
    remark, _ok = QInputDialog.getText(parent, QCoreApplication.translate("AftercareOutcome", "Waardering"),
                                       QCoreApplication.translate("AftercareOutcome", "Opmerking (mag leeg):"))
    return int(choice), remark or None


def record_work_lasted(parent: QWidget | None, service: CaseloadService, client_id: str, name: str,
                       choose=choose_work_lasted, rate=ask_rating) -> bool:  # noqa: ANN001 - seams for tests
    """Ask and record; True when something was recorded. A refusal is shown, nothing is lost."""
    lasted = choose(parent, name)
    if lasted is None:
        return False
    rating, remark = rate(parent, name)
    try:
        service.record_aftercare_outcome(client_id, lasted, satisfaction=rating, remark=remark)
    except (ValidationError, ServiceError) as exc:
        message = exc.for_user()
        QMessageBox.warning(parent, QCoreApplication.translate("AftercareOutcome", "Werk standgehouden?"), message)
        return False
    return True
