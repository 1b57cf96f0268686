"""`wijkdesk --demo` shows a usable window before its central store is ready (issue 18, start-up): the store
is seeded and started on a worker thread, and the window's own sync brings the caseload in."""

from __future__ import annotations

import argparse
import functools
import logging
import signal
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui import app as app_module
from desktop.ui import demo as demo_module
from desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_env(monkeypatch, tmp_path):
    """Few demo clients, the demo dir under tmp_path, and the process state run_gui changes put back."""
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "demo-test-passphrase")
    monkeypatch.setattr(app_module, "RAM_DIR", tmp_path / "no-shm")
    monkeypatch.setattr(demo_module, "plan_demo", functools.partial(demo_module.plan_demo, clients=12))
    monkeypatch.setattr(app_module, "DEMO_CLIENTS", 6)
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def run_demo(steps) -> int:  # noqa: ANN001 - a generator function given the window, run on the UI thread
    """Run `wijkdesk --demo`; `steps(window)` yields between checks (each resumed 50 ms later)."""
    state: dict[str, object] = {}

    def tick() -> None:
        if "steps" not in state:
            window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()),
                          None)
            if window is None:
                QTimer.singleShot(20, tick)
                return
            state["steps"] = steps(window)
        try:
            next(state["steps"])  # type: ignore[call-overload]
        except StopIteration:
            QApplication.instance().quit()
            return
        except BaseException as exc:  # noqa: BLE001 - reported after the event loop ends
            state["error"] = exc
            QApplication.instance().quit()
            return
        QTimer.singleShot(50, tick)

    QTimer.singleShot(0, tick)
    QTimer.singleShot(120_000, QApplication.instance().quit)  # never hang the suite
    code = app_module.run_gui(argparse.Namespace(data_dir=None, demo=True, lang=None, command="gui",
                                                 demo_as="coach"))
    if "error" in state:
        raise state["error"]  # type: ignore[misc]
    return code


def wait_for(condition, seconds: float = 60.0):  # noqa: ANN001, ANN201
    for _ in range(int(seconds * 20)):
        if condition():
            return
        yield
    raise AssertionError("timed out")


def test_demo_window_is_usable_before_its_central_store_is_ready(qapp, demo_env, monkeypatch):
    gate, seen = threading.Event(), {}
    real_start = demo_module.DemoBackend.start

    def gated_start(self):  # noqa: ANN001, ANN202
        assert gate.wait(60), "the test never opened the gate"
        return real_start(self)

    monkeypatch.setattr(demo_module.DemoBackend, "start", gated_start)

    def steps(window: MainWindow):  # noqa: ANN202
        # The central store is not there yet: the window works, signed in as the demo coach, and says it syncs.
        assert window.actor.username == demo_module.DEMO_COACH and window.actor.team_id
        assert window.window_sync.controller.state.kind == "syncing"
        assert window.sync_label.text() == "Synchroniseren…"
        window.caseload.search.setText("zoek")  # typing, filtering, the menus: all answer now
        yield
        assert window.caseload.search.text() == "zoek"
        window.caseload.search.clear()
        window.sync_now()  # F5 waits for the demo's own first sync
        assert window.window_sync.controller.state.kind == "syncing"
        seen["before"] = window.caseload.model.total
        gate.set()
        yield from wait_for(lambda: window.window_sync.controller.state.kind == "idle"
                            and window.caseload.model.total == 12)
        seen["after"] = window.caseload.model.total
        assert window.sync_label.text().startswith("Online")

    assert run_demo(steps) == 0
    assert seen == {"before": 0, "after": 12}


def test_demo_without_its_central_store_falls_back_to_an_offline_caseload(qapp, demo_env, monkeypatch):
    def broken_start(self):  # noqa: ANN001, ANN202
        raise RuntimeError("no central store today")

    monkeypatch.setattr(demo_module.DemoBackend, "start", broken_start)
    seen = {}

    def steps(window: MainWindow):  # noqa: ANN202
        yield from wait_for(lambda: window.caseload.model.total == 6)
        yield from wait_for(lambda: window.window_sync.controller.state.kind == "not_signed_in")
        seen["clients"] = window.caseload.model.total
        client = window.caseload.model.row_at(0)
        assert window.pane.show_client(client.id)  # the offline demo is worked in as the demo user
        assert window.actor.username == demo_module.DEMO_COACH

    assert run_demo(steps) == 0
    assert seen == {"clients": 6}
