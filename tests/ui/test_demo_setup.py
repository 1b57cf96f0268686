"""The demo (issue 15, point 7): its directory lives in memory where it can, a signal ends it cleanly,
and `--as specialist` is a command-line choice."""

from __future__ import annotations

import logging
import os
import shutil
import signal

from PySide6.QtCore import QTimer

from desktop import cli
from desktop.ui import app as app_module


def test_demo_dir_is_in_memory_on_linux():
    path = app_module._demo_dir()
    try:
        if app_module.RAM_DIR.is_dir() and os.access(app_module.RAM_DIR, os.W_OK):
            assert path.parent == app_module.RAM_DIR  # the plain central.db is never written to disk
        assert path.name.startswith("wijkdesk-demo-")
    finally:
        shutil.rmtree(path, ignore_errors=True)


def test_sigterm_quits_the_event_loop_so_the_demo_is_cleaned_up(qapp, caplog):
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        timer = app_module.quit_on_signals(qapp)
        QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(20_000, qapp.quit)  # never hang the suite
        with caplog.at_level(logging.INFO):
            qapp.exec()
        timer.stop()
        assert "stopping on a signal" in caplog.text
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def test_demo_as_specialist_is_an_option():
    args = cli.build_parser().parse_args(["--demo", "--as", "specialist"])
    assert args.demo and args.demo_as == "specialist"
    assert cli.build_parser().parse_args(["--demo"]).demo_as == "coach"
