"""The newest desktop schema revision, read from the migration file names (no Alembic, no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"


def known_head() -> str:
    """The newest revision by file name (revisions are numbered 0001, 0002, ...)."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
