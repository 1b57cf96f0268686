"""What a person reads for the stored codes of the central store's reports (issue 16): a label per column and
per code value (the kind of signal, "no team", an instrument's name), in the chosen language.

The central store answers with codes (`no_action`, `duty_to_inform`, `wi.werkfit`) so that every device and the
command line read the same thing; the view and the CSV export for people put words on them here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.i18n import current_language, translate
from desktop.models import Database
from desktop.models.entities import Instrument

from .signals import kind_labels, result_labels

NO_ONE = "-"  # the central store's row for records without a team or coach
PERIOD_COLUMN = "month"  # reports per month: the charts draw a line per period
SHARES = frozenset({"reached_share"})  # a fraction 0..1, shown as a percentage


def column_labels() -> dict[str, str]:
    """Every column of every report (a code means the same in each report that has it)."""
    labels = {
        "month": translate("ReportLabels", "Maand"),
        "kind": translate("ReportLabels", "Soort signaal"),
        "signals": translate("ReportLabels", "Signalen"),
        "reached_by_phone": translate("ReportLabels", "Telefonisch bereikt"),
        "reached_share": translate("ReportLabels", "Aandeel telefonisch bereikt"),
        "open": translate("ReportLabels", "Nog open"),
        "group": translate("ReportLabels", "Groep"),
        "participants": translate("ReportLabels", "Deelnemers"),
        "outflow": translate("ReportLabels", "Uitstroom"),
        "outflow_work": translate("ReportLabels", "Uitstroom naar werk"),
        "outflow_other": translate("ReportLabels", "Uitstroom anderszins"),
        "considerations": translate("ReportLabels", "Maatregeloverwegingen"),
        "hearings": translate("ReportLabels", "Aangeboden gehoord te worden"),
        "sanctions": translate("ReportLabels", "Maatregelen"),
        "sessions": translate("ReportLabels", "Bijeenkomsten"),
        "no_shows": translate("ReportLabels", "Niet gekomen, niet afgemeld"),
        "door_visits": translate("ReportLabels", "Voordeurbezoeken"),
        "registered": translate("ReportLabels", "Ingeschreven"),
        "not_registered": translate("ReportLabels", "Niet ingeschreven"),
        "exempt": translate("ReportLabels", "Ontheffing"),
        "letters_sent": translate("ReportLabels", "Brieven verstuurd"),
        "responded": translate("ReportLabels", "Teruggebeld"),
        "phoned": translate("ReportLabels", "Nagebeld"),
        "binding_decisions": translate("ReportLabels", "Bindende besluiten"),
        "instrument": translate("ReportLabels", "Instrument"),
        "placements": translate("ReportLabels", "Gestart"),
        "completed": translate("ReportLabels", "Afgerond"),
        "completed_work": translate("ReportLabels", "Afgerond met werk"),
        "profile_placements": translate("ReportLabels", "Afgerond met profielmeting"),
        "profile_before": translate("ReportLabels", "Profiel vooraf (gem.)"),
        "profile_after": translate("ReportLabels", "Profiel achteraf (gem.)"),
        "rating_client": translate("ReportLabels", "Ervaring werkzoekende (gem.)"),
        "rating_client_n": translate("ReportLabels", "Oordelen werkzoekende"),
        "rating_supervisor": translate("ReportLabels", "Ervaring werkbegeleider (gem.)"),
        "rating_supervisor_n": translate("ReportLabels", "Oordelen werkbegeleider"),
        "rating_employer": translate("ReportLabels", "Ervaring werkgever (gem.)"),
        "rating_employer_n": translate("ReportLabels", "Oordelen werkgever"),
        "coach": translate("ReportLabels", "Begeleider"),
        "clients": translate("ReportLabels", "Werkzoekenden"),
        "running_benefit": translate("ReportLabels", "Met lopende uitkering"),
        "overdue_agreements": translate("ReportLabels", "Verlopen afspraken"),
        "clients_with_overdue": translate("ReportLabels", "Met verlopen afspraken"),
        "rhythm_kept": translate("ReportLabels", "Contactritme gehouden"),
    }
    labels.update(result_labels())  # no_action, corrected, explained, warning, fine_investigation
    return labels


def column_label(column: str) -> str:
    return column_labels().get(column, column)


class ValueLabels:
    """Labels for the code values of the rows; instrument names come from the device's catalogue."""

    def __init__(self, db: Database | None = None) -> None:
        self.kinds = kind_labels()
        self.no_one = {"group": translate("ReportLabels", "Zonder team"),
                       "coach": translate("ReportLabels", "Zonder begeleider"),
                       "instrument": translate("ReportLabels", "Onbekend instrument")}
        self.instruments: dict[str, str] = {}
        if db is not None:
            with db.session() as s:
                self.instruments = dict(s.execute(select(Instrument.code, Instrument.name)).tuples().all())

    def text(self, column: str, value: Any) -> str:
        """The cell as a person reads it ("<5" stays as it is)."""
        if value is None:
            return ""
        if column == "kind":
            return self.kinds.get(value, str(value))
        if value == NO_ONE and column in self.no_one:
            return self.no_one[column]
        if column == "instrument":
            return self.instruments.get(value, str(value))
        if isinstance(value, float):
            if column in SHARES:
                return f"{round(value * 100)}%"
            return number(value)
        return str(value)


def number(value: float) -> str:
    """A decimal as the chosen language writes it (a Dutch spreadsheet reads 3,5, not 3.5)."""
    text = f"{value:g}"
    return text.replace(".", ",") if current_language() == "nl" else text


def csv_cell(column: str, value: Any, labels: ValueLabels) -> str:
    """A cell of the CSV for people: labels for codes, decimals in the language's notation, shares as fractions
    (a spreadsheet computes with them)."""
    if isinstance(value, float):
        return number(value)
    return labels.text(column, value)
