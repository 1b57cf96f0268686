"""The newest desktop schema revision, read from the migration files' text (no Alembic, no SQLAlchemy): the
start-up compares it with the stored revision and loads Alembic only when they differ."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
_ASSIGN = re.compile(r"""^(down_revision|revision)\s*(?::[^=]+)?=\s*['"]?([^'"\s]+)['"]?""", re.MULTILINE)


@cache
def known_head(versions: Path = MIGRATIONS / "versions") -> str:
    """The revision no other revision builds on, as the files' `revision = ...` lines say (an id need not be
    its file's number: "0007_issue-x" lives in 0007_issue-x_what.py). With several heads, the highest one:
    it then differs from every stored revision, so Alembic (which refuses several heads) is asked."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("[0-9][0-9][0-9][0-9]_*.py"):
        with path.open(encoding="utf-8") as fh:
            found = dict(_ASSIGN.findall(fh.read(4096)))  # the header: Alembic's template puts them first
        if "revision" in found:
            revisions.add(found["revision"])
            if found.get("down_revision", "None") != "None":
                parents.add(found["down_revision"])
    heads = revisions - parents
    return max(heads or revisions)
