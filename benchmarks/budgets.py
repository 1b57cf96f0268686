"""The budgets of issue 18, measured on whole `wijkdesk` processes as a user or a script runs them.

    .venv/bin/python benchmarks/budgets.py [--runs 5] [--before REV] [--clients 2000] [--push-clients 2000]
                                           [--memory-clients 10700] [--only restore,push,noop,help,gui,demo,central,memory]

Every figure is the median of --runs runs (memory: one run) and is printed with its budget; nothing is
asserted. With --before REV the same measurements run on that revision's code too (`git archive`, run with
this virtualenv), interleaved in the same run, so the two columns come from the same machine at the same
time. The database key comes from a keyring (benchmarks/support/bench_keyring.py stands in for the OS
keyring across processes); the passphrase path adds its deliberate key derivation (scrypt) on top.

The central store runs in its own process on SQLite, as `wijkdesk-server serve`, except for the "central
store alone" row (benchmarks/support/central_alone.py, in-process on PostgreSQL on 127.0.0.1:5432).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = ROOT / "benchmarks" / "support"
BIN = Path(sys.executable).parent
PG = os.environ.get("WIJKDESK_PG_URL", "postgresql://postgres@127.0.0.1:5432/test").replace(
    "postgresql://", "postgresql+psycopg://", 1)

BUDGETS = {  # key: (what, budget text, test on the median)
    "restore": ("`wijkdesk sync`, restore of {clients:,} clients / ~{restore_records:,} records", "≤ 1.2 s",
                lambda v: v <= 1.2),
    "push": ("`wijkdesk sync`, first push of {push_clients:,} offline clients / ~{push_records:,} records",
             "≤ 5 s", lambda v: v <= 5.0),
    "noop": ("`wijkdesk sync` with nothing to do", "≤ 0.35 s", lambda v: v <= 0.35),
    "help": ("`wijkdesk --help`", "≤ 0.15 s", lambda v: v <= 0.15),
    "gui": ("GUI cold start to an interactive caseload of {clients:,} clients", "≤ 0.8 s", lambda v: v <= 0.8),
    "demo": ("`wijkdesk --demo` (with its embedded central store) to a usable window", "≤ 2.0 s",
             lambda v: v <= 2.0),
    "central": ("central store alone on PostgreSQL: push by one device · by two at once / pull page serving",
                "≥ 20,000 / ≥ 50,000 records/s", lambda v: v[0] >= 20_000 and v[2] >= 50_000),
    "memory": ("peak memory of a {memory_records:,}-record restore", "≤ 250 MB RSS", lambda v: v <= 250),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Variant:
    """The code under test: this checkout, or an exported revision run with the same virtualenv."""

    name: str
    code: Path
    work: Path
    figures: dict[str, object] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ, PYTHONPATH=f"{self.code}{os.pathsep}{SUPPORT}", QT_QPA_PLATFORM="offscreen",
                   PYTHON_KEYRING_BACKEND="bench_keyring.FileKeyring",
                   WIJKDESK_BENCH_KEYRING=str(self.work / "keyring.json"), XDG_CONFIG_HOME=str(self.work / "cfg"))
        env.pop("WIJKDESK_PASSPHRASE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
        return env

    def wijkdesk(self, *args: str, stdin: str | None = None) -> tuple[float, str]:
        """Run `wijkdesk ARGS`: (wall seconds, stdout)."""
        t = time.perf_counter()
        proc = subprocess.Popen([str(BIN / "wijkdesk"), *args], env=self.env, cwd=self.work, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate(stdin)
        seconds = time.perf_counter() - t
        if proc.returncode:
            raise SystemExit(f"[{self.name}] wijkdesk {' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
        return seconds, out

    def server_cmd(self, *args: str) -> list[str]:
        return [str(BIN / "wijkdesk-server"), *args]

    def server(self, *args: str) -> str:
        proc = subprocess.run(self.server_cmd(*args), env=self.env, cwd=self.work, capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"[{self.name}] wijkdesk-server {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
        return proc.stdout

    def serve(self, db: str) -> tuple[subprocess.Popen, str]:
        port = free_port()
        proc = subprocess.Popen(self.server_cmd("--db", db, "serve", "--port", str(port)), env=self.env,
                                cwd=self.work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # a loaded machine takes a while to start a server process
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return proc, url
            except OSError:
                time.sleep(0.05)
        proc.terminate()
        raise SystemExit(f"[{self.name}] the central store did not start")

    def login(self, data: Path, url: str, user: str, token: str) -> None:
        self.wijkdesk("--data-dir", str(data), "login", "--server", url, "--user", user, "--token-stdin",
                      stdin=token + "\n")


def timed_child(variant: Variant, argv: list[str]) -> tuple[float, dict, int]:
    """A command in its own process: (wall seconds, its JSON output's last line, its peak RSS in MB)."""
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        t = time.perf_counter()
        proc = subprocess.Popen([str(BIN / "wijkdesk"), *argv], env=variant.env, cwd=variant.work,
                                stdout=out_f, stderr=err_f)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this process's own peak RSS, not its siblings'
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if proc.returncode:
        raise SystemExit(f"[{variant.name}] wijkdesk {' '.join(argv)} failed:\n{err[-2000:]}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    answer = json.loads(lines[-1]) if lines else {}
    answer["cpu_seconds"] = usage.ru_utime + usage.ru_stime  # the process's own CPU time: steadier under load
    return seconds, answer, usage.ru_maxrss // 1024


GUI_CHILD = r"""
import time, sys, argparse
try:
    from desktop import process  # as the `wijkdesk` entry point (desktop/__main__.py) does first
    process.begin()
except ImportError:  # a revision from before it
    pass
from desktop.ui.app import run_gui  # first, as in `wijkdesk` (desktop.cli imports it before any Qt)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def report():
    from desktop.ui.main_window import MainWindow
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    print("READY", win.caseload.model.total, flush=True)
    QApplication.instance().quit()
QTimer.singleShot(0, report)  # the first turn of the event loop, after window.show()
sys.exit(run_gui(argparse.Namespace(data_dir=sys.argv[1] or None, demo=sys.argv[2] == "demo", lang=None,
                                    command="gui")))
"""


def gui_once(variant: Variant, data: Path | None, demo: bool) -> tuple[float, int]:
    """Process start to the caseload window shown and its first event-loop turn (the whole process)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", GUI_CHILD, str(data or ""), "demo" if demo else "gui"],
                            env=variant.env, cwd=variant.work, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None
    line = ""
    for line in proc.stdout:
        if line.startswith("READY"):
            break
    seconds = time.perf_counter() - t
    _out, err = proc.communicate(timeout=120)
    if not line.startswith("READY"):
        raise SystemExit(f"[{variant.name}] GUI start failed:\n{err[-2000:]}")
    return seconds, int(line.split()[1])


CLI = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
SYNC_IMPORTS = "import desktop.cli, desktop.store, desktop.commands.syncing"
# What the GUI imports before its window is shown (run_gui imports the window module itself).
GUI_IMPORTS = "import desktop.cli, desktop.ui.app, PySide6.QtWidgets, desktop.ui.main_window"


def importtime_top(variant: Variant, code: str, argv: list[str], n: int = 8) -> str:
    """The costliest imports of a process by cumulative time (`python -X importtime`): the top-level ones and
    the ones right under them, in ms."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *argv], env=variant.env,
                          cwd=variant.work, capture_output=True, text=True, timeout=120)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            _self, cum, name = line[len("import time:"):].split("|")
            depth = (len(name) - len(name.lstrip()) - 1) // 2
            if cum.strip().isdigit() and depth <= 1:
                rows.append((int(cum) // 1000, name.strip()))
    return ", ".join(f"{name} {ms} ms" for ms, name in sorted(rows, reverse=True)[:n])


def seeded_token(output: str, user: str) -> str:
    """The token `seed-demo` printed for `user` (it also prints the demo team lead's and absence team's)."""
    for line in output.splitlines():
        if line.startswith(f"token {user}: "):
            return line.split()[-1]
    raise RuntimeError(f"seed-demo printed no token for {user}: {output[-300:]}")


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure(variants: list[Variant], args: argparse.Namespace, tmp: Path) -> dict[str, int]:
    runs, only = args.runs, set(args.only.split(",")) if args.only else set(BUDGETS)
    sizes = {"clients": args.clients, "push_clients": args.push_clients, "restore_records": 0, "push_records": 0,
             "memory_records": 0}
    # -- restore, nothing to do, --help, GUI: one central store per variant with a seeded caseload ----------
    central: dict[str, tuple[subprocess.Popen, str, str]] = {}
    try:  # the stores started so far stop also when a later one fails to start
        for v in variants:
            db = f"sqlite:///{v.work / 'central.db'}"
            v.server("--db", db, "migrate")
            token = seeded_token(v.server("--db", db, "seed-demo", "--coach", "anna", "--clients", str(args.clients),
                                          "--seed", "1"), "anna")
            proc, url = v.serve(db)
            central[v.name] = (proc, url, token)
        if only & {"restore", "noop", "gui", "help"}:
            times: dict[str, list[float]] = {v.name: [] for v in variants}
            cpu: dict[str, list[float]] = {v.name: [] for v in variants}
            for i in range(runs):
                for v in variants:
                    proc, url, token = central[v.name]
                    data = v.work / f"restore{i}"
                    v.login(data, url, "anna", token)
                    seconds, out, _rss = timed_child(v, ["--data-dir", str(data), "sync", "--json"])
                    times[v.name].append(seconds)
                    cpu[v.name].append(out["cpu_seconds"])
                    v.notes["restore"] = f"pulled {out.get('pulled', 0):,}"
                    sizes["restore_records"] = out.get("pulled", 0)
            for v in variants:
                v.figures["restore"] = median(times[v.name])
                v.notes["restore"] += (f"; desktop process CPU {median(cpu[v.name]):.2f} s (median); imports of the "
                                       "full sync: " + importtime_top(v, SYNC_IMPORTS, []))
        if "noop" in only:
            for v in variants:
                timed_child(v, ["--data-dir", str(v.work / "restore0"), "sync", "--json"])  # warm the file cache
            times = {v.name: [] for v in variants}
            for _ in range(runs):
                for v in variants:
                    times[v.name].append(timed_child(v, ["--data-dir", str(v.work / "restore0"), "sync", "--json"])[0])
            for v in variants:
                v.figures["noop"] = median(times[v.name])
                v.notes["noop"] = "imports: " + importtime_top(
                    v, CLI, ["--data-dir", str(v.work / "restore0"), "sync", "--json"])
        if "help" in only:
            times = {v.name: [] for v in variants}
            for _ in range(runs):
                for v in variants:
                    times[v.name].append(v.wijkdesk("--help")[0])
            for v in variants:
                v.figures["help"] = median(times[v.name])
                v.notes["help"] = "imports: " + importtime_top(v, CLI, ["--help"])
        if "gui" in only:
            for v in variants:
                gui_once(v, v.work / "restore0", demo=False)  # warm
            times = {v.name: [] for v in variants}
            for _ in range(runs):
                for v in variants:
                    seconds, shown = gui_once(v, v.work / "restore0", demo=False)
                    times[v.name].append(seconds)
            for v in variants:
                v.figures["gui"] = median(times[v.name])
                v.notes["gui"] = f"{shown:,} clients in the list; imports: " + importtime_top(v, GUI_IMPORTS, [])
    finally:
        for proc, _url, _token in central.values():
            proc.terminate()
            proc.wait(10)
    if "demo" in only:
        times = {v.name: [] for v in variants}
        for _ in range(runs):
            for v in variants:
                times[v.name].append(gui_once(v, None, demo=True)[0])
        for v in variants:
            v.figures["demo"] = median(times[v.name])
    if "push" in only:
        measure_push(variants, args, tmp, sizes)
    if "central" in only:
        measure_central(variants, args)
    if "memory" in only:
        for v in variants:
            db = f"sqlite:///{v.work / 'central-big.db'}"
            v.server("--db", db, "migrate")
            token = seeded_token(v.server("--db", db, "seed-demo", "--coach", "bert", "--clients",
                                          str(args.memory_clients), "--seed", "2"), "bert")
            proc, url = v.serve(db)
            try:
                data = v.work / "big"
                v.login(data, url, "bert", token)
                seconds, out, rss_mb = timed_child(v, ["--data-dir", str(data), "sync", "--json"])
            finally:
                proc.terminate()
                proc.wait(10)
            sizes["memory_records"] = out.get("pulled", 0)
            v.figures["memory"] = rss_mb
            v.notes["memory"] = f"{seconds:.1f} s; one run"
    return sizes


def measure_central(variants: list[Variant], args: argparse.Namespace) -> None:
    """The store alone on PostgreSQL, --runs times per variant (interleaved): one device pushing, then two at
    once (each its own --push-clients caseload), and the pull pages of one coach's scope."""
    runs: dict[str, list[tuple[float, float, float]]] = {v.name: [] for v in variants}
    for _ in range(args.runs):
        for v in variants:
            figures = []
            for devices in (1, 2):
                proc = subprocess.run([sys.executable, str(SUPPORT / "central_alone.py"), "--db", PG, "--clients",
                                       str(args.push_clients), "--devices", str(devices)],
                                      env=v.env, cwd=v.work, capture_output=True, text=True)
                if proc.returncode:
                    v.notes["central"] = f"not measured: {proc.stderr.strip().splitlines()[-1:]}"
                    break
                out = json.loads(proc.stdout.strip().splitlines()[-1])
                figures.append(out)
            if len(figures) == 2:
                runs[v.name].append((figures[0]["push_per_s"], figures[1]["push_per_s"], figures[0]["pull_per_s"]))
                v.notes["central"] = (f"{figures[0]['records']:,} records pushed by one device, "
                                      f"{figures[1]['records']:,} by two at once; {figures[0]['pulled']:,} pulled")
    for v in variants:
        if runs[v.name]:
            v.figures["central"] = tuple(median([r[i] for r in runs[v.name]]) for i in range(3))


def measure_push(variants: list[Variant], args: argparse.Namespace, tmp: Path, sizes: dict[str, int]) -> None:
    """One offline caseload per variant, made once by that variant's own code (an older revision cannot open
    a newer schema); each run copies it, signs in to a new central store, and syncs."""
    sys.path.insert(0, str(ROOT))
    from desktop.models.keystore import keyring_account

    for v in variants:
        v.wijkdesk("--data-dir", str(v.work / "offline"), "demo-data", "--clients", str(args.push_clients),
                   "--seed", "4")
    times: dict[str, list[float]] = {v.name: [] for v in variants}
    cpu: dict[str, list[float]] = {v.name: [] for v in variants}
    for i in range(args.runs):
        for v in variants:
            template, data = v.work / "offline", v.work / f"push{i}"
            shutil.copytree(template, data)
            keys = json.loads((v.work / "keyring.json").read_text("utf-8"))
            keys[f"wijkdesk/{keyring_account(data)}"] = keys[f"wijkdesk/{keyring_account(template)}"]
            (v.work / "keyring.json").write_text(json.dumps(keys), "utf-8")
            db = f"sqlite:///{v.work / f'central-push{i}.db'}"
            v.server("--db", db, "migrate")
            token = v.server("--db", db, "user", "add", "carla", "--role", "coach", "--team", "Feijenoord"
                             ).strip().splitlines()[-1]
            proc, url = v.serve(db)
            try:
                v.login(data, url, "carla", token)
                seconds, out, _rss = timed_child(v, ["--data-dir", str(data), "sync", "--json"])
            finally:
                proc.terminate()
                proc.wait(10)
            times[v.name].append(seconds)
            cpu[v.name].append(out["cpu_seconds"])
            sizes["push_records"] = out.get("pushed", 0)
            v.notes["push"] = f"pulled back {out.get('pulled', 0):,}"
            shutil.rmtree(data, ignore_errors=True)
    for v in variants:
        v.figures["push"] = median(times[v.name])
        v.notes["push"] += f"; desktop process CPU {median(cpu[v.name]):.2f} s (median)"


def show(key: str, value: object) -> str:
    if value is None:
        return "—"
    if key == "central":
        one, two, pull = value  # type: ignore[misc]
        return f"{one:,.0f} · {two:,.0f} / {pull:,.0f} /s"
    if key == "memory":
        return f"{value} MB"
    return f"{value:.2f} s"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--before", metavar="REV", help="also measure this revision's code, in the same run")
    ap.add_argument("--clients", type=int, default=2000)
    ap.add_argument("--push-clients", type=int, default=2000)
    ap.add_argument("--memory-clients", type=int, default=10_700, help="seed-demo clients (~9.4 records each)")
    ap.add_argument("--only", help="comma-separated: " + ",".join(BUDGETS))
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="wijkdesk-budgets-"))
    try:
        variants = []
        if args.before:
            code = tmp / "before-code"
            code.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before], capture_output=True, check=True)
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
            (tmp / "before").mkdir()
            variants.append(Variant(f"before ({args.before})", code, tmp / "before"))
        (tmp / "after").mkdir()
        variants.append(Variant("after" if args.before else "now", ROOT, tmp / "after"))
        started = time.perf_counter()
        sizes = measure(variants, args, tmp)
        load = os.getloadavg()
        names = [v.name for v in variants]
        print(f"\nWhole processes on this machine ({os.cpu_count()} cores, load average {load[0]:.1f} at the end), "
              f"median of {args.runs}; {time.perf_counter() - started:.0f} s in all.")
        header = ["what", *names, "budget"]
        rows = []
        for key, (what, budget, ok) in BUDGETS.items():
            if not any(key in v.figures for v in variants):
                continue
            cells = []
            for v in variants:
                value = v.figures.get(key)
                mark = "" if value is None else ("" if ok(value) else " (over)")
                cells.append(show(key, value) + mark)
            rows.append([what.format(**sizes), *cells, budget])
        if args.markdown:
            print("| " + " | ".join(header) + " |")
            print("|" + "---|" * len(header))
            for row in rows:
                print("| " + " | ".join(row) + " |")
        else:
            widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
            for row in [header, *rows]:
                print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
        for v in variants:
            for key, note in v.notes.items():
                print(f"  [{v.name}] {key}: {note}")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
