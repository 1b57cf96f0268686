from datetime import datetime

from PySide6.QtCore import Qt

from desktop.services.caseload import CaseloadService, ClientRow
from desktop.ui.caseload_model import (
    COL_ABSENCES,
    COL_AGE,
    COL_NAME,
    COL_NEXT,
    COL_OVERDUE,
    COL_SIGNALS,
    COL_STATUS,
    CaseloadModel,
    ClientIdRole,
    SortRole,
    can_narrow,
)


def _model(store, actor) -> CaseloadModel:
    model = CaseloadModel()
    model.set_rows(CaseloadService(store.db, actor).list_clients())
    return model


def _names(model: CaseloadModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, store, actor, caseload):
    model = _model(store, actor)
    model.set_filter(phase_key="all")
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_while_filtering(qtmodeltester, store, actor, caseload):
    model = _model(store, actor)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(query="jans")
    model.set_filter(phase_key="ended")
    model.sort(COL_AGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_columns_show_dutch_labels_and_overdue_in_red(store, actor, caseload):
    model = _model(store, actor)
    model.set_filter(phase_key="all")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Naam", "Leeftijd", "Status", "Volgend\ngesprek", "Open\nafspraken", "Te laat",
                       "Open\nsignalen", "Open\nverzuim", "Laatste\ncontact"]
    row = model.row_of(caseload["Berg"])
    assert model.index(row, COL_NAME).data() == "Berg, Jan van den"
    assert model.index(row, COL_STATUS).data() == "Uitkering"
    assert model.index(row, COL_OVERDUE).data() == "1"
    assert model.index(row, COL_OVERDUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.index(row, COL_OVERDUE).data(Qt.ItemDataRole.FontRole).bold()
    assert "1" in model.index(row, COL_OVERDUE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, COL_NEXT).data() == "06-05-2098 14:00"
    assert model.index(row, COL_NAME).data(ClientIdRole) == caseload["Berg"]
    celik = model.row_of(caseload["Çelik"])
    assert model.index(celik, COL_STATUS).data() == "Nazorg"
    assert model.index(model.row_of(caseload["Vries"]), COL_STATUS).data() == "Beëindigd"
    # no overdue: empty and not red
    amrani = model.row_of(caseload["El Amrani"])
    assert model.index(amrani, COL_OVERDUE).data() == ""
    assert model.index(amrani, COL_OVERDUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sort_role_and_sorting(store, actor, caseload):
    model = _model(store, actor)
    model.set_filter(phase_key="all")
    # names sort on last name, accent-insensitive: Çelik between Berg and El Amrani
    assert _names(model)[:3] == ["Berg, Jan van den", "Çelik, Mehmet", "El Amrani, Fatima"]
    ages = [model.index(r, COL_AGE).data(SortRole) for r in range(model.rowCount())]
    assert all(isinstance(a, int) for a in ages)
    model.sort(COL_AGE, Qt.SortOrder.AscendingOrder)
    ages = [model.index(r, COL_AGE).data(SortRole) for r in range(model.rowCount())]
    assert ages == sorted(ages)
    model.sort(COL_NEXT, Qt.SortOrder.AscendingOrder)  # dates as dates, no meeting last
    assert _names(model)[:2] == ["Berg, Jan van den", "El Amrani, Fatima"]
    model.sort(COL_OVERDUE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_OVERDUE).data(SortRole) for r in range(2)] == [1, 1]
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model)[-1] == "Berg, Jan van den"


def test_filters(store, actor, caseload):
    model = _model(store, actor)
    assert model.rowCount() == 5  # default: running = benefit + aftercare
    model.set_filter(phase_key="aftercare")
    assert _names(model) == ["Çelik, Mehmet"]
    model.set_filter(phase_key="ended")
    assert _names(model) == ["Vries, Piet de", "Wit, Sanne de"]
    model.set_filter(phase_key="benefit")
    assert model.rowCount() == 4
    model.set_filter(phase_key="all", overdue_only=True)
    assert _names(model) == ["Berg, Jan van den", "Çelik, Mehmet"]
    model.set_filter(overdue_only=False, query="3011 ab")
    assert _names(model) == ["Berg, Jan van den"]


def test_filtering_ten_thousand_rows_keeps_sorted_order():
    rows = [ClientRow(id=str(i), bsn=f"{i:09d}", display_name=f"P {i}", sort_name=f"N{i:05d}, P",
                      sort_key=f"n{i:05d}", age=20 + i % 50, postcode=None,
                      phase=("benefit", "aftercare", "ended")[i % 3], next_meeting=datetime(2030, 1, 1),
                      open_agreements=i % 4, overdue_agreements=i % 7 == 0, search_text=f"n{i:05d} p {i:09d}")
            for i in range(10_000)]
    model = CaseloadModel()
    model.set_rows(list(reversed(rows)))
    assert model.total == 10_000
    assert model.rowCount() == 6_667
    model.set_filter(query="n0999")
    assert _names(model) == [f"N0999{d}, P" for d in range(10) if int(f"999{d}") % 3 != 2]


def test_typing_on_narrows_only_when_it_is_safe(store, actor, caseload):
    assert can_narrow("jan", "jans") and can_narrow("jan", "jan d")
    assert not can_narrow("jans", "jan")  # deleting widens
    assert not can_narrow("", "j")
    assert can_narrow("9999", "99999")  # one word of digits
    assert not can_narrow("3011 ab", "3011 abc")  # "3011ab" (postcode) becomes "3011" + "abc"
    model = _model(store, actor)
    model.set_filter(phase_key="all")
    for text in ("j", "ja", "jan", "jans", "jansen", "jansen a", "jan", ""):
        model.set_filter(query=text)
        fresh = _model(store, actor)
        fresh.set_filter(phase_key="all", query=text)
        assert _names(model) == _names(fresh), text


def test_open_signals_and_absences_have_their_own_columns(store, actor, caseload):
    """Open signals and unfinished absences show per client (issue 15); closed or deleted ones do not count."""
    from testclock import day

    from desktop.models.entities import Absence, Signal

    cid = caseload["Berg"]
    with store.db.session() as s:
        s.add(Signal(client_id=cid, kind="other", description="Open", signalled_on=day(-2)))
        s.add(Signal(client_id=cid, kind="other", description="Open 2", signalled_on=day(-1)))
        s.add(Signal(client_id=cid, kind="other", description="Dicht", signalled_on=day(-9), status="closed",
                     result="no_action", closed_on=day(-3)))
        s.add(Absence(client_id=cid, activity="CV-training", missed_on=day(-5)))
        s.add(Absence(client_id=cid, activity="Oud", missed_on=day(-50), closed_on=day(-20)))
    model = _model(store, actor)
    model.set_filter(phase_key="all")
    row = model.row_of(cid)
    assert model.index(row, COL_SIGNALS).data() == "2"
    assert model.index(row, COL_ABSENCES).data() == "1"
    assert "2 open signalen" in model.index(row, COL_SIGNALS).data(Qt.ItemDataRole.ToolTipRole)
    other = model.row_of(caseload["El Amrani"])
    assert model.index(other, COL_SIGNALS).data() == "" and model.index(other, COL_ABSENCES).data() == ""
    model.sort(COL_SIGNALS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_NAME).data(ClientIdRole) == cid
