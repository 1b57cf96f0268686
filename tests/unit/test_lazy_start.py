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



SYNC_CHILD = """
import json, sys
import desktop.commands.syncing, sync.client  # everything `wijkdesk sync` imports before it has work to push
print(json.dumps([m for m in ("pydantic", "sync.protocol", "PySide6") if m in sys.modules]), file=sys.stderr)
"""


def test_a_sync_loads_pydantic_only_to_push():
    """A restore reads its pages as plain data and the handshake by hand (sync/device/handshake.py): the
    protocol's pydantic models are loaded only by a push or a sign-in."""
    proc = subprocess.run([sys.executable, "-c", SYNC_CHILD], capture_output=True, text=True, timeout=60)
    assert json.loads(proc.stderr.strip().splitlines()[-1]) == []


def test_the_process_entry_points_keep_the_collector_out_of_start_and_shutdown(monkeypatch):
    """desktop/__main__.py turns the collector off while the program starts (desktop.process): desktop.cli.main
    turns it on again, with the start's objects frozen, before the command's work; after the command the
    whole heap is frozen for the shutdown."""
    import gc

    from desktop import __main__ as entry
    from desktop import cli

    monkeypatch.setattr(sys, "argv", ["wijkdesk", "--lang", "nl", "--help"])
    seen: list[tuple[bool, int]] = []

    def fake_cli(argv: list[str]) -> int:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        process.started()  # as desktop.cli.main does once its store is open
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        return 7

    from desktop import process
    monkeypatch.setattr(cli, "main", fake_cli)
    try:
        assert gc.isenabled() and gc.get_freeze_count() == 0
        assert entry.main() == 7
        assert seen[0] == (False, 0)  # off while starting
        assert seen[1][0] is True and seen[1][1] > 0  # on for the work, without the start's objects
        assert gc.isenabled() and gc.get_freeze_count() >= seen[1][1]
    finally:
        gc.unfreeze()
        gc.enable()


def test_started_leaves_the_collector_alone_outside_the_entry_points():
    import gc

    from desktop import process

    gc.disable()  # as a caller might have it
    try:
        process.started()
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    process.started()
    assert gc.isenabled() and gc.get_freeze_count() == 0
