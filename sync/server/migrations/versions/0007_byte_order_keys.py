"""PostgreSQL: the indexed ids of record, applied_mutation and scope_removal compare byte by byte (COLLATE "C")

Ids are ASCII, so no order changes; the indexes are rebuilt with memcmp comparisons instead of the database
locale's collation (a push's random ids are compared some twenty times per index entry). SQLite: nothing to do
(its text comparison is already byte by byte).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:00:00
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

COLUMNS = {
    "record": (("table_name", 40), ("row_id", 36), ("client_id", 36), ("owner_id", 36), ("team_id", 36)),
    "applied_mutation": (("mutation_id", 36),),
    "scope_removal": (("user_id", 36),),
}


def _collate(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        changes = ", ".join(f'ALTER COLUMN "{name}" TYPE varchar({length}) COLLATE {collation}'
                            for name, length in columns)
        op.execute(f'ALTER TABLE "{table}" {changes}')


def upgrade() -> None:
    _collate('"C"')


def downgrade() -> None:
    _collate('"default"')
