"""The central reports as a person reads them (issue 16): a label for every column and code value, in Dutch and
English, in the view's table and in the CSV export for people."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from desktop.models.entities import Instrument
from desktop.services.central_reports import FetchedReport, export_csv
from desktop.services.report_labels import ValueLabels, column_label
from desktop.ui.i18n import load_translator


def _report(name: str, columns: list[str], rows: list[dict]) -> FetchedReport:
    body = {"report": name, "from": "2026-01-01", "to": "2026-06-30", "team": "Noord", "small_cell": 5,
            "columns": columns, "rows": rows}
    return FetchedReport(body, datetime(2026, 6, 30, 12, 0), False)


@pytest.fixture
def english(qapp):
    load_translator("en")
    yield
    load_translator("nl")


def test_code_values_read_as_words(store) -> None:
    with store.db.session() as s:
        s.add(Instrument(code="wi.werkfit", name="Werkfit-traject", provider="W&I"))
    labels = ValueLabels(store.db)
    assert labels.text("kind", "duty_to_inform") == "Vermoeden schending inlichtingenplicht"
    assert labels.text("instrument", "wi.werkfit") == "Werkfit-traject"
    assert labels.text("instrument", "xx.unknown") == "xx.unknown"  # not in this device's catalogue: the code
    assert labels.text("instrument", "-") == "Onbekend instrument"
    assert labels.text("group", "-") == "Zonder team" and labels.text("coach", "-") == "Zonder begeleider"
    assert labels.text("group", "Noord") == "Noord" and labels.text("coach", "anna") == "anna"  # names stay
    assert labels.text("signals", "<5") == "<5" and labels.text("signals", 12) == "12"
    assert labels.text("reached_share", 0.375) == "38%"
    assert labels.text("profile_after", 3.25) == "3,25" and labels.text("rating_client", None) == ""
    assert column_label("fine_investigation") == "Boete-onderzoek" and column_label("month") == "Maand"


def test_the_csv_for_people_has_labels_and_the_language_s_decimals(store, tmp_path: Path) -> None:
    report = _report("telephone-first", ["month", "kind", "signals", "reached_share", "fine_investigation"],
                     [{"month": "2026-05", "kind": "income_decision", "signals": 12, "reached_share": 0.5,
                       "fine_investigation": "<5"}])
    out = tmp_path / "signalen.csv"
    assert export_csv(report, out, ValueLabels(store.db)) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [["Maand", "Soort signaal", "Signalen", "Aandeel telefonisch bereikt", "Boete-onderzoek"],
                    ["2026-05", "Besluit dat het inkomen verandert", "12", "0,5", "<5"]]


def test_in_english_the_labels_and_the_csv_are_english(store, english, tmp_path: Path) -> None:
    report = _report("instruments", ["instrument", "completed", "profile_before", "rating_employer_n"],
                     [{"instrument": "-", "completed": 7, "profile_before": 2.5, "rating_employer_n": "<5"}])
    out = tmp_path / "instruments.csv"
    export_csv(report, out, ValueLabels(store.db))
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [["Instrument", "Completed", "Profile before (avg.)", "Ratings by the employer"],
                    ["Unknown instrument", "7", "2.5", "<5"]]
    assert ValueLabels().text("kind", "other") == "Other"
