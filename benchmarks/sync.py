"""Sync figures over loopback (DESIGN §6). Prints; never asserts.

    .venv/bin/python benchmarks/sync.py [--clients 10000] [--per-client 9] [--db postgresql+psycopg://...]

1. push: a coach's device sends its outbox (new clients + their conversations/agreements) over HTTP;
2. full restore: a new device of the same coach makes its first sync (seconds, records per second);
3. a sync with nothing to do, and one with 100 changed records (milliseconds, median of 10 / 5).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.models.entities import Client, LocalSetting  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.sign_in import sign_in  # noqa: E402
from desktop.services.validation import bsn_checksum_ok  # noqa: E402
from desktop.store import open_store  # noqa: E402
from sync.client import SyncClient  # noqa: E402
from sync.credentials import load_token  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.db import Store as CentralStore  # noqa: E402
from sync.server.migrate import migrate  # noqa: E402


class BenchKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.d: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):  # noqa: ANN001, ANN201
        return self.d.get((service, username))

    def set_password(self, service, username, password):  # noqa: ANN001, ANN201
        self.d[(service, username)] = password

    def delete_password(self, service, username):  # noqa: ANN001, ANN201
        self.d.pop((service, username), None)


def bsns(n: int):
    k = 100_000_000
    while n:
        s = f"{k:09d}"
        k += 1
        if bsn_checksum_ok(s):
            n -= 1
            yield s


def seed_outbox(store, coach_id: str, clients: int, per_client: int) -> int:
    """A coach's device with `clients` new clients and their conversations/agreements, as the app makes them
    (every row through the ORM, so the outbox hook queues it). Returns the number of queued mutations."""
    from datetime import date, datetime

    from desktop.models.entities import Agreement, Conversation, OutboxMutation

    rnd = random.Random(7)
    pending = list(bsns(clients))
    for part in range(0, clients, 1000):
        with store.db.session() as s:
            for bsn in pending[part:part + 1000]:
                c = Client(bsn=bsn, first_name=rnd.choice(["Zoë", "Ayşe", "Jan", "Łukasz", "Fatima"]),
                           last_name=rnd.choice(["Bakker", "Çelik", "de Vries", "Wójcik", "El Amrani"]),
                           coach_id=coach_id, benefit_status="active", preferred_language="nl",
                           postcode="3071 AB", city="Rotterdam")
                s.add(c)
                s.flush()
                for i in range(per_client):
                    if i % 2 == 0:
                        s.add(Conversation(client_id=c.id, coach_id=coach_id, kind="progress", channel="in_person",
                                           held_at=datetime(2026, 10, 1, 10), planned=False, place="Wijkhuis",
                                           summary_for_client="We hebben gepraat over werk en geld."))
                    else:
                        s.add(Agreement(client_id=c.id, description="CV sturen", party="client",
                                        due_date=date(2026, 12, 1), status="open"))
    with store.db.session() as s:
        return s.scalar(select(func.count()).select_from(OutboxMutation).where(OutboxMutation.state == "pending"))


def _profiler():  # noqa: ANN202
    """A running cProfile when WIJKDESK_PROFILE is set (the figures are then slower), else None."""
    if not os.environ.get("WIJKDESK_PROFILE"):
        return None
    import cProfile
    prof = cProfile.Profile()
    prof.enable()
    return prof


def _report(prof, order: str) -> None:  # noqa: ANN001
    if prof is not None:
        import pstats
        prof.disable()
        pstats.Stats(prof).sort_stats(order).print_stats(20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=10_000)
    ap.add_argument("--per-client", type=int, default=9)
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    keyring.set_keyring(BenchKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="wijkdesk-bench-"))
    url = args.db or f"sqlite:///{tmp / 'central.db'}"
    engine = CentralStore(url).engine
    migrate(engine)
    engine.dispose()
    info, token = admin.add_user(CentralStore(url), "anna", "coach", "Feijenoord")
    # The central store runs in its own process, as it would in production (no shared GIL).
    port = 18765
    server = subprocess.Popen([sys.executable, "-c", (
        "import uvicorn, sys; from sync.server.app import create_app; "
        f"uvicorn.run(create_app({url!r}), host='127.0.0.1', port={port}, log_level='warning')")],
        cwd=Path(__file__).resolve().parent.parent)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(base + "/openapi.json", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    http = httpx.Client(base_url=base, timeout=120)
    device_id = str(uuid.uuid4())
    total = args.clients * (1 + args.per_client)
    print(f"central store: {'PostgreSQL' if url.startswith('postgresql') else 'SQLite'}; "
          f"{args.clients} clients, {total} records")
    os.environ.setdefault("WIJKDESK_PASSPHRASE", "benchmark-only")

    # 1. push: a coach's laptop with a week of offline work (every record new) sends its outbox.
    laptop = open_store(Paths.resolve(tmp / "laptop"))
    sign_in(laptop, http, "anna", token)
    started = time.perf_counter()
    queued = seed_outbox(laptop, info.id, args.clients, args.per_client)
    print(f"  (laptop seeded: {queued} outbox mutations in {time.perf_counter() - started:.1f} s)")
    pusher = SyncClient(laptop.db, http, load_token(laptop.db) or "", backups=tmp / "backups")
    prof = _profiler()
    started = time.perf_counter()
    pushed = pusher.push()
    push_s = time.perf_counter() - started
    _report(prof, "tottime")
    assert pushed.applied == queued and pushed.pending == 0, pushed
    print(f"push from the outbox:  {queued / push_s:10.0f} records/s   ({queued} in {push_s:.1f} s; "
          f"budget ≥ 10000/s)")
    laptop.close()
    login = http.post("/auth/login", json={"username": "anna", "device_id": device_id, "device_name": "bench"},
                      headers={"Authorization": f"Bearer {token}"}).json()
    headers = {"Authorization": f"Bearer {login['device_token']}", "X-Wijkdesk-Schema": "0004"}

    # The server's share of a restore: every page fetched, nothing applied.
    started = time.perf_counter()
    cursor, fetched = None, 0
    while True:
        params = {"limit": 1000, "counts": 0, **({"cursor": cursor} if cursor else {})}
        page = http.get("/sync/pull", params=params, headers=headers).json()
        fetched += len(page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    raw_s = time.perf_counter() - started
    print(f"pull pages only:       {fetched / raw_s:10.0f} records/s   ({fetched} in {raw_s:.1f} s: the server's share)")

    store = open_store(Paths.resolve(tmp / "device"))
    sign_in(store, http, "anna", token)
    client = SyncClient(store.db, http, load_token(store.db) or "", backups=tmp / "backups")
    started = time.perf_counter()
    result = client.sync()
    restore_s = time.perf_counter() - started
    n = result.pulled
    print(f"full restore:          {restore_s:10.2f} s         ({n} records, {n / restore_s:.0f} records/s; "
          f"budget ≤ 10 s, pull ≥ 20000/s)")

    noop = []
    for _ in range(10):
        t = time.perf_counter()
        client.sync()
        noop.append((time.perf_counter() - t) * 1000)
    print(f"sync, nothing to do:   {statistics.median(noop):10.1f} ms        (median of 10; budget ≤ 20 ms)")
    if os.environ.get("WIJKDESK_PROFILE"):
        import cProfile
        import pstats
        with store.db.session() as s:
            cursor = s.scalar(select(LocalSetting.value).where(LocalSetting.key == "sync_cursor"))
        t = time.perf_counter()
        for _ in range(10):
            http.get("/sync/pull", params={"cursor": cursor}, headers=headers)
        print(f"  one no-op pull request: {(time.perf_counter() - t) * 100:.1f} ms")
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(10):
            client.sync()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)

    changed = []
    for round_ in range(5):
        with store.db.session() as s:
            for i, c in enumerate(s.scalars(select(Client).limit(100).offset(round_ * 100))):
                c.phone = f"06{round_:02d}{i:06d}"
        t = time.perf_counter()
        r = client.sync()
        changed.append((time.perf_counter() - t) * 1000)
        assert r.applied == 100 and r.pending == 0, r
    print(f"sync, 100 changed:     {statistics.median(changed):10.1f} ms        (median of 5; budget ≤ 60 ms)")
    if os.environ.get("WIJKDESK_PROFILE"):
        import cProfile
        import pstats
        with store.db.session() as s:
            for i, c in enumerate(s.scalars(select(Client).limit(100).offset(600))):
                c.phone = f"0699{i:06d}"
        prof = cProfile.Profile()
        prof.enable()
        client.sync()
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    http.close()
    server.terminate()
    server.wait(10)
    store.close()


if __name__ == "__main__":
    main()
