"""Write a new Alembic revision by comparing the models with the head schema (developer tool)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from desktop.models.migrate import alembic_config


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'schema.db'}")
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            head = ScriptDirectory.from_config(cfg).get_current_head() or "0000"
            command.revision(cfg, message=message, autogenerate=True, rev_id=f"{int(head) + 1:04d}")


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
