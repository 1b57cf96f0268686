"""docs/client-view.png and docs/week-view.png from demo data (50 clients, seed 1).

    xvfb-run -a .venv/bin/python docs/casework_screenshots.py docs
"""
import os, sys, tempfile
from pathlib import Path
os.environ["WIJKDESK_PASSPHRASE"] = "screenshot-passphrase"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "benchmarks"))
import keyring
import open_client as oc
keyring.set_keyring(oc._MemoryKeyring())
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
tmp = Path(tempfile.mkdtemp())
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
app = QApplication(sys.argv)
from desktop.ui.i18n import load_translator
load_translator("nl")  # the Dutch singular of a count ("1 open signaal")
from desktop.paths import Paths
from desktop.store import open_store
from desktop.services.demo_data import generate_caseload
from desktop.services.conversations import AgreementService, ConversationService
from desktop.ui.main_window import MainWindow
from desktop.ui.conversations_tab import ConversationsTab
store = open_store(Paths.resolve(tmp / "data")); actor = store.actor()
generate_caseload(store.db, actor, clients=50, seed=1)
# A coach's week has meetings in it: plan a few for today and the days ahead (the generated
# history happens to have none this week), and let one client's aftercare end in three weeks.
from datetime import datetime, time, timedelta
from desktop.services.caseload import CaseloadService
cs = CaseloadService(store.db, actor); conv = ConversationService(store.db, actor)
rows = cs.list_clients()
today = actor.today()
slots = [(0, time(9, 30), "intake"), (0, time(14, 0), "progress"), (1, time(10, 0), "home_visit"),
         (1, time(13, 30), "review"), (1, time(15, 45), "phone")]
for (days, at, kind), r in zip(slots, [r for r in rows if r.phase == "benefit"][3:]):
    conv.plan(r.id, {"held_at": datetime.combine(today + timedelta(days=days), at), "kind": kind,
                     "place": "Wijkkantoor Feijenoord"})
after = next(r for r in rows if r.phase == "aftercare")
cs.update(after.id, {"aftercare_until": (today + timedelta(days=19)).strftime("%d-%m-%Y")})
w = MainWindow(store.db, actor); w.resize(1280, 800); w.show()
app.processEvents()
# a client with several conversations and an overdue agreement
best = None
m = w.caseload.model
for r in range(m.rowCount()):
    row = m.row_at(r)
    if row.overdue_agreements and row.next_meeting:
        n = len(ConversationService(store.db, actor).list_for_client(row.id))
        if best is None or n > best[0]:
            best = (n, row.id)
cid = best[1] if best else m.row_at(0).id
w.caseload.select_client(cid)
tab = w.pane.tab(ConversationsTab)
w.pane.tabs.setCurrentWidget(tab)
# select the first overdue agreement to show the red rows with a selection elsewhere
tab.conv_table.selectRow(0)
app.processEvents()
w.grab().save(sys.argv[1] + "/client-view.png")
w.toggle_week(True)
w.week.load_now()
w.resizeDocks([w.week_dock], [430], Qt.Orientation.Vertical)
app.processEvents()
w.grab().save(sys.argv[1] + "/week-view.png")

print("client", cid, best)
w.runner.wait(); app.processEvents()
store.close()
os._exit(0)
