"""Keyboard and search (issue 15, point 5): search box keys, tab switching, F1, the filter hint, empty lists."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.conversations_tab import ConversationsTab
from desktop.ui.empty_state import EmptyState

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def test_down_enter_and_escape_in_the_search_box(window, qtbot, caseload):
    search = window.caseload.search
    qtbot.keyClicks(search, "berg")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert window.caseload.table.hasFocus()
    assert window.pane.client_id == caseload["Berg"]
    window.caseload.focus_search()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.pane.tabs.hasFocus()  # Enter: straight into the client
    window.caseload.focus_search()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.caseload.visible_count() == 5


def test_a_search_hidden_by_the_filter_says_so_and_shows_all(window, qtbot, caseload):
    view = window.caseload
    qtbot.keyClicks(view.search, "999990044")  # Piet de Vries: ended, not in "lopend"
    assert view.visible_count() == 0
    assert view.hidden_hint.isVisible() and view.hidden_hint.text() == "1 verborgen door het filter — alles tonen"
    assert view.empty.label.isVisible() and "999990044" in view.empty.label.text()
    qtbot.mouseClick(view.hidden_hint, Qt.MouseButton.LeftButton)
    assert view.visible_count() == 1 and not view.hidden_hint.isVisible()


def test_tabs_switch_from_the_keyboard_and_f1_lists_the_shortcuts(window, qtbot, caseload):
    window.caseload.select_client(caseload["Berg"])
    tabs = window.pane.tabs
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == tabs.count() - 1  # wraps round
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    assert tabs.currentIndex() == 2
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ctrl+PgDown / Ctrl+PgUp" in keys and "F1" in keys
    dialog.close()
    assert [a.text().replace("&", "") for a in window.menuBar().actions()][-1] == "Help"


def test_empty_lists_say_so(window, caseload):
    window.caseload.select_client(caseload["Kees Jansen"])  # no conversations, no agreements
    tab = window.pane.tab(ConversationsTab)
    window.pane.tabs.setCurrentWidget(tab)
    states = tab.findChildren(EmptyState)
    assert len(states) == 2 and all(s.label.isVisible() for s in states)
    assert any(s.label.text().startswith("Nog geen gesprekken") for s in states)
