"""docs/week-followups.png, docs/caseload-contact.png and docs/client-exemption.png (issue 17) from demo data
(120 clients, seed 3): Mijn week's new lists (contact too long ago, did the work last, duty to inform, referrals),
the caseload's last-contact column, and a client with an exemption and a restarted benefit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/issue17_screenshots.py docs
"""
import os
import sys
import tempfile
from pathlib import Path

os.environ["WIJKDESK_PASSPHRASE"] = "screenshot-passphrase"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import keyring  # noqa: E402
import open_client as oc  # noqa: E402

keyring.set_keyring(oc._MemoryKeyring())
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

tmp = Path(tempfile.mkdtemp())
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
app = QApplication(sys.argv)
from desktop.ui.i18n import load_translator
load_translator("nl")  # the Dutch singular of a count ("1 open signaal")
from desktop.paths import Paths  # noqa: E402
from desktop.services.caseload import CaseloadService  # noqa: E402
from desktop.services.demo_data import generate_caseload  # noqa: E402
from desktop.store import open_store  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

store = open_store(Paths.resolve(tmp / "data"))
actor = store.actor()
generate_caseload(store.db, actor, clients=120, seed=3)
cs = CaseloadService(store.db, actor)
w = MainWindow(store.db, actor)
w.resize(1500, 900)
w.show()
app.processEvents()
m = w.caseload.model
late = next((m.row_at(r).id for r in range(m.rowCount()) if m.row_at(r).contact_overdue), m.row_at(0).id)
w.caseload.select_client(late)
app.processEvents()
w.grab().save(sys.argv[1] + "/caseload-contact.png")
details = [cs.open(r.id) for r in cs.list_clients()]
pick = next((d for d in details if d.benefit_restarted_on), None) or next(
    (d for d in details if d.work_duty_exemption), details[0])
w.caseload.select_client(pick.id)
app.processEvents()
w.grab().save(sys.argv[1] + "/client-exemption.png")
w.toggle_week(True)
w.week.load_now()
app.processEvents()
w.grab().save(sys.argv[1] + "/week-followups.png")
w.pane.form.mark_saved()
w.close()
