from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desktop.models.entities import AuditEvent, Client
from desktop.services.caseload import CaseloadService
from desktop.ui.new_client_dialog import NewClientDialog
from desktop.ui.sync_status import pending_changes


def _views(store, client_id):
    with store.db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.client_id == client_id, AuditEvent.action == "view"))


def test_window_shows_caseload_and_sync_state(window, store):
    assert window.windowTitle() == "Wijkdesk"
    assert window.caseload.visible_count() == 5
    assert window.caseload.search.placeholderText() == "Zoek op naam, BSN of postcode"
    n = pending_changes(store.db)
    assert n > 0
    assert window.sync_label.text() == f"Niet gesynchroniseerd — {n} wijzigingen wachten"
    assert window.pane.stack.currentIndex() == 0  # nothing open yet


def test_typing_in_search_narrows_the_list(window, qtbot):
    window.caseload.phase.setCurrentIndex(window.caseload.phase.findData("all"))
    assert window.caseload.visible_count() == 7
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload.search.hasFocus()
    qtbot.keyClicks(window.caseload.search, "jan")
    assert window.caseload.visible_count() == 3  # Jan van den Berg, Kees and Anna Jansen
    qtbot.keyClicks(window.caseload.search, "sen")
    assert window.caseload.visible_count() == 2
    qtbot.keyClicks(window.caseload.search, " anna")
    assert window.caseload.visible_count() == 1
    assert window.caseload.count.text() == "1 van 7"
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "celik")  # accent-insensitive
    assert window.caseload.model.row_at(0).sort_name == "Çelik, Mehmet"
    window.caseload.search.clear()
    qtbot.keyClicks(window.caseload.search, "999990019")  # BSN
    assert window.caseload.visible_count() == 1


def test_filter_combo_and_overdue_checkbox(window, qtbot):
    view = window.caseload
    names = lambda: [view.model.row_at(r).sort_name for r in range(view.visible_count())]  # noqa: E731
    view.phase.setCurrentIndex(view.phase.findData("aftercare"))
    assert names() == ["Çelik, Mehmet"]
    view.phase.setCurrentIndex(view.phase.findData("ended"))
    assert names() == ["Vries, Piet de", "Wit, Sanne de"]
    view.phase.setCurrentIndex(view.phase.findData("running"))
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton, pos=view.overdue.rect().center())
    assert view.overdue.isChecked()
    assert names() == ["Berg, Jan van den", "Çelik, Mehmet"]
    view.overdue.setChecked(False)
    assert view.visible_count() == 5


def test_opening_a_client_is_audited_once(window, store, caseload):
    cid = caseload["Berg"]
    assert window.caseload.select_client(cid)
    assert window.pane.title.text() == "Jan van den Berg"
    assert window.pane.form.editors["bsn"].text() == "111222333"
    assert window.pane.form.editors["date_of_birth"].text() == "01-02-1980"
    assert _views(store, cid) == 1
    # narrowing the list keeps the client highlighted without a second view
    window.caseload.search.setText("berg")
    assert window.caseload.table.currentIndex().row() == 0
    assert _views(store, cid) == 1


def test_the_client_page_is_made_when_the_first_client_opens(qtbot, store, actor, caseload):
    """A cold start shows the caseload and an empty pane; the client's page (form, buttons, tabs) is made when
    it is first needed (desktop/ui/client_pane.py), and then shows the client as before."""
    from desktop.ui.main_window import MainWindow

    w = MainWindow(store.db, actor)
    qtbot.addWidget(w)
    w.show()
    assert w.pane._page_built is False and w.pane.stack.count() == 1
    assert w.pane.is_dirty() is False  # asked before any client: nothing is made for it
    w.pane.clear()
    assert w.pane._page_built is False
    assert w.caseload.select_client(caseload["Çelik"])
    assert w.pane._page_built is True and w.pane.stack.currentIndex() == 1
    assert w.pane.title.text() == "Mehmet Çelik" and w.pane.tabs.count() > 1
    w.runner.wait()
    w.close()


def test_invalid_data_shows_dutch_error_and_keeps_stored_value(window, qtbot, store, actor, caseload):
    cid = caseload["Berg"]
    window.caseload.select_client(cid)
    form = window.pane.form
    form.editors["bsn"].clear()
    qtbot.keyClicks(form.editors["bsn"], "123")
    form.editors["postcode"].setText("ABCD 12")
    form.edited.emit()
    assert window.pane.save_button.isEnabled()
    qtbot.mouseClick(window.pane.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("bsn") == "Een BSN heeft 9 cijfers (of 8, dan komt er een 0 voor)."
    assert form.error_text("postcode") == "Een postcode ziet eruit als 1234 AB."
    assert form.errors["bsn"].isVisibleTo(window)
    assert "Niet opgeslagen" in window.pane.message.text()
    assert form.editors["bsn"].text() == "123"  # nothing typed is lost
    assert form.editors["postcode"].text() == "ABCD 12"
    stored = CaseloadService(store.db, actor).open(cid)
    assert stored.bsn == "111222333" and stored.postcode == "3011 AB"
    # fixing it saves, clears the errors and reloads the list
    form.editors["bsn"].setText("111222333")
    form.editors["postcode"].setText("3012cd")
    window.pane.save()
    assert form.error_text("bsn") == ""
    assert form.editors["postcode"].text() == "3012 CD"
    assert window.pane.message.text() == "Opgeslagen."
    assert CaseloadService(store.db, actor).open(cid).postcode == "3012 CD"


def test_ctrl_n_creates_a_client(window, qtbot, store, actor):
    seen = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewClientDialog)
        seen["title"] = dialog.windowTitle()
        dialog.form.editors["bsn"].setText("12345678")  # 8 digits: a leading 0 is added -> invalid
        dialog.form.editors["first_name"].setText("Lotte")
        dialog.form.editors["last_name"].setText("Bakker")
        dialog.accept()
        seen["error"] = dialog.form.error_text("bsn")
        dialog.form.editors["bsn"].setText("999990068")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["title"] == "Nieuwe werkzoekende"
    assert seen["error"] == "Dit is geen geldig BSN. Controleer de cijfers."
    assert window.pane.title.text() == "Lotte Bakker"
    qtbot.waitUntil(lambda: window.caseload.model.total == 8)
    assert window.caseload.table.currentIndex().isValid()
    assert CaseloadService(store.db, actor).find_by_bsn("999990068").last_name == "Bakker"


def test_delete_asks_and_soft_deletes(window, qtbot, store, caseload, monkeypatch):
    cid = caseload["El Amrani"]
    window.caseload.select_client(cid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert window.pane.client_id == cid
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.pane.client_id is None
    qtbot.waitUntil(lambda: window.caseload.visible_count() == 4)
    with store.db.session() as s:
        assert s.get(Client, cid).deleted_at is not None  # a tombstone, not removed


def test_language_choice_is_saved_for_next_start(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.language_actions["en"].trigger()
    assert QSettings("Wijkdesk", "wijkdesk").value("language") == "en"
    assert "volgende start" in shown[0]


def test_the_window_fits_the_screen_it_opens_on(window):
    """1280x800 where it fits; never larger than the available screen (a 1024x768 laptop, Xvfb without a
    window manager), so the status bar and the client pane stay in view."""
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_an_empty_caseload_says_when_the_first_sync_is_bringing_it(window):
    from desktop.ui.sync_controller import SyncState

    view = window.caseload
    view.note_sync_state(SyncState(kind="syncing", last_sync=None, pending=0))
    assert view.first_sync and "opgehaald bij de centrale opslag" in view.empty.label.text()
    view.note_sync_state(SyncState(kind="idle", last_sync=None, pending=0))
    assert not view.first_sync and view.empty.label.text() == "Geen werkzoekenden in deze lijst."


def test_mijn_week_docked_gets_room_to_read(window, qtbot):
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.toggle_week(True)
    qtbot.waitUntil(lambda: window.week_dock.height() >= 240, timeout=5_000)
    assert window.week_dock.height() < window.height() // 2  # the client pane keeps the larger part
