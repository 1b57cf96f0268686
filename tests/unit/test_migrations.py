"""Migrations: models match them, every released schema upgrades with its data, newer ones are refused."""

import hashlib

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.models import Base, Database
from desktop.models.keystore import load_or_create_key
from desktop.models.migrate import MigrationError, alembic_config, head_revision, migrate
from desktop.store import open_store

REVISIONS = [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]


def test_models_match_migrations(tmp_path):
    db = Database(tmp_path / "m.db", b"k" * 32)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    db.close()


def build_at(paths, revision):
    paths.ensure()
    db = Database(paths.database, load_or_create_key(paths.data_dir))
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text(
            "INSERT INTO client (id, version, updated_at, bsn, first_name, last_name, coach_id, benefit_status, "
            "werknl_exempt) VALUES ('c1', 3, '2026-01-01 00:00:00', '111222333', 'Łukasz', 'Wójcik', NULL, 'active', 0)"))
        conn.execute(text(
            "INSERT INTO signal (id, version, updated_at, client_id, kind, description, signalled_on, status) "
            "VALUES ('s1', 1, '2026-01-01 00:00:00', 'c1', 'other', 'x', '2026-01-01', 'open')"))
        conn.execute(text(
            "INSERT INTO call_attempt (id, version, updated_at, signal_id, attempted_at, reached, note) "
            "VALUES ('a1', 1, '2026-01-01 00:00:00', 's1', '2026-01-01 10:00:00', 0, '')"))
    db.close()


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrade_from_each_released_schema_keeps_data(paths, revision):
    build_at(paths, revision)
    store = open_store(paths)
    assert store.migration.action == "upgraded" and store.migration.from_revision == revision
    assert store.migration.backup is not None and store.migration.backup.exists()
    with store.db.session() as s:
        row = s.execute(text("SELECT first_name, last_name, version, preferred_language FROM client")).one()
        assert tuple(row) == ("Łukasz", "Wójcik", 3, "nl")
        if revision < "0003":  # 0003 fills call_attempt.client_id from its signal
            assert s.execute(text("SELECT client_id FROM call_attempt")).scalar() == "c1"
    store.close()


def test_known_head_is_alembics_head():
    from desktop.models.migrate import known_head

    assert known_head() == head_revision() == REVISIONS[-1]


def test_new_store_is_created_at_head(paths):
    store = open_store(paths)
    assert (store.migration.action, store.migration.to_revision) == ("created", head_revision())
    store.close()


def test_newer_schema_is_refused_and_untouched(paths):
    open_store(paths).close()
    db = Database(paths.database, load_or_create_key(paths.data_dir))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.checkpoint()
    db.close()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with pytest.raises(MigrationError, match="nieuwere versie"):
        open_store(paths)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_unversioned_tables_are_refused(paths):
    paths.ensure()
    db = Database(paths.database, load_or_create_key(paths.data_dir))
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE stranger (x)"))
    with pytest.raises(MigrationError, match="geen Wijkdesk-database"):
        migrate(db, paths.backups)
    db.close()


def test_new_store_made_without_alembic_is_what_alembic_makes(tmp_path, paths):
    """A new file is created without loading Alembic: the same tables, indexes and revision as create_all plus
    Alembic's stamp, and Alembic reads its revision (and later upgrades from it)."""
    store = open_store(paths)
    ours = store.db
    theirs = Database(tmp_path / "alembic.db", b"k" * 32)
    Base.metadata.create_all(theirs.engine)
    cfg = alembic_config()
    with theirs.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")

    def schema(db):
        with db.engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(text(
                "SELECT type, name, tbl_name, replace(sql, '\n', '') FROM sqlite_master")))

    assert schema(ours) == schema(theirs)
    with ours.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    theirs.close()
    store.close()
