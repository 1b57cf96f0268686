"""The specialist window (issue 15): the client's name whole, a search and a status filter."""

from __future__ import annotations

import os

from sqlalchemy import select
from testclock import day

from desktop.models.entities import Instrument, Placement, User
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.context import Actor
from desktop.ui.specialist_window import SpecialistWindow

SHOTS = os.environ.get("WIJKDESK_SCREENSHOTS")


def _specialist_with_placements(store, caseload) -> Actor:
    load_demo_catalogue(store.db)
    with store.db.session() as s:
        u = User(username="rik", display_name="Rik Bakker", role="specialist", organisation="Rotterdam Inclusief")
        s.add(u)
        s.flush()
        instruments = s.scalars(select(Instrument).order_by(Instrument.name)).all()
        for n, (name, status) in enumerate((("Berg", "active"), ("El Amrani", "proposed"), ("Kees Jansen", "completed"),
                                            ("Anna Jansen", "stopped"))):
            s.add(Placement(client_id=caseload[name], instrument_id=instruments[n].id, specialist_id=u.id,
                            status=status, reason="Werkervaring opdoen", start_date=day(-30 + n)))
        return Actor(u.id, "rik", "dev-rik", "specialist", None)


def test_specialist_window_search_filter_and_readable_names(qtbot, store, caseload):
    rik = _specialist_with_placements(store, caseload)
    w = SpecialistWindow(store.db, rik)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    names = lambda: [p.client_name for p in w.model.rows]  # noqa: E731
    assert len(names()) == 4 and w.count.text() == "4 van 4"  # all by default, the open ones first
    assert sorted(names()[:2]) == ["Fatima El Amrani", "Jan van den Berg"]
    w.status_filter.setCurrentIndex(w.status_filter.findData("open"))
    assert sorted(names()) == ["Fatima El Amrani", "Jan van den Berg"] and w.count.text() == "2 van 4"
    # the name column shows the whole name
    fm = w.table.fontMetrics()
    assert w.table.columnWidth(0) >= fm.horizontalAdvance("Jan van den Berg")
    w.status_filter.setCurrentIndex(w.status_filter.findData("all"))
    assert len(names()) == 4
    w.search.setText("jansen")
    assert sorted(names()) == ["Anna Jansen", "Kees Jansen"]
    w.status_filter.setCurrentIndex(w.status_filter.findData("completed"))
    assert names() == ["Kees Jansen"] and w.current().client_name == "Kees Jansen"
    w.search.setText("niemand")
    assert names() == [] and w.empty.label.isVisible()
    assert "passen" in w.empty.label.text()
    w.search.clear()
    w.status_filter.setCurrentIndex(w.status_filter.findData("open"))
    if SHOTS:
        w.resize(1280, 800)
        qtbot.wait(50)
        w.grab().save(os.path.join(SHOTS, "specialist.png"))
    w.close()
