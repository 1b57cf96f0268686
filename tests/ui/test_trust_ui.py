"""Records you can trust, on screen (issue 15, point 2): defaults, refusals, reload after sync, conflicts."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select
from testclock import day

from desktop.models.entities import Client, Conversation, OutboxMutation, SyncConflict
from desktop.services.caseload import CaseloadService
from desktop.ui.agreement_rows import NO_DATE
from desktop.ui.caseload_model import COL_STATUS
from desktop.ui.conversation_dialog import ConversationDialog
from desktop.ui.conversations_tab import ConversationsTab
from desktop.ui.sync_dialogs import ConflictsDialog


def test_list_and_header_use_the_same_status_word(window, caseload):
    view = window.caseload
    view.phase.setCurrentIndex(view.phase.findData("all"))
    for name, word in (("Kees Jansen", "Aanvraag"), ("Berg", "Uitkering"), ("Çelik", "Nazorg"),
                       ("Vries", "Beëindigd")):
        row = view.model.row_of(caseload[name])
        assert view.model.data(view.model.index(row, COL_STATUS)) == word
        assert view.select_client(caseload[name])
        assert word in window.pane.subtitle.text().split("  ·  ")


def test_new_conversation_offers_a_working_hours_next_meeting_and_dated_agreements(qtbot, store, actor, caseload):
    d = ConversationDialog(store.db, actor, caseload["Berg"], "record")
    qtbot.addWidget(d)
    nxt = d.next_at.dateTime().toPython()
    assert nxt.weekday() < 5 and nxt.time() == time(10, 0) and nxt.date() >= day(14)
    qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
    [row] = d.agreements.rows
    assert row.due.date() != NO_DATE and row.due.date().toPython() == day(14)
    # an empty conversation is refused under the summary, and nothing is stored
    d.agreements.remove_row(row)
    d.accept()
    assert d.result() == 0 and "besproken" in d.errors["summary_for_client"].text()
    with store.db.session() as s:
        assert s.scalars(select(Conversation).where(Conversation.planned.is_(False))).all() == []


def test_a_meeting_ahead_cannot_be_recorded_as_held(window, qtbot, caseload):
    assert window.caseload.select_client(caseload["Berg"])
    tab = window.pane.tab(ConversationsTab)
    window.pane.tabs.setCurrentWidget(tab)
    tab.conv_table.selectRow(0)  # the meeting planned far ahead
    assert tab.current_conversation().planned
    assert not tab.hold_button.isEnabled()
    assert "vastleggen kan op of na die dag" in tab.hold_button.toolTip()


def test_the_form_reloads_after_a_sync_changed_it_and_says_so(window, qtbot, store, caseload):
    cid = caseload["Berg"]
    assert window.caseload.select_client(cid)

    def pulled(phone: str) -> None:  # what a pull does: a newer version of the row
        with store.db.session() as s:
            c = s.get(Client, cid)
            c.phone, c.version = phone, c.version + 1
        window.bus.changed.emit("sync", "")

    pulled("010 1234567")
    assert window.pane.form.editors["phone"].text() == "010 1234567"
    assert "Bijgewerkt na synchroniseren" in window.pane.message.text()
    # with unsaved edits, the edits stay and the coach is told
    window.pane.form.editors["city"].setText("Schiedam")
    pulled("010 7654321")
    assert window.pane.form.editors["city"].text() == "Schiedam"
    assert "bij het synchroniseren gewijzigd" in window.pane.message.text()
    window.pane.form.editors["city"].setText(window.pane.details.city or "")  # leave without a question
    window.runner.wait()


def test_conflict_dialog_shows_field_label_both_values_in_full_and_when(qtbot, store, actor):
    c = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik"})
    long_mine = "Woont sinds kort bij haar zus in Schiedam. " * 4
    with store.db.session() as s:
        s.query(OutboxMutation).delete()
        s.add(SyncConflict(id="c0000000-0000-4000-8000-000000000002", table_name="client", row_id=c.id,
                           field="city", mine_json=f'"{long_mine.strip()}"', theirs_json='"Rotterdam"',
                           server_version=3, theirs_author="Bert Jansen",
                           theirs_changed_at=datetime(2026, 3, 5, 9, 30)))  # UTC: 10:30 in Amsterdam
        s.add(SyncConflict(id="c0000000-0000-4000-8000-000000000003", table_name="client", row_id=c.id,
                           field="date_of_birth", mine_json='"1990-02-01"', theirs_json='"1990-01-02"',
                           server_version=3))
    dialog = ConflictsDialog(store.db)
    qtbot.addWidget(dialog)
    labels = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert labels == {"Plaats", "Geboortedatum"}
    row = next(r for r in range(2) if dialog.table.item(r, 1).text() == "Plaats")
    dialog.table.selectRow(row)
    text = dialog.detail.text()
    assert long_mine.strip() in text and "Rotterdam" in text and "gemeld op" in text
    assert "gewijzigd door Bert Jansen, 05-03-2026 10:30" in text  # who and when (issue 15)
    assert dialog.table.item(row, 4).text() == "Bert Jansen, 05-03-2026 10:30"
    assert dialog.table.item(row, 5).text()[:10] == (day(0) - timedelta(days=0)).strftime("%d-%m-%Y")
    other = 1 - row
    assert dialog.table.item(other, 4).text() == "een collega"  # an older central store did not say who
    assert dialog.table.item(other, 2).text() == "01-02-1990"  # dates as the app shows them
