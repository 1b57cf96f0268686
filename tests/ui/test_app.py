import argparse
import logging
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import i18n as core_i18n
from desktop.logsetup import setup_logging
from desktop.ui import app as app_module
from desktop.ui.app import ask_passphrase, install_excepthook, run_gui
from desktop.ui.i18n import load_translator
from desktop.ui.settings import choose_language
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)
            h.close()
    root.setLevel(level)


def test_english_translator(qapp):
    assert load_translator("en") is not None
    assert QCoreApplication.translate("CaseloadView", "Zoek op naam, BSN of postcode") == \
        "Search by name, BSN or postcode"
    # Qt-free services get English through desktop.i18n too
    assert core_i18n.translate("Validation", "Het BSN is verplicht.") == "The BSN is required."
    load_translator("nl")
    assert core_i18n.translate("Validation", "Het BSN is verplicht.") == "Het BSN is verplicht."
    assert QCoreApplication.translate("CaseloadView", "Alles") == "Alles"


def test_language_order(qapp, monkeypatch):
    assert choose_language(None) == "nl"
    QSettings("Wijkdesk", "wijkdesk").setValue("language", "en")
    assert choose_language(None) == "en"
    assert choose_language("nl") == "nl"  # --lang / WIJKDESK_LANG win


def test_excepthook_logs_and_shows_dialog(qapp, tmp_path, monkeypatch, restore_logging):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    log_path = setup_logging(tmp_path / "logs")
    install_excepthook(log_path)
    try:
        raise ValueError("BSN 111222333 van Jan Jansen")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_path.read_text("utf-8")
    assert "unhandled exception" in text and "builtins.ValueError" in text
    assert "test_excepthook_logs_and_shows_dialog" in text  # the stack is there
    assert "111222333" not in text and "Jansen" not in text  # the message (personal data) is not
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Wijkdesk"
    assert "Er ging iets mis" in message and str(log_path) in message


def test_unlock_failure_shows_message_and_exits_1(qapp, tmp_path, monkeypatch, restore_logging):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    data = tmp_path / "data"
    data.mkdir()
    db = data / "wijkdesk.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = db.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = argparse.Namespace(data_dir=str(data), demo=False, lang=None, command="gui")
    assert run_gui(args) == 1
    assert "onversleuteld" in shown[0]
    assert db.read_bytes() == before


def test_passphrase_from_env_or_asked_twice(qapp, monkeypatch):
    monkeypatch.setenv("WIJKDESK_PASSPHRASE", "uit-de-omgeving")
    assert ask_passphrase(True) == "uit-de-omgeving"
    monkeypatch.delenv("WIJKDESK_PASSPHRASE")
    answers = iter([("geheim-een", True), ("geheim-twee", True), ("goed-wachtwoord", True),
                    ("goed-wachtwoord", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert ask_passphrase(True) == "goed-wachtwoord"
    assert len(warnings) == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert ask_passphrase(False) is None


def test_demo_without_generator_still_starts(store, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.services.demo_data", None)  # import fails
    assert app_module.fill_demo(store) == 0


def test_task_runner_reports_on_ui_thread(qtbot):
    runner = TaskRunner()
    results, errors = [], []
    runner.run(lambda a, b: a + b, 2, 3, on_done=results.append, on_error=errors.append)
    runner.run(lambda: 1 / 0, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 2)
    assert results == [5]
    assert isinstance(errors[0], ZeroDivisionError)
    assert runner.pending() == 0


def test_qt_own_texts_follow_the_language(qapp):
    load_translator("nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    load_translator("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    load_translator("nl")
