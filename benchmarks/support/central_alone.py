"""The central store alone (no HTTP, no desktop): push and pull-page throughput, in this process.

    python benchmarks/support/central_alone.py --db postgresql+psycopg://postgres@127.0.0.1:5432/test \
        [--clients 2000] [--per-client 9] [--devices 1]

Creates a throwaway database next to the one named (dropped afterwards), pushes `clients` new clients
with their conversations and agreements in batches of MAX_PUSH_BATCH as a coach's device would (ids made as
the desktop makes them; validated requests, decoded beforehand: the store's share only), then serves the
coach's whole scope in pages of 2,000. Prints one JSON object: push and pull records per second. With
--devices N, N coaches push their own caseloads at the same time (the store's throughput with more than one
device at a time; one device waits for each answer, so it never keeps more than one core busy).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import uuid
from pathlib import Path

import sync
from sync.protocol import MAX_PUSH_BATCH, PushRequest
from sync.server import admin
from sync.server.db import Store
from sync.server.migrate import migrate
from sync.server.pull import pull
from sync.server.push import push_json
from sync.server.scope import Principal

if (Path(sync.__file__).parent / "ids.py").exists():  # ids as the desktop makes them
    from sync.ids import new_id, new_mutation_id
else:  # a revision from before sync/ids.py (an editable install would find today's module): version 4
    def new_id() -> str:
        return str(uuid.uuid4())

    new_mutation_id = new_id


def bodies(coach_id: str, device_id: str, clients: int, per_client: int) -> list[PushRequest]:
    muts, seq = [], 0
    for k in range(clients):
        cid = new_id()
        seq += 1
        muts.append({"mutation_id": new_mutation_id(), "device_id": device_id, "seq": seq, "table": "client",
                     "row_id": cid, "op": "insert", "base_version": 0, "schema_version": "0004",
                     "fields": {"bsn": f"{100000000 + k:09d}", "first_name": "Zoë", "last_name": "Çelik",
                                "coach_id": coach_id, "benefit_status": "active", "postcode": "3071 AB"}})
        for i in range(per_client):
            seq += 1
            fields = ({"client_id": cid, "coach_id": coach_id, "kind": "progress", "channel": "in_person",
                       "held_at": "2026-10-01T10:00:00", "summary_for_client": "We hebben gepraat over werk."}
                      if i % 2 == 0 else
                      {"client_id": cid, "description": "CV sturen", "party": "client", "due_date": "2026-12-01",
                       "status": "open"})
            muts.append({"mutation_id": new_mutation_id(), "device_id": device_id, "seq": seq,
                         "table": "conversation" if i % 2 == 0 else "agreement", "row_id": new_id(),
                         "op": "insert", "base_version": 0, "schema_version": "0004", "fields": fields})
    return [PushRequest.model_validate({"schema_version": "0004", "mutations": muts[i:i + MAX_PUSH_BATCH]})
            for i in range(0, len(muts), MAX_PUSH_BATCH)]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--clients", type=int, default=2000)
    ap.add_argument("--per-client", type=int, default=9)
    ap.add_argument("--devices", type=int, default=1,
                    help="coaches pushing at the same time, each its own clients (--clients each)")
    args = ap.parse_args()
    import psycopg

    admin_url = args.db.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"wijkdesk_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = args.db.rsplit("/", 1)[0] + "/" + name
    store = Store(url)
    try:
        migrate(store.engine)
        # Frozen as that revision's server process is once started (sync/server/heap.py), before the requests
        # exist: those stay in the collector's view, as a real request's body does.
        if (Path(sync.__file__).parent / "server" / "heap.py").exists():
            from sync.server.heap import freeze_start_up_heap

            freeze_start_up_heap()
        coaches = []
        for k in range(args.devices):
            info, _token = admin.add_user(store, f"bench.coach{k}", "coach", "Feijenoord")
            device = str(uuid.uuid4())
            who = Principal(info.id, info.username, info.display_name, "coach", info.team_id, device)
            coaches.append((who, bodies(info.id, device, args.clients, args.per_client)))
        n = sum(len(b.mutations) for _who, batches in coaches for b in batches)
        # Each device pushes its batches one after another, as a desktop does; several devices at once are
        # decided side by side (push.py), each in its own thread as the server's request threads would.
        start = threading.Barrier(len(coaches) + 1)

        def device_pushes(who: Principal, batches: list[PushRequest]) -> None:
            start.wait()
            for b in batches:
                push_json(store, who, b.mutations)

        threads = [threading.Thread(target=device_pushes, args=c) for c in coaches]
        for thread in threads:
            thread.start()
        start.wait()
        t = time.perf_counter()
        for thread in threads:
            thread.join()
        push_s = time.perf_counter() - t
        info = coaches[0][0]
        reader = Principal(info.user_id, info.username, info.display_name, "coach", info.team_id, str(uuid.uuid4()))
        t, cursor, pulled = time.perf_counter(), None, 0
        while True:
            page = json.loads(pull(store, reader, cursor, 2000, False))
            pulled += len(page["changes"])
            cursor = page["cursor"]
            if not page["has_more"]:
                break
        pull_s = time.perf_counter() - t
        print(json.dumps({"records": n, "devices": args.devices, "push_per_s": n / push_s, "pulled": pulled,
                          "pull_per_s": pulled / pull_s}))
    finally:
        store.dispose()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
