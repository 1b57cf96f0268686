"""Start-up migration: create + stamp a new store, back up and upgrade an older one, refuse a newer one."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from desktop.i18n import translate

from .base import Base, new_id
from .db import Database
from .outbox import get_setting, set_setting
from .revisions import known_head

if TYPE_CHECKING:
    from alembic.config import Config

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg




def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None


def migrate(db: Database, backup_dir: Path) -> MigrationResult:
    current = current_revision(db)
    if current is not None and current == known_head():
        # The usual start: nothing to do, and Alembic (about 200 ms of imports) is not loaded.
        _device_settings(db, current)
        return MigrationResult("current", current, current)
    if current is None and not inspect(db.engine).get_table_names():
        return _create(db)
    return _migrate_with_alembic(db, backup_dir, current)


def _create(db: Database) -> MigrationResult:
    """A new, empty file (a first start, every full restore): the tables of the models and the head revision
    written as Alembic's `stamp` writes it, without loading Alembic (a third of a small restore's time), from
    the statements sync/device/restore_sql.py holds (the early restore makes its file with them too).
    tests/unit/test_migrations.py checks the result against Alembic's."""
    from sync.device.restore_rows import create_schema

    with db.engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        try:
            cur.execute("BEGIN")  # one transaction: a file is made whole or not at all
            create_schema(cur)
        finally:
            cur.close()
    head = known_head()
    _device_settings(db, head)
    return MigrationResult("created", None, head)


def _migrate_with_alembic(db: Database, backup_dir: Path, current: str | None) -> MigrationResult:
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    head = head_revision()
    tables = set(inspect(db.engine).get_table_names())

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

    _device_settings(db, head)
    return result


def _device_settings(db: Database, head: str) -> None:
    with db.session() as s:
        if get_setting(s, "device_id") is None:
            set_setting(s, "device_id", new_id())
        if get_setting(s, "schema_version") != head:
            set_setting(s, "schema_version", head)


def backup_store(db: Database, backup_dir: Path, revision: str) -> Path:
    """Copy the (still encrypted) file after folding the WAL into it."""
    from sync.clock import local_now

    db.checkpoint()
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"wijkdesk-{revision}-{local_now():%Y%m%d-%H%M%S}.db"
    shutil.copy2(db.path, target)
    return target
