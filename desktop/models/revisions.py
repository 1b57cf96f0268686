"""The newest desktop schema revision, read from the migration files (no Alembic, no SQLAlchemy)."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r"^revision = ['\"]([^'\"]+)['\"]", re.M)


def known_head() -> str:
    """The newest revision: the `revision = '...'` of the file with the highest number (0001, 0002, ...; a
    branch's revision id may carry a suffix, e.g. 0007_issue17)."""
    newest = max((MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"), key=lambda p: p.name.split("_", 1)[0])
    found = _REVISION.search(newest.read_text(encoding="utf-8"))
    return found.group(1) if found else newest.name.split("_", 1)[0]
