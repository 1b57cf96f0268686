"""Opening a client with a long history (issue budget: ≤ 100 ms). Prints, never asserts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/open_client.py [--runs 15]

A throwaway encrypted store holds one client with 500 conversations (some planned) and 1,000
agreements (500 made in those conversations, 500 on their own), next to a second, small client.
Measured: ClientPane.show_client(id) until every tab of the pane (TAB_CLASSES: Gesprekken,
Tijdlijn, and whatever tabs are registered) is filled, plus the first paint. The pane alternates
between the two clients so every run really opens the big one. Each tab's reload() is timed too.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WIJKDESK_PASSPHRASE", "benchmark-passphrase")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

BUDGET_MS = 100.0


class _MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


def build(store, actor, conversations: int, agreements: int, seed: int = 3) -> tuple[str, str]:  # noqa: ANN001
    from sqlalchemy import insert

    from desktop.models.base import new_id, utcnow
    from desktop.models.entities import Agreement, Conversation
    from desktop.services.caseload import CaseloadService
    from sync import clock

    rng = random.Random(seed)
    svc = CaseloadService(store.db, actor)
    big = svc.create({"bsn": "111222333", "first_name": "Jan", "name_prefix": "van den", "last_name": "Berg"}).id
    small = svc.create({"bsn": "123456782", "first_name": "Anna", "last_name": "Jansen"}).id
    today, now = clock.today(), utcnow()
    convs, agrs = [], []
    for k in range(conversations):
        held = datetime.combine(today, datetime.min.time()) + timedelta(days=rng.randrange(-1500, 30), hours=10)
        cid = new_id()
        convs.append(dict(id=cid, version=0, updated_at=now, client_id=big, coach_id=actor.user_id,
                          kind=rng.choice(["intake", "progress", "review", "phone", "home_visit"]),
                          channel="in_person", held_at=held, planned=held.date() > today, place="Wijkkantoor",
                          summary_for_client=f"Gesprek {k}: we hebben gepraat over werk en scholing.\n" * 3,
                          internal_notes="Intern.", next_meeting_at=None))
        if len(agrs) < agreements // 2:
            agrs.append(dict(id=new_id(), version=0, updated_at=now, client_id=big, conversation_id=cid,
                             description=f"Afspraak uit gesprek {k}", party="client",
                             due_date=held.date() + timedelta(days=14), status=rng.choice(["open", "done"]),
                             shared_with_specialists=False))
    while len(agrs) < agreements:
        agrs.append(dict(id=new_id(), version=0, updated_at=now, client_id=big, conversation_id=None,
                         description="Losse afspraak", party="coach",
                         due_date=today + timedelta(days=rng.randrange(-200, 60)),
                         status=rng.choice(["open", "done", "missed"]), shared_with_specialists=False))
    with store.db.session() as s:
        s.execute(insert(Conversation), convs)
        s.execute(insert(Agreement), agrs)
    return big, small


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--conversations", type=int, default=500)
    parser.add_argument("--agreements", type=int, default=1000)
    args = parser.parse_args()
    keyring.set_keyring(_MemoryKeyring())

    from PySide6.QtWidgets import QApplication

    from desktop.paths import Paths
    from desktop.store import open_store
    from desktop.ui.client_pane import ClientPane
    from desktop.ui.tasks import DataBus, TaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="wijkdesk-bench-") as tmp:
        store = open_store(Paths.resolve(Path(tmp) / "data"))
        actor = store.actor()
        big, small = build(store, actor, args.conversations, args.agreements)
        bus, runner = DataBus(), TaskRunner()
        pane = ClientPane(store.db, actor, bus, runner)
        pane.resize(1000, 700)
        pane.show()
        app.processEvents()
        tabs = pane.client_tabs
        for i in range(pane.tabs.count()):  # paint every tab once (first-paint costs, fonts)
            pane.tabs.setCurrentIndex(i)
            app.processEvents()
        pane.tabs.setCurrentIndex(1 if tabs else 0)  # opening on Gesprekken, as a coach would

        opened, painted = [], []
        for _ in range(args.runs):
            pane.show_client(small)
            app.processEvents()
            t0 = time.perf_counter()
            pane.show_client(big)
            t1 = time.perf_counter()
            app.processEvents()  # layout and paint of the visible tab
            t2 = time.perf_counter()
            opened.append((t1 - t0) * 1000)
            painted.append((t2 - t0) * 1000)
        per_tab: dict[str, list[float]] = {type(t).__name__: [] for t in tabs}
        for _ in range(args.runs):
            for t in tabs:
                t0 = time.perf_counter()
                t.reload()
                per_tab[type(t).__name__].append((time.perf_counter() - t0) * 1000)
        conv_tab = next((t for t in tabs if type(t).__name__ == "ConversationsTab"), None)
        rows = (conv_tab.conv_model.rowCount(), conv_tab.agr_model.rowCount()) if conv_tab else (0, 0)
        n_tabs = len(tabs)
        runner.wait()
        pane.close()
        pane.deleteLater()
        del pane, tabs, conv_tab
        app.processEvents()
        store.close()

    med = statistics.median
    print(f"open client: {args.conversations} conversations + {args.agreements} agreements "
          f"(rows shown: {rows[0]} conversations, {rows[1]} agreements), {args.runs} runs")
    print(f"  show_client -> all {n_tabs} tabs filled : median {med(opened):6.1f} ms   "
          f"min {min(opened):6.1f}   max {max(opened):6.1f}")
    print(f"  ... and the visible tab painted   : median {med(painted):6.1f} ms   "
          f"min {min(painted):6.1f}   max {max(painted):6.1f}")
    for name, times in per_tab.items():
        print(f"  {name + '.reload()':32} : median {med(times):6.1f} ms")
    verdict = "within" if med(opened) <= BUDGET_MS else "OVER"
    print(f"budget {BUDGET_MS:.0f} ms (show_client -> all tabs filled, median): {verdict}")


if __name__ == "__main__":
    main()
