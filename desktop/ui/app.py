"""Start-up in a fixed order: paths -> logging -> QApplication -> unlock -> migrations -> MainWindow."""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import TracebackType

# The Qt-free modules the start needs come before Qt: PySide6 reads the source of every module imported after
# it (shibokensupport.feature looks for the word "PySide6" in it), about a tenth of the start for SQLAlchemy,
# the ORM mapping, the keyring and the services behind the caseload window.
import desktop.services.attention
import desktop.services.caseload
import desktop.services.client_notes
import desktop.services.duty_to_inform
import desktop.services.sync_review
import desktop.services.taxonomy  # noqa: F401 - loaded before Qt, see above
import sync.credentials  # noqa: F401 - loaded before Qt, see above
from desktop import process
from desktop.i18n import translate
from desktop.logsetup import LOG_FILE, setup_logging
from desktop.models.keystore import UnlockError, secure_keyring_available
from desktop.models.migrate import MigrationError
from desktop.paths import RESOURCES, Paths
from desktop.store import Store, open_store

# isort: split
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from .i18n import load_translator
from .settings import APPLICATION, ORGANISATION, choose_language

log = logging.getLogger(__name__)
# Wall-clock moments of the start-up phases (time.time()), logged once the window is up; benchmarks read them.
STARTUP: dict[str, float] = {}
EXIT_OK, EXIT_FAILED = 0, 1
DEMO_CLIENTS, DEMO_SEED = 200, 1


# -- unhandled exceptions ------------------------------------------------------------------------
def format_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where it happened (file, line, function) and the exception's type — no message and no
    source lines or locals: those can hold personal data."""
    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in traceback.extract_tb(tb))
    return f"Traceback (most recent call last):\n{frames}{exc_type.__module__}.{exc_type.__qualname__}"


def install_excepthook(log_path: Path) -> None:
    """Log an unhandled exception to the rotating log and tell the user where it is."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger("wijkdesk.crash").error("unhandled exception\n%s", format_traceback(exc_type, tb))
        if showing or QApplication.instance() is None:
            print(f"Wijkdesk: {exc_type.__name__} — log: {log_path}", file=sys.stderr)
            return
        showing = True
        try:
            QMessageBox.critical(None, "Wijkdesk", translate(
                "App", "Er ging iets mis in Wijkdesk. Wat u had opgeslagen is bewaard; wat nog niet was "
                "opgeslagen, kan verloren zijn.\n\nDe technische gegevens staan in het logbestand:\n{path}\n\n"
                "Meld dit bij de servicedesk.").format(path=log_path))
        finally:
            showing = False

    sys.excepthook = hook


# -- unlocking -----------------------------------------------------------------------------------
def ask_passphrase(new: bool) -> str | None:
    """Passphrase for the key when no secure keyring exists: from WIJKDESK_PASSPHRASE or a dialog."""
    env = os.environ.get("WIJKDESK_PASSPHRASE")
    if env:
        return env
    password = QLineEdit.EchoMode.Password
    if not new:
        prompt = translate("App", "Wachtwoord om de gegevens te openen:")
        text, ok = QInputDialog.getText(None, "Wijkdesk", prompt, password)
        return text if ok and text else None
    for _attempt in range(3):
        prompt = translate("App", "Dit systeem heeft geen beveiligde sleutelbos.\nKies een wachtwoord "
                           "(minstens 12 tekens) om de gegevens te versleutelen:")
        first, ok = QInputDialog.getText(None, "Wijkdesk", prompt, password)
        if not ok:
            return None
        prompt = translate("App", "Typ het wachtwoord nog een keer:")
        second, ok = QInputDialog.getText(None, "Wijkdesk", prompt, password)
        if not ok:
            return None
        if first == second:
            return first
        QMessageBox.warning(None, "Wijkdesk", translate(
            "App", "De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw."))
    return None


# -- start ---------------------------------------------------------------------------------------
RAM_DIR = Path("/dev/shm")  # noqa: S108 - Linux tmpfs: memory, never written to a disk


def _demo_dir() -> Path:
    """The demo's throwaway directory. Its central store is plain SQLite: on Linux it lives in memory
    (tmpfs), so it is never on disk; elsewhere in the temp dir, removed on exit and on SIGINT/SIGTERM."""
    ram = RAM_DIR if RAM_DIR.is_dir() and os.access(RAM_DIR, os.W_OK) else None
    path = Path(tempfile.mkdtemp(prefix="wijkdesk-demo-", dir=ram))
    if not secure_keyring_available() and not os.environ.get("WIJKDESK_PASSPHRASE"):
        os.environ["WIJKDESK_PASSPHRASE"] = secrets.token_urlsafe(24)
    return path


def fill_demo(store: Store) -> int:
    try:
        from desktop.services.demo_data import generate_caseload
    except ImportError:
        log.warning("demo data generator not available; starting with an empty caseload")
        return 0
    return generate_caseload(store.db, store.actor(), clients=DEMO_CLIENTS, seed=DEMO_SEED)


def offline_demo(store: Store, user: tuple[str, str, str] | None = None) -> int:
    """The demo without its central store: a local caseload (all of it waiting in the outbox) and the demo
    catalogue. `user` (id, name, role): the demo user the window already shows, made a local user."""
    from desktop.services.catalogue import load_demo_catalogue

    if user is not None:
        from desktop.models.entities import User

        with store.db.session() as s:
            if s.get(User, user[0]) is None:
                s.add(User(id=user[0], username=user[1], display_name=user[1], role=user[2]))
    n = fill_demo(store)
    log.info("demo caseload: %d clients", n)
    load_demo_catalogue(store.db)
    return n


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGINT/SIGTERM end the app the normal way, so the demo directory is removed (the `finally` in
    run_gui). Python handles a signal only when it runs: a timer wakes it up now and then."""
    def stop(_signum: int, _frame: object) -> None:
        log.info("stopping on a signal")
        app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Wijkdesk")
    app.setDesktopFileName("wijkdesk")  # matches packaging/wijkdesk.desktop (Wayland finds the icon through it)
    icon = RESOURCES / "icons" / "wijkdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text("utf-8"))
    return app  # type: ignore[return-value]


def _mark(name: str) -> None:
    STARTUP[name] = time.time()  # noqa: TID251 -- a benchmark compares it with its own wall clock, not a domain time


def run_gui(args: argparse.Namespace) -> int:
    _mark("run_gui")
    demo_dir = _demo_dir() if getattr(args, "demo", False) else None
    if demo_dir is not None:  # removed however the demo ends, even by a signal while it starts
        atexit.register(shutil.rmtree, demo_dir, True)
        signal.signal(signal.SIGTERM, lambda _s, _f: sys.exit(EXIT_FAILED))
    paths = Paths.resolve(demo_dir or getattr(args, "data_dir", None))
    log_path = setup_logging(paths.log_dir)
    install_excepthook(log_path)
    log.info("starting (demo=%s)", demo_dir is not None)

    app = make_application()
    lang = choose_language(getattr(args, "lang", None))
    load_translator(lang)
    _mark("qapplication")

    try:
        store = open_store(paths, ask_passphrase)
    except (UnlockError, MigrationError) as exc:
        log.warning("store not opened: %s", type(exc).__name__)
        QMessageBox.critical(None, "Wijkdesk", str(exc))
        return EXIT_FAILED
    _mark("store_open")
    if store.migration.action == "upgraded":
        log.info("store upgraded from %s", store.migration.from_revision)

    demo = window = signal_timer = None
    try:
        if demo_dir is not None:
            from . import demo as demo_module

            if demo_module.backend_available():  # its central store starts once the window is shown
                demo = demo_module.plan_demo(store, demo_dir, as_role=getattr(args, "demo_as", "coach"))
            else:
                log.warning("no central store installed (wijkdesk[server]); using an offline demo caseload")
                offline_demo(store)
        else:
            from desktop.services.taxonomy import load_defaults

            load_defaults(store.db)  # a vocabulary for the profile until the first sync brings the central one
        actor = demo.actor() if demo is not None else store.actor()
        if actor.role == "specialist":
            from .specialist_window import SpecialistWindow

            window = SpecialistWindow(store.db, actor, language=lang, store=store)
        else:
            from .main_window import MainWindow

            window = MainWindow(store.db, actor, language=lang, store=store)
        _mark("window_built")
        window.show()
        _mark("window_shown")
        process.started()
        if demo is not None:
            plan = demo
            demo_module.start_in_background(window, plan, lambda _plan: offline_demo(
                store, (actor.user_id, plan.username, plan.role)))
        if demo_dir is not None:
            signal_timer = quit_on_signals(app)  # kept alive while the app runs
        log.info("start-up: %s", ", ".join(
            f"{k} +{(v - STARTUP['run_gui']) * 1000:.0f} ms" for k, v in STARTUP.items() if k != "run_gui"))
        code = app.exec()
        log.info("stopped with code %s", code)
        return EXIT_OK if code == 0 else EXIT_FAILED
    finally:
        if signal_timer is not None:
            signal_timer.stop()
        if demo is not None:
            demo.cancelled.set()  # a start still under way stops at its next step
            if window is not None:
                window.runner.wait()
            demo.stop()
        store.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


__all__ = ["LOG_FILE", "ask_passphrase", "install_excepthook", "make_application", "run_gui"]
