"""The central store's Alembic history matches its models; migrate creates, upgrades and refuses."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from sync.server.db import Store
from sync.server.migrate import MigrationError, alembic_config, ensure_schema, head_revision, migrate
from sync.server.models import Base

BOTH = pytest.mark.parametrize("empty_db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                               indirect=True)


@BOTH
def test_models_match_migrations(empty_db_url):
    store = Store(empty_db_url)
    try:
        cfg = alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
            assert conn.execute(text("SELECT value FROM seq_counter WHERE name='change'")).scalar() == 0
    finally:
        store.dispose()


@BOTH
def test_migrate_creates_then_is_current_and_refuses_newer(empty_db_url):
    store = Store(empty_db_url)
    try:
        assert migrate(store.engine).action == "created"
        assert "record" in inspect(store.engine).get_table_names()
        assert migrate(store.engine).action == "current"
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(MigrationError, match="newer version"):
            migrate(store.engine)
        with pytest.raises(MigrationError):
            ensure_schema(store.engine)
    finally:
        store.dispose()


def test_foreign_database_is_refused(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'other.db'}")
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TABLE something (id INTEGER)"))
    with pytest.raises(MigrationError, match="not a Wijkdesk central store"):
        migrate(store.engine)
    store.dispose()


def test_head_is_known():
    assert head_revision() == "0001"
