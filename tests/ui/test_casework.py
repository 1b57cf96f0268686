"""Casework in the UI: the real conversation and agreement dialogs, the Gesprekken and Tijdlijn tabs,
'Mijn week' and the keyboard shortcuts (the `clock` fixture sets today; dates are relative to it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select
from testclock import at, day, nl

from desktop.models.base import new_id
from desktop.models.entities import Agreement, AuditEvent, Conversation, OutboxMutation, User
from desktop.services.conversations import AgreementService, ConversationService
from desktop.ui.agreement_dialog import AgreementDialog
from desktop.ui.client_pane import TAB_CLASSES
from desktop.ui.conversation_dialog import ConversationDialog
from desktop.ui.conversation_models import ConversationModel
from desktop.ui.conversations_tab import ConversationsTab
from desktop.ui.timeline_tab import TimelineTab
from desktop.ui.week_view import ClientIdRole


def held() -> datetime:
    """When the recorded conversation took place: sixteen days ago, in the afternoon."""
    return at(-16, 14, 30)


def rest_of_week() -> int:
    """Days left in this week (Monday to Sunday) after today: 0 on a Sunday."""
    return 6 - day(0).weekday()


def follow_up() -> datetime:
    """A follow-up meeting later this week: tomorrow, or tonight when today is Sunday."""
    return at(1, 10, 0) if rest_of_week() else at(0, 23, 0)


def qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def qd(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def drive(qtbot, open_dialog: Callable[[], object], fill: Callable[[QDialog], None]) -> object:
    """Open a modal dialog with `open_dialog` and drive it with `fill` from inside its event loop."""
    failures: list[BaseException] = []

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, go)
            return
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test
            failures.append(exc)
            dialog.done(0)

    QTimer.singleShot(0, go)
    result = open_dialog()
    if failures:
        raise failures[0]
    return result


@pytest.fixture
def specialist(store):
    sid = new_id()
    with store.db.session() as s:
        s.add(User(id=sid, username="ldam", display_name="Lotte van Dam", role="specialist",
                   organisation="Rotterdam Inclusief"))
    return sid


@pytest.fixture
def berg(window, caseload):
    """Jan van den Berg open on the Gesprekken tab."""
    assert window.caseload.select_client(caseload["Berg"])
    tab = window.pane.tab(ConversationsTab)
    window.pane.tabs.setCurrentWidget(tab)
    return tab


def _conversations(store, client_id):
    """The held conversations (the fixture gives Berg a planned meeting in 2098)."""
    with store.db.session() as s:
        return s.scalars(select(Conversation).where(Conversation.client_id == client_id,
                                                    Conversation.planned.is_(False),
                                                    Conversation.deleted_at.is_(None))).all()


def test_tabs_are_registered_in_one_place(window, caseload):
    assert ConversationsTab in TAB_CLASSES and TimelineTab in TAB_CLASSES
    assert window.pane.tabs.count() == 1  # the other tabs are built with the first client opened
    window.open_client(caseload["Berg"])
    titles = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
    assert titles[:3] == ["Overzicht", "Gesprekken", "Tijdlijn"]
    assert window.pane.form.editors["aftercare_until"].isEnabled()  # the coach edits aftercare_until


def test_conversation_with_two_agreements_timeline_week_done_and_overdue(
        window, berg, qtbot, store, caseload, specialist):
    cid = caseload["Berg"]

    def fill(d: ConversationDialog) -> None:
        assert d.windowTitle() == "Nieuw gesprek — Jan van den Berg"
        assert d.focusWidget() is d.kind
        d.kind.setCurrentIndex(d.kind.findData("home_visit"))
        d.channel.setCurrentIndex(d.channel.findData("home"))
        d.held_at.setDateTime(qdt(held()))
        qtbot.keyClicks(d.summary, "We hebben gesproken over werk in de haven.")
        qtbot.keyClicks(d.notes, "Schulden spelen mee.")
        d.has_next.setChecked(True)
        d.next_at.setDateTime(qdt(follow_up()))
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        first, second = d.agreements.rows
        assert d.focusWidget() is second.description  # a new row is ready to type in
        qtbot.keyClicks(first.description, "Cv sturen naar de haven")
        first.due.setDate(qd(day(-6)))  # before today: overdue
        qtbot.keyClicks(second.description, "Proefplaatsing regelen")
        second.party.setCurrentIndex(second.party.findData(f"specialist:{specialist}"))
        assert second.shared.isChecked()  # what a specialist does, the specialist sees
        second.due.setDate(qd(day(min(2, rest_of_week()))))  # later this week
        qtbot.keyClick(d.place, Qt.Key.Key_Return)  # Enter saves

    drive(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N,
                                        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
          fill)
    assert window.pane.tabs.currentWidget() is berg
    [conv] = _conversations(store, cid)
    assert (conv.kind, conv.channel, conv.held_at, conv.planned) == ("home_visit", "home", held(), False)
    assert conv.internal_notes == "Schulden spelen mee."
    cm = berg.conv_model
    # newest first: the meeting planned for 2098, the follow-up it planned, then the conversation
    assert cm.rowCount() == 3 and cm.row_of(conv.id) == 2
    assert cm.data(cm.index(0, 1)) == "Gepland: Voortgang"
    assert cm.data(cm.index(1, 1)) == "Gepland: Voortgang"
    assert cm.data(cm.index(2, 1)) == "Huisbezoek"
    assert cm.data(cm.index(2, 4)) == "2"

    # the agreements list: open first by due date; the overdue ones red, bold, with a tooltip
    m = berg.agr_model
    texts = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert texts[:2] == ["Solliciteren", "Cv sturen naar de haven"]  # fixture's 01-11 and ours 20-11
    row = texts.index("Cv sturen naar de haven")
    assert m.data(m.index(row, 3)) == "Te laat"
    assert m.data(m.index(row, 0), Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(row, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert nl(-6) in m.data(m.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    placement = texts.index("Proefplaatsing regelen")
    assert m.data(m.index(placement, 1)) == "Lotte van Dam"
    assert m.data(m.index(placement, 4)) == "ja"
    assert m.data(m.index(placement, 0), Qt.ItemDataRole.FontRole) is None
    assert "2 te laat" in berg.agr_title.text()

    # the timeline tells the story; filter by kind
    timeline = window.pane.tab(TimelineTab)
    tm = timeline.model
    rows = [(tm.data(tm.index(r, 1)), tm.data(tm.index(r, 2))) for r in range(tm.rowCount())]
    assert ("Afspraak — te laat", "Cv sturen naar de haven") in rows
    assert ("Afspraak", "Proefplaatsing regelen") in rows
    assert ("Gesprek", "Huisbezoek") in rows
    overdue_row = rows.index(("Afspraak — te laat", "Cv sturen naar de haven"))
    assert tm.data(tm.index(overdue_row, 2), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    timeline.filters["agreement"].setChecked(False)
    assert {tm.data(tm.index(r, 1)) for r in range(tm.rowCount())} == {"Gesprek", "Gepland gesprek"}
    timeline.filters["planned"].setChecked(False)
    assert [tm.data(tm.index(r, 2)) for r in range(tm.rowCount())] == ["Huisbezoek"]
    assert timeline.count.text() == "1 regel"

    # Mijn week (Ctrl+Shift+W): the follow-up meeting, the overdue and the due-this-week agreements
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.week_dock.isVisible()
    qtbot.waitUntil(lambda: window.week.week is not None and window.runner.pending() == 0)
    week = window.week

    def section(key):
        return [(i.text(1), i.text(2)) for i in week.entries(key)]

    assert ("Jan van den Berg", "Vervolggesprek") in section("this_week" if rest_of_week() else "today")
    assert ("Jan van den Berg", "Cv sturen naar de haven (Werkzoekende)") in section("overdue")
    assert ("Jan van den Berg", "Proefplaatsing regelen (Specialist)") in section("due_this_week")
    overdue_item = next(i for i in week.entries("overdue") if i.text(2).startswith("Cv sturen"))
    assert overdue_item.font(0).bold() and overdue_item.foreground(0).color().name() == "#b00020"

    # mark the one due this week done: it leaves the week; the overdue one stays flagged
    berg.agr_table.setFocus()
    berg.agr_table.selectRow(placement)
    assert berg.done_button.isEnabled()
    qtbot.mouseClick(berg.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.pending() == 0)
    qtbot.waitUntil(lambda: ("Jan van den Berg", "Proefplaatsing regelen (Specialist)")
                    not in section("due_this_week"))
    with store.db.session() as s:
        done = s.scalar(select(Agreement).where(Agreement.description == "Proefplaatsing regelen"))
        assert (done.status, done.status_date) == ("done", day(0))
    row = next(r for r in range(m.rowCount()) if m.data(m.index(r, 0)) == "Proefplaatsing regelen")
    assert m.data(m.index(row, 3)) == f"Gedaan ({nl(0)})"
    assert berg.current_agreement().id == done.id  # the selection stays on the changed row
    assert ("Jan van den Berg", "Cv sturen naar de haven (Werkzoekende)") in section("overdue")
    # ... and in the caseload: Berg's overdue count went from 1 to 2 (a number in red)
    qtbot.waitUntil(lambda: window.caseload.model.row_at(
        window.caseload.model.row_of(cid)).overdue_agreements == 2)
    assert berg.message.text() == "Afspraak: gedaan."

    # every change went through the services: audit trail and outbox
    with store.db.session() as s:
        actions = s.execute(select(AuditEvent.action, AuditEvent.entity).where(
            AuditEvent.client_id == cid, AuditEvent.entity.in_(("conversation", "agreement")))).all()
        assert ("create", "conversation") in actions and ("update", "agreement") in actions
        assert s.scalar(select(func.count()).select_from(OutboxMutation).where(
            OutboxMutation.row_id == conv.id)) >= 1


def test_week_view_opens_the_client(window, qtbot, caseload):
    window.toggle_week(True)
    qtbot.waitUntil(lambda: window.week.week is not None and window.runner.pending() == 0)
    item = next(i for i in window.week.entries("overdue") if i.text(1) == "Mehmet Çelik")
    assert item.data(0, ClientIdRole) == caseload["Çelik"]
    with qtbot.waitSignal(window.week.open_client) as blocker:
        tree = item.treeWidget()
        tree.setCurrentItem(item)
        tree.setFocus()
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [caseload["Çelik"]]
    assert window.pane.title.text() == "Mehmet Çelik"
    assert window.caseload.current_id() == caseload["Çelik"]
    # a client not in the current caseload filter (ended) opens too
    window.open_client(caseload["Vries"])
    assert window.pane.title.text() == "Piet de Vries"


def test_errors_per_field_in_red_and_nothing_lost(window, berg, qtbot, store, caseload):
    seen = {}

    def fill(d: ConversationDialog) -> None:
        d.held_at.setDateTime(qdt(held()))
        qtbot.keyClicks(d.summary, "Samenvatting die niet verloren mag gaan.")
        d.has_next.setChecked(True)
        d.next_at.setDateTime(qdt(at(-25, 9, 0)))  # before the conversation
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        ok, bad, blank = d.agreements.rows
        qtbot.keyClicks(ok.description, "Bellen met de werkgever")
        bad.due.setDate(qd(day(5)))  # a date but no description
        d.agreements.remove_row(blank)
        d.accept()
        assert d.isVisible()
        seen["next"] = d.error_text("next_meeting_at")
        seen["row"] = bad.error_text()
        seen["ok"] = ok.error_text()
        seen["message"] = d.message.text()
        assert d.summary.toPlainText() == "Samenvatting die niet verloren mag gaan."
        assert ok.description.text() == "Bellen met de werkgever"
        assert bad.description.property("invalid") is True
        assert d.focusWidget() in (bad.description, d.next_at)
        # fix both and save
        d.has_next.setChecked(False)
        qtbot.keyClicks(bad.description, "Formulier inleveren")
        qtbot.keyClick(d.agreements.rows[0].description, Qt.Key.Key_Return)

    drive(qtbot, berg.new_conversation, fill)
    assert seen["next"] == "De volgende afspraak ligt na dit gesprek."
    assert seen["row"] == "Schrijf op wat er is afgesproken."  # every error at once
    assert seen["ok"] == ""
    assert "verbeter wat in rood staat" in seen["message"]
    [conv] = _conversations(store, caseload["Berg"])
    assert conv.summary_for_client == "Samenvatting die niet verloren mag gaan."
    with store.db.session() as s:
        assert sorted(s.scalars(select(Agreement.description).where(Agreement.conversation_id == conv.id))) == [
            "Bellen met de werkgever", "Formulier inleveren"]


def test_agreement_row_errors_come_back_on_their_row(window, berg, qtbot, store, caseload):
    seen = {}

    def fill(d: ConversationDialog) -> None:
        d.held_at.setDateTime(qdt(held()))
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        good, early = d.agreements.rows
        qtbot.keyClicks(good.description, "Cv maken")
        qtbot.keyClicks(early.description, "Te vroeg")
        early.due.setDate(qd(day(-25)))  # before the conversation
        d.accept()
        seen["early"] = early.error_text()
        seen["invalid"] = early.due.property("invalid")
        seen["good"] = good.error_text()
        d.done(0)

    drive(qtbot, berg.new_conversation, fill)
    assert seen == {"early": "De datum ligt voor het gesprek waarin dit is afgesproken.", "invalid": True,
                    "good": ""}
    assert _conversations(store, caseload["Berg"]) == []  # nothing half-saved


def test_plan_hold_edit_and_delete(window, berg, qtbot, store, caseload, monkeypatch):
    cid = caseload["Berg"]

    def plan(d: ConversationDialog) -> None:
        assert d.windowTitle().startswith("Gesprek plannen")
        assert not d.agreements.isVisibleTo(d) and not d.summary.isVisibleTo(d)
        d.kind.setCurrentIndex(d.kind.findData("review"))
        d.held_at.setDateTime(qdt(at(0, 9, 0)))
        qtbot.keyClicks(d.place, "Wijkkantoor")
        qtbot.keyClick(d.place, Qt.Key.Key_Return)

    drive(qtbot, lambda: qtbot.mouseClick(berg.plan_button, Qt.MouseButton.LeftButton), plan)
    m = berg.conv_model
    planned_row = next(r for r in range(m.rowCount()) if m.row_at(r).held_at == at(0, 9, 0))
    assert m.data(m.index(planned_row, 1)) == "Gepland: Heronderzoek"
    assert m.data(m.index(planned_row, 1), Qt.ItemDataRole.FontRole).italic()
    berg.conv_table.selectRow(planned_row)
    assert berg.hold_button.isEnabled()

    def hold(d: ConversationDialog) -> None:
        assert d.windowTitle().startswith("Gesprek vastleggen")
        assert d.place.text() == "Wijkkantoor"
        qtbot.keyClicks(d.summary, "Heronderzoek gedaan.")
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.agreements.rows[0].description, "Loonstroken sturen")
        qtbot.keyClick(d.agreements.rows[0].description, Qt.Key.Key_Return)

    drive(qtbot, lambda: qtbot.mouseClick(berg.hold_button, Qt.MouseButton.LeftButton), hold)
    held = next(c for c in _conversations(store, cid) if c.kind == "review")
    assert not held.planned and held.summary_for_client == "Heronderzoek gedaan."
    row = m.row_of(held.id)
    assert m.data(m.index(row, 1)) == "Heronderzoek" and m.data(m.index(row, 4)) == "1"
    assert not berg.hold_button.isEnabled()

    def edit(d: ConversationDialog) -> None:
        assert d.windowTitle().startswith("Gesprek bewerken")
        [existing] = d.agreements.rows
        assert existing.description.text() == "Loonstroken sturen"
        existing.description.clear()
        qtbot.keyClicks(existing.description, "Loonstroken en bankafschriften sturen")
        qtbot.mouseClick(d.agreements.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.agreements.rows[1].description, "Afspraak bij de bank maken")
        d.summary.setPlainText("Heronderzoek gedaan; alles besproken.")
        qtbot.keyClick(d.place, Qt.Key.Key_Return)

    berg.conv_table.selectRow(row)
    drive(qtbot, berg.edit_conversation, edit)
    with store.db.session() as s:
        assert s.get(Conversation, held.id).summary_for_client == "Heronderzoek gedaan; alles besproken."
        assert sorted(s.scalars(select(Agreement.description).where(Agreement.conversation_id == held.id))) == [
            "Afspraak bij de bank maken", "Loonstroken en bankafschriften sturen"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    berg.conv_table.selectRow(m.row_of(held.id))
    assert berg.delete_conversation()
    assert m.row_of(held.id) == -1
    with store.db.session() as s:
        assert s.get(Conversation, held.id).deleted_at is not None
        statuses = set(s.scalars(select(Agreement.status).where(Agreement.conversation_id == held.id)))
        assert statuses == {"cancelled"}  # open agreements of a removed conversation are cancelled, not lost


def test_agreement_on_its_own_and_status_with_date(window, berg, qtbot, store, caseload):
    def add(d: AgreementDialog) -> None:
        assert d.windowTitle() == "Nieuwe afspraak"
        assert not d.status_date.isEnabled()
        qtbot.keyClicks(d.row.description, "Inschrijven bij werk.nl")
        d.row.due.setDate(qd(day(14)))
        qtbot.keyClick(d.row.description, Qt.Key.Key_Return)

    drive(qtbot, berg.new_agreement, add)
    with store.db.session() as s:
        a = s.scalar(select(Agreement).where(Agreement.description == "Inschrijven bij werk.nl"))
        assert (a.conversation_id, a.due_date, a.status) == (None, day(14), "open")
    assert berg.current_agreement().id == a.id

    def missed(d: AgreementDialog) -> None:
        d.status.setCurrentIndex(d.status.findData("missed"))
        assert d.status_date.isEnabled()
        d.status_date.setDate(qd(day(28)))  # in the future: refused
        d.accept()
        assert d.error_text("status_date") == "Deze datum ligt in de toekomst."
        assert d.status_date.property("invalid") is True
        d.status_date.setDate(qd(day(-2)))
        qtbot.keyClick(d.status_date, Qt.Key.Key_Return)

    drive(qtbot, berg.edit_agreement, missed)
    with store.db.session() as s:
        a2 = s.get(Agreement, a.id)
        assert (a2.status, a2.status_date) == ("missed", day(-2))
    assert berg.reopen_button.isEnabled() and not berg.done_button.isEnabled()

    def wrong(d: AgreementDialog) -> None:  # a closed agreement can only be reopened
        d.status.setCurrentIndex(d.status.findData("done"))
        d.accept()
        assert "alleen weer open" in d.error_text("status")
        d.done(0)

    drive(qtbot, berg.edit_agreement, wrong)
    berg.set_status("open")
    with store.db.session() as s:
        assert s.get(Agreement, a.id).status == "open"


def test_new_conversation_shortcut_needs_an_open_client(window, qtbot):
    assert window.pane.client_id is None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Open eerst een werkzoekende."
    assert QApplication.activeModalWidget() is None


def test_escape_cancels_and_asks_before_losing_text(window, berg, qtbot, monkeypatch, store, caseload):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Discard)

    def fill(d: ConversationDialog) -> None:
        qtbot.keyClick(d.kind, Qt.Key.Key_Escape)  # untouched: closes at once
    assert drive(qtbot, berg.new_conversation, fill) is None
    assert asked == []

    def typed(d: ConversationDialog) -> None:
        qtbot.keyClicks(d.summary, "Iets")
        qtbot.keyClick(d.summary, Qt.Key.Key_Escape)
    drive(qtbot, berg.new_conversation, typed)
    assert asked == [1]
    assert _conversations(store, caseload["Berg"]) == []


def test_models_pass_the_model_tester(qtmodeltester, window, berg, store, actor, caseload):
    cid = caseload["Berg"]
    svc = ConversationService(store.db, actor)
    svc.record(cid, {"held_at": held(), "summary_for_client": "Regel 1\nRegel 2"},
               [{"description": "A", "due_date": day(-6).isoformat()}])
    svc.plan(cid, {"held_at": at(6, 10, 0)})
    AgreementService(store.db, actor).add(cid, {"description": "B", "party": "coach", "due_date": day(3)})
    berg.reload()
    qtmodeltester.check(berg.conv_model)
    qtmodeltester.check(berg.agr_model)
    timeline = window.pane.tab(TimelineTab)
    timeline.reload()
    qtmodeltester.check(timeline.model)
    assert isinstance(berg.conv_model, ConversationModel)
    assert berg.conv_model.data(berg.conv_model.index(2, 3)) == "Regel 1"  # newest (the two planned) first
