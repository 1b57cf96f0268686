"""Save a picture of the main window with demo data: `python -m desktop.ui.screenshot docs/caseload.png`.

Runs the real window (use `xvfb-run -a` on a machine without a display) on a throwaway data dir,
opens one client and grabs the window at 1280x800.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def main(argv: list[str]) -> int:
    target = argv[0] if argv else "docs/caseload.png"
    lang = argv[1] if len(argv) > 1 else "nl"
    os.environ.setdefault("WIJKDESK_PASSPHRASE", secrets.token_urlsafe(16))
    tmp = tempfile.mkdtemp(prefix="wijkdesk-shot-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")  # no saved geometry or language
    from desktop.paths import Paths
    from desktop.services.caseload import CaseloadService
    from desktop.services.context import Actor
    from desktop.store import open_store

    from .app import fill_demo, make_application
    from .caseload_model import COL_SIGNALS
    from .i18n import load_translator
    from .main_window import MainWindow

    app = make_application()
    load_translator(lang)
    store = open_store(Paths.resolve(os.path.join(tmp, "data")))
    try:
        fill_demo(store)
        a = store.actor()
        actor = Actor(a.user_id, a.username, a.device_id, a.role, a.team_id)
        window = MainWindow(store.db, actor, language=lang)
        window.resize(1280, 800)
        window.show()
        window.splitter.setSizes([760, 520])  # room for the attention columns next to the client
        app.processEvents()
        # the clients with open signals first: the columns a coach works from are in view
        window.caseload.table.sortByColumn(COL_SIGNALS, Qt.SortOrder.DescendingOrder)
        rows = CaseloadService(store.db, actor).list_clients()
        pick = next((r for r in rows if r.open_signals and r.overdue_agreements),
                    next((r for r in rows if r.overdue_agreements and r.next_meeting), rows[len(rows) // 3] if rows else None))
        if pick is not None:
            window.caseload.select_client(pick.id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(target)
        print(target)
        window.pane.form.mark_saved()
        window.close()
        return 0
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
        QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
