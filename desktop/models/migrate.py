"""Start-up migration: create + stamp a new store, back up and upgrade an older one, refuse a newer one."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desktop.i18n import translate

from .base import Base, new_id
from .db import Database
from .outbox import get_setting, set_setting

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


class MigrationError(Exception):
    """The store's schema cannot be used by this version; message is for the user."""


@dataclass(frozen=True)
class MigrationResult:
    action: str  # created | upgraded | current
    from_revision: str | None
    to_revision: str
    backup: Path | None = None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(db: Database, backup_dir: Path) -> MigrationResult:
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = head_revision()
    tables = set(inspect(db.engine).get_table_names())
    current = current_revision(db)

    if not tables:
        Base.metadata.create_all(db.engine)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.stamp(cfg, "head")
        result = MigrationResult("created", None, head)
    elif current is None:
        raise MigrationError(translate(
            "Migrate", "Dit bestand bevat tabellen maar is geen Wijkdesk-database. Er is niets gewijzigd."))
    elif current == head:
        result = MigrationResult("current", current, head)
    else:
        try:
            script.get_revision(current)
        except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown revisions
            raise MigrationError(translate(
                "Migrate", "Deze gegevens zijn gemaakt door een nieuwere versie van Wijkdesk "
                "(schema {rev}). Werk Wijkdesk bij; er is niets gewijzigd.").format(rev=current)) from None
        backup = backup_store(db, backup_dir, current)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("schema upgraded from %s to %s, backup at %s", current, head, backup.name)
        result = MigrationResult("upgraded", current, head, backup)

    with db.session() as s:
        if get_setting(s, "device_id") is None:
            set_setting(s, "device_id", new_id())
        set_setting(s, "schema_version", head)
    return result


def backup_store(db: Database, backup_dir: Path, revision: str) -> Path:
    """Copy the (still encrypted) file after folding the WAL into it."""
    from datetime import datetime

    db.checkpoint()
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"wijkdesk-{revision}-{datetime.now():%Y%m%d-%H%M%S}.db"
    shutil.copy2(db.path, target)
    return target
