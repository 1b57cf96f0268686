"""Signals and absences in the client pane's tabs: the rules show in the UI, the service enforces them."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from desktop.services.absences import AbsenceService
from desktop.services.context import Actor
from desktop.services.signals import SignalService
from desktop.ui.absences_tab import AbsencesTab
from desktop.ui.bar_chart import BarChart
from desktop.ui.figures_view import FiguresView
from desktop.ui.main_window import MainWindow
from desktop.ui.signals_tab import SignalsTab
from desktop.ui.tasks import DataBus, TaskRunner
from desktop.ui.werknl_view import WerknlView
from sync import clock as sync_clock


def qdt(d: datetime) -> QDateTime:
    return QDateTime(QDate(d.year, d.month, d.day), QTime(d.hour, d.minute))


@pytest.fixture
def bus(qapp):
    return DataBus()


@pytest.fixture
def signals_tab(qtbot, store, actor, caseload, bus):
    tab = SignalsTab(store.db, actor, bus, TaskRunner())
    qtbot.addWidget(tab)
    tab.set_client(caseload["Berg"])
    tab.show()
    return tab


def fine_enabled(tab) -> bool:
    index = tab.result.findData("fine_investigation")
    return tab.result.model().item(index).isEnabled()


def test_three_attempts_make_the_fine_option_available(qtbot, signals_tab, clock):
    tab = signals_tab
    assert tab.empty.isVisible()
    tab.new_kind.setCurrentIndex(tab.new_kind.findData("duty_to_inform"))
    qtbot.keyClicks(tab.new_description, "Inkomsten uit bijbaan niet doorgegeven?")
    today = sync_clock.today()
    signalled, earlier = today - timedelta(days=6), today - timedelta(days=2)
    tab.new_date.setDate(QDate(signalled.year, signalled.month, signalled.day))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 1 and tab.detail.isVisible()
    assert not fine_enabled(tab)
    index = tab.result.findData("fine_investigation")
    assert "Nog nodig: 3 mislukte belpogingen" in tab.result.itemData(index, Qt.ItemDataRole.ToolTipRole)
    assert tab.rule.text().endswith("en een verstuurde brief.")

    qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    assert not tab.letter_button.isEnabled() and f"{today:%d-%m-%Y}" in tab.letter_label.text()
    tab.when.setDateTime(qdt(datetime(earlier.year, earlier.month, earlier.day, 9, 30)))
    qtbot.keyClicks(tab.note, "voicemail")
    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Belpoging vastgelegd: niet bereikt."
    assert not fine_enabled(tab)
    tab.when.setDateTime(qdt(datetime(earlier.year, earlier.month, earlier.day, 15, 0)))
    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert not fine_enabled(tab)
    assert tab.rule.text().endswith("(nu 2) en belpogingen op ten minste 2 verschillende dagen (nu 1).")
    # The third attempt, now (another day): only now the fine investigation may be chosen.
    tab.remind.setChecked(True)
    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert tab.attempts.count() == 3 and "voicemail" in tab.attempts.item(0).text()
    assert not fine_enabled(tab) and "de wachttijd na de brief" in tab.rule.text()
    # Five working days after the letter the fine investigation may be chosen.
    later = sync_clock.local_now() + timedelta(days=8)
    clock.move_to(later.replace(tzinfo=sync_clock.AMSTERDAM))
    tab.reload()
    assert fine_enabled(tab)
    assert tab.rule.text() == "Boete-onderzoek is mogelijk: aan de voorwaarden is voldaan."
    assert tab.reminder_label.text().startswith("Volgende poging: ")

    tab.result.setCurrentIndex(tab.result.findData("fine_investigation"))
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert tab.message.text().endswith("Schrijf op waarom dit het resultaat is.</span>")
    qtbot.keyClicks(tab.reason, "Drie keer niet bereikt, brief onbeantwoord.")
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Signaal afgesloten."
    assert "Boete-onderzoek" in tab.list.item(0).text() and not tab.reached_button.isEnabled()


def test_reached_then_not_culpable_keeps_the_fine_away(qtbot, signals_tab, store, actor, caseload):
    SignalService(store.db, actor).create(caseload["Berg"], {"kind": "duty_to_inform", "description": "Auto?"})
    signals_tab.reload()
    tab = signals_tab
    assert not tab.culpable.isEnabled()
    qtbot.mouseClick(tab.reached_button, Qt.MouseButton.LeftButton)
    assert tab.culpable.isEnabled() and not fine_enabled(tab)
    assert "verwijtbaar" in tab.rule.text()
    tab.culpable.setCurrentIndex(2)
    tab.culpable.activated.emit(2)
    assert tab.message.text() == "Oordeel vastgelegd."
    assert not fine_enabled(tab) and "niet verwijtbaar" in tab.rule.text()
    tab.culpable.setCurrentIndex(1)
    tab.culpable.activated.emit(1)
    assert fine_enabled(tab)


def test_an_absence_from_no_show_to_decision(qtbot, store, actor, caseload, bus):
    tab = AbsencesTab(store.db, actor, bus, TaskRunner())
    qtbot.addWidget(tab)
    tab.set_client(caseload["El Amrani"])
    tab.show()
    qtbot.keyClicks(tab.new_activity, "Sollicitatietraining")
    tab.new_date.setDate(QDate(2026, 11, 16))
    tab.new_notified.setChecked(False)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 1
    assert tab.stage_label.text().startswith("Nu: voordeurbezoek")
    assert not tab.consider_button.isEnabled() and not tab.decide_button.isEnabled()

    tab.visit_date.setDate(QDate(2026, 11, 17))
    qtbot.keyClicks(tab.visit_findings, "Niemand thuis, kaartje achtergelaten.")
    qtbot.mouseClick(tab.visit_button, Qt.MouseButton.LeftButton)
    assert not tab.visit_button.isEnabled()
    tab.talk_at.setDateTime(qdt(datetime(2026, 11, 19, 10, 0)))
    qtbot.keyClicks(tab.talk_summary, "We hebben het verzuim besproken.")
    qtbot.mouseClick(tab.talk_button, Qt.MouseButton.LeftButton)
    assert not tab.consider_button.isEnabled() and tab.stage_label.text().startswith("Nu: de omstandigheden")
    for combo, _note in tab.circ_answers.values():
        combo.setCurrentIndex(combo.findData("no"))
    qtbot.mouseClick(tab.circ_button, Qt.MouseButton.LeftButton)
    assert tab.consider_button.isEnabled()

    # The decision cannot be a sanction before the consideration and the hearing.
    qtbot.mouseClick(tab.consider_button, Qt.MouseButton.LeftButton)
    tab.sanction.setChecked(True)
    tab.percentage.setValue(30)
    tab.months.setValue(1)
    qtbot.keyClicks(tab.decision_reason, "Zonder afmelding niet verschenen.")
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    assert "Een maatregel kan pas na een uitnodiging om gehoord te worden." in tab.message.text()
    qtbot.mouseClick(tab.hearing_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    assert "na de uitkomst van het horen of na de reactietermijn" in tab.message.text()
    tab.outcome.setCurrentIndex(tab.outcome.findData("heard"))
    qtbot.keyClicks(tab.client_view, "Was de afspraak vergeten.")
    qtbot.mouseClick(tab.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.decide_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Besluit vastgelegd."
    a = AbsenceService(store.db, actor).list_for_client(caseload["El Amrani"])[0]
    assert (a.stage, a.sanction_percentage, a.sanction_months) == ("decided", 30, 1)
    assert "maatregel 30% gedurende 1 maand" in tab.list.item(0).text()


def test_circumstances_close_the_absence_in_the_tab(qtbot, store, actor, caseload, bus):
    AbsenceService(store.db, actor).record(caseload["Berg"], {"activity": "CV-training", "missed_on": date(2026, 11, 20),
                                                              "notified": True})
    tab = AbsencesTab(store.db, actor, bus, TaskRunner())
    qtbot.addWidget(tab)
    tab.set_client(caseload["Berg"])
    assert tab.list.count() == 0  # not shown yet: nothing read (an audited view)
    tab.show()
    assert tab.stage_label.text().startswith("Nu: vervolggesprek")
    qtbot.keyClicks(tab.explain_reason, "Ziek, briefje van de huisarts.")
    qtbot.mouseClick(tab.explain_button, Qt.MouseButton.LeftButton)
    assert "Verklaard door omstandigheden" in tab.list.item(0).text()


def test_tabs_in_the_client_pane(window, caseload):
    window.pane.show_client(caseload["Berg"])
    titles = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
    assert "Signalen" in titles and "Verzuim" in titles
    assert window.pane.tab(SignalsTab).client_id == caseload["Berg"]
    window.werknl_action.trigger()
    assert window._werknl.isVisible() and window._werknl.table.rowCount() == 4
    window.figures_action.trigger()
    assert window._figures.isVisible() and window._figures.figures is not None
    window._werknl.close()
    window._figures.close()


def test_werknl_view_and_figures(qtbot, store, actor, caseload, tmp_path):
    view = WerknlView(store.db, actor)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 4  # the running benefits, none registered
    view.table.selectRow(0)
    view.registered_on.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 3
    figures = FiguresView(store.db, actor)
    qtbot.addWidget(figures)
    charts = figures.findChildren(BarChart)
    assert len(charts) == 3
    regs = dict(figures.registration_chart.items())
    assert regs["Niet ingeschreven"] == 3 and regs["Ingeschreven"] == 1


def test_device_figures_are_the_own_caseload_and_lead_to_the_central_figures(qtbot, store, actor, caseload):
    from PySide6.QtWidgets import QComboBox

    window = MainWindow(store.db, Actor(actor.user_id, actor.username, actor.device_id, "team_lead", None))
    qtbot.addWidget(window)
    window.figures_action.trigger()
    figures = window._figures
    assert not figures.findChildren(QComboBox)  # no team to choose: the device holds only its own caseload
    assert "eigen caseload" in figures.windowTitle() and "centrale opslag" in figures.scope_note.text()
    assert figures.central_button.isDefault()  # a team lead's device has no caseload: the way to the figures
    qtbot.mouseClick(figures.central_button, Qt.MouseButton.LeftButton)
    assert window._central_figures.isVisible()
    qtbot.waitUntil(lambda: not window._central_figures.busy(), timeout=10_000)
    assert "niet aangemeld" in window._central_figures.status.text()  # this test device is not signed in
    window._central_figures.close()
    figures.close()
    window.runner.wait()
    window.pane.form.mark_saved()
    window.close()


def test_bar_chart_paints(qtbot):
    chart = BarChart("Signalen per resultaat")
    qtbot.addWidget(chart)
    chart.set_data([("Geen actie", 3), ("Boete-onderzoek", 0)])
    chart.resize(400, chart.sizeHint().height())
    assert not chart.grab().isNull()
    assert chart.accessibleDescription() == "Geen actie: 3; Boete-onderzoek: 0"


def test_werknl_binding_path_buttons_follow_the_rules(qtbot, store, actor, caseload):
    view = WerknlView(store.db, actor)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    qtbot.mouseClick(view.binding_button, Qt.MouseButton.LeftButton)
    assert "kan pas na een brief met uitleg en telefoonnummer" in view.message.text()
    qtbot.mouseClick(view.letter_button, Qt.MouseButton.LeftButton)
    view.table.selectRow(0)
    qtbot.mouseClick(view.phoned_button, Qt.MouseButton.LeftButton)
    view.table.selectRow(0)
    qtbot.mouseClick(view.binding_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Bindende afspraak vastgelegd."
    deadline = sync_clock.today() + timedelta(days=14)
    assert f"{deadline:%d-%m-%Y}" in [view.table.item(r, 6).text() for r in range(view.table.rowCount())]
    view.table.selectRow(0)
    qtbot.mouseClick(view.sanction_button, Qt.MouseButton.LeftButton)
    assert "Een maatregel voor werk.nl kan pas na" in view.message.text()


def test_withdraw_a_mistaken_attempt_and_explain_an_income_decision(qtbot, signals_tab, store, actor, caseload):
    SignalService(store.db, actor).create(caseload["Berg"], {"kind": "income_decision",
                                                             "description": "Toeslag stopt"})
    signals_tab.reload()
    tab = signals_tab
    assert not tab.impossible.isHidden() and not tab.withdraw_button.isEnabled()
    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert tab.withdraw_button.isEnabled()
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Belpoging ingetrokken." and tab.attempts.item(0).text() == "Nog niet gebeld."
    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert tab.result.model().item(tab.result.findData("explained")).isEnabled() is False
    qtbot.keyClicks(tab.impossible, "Geen werkend nummer, ook niet via de buren.")
    qtbot.keyClicks(tab.reason, "Besluit per brief uitgelegd.")
    assert tab.result.model().item(tab.result.findData("explained")).isEnabled()  # with the written reason
    tab.result.setCurrentIndex(tab.result.findData("explained"))
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Signaal afgesloten."
