"""Several central-store processes on one PostgreSQL (issue 19, point 1).

Two `wijkdesk-server serve` processes share one database; 20 devices push at once through both, one
server is killed in the middle of the pushes, the devices carry on through the other; a device that pulled
page by page from both servers throughout holds exactly what a fresh device restores, which is exactly
every record pushed. Bounded: every request has a timeout, every wait a deadline, and the processes and
the database are removed whatever happens.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import SCHEMA
from sqlalchemy import text

from sync.server import admin
from sync.server.db import ANALYZE_LOCK_KEY, Store
from sync.server.migrate import migrate

pytestmark = pytest.mark.postgres

DEVICES = 20
BATCHES = 6  # per device
BATCH = 50  # clients per batch: 6,000 records in all, enough for both processes to refresh statistics
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db_url: str, log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--db", db_url, "serve", "--port", str(self.port)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})

    def wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not become ready")

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()


@pytest.fixture
def two_servers(pg_database: str, tmp_path: Path) -> Iterator[tuple[str, list[Server]]]:
    store = Store(pg_database)
    migrate(store.engine)
    store.dispose()
    servers = [Server(pg_database, tmp_path / f"server{i}.log") for i in range(2)]
    try:
        for s in servers:
            s.wait_ready()
        yield pg_database, servers
    finally:
        for s in servers:
            s.stop()


def _login(url: str, info: admin.UserInfo, token: str) -> dict[str, str]:
    r = httpx.post(f"{url}/auth/login", json={"username": info.username, "device_id": str(uuid.uuid4()),
                                              "device_name": "laptop"},
                   headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['device_token']}", "X-Wijkdesk-Schema": SCHEMA}


def _pull(urls: list[str], headers: dict[str, str], cursor: int | None, state: dict, turn: list[int]) -> int | None:
    """Pull every page from `cursor`, each page from the next server in turn; apply onto `state`."""
    while True:
        url = urls[turn[0] % len(urls)]
        turn[0] += 1
        params = {} if cursor is None else {"cursor": cursor}
        try:
            r = httpx.get(f"{url}/sync/pull", params={**params, "limit": 500}, headers=headers, timeout=30)
        except httpx.TransportError:
            continue  # that server is gone: the next one in turn
        assert r.status_code == 200, r.text
        page = r.json()
        for ch in page["changes"]:
            key = (ch["table"], ch["row_id"])
            if ch["op"] == "remove":
                state.pop(key, None)
            else:
                state[key] = ch["fields"]
        assert page["cursor"] >= (cursor or 0)
        cursor = page["cursor"]
        if not page["has_more"]:
            return cursor


def test_statistics_refresh_runs_in_one_process_at_a_time(pg_database):
    """(First in this module: the database is new, its statistics never refreshed.) The background VACUUM ANALYZE is skipped while another process (here: another engine) holds its
    advisory lock, and runs once the lock is free."""
    mine, theirs = Store(pg_database), Store(pg_database)
    try:
        migrate(mine.engine)
        with theirs.engine.connect() as other:
            assert other.exec_driver_sql("SELECT pg_try_advisory_lock(%s)", (ANALYZE_LOCK_KEY,)).scalar()
            mine._analyze_lock.acquire()
            mine._analyze()  # what grew() starts in the background
            assert mine.analyze_runs == 0 and not mine._analyze_lock.locked()
            other.exec_driver_sql("SELECT pg_advisory_unlock(%s)", (ANALYZE_LOCK_KEY,))
            other.commit()
        mine._analyze_lock.acquire()
        mine._analyze()
        assert mine.analyze_runs == 1
        # Right after, another process finds the statistics fresh and does not run it again.
        theirs._analyze_lock.acquire()
        theirs._analyze()
        assert theirs.analyze_runs == 0 and theirs._analyzed_at is not None
    finally:
        mine.dispose()
        theirs.dispose()


def test_two_processes_twenty_devices_one_killed_mid_push(two_servers):
    db_url, servers = two_servers
    store = Store(db_url)
    try:
        coaches = [admin.add_user(store, f"coach{i}", "coach", "Feijenoord") for i in range(DEVICES)]
        watcher_info, watcher_token = admin.add_user(store, "beheer", "admin", None)
    finally:
        store.dispose()
    urls = [s.url for s in servers]
    watcher = _login(urls[0], watcher_info, watcher_token)
    devices = [(info, _login(urls[i % 2], info, token)) for i, (info, token) in enumerate(coaches)]
    pushed: dict[str, set[str]] = {info.id: set() for info, _ in coaches}
    errors: list[BaseException] = []
    half = threading.Barrier(DEVICES + 1, timeout=60)  # every device has pushed half its batches
    killed = threading.Event()
    in_flight = [0]  # pushes under way to the server that will be killed
    retried = [0]
    lock = threading.Lock()

    def device_work(n: int, info: admin.UserInfo, headers: dict[str, str]) -> None:
        try:
            device_id = str(uuid.uuid4())
            seq = 0
            for b in range(BATCHES):
                if b == BATCHES // 2:
                    half.wait()
                muts = []
                for _ in range(BATCH):
                    seq += 1
                    muts.append({"mutation_id": str(uuid.uuid4()), "device_id": device_id, "seq": seq,
                                 "table": "client", "row_id": str(uuid.uuid4()), "op": "insert",
                                 "fields": {"first_name": f"C{seq}", "coach_id": info.id}, "base_version": 0,
                                 "schema_version": SCHEMA})
                body = {"schema_version": SCHEMA, "mutations": muts}
                # Alternate servers; a batch whose server died is sent again, unchanged, to the other one.
                for attempt in range(20):
                    url = urls[(n + b + attempt) % 2]
                    if killed.is_set():
                        url = urls[0]
                    victim = url == urls[1]
                    with lock:
                        in_flight[0] += victim
                    try:
                        r = httpx.post(f"{url}/sync/push", json=body, headers=headers, timeout=30)
                    except httpx.TransportError:
                        with lock:
                            retried[0] += 1
                        continue
                    finally:
                        with lock:
                            in_flight[0] -= victim
                    assert r.status_code == 200, r.text
                    assert r.json()["applied"] == BATCH
                    break
                else:
                    raise AssertionError("a batch could not be pushed to either server")
                pushed[info.id].update(m["row_id"] for m in muts)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
            half.abort()

    threads = [threading.Thread(target=device_work, args=(n, info, headers), daemon=True)
               for n, (info, headers) in enumerate(devices)]
    for t in threads:
        t.start()
    state: dict = {}
    turn = [0]
    cursor = _pull(urls, watcher, None, state, turn)
    half.wait()
    deadline = time.monotonic() + 30
    while in_flight[0] == 0 and time.monotonic() < deadline:  # kill it while it answers a push
        time.sleep(0.001)
    servers[1].kill()
    killed.set()
    deadline = time.monotonic() + 120
    while any(t.is_alive() for t in threads) and time.monotonic() < deadline:
        cursor = _pull(urls, watcher, cursor, state, turn)  # page by page while the pushes go on
        time.sleep(0.05)
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    assert not errors, errors[0]
    assert not any(t.is_alive() for t in threads), "the devices did not finish in time"
    assert retried[0] >= 1  # at least one push was cut off by the kill and sent again to the other server
    cursor = _pull(urls, watcher, cursor, state, turn)

    # Every record pushed is there exactly once, for the watcher that pulled incrementally (gap-free) and
    # for a fresh device of each coach that restores from nothing.
    everything = set().union(*pushed.values())
    assert len(everything) == DEVICES * BATCHES * BATCH
    assert {row for (table, row) in state if table == "client"} == everything
    for info, token in coaches[:3]:
        fresh = _login(urls[0], info, token)
        restored: dict = {}
        _pull(urls[:1], fresh, None, restored, [0])
        assert {row for (table, row) in restored if table == "client"} == pushed[info.id]
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            seqs = conn.execute(text("SELECT seq FROM record ORDER BY seq")).scalars().all()
            top = conn.execute(text("SELECT value FROM seq_counter")).scalar()
        assert len(seqs) == len(set(seqs)) and seqs[-1] <= top
    finally:
        store.dispose()


def test_serve_with_workers_and_metrics_on_their_own_port(pg_database, tmp_path):
    """`serve --workers 2`: both workers answer on one port; the metrics port adds up what they counted."""
    port, metrics_port = _free_port(), _free_port()
    log = (tmp_path / "workers.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "--db", pg_database, "serve", "--port", str(port),
         "--workers", "2", "--metrics-port", str(metrics_port)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90  # a loaded machine starts workers slowly
        answered = 0
        while answered < 12 and time.monotonic() < deadline:
            assert proc.poll() is None, (tmp_path / "workers.log").read_text()
            try:
                with httpx.Client(timeout=2) as http:  # a new connection each time: either worker may answer
                    answered += http.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
            except httpx.HTTPError:
                time.sleep(0.1)
        assert answered == 12
        text_ = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).text
        line = next(x for x in text_.splitlines()
                    if x.startswith('wijkdesk_requests_total{method="GET",route="/healthz",status="200"}'))
        assert float(line.rpartition(" ")[2]) == 12
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        log.close()
