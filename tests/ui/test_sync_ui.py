"""The app's sync: background sync over real HTTP, status bar, conflicts and refused-changes dialogs."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from desktop.models.entities import Client, OutboxMutation, SyncConflict
from desktop.models.outbox import get_setting
from desktop.services.caseload import CaseloadService
from desktop.services.sign_in import sign_in
from desktop.ui.sync_bar import SyncBar
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_dialogs import ConflictsDialog, RejectedDialog
from desktop.ui.tasks import DataBus, TaskRunner
from sync.server import admin
from sync.server.db import Store as CentralStore
from sync.server.embedded import start_embedded
from sync.server.migrate import migrate


@pytest.fixture
def server(tmp_path):
    url = f"sqlite:///{tmp_path / 'central.db'}"
    engine = CentralStore(url).engine
    migrate(engine)
    engine.dispose()
    srv = start_embedded(url)
    yield srv
    srv.stop()
    srv.app.state.store.dispose()


def test_background_sync_updates_status_bar(qtbot, store, server):
    info, token = admin.add_user(server.app.state.store, "anna", "coach", "Feijenoord")
    with httpx.Client(base_url=server.url) as http:
        sign_in(store, http, "anna", token)
    CaseloadService(store.db, store.actor()).create({"bsn": "111222333", "first_name": "Zoë", "last_name": "Bakker"})
    bus, runner = DataBus(), TaskRunner()
    controller = SyncController(store, runner, bus)
    bar = SyncBar()
    qtbot.addWidget(bar)
    controller.state_changed.connect(bar.show_state)
    controller._publish()
    assert "2 wijzigingen wachten" in bar.label.text()  # the client and its audit event
    with qtbot.waitSignal(bus.changed, timeout=20000):
        controller.sync_now()
        assert not bar.progress.isHidden()
    qtbot.waitUntil(lambda: controller.state.kind == "idle", timeout=20000)
    assert controller.state.pending == 0 and "Online" in bar.label.text() and "alles verstuurd" in bar.label.text()
    with store.db.session() as s:
        assert get_setting(s, "last_synced_at") is not None  # the next start of the window shows it
    assert bar.progress.isHidden()
    runner.wait()


def test_the_status_line_tells_the_last_sync_also_of_the_command_line(qtbot, store):
    """`wijkdesk sync` (or the window before) leaves the instant of its last sync in the file: the window's
    status line starts from it, with the day when it was not today."""
    from desktop.models.outbox import set_setting
    from sync import clock
    from sync.client import LAST_SYNCED

    bar = SyncBar()
    qtbot.addWidget(bar)
    bus, runner = DataBus(), TaskRunner()
    controller = SyncController(store, runner, bus)
    controller.state_changed.connect(bar.show_state)
    controller._publish("offline")
    assert "laatst gesynchroniseerd nog niet" in bar.label.text()

    for ago, shown in ((timedelta(seconds=1), "%H:%M"), (timedelta(days=2), "%d-%m-%Y %H:%M")):
        synced = clock.now_utc().replace(microsecond=0) - ago
        with store.db.session() as s:
            set_setting(s, LAST_SYNCED, synced.isoformat())
        controller = SyncController(store, runner, bus)
        controller.state_changed.connect(bar.show_state)
        controller._publish("offline")
        assert f"laatst gesynchroniseerd {clock.to_local(synced).strftime(shown)} ·" in bar.label.text()


def test_offline_shows_state_and_retries(qtbot, store):
    with store.db.session() as s:
        from desktop.models.outbox import set_setting

        set_setting(s, "server_url", "http://127.0.0.1:9")  # nothing listens there
        set_setting(s, "device_token", "t")
    bus, runner = DataBus(), TaskRunner()
    controller = SyncController(store, runner, bus)
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.state.kind == "offline", timeout=30000)
    assert controller.timer.isActive() and controller.timer.interval() == 30_000  # backoff, not waiting for edits
    runner.wait()


def test_conflicts_dialog_keeps_my_value(qtbot, store, actor):
    c = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik",
                                                 "city": "Rotterdam"})
    with store.db.session() as s:
        s.query(OutboxMutation).delete()
        s.add(SyncConflict(id="c0000000-0000-4000-8000-000000000001", table_name="client", row_id=c.id,
                           field="city", mine_json='"Schiedam"', theirs_json='"Rotterdam"', server_version=3))
    dialog = ConflictsDialog(store.db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Werkzoekende — Ayşe Çelik"
    assert (dialog.table.item(0, 2).text(), dialog.table.item(0, 3).text()) == ("Schiedam", "Rotterdam")
    dialog.table.selectRow(0)
    dialog.mine.click()
    assert dialog.table.rowCount() == 0
    with store.db.session() as s:
        assert s.get(Client, c.id).city == "Schiedam"
        m = s.scalars(select(OutboxMutation)).one()
        assert json.loads(m.fields_json) == {"city": "Schiedam"} and m.base_version == 3


def test_rejected_dialog_lists_reason_until_dismissed(qtbot, store, actor):
    c = CaseloadService(store.db, actor).create({"bsn": "111222333", "first_name": "Jan", "last_name": "Bakker"})
    with store.db.session() as s:
        m = s.scalars(select(OutboxMutation)).first()
        m.state, m.reject_reason = "rejected", "client 1 is outside your scope"
        device = get_setting(s, "device_id")
    dialog = RejectedDialog(store.db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    reason = dialog.table.item(0, 3).text()
    assert reason.startswith("Deze werkzoekende hoort (niet meer) bij uw caseload") and "outside your scope" in reason
    assert dialog.table.item(0, 1).text() == "Werkzoekende — Jan Bakker"
    dialog.table.selectRow(0)
    dialog.dismiss.click()
    assert dialog.table.rowCount() == 0
    assert device and c.id
    with store.db.session() as s:
        assert s.scalars(select(OutboxMutation).where(OutboxMutation.state == "rejected")).all() == []


def test_specialist_window_syncs_its_placements(qtbot, store, server):
    from desktop.ui.specialist_window import SpecialistWindow
    from sync.server.demo import seed_demo

    seeded = seed_demo(server.app.state.store, "carla", 20, specialist="rik", seed=4)
    with httpx.Client(base_url=server.url) as http:
        sign_in(store, http, "rik", seeded.tokens["rik"])
    window = SpecialistWindow(store.db, store.actor(), store=store)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0  # nothing before the first sync
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=20000)
    assert window.window_sync.controller.state.kind == "idle"
    assert "Online" in window.window_sync.bar.label.text()
    window.close()
