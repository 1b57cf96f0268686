"""Schema of the central store: create + stamp an empty database, upgrade an older one, refuse a newer one."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from .db import ensure_counter
from .models import Base

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


class MigrationError(Exception):
    """The database cannot be used by this server version; the message says why and what to do."""


@dataclass(frozen=True)
class MigrationResult:
    action: str  # created | upgraded | current
    from_revision: str | None
    to_revision: str


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_known(current: str) -> None:
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(current)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown revisions
        known = None
    if known is None:
        raise MigrationError(
            f"This database has schema revision {current}, which this wijkdesk-server does not know "
            f"(newest known: {head_revision()}). It was made by a newer version: update wijkdesk-server. "
            "Nothing was changed.")


def migrate(engine: Engine) -> MigrationResult:
    """`wijkdesk-server migrate`: bring the database to the head revision."""
    cfg = alembic_config()
    head = head_revision()
    tables = set(inspect(engine).get_table_names())
    current = current_revision(engine)
    if not tables:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            ensure_counter(conn)
            cfg.attributes["connection"] = conn
            command.stamp(cfg, "head")
        log.info("central store created at schema %s", head)
        return MigrationResult("created", None, head)
    if current is None:
        raise MigrationError("This database has tables but is not a Wijkdesk central store. Nothing was changed.")
    _check_known(current)
    if current == head:
        return MigrationResult("current", current, head)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        ensure_counter(conn)
    log.info("central store upgraded from %s to %s", current, head)
    return MigrationResult("upgraded", current, head)


def ensure_schema(engine: Engine) -> None:
    """For commands other than `migrate`: create an empty database, else require the head revision."""
    tables = set(inspect(engine).get_table_names())
    if not tables:
        migrate(engine)
        return
    current = current_revision(engine)
    if current is None:
        raise MigrationError("This database has tables but is not a Wijkdesk central store.")
    _check_known(current)
    if current != head_revision():
        raise MigrationError(f"The database has schema {current}; run `wijkdesk-server --db URL migrate` first "
                             f"(to {head_revision()}).")
