"""One label per client status, used by the caseload list and the client header alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(benefit_status: str, phase: str) -> str:
    """'Aanvraag', 'Uitkering', 'Nazorg' or 'Beëindigd' — the same words in the list and the header."""
    tr = QCoreApplication.translate
    if benefit_status == "applicant":
        return tr("Status", "Aanvraag")
    if phase == "benefit":
        return tr("Status", "Uitkering")
    if phase == "aftercare":
        return tr("Status", "Nazorg")
    return tr("Status", "Beëindigd")
