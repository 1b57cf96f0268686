"""Sync figures over loopback (DESIGN §6). Prints; never asserts.

    .venv/bin/python benchmarks/sync.py [--clients 10000] [--per-client 9] [--db postgresql+psycopg://...]

1. push: a device pushes clients + their conversations/agreements over HTTP (records per second);
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
from sqlalchemy import select  # noqa: E402

from desktop.commands.syncing import sign_in  # noqa: E402
from desktop.models.entities import Client, LocalSetting  # noqa: E402
from desktop.paths import Paths  # noqa: E402
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


def mutations(coach_id: str, device_id: str, clients: int, per_client: int, schema: str):
    rnd = random.Random(7)
    seq = 0

    def mut(table: str, fields: dict) -> dict:
        nonlocal seq
        seq += 1
        return {"mutation_id": str(uuid.uuid4()), "device_id": device_id, "seq": seq, "table": table,
                "row_id": str(uuid.uuid4()), "op": "insert", "fields": fields, "base_version": 0,
                "schema_version": schema}

    for bsn in bsns(clients):
        c = mut("client", {"bsn": bsn, "first_name": rnd.choice(["Zoë", "Ayşe", "Jan", "Łukasz", "Fatima"]),
                           "last_name": rnd.choice(["Bakker", "Çelik", "de Vries", "Wójcik", "El Amrani"]),
                           "coach_id": coach_id, "benefit_status": "active", "preferred_language": "nl",
                           "werknl_exempt": False, "postcode": "3071 AB", "city": "Rotterdam"})
        yield c
        cid = c["row_id"]
        for i in range(per_client):
            if i % 2 == 0:
                yield mut("conversation", {"client_id": cid, "coach_id": coach_id, "kind": "progress",
                                           "channel": "in_person", "held_at": "2026-10-01T10:00:00", "planned": False,
                                           "summary_for_client": "We hebben gepraat over werk en geld.",
                                           "internal_notes": "", "place": "Wijkhuis"})
            else:
                yield mut("agreement", {"client_id": cid, "description": "CV sturen", "party": "client",
                                        "due_date": "2026-12-01", "status": "open",
                                        "shared_with_specialists": False})


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
    login = http.post("/auth/login", json={"username": "anna", "device_id": device_id, "device_name": "bench"},
                      headers={"Authorization": f"Bearer {token}"}).json()
    headers = {"Authorization": f"Bearer {login['device_token']}", "X-Wijkdesk-Schema": "0004"}

    total = args.clients * (1 + args.per_client)
    print(f"central store: {'PostgreSQL' if url.startswith('postgresql') else 'SQLite'}; "
          f"{args.clients} clients, {total} records")
    batch: list[dict] = []
    started = time.perf_counter()
    pushed = 0
    for m in mutations(info.id, device_id, args.clients, args.per_client, "0004"):
        batch.append(m)
        if len(batch) == 500:
            r = http.post("/sync/push", json={"schema_version": "0004", "mutations": batch}, headers=headers)
            assert r.status_code == 200 and r.json()["applied"] == len(batch), r.text[:300]
            pushed += len(batch)
            batch = []
    if batch:
        http.post("/sync/push", json={"schema_version": "0004", "mutations": batch}, headers=headers)
        pushed += len(batch)
    push_s = time.perf_counter() - started
    print(f"push over HTTP:        {pushed / push_s:10.0f} records/s   ({pushed} in {push_s:.1f} s; budget ≥ 10000/s)")

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

    os.environ.setdefault("WIJKDESK_PASSPHRASE", "benchmark-only")
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
