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
        # The window itself, offscreen: it must come up on the demo caseload and keep running until stopped.
        print("$", exe, "--data-dir", data, "(the app, offscreen, for 8 s)", flush=True)
        app = subprocess.Popen([exe, "--data-dir", data], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            code = app.wait(8)
        except subprocess.TimeoutExpired:
            code = None
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
        if "window_shown" not in (Path(data) / "logs" / "wijkdesk.log").read_text("utf-8"):
            raise SystemExit("smoke: the app did not show its window (see its log)")
        print(f"smoke: ok ({len(pdf)} bytes of PDF; the app ran offscreen)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
