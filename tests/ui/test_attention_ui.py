"""The client header says what needs attention; tab titles carry the open counts (issue 15, point 1)."""

from __future__ import annotations

from testclock import day

from desktop.models.entities import Absence, Signal


def test_header_and_tab_titles_show_what_needs_attention(window, store, caseload):
    cid = caseload["Berg"]  # one overdue and one open agreement, a meeting planned in 2098
    with store.db.session() as s:
        s.add(Signal(client_id=cid, kind="other", description="Melding", signalled_on=day(-2)))
        s.add(Signal(client_id=cid, kind="other", description="Nog een", signalled_on=day(-1)))
        s.add(Absence(client_id=cid, activity="CV-training", missed_on=day(-5)))
    assert window.caseload.select_client(cid)
    text = window.pane.attention.text()
    assert "Volgend gesprek: 06-05-2098 14:00" in text
    assert "2 open afspraken" in text and "1 te laat" in text
    assert "2 open signalen" in text and "1 open verzuimmelding" in text
    assert "nog geen gesprek gehad" in text
    titles = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
    assert "Signalen (2)" in titles and "Verzuim (1)" in titles
    # another client without any of it: no counts, and the missing meeting is flagged
    assert window.caseload.select_client(caseload["Kees Jansen"])
    assert "Geen gesprek gepland" in window.pane.attention.text()
    titles = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
    assert "Signalen" in titles and "Verzuim" in titles


def test_header_and_list_agree_on_the_next_meeting(window, store, actor, caseload):
    """A next meeting agreed in a conversation (next_meeting_at) counts in the header as in the list."""
    from testclock import at

    from desktop.models.entities import Conversation

    cid = caseload["Kees Jansen"]
    with store.db.session() as s:
        s.add(Conversation(client_id=cid, held_at=at(-3, 10), summary_for_client="Gesproken.",
                           next_meeting_at=at(4, 11)))
    window.caseload.load_now()
    window.caseload.phase.setCurrentIndex(window.caseload.phase.findData("all"))
    assert window.caseload.select_client(cid)
    row = window.caseload.model.row_at(window.caseload.model.row_of(cid))
    assert row.next_meeting == at(4, 11)
    assert f"Volgend gesprek: {at(4, 11).strftime('%d-%m-%Y %H:%M')}" in window.pane.attention.text()


def test_mijn_week_folds_long_overdue_agreements(window, qtbot, caseload):
    """Çelik's agreement is 56 days overdue, Berg's 25: the old one is folded, the recent one stays in view."""
    window.toggle_week(True)
    window.week.load_now()
    section = window.week.sections["overdue"]
    top = [section.child(i) for i in range(section.childCount())]
    fold = next(i for i in top if i.childCount())
    assert fold.text(0) == "1 langer dan 30 dagen te laat" and not fold.isExpanded()
    assert fold.child(0).text(1) == "Mehmet Çelik"
    assert any(i.text(1) == "Jan van den Berg" for i in top)  # recent: directly in the list, bold
    assert len(window.week.entries("overdue")) == 2  # folded ones still count and open on Enter
