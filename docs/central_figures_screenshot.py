"""docs/central-figures.png: a team lead's Beeld ▸ Cijfers (centrale opslag) on a demo central store (issue 16),
1280x800: signals per kind and month as QtCharts lines, the table with a label for every code.

    xvfb-run -a .venv/bin/python docs/central_figures_screenshot.py docs/central-figures.png
"""
import os, sys, tempfile, uuid
from datetime import date, timedelta
from pathlib import Path
os.environ["WIJKDESK_PASSPHRASE"] = "screenshot-passphrase"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "benchmarks"))
import random
import httpx, keyring
import open_client as oc
keyring.set_keyring(oc._MemoryKeyring())
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication
tmp = Path(tempfile.mkdtemp())
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp / "settings"))
app = QApplication(sys.argv)
import reports as bench
from desktop.models.outbox import set_setting
from desktop.paths import Paths
from desktop.store import open_store
from desktop.ui.central_figures_view import CentralFiguresView
from sync import clock
from sync.credentials import save_token
from sync.server import admin
from sync.server.db import Store
from sync.server.embedded import start_embedded

url = f"sqlite:///{tmp / 'central.db'}"
server = start_embedded(url)
central = Store(url)
bench.fill(central, 100_000, random.Random(16))
lead, token = admin.add_user(central, "lena", "team_lead", "Team 3", display_name="Lena de Leider")
with httpx.Client(base_url=server.url) as http:
    r = http.post("/auth/login", json={"username": "lena", "device_id": str(uuid.uuid4()), "device_name": "laptop"},
                  headers={"Authorization": f"Bearer {token}"})
    device_token = r.json()["device_token"]
store = open_store(Paths.resolve(tmp / "data")); a = store.actor()
from desktop.services.context import Actor
actor = Actor(a.user_id, "lena", a.device_id, "team_lead", lead.team_id)
with store.db.session() as s:
    set_setting(s, "server_url", server.url)
save_token(store.db, device_token)
view = CentralFiguresView(store.db, actor, fetch_now=False)
today = clock.today()
start = today - timedelta(days=150)
view.start.setDate(QDate(start.year, start.month, 1))
view.report.setCurrentIndex(view.report.findData("telephone-first"))
view.resize(1280, 800)
view.show()
view.reload()  # on the TaskRunner: wait for it, then let the event loop deliver the answer
view.runner.wait()
for _ in range(5):
    app.processEvents()
assert not view.busy(), view.status.text()
view.grab().save(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "docs" / "central-figures.png"))
print(view.status.text())
server.stop()
