"""Load figures: N devices pushing and pulling at once against 1 and 2 central-store processes on
PostgreSQL, over loopback only (DESIGN §6, issue 19). Prints a table; never asserts (but says whether
every device converged).

    .venv/bin/python benchmarks/load.py [--devices 50] [--mutations 1000] [--batch 100] [--processes 1 2]
                                        [--interval SECONDS ...]

Each device is a coach with a device token; it pushes its mutations (new clients) in batches of --batch,
one request at a time as the desktop does, then pulls everything in its scope and checks it holds exactly
the rows it pushed. All devices run at once (asyncio, one HTTP connection each). The store runs as
`wijkdesk-server serve` (1 process) or `serve --workers 2`, on a throwaway database that is dropped at the
end. Bounded: at most 200 devices × 10,000 mutations, every request times out after 60 s, and the whole
run stops after --deadline seconds.

Without --interval every device pushes its next batch as soon as the last is answered: the store is saturated
and a push's latency is the queue in front of it (about devices × the CPU of one push / cores). With
--interval S each device pushes one batch every S seconds (from a random start within the first S; never two
at once): an offered rate of devices × batch / S mutations per second, the way devices that sync now and then
load a store. Several intervals give latency against load; each is its own run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import psycopg  # noqa: E402

from sync.protocol import DESKTOP_SCHEMAS  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.db import Store  # noqa: E402
from sync.server.migrate import migrate  # noqa: E402

PG_ADMIN = os.environ.get("WIJKDESK_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
SCHEMA = DESKTOP_SCHEMAS[-1]  # what a current desktop sends


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


async def send(http: httpx.AsyncClient, method: str, url: str, **kwargs: object) -> httpx.Response:
    """One request, sent again (at most twice) when the connection broke: a keep-alive connection the server
    closed as idle just as it was reused. Safe: a push is idempotent by its mutation ids, a pull reads."""
    for attempt in range(3):
        try:
            return await http.request(method, url, **kwargs)
        except (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


async def device(http: httpx.AsyncClient, token: str, coach_id: str, mutations: int, batch: int,
                 push_ms: list[float], pull_ms: list[float], interval: float | None = None) -> bool:
    headers = {"Authorization": f"Bearer {token}", "X-Wijkdesk-Schema": SCHEMA}
    device_id = str(uuid.uuid4())
    rows: set[str] = set()
    seq = 0
    due = time.perf_counter() + random.uniform(0, interval) if interval else 0.0
    while seq < mutations:
        if interval:  # paced: the next batch at its time (later when the last answer came late)
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            due += interval
        muts = []
        for _ in range(min(batch, mutations - seq)):
            seq += 1
            row = str(uuid.uuid4())
            rows.add(row)
            muts.append({"mutation_id": str(uuid.uuid4()), "device_id": device_id, "seq": seq, "table": "client",
                         "row_id": row, "op": "insert", "base_version": 0, "schema_version": SCHEMA,
                         "fields": {"first_name": f"Klant {seq}", "last_name": "Load", "coach_id": coach_id,
                                    "postcode": "3071 AB", "city": "Rotterdam"}})
        started = time.perf_counter()
        r = await send(http, "POST", "/sync/push", json={"schema_version": SCHEMA, "mutations": muts}, headers=headers)
        push_ms.append((time.perf_counter() - started) * 1000)
        r.raise_for_status()
        if r.json()["applied"] != len(muts):
            return False
    seen: set[str] = set()
    cursor = None
    while True:
        params = {"limit": 1000} if cursor is None else {"limit": 1000, "cursor": cursor}
        started = time.perf_counter()
        r = await send(http, "GET", "/sync/pull", params=params, headers=headers)
        pull_ms.append((time.perf_counter() - started) * 1000)
        r.raise_for_status()
        page = r.json()
        seen.update(c["row_id"] for c in page["changes"] if c["table"] == "client")
        cursor = page["cursor"]
        if not page["has_more"]:
            return seen == rows


async def run_devices(url: str, creds: list[tuple[str, str]], mutations: int, batch: int,
                      deadline: float, interval: float | None = None) -> tuple[float, list[float], list[float], int]:
    push_ms: list[float] = []
    pull_ms: list[float] = []
    limits = httpx.Limits(max_connections=len(creds) + 5, max_keepalive_connections=len(creds) + 5)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        started = time.perf_counter()
        done = await asyncio.wait_for(asyncio.gather(*(
            device(http, token, coach, mutations, batch, push_ms, pull_ms, interval) for token, coach in creds)),
            deadline)
        seconds = time.perf_counter() - started
    return seconds, push_ms, pull_ms, sum(done)


def start_server(db_url: str, processes: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "sync.server.cli", "--db", db_url, "serve", "--port", str(port)]
    if processes > 1:
        cmd += ["--workers", str(processes)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    until = time.monotonic() + 60
    while time.monotonic() < until:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped: see {log}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not become ready")


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds these live processes have used (Linux /proc; 0 where unreadable)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def session_pids(sid: int) -> list[int]:
    """The processes of session `sid` (the server and its workers: it runs in a session of its own)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[3]) == sid:
                    pids.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return pids


def backend_pids(name: str) -> list[int]:
    """PostgreSQL's server processes for database `name` (the connections still open)."""
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        return [r[0] for r in conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", (name,))]


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def one_run(processes: int, devices: int, mutations: int, batch: int, deadline: float, logdir: Path,
            interval: float | None = None) -> dict:
    name = f"wijkdesk_load_{uuid.uuid4().hex[:8]}"
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    db_url = f"{base}/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    proc = None
    try:
        store = Store(db_url)
        migrate(store.engine)
        users = [admin.add_user(store, f"load{i}", "coach", "Feijenoord") for i in range(devices)]
        store.dispose()
        proc, url = start_server(db_url, processes, logdir / f"server-{processes}.log")
        creds = []
        with httpx.Client(base_url=url, timeout=60) as http:
            for info, token in users:
                r = http.post("/auth/login", json={"username": info.username, "device_id": str(uuid.uuid4()),
                                                   "device_name": "load"}, headers={"Authorization": f"Bearer {token}"})
                r.raise_for_status()
                creds.append((r.json()["device_token"], info.id))
        server_cpu0 = cpu_seconds(session_pids(proc.pid))
        seconds, push_ms, pull_ms, converged = asyncio.run(run_devices(url, creds, mutations, batch, deadline,
                                                                       interval))
        server_cpu = cpu_seconds(session_pids(proc.pid)) - server_cpu0
        db_cpu = cpu_seconds(backend_pids(name))
        return {"processes": processes, "interval": interval, "devices": devices, "mutations": devices * mutations, "seconds": seconds,
                "push_p50": pct(push_ms, 50), "push_p95": pct(push_ms, 95), "pull_p50": pct(pull_ms, 50),
                "pull_p95": pct(pull_ms, 95), "pushes": len(push_ms), "converged": converged,
                "mean_push": statistics.fmean(push_ms) if push_ms else float("nan"),
                "server_cpu": server_cpu, "db_cpu": db_cpu}
    finally:
        if proc is not None:
            stop(proc)
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devices", type=int, default=50)
    p.add_argument("--mutations", type=int, default=1000, help="per device")
    p.add_argument("--batch", type=int, default=100, help="mutations per push")
    p.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    p.add_argument("--deadline", type=float, default=600, help="seconds one run may take at most")
    p.add_argument("--interval", type=float, nargs="+", default=None, metavar="SECONDS",
                   help="each device pushes one batch every SECONDS (offered load) instead of back to back")
    args = p.parse_args()
    if not (1 <= args.devices <= 200 and 1 <= args.mutations <= 10_000 and 1 <= args.batch <= 1000):
        p.error("bounded: 1-200 devices, 1-10,000 mutations each, batches of 1-1000")
    if args.interval and not all(0.05 <= s <= 60 for s in args.interval):
        p.error("bounded: --interval between 0.05 and 60 seconds")
    logdir = Path(os.environ.get("TMPDIR", "/tmp"))
    rows = [one_run(n, args.devices, args.mutations, args.batch, args.deadline, logdir, s)
            for n in args.processes for s in (args.interval or [None])]
    print(f"{'processes':>9} {'offered':>9} {'devices':>7} {'mutations':>9} {'seconds':>7} {'mut/s':>7} "
          f"{'push p50':>9} {'push p95':>9} {'pull p50':>9} {'pull p95':>9} {'converged':>10} {'server CPU':>10} "
          f"{'db CPU':>7}")
    for r in rows:
        offered = f"{r['devices'] * args.batch / r['interval']:.0f}/s" if r["interval"] else "saturated"
        print(f"{r['processes']:>9} {offered:>9} {r['devices']:>7} {r['mutations']:>9} {r['seconds']:>7.1f} "
              f"{r['mutations'] / r['seconds']:>7.0f} {r['push_p50']:>7.0f}ms {r['push_p95']:>7.0f}ms "
              f"{r['pull_p50']:>7.0f}ms {r['pull_p95']:>7.0f}ms {r['converged']:>5}/{r['devices']:<4} "
              f"{r['server_cpu']:>9.1f}s {r['db_cpu']:>6.1f}s")
    print(f"(batches of {args.batch}; latencies per request as the device sees them, loopback, "
          f"{os.cpu_count()} cores shared with the client and PostgreSQL; CPU seconds: the server processes "
          f"during the run, and PostgreSQL's backends still connected at the end)")


if __name__ == "__main__":
    main()
