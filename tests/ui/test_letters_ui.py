"""Letters from the step: the signal's call-back letter previewed and saved (then recorded), the
absence letter chosen by the stage, Ctrl+Shift+P following the tab, and a werk.nl mailing."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.models.entities import AuditEvent, Client, Signal
from desktop.services.signals import SignalService
from desktop.ui.letters import LetterDialog, MailingDialog
from desktop.ui.signals_tab import SignalsTab
from desktop.ui.tasks import DataBus, TaskRunner
from desktop.ui.werknl_view import WerknlView


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "PDF (*.pdf)"))


def test_call_back_letter_from_the_signal(qtbot, store, actor, caseload, tmp_path, monkeypatch):
    client_id = caseload["Berg"]
    signals = SignalService(store.db, actor)
    sig = signals.create(client_id, {"kind": "duty_to_inform", "description": "GEHEIM-SIGNAAL",
                                     "signalled_on": actor.today() - timedelta(days=3)})
    tab = SignalsTab(store.db, actor, DataBus(), TaskRunner())
    qtbot.addWidget(tab)
    tab.set_client(client_id)
    tab.show()
    assert not tab.print_letter_button.isEnabled()          # telephone first: call before writing
    signals.log_attempt(sig.id, False, "voicemail")
    tab.reload()
    assert tab.print_letter_button.isEnabled()
    qtbot.mouseClick(tab.print_letter_button, Qt.MouseButton.LeftButton)
    dialog: LetterDialog = tab.letter_dialog
    assert dialog.current_kind() == "contact-attempt" and dialog.step.currentData() == sig.id
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printer.preview is not None, timeout=15000)
    preview = dialog.printer.preview
    assert preview.page_labels and not preview.page_labels[0].pixmap().isNull()
    with store.db.session() as s:                          # the preview alone records nothing
        assert s.get(Signal, sig.id).letter_sent_on is None
    out = tmp_path / "brief.pdf"
    save_to(monkeypatch, out)
    assert preview.save() == out
    text = pdf_text(out)
    assert "Wilt u ons terugbellen?" in text and "Jan van den Berg" in text and "GEHEIM-SIGNAAL" not in text
    qtbot.waitUntil(lambda: dialog.message.text() == "Brief vastgelegd als verstuurd.", timeout=15000)
    with store.db.session() as s:
        assert s.get(Signal, sig.id).letter_sent_on == actor.today()
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "print",
                                                  AuditEvent.entity == "contact-attempt")).first() is not None
    qtbot.waitUntil(lambda: "Brief verstuurd op" in tab.letter_label.text(), timeout=5000)


def test_ctrl_shift_p_follows_the_tab(window, qtbot, caseload):
    from desktop.ui.profile_tab import ProfileTab

    window.open_client(caseload["El Amrani"])
    window.pane.tabs.setCurrentWidget(window.pane.tab(ProfileTab))
    window.letter_action.trigger()
    assert window.letter_dialog.current_kind() == "profile"
    assert not window.letter_dialog.step.isVisible()
    window.letter_dialog.kind.setCurrentIndex(window.letter_dialog.kind.findData("reexamination-invitation"))
    assert window.letter_dialog.chosen_documents() == ["id"]
    window.letter_dialog.close()


def test_werknl_mailing_at_most_n_each_recorded(qtbot, store, actor, caseload, tmp_path, monkeypatch):
    view = WerknlView(store.db, actor)
    qtbot.addWidget(view)
    qtbot.mouseClick(view.mailing_button, Qt.MouseButton.LeftButton)
    dialog: MailingDialog = view.mailing_dialog
    assert len(dialog.candidates) == 4                     # the running benefits, none registered
    dialog.limit.setValue(2)
    assert dialog.count.text().startswith("2 van 4 ")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printer.preview is not None, timeout=15000)
    out = tmp_path / "mailing.pdf"
    save_to(monkeypatch, out)
    assert dialog.printer.preview.save() == out
    qtbot.waitUntil(lambda: dialog.count.text().startswith("2 van 2 "), timeout=15000)
    with store.db.session() as s:
        written = s.scalars(select(Client).where(Client.werknl_letter_sent_on.is_not(None))).all()
        assert len(written) == 2
        assert all(c.first_name in pdf_text(out) for c in written)


def test_letter_buttons_where_the_step_is(qtbot, window, store, actor, caseload):
    """Profile, placement and werk.nl each open the letter of their own step."""
    from desktop.ui.match_tab import MatchTab
    from desktop.ui.profile_tab import ProfileTab

    window.open_client(caseload["El Amrani"])
    profile = window.pane.tab(ProfileTab)
    window.pane.tabs.setCurrentWidget(profile)
    qtbot.mouseClick(profile.letter_button, Qt.MouseButton.LeftButton)
    assert profile.letter_dialog.current_kind() == "profile"
    profile.letter_dialog.close()
    match = window.pane.tab(MatchTab)
    window.pane.tabs.setCurrentWidget(match)
    assert not match.letter_button.isEnabled()              # no placement chosen
    view = WerknlView(store.db, actor)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.letter_dialog.current_kind() == "werknl-registration"
    qtbot.mouseClick(view.letter_dialog.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.letter_dialog.message.text() == "Brief vastgelegd als verstuurd.", timeout=15000)
    with store.db.session() as s:
        assert s.get(Client, view.selected()).werknl_letter_sent_on == actor.today()
    view.letter_dialog.close()
    view.table.selectRow(0)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.letter_dialog.current_kind() == "werknl-binding-decision"


def test_absence_letter_follows_the_stage(qtbot, store, actor, caseload, tmp_path, monkeypatch):
    """Sanction considered: the hearing invitation (printing it records the hearing); decided: the decision."""
    from datetime import datetime, time

    from desktop.models.entities import Absence
    from desktop.services.absences import AbsenceService
    from desktop.ui.absences_tab import AbsencesTab

    client_id = caseload["Berg"]
    svc = AbsenceService(store.db, actor)
    today = actor.today()
    a = svc.record(client_id, {"activity": "Sollicitatietraining", "missed_on": today - timedelta(days=6),
                               "notified": False})
    svc.record_door_visit(a.id, today - timedelta(days=5), "niemand thuis")
    svc.record_conversation(a.id, {"held_at": datetime.combine(today - timedelta(days=4), time(10)),
                                   "summary_for_client": "Besproken", "internal_notes": "GEHEIM"})
    svc.check_circumstances(a.id, {k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")})
    svc.consider_sanction(a.id)
    tab = AbsencesTab(store.db, actor, DataBus(), TaskRunner())
    qtbot.addWidget(tab)
    tab.set_client(client_id)
    tab.show()
    assert tab.letter_button.isEnabled()
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    dialog: LetterDialog = tab.letter_dialog
    assert dialog.current_kind() == "hearing-invitation" and dialog.step.currentData() == a.id
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.printer.preview is not None, timeout=15000)
    out = tmp_path / "horen.pdf"
    save_to(monkeypatch, out)
    dialog.printer.preview.save()
    assert "Wij willen uw kant horen" in pdf_text(out) and "GEHEIM" not in pdf_text(out)
    qtbot.waitUntil(lambda: dialog.message.text() == "Brief vastgelegd als verstuurd.", timeout=15000)
    with store.db.session() as s:
        assert s.get(Absence, a.id).hearing_offered_on == today
    dialog.close()
    svc.record_hearing_outcome(a.id, "heard", "Ik was de brief kwijt.")
    svc.decide(a.id, "sanction", "U bent niet gekomen en gaf geen reden.", 20, 1)
    tab.reload()
    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    assert tab.letter_dialog.current_kind() == "decision"
