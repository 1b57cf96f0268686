"""Perspectief op Maat in the UI: assess a profile, match, start a placement, complete it with ratings,
and see the development and the effectiveness figures change; the specialist's window.

With WIJKDESK_SCREENSHOTS=DIR the test also writes profile.png and matches.png there (docs/)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from testclock import day

from desktop.models.entities import User
from desktop.services.catalogue import load_demo_catalogue
from desktop.services.context import Actor
from desktop.services.placements import PlacementService
from desktop.services.profile import ProfileService
from desktop.ui.catalogue_view import CatalogueView
from desktop.ui.effectiveness_view import EffectivenessView
from desktop.ui.match_tab import MatchTab
from desktop.ui.profile_tab import ProfileTab
from desktop.ui.specialist_window import SpecialistWindow
from desktop.ui.tasks import DataBus, TaskRunner

SHOTS = os.environ.get("WIJKDESK_SCREENSHOTS")


@pytest.fixture
def setup(qtbot, store, actor, caseload):
    load_demo_catalogue(store.db)
    with store.db.session() as s:
        u = User(username="rik", display_name="Rik Bakker", role="specialist", organisation="Rotterdam Inclusief",
                 phone="010 1234567")
        s.add(u)
        s.flush()
        specialist_id = u.id
    bus, runner = DataBus(), TaskRunner()
    return bus, runner, caseload["El Amrani"], specialist_id


def assess_in_ui(qtbot, tab: ProfileTab, code: str, level: int, target: int, day=None) -> None:
    tab.item_combo.setCurrentIndex(tab.item_combo.findData(code))
    tab.level.setValue(level)
    tab.target.setValue(target)
    if day is not None:
        tab.date.setDate(day)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Vastgelegd.", tab.message.text()


def test_profile_match_placement_effectiveness(qtbot, qtmodeltester, store, actor, setup):
    bus, runner, client_id, specialist_id = setup
    profile = ProfileTab(store.db, actor, bus, runner)
    qtbot.addWidget(profile)
    profile.resize(1000, 700)
    profile.show()
    profile.set_client(client_id)
    assert "Nog geen profiel" in profile.work_on.text()

    assess_in_ui(qtbot, profile, "a.work_rhythm", 1, 4, day(-206))
    assess_in_ui(qtbot, profile, "a.work_rhythm", 2, 4, day(-101))
    assess_in_ui(qtbot, profile, "a.punctuality", 2, 4, day(-101))
    assess_in_ui(qtbot, profile, "s.applying", 3, 4, day(-101))
    assess_in_ui(qtbot, profile, "q.reliable", 4, 0, day(-101))
    assess_in_ui(qtbot, profile, "d.logistics", 4, 0, day(-101))
    qtmodeltester.check(profile.model)
    assert profile.model.rowCount() == 5
    assert "Werkritme (2 → 4)" in profile.work_on.text()
    assert "Betrouwbaar" not in profile.work_on.text()  # a quality is not a work point
    assert profile.select_code("a.work_rhythm")
    assert [v for _, v in profile.chart.points] == [1, 2] and profile.chart.target == 4
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        profile.resize(1200, 720)
        profile.select_code("a.work_rhythm")
        qtbot.wait(50)
        profile.grab().save(str(Path(SHOTS) / "profile.png"))
    # A bad assessment is refused with a message, nothing appended.
    profile.date.setDate(day(36))
    assert not profile.save()
    assert "toekomst" in profile.message.text()

    matches = MatchTab(store.db, actor, bus, runner)
    qtbot.addWidget(matches)
    matches.resize(1100, 800)
    matches.show()
    matches.set_client(client_id)
    qtmodeltester.check(matches.match_model)
    first = matches.match_model.rows[0]
    assert first.instrument.code == "wi.werkfit"
    why = matches.match_model.data(matches.match_model.index(0, 4))
    assert why == "Werkt aan: Op tijd komen en afmelden, Werkritme · niet: Solliciteren"
    reasons = {i.instrument.code: matches.inel_model.data(matches.inel_model.index(n, 2))
               for n, i in enumerate(matches.inel_model.rows)}
    assert reasons["jl.startwerk"].startswith("te oud")
    assert reasons["wi.zorg_orientatie"] == "geen plaatsen vrij"
    assert "niet meer in te zetten" in reasons["wi.horeca_2019"]

    if SHOTS:
        matches.match_table.selectRow(0)
        qtbot.wait(50)
        matches.grab().save(str(Path(SHOTS) / "matches.png"))

    # Start the placement from the first match.
    matches.match_table.selectRow(0)
    assert matches.start_button.isEnabled()
    dialog = matches.start_dialog()
    qtbot.addWidget(dialog)
    assert set(dialog.chosen_goals()) == {"a.work_rhythm", "a.punctuality", "s.applying"} & set(first.matched)
    dialog.accept()  # no reason yet
    assert dialog.result_placement is None and "waarom" in dialog.message.text().lower()
    dialog.reason.setPlainText("Samen gekozen: eerst ritme, dan werk in de logistiek.")
    dialog.specialist.setCurrentIndex(dialog.specialist.findData(specialist_id))
    dialog.start.setDate(day(-86))
    dialog.active.setChecked(True)
    dialog.button_box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result_placement is not None and dialog.result_placement.status == "active"
    matches._changed(dialog.result_placement.id)
    assert matches.pl_model.rowCount() == 1
    assert "already_placed" in {r for i in matches.inel_model.rows for r in i.reasons}

    # Effectiveness before completion: one running placement, nothing measured yet.
    eff = EffectivenessView(store.db, actor)
    qtbot.addWidget(eff)
    qtmodeltester.check(eff.model)
    werkfit = next(f for f in eff.figures if f.code == "wi.werkfit")
    assert (werkfit.running, werkfit.completed, werkfit.mean_development) == (1, 0, None)

    # Complete it with ratings and a re-assessment.
    matches.pl_table.selectRow(0)
    assert matches.complete_button.isEnabled()
    done = matches.complete_dialog()
    qtbot.addWidget(done)
    done.set_values("work", {"rating_client": 4, "rating_supervisor": 5, "rating_employer": 4},
                    {"a.work_rhythm": 4, "a.punctuality": 3})
    done.accept()
    assert done.result_placement is not None, done.message.text()
    matches._changed(done.result_placement.id)
    dev = matches.pl_model.data(matches.pl_model.index(0, 6))
    assert "Werkritme 2→4" in dev and "Op tijd komen en afmelden 2→3" in dev
    assert matches.pl_model.data(matches.pl_model.index(0, 1)) == "afgerond"

    # The profile shows the development after the placement.
    profile.reload()
    profile.select_code("a.work_rhythm")
    assert [v for _, v in profile.chart.points] == [1, 2, 4]
    assert "na inzet" in profile.history.text()
    assert "Werkritme" not in profile.work_on.text()  # target reached

    # And the effectiveness figures changed.
    eff.reload()
    werkfit = next(f for f in eff.figures if f.code == "wi.werkfit")
    assert (werkfit.running, werkfit.completed, werkfit.completion_rate) == (0, 1, 1.0)
    assert werkfit.mean_development == 1.5 and werkfit.mean_ratings["rating_supervisor"] == 5
    assert ("Werkfit traject", 1.5) in eff.chart.bars

    # The specialist sees this placement, records progress; nothing of the dossier.
    rik = Actor(specialist_id, "rik", actor.device_id, "specialist")
    window = SpecialistWindow(store.db, rik)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    text = window.details.text()
    assert "Fatima El Amrani" in text and "eerst ritme" in text and "123456782" not in text
    assert not window.progress_button.isEnabled()  # completed: progress closed, evaluation still open
    window.evaluation.setPlainText("Stabiel ritme opgebouwd; klaar voor werk.")
    assert window.save_evaluation()
    assert PlacementService(store.db, actor).list_for_client(client_id)[0].specialist_evaluation.startswith("Stabiel")
    assert ProfileService(store.db, actor).profile(client_id).item("a.work_rhythm").latest.level == 4


def test_catalogue_view_filters_and_import_errors(qtbot, qtmodeltester, store, actor, setup, tmp_path):
    view = CatalogueView(store.db, actor)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    total = view.model.rowCount()
    assert total >= 15  # active only
    view.provider.setCurrentIndex(view.provider.findData("Jongerenloket"))
    assert {r.provider for r in view.model.rows} == {"Jongerenloket"}
    view.age.setValue(40)
    assert view.model.rowCount() == 0
    view.provider.setCurrentIndex(0)
    view.places.setChecked(True)
    assert all(r.places_left is None or r.places_left > 0 for r in view.model.rows)
    bad = tmp_path / "cat.csv"
    bad.write_text("code,name,provider,target_codes\nwi.new,Nieuw,W&I,s.digital\nwi.x,,W&I,s.nope\n", "utf-8")
    assert not view.import_file(bad)
    assert "regel 3, name" in view.message.text() and "regel 3, target_codes" in view.message.text()
    good = tmp_path / "ok.csv"
    good.write_text("code,name,provider,target_codes,places_left\nwi.new,Nieuw instrument,W&I,s.digital,3\n", "utf-8")
    assert view.import_file(good)
    assert any(r.code == "wi.new" for r in view.all)


def test_chart_widgets_paint(qtbot):

    from desktop.ui.charts import BarChart, LineChart
    line, bars = LineChart(), BarChart()
    for w in (line, bars):
        qtbot.addWidget(w)
        w.resize(300, 200)
    line.set_points([(day(-329), 2), (day(-178), 4)], target=4)
    bars.set_bars([("A", 1.5), ("B", -0.5), ("C", None)], "titel")
    assert not line.grab().isNull() and not bars.grab().isNull()
    line.set_points([])
    assert not line.grab().isNull()


def test_tabs_and_menus_in_the_main_window(window, qtbot, store, caseload):
    from sqlalchemy import select

    from desktop.models.entities import AuditEvent

    load_demo_catalogue(store.db)
    cid = caseload["Berg"]
    window.pane.show_client(cid)
    titles = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
    assert "Profiel" in titles and "Instrumenten" in titles

    def profile_views():
        with store.db.session() as s:
            return len(s.scalars(select(AuditEvent).where(AuditEvent.client_id == cid,
                                                          AuditEvent.entity == "profile")).all())
    assert profile_views() == 0  # not read until the tab is shown
    window.pane.tabs.setCurrentWidget(window.pane.tab(ProfileTab))
    assert profile_views() == 1
    assert window.pane.tab(ProfileTab).item_combo.count() > 38
    catalogue = window.show_catalogue()
    qtbot.addWidget(catalogue)
    assert catalogue.model.rowCount() >= 15
    eff = window.show_effectiveness()
    qtbot.addWidget(eff)
    assert eff.model.rowCount() == 0  # no placements yet
