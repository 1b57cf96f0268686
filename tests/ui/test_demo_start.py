"""`wijkdesk --demo` shows a usable window before its central store is ready (issue 18, start-up): the store
is seeded and started on a worker thread, and the window's own sync brings the caseload in."""

from __future__ import annotations

import threading

import pytest

from desktop.paths import Paths
from desktop.store import open_store
from desktop.ui import app as app_module
from desktop.ui import demo as demo_module
from desktop.ui.main_window import MainWindow


@pytest.fixture
def demo(tmp_path, qtbot, monkeypatch):
    """A fresh demo store signed in on paper as the demo coach, and its window (as run_gui makes them)."""
    monkeypatch.setattr(app_module, "DEMO_CLIENTS", 6)
    store = open_store(Paths.resolve(tmp_path / "demo"))
    plan = demo_module.plan_demo(store, tmp_path / "demo", clients=12)
    window = MainWindow(store.db, plan.actor(), store=store)
    qtbot.addWidget(window)
    window.show()
    yield store, plan, window
    plan.cancelled.set()
    window.runner.wait()
    plan.stop()
    store.close()


def offline(store):  # noqa: ANN001, ANN202 - what run_gui passes
    return lambda plan: app_module.offline_demo(store, (plan.actor().user_id, plan.username, plan.role))


def test_demo_window_is_usable_before_its_central_store_is_ready(demo, qtbot, monkeypatch):
    store, plan, window = demo
    gate = threading.Event()
    real_start = demo_module.DemoBackend.start

    def gated_start(self):  # noqa: ANN001, ANN202
        assert gate.wait(60), "the test never opened the gate"
        return real_start(self)

    monkeypatch.setattr(demo_module.DemoBackend, "start", gated_start)
    demo_module.start_in_background(window, plan, offline(store))
    qtbot.wait(100)  # the worker has started and waits at the gate
    # No central store yet: the window works, signed in as the demo coach, and says it syncs.
    assert window.actor.username == demo_module.DEMO_COACH and window.actor.team_id
    assert window.window_sync.controller.state.kind == "syncing"
    assert window.sync_label.text() == "Synchroniseren…"
    window.caseload.search.setText("zoek")  # typing and filtering answer now
    assert window.caseload.visible_count() == 0
    window.caseload.search.clear()
    window.sync_now()  # F5 waits for the demo's own first sync
    assert window.window_sync.controller.state.kind == "syncing" and window.caseload.model.total == 0
    gate.set()
    qtbot.waitUntil(lambda: window.window_sync.controller.state.kind == "idle"
                    and window.caseload.model.total == 12, timeout=120_000)
    assert window.sync_label.text().startswith("Online")
    assert window.caseload.model.row_at(0).id  # the synced clients, under the ids the window already used


def test_demo_without_its_central_store_falls_back_to_an_offline_caseload(demo, qtbot, monkeypatch):
    store, plan, window = demo

    def broken_start(self):  # noqa: ANN001, ANN202
        raise RuntimeError("no central store today")

    monkeypatch.setattr(demo_module.DemoBackend, "start", broken_start)
    demo_module.start_in_background(window, plan, offline(store))
    qtbot.waitUntil(lambda: window.caseload.model.total == 6
                    and window.window_sync.controller.state.kind == "not_signed_in", timeout=120_000)
    client = window.caseload.model.row_at(0)
    assert window.pane.show_client(client.id)  # the offline demo is worked in as the demo user
    assert store.actor().user_id == window.actor.user_id
