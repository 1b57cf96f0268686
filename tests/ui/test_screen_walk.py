"""Every screen at 1024×768, in Dutch and in English: nothing cut off, nothing wider than the screen.

Walks the main window (caseload, each client tab, Mijn week), each Beeld window, the dialogs, the
sync dialogs and the specialist window on the demo caseload, and fails on an elided header
section or tab, a clipped label, button or check box, and a minimum width above 1024 px.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from ui.clipping import clipped

from desktop.services.caseload import CaseloadService
from desktop.services.context import Actor
from desktop.services.demo_data import generate_caseload
from desktop.ui.i18n import load_translator
from desktop.ui.main_window import MainWindow

WIDTH, HEIGHT = 1024, 768


def _settle(w: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()


def _fit(w: QWidget) -> list[str]:
    """Put `w` on a 1024×768 screen; what does not fit or is cut off."""
    w.resize(min(w.width(), WIDTH), min(w.height(), HEIGHT))
    _settle(w)
    problems = []
    if w.width() > WIDTH or w.minimumSizeHint().width() > WIDTH or w.minimumWidth() > WIDTH:
        problems.append(f"minimum width {max(w.width(), w.minimumSizeHint().width())} > {WIDTH}")
    return problems + clipped(w)


def _busiest_client(store, actor) -> str:
    rows = CaseloadService(store.db, actor).list_clients()
    best = max(rows, key=lambda r: (r.open_agreements + r.overdue_agreements, r.next_meeting is not None))
    return best.id


def screens(window: MainWindow, store, actor) -> Iterator[tuple[str, QWidget]]:
    """(name, top-level widget) for every screen; each is shown and settled before it is yielded."""
    window.resize(WIDTH, HEIGHT)
    _settle(window)
    yield "caseload", window
    window.caseload.phase.setCurrentIndex(window.caseload.phase.findData("all"))
    client = _busiest_client(store, actor)
    assert window.caseload.select_client(client)
    window.runner.wait()
    tabs = window.pane.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        window.runner.wait()
        _settle(window)
        yield f"tab {tabs.tabText(i)}", window
    tabs.setCurrentIndex(0)
    window.toggle_week(True)
    window.runner.wait()
    _settle(window)
    yield "Mijn week (docked)", window
    window.toggle_week(False)

    for show in (window.show_catalogue, window.show_effectiveness, window.show_werknl, window.show_figures):
        view = show()
        _settle(view)
        yield f"Beeld {type(view).__name__}", view
        view.close()

    from desktop.ui.agreement_dialog import AgreementDialog
    from desktop.ui.conversation_dialog import ConversationDialog
    from desktop.ui.letters import LetterDialog
    from desktop.ui.new_client_dialog import NewClientDialog
    from desktop.ui.sync_dialogs import ConflictsDialog, RejectedDialog

    dialogs = [
        NewClientDialog(store.db, actor, window),
        ConversationDialog(store.db, actor, client, "record", parent=window, client_name="Jan van den Berg"),
        ConversationDialog(store.db, actor, client, "plan", parent=window, client_name="Jan van den Berg"),
        AgreementDialog(store.db, actor, client, parent=window),
        LetterDialog(store.db, actor, window.runner, window.bus, client, parent=window),
        ConflictsDialog(store.db, window),
        RejectedDialog(store.db, window),
    ]
    for d in dialogs:
        d.show()
        _settle(d)
        yield f"dialog {type(d).__name__} {d.windowTitle()}", d
        d.close()


def specialist_screens(store, actor) -> Iterator[tuple[str, QWidget]]:
    from desktop.ui.specialist_window import SpecialistWindow

    w = SpecialistWindow(store.db, Actor(actor.user_id, actor.username, actor.device_id, "specialist",
                                         actor.team_id))
    w.show()
    _settle(w)
    yield "specialist window", w
    w.close()


def approach_screens(store, actor) -> Iterator[tuple[str, QWidget]]:
    """The absence approach (seed 004): the coordinator's window, the absence team's, the coach's proposal."""
    from dataclasses import replace

    from desktop.ui.approach_dialog import ApproachProposalDialog
    from desktop.ui.approach_forms import GroupDialog, SessionDialog
    from desktop.ui.approach_view import ApproachView
    from desktop.ui.door_visits_view import DoorVisitsView

    lead = replace(actor, role="team_lead")
    view = ApproachView(store.db, lead)
    view.show()
    _settle(view)
    yield "approach view", view
    for d in (GroupDialog(view.service, view), SessionDialog(view.service, view.groups[0].id, lead, view),
              ApproachProposalDialog(store.db, actor, _busiest_client(store, actor), view)):
        d.show()
        _settle(d)
        yield f"dialog {type(d).__name__}", d
        d.close()
    view.close()
    door = DoorVisitsView(store.db, replace(actor, role="absence_team"))
    door.show()
    _settle(door)
    yield "door visits view", door
    door.close()


@pytest.fixture
def demo(store, actor):
    generate_caseload(store.db, actor, clients=25, seed=1)
    return store


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_screen_fits_1024_by_768(qtbot, demo, actor, lang):
    load_translator(lang)
    window = MainWindow(demo.db, actor, language=lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    try:
        for name, w in chain(screens(window, demo, actor), specialist_screens(demo, actor),
                                  approach_screens(demo, actor)):  # one at a time
            problems += [f"[{lang}] {name}: {p}" for p in _fit(w)]
    finally:
        window.runner.wait()
        window.pane.form.mark_saved()
        window.close()
    assert not problems, "\n".join(problems)
