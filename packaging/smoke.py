"""Smoke test of an installed Wijkdesk (a wheel in a fresh virtualenv, or the PyInstaller folder).

    python3 packaging/smoke.py PATH/TO/wijkdesk

Runs only the command given (never this source tree): `--version`, `demo-data` into a throwaway data dir,
then `export caseload`, `export dossier` and `print conversation` of a conversation found that way, and
checks the PDF, then starts the app offscreen for a few seconds. Standard library only, so any Python can run it. Exit 0 when everything worked.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(cmd: list[str], env: dict[str, str]) -> str:
    print("$", " ".join(cmd), flush=True)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    print(done.stdout + done.stderr, end="", flush=True)
    if done.returncode != 0:
        raise SystemExit(f"smoke: {cmd[1:3]} exited with {done.returncode}")
    return done.stdout


def main(argv: list[str]) -> int:
    exe = str(Path(argv[0]).resolve()) if os.sep in argv[0] else argv[0]
    with tempfile.TemporaryDirectory(prefix="wijkdesk-smoke-") as tmp:
        folder = Path(tmp)
        # Run outside the source tree, so nothing can be imported from it; no keyring here: a passphrase.
        env = {**os.environ, "WIJKDESK_PASSPHRASE": "smoke-test-passphrase", "QT_QPA_PLATFORM": "offscreen",
               "HOME": str(folder)}
        env.pop("PYTHONPATH", None)
        os.chdir(folder)
        if "wijkdesk 0." not in run([exe, "--version"], env):
            raise SystemExit("smoke: --version printed no version")
        data = str(folder / "data")
        run([exe, "--data-dir", data, "demo-data", "--clients", "3", "--seed", "1"], env)
        run([exe, "--data-dir", data, "export", "caseload", "-o", "caseload.csv"], env)
        with open("caseload.csv", encoding="utf-8-sig", newline="") as f:
            bsn = next(csv.DictReader(f, delimiter=";"))["bsn"]
        run([exe, "--data-dir", data, "export", "dossier", bsn, "-o", "dossier.json"], env)
        conversation = json.loads(Path("dossier.json").read_text("utf-8"))["conversations"][0]["id"]
        run([exe, "--data-dir", data, "print", "conversation", conversation, "-o", "summary.pdf"], env)
        pdf = Path("summary.pdf").read_bytes()
        if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
            raise SystemExit("smoke: the summary is not a PDF")
        # The window itself, offscreen: it must come up on the demo caseload and keep running until stopped. A
        # loaded machine (CI, shared builders) can take longer than a few seconds to start: wait for the window
        # up to a minute, then let it run 5 s more.
        print("$", exe, "--data-dir", data, "(the app, offscreen, until its window shows, then 5 s)", flush=True)
        log = Path(data) / "logs" / "wijkdesk.log"
        app = subprocess.Popen([exe, "--data-dir", data], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            shown_at, code = None, None
            for tick in range(130):
                try:
                    code = app.wait(0.5)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if shown_at is None and log.is_file() and "window_shown" in log.read_text("utf-8"):
                    shown_at = tick
                if shown_at is not None and tick - shown_at >= 10:
                    break
        finally:
            if app.poll() is None:
                app.terminate()
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait(10)
        if code is not None:
            print(app.stdout.read().decode(errors="replace") if app.stdout else "")
            raise SystemExit(f"smoke: the app stopped by itself with {code}")
        if shown_at is None:
            raise SystemExit("smoke: the app did not show its window within a minute (see its log)")
        # The central figures draw with QtCharts (PySide6-Addons): the installed app must carry it.
        internal = Path(exe).resolve().parent / "_internal"  # a PyInstaller one-folder app
        if internal.is_dir():
            if not list((internal / "PySide6").glob("QtCharts*")):
                raise SystemExit("smoke: the app lacks PySide6.QtCharts (the central figures)")
        else:
            python = Path(exe).resolve().parent / "python"
            run([str(python), "-c", "import PySide6.QtCharts"], env)
        print(f"smoke: ok ({len(pdf)} bytes of PDF; the app ran offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
