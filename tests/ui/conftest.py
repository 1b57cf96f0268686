"""UI fixtures: QSettings in a temporary place, the Dutch source language, a small caseload."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings

from desktop.models.entities import Agreement, Conversation
from desktop.services.caseload import CaseloadService
from desktop.ui.i18n import load_translator
from desktop.ui.main_window import MainWindow
from sync import clock

# Valid BSNs (elfproef) for the test caseload.
BSNS = ["111222333", "123456782", "999990019", "999990020", "999990032", "999990044", "999990056"]


@pytest.fixture(autouse=True)
def isolated_ui_state(tmp_path, qapp):
    """QSettings go to a temporary directory; every test starts (and ends) in Dutch."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings("Wijkdesk", "wijkdesk").clear()
    load_translator("nl")
    yield
    load_translator("nl")


def add_agreement(store, client_id: str, due: date, status: str = "open") -> None:
    with store.db.session() as s:
        s.add(Agreement(client_id=client_id, description="Solliciteren", due_date=due, status=status))


def add_meeting(store, client_id: str, at: datetime) -> None:
    with store.db.session() as s:
        s.add(Conversation(client_id=client_id, held_at=at, planned=True))


@pytest.fixture
def caseload(store, actor):
    """Seven clients: 4 with a running benefit, 1 in aftercare, 2 ended; two with overdue agreements."""
    svc = CaseloadService(store.db, actor)
    today = clock.today()

    def day(offset: int) -> str:
        return (today + timedelta(days=offset)).isoformat()

    people = [
        ("Jan", "van den", "Berg", "active", None, None, "1980-02-01", "3011 AB"),
        ("Fatima", None, "El Amrani", "active", None, None, "1992-06-15", "3022 CD"),
        ("Kees", None, "Jansen", "applicant", None, None, "1975-11-30", "3033 EF"),
        ("Anna", None, "Jansen", "active", None, None, "2001-01-01", "3044 GH"),
        ("Mehmet", None, "Çelik", "ended", day(-86), day(95), "1988-04-04", "3055 IJ"),
        ("Piet", "de", "Vries", "ended", day(-695), day(-513), "1960-07-07", "3066 KL"),
        ("Sanne", "de", "Wit", "ended", day(-1060), day(-878), "1999-09-09", None),
    ]
    ids = {}
    for bsn, (first, prefix, last, status, end, until, dob, pc) in zip(BSNS, people, strict=True):
        data = {"bsn": bsn, "first_name": first, "name_prefix": prefix, "last_name": last,
                "benefit_status": status, "date_of_birth": dob, "postcode": pc}
        if end:
            data.update(benefit_start=day(-2521), benefit_end=end, aftercare_until=until)
        ids[last if last != "Jansen" else f"{first} {last}"] = svc.create(data).id
    add_agreement(store, ids["Berg"], today - timedelta(days=25))
    add_agreement(store, ids["Berg"], today + timedelta(days=35))
    add_agreement(store, ids["Çelik"], today - timedelta(days=56))
    add_agreement(store, ids["El Amrani"], today + timedelta(days=50))
    add_meeting(store, ids["El Amrani"], datetime(2099, 1, 2, 9, 30))
    add_meeting(store, ids["Berg"], datetime(2098, 5, 6, 14, 0))
    return ids


@pytest.fixture
def window(qtbot, store, actor, caseload):
    w = MainWindow(store.db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.wait()
    w.pane.form.mark_saved()  # never stop at a "save changes?" question on teardown
    w.close()
