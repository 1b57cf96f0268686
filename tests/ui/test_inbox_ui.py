"""Mijn week as an inbox (issue 15): one list grouped by what to do, readable when docked at 1280x800 and at
1920x1080, long-late lines folded per group, empty groups named on one line, counts as in the figures."""

from __future__ import annotations

from testclock import at, day

from desktop.models.entities import Absence, Signal
from desktop.ui.week_view import SECTIONS


def _fill(store, caseload):
    with store.db.session() as s:
        s.add(Signal(client_id=caseload["Berg"], kind="other", description="Geen poging", signalled_on=day(-3)))
        for n in range(3):  # call-backs long overdue: folded
            s.add(Signal(client_id=caseload["El Amrani"], kind="other", description=f"Oud {n}",
                         signalled_on=day(-70), next_attempt_at=at(-40 - n, 10)))
        s.add(Signal(client_id=caseload["Berg"], kind="other", description="Vandaag bellen",
                     signalled_on=day(-2), next_attempt_at=at(0, 0, 1)))
        s.add(Absence(client_id=caseload["Kees Jansen"], activity="CV-training", missed_on=day(-4)))


def test_the_inbox_groups_folds_and_counts(window, qtbot, store, caseload):
    _fill(store, caseload)
    window.resize(1280, 800)
    window.toggle_week(True)
    window.week.load_now()
    week = window.week
    assert [i.text(2) for i in week.entries("signals_waiting")] == ["Nog geen volgende belpoging: Geen poging"]
    assert [i.text(2) for i in week.entries("absence_steps")] == ["Voordeurbezoek laten doen (CV-training)"]
    calls = week.sections["call_backs"]
    top = [calls.child(i) for i in range(calls.childCount())]
    fold = next(i for i in top if i.childCount())
    assert fold.text(0) == "3 ouder dan 30 dagen" and not fold.isExpanded()
    assert any(i.text(2) == "Opnieuw bellen: Vandaag bellen" for i in top)  # the recent one stays in view
    assert calls.text(0) == "Terugbellen (4)" and len(week.entries("call_backs")) == 4
    # the figures' open signals: 5, the summary says so too
    assert week.week.open_signals == 5 and "5 open signalen" in week.summary.text()
    # groups with nothing in them: hidden, named on one line at the end
    empty = [k for k in SECTIONS if not week.entries(k)]
    assert empty and all(week.sections[k].isHidden() for k in empty)
    assert not week.nothing.isHidden() and week._titles[empty[0]] in week.nothing.text(0)
    # one list with the width of the window: "Wat" is never cut short when docked
    tree = week.tree
    assert tree.header().sectionSize(2) >= tree.fontMetrics().horizontalAdvance(
        "Nog geen volgende belpoging: Geen poging")
    # opening a line from a folded group opens that client
    item = fold.child(0)
    with qtbot.waitSignal(week.open_client) as blocker:
        week._activated(item, 0)
    assert blocker.args == [caseload["El Amrani"]]


def test_the_docked_inbox_shows_several_lines_at_1280x800(window, qtbot, store, caseload):
    """Docked under the window the inbox shows lines, not two rows per list."""
    from PySide6.QtCore import Qt

    _fill(store, caseload)
    window.resize(1280, 800)
    window.toggle_week(True)
    window.week.load_now()
    window.resizeDocks([window.week_dock], [260], Qt.Orientation.Vertical)
    qtbot.wait(10)
    tree = window.week.tree
    rows = tree.viewport().height() // max(1, tree.sizeHintForRow(0) or tree.fontMetrics().height())
    assert rows >= 8
