"""The newest desktop schema revision, read from the migration file names (no Alembic, no SQLAlchemy)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^revision = ['\"]([^'\"]+)['\"]", re.MULTILINE)


def known_head() -> str:
    """The newest revision: that of the file with the highest number (0001, 0002, ...). Its id is the number,
    or the number and a branch name ("0007_issue15") for revisions made on a branch; read from the file."""
    newest = max((MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"), key=lambda p: p.name[:4])
    m = _REVISION.search(newest.read_text(encoding="utf-8"))
    return m.group(1) if m else newest.name.split("_", 1)[0]
