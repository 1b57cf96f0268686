"""One label per client status, used by the caseload list and the client header alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(benefit_status: str, phase: str) -> str:
    """'Aanvraag', 'Uitkering', 'Nazorg' or 'Beëindigd' — the same words in the list and the header."""
    if benefit_status == "applicant":
        return QCoreApplication.translate("Status", "Aanvraag")
    if phase == "benefit":
        return QCoreApplication.translate("Status", "Uitkering")
    if phase == "aftercare":
        return QCoreApplication.translate("Status", "Nazorg")
    return QCoreApplication.translate("Status", "Beëindigd")
