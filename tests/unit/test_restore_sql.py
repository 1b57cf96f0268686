"""sync/device/restore_sql.py is made from the ORM models (the early restore writes without SQLAlchemy): it
must be what the models make now."""

from __future__ import annotations

from pathlib import Path

from desktop.models.revisions import known_head
from sync.device import restore_sql, values


def test_restore_sql_is_made_from_the_current_models():
    path = Path(restore_sql.__file__)
    assert path.read_text(encoding="utf-8") == values.restore_sql_source(), (
        "the models changed: run `python -m sync.device.values` to make sync/device/restore_sql.py again")


def test_its_schema_is_stamped_with_the_newest_revision():
    assert restore_sql.SCHEMA[-1] == f"INSERT INTO alembic_version (version_num) VALUES ('{known_head()}')"

