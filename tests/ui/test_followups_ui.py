"""Issue 17 in the window: the client form edits the contact rhythm and the work-duty exemption (refusals under
the field, nothing lost), the header notes an exemption, Mijn week lists contact too long ago and asks after
ended aftercare whether the work lasted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from testclock import day, nl

from desktop.services.caseload import CaseloadService
from desktop.ui.aftercare_outcome import record_work_lasted


def test_the_form_edits_rhythm_and_exemption(window, qtbot, store, actor, caseload):
    assert window.caseload.select_client(caseload["Berg"])
    form = window.pane.form
    form.editors["work_duty_exemption"].setText("Mantelzorg")  # no end date: refused under the field
    form.edited.emit()
    qtbot.mouseClick(window.pane.save_button, Qt.MouseButton.LeftButton)
    assert "een reden en een einddatum" in form.errors["work_duty_exemption"].text()
    assert form.editors["work_duty_exemption"].text() == "Mantelzorg"  # nothing lost
    form.editors["work_duty_exemption_from"].setText(nl(-1))
    form.editors["work_duty_exemption_until"].setText(nl(30))
    form.editors["contact_every_weeks"].setText("2")
    form.edited.emit()
    qtbot.mouseClick(window.pane.save_button, Qt.MouseButton.LeftButton)
    saved = CaseloadService(store.db, actor).open(caseload["Berg"])
    assert (saved.work_duty_exemption, saved.work_duty_exemption_until, saved.contact_every_weeks) == (
        "Mantelzorg", day(30), 2)
    assert f"ontheven van de arbeidsplicht tot en met {nl(30)}" in window.pane.subtitle.text()


def test_mijn_week_asks_whether_the_work_lasted(window, qtbot, store, actor, caseload):
    CaseloadService(store.db, actor).update(caseload["Vries"], {"aftercare_until": day(-2)})
    window.toggle_week(True)
    qtbot.waitUntil(lambda: window.week.week is not None and window.runner.pending() == 0)
    assert window.week.entries("contact_late")  # the fixture's clients have no held conversations
    [item] = window.week.entries("aftercare_outcome")
    assert item.text(1) == "Piet de Vries"
    window.week.ask_work_lasted = lambda parent, svc, cid, name: record_work_lasted(
        parent, svc, cid, name, choose=lambda _p, _n: True, rate=lambda _p, _n: (4, "Fijn geholpen."))
    with qtbot.waitSignal(window.week.open_client):
        window.week._activated(item, 0)
    d = CaseloadService(store.db, actor).open(caseload["Vries"])
    assert (d.aftercare_outcome, d.aftercare_satisfaction, d.aftercare_satisfaction_remark) == (
        "lasted", 4, "Fijn geholpen.")


def test_the_conversation_dialog_records_the_duty_to_inform(window, qtbot, store, actor, caseload):
    from test_casework import drive

    from desktop.services.duty_to_inform import DutyToInformService
    from desktop.ui.conversations_tab import ConversationsTab

    assert window.caseload.select_client(caseload["Berg"])
    assert "informatieplicht nog nooit besproken" in window.pane.subtitle.text()
    tab = window.pane.tab(ConversationsTab)
    window.pane.tabs.setCurrentWidget(tab)

    def fill(d) -> None:  # noqa: ANN001
        d.summary.setPlainText("Informatieplicht en map besproken.")
        d.inform.discussed.setChecked(True)
        d.inform.folder.setCurrentIndex(d.inform.folder.findData("handed_over"))
        d.accept()

    drive(qtbot, tab.new_conversation, fill)
    assert DutyToInformService(store.db, actor).last_done(caseload["Berg"]) is not None


def test_the_letter_dialog_records_the_reexamination_selection(qtbot, store, actor, caseload):
    from desktop.ui.letters import LetterDialog
    from desktop.ui.reexamination_dialog import ReexaminationDialog
    from desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    dialog = LetterDialog(store.db, actor, runner, None, caseload["Berg"], kind="reexamination-invitation")
    qtbot.addWidget(dialog)
    assert not dialog.select_button.isHidden()
    sel = ReexaminationDialog(store.db, actor, caseload["Berg"], dialog)
    qtbot.addWidget(sel)
    sel.why.setPlainText("score 0.9")
    sel.accept()
    assert "in woorden" in sel.message.text() and sel.why.toPlainText() == "score 0.9"  # kept, refused
    sel.why.setPlainText("Inkomen uit werk wisselt sterk de laatste maanden.")
    sel.accept()
    assert CaseloadService(store.db, actor).open(caseload["Berg"]).reexamination_selected_by == actor.username
    runner.wait()


def test_refer_from_the_timeline_and_follow_up_from_mijn_week(window, qtbot, store, actor, caseload):
    from desktop.services.referrals import ReferralService
    from desktop.ui.referral_dialog import ReferralDialog
    from desktop.ui.timeline_tab import TimelineTab

    assert window.caseload.select_client(caseload["Berg"])
    tab = window.pane.tab(TimelineTab)
    assert tab.refer_button.text().replace("&", "") == "Verwijzen…"
    d = ReferralDialog(store.db, actor, caseload["Berg"], tab)
    qtbot.addWidget(d)
    d.accept()  # no reason: refused, the dialog stays
    assert "de reden" in d.message.text()
    d.to.setCurrentIndex(d.to.findData("vraagwijzer"))
    d.reason.setPlainText("Vragen over toeslagen en post.")
    d.follow_up.setDate(d.follow_up.date().addDays(-14))  # today: due this week
    d.accept()
    [r] = ReferralService(store.db, actor).for_client(caseload["Berg"])
    assert r.referred_to == "vraagwijzer"
    window.toggle_week(True)
    qtbot.waitUntil(lambda: window.week.week is not None and window.runner.pending() == 0)
    [item] = window.week.entries("referrals_due")
    window.week.ask_follow_up = lambda _p, svc, rid, _n: bool(svc.follow_up(rid, "Afspraak bij VraagWijzer gemaakt."))
    window.week._activated(item, 0)
    assert ReferralService(store.db, actor).for_client(caseload["Berg"])[0].followed_up_on is not None
