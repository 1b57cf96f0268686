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
