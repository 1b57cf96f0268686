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
from sync.server.records import load_by_keys, load_clients_of_owners

BOTH = pytest.mark.parametrize("empty_db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                               indirect=True)


def upgrade_to(store: Store, revision: str) -> None:
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


@BOTH
def test_models_match_migrations(empty_db_url):
    store = Store(empty_db_url)
    try:
        upgrade_to(store, "head")
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
    assert head_revision() == "0007"


@BOTH
def test_upgrade_from_0001_keeps_records_and_uses_the_lighter_indexes(empty_db_url):
    """A store made by the first release (0001) upgrades with its data; lookups still use an index."""
    store = Store(empty_db_url)
    try:
        upgrade_to(store, "0001")
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE seq_counter SET value = 2 WHERE name = 'change'"))
            for seq, (table, row, owner) in enumerate([("client", "c1", "coach-1"), ("conversation", "v1", None)], 1):
                conn.execute(text(
                    "INSERT INTO record (table_name, row_id, client_id, owner_id, shared, version, seq, data, "
                    "field_versions, version_devices, updated_at) VALUES (:t, :r, 'c1', :o, false, 1, :s, '{}', "
                    "'{}', '{}', CURRENT_TIMESTAMP)"), {"t": table, "r": row, "o": owner, "s": seq})
        assert migrate(store.engine).action == "upgraded"
        indexes = {ix["name"] for ix in inspect(store.engine).get_indexes("record")}
        assert "ix_record_row_id" not in indexes and "ix_record_owner" in indexes
        with store.engine.connect() as conn:
            assert load_by_keys(conn, [("client", "c1"), ("conversation", "v1"), ("client", "v1")]).keys() == {
                ("client", "c1"), ("conversation", "v1")}
            assert load_clients_of_owners(conn, ["coach-1"]) == ["c1"]
            if store.is_sqlite:  # the plans: primary key for keys, the partial owner index for owners
                plan = " ".join(str(r) for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT row_id FROM record WHERE table_name = 'client' AND owner_id IN "
                    "('coach-1', 'coach-2')"))
                assert "ix_record_owner" in plan, plan
    finally:
        store.dispose()


@BOTH
def test_upgrade_from_0006_keeps_records_and_compares_ids_byte_by_byte(empty_db_url):
    """0007 gives the indexed ids of a PostgreSQL store the "C" collation (SQLite: nothing changes); stored rows,
    their lookups and a downgrade survive."""
    store = Store(empty_db_url)
    try:
        upgrade_to(store, "0006")
        with store.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO record (table_name, row_id, client_id, owner_id, shared, version, seq, data, "
                "field_versions, version_devices, updated_at) VALUES ('client', 'c1', 'c1', 'coach-1', false, 1, 1, "
                "'{}', '{}', '{}', CURRENT_TIMESTAMP)"))
        assert migrate(store.engine).action == "upgraded"

        def collations() -> set[str | None]:
            with store.engine.connect() as conn:
                return {r[0] for r in conn.execute(text(
                    "SELECT collation_name FROM information_schema.columns WHERE table_name = 'record' "
                    "AND column_name IN ('table_name', 'row_id', 'client_id')"))}

        if not store.is_sqlite:
            assert collations() == {"C"}
        with store.engine.connect() as conn:
            assert set(load_by_keys(conn, [("client", "c1"), ("client", "c2")])) == {("client", "c1")}
            assert load_clients_of_owners(conn, ["coach-1"]) == ["c1"]
        cfg = alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        if not store.is_sqlite:
            assert collations() == {None}
        with store.engine.connect() as conn:
            assert set(load_by_keys(conn, [("client", "c1")])) == {("client", "c1")}
    finally:
        store.dispose()
