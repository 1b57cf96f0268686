"""A lazy start (issue 18): `wijkdesk --help` loads neither Qt, SQLAlchemy (nor its ORM mapping), the HTTP
client, pydantic nor the keyring. Checked in a fresh interpreter: the test process has them all loaded."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("PySide6", "sqlalchemy", "sqlalchemy.orm", "desktop.models.entities", "httpx", "pydantic", "keyring",
         "alembic", "reportlab", "cryptography")

CHILD = """
import json, sys
from desktop.cli import main
try:
    main(["--help"])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}), file=sys.stderr)
"""


def test_help_imports_nothing_heavy():
    proc = subprocess.run([sys.executable, "-c", CHILD % (HEAVY,)], capture_output=True, text=True, timeout=60)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
    assert "sync" in proc.stdout and "demo-data" in proc.stdout


def test_the_process_entry_points_freeze_what_is_left_for_the_shutdown(monkeypatch):
    """desktop/__main__.py leaves the objects of a finished command out of the interpreter's shutdown
    collections (a quarter of a second on the sync path); desktop.cli.main itself does not, as tests call it
    in one process."""
    import gc

    from desktop import __main__ as entry
    from desktop import cli

    monkeypatch.setattr(sys, "argv", ["wijkdesk", "--lang", "nl", "sync"])
    seen: list[tuple[list[str], int]] = []
    monkeypatch.setattr(cli, "main", lambda argv: seen.append((argv, gc.get_freeze_count())) or 7)
    try:
        assert gc.get_freeze_count() == 0
        assert entry.main() == 7
        assert seen == [(["--lang", "nl", "sync"], 0)]  # frozen after the command, not before
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
